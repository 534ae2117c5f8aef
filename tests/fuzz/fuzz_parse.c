/* Fuzz target: sniffer + tokenizer + splitter on arbitrary bytes.
 *
 * The input is sniffed as a whole file (default options). If the sniffer accepts it, every
 * record in [data_start, data_end) is parsed with ls_parse_record and checked (progress,
 * fields inside the record, end <= next, NEED_MORE determinism on a few prefixes), the
 * fast boundary finder ls_record_next must agree at every record start, and the batches
 * of ls_split_batch (tiny target, with and without eof, and with a tiny max_record_bytes)
 * must fall on the same boundaries. Every call is repeated with an ls_parse_memo (carried
 * along the walk, shared by prefixes of different lengths, and used out of order as worker
 * threads do on a mapping): the memo may change how much is scanned, never an answer.
 * ls_parse_record answers most records from the block tokenizer (parse/block.h): at every
 * record start and on the prefixes, with the SSE2 and the AVX2 classifier, it must give
 * exactly what the scalar path alone (ls__parse_record_scalar) gives, and
 * ls__block_parse_record, when it answers on its own, the same record. */
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz_check.h"
#include "leakscope/leakscope.h"
#include "parse/block.h"
#include "parse/dialect.h"
#include "parse/split.h"
#include "parse/tokenize.h"
#include "sniff/sniff.h"
#include "../common/split_reference.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static ls_record *rec, *rec2, *rec3, *scratch;
static char *unesc;
static size_t unesc_cap;

static bool same_record(const ls_record *a, const ls_record *b)
{
    if (a->start != b->start || a->end != b->end || a->next != b->next || a->flags != b->flags ||
        a->nfields != b->nfields)
        return false;
    for (uint32_t i = 0; i < a->nfields; i++) {
        const ls_field *x = &a->fields[i], *y = &b->fields[i];
        if (x->p != y->p || x->len != y->len || x->quoted != y->quoted || x->escaped != y->escaped)
            return false;
    }
    return true;
}

static bool contains(const size_t *v, size_t n, size_t x)
{
    size_t lo = 0, hi = n; /* v is increasing */
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (v[mid] < x)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < n && v[lo] == x;
}

/* The block path (either classifier) against the scalar path at pos of buf[0, end). */
static void check_block(const ls_dialect *d, const char *buf, size_t pos, size_t end, bool eof)
{
    static ls_record *want, *got;
    if (!want) {
        want = malloc(sizeof *want);
        got = malloc(sizeof *got);
        FUZZ_CHECK(want && got, "out of memory");
    }
    ls_scan_result w = ls__parse_record_scalar(d, buf, pos, end, eof, want, NULL);
    for (int level = 1; level <= 2; level++) {
        ls__block_set_level(level);
        ls_scan_result g = ls_parse_record(d, buf, pos, end, eof, got);
        FUZZ_CHECK(g == w &&
                       (w == LS_SCAN_NEED_MORE ||
                        (w == LS_SCAN_BLANK ? got->next == want->next : same_record(got, want))),
                   "block path (level %d) differs from the scalar path at %zu (end %zu eof %d)",
                   level, pos, end, eof);
        if (w == LS_SCAN_RECORD && ls__block_dialect_ok(d) &&
            (uint8_t)buf[pos] != d->newline_char &&
            !(d->newline_char == '\n' && buf[pos] == '\r')) {
            got->fields = got->field_store;
            got->nfields = 0;
            got->flags = 0;
            got->start = pos;
            if (ls__block_parse_record(d, buf, pos, end, got))
                FUZZ_CHECK(same_record(got, want),
                           "ls__block_parse_record (level %d) answers wrong at %zu", level, pos);
        }
    }
    ls__block_set_level(0);
}

