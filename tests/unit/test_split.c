/* Property tests of the splitter (src/parse/split.c) against the tokenizer on random input:
 * the fast boundary finder ls_record_next() and the batch cutter ls_split_batch() must
 * agree with ls_parse_record() on every input, whole or cut, and a stream fed in windows
 * of random sizes must yield the same records as the whole buffer. */
#include <criterion/criterion.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parse/dialect.h"
#include "parse/split.h"
#include "parse/tokenize.h"
#include "test_rng.h"

static ls_record *rec, *rec2, *scratch;

static void setup(void)
{
    rec = malloc(sizeof *rec);
    rec2 = malloc(sizeof *rec2);
    scratch = malloc(sizeof *scratch);
    cr_assert(rec && rec2 && scratch);
}

static void teardown(void)
{
    free(rec);
    free(rec2);
    free(scratch);
}

TestSuite(split, .init = setup, .fini = teardown);

/* ---- random inputs ----------------------------------------------------------------------- */

/* Weighted toward the bytes that move boundaries; NUL and tab now and then. One input in
 * three is sparse (long runs of plain bytes) so that the 16-byte SIMD scans take their
 * vector path too. */
static void random_input(char *s, size_t n)
{
    static const char alphabet[] = "aaaaaabbxy;;;;,,,,\"\"\"\"\"\"\n\n\n\n\r\r\r";
    bool sparse = rnd() % 3 == 0;
    for (size_t i = 0; i < n; i++) {
        uint64_t r = rnd();
        if (sparse && (r >> 40) % 10 < 9)
            s[i] = 'a';
        else if (r % 200 == 0)
            s[i] = 0;
        else if (r % 200 == 1)
            s[i] = '\t';
        else
            s[i] = alphabet[(r >> 16) % (sizeof alphabet - 1)];
    }
}

/* Dialect number k (0..47): delimiter ; , tab × quote " or none × expected 0 or 3 ×
 * newline LF or CR × quoted span 16 or the default. */
#define NDIALECTS 48
static ls_dialect dialect_of(unsigned k)
{
    static const uint8_t delims[] = {';', ',', '\t'};
    ls_dialect d;
    memset(&d, 0, sizeof d);
    d.format = LS_FORMAT_CSV;
    d.delimiter = delims[k % 3];
    d.quote = (k / 3) % 2 ? 0 : '"';
    d.expected_fields = (k / 6) % 2 ? 3 : 0;
    d.newline_char = (k / 12) % 2 ? '\r' : '\n';
    d.max_quoted_span = (k / 24) % 2 ? LS_DEFAULT_MAX_QUOTED_SPAN : 16;
    d.max_record_bytes = LS_DEFAULT_MAX_RECORD_BYTES;
    return d;
}

static const char *dialect_name(const ls_dialect *d, char *buf, size_t cap)
{
    snprintf(buf, cap, "delim=%d quote=%d expected=%u nl=%d span=%zu max=%zu", d->delimiter,
             d->quote, d->expected_fields, d->newline_char, d->max_quoted_span,
             d->max_record_bytes);
    return buf;
}

/* Record boundaries of the whole-buffer parse (eof=true): starts[0..n] of records and
 * blank lines, with starts[count] == n. */
static size_t chain_of(const ls_dialect *d, const char *s, size_t n, size_t *starts)
{
    size_t count = 0, pos = 0;
    while (pos < n) {
        starts[count++] = pos;
        ls_scan_result r = ls_parse_record(d, s, pos, n, true, rec);
        cr_assert_neq(r, LS_SCAN_NEED_MORE);
        cr_assert(rec->next > pos && rec->next <= n, "next %zu from %zu of %zu", rec->next, pos, n);
        pos = rec->next;
    }
    starts[count] = n;
    return count;
}

static void dump_input(const char *s, size_t n)
{
    fprintf(stderr, "input (%zu bytes): \"", n);
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '\n')
            fputs("\\n", stderr);
        else if (c == '\r')
            fputs("\\r", stderr);
        else if (c == '\t')
            fputs("\\t", stderr);
        else if (c == '"')
            fputs("\\\"", stderr);
        else if (c < 32)
            fprintf(stderr, "\\x%02x", c);
        else
            fputc(c, stderr);
    }
    fputs("\"\n", stderr);
}

