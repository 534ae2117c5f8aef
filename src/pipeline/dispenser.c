/* dispenser: see dispenser.h. */
#include "pipeline/dispenser.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "common/macros.h"
#include "input/sigbus.h"
#include "parse/split.h"

#define STREAM_BLOCK ((size_t)8 << 20)
#define SCAN_AHEAD   ((size_t)1 << 20)

static size_t scan_ahead_bytes = SCAN_AHEAD;

size_t ls__dispenser_set_scan_ahead(size_t bytes)
{
    size_t was = scan_ahead_bytes;
    scan_ahead_bytes = bytes;
    return was;
}

size_t ls__dispenser_scan_ahead(void)
{
    return scan_ahead_bytes;
}

/* How much of the current window holds records: all of it, or up to data_end (then the
 * records end there: *eof). */
static size_t records_in_window(const dispenser_t *ds, bool *eof)
{
    const window_t *w = ds->win;
    *eof = w->eof;
    if (w->base + w->len < ds->data_end) return w->len;
    *eof = true;
    return ds->data_end > w->base ? (size_t)(ds->data_end - w->base) : 0;
}

/* Run the table scan over the current window (lock held, or before the workers start):
 * a table found ends this input there; otherwise the splitter may go as far as the scan
 * went. Once the scan is over (the end, a table, or a stop), the scanner is freed. */
void ls__dispenser_scan_window(dispenser_t *ds)
{
    if (!ds->tscan) return;
    const window_t *w = ds->win;
    bool eof;
    size_t len = records_in_window(ds, &eof); /* footnotes: a whole stream in its head */
    uint64_t at = w->base + len;
    ls_tables_step step =
        len ? ls__table_scanner_feed(ds->tscan, w->data, w->base, len, eof, &at) : LS_TABLES_CLEAR;
    ds->scan_limit = UINT64_MAX;
    if (step == LS_TABLES_FOUND) {
        ds->next_table_at = at;
        ds->data_end = at;
    } else if (step == LS_TABLES_STOPPED) {
        ds->tstop = ls__table_scanner_stop(ds->tscan);
    } else if (!eof) {
        ds->scan_limit = at;
        return;
    }
    ls__table_scanner_free(ds->tscan);
    ds->tscan = NULL;
}

/* A turn's state, kept in memory so that a SIGBUS leaves it as it was last written. */
typedef struct {
    ls_table_scanner *s;
    uint64_t pos, fed, at; /* where the scan stands, the last window's end, the step's *at */
    ls_tables_step step;
    bool over, faulted;
} scan_state;

/* The feeding of a turn (see scan_turn), under its own SIGBUS guard: `t` is written
 * through a volatile pointer, so that what the handler's jump finds there is what was
 * last stored, inlined code or not. */
static void scan_windows(const dispenser_t *ds, volatile scan_state *t, bool create, uint64_t end,
                         uint64_t want, bool must)
{
    const ls_sniff_result *sn = &ds->in->sniff;
    const char *map = ds->src->map;
    const uint64_t pos0 = t->pos;
    ls_sigbus_guard guard;
    if (sigsetjmp(guard.env, 1)) {
        t->faulted = t->over = true;
        return;
    }
    ls_sigbus_arm(&guard);
    if (create) /* the first turn: the scanner reads the table's first lines */
        t->s = ls__table_scanner_create(&sn->dialect, sn->encoding, map, 0, sn->data_start,
                                        (size_t)end, (ls_line){sn->header_start, sn->header_len});
    t->over = !t->s;
    while (!t->over && (t->pos < want || (must && t->pos == pos0))) {
        uint64_t from = t->pos, fed = LS_MAX(from, t->fed);
        uint64_t to = LS_MIN(end, fed + LS_MAX((uint64_t)scan_ahead_bytes, fed - from));
        bool eof = to == end;
        uint64_t at = to;
        ls_tables_step step = to > from ? ls__table_scanner_feed(t->s, map + from, from,
                                                                 (size_t)(to - from), eof, &at)
                                        : LS_TABLES_CLEAR;
        t->at = at;
        t->step = step;
        t->fed = to;
        if (step == LS_TABLES_CLEAR && !eof)
            t->pos = at;
        else
            t->over = true;
    }
    ls_sigbus_disarm();
}

