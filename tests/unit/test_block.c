/* Differential tests of the block tokenizer (src/parse/block.c) against the scalar path,
 * the reference (ls__parse_record_scalar, rules R1–R5 in tokenize.h):
 *  - ls_parse_record (block path first, scalar for the hard cases) gives exactly the
 *    scalar answer — result, fields (pointer, length, quoted, escaped), flags, start, end,
 *    next — at every record start of random nasty inputs, whole and cut (no eof), with the
 *    SSE2 and the AVX2 classifiers, and on every file of the fuzz corpus, the fuzz
 *    regressions and the committed samples;
 *  - whenever ls__block_parse_record answers on its own, its record is the scalar one;
 *  - ls_split_batch (which skips quote-free records a block at a time) cuts exactly the
 *    batches of the record-by-record walk it replaces.
 * Each test also checks that the block path did answer for a good share of the records,
 * so that a block path that declines everything cannot pass. (The comparison with libcsv
 * is in test_differential.c, whose parser runs through the block path.) */
#include <criterion/criterion.h>
#include <glob.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "leakscope/leakscope.h"
#include "parse/block.h"
#include "parse/dialect.h"
#include "parse/split.h"
#include "parse/tokenize.h"
#include "sniff/sniff.h"
#include "test_rng.h"
#include "../common/split_reference.h"

static ls_record *rec, *ref, *scratch;

static void setup(void)
{
    rec = malloc(sizeof *rec);
    ref = malloc(sizeof *ref);
    scratch = malloc(sizeof *scratch);
    cr_assert(rec && ref && scratch);
}

static void teardown(void)
{
    ls__block_set_level(0);
    free(rec);
    free(ref);
    free(scratch);
}

TestSuite(block, .init = setup, .fini = teardown);

typedef struct {
    size_t records, by_block; /* records compared; of which the block path answered alone */
} tally;

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

static void describe(const char *what, const ls_record *r, const char *data)
{
    fprintf(stderr, "  %s: start %zu end %zu next %zu flags %u fields %u:", what, r->start, r->end,
            r->next, r->flags, r->nfields);
    for (uint32_t i = 0; i < r->nfields && i < 40; i++)
        fprintf(stderr, " [%td+%u q%u e%u]", r->fields[i].p - data, r->fields[i].len,
                r->fields[i].quoted, r->fields[i].escaped);
    fputc('\n', stderr);
}

/* Compare the two paths on the record at pos of data[0, end); returns the scalar result. */
static ls_scan_result compare_at(const char *what, const ls_dialect *d, const char *data,
                                 size_t pos, size_t end, bool eof, tally *t)
{
    ls_scan_result want = ls__parse_record_scalar(d, data, pos, end, eof, ref, NULL);
    ls_scan_result got = ls_parse_record(d, data, pos, end, eof, rec);
    bool same =
        got == want && (want == LS_SCAN_NEED_MORE ||
                        (want == LS_SCAN_BLANK ? rec->next == ref->next : same_record(rec, ref)));
    if (!same) {
        fprintf(stderr, "%s: pos %zu end %zu eof %d: block %d, scalar %d\n", what, pos, end, eof,
                got, want);
        describe("block ", rec, data);
        describe("scalar", ref, data);
        cr_assert_fail("%s: the block path differs from the scalar path at %zu", what, pos);
    }
    /* the block path on its own: it may decline, never answer differently */
    if (want == LS_SCAN_RECORD && ls__block_dialect_ok(d) &&
        (uint8_t)data[pos] != d->newline_char && !(d->newline_char == '\n' && data[pos] == '\r')) {
        rec->fields = rec->field_store;
        rec->nfields = 0;
        rec->flags = 0;
        rec->start = pos;
        if (ls__block_parse_record(d, data, pos, end, rec)) {
            if (!same_record(rec, ref)) {
                describe("block ", rec, data);
                describe("scalar", ref, data);
                cr_assert_fail("%s: ls__block_parse_record answered wrong at %zu", what, pos);
            }
            t->by_block++;
        }
    }
    if (want != LS_SCAN_NEED_MORE) t->records++;
    return want;
}

/* Walk every record of data[start, end) with eof, comparing at each start; then a few cuts
 * (no eof) at each of some record starts. */