/* ---- (a) ls_record_next == ls_parse_record(...).next --------------------------------------- */

/* From pos, for every view [pos, cut) and both eof values: ls_record_next must give the
 * tokenizer's answer; and a cut without eof gives NEED_MORE or the whole-buffer answer. */
static int check_next_from(const ls_dialect *d, const char *s, size_t n, size_t pos,
                           size_t full_next)
{
    for (size_t cut = pos + 1; cut <= n; cut++) {
        for (int eof = 0; eof <= 1; eof++) {
            size_t fast = ls_record_next(d, s, pos, cut, eof, scratch);
            ls_scan_result r = ls_parse_record(d, s, pos, cut, eof, rec2);
            size_t slow = r == LS_SCAN_NEED_MORE ? LS_SPLIT_NEED_MORE : rec2->next;
            if (fast != slow) {
                char dn[128];
                dump_input(s, n);
                cr_log_error("ls_record_next disagrees with ls_parse_record: pos %zu end %zu "
                             "eof %d: fast %zd, parse %zd (%s)",
                             pos, cut, eof, (ssize_t)fast, (ssize_t)slow,
                             dialect_name(d, dn, sizeof dn));
                return 0;
            }
            if (eof && fast == LS_SPLIT_NEED_MORE) {
                dump_input(s, n);
                cr_log_error("NEED_MORE at eof: pos %zu end %zu", pos, cut);
                return 0;
            }
            if (!eof && cut < n && fast != LS_SPLIT_NEED_MORE && fast != full_next) {
                dump_input(s, n);
                cr_log_error("prefix answer %zu differs from the whole-buffer one %zu (pos %zu "
                             "cut %zu)",
                             fast, full_next, pos, cut);
                return 0;
            }
        }
    }
    return 1;
}

Test(split, record_next_agrees_with_parser_along_the_chain)
{
    rng_state = 0xC0FFEE;
    char s[160];
    size_t starts[161];
    size_t cases = 0;
    for (int iter = 0; iter < 20000; iter++) {
        size_t n = 1 + rnd_below(sizeof s);
        random_input(s, n);
        ls_dialect d = dialect_of((unsigned)iter % NDIALECTS);
        size_t count = chain_of(&d, s, n, starts);
        for (size_t r = 0; r < count; r++) {
            cr_assert(check_next_from(&d, s, n, starts[r], starts[r + 1]),
                      "iteration %d, record %zu", iter, r);
            cases++;
        }
    }
    cr_log_info("%zu record starts checked", cases);
}

/* After an oversized record the stream path resumes at the first newline, which may be in
 * the middle of a quoted field: the two must agree from any line start too. */
Test(split, record_next_agrees_with_parser_from_any_position)
{
    rng_state = 0xBADC0DE;
    char s[96];
    for (int iter = 0; iter < 3000; iter++) {
        size_t n = 1 + rnd_below(sizeof s);
        random_input(s, n);
        ls_dialect d = dialect_of((unsigned)iter % NDIALECTS);
        for (size_t pos = 0; pos < n; pos++) {
            ls_scan_result r = ls_parse_record(&d, s, pos, n, true, rec);
            cr_assert_neq(r, LS_SCAN_NEED_MORE);
            cr_assert(check_next_from(&d, s, n, pos, rec->next), "iteration %d, pos %zu", iter,
                      pos);
        }
    }
}