/* A mapping's table scan (scan_mapped): one turn of it, by the worker that found the scan
 * too little ahead of the splitter (`must`: the splitter stands where the scan stands).
 * Lock held on entry and exit, released while the scan reads, so the other workers go on
 * cutting batches below scan_limit meanwhile; one worker scans at a time (scan_busy), and
 * one that must wait for the scan sleeps until that turn ends.
 *
 * A turn is taken when the scan stands less than two SCAN_AHEAD past the splitter, and
 * feeds windows until it stands three past it, or is over (the end, a table found, a
 * stop). Each window starts where the scan stands and ends at least SCAN_AHEAD past the
 * previous window's end, so a line the scan stopped before (one the window cut, a
 * candidate header with too few lines under it) is seen with more lines each time, as a
 * stream's scan sees it (the unit test holds such feeding to the whole-file scan); a
 * window that does not move the scan doubles the next one, so a long line is read a
 * bounded number of times. A file that shrinks under the scan ends the records where the
 * scan stood, and the input is reported truncated there. */
static void scan_turn(dispenser_t *ds, bool must)
{
    if (!ds->scan_mapped || (!ds->tscan && !ds->scan_pending && !ds->scan_busy)) return;
    const uint64_t cursor = ds->win->base + ds->cursor;
    if (ds->scan_busy) {
        if (must) pthread_cond_wait(&ds->scan_cv, &ds->lock);
        return;
    }
    if (!must && ds->scan_limit > cursor &&
        ds->scan_limit - cursor >= 2 * (uint64_t)scan_ahead_bytes)
        return;
    ds->scan_busy = true;
    /* the turn owns the scanner until it is done */
    scan_state t = {
        .s = ds->tscan, .pos = ds->scan_limit, .fed = ds->scan_fed, .at = ds->scan_limit};
    ds->tscan = NULL;
    const bool create = ds->scan_pending;
    const uint64_t end = ds->data_end, want = cursor + 3 * (uint64_t)scan_ahead_bytes;
    pthread_mutex_unlock(&ds->lock);
    scan_windows(ds, &t, create, end, want, must);
    pthread_mutex_lock(&ds->lock);

    ds->scan_busy = false;
    ds->scan_pending = false;
    ds->scan_fed = t.fed;
    if (ds->scan_abandoned) {
        ls__table_scanner_free(t.s);
    } else if (!t.over) {
        ds->tscan = t.s;
        ds->scan_limit = t.pos;
    } else {
        if (!t.faulted && t.step == LS_TABLES_FOUND) {
            /* the records end there; the rest of the file is scanned after the workers */
            ds->next_table_at = t.at;
            ds->data_end = t.at;
            ds->tfound = t.s;
        } else {
            if (!t.faulted && t.step == LS_TABLES_STOPPED) ds->tstop = ls__table_scanner_stop(t.s);
            if (t.faulted) { /* the file shrank under the scan: the records end where it
                              * stood, and the input is reported truncated there */
                ds->truncated = true;
                if (!ds->truncated_at || t.pos < ds->truncated_at) ds->truncated_at = t.pos;
                if (t.pos < ds->data_end) ds->data_end = t.pos;
            }
            ls__table_scanner_free(t.s);
        }
        ds->scan_limit = UINT64_MAX;
    }
    pthread_cond_broadcast(&ds->scan_cv);
}

static void window_release(window_t *w)
{
    if (--w->refs == 0) {
        free(w->owned);
        free(w);
    }
}

/* Stream: replace the current window by one holding its unconsumed tail plus the next
 * block read. Called with the lock held (other workers keep parsing meanwhile). */
static int refill(dispenser_t *ds)
{
    window_t *old = ds->win;
    size_t carry = ds->skipping ? 0 : old->len - ds->cursor;
    window_t *w = calloc(1, sizeof *w);
    char *buf = w ? malloc(carry + STREAM_BLOCK) : NULL;
    if (!w || !buf) {
        free(w);
        return -1;
    }
    memcpy(buf, old->data + ds->cursor, carry);
    ssize_t r = ls_source_read(ds->src, buf + carry, STREAM_BLOCK);
    if (r < 0) {
        ds->read_error = true;
        ds->read_errno = errno;
        r = 0;
    }
    ds->stream_bytes += (uint64_t)r;
    w->owned = buf;
    w->data = buf;
    w->len = carry + (size_t)r;
    w->base = old->base + ds->cursor + (ds->skipping ? old->len - ds->cursor : 0);
    /* short: the end, unless a read error follows (the next refill reports it) */
    w->eof = ((size_t)r < STREAM_BLOCK && !ls_source_failed(ds->src)) || ds->read_error;
    w->refs = 1;
    ds->win = w;
    ds->cursor = 0;
    ls_parse_memo_reset(&ds->split_memo);
    window_release(old);
    ls__dispenser_scan_window(ds);
    return 0;
}