static void compare_all(const char *what, const ls_dialect *d, const char *data, size_t start,
                        size_t end, tally *t)
{
    size_t pos = start, k = 0;
    while (pos < end) {
        ls_scan_result r = compare_at(what, d, data, pos, end, true, t);
        cr_assert_neq(r, LS_SCAN_NEED_MORE, "%s: NEED_MORE at eof", what);
        size_t next = ref->next;
        if (k++ % 5 == 0) {
            for (int c = 0; c < 3; c++) {
                size_t cut = pos + 1 + rnd_below(end - pos);
                compare_at(what, d, data, pos, cut, false, t);
            }
        }
        cr_assert_gt(next, pos);
        pos = next;
    }
}

/* ---- random nasty inputs ----------------------------------------------------------------- */

/* Mostly well-formed records (quoted fields with pairs, CRLF, empty fields, long fields
 * spanning blocks) with, now and then, every kind of trouble: stray quotes, quotes before
 * CR, unclosed quotes, newlines in quotes, NUL bytes, lone CRs, runs of quotes. */
static size_t random_nasty(char *s, size_t cap, const ls_dialect *d)
{
    const char q = d->quote ? (char)d->quote : '"', dl = (char)d->delimiter;
    const char nl = (char)d->newline_char;
    size_t n = 0;
    static const unsigned troubles[] = {0, 2, 10, 50, 300};
    const unsigned trouble = troubles[rnd_below(5)]; /* per mille of troubled bytes */
    while (n + 5000 < cap) { /* a record is at most 40 x (3 + 120) bytes + 3 */
        unsigned nf = 1 + (unsigned)rnd_below(rnd_below(4) ? 8 : 40);
        for (unsigned f = 0; f < nf; f++) {
            if (f) s[n++] = dl;
            unsigned len = (unsigned)rnd_below(rnd_below(6) ? 12 : 120);
            bool quoted = d->quote && rnd_below(4) == 0;
            if (quoted) s[n++] = q;
            for (unsigned i = 0; i < len; i++) {
                if (rnd_below(1000) < trouble) {
                    static const char bad[] = {'"', '\'', '\r', '\n', 0, ';', ',', '\t', ' '};
                    char c = bad[rnd_below(sizeof bad)];
                    if (quoted && rnd_below(2)) c = rnd_below(2) ? q : dl;
                    s[n++] = c;
                } else if (quoted && rnd_below(30) == 0) {
                    s[n++] = q, s[n++] = q; /* a pair */
                    i++;
                } else {
                    s[n++] = "abcdefXYZ0123 "[rnd_below(14)];
                }
            }
            if (quoted && rnd_below(1000) >= trouble) s[n++] = q;
        }
        if (nl == '\n' && rnd_below(4) == 0) s[n++] = '\r';
        s[n++] = nl;
        if (rnd_below(20) == 0) s[n++] = nl; /* a blank line */
    }
    return n;
}

static ls_dialect random_dialect(void)
{
    static const uint8_t delims[] = {';', ',', '\t', '|'};
    static const uint8_t quotes[] = {'"', '"', '\'', 0};
    ls_dialect d;
    memset(&d, 0, sizeof d);
    d.format = rnd_below(10) == 0 ? LS_FORMAT_COMBO : LS_FORMAT_CSV;
    d.delimiter = delims[rnd_below(4)];
    d.quote = d.format == LS_FORMAT_COMBO ? 0 : quotes[rnd_below(4)];
    d.newline_char = rnd_below(6) == 0 ? '\r' : '\n';
    d.expected_fields = rnd_below(3) == 0 ? (uint32_t)(1 + rnd_below(6)) : 0;
    d.max_quoted_span = rnd_below(3) == 0 ? 16 + rnd_below(200) : LS_DEFAULT_MAX_QUOTED_SPAN;
    d.max_record_bytes =
        rnd_below(4) == 0 ? d.max_quoted_span + rnd_below(300) : LS_DEFAULT_MAX_RECORD_BYTES;
    if (d.max_quoted_span > d.max_record_bytes) d.max_quoted_span = d.max_record_bytes;
    return d;
}

static void random_round(int level, uint64_t seed, tally *t)
{
    ls__block_set_level(level);
    rng_state = seed;
    size_t cap = 16384;
    char *buf = malloc(cap);
    cr_assert(buf);
    for (int iter = 0; iter < 400; iter++) {
        ls_dialect d = random_dialect();
        size_t n = random_nasty(buf, cap - 1 - rnd_below(3000), &d);
        /* an exact-size copy: a read past the end shows under ASan */
        char *data = malloc(n);
        cr_assert(data);
        memcpy(data, buf, n);
        char what[96];
        snprintf(what, sizeof what, "level %d iter %d (d=%d q=%d nl=%d)", level, iter, d.delimiter,
                 d.quote, d.newline_char);
        compare_all(what, &d, data, 0, n, t);
        free(data);
    }
    free(buf);
}