Test(split, record_next_simple_cases)
{
    ls_dialect d = dialect_of(0); /* ; " expected 0 LF span 16 */
    const char *s = "a;b\n\"x\ny\";c\n\n\"q\"\"\";\"r\"\r\nlast";
    size_t n = strlen(s);
    cr_assert_eq(ls_record_next(&d, s, 0, n, true, scratch), 4);
    cr_assert_eq(ls_record_next(&d, s, 4, n, true, scratch), 12);
    cr_assert_eq(ls_record_next(&d, s, 12, n, true, scratch), 13);
    cr_assert_eq(ls_record_next(&d, s, 13, n, true, scratch), 24);
    cr_assert_eq(ls_record_next(&d, s, 24, n, true, scratch), n);
    cr_assert_eq(ls_record_next(&d, s, 24, n, false, scratch), LS_SPLIT_NEED_MORE);
    cr_assert_eq(ls_record_next(&d, s, 4, 8, false, scratch), LS_SPLIT_NEED_MORE);
}

/* ---- (b) ls_split_batch --------------------------------------------------------------------- */

static size_t index_of(const size_t *starts, size_t count, size_t off)
{
    for (size_t i = 0; i <= count; i++)
        if (starts[i] == off) return i;
    return (size_t)-1;
}

Test(split, batches_concatenate_to_the_record_chain)
{
    rng_state = 0xFEEDFACE;
    char s[400];
    size_t starts[401];
    size_t batches = 0;
    for (int iter = 0; iter < 10000; iter++) {
        size_t n = 1 + rnd_below(sizeof s);
        random_input(s, n);
        ls_dialect d = dialect_of((unsigned)iter % NDIALECTS);
        size_t count = chain_of(&d, s, n, starts);
        size_t target = 1 + rnd_below(24);

        /* eof=true on the whole buffer: batches tile the chain */
        size_t pos = 0, idx = 0;
        while (pos < n) {
            size_t bend = 0;
            ls_split_result r = ls_split_batch(&d, s, pos, n, true, target, scratch, &bend);
            if (r != LS_SPLIT_BATCH) dump_input(s, n);
            cr_assert_eq(r, LS_SPLIT_BATCH, "iteration %d pos %zu: result %d", iter, pos, r);
            cr_assert(bend > pos && bend <= n, "iteration %d: batch [%zu, %zu)", iter, pos, bend);
            size_t j = index_of(starts, count, bend);
            if (j == (size_t)-1) dump_input(s, n);
            cr_assert_neq(j, (size_t)-1, "iteration %d: batch end %zu is not a record boundary",
                          iter, bend);
            cr_assert_gt(j, idx);
            cr_assert(bend - pos >= target || bend == n,
                      "iteration %d: batch [%zu, %zu) shorter than target %zu", iter, pos, bend,
                      target);
            /* at most one record too many: the batch stops once it reaches target */
            cr_assert(starts[j - 1] - pos < target, "iteration %d: batch overshoots", iter);
            idx = j;
            pos = bend;
            batches++;
        }
        cr_assert_eq(idx, count);

        /* eof=false: the batches are a prefix of the chain, then MORE */
        pos = 0;
        idx = 0;
        for (;;) {
            size_t bend = 0;
            ls_split_result r = ls_split_batch(&d, s, pos, n, false, target, scratch, &bend);
            if (pos == n) break;
            if (r == LS_SPLIT_MORE) break;
            cr_assert_eq(r, LS_SPLIT_BATCH, "iteration %d (no eof) pos %zu: result %d", iter, pos,
                         r);
            cr_assert(bend > pos && bend <= n);
            size_t j = index_of(starts, count, bend);
            if (j == (size_t)-1 || j <= idx) dump_input(s, n);
            cr_assert(j != (size_t)-1 && j > idx,
                      "iteration %d (no eof): batch end %zu is not a record boundary", iter, bend);
            idx = j;
            pos = bend;
        }
        /* MORE only when the remaining records cannot be decided without eof: the last
         * record at most (its end is the end of the data), or records the tokenizer
         * cannot close yet. */
        if (idx < count) {
            ls_scan_result pr = ls_parse_record(&d, s, starts[idx], n, false, rec);
            cr_assert_eq(pr, LS_SCAN_NEED_MORE,
                         "iteration %d: MORE at %zu but the record is decidable", iter,
                         starts[idx]);
        }
    }
    cr_log_info("%zu batches", batches);
}

/* ---- (c) a simulated stream -------------------------------------------------------------------
 */