/* The splitting loop, under the SIGBUS guard. Returns 1 with a batch, 0 when the input is
 * exhausted, -1 if the mapping shrank under the splitter, 2 when it stands where a
 * mapping's table scan stands (scan_turn). Called with the lock held. */
static int next_guarded(dispenser_t *ds, batch_t *b)
{
    ls_sigbus_guard guard;
    if (sigsetjmp(guard.env, 1)) return -1;
    ls_sigbus_arm(&guard);
    int got = 0;
    while (!ds->done) {
        window_t *w = ds->win;
        bool eof;
        size_t avail = records_in_window(ds, &eof);
        /* the table scan may hold back the end of the window (not while skipping the rest
         * of an oversized record: that is no table's start) */
        if (!ds->skipping && w->base + avail > ds->scan_limit) {
            avail = ds->scan_limit > w->base + ds->cursor ? (size_t)(ds->scan_limit - w->base)
                                                          : ds->cursor;
            eof = false;
        }
        if (ds->cursor >= avail) {
            if (eof) {
                ds->done = true;
                break;
            }
            if (ds->scan_mapped) { /* the scan stands at the cursor: on with it */
                got = 2;
                break;
            }
            if (refill(ds) != 0) {
                ds->read_error = true;
                ds->read_errno = ENOMEM;
                ds->done = true;
            }
            continue;
        }
        if (ds->skipping) {
            const char *lf = memchr(w->data + ds->cursor, ds->d->newline_char, avail - ds->cursor);
            if (lf) {
                ds->cursor = (size_t)(lf - w->data) + 1;
                ds->skipping = false;
            } else {
                ds->cursor = avail;
            }
            continue;
        }
        size_t bend;
        ls_split_result r =
            ls_split_batch_memo(ds->d, w->data, ds->cursor, avail, eof, LS__BATCH_TARGET,
                                ds->split_rec, &bend, &ds->split_memo);
        if (r == LS_SPLIT_BATCH) {
            *b = (batch_t){w, ds->cursor, bend, avail, eof};
            w->refs++;
            ds->cursor = bend;
            got = 1;
            break;
        }
        if (r == LS_SPLIT_MORE) {
            if (ds->scan_mapped && !eof) { /* a record runs past where the scan stands */
                got = 2;
                break;
            }
            if (eof || refill(ds) != 0) ds->done = true; /* cannot happen at eof */
            continue;
        }
        /* LS_SPLIT_OVERSIZED: count it here and skip its first line */
        if (ds->oversized++ == 0) ds->first_oversized_at = w->base + ds->cursor;
        if (bend == LS_SPLIT_NEED_MORE) {
            ds->skipping = true;
            ds->cursor = avail;
        } else {
            ds->cursor = bend;
        }
    }
    ls_sigbus_disarm();
    return got;
}

/* The mapped file shrank under the splitter. Go on with what is still there: records end
 * at the last newline before the file's new end, and the input is reported truncated. */
static void splitter_fault(dispenser_t *ds)
{
    ds->truncated = true;
    if (ds->scan_mapped) { /* the scan ends (tables past the cut are not looked for) */
        ls__table_scanner_free(ds->tscan);
        ds->tscan = NULL;
        ds->scan_pending = false;
        ds->scan_abandoned = ds->scan_busy; /* a turn going on frees its own scanner */
        ds->scan_limit = UINT64_MAX;
    }
    long long now = ls_source_current_size(ds->src);
    uint64_t cur = ds->win->base + ds->cursor;
    if (!ds->truncated_at || cur < ds->truncated_at) ds->truncated_at = cur;
    if (now < 0 || (uint64_t)now <= cur || !ds->src->mapped) {
        ds->done = true;
        return;
    }
    uint64_t end = LS_MIN((uint64_t)now, ds->data_end);
    const char *base = ds->win->data;
    const char *lf = memrchr(base + ds->cursor, ds->d->newline_char, (size_t)(end - cur));
    if (!lf) {
        ds->done = true;
        return;
    }
    ds->data_end = (uint64_t)(lf - base) + 1;
    ds->truncated_at = ds->data_end;
}