Test(block, same_records_as_the_scalar_path_on_random_input_sse2)
{
    tally t = {0};
    random_round(1, 4242, &t);
    cr_log_info("SSE2: %zu records, %zu answered by the block path", t.records, t.by_block);
    cr_expect_gt(t.by_block, t.records / 4, "the block path answered only %zu of %zu records",
                 t.by_block, t.records);
}

Test(block, same_records_as_the_scalar_path_on_random_input_avx2)
{
    tally t = {0};
    random_round(2, 4243, &t); /* the baseline again on a machine without AVX2 */
    cr_expect_gt(t.by_block, t.records / 4, "the block path answered only %zu of %zu records",
                 t.by_block, t.records);
}

/* Hand-written cases at every offset around the 64-byte block edges. */
Test(block, edge_cases_at_every_offset)
{
    static const char *const recs[] = {
        "a;b;c\n",
        "\"a\";\"b\"\n",
        "\"a\"\"b\";c\r\n",
        "\"\";\"\"\"\"\n",
        "\"a\"b;c\n",
        "a\"b;c\n",
        "\"a;b\"\r;c\n",
        "\"a\nb\";c\n",
        "\"a\"\r\r\n",
        ";;\n",
        "\"\"\"\";x\n",
        "\"a\"\"\";\"\"\"b\"\n",
        "x\r\n",
        "\"unclosed;x\n",
        "a\0b;c\n",
        "\"a\"\"\n",
        "\";\";\"\n\"\n",
        "\"ab\"\"\"\"\";c\n",
        "a;\"b\"\"\";\"\n",
        "\"x\"\r\n",
    };
    ls_dialect d;
    memset(&d, 0, sizeof d);
    d.format = LS_FORMAT_CSV;
    d.delimiter = ';';
    d.quote = '"';
    d.newline_char = '\n';
    d.max_quoted_span = LS_DEFAULT_MAX_QUOTED_SPAN;
    d.max_record_bytes = LS_DEFAULT_MAX_RECORD_BYTES;
    tally t = {0};
    char buf[512];
    for (int level = 1; level <= 2; level++) {
        ls__block_set_level(level);
        for (size_t r = 0; r < sizeof recs / sizeof *recs; r++) {
            size_t rl = strlen(recs[r]);
            if (r == 14) rl = 6; /* the one with a NUL */
            for (size_t pad = 0; pad < 130; pad++) {
                /* pad bytes of plain records before, the case, then plain records after */
                size_t n = 0;
                for (size_t i = 0; i < pad; i++)
                    buf[n++] = (i % 9 == 8) ? '\n' : 'p';
                buf[n++] = '\n';
                memcpy(buf + n, recs[r], rl);
                n += rl;
                for (; n < 300; n++)
                    buf[n] = (n % 7 == 0) ? '\n' : 'z';
                buf[n++] = '\n';
                char what[64];
                snprintf(what, sizeof what, "case %zu pad %zu level %d", r, pad, level);
                compare_all(what, &d, buf, 0, n, &t);
            }
        }
    }
    cr_expect_gt(t.by_block, t.records / 2);
}

/* ---- files: the fuzz corpus, its regressions, the samples --------------------------------- */

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    cr_assert_eq(fseek(f, 0, SEEK_END), 0);
    long sz = ftell(f);
    cr_assert_geq(sz, 0);
    rewind(f);
    char *buf = malloc((size_t)sz + 1);
    cr_assert(buf);
    cr_assert_eq(fread(buf, 1, (size_t)sz, f), (size_t)sz);
    fclose(f);
    *len = (size_t)sz;
    return buf;
}

/* Sniff a file as the CLI does and compare the two paths on its records, with its own
 * dialect and with a few others (a corpus file is mostly interesting for its bytes). */