typedef struct {
    size_t start, end, next; /* absolute offsets */
    ls_scan_result kind;
    uint32_t flags, nfields;
    char *values; /* unescaped fields, each followed by its length as 4 bytes */
    size_t vlen;
} rec_copy;

static void copy_record(const ls_dialect *d, ls_scan_result kind, const ls_record *r, size_t base,
                        rec_copy *out)
{
    memset(out, 0, sizeof *out);
    out->kind = kind;
    out->start = base + r->start;
    out->next = base + r->next;
    if (kind != LS_SCAN_RECORD) return;
    out->end = base + r->end;
    out->flags = r->flags;
    out->nfields = r->nfields;
    size_t cap = 0;
    for (uint32_t i = 0; i < r->nfields; i++)
        cap += r->fields[i].len + 4;
    out->values = malloc(cap + 1);
    cr_assert(out->values);
    for (uint32_t i = 0; i < r->nfields; i++) {
        uint32_t l = (uint32_t)ls_field_unescape(d, &r->fields[i], out->values + out->vlen);
        out->vlen += l;
        memcpy(out->values + out->vlen, &l, 4);
        out->vlen += 4;
    }
}

static int same_copy(const rec_copy *a, const rec_copy *b)
{
    return a->kind == b->kind && a->start == b->start && a->next == b->next && a->end == b->end &&
           a->flags == b->flags && a->nfields == b->nfields && a->vlen == b->vlen &&
           (a->vlen == 0 || memcmp(a->values, b->values, a->vlen) == 0);
}

static size_t whole_records(const ls_dialect *d, const char *s, size_t n, rec_copy *out)
{
    size_t count = 0, pos = 0;
    while (pos < n) {
        ls_scan_result r = ls_parse_record(d, s, pos, n, true, rec);
        copy_record(d, r, rec, 0, &out[count++]);
        pos = rec->next;
    }
    return count;
}

static void free_copies(rec_copy *c, size_t n)
{
    for (size_t i = 0; i < n; i++)
        free(c[i].values);
}

/* Feed s in windows of random sizes the way the pipeline's dispenser does: ls_split_batch
 * on the window; on MORE, drop the consumed bytes, keep the tail, append the next chunk;
 * eof only once the last byte is in the window. Records of each batch are parsed with the
 * window's end and eof, as the workers do. */
static void check_stream(const ls_dialect *d, const char *s, size_t n, size_t max_chunk,
                         size_t target, const rec_copy *expect, size_t nexpect, int iter,
                         bool use_memo)
{
    char *win = malloc(n + 1);
    cr_assert(win);
    /* With use_memo, as the pipeline does: the splitter and the worker each keep an
     * ls_parse_memo, forgotten whenever the window's bytes change. */
    ls_parse_memo split_memo, work_memo;
    ls_parse_memo_reset(&split_memo);
    ls_parse_memo_reset(&work_memo);
    size_t base = 0, len = 0, fed = 0, cursor = 0, got = 0;
    bool eof = n == 0;
    for (;;) {
        if (cursor >= len && eof) break;
        ls_split_result r = LS_SPLIT_MORE;
        size_t bend = 0;
        if (cursor < len)
            r = use_memo ? ls_split_batch_memo(d, win, cursor, len, eof, target, scratch, &bend,
                                               &split_memo)
                         : ls_split_batch(d, win, cursor, len, eof, target, scratch, &bend);
        if (r == LS_SPLIT_MORE) {
            cr_assert(!eof, "iteration %d: MORE at eof", iter);
            ls_parse_memo_reset(&split_memo);
            ls_parse_memo_reset(&work_memo);
            memmove(win, win + cursor, len - cursor);
            base += cursor;
            len -= cursor;
            cursor = 0;
            size_t chunk = 1 + rnd_below(max_chunk);
            if (chunk > n - fed) chunk = n - fed;
            memcpy(win + len, s + fed, chunk);
            len += chunk;
            fed += chunk;
            eof = fed == n;
            continue;
        }
        cr_assert_eq(r, LS_SPLIT_BATCH, "iteration %d: unexpected split result %d", iter, r);
        cr_assert(bend > cursor && bend <= len);
        size_t pos = cursor;
        while (pos < bend) {
            ls_scan_result pr = use_memo
                                    ? ls_parse_record_memo(d, win, pos, len, eof, rec, &work_memo)
                                    : ls_parse_record(d, win, pos, len, eof, rec);
            cr_assert_neq(pr, LS_SCAN_NEED_MORE,
                          "iteration %d: NEED_MORE inside a batch at %zu (window %zu+%zu)", iter,
                          base + pos, base, len);
            rec_copy c;
            copy_record(d, pr, rec, base, &c);
            if (got >= nexpect || !same_copy(&c, &expect[got])) {
                dump_input(s, n);
                cr_assert_fail("iteration %d: stream record %zu (at %zu, window %zu+%zu) differs "
                               "from the whole-buffer parse",
                               iter, got, c.start, base, len);
            }
            free(c.values);
            got++;
            pos = rec->next;
        }
        cr_assert_eq(pos, bend, "iteration %d: records overrun the batch end", iter);
        cursor = bend;
    }
    cr_assert_eq(got, nexpect, "iteration %d: %zu records streamed, %zu expected", iter, got,
                 nexpect);
    free(win);
}

