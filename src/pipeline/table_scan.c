/* table_scan: the stacked-table scan of a mapped input. See table_scan.h. */
#include "pipeline/table_scan.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "common/io.h"
#include "common/macros.h"
#include "common/thread.h"

#define READ_BYTES  ((size_t)1 << 20)   /* one pread: the copy stays in the cache the scan reads */
#define READ_MAX    ((size_t)256 << 20) /* a longer line is scanned through the mapping */
#define SPLIT_BYTES ((uint64_t)32 << 20)

/* Read up to n bytes at offset off (fewer only at the end of the file, or on an error:
 * the scan then reads the mapping, or gives up). */
static size_t pread_full(int fd, char *buf, size_t n, uint64_t off)
{
    int err;
    return ls_pread_full(fd, buf, n, off, &err);
}

/* One scanner's run over [from, to) of the file. */
typedef struct {
    const ls_source *src;
    ls_table_scanner *s;
    uint64_t from, to;
    bool to_is_end; /* the records end at `to` (else `to` is where the next run starts) */
    bool may_map;   /* may read the mapping where pread fails (not on the second thread) */
    size_t at[LS_SNIFF_MAX_TABLES - 1];
    size_t n, cap; /* tables found, and the most to find */
    ls_table_scan_stop stop;
    bool clean;  /* !to_is_end: the scan stands exactly at `to`, nothing pending */
    bool failed; /* could not read: the run's findings are not to be used */
} scan_run;

/* The run: windows read with pread from where the scan stands, until `to`. On a window
 * that ends at `to` but not at the records' end, the scan stops before any line it could
 * not judge there (a candidate with too few lines under it, a quoted record going on):
 * the run is then not clean, and its caller goes on past `to` itself. */
static void run(scan_run *r)
{
    size_t bufsize = READ_BYTES;
    char *buf = malloc(bufsize);
    uint64_t pos = r->from;
    while (pos < r->to) {
        const char *w;
        size_t len;
        bool eof;
        if (buf) {
            len = pread_full(r->src->fd, buf, (size_t)LS_MIN((uint64_t)bufsize, r->to - pos), pos);
            w = buf;
            eof = r->to_is_end && (pos + len >= r->to || len < bufsize);
            if (!len) {
                free(buf), buf = NULL;
                continue;
            }
        } else if (r->may_map) { /* the mapping, to the end */
            w = r->src->map + pos;
            len = (size_t)(r->to - pos);
            eof = r->to_is_end;
        } else {
            r->failed = true;
            break;
        }
        uint64_t got;
        if (ls__table_scanner_collect(r->s, w, pos, len, eof, r->at, &r->n, r->cap, &r->stop,
                                      &got) == LS_TABLES_STOPPED ||
            eof)
            break;
        if (pos + len >= r->to) {    /* the end of a first half */
            r->clean = got == r->to; /* else a line at the end waits for what follows */
            break;
        }
        if (got <= pos) { /* a line longer than the buffer */
            char *nb = bufsize < READ_MAX ? realloc(buf, bufsize * 2) : NULL;
            if (!nb) free(buf);
            buf = nb;
            bufsize *= 2;
            continue;
        }
        pos = got;
    }
    free(buf);
}

static void *run_main(void *arg)
{
    run((scan_run *)arg);
    return NULL;
}

/* Where the second half starts: the first line start after the middle. */
static uint64_t split_point(const ls_source *src, const ls_sniff_result *sn)
{
    uint64_t mid = sn->data_start + (sn->data_end - sn->data_start) / 2;
    char probe[4096];
    for (uint64_t off = mid; off + 1 < sn->data_end && off < mid + (64u << 20);) {
        size_t n = pread_full(src->fd, probe,
                              (size_t)LS_MIN((uint64_t)sizeof probe, sn->data_end - off), off);
        if (!n) return 0;
        const char *nl = memchr(probe, sn->dialect.newline_char, n);
        if (nl) {
            uint64_t s = off + (uint64_t)(nl - probe) + 1;
            return s < sn->data_end ? s : 0;
        }
        off += n;
    }
    return 0;
}

