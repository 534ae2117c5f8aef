/* The HTML report's writer, without a browser (the browser test is tests/cli/html_tests.sh):
 * the escaping primitive, the overlap section from a hand-built ls_overlap_result (the
 * overlap computation is another module: its result is all this writer reads), names with
 * markup and personal data in them, argument and write errors. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fingerprint/overlap.h"
#include "leakscope/leakscope.h"
#include "report/html.h"
#include "report/mask.h"
#include "report/report_html.h"
#include "test_files.h"

static void setup(void)
{
    test_dir_make("ls-html");
}
TestSuite(report_html, .init = setup, .fini = test_dir_remove);

/* What f writes into a FILE, as a string (freed by the caller). */
static char *capture_text(const char *s)
{
    char *buf = NULL;
    size_t n = 0;
    FILE *m = open_memstream(&buf, &n);
    cr_assert_not_null(m);
    ls__html_text(m, s);
    cr_assert_eq(fclose(m), 0);
    return buf;
}

Test(report_html, escapes_markup_quotes_and_bad_bytes)
{
    char *t = capture_text("<script>a&b</script> \"q\" 'r'");
    cr_assert_str_eq(t, "&lt;script&gt;a&amp;b&lt;/script&gt; &quot;q&quot; &#39;r&#39;");
    free(t);
    t = capture_text("caf\xC3\xA9 \xFF\xFE x\x01y\tz \xC2\x85");
    /* é kept; two invalid bytes, a C0 and a C1 control become U+FFFD; tab kept */
    cr_assert_str_eq(t, "caf\xC3\xA9 \xEF\xBF\xBD\xEF\xBF\xBD x\xEF\xBF\xBDy\tz \xEF\xBF\xBD");
    free(t);
    t = capture_text(NULL);
    cr_assert_str_eq(t, "");
    free(t);
}

/* A finished analysis of one small CSV whose header holds markup and an e-mail address. */
static ls_analysis *small_analysis(void)
{
    static const char csv[] = "email;<script>alert(1)</script>;alice.secret@example.com\n"
                              "ann@mail.fr;x;0611111111\n"
                              "bob@mail.fr;y;0622222222\n"
                              "cat@mail.fr;z;0633333333\n";
    char *p = test_write_file("a&b <i>.csv", csv, sizeof csv - 1);
    ls_options o;
    ls_options_init(&o);
    o.threads = 1;
    o.header = LS_YES;
    ls_analysis *a = ls_analysis_create(&o);
    cr_assert_not_null(a);
    cr_assert_eq(ls_analysis_add_path(a, p), LS_OK);
    cr_assert_eq(ls_analysis_finish(a), LS_OK);
    return a;
}

static char *page(const ls_analysis *a, const ls_overlap_result *ov)
{
    char *buf = NULL;
    size_t n = 0;
    FILE *m = open_memstream(&buf, &n);
    cr_assert_not_null(m);
    ls_report_options ro = {.include_timing = false};
    cr_assert_eq(ls_report_write_html(a, ov, m, &ro), LS_OK);
    cr_assert_eq(fclose(m), 0);
    return buf;
}

static void has(const char *page_, const char *s)
{
    cr_assert_not_null(strstr(page_, s), "the page lacks: %s", s);
}

static void lacks(const char *page_, const char *s)
{
    cr_assert_null(strstr(page_, s), "the page holds: %s", s);
}