Test(split, stream_in_random_windows_equals_whole_buffer)
{
    rng_state = 0xA11CE;
    enum { MAXN = 600 };
    char *s = malloc(MAXN);
    rec_copy *expect = malloc(MAXN * sizeof *expect);
    cr_assert(s && expect);
    for (int iter = 0; iter < 10000; iter++) {
        size_t n = 1 + rnd_below(MAXN);
        random_input(s, n);
        ls_dialect d = dialect_of((unsigned)iter % NDIALECTS);
        size_t nexpect = whole_records(&d, s, n, expect);
        size_t max_chunk = (iter % 3 == 0) ? 4 : (iter % 3 == 1) ? 32 : 256;
        size_t target = 1 + rnd_below(64);
        uint64_t saved = rng_state; /* the same windows with and without memos */
        check_stream(&d, s, n, max_chunk, target, expect, nexpect, iter, false);
        rng_state = saved;
        check_stream(&d, s, n, max_chunk, target, expect, nexpect, iter, true);
        free_copies(expect, nexpect);
    }
    free(expect);
    free(s);
}

/* Realistic rows (quoted fields with delimiters, doubled quotes, CRLF inside quotes) fed
 * in windows: no record is malformed, and the stream matches the whole buffer. */
Test(split, stream_of_well_formed_rows)
{
    rng_state = 0x5151;
    enum { MAXN = 8192 };
    char *s = malloc(MAXN + 64);
    rec_copy *expect = malloc(MAXN * sizeof *expect);
    cr_assert(s && expect);
    static const char *const cells[] = {
        "alice", "\"b;o\"\"b\"", "\"multi\nline\"", "\"crlf\r\nin\"", "",
        "\"\"",  "x@y.fr",       "\"\"\"q\"\"\"",   "0612345678",     "\"a;b;c\"",
    };
    for (int iter = 0; iter < 300; iter++) {
        ls_dialect d = dialect_of(0);
        d.max_quoted_span = LS_DEFAULT_MAX_QUOTED_SPAN;
        d.expected_fields = 3;
        const char *eol = (iter & 1) ? "\r\n" : "\n";
        size_t n = 0;
        while (n + 3 * 20 + 2 < MAXN) {
            for (int c = 0; c < 3; c++) {
                const char *v = cells[rnd_below(sizeof cells / sizeof *cells)];
                memcpy(s + n, v, strlen(v));
                n += strlen(v);
                if (c < 2) s[n++] = ';';
            }
            memcpy(s + n, eol, strlen(eol));
            n += strlen(eol);
        }
        size_t nexpect = whole_records(&d, s, n, expect);
        for (size_t i = 0; i < nexpect; i++) {
            cr_assert_eq(expect[i].kind, LS_SCAN_RECORD);
            cr_assert_eq(expect[i].nfields, 3);
            cr_assert_eq(expect[i].flags & ~(uint32_t)LS_REC_MULTILINE, 0);
        }
        check_stream(&d, s, n, 1 + rnd_below(200), 1 + rnd_below(300), expect, nexpect, iter,
                     iter & 1);
        free_copies(expect, nexpect);
    }
    free(expect);
    free(s);
}