static void compare_file(const char *path, tally *t)
{
    size_t len = 0;
    char *data = slurp(path, &len);
    cr_assert(data, "cannot read %s", path);
    ls_options opt;
    ls_options_init(&opt);
    ls_sniff_result sn;
    if (ls_sniff(data, len, true, &opt, &sn) == LS_OK && sn.data_start < sn.data_end &&
        sn.dialect.format != LS_FORMAT_SQL && sn.dialect.format != LS_FORMAT_JSONL &&
        sn.dialect.format != LS_FORMAT_JSON && sn.dialect.format != LS_FORMAT_ARCHIVE)
        compare_all(path, &sn.dialect, data, sn.data_start, sn.data_end, t);
    ls_sniff_result_free(&sn);
    for (int k = 0; k < 3 && len; k++) {
        ls_dialect d;
        memset(&d, 0, sizeof d);
        d.format = LS_FORMAT_CSV;
        d.delimiter = k == 2 ? ',' : ';';
        d.quote = k == 1 ? '\'' : '"';
        d.newline_char = '\n';
        d.expected_fields = k == 2 ? 3 : 0;
        d.max_quoted_span = LS_DEFAULT_MAX_QUOTED_SPAN;
        d.max_record_bytes = LS_DEFAULT_MAX_RECORD_BYTES;
        compare_all(path, &d, data, 0, len, t);
    }
    free(data);
}

Test(block, same_records_as_the_scalar_path_on_the_corpus_and_samples)
{
    static const char *const patterns[] = {
        LS_TEST_DATA_DIR "/../fuzz/corpus/*",
        LS_TEST_DATA_DIR "/../fuzz/regressions/*",
        LS_SAMPLES_DIR "/*.csv",
        LS_SAMPLES_DIR "/*.tsv",
        LS_SAMPLES_DIR "/*.txt",
        LS_SAMPLES_DIR "/*/*.csv",
        LS_SAMPLES_DIR "/*/*.tsv",
    };
    tally t = {0};
    size_t files = 0;
    for (int level = 1; level <= 2; level++) {
        ls__block_set_level(level);
        rng_state = 77;
        for (size_t p = 0; p < sizeof patterns / sizeof *patterns; p++) {
            glob_t g;
            if (glob(patterns[p], 0, NULL, &g) != 0) continue;
            for (size_t i = 0; i < g.gl_pathc; i++, files++)
                compare_file(g.gl_pathv[i], &t);
            globfree(&g);
        }
    }
    cr_log_info("%zu files, %zu records, %zu by the block path", files, t.records, t.by_block);
    cr_assert_gt(files, 40, "the corpus was not found");
    cr_expect_gt(t.by_block, t.records / 4);
}

/* ---- the splitter ------------------------------------------------------------------------ */

Test(block, split_batches_equal_the_record_by_record_walk)
{
    size_t cap = 16384;
    char *buf = malloc(cap);
    cr_assert(buf);
    for (int level = 1; level <= 2; level++) {
        ls__block_set_level(level);
        rng_state = 1234 + (uint64_t)level;
        for (int iter = 0; iter < 300; iter++) {
            ls_dialect d = random_dialect();
            if (rnd_below(3) == 0) d.max_record_bytes = 40 + rnd_below(100);
            if (d.max_quoted_span > d.max_record_bytes) d.max_quoted_span = d.max_record_bytes;
            size_t n = random_nasty(buf, cap - rnd_below(4000), &d);
            char *data = malloc(n);
            cr_assert(data);
            memcpy(data, buf, n);
            size_t target = rnd_below(3) == 0 ? rnd_below(8) : rnd_below(3000);
            for (int pass = 0; pass < 2; pass++) {
                bool eof = pass == 0;
                size_t end = eof ? n : n - rnd_below(n / 2 + 1);
                size_t pos = 0;
                while (pos < end) {
                    size_t got_end = 0, want_end = 0;
                    ls_split_result got =
                        ls_split_batch(&d, data, pos, end, eof, target, scratch, &got_end);
                    ls_split_result want =
                        split_reference(&d, data, pos, end, eof, target, scratch, &want_end);
                    cr_assert_eq(got, want, "level %d iter %d pos %zu: result %d, want %d", level,
                                 iter, pos, got, want);
                    if (got == LS_SPLIT_MORE) break;
                    cr_assert_eq(got_end, want_end, "level %d iter %d pos %zu: end %zu, want %zu",
                                 level, iter, pos, got_end, want_end);
                    if (got_end == LS_SPLIT_NEED_MORE) break;
                    cr_assert_gt(got_end, pos);
                    pos = got_end;
                }
            }
            free(data);
        }
    }
    free(buf);
}