/* Walk [start, end) record by record; returns the boundaries (record starts and end). */
static size_t *walk_records(const ls_dialect *d, const char *buf, size_t start, size_t end,
                            size_t *count)
{
    size_t cap = 64, n = 0;
    size_t *b = malloc(cap * sizeof *b);
    FUZZ_CHECK(b, "out of memory");
    ls_parse_memo walk_memo, next_memo, prefix_memo;
    ls_parse_memo_reset(&walk_memo);
    ls_parse_memo_reset(&next_memo);
    ls_parse_memo_reset(&prefix_memo);
    size_t pos = start;
    while (pos < end) {
        if (n + 2 > cap) {
            cap *= 2;
            b = realloc(b, cap * sizeof *b);
            FUZZ_CHECK(b, "out of memory");
        }
        b[n++] = pos;
        ls_scan_result r = ls_parse_record(d, buf, pos, end, true, rec);
        FUZZ_CHECK(r != LS_SCAN_NEED_MORE, "NEED_MORE at eof, pos %zu", pos);
        FUZZ_CHECK(rec->next > pos && rec->next <= end, "next %zu from pos %zu (end %zu)",
                   rec->next, pos, end);
        FUZZ_CHECK(rec->start == pos, "start %zu != pos %zu", rec->start, pos);
        if (r == LS_SCAN_RECORD) {
            FUZZ_CHECK(rec->end >= pos && rec->end <= rec->next, "end %zu pos %zu next %zu",
                       rec->end, pos, rec->next);
            FUZZ_CHECK(rec->nfields >= 1 && rec->nfields <= LS_MAX_FIELDS, "nfields %u",
                       rec->nfields);
            FUZZ_CHECK(rec->fields == rec->field_store, "fields pointer");
            FUZZ_CHECK(!(rec->flags & LS_REC_FIELDS_CAPPED) || rec->nfields == LS_MAX_FIELDS,
                       "capped with %u fields", rec->nfields);
            const char *lo = buf + pos, *hi = buf + rec->end;
            const char *prev = lo;
            for (uint32_t i = 0; i < rec->nfields; i++) {
                const ls_field *f = &rec->fields[i];
                FUZZ_CHECK(f->p >= lo && f->p + f->len <= hi,
                           "field %u [%td, +%u) outside record [%zu, %zu)", i, f->p - buf, f->len,
                           pos, rec->end);
                FUZZ_CHECK(f->p >= prev, "field %u before the previous one", i);
                prev = f->p + f->len;
                FUZZ_CHECK(!f->escaped || f->quoted, "escaped but not quoted");
                if (f->len > unesc_cap) {
                    unesc_cap = f->len;
                    unesc = realloc(unesc, unesc_cap);
                    FUZZ_CHECK(unesc, "out of memory");
                }
                size_t ul = ls_field_unescape(d, f, unesc);
                FUZZ_CHECK(ul <= f->len, "unescaped %zu > %u", ul, f->len);
                FUZZ_CHECK(!f->quoted || f->escaped || ul == f->len,
                           "unescape changed a quoted field not flagged escaped");
            }
            if (rec->flags & LS_REC_UNBALANCED)
                for (uint32_t i = 0; i < rec->nfields; i++)
                    FUZZ_CHECK(!rec->fields[i].quoted, "quoted field in a literal re-read");
        } else {
            FUZZ_CHECK(rec->nfields == 0, "blank line with fields");
        }

        check_block(d, buf, pos, end, true);

        /* with a memo carried along the walk: the same record */
        ls_scan_result rm = ls_parse_record_memo(d, buf, pos, end, true, rec3, &walk_memo);
        FUZZ_CHECK(rm == r &&
                       (r == LS_SCAN_BLANK ? rec3->next == rec->next : same_record(rec3, rec)),
                   "memo changes the record at %zu", pos);

        /* the fast boundary finder agrees, with and without a memo */
        size_t fast = ls_record_next(d, buf, pos, end, true, scratch);
        FUZZ_CHECK(fast == rec->next, "ls_record_next %zu != parse %zu at pos %zu", fast, rec->next,
                   pos);
        fast = ls_record_next_memo(d, buf, pos, end, true, scratch, &next_memo);
        FUZZ_CHECK(fast == rec->next, "ls_record_next_memo %zu != parse %zu at pos %zu", fast,
                   rec->next, pos);

        /* NEED_MORE determinism on a few prefixes */
        size_t len = rec->next - pos;
        size_t cuts[4] = {pos + 1, pos + len / 2, rec->next - 1, rec->next};
        for (int c = 0; c < 4; c++) {
            size_t cut = cuts[c];
            if (cut <= pos || cut > end) continue;
            ls_scan_result r2 = ls_parse_record(d, buf, pos, cut, false, rec2);
            if (r2 != LS_SCAN_NEED_MORE) {
                FUZZ_CHECK(r2 == r, "prefix result %d != %d (pos %zu cut %zu)", r2, r, pos, cut);
                FUZZ_CHECK(r == LS_SCAN_BLANK ? rec2->next == rec->next : same_record(rec2, rec),
                           "prefix record differs (pos %zu cut %zu)", pos, cut);
            }
            check_block(d, buf, pos, cut, false);
            ls_scan_result r3 = ls_parse_record_memo(d, buf, pos, cut, false, rec3, &prefix_memo);
            FUZZ_CHECK(r3 == r2 && (r2 == LS_SCAN_NEED_MORE ||
                                    (r2 == LS_SCAN_BLANK ? rec3->next == rec2->next
                                                         : same_record(rec3, rec2))),
                       "memo changes the prefix answer (pos %zu cut %zu)", pos, cut);
            size_t f2 = ls_record_next(d, buf, pos, cut, false, scratch);
            size_t f3 = ls_record_next_memo(d, buf, pos, cut, false, scratch, &prefix_memo);
            FUZZ_CHECK(f3 == f2, "ls_record_next_memo %zu != %zu on a prefix (pos %zu cut %zu)", f3,
                       f2, pos, cut);
            FUZZ_CHECK(f2 == LS_SPLIT_NEED_MORE || f2 == rec->next,
                       "ls_record_next on prefix: %zu (pos %zu cut %zu, whole %zu)", f2, pos, cut,
                       rec->next);
            FUZZ_CHECK((f2 == LS_SPLIT_NEED_MORE) == (r2 == LS_SCAN_NEED_MORE),
                       "ls_record_next and ls_parse_record disagree on NEED_MORE (pos %zu cut %zu)",
                       pos, cut);
        }
        pos = rec->next;
    }
    b[n] = end;
    *count = n;

    /* Workers on a mapping keep their memo from batch to batch, in any order: walk the
     * records backwards, then from the middle, with one memo. */
    ls_parse_memo m;
    ls_parse_memo_reset(&m);
    for (size_t k = n; k-- > 0;) {
        size_t at = b[(k * 7919 + n / 2) % n];
        ls_scan_result r1 = ls_parse_record(d, buf, at, end, true, rec);
        ls_scan_result r2 = ls_parse_record_memo(d, buf, at, end, true, rec3, &m);
        FUZZ_CHECK(r1 == r2 &&
                       (r1 == LS_SCAN_BLANK ? rec3->next == rec->next : same_record(rec3, rec)),
                   "memo used out of order changes the record at %zu", at);
    }
    return b;
}