/* ---- oversized records ----------------------------------------------------------------------- */

Test(split, oversized_line_comes_back_alone)
{
    ls_dialect d = dialect_of(0);
    d.max_record_bytes = 16;
    char s[256];
    size_t n = 0;
    n += (size_t)sprintf(s + n, "a;b\nc;d\n");
    memset(s + n, 'x', 100);
    n += 100;
    s[n++] = '\n';
    size_t after_long = n;
    n += (size_t)sprintf(s + n, "e;f\n");
    size_t bend = 0;
    cr_assert_eq(ls_split_batch(&d, s, 0, n, true, 1000, scratch, &bend), LS_SPLIT_BATCH);
    cr_assert_eq(bend, 8); /* stops before the long line */
    cr_assert_eq(ls_split_batch(&d, s, 8, n, true, 1000, scratch, &bend), LS_SPLIT_OVERSIZED);
    cr_assert_eq(bend, after_long); /* just past its newline */
    cr_assert_eq(ls_split_batch(&d, s, after_long, n, true, 1000, scratch, &bend), LS_SPLIT_BATCH);
    cr_assert_eq(bend, n);
    /* the same without eof: the long line is known oversized as soon as max+1 bytes show */
    cr_assert_eq(ls_split_batch(&d, s, 8, 8 + 17, false, 1000, scratch, &bend), LS_SPLIT_OVERSIZED);
    cr_assert_eq(bend, LS_SPLIT_NEED_MORE); /* its newline is not in view */
    cr_assert_eq(ls_split_batch(&d, s, 8, 8 + 16, false, 1000, scratch, &bend), LS_SPLIT_MORE);
    /* exactly max bytes (newline included) is not oversized */
    const char *t = "0123456789abcde\nz";
    cr_assert_eq(ls_split_batch(&d, t, 0, strlen(t), true, 1, scratch, &bend), LS_SPLIT_BATCH);
    cr_assert_eq(bend, 16);
}

Test(split, oversized_multiline_record_cut_at_first_newline)
{
    ls_dialect d = dialect_of(24); /* ; " LF default span */
    d.max_record_bytes = 32;
    char s[256];
    size_t n = (size_t)sprintf(s, "k;\"line1\n");
    size_t first_nl = n;
    memset(s + n, 'y', 60);
    n += 60;
    n += (size_t)sprintf(s + n, "\";v\nnext;r\n");
    size_t bend = 0;
    /* R3: a multi-line reading longer than max_record_bytes is rejected, so the record is
     * the literal first line (malformed, unbalanced quote) ... */
    cr_assert_eq(ls_split_batch(&d, s, 0, n, true, 4, scratch, &bend), LS_SPLIT_BATCH);
    cr_assert_eq(bend, first_nl);
    cr_assert_eq(ls_parse_record(&d, s, 0, n, true, rec), LS_SCAN_RECORD);
    cr_assert_eq(rec->flags & LS_REC_UNBALANCED, LS_REC_UNBALANCED);
    /* ... and the 64-byte line that follows is the oversized one, cut at its newline. */
    size_t second_nl = (size_t)(strchr(s + first_nl, '\n') - s) + 1;
    cr_assert_eq(ls_split_batch(&d, s, first_nl, n, true, 4, scratch, &bend), LS_SPLIT_OVERSIZED);
    cr_assert_eq(bend, second_nl);
}

/* Random inputs with a small max_record_bytes, walked like the dispenser: every batch holds
 * whole records no longer than the bound (as the tokenizer reads them), and every oversized
 * answer is a record the tokenizer reads as longer than the bound, resumed after its first
 * newline. */
