/* ls_parse_memo changes how much is scanned, never what is read: records parsed with a
 * memo carried from record to record equal those parsed without one, on random inputs
 * full of unclosed quotes and across views of different lengths; and the splitter and the
 * pipeline stay linear on a file whose every line opens a quote it never closes. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "leakscope/leakscope.h"
#include "parse/split.h"
#include "parse/tokenize.h"

static uint64_t rng = 0x5EED;
static uint64_t rnd(void)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return rng;
}

static ls_dialect dialect(char delim, size_t span, uint32_t fields)
{
    ls_dialect d;
    memset(&d, 0, sizeof d);
    d.format = LS_FORMAT_CSV;
    d.delimiter = (uint8_t)delim;
    d.quote = '"';
    d.newline_char = '\n';
    d.expected_fields = fields;
    d.max_quoted_span = span;
    d.max_record_bytes = 4 * span;
    return d;
}

static const char *cur_s;
static size_t cur_n;
static void same_record(const ls_record *a, const ls_record *b, int iter, size_t pos)
{
    if (a->nfields != b->nfields || a->flags != b->flags || a->next != b->next) {
        fprintf(stderr, "input (%zu bytes): ", cur_n);
        for (size_t i = 0; i < cur_n; i++)
            fprintf(stderr, "%02x", (unsigned char)cur_s[i]);
        fprintf(stderr, "\nA: n=%u flags=%u next=%zu  B: n=%u flags=%u next=%zu\n", a->nfields,
                a->flags, a->next, b->nfields, b->flags, b->next);
    }
    cr_assert_eq(a->nfields, b->nfields, "iter %d pos %zu", iter, pos);
    cr_assert_eq(a->flags, b->flags, "iter %d pos %zu: flags %u vs %u", iter, pos, a->flags,
                 b->flags);
    cr_assert_eq(a->next, b->next, "iter %d pos %zu", iter, pos);
    cr_assert_eq(a->end, b->end, "iter %d pos %zu", iter, pos);
    for (uint32_t j = 0; j < a->nfields; j++) {
        cr_assert_eq(a->fields[j].p, b->fields[j].p);
        cr_assert_eq(a->fields[j].len, b->fields[j].len);
        cr_assert_eq(a->fields[j].escaped, b->fields[j].escaped);
    }
}

Test(memo, same_records_with_and_without)
{
    static const char alphabet[] = "aaab;;;\"\"\"\n\n\r ";
    ls_record *r1 = malloc(sizeof *r1), *r2 = malloc(sizeof *r2);
    char *s = malloc(4096);
    size_t compared = 0;
    /* LS_MEMO_STRESS=N runs N times more cases (with another seed) by hand */
    int scale = getenv("LS_MEMO_STRESS") ? atoi(getenv("LS_MEMO_STRESS")) : 1;
    if (scale > 1) rng ^= (uint64_t)scale * 0x9E3779B97F4A7C15ull;
    for (int iter = 0; iter < 4000 * scale; iter++) {
        size_t n = 1 + rnd() % 600;
        for (size_t i = 0; i < n; i++) {
            uint64_t r = rnd();
            s[i] = (r % 211 == 0) ? 0 : alphabet[(r >> 8) % (sizeof alphabet - 1)];
        }
        ls_dialect d = dialect(';', 4 + rnd() % 64, (iter & 1) ? 3 : 0);
        cur_s = s;
        cur_n = n;
        ls_parse_memo memo;
        ls_parse_memo_reset(&memo);
        /* whole buffer, eof */
        size_t pos = 0;
        while (pos < n) {
            ls_scan_result a = ls_parse_record(&d, s, pos, n, true, r1);
            ls_scan_result b = ls_parse_record_memo(&d, s, pos, n, true, r2, &memo);
            cr_assert_eq(a, b);
            if (a == LS_SCAN_RECORD) same_record(r1, r2, iter, pos);
            cr_assert_eq(r1->next, r2->next);
            pos = r1->next;
            compared++;
        }
        /* the memo learnt on the whole buffer, reused on shorter views (a stream's view) */
        size_t cut = 1 + rnd() % n;
        pos = 0;
        while (pos < cut) {
            ls_scan_result a = ls_parse_record(&d, s, pos, cut, false, r1);
            ls_scan_result b = ls_parse_record_memo(&d, s, pos, cut, false, r2, &memo);
            cr_assert_eq(a, b, "iter %d pos %zu cut %zu", iter, pos, cut);
            if (a == LS_SCAN_NEED_MORE) break;
            if (a == LS_SCAN_RECORD) same_record(r1, r2, iter, pos);
            pos = r1->next;
            compared++;
        }
    }
    cr_log_info("%zu records compared", compared);
    cr_assert_gt(compared, 20000);
    free(s);
    free(r1);
    free(r2);
}

/* End to end: 200 000 lines that each open a quote they never close. Before the memo this
 * took minutes (O(lines x 1 MiB)); the timeout guards linearity without timing anything
 * finer than "not quadratic". */
Test(memo, pipeline_on_unclosed_quotes_is_linear, .timeout = 20)
{
    char path[] = "/tmp/ls-memo-XXXXXX";
    int fd = mkstemp(path);
    cr_assert_geq(fd, 0);
    FILE *f = fdopen(fd, "w");
    fprintf(f, "id;name;city\n");
    for (int i = 0; i < 200000; i++)
        fprintf(f, "%d;\"b%d;c\n", i, i);
    fclose(f);
    ls_options o;
    ls_options_init(&o);
    o.threads = 2;
    ls_analysis *a = ls_analysis_create(&o);
    ls_analysis_add_path(a, path);
    ls_analysis_finish(a);
    const ls_input_summary *in = ls_analysis_input(a, 0);
    cr_expect_eq(in->records, 200000);
    cr_expect_eq(in->malformed_by.unbalanced_quote, 200000);
    cr_expect_eq(ls_analysis_totals(a)->unique_records, 200000);
    ls_analysis_free(a);
    unlink(path);
}