Test(report_html, names_are_masked_and_escaped)
{
    ls_analysis *a = small_analysis();
    char *p = page(a, NULL);
    lacks(p, "<script");
    lacks(p, "alice.secret@example.com");
    lacks(p, "ann@mail.fr");
    lacks(p, "0611111111");
    has(p, "&lt;script&gt;alert(1)&lt;/script&gt;");
    char masked[] = "alice.secret@example.com";
    ls_mask_name(masked);
    has(p, masked);
    has(p, "a&amp;b &lt;i&gt;.csv");
    has(p, "data-figure=\"totals.records\" data-value=\"3\"");
    has(p, "Content-Security-Policy");
    lacks(p, "id=\"overlap\""); /* no result given: no section */
    lacks(p, "id=\"claim\"");   /* no claim given */
    /* sections in the reader's order */
    const char *ids[] = {"id=\"counts\"",  "id=\"categories\"", "id=\"gdpr\"",    "id=\"inputs\"",
                         "id=\"columns\"", "id=\"signals\"",    "id=\"manifest\""};
    const char *prev = p;
    for (size_t i = 0; i < sizeof ids / sizeof *ids; i++) {
        const char *at = strstr(p, ids[i]);
        cr_assert(at && at > prev, "%s out of order", ids[i]);
        prev = at;
    }
    free(p);
    ls_analysis_free(a);
}

Test(report_html, overlap_section_from_a_hand_built_result)
{
    ls_analysis *a = small_analysis();
    ls_overlap_kind k1[] = {
        {.kind = "records",
         .a = 100,
         .b = 50,
         .both = 25,
         .a_in_b = 0.25,
         .b_in_a = 0.5,
         .jaccard = 0.2,
         .present_a = true,
         .present_b = true},
        {.kind = "email", .a = 80, .present_a = true, .present_b = false},
        {.kind = "fr_nir", .b = 7, .present_a = false, .present_b = true},
        {.kind = "phone",
         .a = 1234567,
         .b = 2000000,
         .both = 0,
         .a_in_b = 0,
         .b_in_a = 0,
         .jaccard = 0,
         .present_a = true,
         .present_b = true},
    };
    ls_overlap_kind k2[] = {{.kind = "records",
                             .a = 3,
                             .b = 3,
                             .both = 3,
                             .a_in_b = 1,
                             .b_in_a = 1,
                             .jaccard = 1,
                             .present_a = true,
                             .present_b = true}};
    ls_overlap_pair pairs[2] = {
        {.name_a = "a<b>&\"'.fp",
         .name_b = "alice.secret@example.com.fp",
         .source_a = "dump.csv",
         .source_b = "<i>other</i>",
         .same_key = true,
         .kinds = k1,
         .nkinds = 4},
        {.name_a = "x.fp", .name_b = "y.fp", .same_key = false, .kinds = k2, .nkinds = 1},
    };
    memset(pairs[0].manifest_a, 'a', 64);
    pairs[0].manifest_a[64] = 0;
    ls_overlap_result r = {.pairs = pairs, .npairs = 2, .keyed = false};
    snprintf(r.error, sizeof r.error, "z.fp: <not a fingerprint file>");
    char *p = page(a, &r);

    has(p, "<section id=\"overlap\">");
    has(p, "href=\"#overlap\"");
    const char *ov = strstr(p, "<section id=\"overlap\">");
    cr_assert(ov > strstr(p, "id=\"manifest\""), "overlap comes after the evidence");
    /* figures, each with its path */
    has(ov, "data-figure=\"overlap.pairs.0.kinds.records.a\" data-value=\"100\">100<");
    has(ov, "data-figure=\"overlap.pairs.0.kinds.records.b\" data-value=\"50\">50<");
    has(ov, "data-figure=\"overlap.pairs.0.kinds.records.both\" data-value=\"25\">25<");
    has(ov, "data-figure=\"overlap.pairs.0.kinds.records.a_in_b\" data-value=\"0.25\">25.0 %<");
    has(ov, "data-figure=\"overlap.pairs.0.kinds.records.b_in_a\" data-value=\"0.5\">50.0 %<");
    has(ov, "data-figure=\"overlap.pairs.0.kinds.records.jaccard\" data-value=\"0.2\">0.200<");
    has(ov, "data-value=\"1234567\">1,234,567<");
    /* absent kinds are said to be absent, never "0 shared" */
    has(ov, "not compared: this kind is not in file B");
    has(ov, "not compared: this kind is not in file A");
    lacks(ov, "overlap.pairs.0.kinds.email.both");
    lacks(ov, "overlap.pairs.0.kinds.fr_nir.both");
    has(ov, "data-figure=\"overlap.pairs.0.kinds.email.a\" data-value=\"80\"");
    has(ov, "data-figure=\"overlap.pairs.0.kinds.fr_nir.b\" data-value=\"7\"");
    /* what changes the meaning of the figures comes first */
    has(ov, "Unkeyed fingerprint files");
    has(ov, "made with different keys");
    has(ov, "Not every pair could be compared:</strong> z.fp: &lt;not a fingerprint file&gt;");
    /* names escaped and masked; the chart is drawn for the kinds both files hold */
    has(ov, "a&lt;b&gt;&amp;&quot;&#39;.fp");
    has(ov, "&lt;i&gt;other&lt;/i&gt;");
    lacks(p, "alice.secret@example.com");
    char masked[] = "alice.secret@example.com.fp";
    ls_mask_name(masked);
    has(ov, masked);
    has(ov, "<svg class=\"chart\" id=\"chart-overlap-1\"");
    has(ov, "<svg class=\"chart\" id=\"chart-overlap-2\"");
    has(ov, "records, share of A in B: 25.0 %");
    has(ov, "manifest SHA-256 <code class=\"sha\">aaaa");
    has(ov, "no manifest recorded");
    free(p);

    /* keyed, complete: no warning */
    r.keyed = true;
    r.error[0] = 0;
    pairs[1].same_key = true;
    p = page(a, &r);
    lacks(p, "Unkeyed");
    lacks(p, "different keys");
    lacks(p, "Not every pair");
    free(p);
    ls_analysis_free(a);
}