Test(split, oversized_random)
{
    rng_state = 0x0B16;
    char s[300];
    size_t oversized = 0, records = 0;
    for (int iter = 0; iter < 4000; iter++) {
        size_t n = 1 + rnd_below(sizeof s);
        random_input(s, n);
        ls_dialect d = dialect_of((unsigned)iter % NDIALECTS);
        d.max_record_bytes = 4 + rnd_below(40);
        if (d.max_quoted_span > d.max_record_bytes) d.max_quoted_span = d.max_record_bytes;
        size_t pos = 0;
        while (pos < n) {
            size_t bend = 0;
            ls_split_result r =
                ls_split_batch(&d, s, pos, n, true, 1 + rnd_below(30), scratch, &bend);
            cr_assert_neq(r, LS_SPLIT_MORE, "iteration %d: MORE at eof", iter);
            ls_scan_result pr = ls_parse_record(&d, s, pos, n, true, rec);
            cr_assert_neq(pr, LS_SCAN_NEED_MORE);
            if (r == LS_SPLIT_OVERSIZED) {
                oversized++;
                if (rec->next - pos <= d.max_record_bytes) {
                    dump_input(s, n);
                    cr_assert(false, "iteration %d: record [%zu, %zu) reported oversized (max %zu)",
                              iter, pos, rec->next, d.max_record_bytes);
                }
                const char *lf = memchr(s + pos, d.newline_char, n - pos);
                size_t want = lf ? (size_t)(lf - s) + 1 : n;
                cr_assert_eq(bend, want, "iteration %d: oversized end", iter);
                pos = bend;
                continue;
            }
            cr_assert(bend > pos && bend <= n);
            while (pos < bend) {
                pr = ls_parse_record(&d, s, pos, n, true, rec);
                cr_assert_neq(pr, LS_SCAN_NEED_MORE);
                cr_assert_leq(rec->next - pos, d.max_record_bytes,
                              "iteration %d: record [%zu, %zu) over max %zu in a batch", iter, pos,
                              rec->next, d.max_record_bytes);
                pos = rec->next;
                records++;
            }
            cr_assert_eq(pos, bend);
        }
    }
    cr_log_info("%zu records, %zu oversized", records, oversized);
    cr_assert_gt(oversized, 100);
}

/* REGRESSION (fixed by bounding R3's multi-line reading by max_record_bytes) — was a bug in
 * src/parse/split.c (ls_split_batch) vs src/parse/tokenize.c (R3). split.h promises
 * LS_SPLIT_OVERSIZED only for a record that "exceeds max_record_bytes". Here the tokenizer reads a
 * 3-byte record: the first field's quote crosses the newline and closes ("a\n"), the second field's
 * quote runs 31 bytes to the next newline, past max_quoted_span, so R3 re-reads the line literally:
 * fields ["\"a"], LS_REC_UNBALANCED, next = 3. But that verdict needs 37 bytes of look-ahead, more
 * than the splitter's max_record_bytes + 1 view, so ls_split_batch calls the record oversized: the
 * analysis counts it in malformed_by.oversized (not analysed, not deduplicated) instead of
 * unbalanced_quote. */
Test(split, regression_oversized_verdict_for_short_r3_record)
{
    ls_dialect d = dialect_of(0); /* ; " LF */
    d.max_quoted_span = 16;
    d.max_record_bytes = 16;
    const char *s = "\"a\n\";\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\nz\n";
    size_t n = strlen(s);
    cr_assert_eq(ls_parse_record(&d, s, 0, n, true, rec), LS_SCAN_RECORD);
    cr_assert_eq(rec->flags, LS_REC_UNBALANCED);
    cr_assert_eq(rec->nfields, 1);
    cr_assert_eq(rec->next, 3); /* a 3-byte record */
    size_t bend = 0;
    ls_split_result r = ls_split_batch(&d, s, 0, n, true, 1, scratch, &bend);
    cr_expect_eq(r, LS_SPLIT_BATCH, "a 3-byte record reported as oversized (result %d)", r);
    cr_expect_eq(bend, 3);
}