static void check_split_reference(const ls_dialect *d, const char *buf, size_t pos, size_t end,
                                  bool eof, size_t target)
{
    size_t a = 0, b = 0;
    ls_split_result r = ls_split_batch(d, buf, pos, end, eof, target, scratch, &a);
    ls_split_result w = split_reference(d, buf, pos, end, eof, target, scratch, &b);
    FUZZ_CHECK(r == w && (r == LS_SPLIT_MORE || a == b),
               "ls_split_batch %d/%zu, record-by-record %d/%zu (pos %zu target %zu eof %d)", r, a,
               w, b, pos, target, eof);
}

static void check_batches(const ls_dialect *d, const char *buf, size_t start, size_t end,
                          const size_t *bounds, size_t nb, size_t target)
{
    /* eof: the batches tile the records exactly (and a memo changes nothing) */
    ls_parse_memo memo;
    ls_parse_memo_reset(&memo);
    size_t pos = start;
    while (pos < end) {
        size_t bend = 0, bend2 = 0;
        ls_split_result r = ls_split_batch(d, buf, pos, end, true, target, scratch, &bend);
        ls_split_result r2 =
            ls_split_batch_memo(d, buf, pos, end, true, target, scratch, &bend2, &memo);
        FUZZ_CHECK(r2 == r && bend2 == bend, "memo changes the batch at %zu", pos);
        check_split_reference(d, buf, pos, end, true, target);
        check_split_reference(d, buf, pos, end - (end - pos) / 3, false, target);
        FUZZ_CHECK(r == LS_SPLIT_BATCH, "split result %d at %zu", r, pos);
        FUZZ_CHECK(bend > pos && bend <= end, "batch [%zu, %zu)", pos, bend);
        FUZZ_CHECK(contains(bounds, nb + 1, bend), "batch end %zu is not a record boundary", bend);
        pos = bend;
    }
    /* no eof: batches on the same boundaries, then MORE */
    pos = start;
    while (pos < end) {
        size_t bend = 0;
        ls_split_result r = ls_split_batch(d, buf, pos, end, false, target, scratch, &bend);
        if (r == LS_SPLIT_MORE) {
            FUZZ_CHECK(ls_parse_record(d, buf, pos, end, false, rec2) == LS_SCAN_NEED_MORE,
                       "MORE at %zu for a decidable record", pos);
            break;
        }
        FUZZ_CHECK(r == LS_SPLIT_BATCH, "split result %d at %zu (no eof)", r, pos);
        FUZZ_CHECK(bend > pos && bend <= end && contains(bounds, nb + 1, bend),
                   "batch end %zu (no eof)", bend);
        pos = bend;
    }
}