ls_table_scan_plan ls__table_scan_plan(long cores)
{
    return (ls_table_scan_plan){.split = cores >= 3, .hold_hashing = cores <= 1};
}

void ls__find_mapped_tables(const ls_source *src, ls_sniff_result *sn, ls_table_scan_plan plan)
{
    const uint64_t end = sn->data_end;
    const ls_line h0 = {sn->header_start, sn->header_len};
    ls_table_scanner *first = ls__table_scanner_create(&sn->dialect, sn->encoding, src->map, 0,
                                                       sn->data_start, (size_t)end, h0);
    scan_run *a = first ? calloc(2, sizeof *a) : NULL, *b = a ? a + 1 : NULL;
    if (!a) {
        ls__table_scanner_free(first);
        return;
    }
    *a = (scan_run){.src = src,
                    .s = first,
                    .from = sn->data_start,
                    .to = end,
                    .to_is_end = true,
                    .may_map = true,
                    .cap = LS_SNIFF_MAX_TABLES - 1};
    /* the workers wait for this scan: where it would take the scan's core, the file's
     * hashing (which runs beside the workers) is held meanwhile */
    if (plan.hold_hashing) ls_source_hold_hashing(src, true);
    /* the second half on another thread, from the first table's state */
    uint64_t mid = plan.split && end - sn->data_start >= SPLIT_BYTES ? split_point(src, sn) : 0;
    pthread_t tid;
    bool second = false;
    ls_table_scanner *half = mid ? ls__table_scanner_create(&sn->dialect, sn->encoding, src->map, 0,
                                                            sn->data_start, (size_t)end, h0)
                                 : NULL;
    if (half) {
        ls__table_scanner_skip_to(half, mid);
        *b = (scan_run){.src = src,
                        .s = half,
                        .from = mid,
                        .to = end,
                        .to_is_end = true,
                        .may_map = false,
                        .cap = LS_SNIFF_MAX_TABLES - 1};
        second = ls_thread_start(&tid, run_main, b) == 0;
        if (second) a->to = mid, a->to_is_end = false;
    }
    run(a);
    if (second) {
        pthread_join(tid, NULL);
        /* the second half's findings are the one pass's when the first half's scan stands
         * exactly at its start, on the first table, with the budget the one pass would
         * still have had */
        bool take = a->clean && a->n == 0 && !b->failed &&
                    b->stop.reason != LS_TABLE_SCAN_TOO_MANY_CANDIDATES &&
                    ls__table_scanner_attempts(a->s) + ls__table_scanner_attempts(b->s) <
                        LS_TABLE_SCAN_MAX_ATTEMPTS;
        if (take) {
            a->n = b->n;
            memcpy(a->at, b->at, b->n * sizeof *b->at);
            a->stop = b->stop;
        } else if (a->n < a->cap && a->stop.reason == LS_TABLE_SCAN_COMPLETE && !a->failed) {
            /* the first thread goes on alone, from where it stands */
            a->from = ls__table_scanner_position(a->s);
            a->to = end, a->to_is_end = true;
            run(a);
        }
    }
    if (plan.hold_hashing) ls_source_hold_hashing(src, false);
    ls__table_scanner_free(half);
    ls_sniff_set_tables(sn, a->at, a->n, a->stop);
    ls__table_scanner_free(a->s);
    free(a);
}

void ls__finish_mapped_tables(const ls_source *src, ls_sniff_result *sn, ls_table_scanner *s,
                              uint64_t at)
{
    scan_run r = {.src = src,
                  .s = s,
                  .from = ls__table_scanner_position(s),
                  .to = sn->data_end,
                  .to_is_end = true,
                  .may_map = true,
                  .n = 1,
                  .cap = LS_SNIFF_MAX_TABLES - 1};
    r.at[0] = (size_t)at;
    if (r.from < r.to) run(&r);
    ls_sniff_set_tables(sn, r.at, r.n, r.stop);
    ls__table_scanner_free(s);
}