#define RELEASE_STEP ((uint64_t)64 << 20)

/* A mapped input's pages that every worker is past are dropped from the process
 * (MADV_DONTNEED: they stay in the page cache, and would simply fault back in if read
 * again). So the process's resident memory holds a sliding window of the input, not all
 * of it, and peak RSS measures the analysis rather than the file's size. Lock held. */
static void release_consumed(dispenser_t *ds)
{
    if (!ds->src->mapped || ds->win->owned) return;
    uint64_t lo = ds->win->base + ds->cursor;
    for (unsigned i = 0; i < ds->a->threads && i < 256; i++)
        if (ds->inflight[i] < lo) lo = ds->inflight[i];
    uint64_t page = (uint64_t)sysconf(_SC_PAGESIZE);
    lo -= lo % page;
    if (lo < ds->released + RELEASE_STEP) return;
    madvise((char *)ds->src->map + ds->released, (size_t)(lo - ds->released), MADV_DONTNEED);
    ds->released = lo;
}

bool ls__dispenser_next(dispenser_t *ds, batch_t *b, unsigned id)
{
    pthread_mutex_lock(&ds->lock);
    int r;
    ds->inflight[id] = UINT64_MAX;
    while ((r = next_guarded(ds, b)) != 0 && r != 1) {
        if (r < 0)
            splitter_fault(ds);
        else
            scan_turn(ds, true);
    }
    if (r == 1) ds->inflight[id] = b->w->base + b->start;
    release_consumed(ds);
    if (r == 1) scan_turn(ds, false); /* keep the scan ahead, before this batch is read */
    pthread_mutex_unlock(&ds->lock);
    return r == 1;
}

void ls__dispenser_done_with(dispenser_t *ds, window_t *w)
{
    pthread_mutex_lock(&ds->lock);
    window_release(w);
    pthread_mutex_unlock(&ds->lock);
}

int ls__dispenser_init(dispenser_t *ds, ls_analysis *a, input_t *in, ls_source *src, window_t *w,
                       size_t cursor, uint64_t data_end, uint64_t stream_bytes)
{
    memset(ds, 0, sizeof *ds);
    ds->split_rec = malloc(sizeof *ds->split_rec);
    if (!ds->split_rec) {
        window_release(w);
        return -1;
    }
    pthread_mutex_init(&ds->lock, NULL);
    pthread_cond_init(&ds->scan_cv, NULL);
    ds->a = a;
    ds->in = in;
    ds->src = src;
    ds->d = &in->sniff.dialect;
    ds->win = w;
    ds->cursor = cursor;
    ds->data_end = data_end;
    ds->stream_bytes = stream_bytes;
    ds->scan_limit = ds->next_table_at = UINT64_MAX;
    for (unsigned i = 0; i < 256; i++)
        ds->inflight[i] = UINT64_MAX;
    return 0;
}

void ls__dispenser_scan_as_read(dispenser_t *ds)
{
    ds->scan_mapped = ds->scan_pending = true;
    ds->scan_limit = ds->scan_fed = ds->in->sniff.data_start;
}

bool ls__dispenser_one_batch(const dispenser_t *ds)
{
    const uint64_t from = ds->win->base + ds->cursor;
    return ds->win->eof && ds->data_end != UINT64_MAX &&
           (ds->data_end <= from || ds->data_end - from <= LS__BATCH_TARGET);
}

void ls__dispenser_destroy(dispenser_t *ds)
{
    ls__table_scanner_free(ds->tscan);
    ls__table_scanner_free(ds->tfound);
    ds->tscan = ds->tfound = NULL;
    window_release(ds->win);
    ds->win = NULL;
    pthread_mutex_destroy(&ds->lock);
    pthread_cond_destroy(&ds->scan_cv);
    free(ds->split_rec);
    ds->split_rec = NULL;
}