/* A tiny max_record_bytes: every answer stays in bounds and the walk makes progress. */
static void check_oversized(const ls_dialect *d0, const char *buf, size_t start, size_t end)
{
    ls_dialect d = *d0;
    d.max_record_bytes = 24;
    if (d.max_quoted_span > d.max_record_bytes) d.max_quoted_span = d.max_record_bytes;
    ls_parse_memo memo;
    ls_parse_memo_reset(&memo);
    size_t pos = start;
    while (pos < end) {
        size_t bend = 0;
        size_t bend2 = 0;
        ls_split_result r = ls_split_batch(&d, buf, pos, end, true, 7, scratch, &bend);
        ls_split_result r2 =
            ls_split_batch_memo(&d, buf, pos, end, true, 7, scratch, &bend2, &memo);
        FUZZ_CHECK(r2 == r && bend2 == bend, "memo changes the split at %zu (small max)", pos);
        check_split_reference(&d, buf, pos, end, true, 7);
        FUZZ_CHECK(r != LS_SPLIT_MORE, "MORE at eof");
        FUZZ_CHECK(bend > pos && bend <= end, "oversized walk: [%zu, %zu) result %d", pos, bend, r);
        if (r == LS_SPLIT_OVERSIZED) {
            /* "oversized" means the tokenizer's record is longer than the bound, and the
             * walk resumes after its first line */
            ls_scan_result pr = ls_parse_record(&d, buf, pos, end, true, rec2);
            FUZZ_CHECK(pr == LS_SCAN_RECORD && rec2->next - pos > d.max_record_bytes,
                       "oversized at %zu but the record is %zu bytes", pos, rec2->next - pos);
            const char *lf = memchr(buf + pos, d.newline_char, end - pos);
            FUZZ_CHECK(bend == (lf ? (size_t)(lf - buf) + 1 : end), "oversized end %zu", bend);
        }
        if (r == LS_SPLIT_BATCH) {
            size_t p = pos;
            while (p < bend) {
                ls_scan_result pr = ls_parse_record(&d, buf, p, end, true, rec2);
                FUZZ_CHECK(pr != LS_SCAN_NEED_MORE, "NEED_MORE at eof");
                FUZZ_CHECK(rec2->next - p <= d.max_record_bytes, "record over max in a batch");
                p = rec2->next;
            }
            FUZZ_CHECK(p == bend, "records overrun the batch");
        }
        pos = bend;
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!rec) {
        rec = malloc(sizeof *rec);
        rec2 = malloc(sizeof *rec2);
        rec3 = malloc(sizeof *rec3);
        scratch = malloc(sizeof *scratch);
        FUZZ_CHECK(rec && rec2 && rec3 && scratch, "out of memory");
    }
    /* An exact-size copy so that the sanitizers see any read past the end. */
    char *buf = malloc(size ? size : 1);
    FUZZ_CHECK(buf, "out of memory");
    if (size) memcpy(buf, data, size);

    ls_options opt;
    ls_options_init(&opt);
    ls_sniff_result sn;
    ls_status st = ls_sniff(buf, size, true, &opt, &sn);
    if (st == LS_OK) {
        const ls_dialect *d = &sn.dialect;
        FUZZ_CHECK(sn.data_start <= sn.data_end && sn.data_end <= size,
                   "data range [%zu, %zu) of %zu", sn.data_start, sn.data_end, size);
        FUZZ_CHECK(d->newline_char == '\n' || d->newline_char == '\r', "newline %d",
                   d->newline_char);
        FUZZ_CHECK(d->max_quoted_span <= d->max_record_bytes, "span > max record");
        FUZZ_CHECK(!sn.header ||
                       (sn.header_start <= size && sn.header_len <= size - sn.header_start),
                   "header [%zu, +%zu) of %zu", sn.header_start, sn.header_len, size);
        FUZZ_CHECK(sn.column_names == NULL || sn.header, "column names without a header");
        for (uint32_t i = 0; sn.column_names && i < sn.column_count; i++)
            FUZZ_CHECK(sn.column_names[i], "column name %u is NULL", i);
        if (sn.data_start < sn.data_end) {
            size_t nb = 0;
            size_t *bounds = walk_records(d, buf, sn.data_start, sn.data_end, &nb);
            check_batches(d, buf, sn.data_start, sn.data_end, bounds, nb, 1 + size % 7);
            check_batches(d, buf, sn.data_start, sn.data_end, bounds, nb, 64);
            check_oversized(d, buf, sn.data_start, sn.data_end);
            free(bounds);
        }
    } else {
        FUZZ_CHECK(st == LS_ERR_BINARY || st == LS_ERR_ENCODING || st == LS_ERR_NOMEM,
                   "unexpected sniff status %d", st);
        FUZZ_CHECK(sn.message[0], "rejected without a message");
    }
    ls_sniff_result_free(&sn);
    free(buf);
    return 0;
}