Test(report_html, errors)
{
    ls_options o;
    ls_options_init(&o);
    ls_analysis *a = ls_analysis_create(&o);
    cr_assert_not_null(a);
    FILE *m = tmpfile();
    cr_assert_eq(ls_report_write_html(a, NULL, m, NULL), LS_ERR_INVALID_ARGUMENT); /* unfinished */
    cr_assert_eq(ls_report_write_html(NULL, NULL, m, NULL), LS_ERR_INVALID_ARGUMENT);
    fclose(m);
    ls_analysis_free(a);
    a = small_analysis();
    FILE *full = fopen("/dev/full", "w");
    if (full) { /* the page is larger than a stdio buffer: the write fails before the end */
        cr_assert_eq(ls_report_write_html(a, NULL, full, NULL), LS_ERR_OUTPUT);
        fclose(full);
    }
    ls_analysis_free(a);
}

Test(report_html, bar_chart_scales_and_labels)
{
    char *buf = NULL;
    size_t n = 0;
    FILE *m = open_memstream(&buf, &n);
    ls_html_bar_row rows[] = {
        {.label = "<big>", .counts = {1000}, .has = {true}},
        {.label = "tiny", .counts = {1}, .has = {true}},
        {.label = "none", .counts = {0}, .has = {false}},
    };
    static const char *const series[] = {"count"};
    static const char *const classes[] = {"s0"};
    ls__html_bar_chart(m, "c1", "t<", "d&", series, classes, 1, rows, 3, false);
    ls_html_bar_row zero = {.label = "z", .counts = {0}, .has = {true}};
    ls__html_bar_chart(m, "c2", "t", "d", series, classes, 1, &zero, 1, false);
    fclose(m);
    has(buf, "<title id=\"c1-t\">t&lt;</title>");
    has(buf, "<desc id=\"c1-d\">d&amp;</desc>");
    has(buf, "&lt;big&gt;");
    has(buf, "width=\"430\" height=\"13\" class=\"s0\"><title>&lt;big&gt;, count: 1,000");
    has(buf, "width=\"1\" height=\"13\" class=\"s0\"><title>tiny, count: 1</title>");
    has(buf, "not counted");
    has(buf, "width=\"0\" height=\"13\" class=\"s0\"><title>z, count: 0</title>");
    free(buf);
}
