/* The pipeline end to end through the public API: counts, thread-count invariance,
 * mapped vs streamed input, multiple inputs, and every error path of issue 2. */
#include <criterion/criterion.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "leakscope/leakscope.h"
#include "test_files.h"
#include "test_stack.h"
#include "pipeline/analysis.h"
#include "pipeline/dispenser.h"

static ls_analysis *run(const char *const *paths, int n, unsigned threads, size_t max_record)
{
    ls_options o;
    ls_options_init(&o);
    o.threads = threads;
    o.max_record_bytes = max_record;
    ls_analysis *a = ls_analysis_create(&o);
    cr_assert_not_null(a);
    for (int i = 0; i < n; i++)
        ls_analysis_add_path(a, paths[i]);
    cr_assert_eq(ls_analysis_finish(a), LS_OK);
    return a;
}

static void setup(void)
{
    test_dir_make("ls-test");
}

TestSuite(analysis, .init = setup, .fini = test_dir_remove);

Test(analysis, counts_records_not_lines)
{
    const char *t = "id;nom;commentaire\n"
                    "1;Dupont;\"ligne 1\nligne 2\"\n"
                    "2;Martin;ok\n"
                    "\n"
                    "1;Dupont;\"ligne 1\nligne 2\"\n" /* exact duplicate */
                    "3;\"Durand\";x\n"
                    "3;Durand;x\n" /* same values, other quoting */
                    "4;  MARTIN ;OK\n"
                    "4;martin;ok\n" /* same after normalisation */
                    "5;a;b;c\n"     /* too many fields */
                    "6;O\"Brien;z"; /* stray quote, no final newline */
    const char *p = test_write_file("a.csv", t, strlen(t));
    ls_analysis *a = run(&p, 1, 2, 0);
    const ls_input_summary *in = ls_analysis_input(a, 0);
    const ls_totals *tt = ls_analysis_totals(a);
    cr_expect_eq(in->status, LS_OK);
    cr_expect(in->header);
    cr_expect_eq(in->records, 9);
    cr_expect_eq(in->blank_lines, 1);
    cr_expect_eq(in->malformed, 1);
    cr_expect_eq(in->malformed_by.too_many_fields, 1);
    cr_expect_eq(in->anomalies.multiline_records, 2);
    cr_expect_eq(in->anomalies.stray_quotes, 1);
    cr_expect_eq(tt->unique_records, 7);
    cr_expect_eq(tt->duplicate_records, 2);
    cr_expect_eq(tt->unique_records_normalized, 6);
    cr_expect_eq(in->column_count, 3);
    cr_expect_str_eq(in->columns[1].name, "nom");
    cr_expect_eq(in->columns[0].non_empty, 9);
    cr_expect_eq(in->columns[0].unique, 6);
    ls_analysis_free(a);
}

/* A few MB of messy data: quoted newlines, CRLF, stray quotes, duplicates, blank lines. */
static char *messy(size_t records, size_t *len)
{
    size_t cap = records * 120 + 1024, n = 0;
    char *b = malloc(cap);
    n += (size_t)sprintf(b + n, "id;name;city;note\r\n");
    unsigned s = 7;
    for (size_t i = 0; i < records; i++) {
        s = s * 1103515245u + 12345u;
        size_t id = (s >> 8) % (records / 2 + 1); /* many duplicates */
        switch ((s >> 4) % 8) {
        case 0:
            n += (size_t)sprintf(b + n, "%zu;\"Name %zu\";\"Paris\";\"a\nb\"\r\n", id, id);
            break;
        case 1:
            n += (size_t)sprintf(b + n, "%zu;NAME %zu;PARIS;\"x;\"\"y\"\"\"\n", id, id);
            break;
        case 2:
            n += (size_t)sprintf(b + n, "\n");
            break;
        case 3:
            n += (size_t)sprintf(b + n, "%zu;O\"Neil;Lyon;z\n", id);
            break;
        case 4:
            n += (size_t)sprintf(b + n, "%zu;short\n", id);
            break;
        default:
            n += (size_t)sprintf(b + n, "%zu;Name %zu;Paris;n%zu\n", id, id, id % 7);
            break;
        }
    }
    *len = n;
    return b;
}

static void expect_same(const ls_analysis *x, const ls_analysis *y)
{
    const ls_input_summary *a = ls_analysis_input(x, 0), *b = ls_analysis_input(y, 0);
    cr_expect_eq(a->records, b->records);
    cr_expect_eq(a->malformed, b->malformed);
    cr_expect_eq(a->blank_lines, b->blank_lines);
    cr_expect_eq(a->bytes_analyzed, b->bytes_analyzed);
    cr_expect_eq(memcmp(&a->malformed_by, &b->malformed_by, sizeof a->malformed_by), 0);
    cr_expect_eq(memcmp(&a->anomalies, &b->anomalies, sizeof a->anomalies), 0);
    cr_assert_eq(a->column_count, b->column_count);
    for (uint32_t j = 0; j < a->column_count; j++) {
        cr_expect_eq(a->columns[j].non_empty, b->columns[j].non_empty);
        cr_expect_eq(a->columns[j].unique, b->columns[j].unique);
    }
    const ls_totals *s = ls_analysis_totals(x), *t = ls_analysis_totals(y);
    cr_expect_eq(s->records, t->records);
    cr_expect_eq(s->unique_records, t->unique_records);
    cr_expect_eq(s->unique_records_normalized, t->unique_records_normalized);
}

Test(analysis, identical_for_every_thread_count)
{
    size_t n;
    char *d = messy(150000, &n); /* several batches */
    const char *p = test_write_file("m.csv", d, n);
    free(d);
    ls_analysis *a1 = run(&p, 1, 1, 0);
    cr_expect_gt(ls_analysis_input(a1, 0)->records, 100000);
    cr_expect_gt(ls_analysis_input(a1, 0)->malformed, 0);
    for (unsigned th = 2; th <= 8; th *= 2) {
        ls_analysis *an = run(&p, 1, th, 0);
        expect_same(a1, an);
        ls_analysis_free(an);
    }
    ls_analysis_free(a1);
}

Test(analysis, stream_equals_mmap)
{
    size_t n;
    char *d = messy(1000000, &n); /* > 2 stream windows */
    cr_assert_gt(n, (size_t)16 << 20);
    const char *p = test_write_file("s.csv", d, n);
    ls_analysis *m = run(&p, 1, 2, 0);
    ls_analysis *s = test_run_pipe(d, n, 2, 0);
    cr_expect_not(ls_analysis_input(m, 0)->mapped == ls_analysis_input(s, 0)->mapped);
    cr_expect_eq(ls_analysis_input(s, 0)->bytes, n);
    expect_same(m, s);
    ls_analysis_free(m);
    ls_analysis_free(s);
    free(d);
}

Test(analysis, dedup_spans_inputs_and_encodings)
{
    const char *u = "nom;ville\nH\xC3\xA9l\xC3\xA8ne;Orl\xC3\xA9"
                    "ans\nJ\xC3\xA9r\xC3\xB4me;S\xC3\xA8te\n";
    const char *w = "nom;ville\nH\xE9l\xE8ne;Orl\xE9"
                    "ans\nJ\xE9r\xF4me;S\xE8te\n";
    const char *paths[3] = {test_write_file("u.csv", u, strlen(u)),
                            test_write_file("w.csv", w, strlen(w)), NULL};
    paths[2] = paths[0];
    ls_analysis *a = run(paths, 3, 2, 0);
    cr_expect_eq(ls_analysis_input(a, 0)->encoding, LS_ENCODING_UTF8);
    cr_expect_eq(ls_analysis_input(a, 1)->encoding, LS_ENCODING_CP1252);
    const ls_totals *t = ls_analysis_totals(a);
    cr_expect_eq(t->records, 6);
    cr_expect_eq(t->unique_records, 2, "the cp1252 twin holds the same records");
    cr_expect_eq(t->duplicate_records, 4);
    cr_expect_eq(t->unique_records_normalized, 2);
    ls_analysis_free(a);
}

Test(analysis, error_paths_name_the_file_and_go_on)
{
    char missing[600], dir[600];
    snprintf(missing, sizeof missing, "%s/nope.csv", test_dir);
    snprintf(dir, sizeof dir, "%s/emptydir", test_dir);
    cr_assert_eq(mkdir(dir, 0700), 0);
    const char bin[] = "a;b\n1;\0\x01\x02;3\n";
    const char *good = "a;b\n1;2\n";
    const char *paths[] = {missing, dir, test_write_file("empty.csv", "", 0),
                           test_write_file("bin.dat", bin, sizeof bin - 1),
                           test_write_file("good.csv", good, strlen(good))};
    ls_analysis *a = run(paths, 5, 2, 0);
    cr_expect_eq(ls_analysis_input(a, 0)->status, LS_ERR_OPEN);
    cr_expect(strstr(ls_analysis_input(a, 0)->message, "No such file") != NULL);
    cr_expect_eq(ls_analysis_input(a, 1)->status, LS_ERR_EMPTY, "a directory with no data file");
    cr_expect(strstr(ls_analysis_input(a, 1)->message, "no data file") != NULL);
    cr_expect_eq(ls_analysis_input(a, 2)->status, LS_ERR_EMPTY);
    cr_expect_eq(ls_analysis_input(a, 3)->status, LS_ERR_BINARY);
    cr_expect_eq(ls_analysis_input(a, 4)->status, LS_OK);
    cr_expect_eq(ls_analysis_input(a, 4)->records, 1);
    const ls_totals *t = ls_analysis_totals(a);
    cr_expect_eq(t->inputs, 5);
    cr_expect_eq(t->inputs_failed, 4);
    cr_expect_eq(t->records, 1);
    ls_analysis_free(a);
}

Test(analysis, nul_byte_deep_inside_is_a_malformed_record)
{
    /* The sniffer samples only parts of a big file: a NUL it does not see is still
     * caught by the parser, counted, and the record kept. */
    size_t n = 0, cap = 2 << 20;
    char *b = malloc(cap);
    n += (size_t)sprintf(b + n, "a;b\n");
    while (n < (1 << 20))
        n += (size_t)sprintf(b + n, "%zu;x\n", n);
    size_t nul_at = n + 2;
    n += (size_t)sprintf(b + n, "1;xx\n");
    b[nul_at] = 0;
    while (n < (3u << 19))
        n += (size_t)sprintf(b + n, "%zu;y\n", n);
    const char *p = test_write_file("nul.csv", b, n);
    free(b);
    ls_analysis *a = run(&p, 1, 2, 0);
    const ls_input_summary *in = ls_analysis_input(a, 0);
    cr_expect_eq(in->status, LS_OK, "%s", in->message);
    cr_expect_eq(in->malformed_by.nul_byte, 1);
    cr_expect_eq(in->malformed, 1);
    ls_analysis_free(a);
}

static void oversized_check(ls_analysis *a)
{
    const ls_input_summary *in = ls_analysis_input(a, 0);
    cr_expect_eq(in->status, LS_ERR_RECORD_TOO_LONG);
    cr_expect(strstr(in->message, "longer than") != NULL, "%s", in->message);
    cr_expect_eq(in->records, 4);
    cr_expect_eq(in->malformed_by.oversized, 1);
    cr_expect_eq(ls_analysis_totals(a)->records_not_deduplicated, 1);
    cr_expect_eq(ls_analysis_totals(a)->unique_records, 3);
}

Test(analysis, oversized_record_is_counted_not_analysed)
{
    size_t big = 3u << 20, n = 0;
    char *b = malloc(big + 100);
    n += (size_t)sprintf(b + n, "a;b\n1;2\n2;");
    memset(b + n, 'x', big);
    n += big;
    n += (size_t)sprintf(b + n, "\n3;4\n4;5\n");
    const char *p = test_write_file("big.csv", b, n);
    ls_analysis *a = run(&p, 1, 2, (size_t)1 << 20);
    oversized_check(a);
    ls_analysis_free(a);
    a = test_run_pipe(b, n, 2, (size_t)1 << 20); /* streamed: the long line is skipped in pieces */
    oversized_check(a);
    ls_analysis_free(a);
    free(b);
}

static const char *truncate_target;
static void truncate_hook(const char *path)
{
    if (truncate_target && strcmp(path, truncate_target) == 0)
        cr_assert_eq(truncate(path, 4096 * 64), 0);
}

Test(analysis, file_truncated_while_mapped_gives_a_partial_result)
{
    size_t n;
    char *d = messy(100000, &n);
    const char *p = test_write_file("t.csv", d, n);
    free(d);
    truncate_target = p;
    ls__test_hook_before_workers = truncate_hook;
    ls_analysis *a = run(&p, 1, 2, 0);
    ls__test_hook_before_workers = NULL;
    const ls_input_summary *in = ls_analysis_input(a, 0);
    cr_expect_eq(in->status, LS_ERR_TRUNCATED, "%s", ls_strerror(in->status));
    cr_expect(in->truncated);
    cr_expect(strstr(in->message, "truncated") != NULL, "%s", in->message);
    cr_expect_gt(in->records, 1000, "what was read before the cut is kept");
    cr_expect_lt(in->records, 100000);
    cr_expect_leq(in->bytes_analyzed, (uint64_t)4096 * 64);
    cr_expect_leq(ls_analysis_totals(a)->unique_records, in->records);
    ls_analysis_free(a);
}

Test(analysis, json_report_has_the_contract_keys)
{
    const char *t = "email;pass;city\na@b.fr;x;Paris\n";
    const char *p = test_write_file("r.csv", t, strlen(t));
    ls_analysis *a = run(&p, 1, 1, 0);
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    ls_report_options ro = {.include_timing = true, .pretty = false};
    cr_assert_eq(ls_report_write_json(a, f, &ro), LS_OK);
    fclose(f);
    const char *keys[] = {"\"schema\":\"leakscope-report/1\"",
                          "\"inputs\":[",
                          "\"records\":1",
                          "\"malformed\":0",
                          "\"unique_records\":1",
                          "\"duplicate_records\":0",
                          "\"unique_records_normalized\":1",
                          "\"categories\":{",
                          "\"email\":{\"group\":\"contact\",\"pii\":true",
                          "\"timing\":{\"seconds\":",
                          "\"bytes_per_second\":",
                          "\"dialect\":{\"delimiter\":\";\",\"quote\":\"\\\"\",\"header\":true"};
    for (size_t i = 0; i < sizeof keys / sizeof *keys; i++)
        cr_expect(strstr(buf, keys[i]) != NULL, "missing %s in %s", keys[i], buf);
    free(buf);
    ls_analysis_free(a);
}

Test(analysis, api_misuse_is_an_error_not_a_crash)
{
    cr_expect_eq(ls_analysis_add_path(NULL, "x"), LS_ERR_INVALID_ARGUMENT);
    cr_expect_eq(ls_analysis_finish(NULL), LS_ERR_INVALID_ARGUMENT);
    cr_expect_null(ls_analysis_totals(NULL));
    ls_analysis_free(NULL);
    cr_expect_str_eq(ls_strerror(LS_OK), "success");
    cr_expect_str_eq(ls_strerror((ls_status)999), "no such status");
    ls_analysis *a = ls_analysis_create(NULL);
    cr_expect_null(ls_analysis_totals(a), "totals only after finish");
    cr_expect_eq(ls_report_write_json(a, stdout, NULL), LS_ERR_INVALID_ARGUMENT);
    ls_analysis_free(a);
}

Test(analysis, directory_is_walked_and_non_data_files_are_listed)
{
    char d[600], sub[600], p[700];
    snprintf(d, sizeof d, "%s/tree", test_dir);
    snprintf(sub, sizeof sub, "%s/tree/sub", test_dir);
    cr_assert_eq(mkdir(d, 0700), 0);
    cr_assert_eq(mkdir(sub, 0700), 0);
    const char *csv = "email;city\na@b.fr;Paris\nc@d.fr;Lyon\n";
    test_write_file("tree/b.csv", csv, strlen(csv));
    test_write_file("tree/sub/a.csv", csv, strlen(csv));
    test_write_file("tree/photo.png", "\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
    test_write_file("tree/blob.bin", "ab\0\0cd", 6);
    snprintf(p, sizeof p, "%s/tree/link.csv", test_dir);
    cr_assert_eq(symlink("b.csv", p), 0);
    const char *paths[] = {d};
    ls_analysis *a = run(paths, 1, 2, 0);
    cr_assert_eq(ls_analysis_input_count(a), 2);
    cr_expect(strstr(ls_analysis_input(a, 0)->path, "tree/b.csv") != NULL, "sorted: b.csv first");
    cr_expect(strstr(ls_analysis_input(a, 1)->path, "tree/sub/a.csv") != NULL);
    cr_expect_eq(ls_analysis_totals(a)->records, 4);
    cr_expect_eq(ls_analysis_totals(a)->unique_records, 2, "the two files hold the same records");
    cr_expect_eq(ls_analysis_totals(a)->inputs_failed, 0);
    cr_assert_eq(ls_analysis_skipped_count(a), 3);
    const char *want[][2] = {
        {"blob.bin", "NUL"}, {"link.csv", "symbolic link"}, {"photo.png", "PNG"}};
    for (int i = 0; i < 3; i++) {
        const ls_skipped_file *f = ls_analysis_skipped(a, (size_t)i);
        cr_expect(strstr(f->path, want[i][0]) != NULL, "%s", f->path);
        cr_expect(strstr(f->reason, want[i][1]) != NULL, "%s: %s", f->path, f->reason);
    }
    ls_analysis_free(a);
}

/* ---- stacked tables found as the workers read a mapping ------------------------------ */

/* A ~2 MiB ','-file: a first table (id,email,amount), further tables each after a blank
 * line (alternating names,city,phone,age and the first table's header) at the offsets
 * `at` (KiB), a quoted record whose field holds header lines at `quote_kb` (0: none),
 * `junk` lines of words only (candidate headers that are refused) before `junk_kb`, and a
 * footnote. */
static char *stacked_file(const size_t *at_kb, size_t n, size_t quote_kb, size_t junk,
                          size_t junk_kb, size_t *len)
{
    const size_t size = (size_t)2 << 20;
    char *b = malloc(size + 8192);
    cr_assert_not_null(b);
    size_t o = (size_t)sprintf(b, "id,email,amount\n"), k = 0, i = 0;
    int second = 0;
    bool quoted = false;
    while (o < size) {
        if (k < n && o >= at_kb[k] << 10) {
            second = !second;
            o += (size_t)sprintf(b + o, second ? "\nname,city,phone,age\n" : "\nid,email,amount\n");
            k++;
        }
        if (quote_kb && !quoted && o >= quote_kb << 10) {
            quoted = true;
            o += (size_t)sprintf(b + o, second ? "Q%zu,\"note\n" : "%zu,\"note\n", i++);
            for (int q = 0; q < 40; q++)
                o += (size_t)sprintf(b + o, second ? "id,email,amount\n" : "name,city,phone,age\n");
            o += (size_t)sprintf(b + o, second ? "\",+44 7700 900000,30\n" : "\",1.00\n");
            continue;
        }
        if (junk && o >= junk_kb << 10) {
            junk--;
            o += (size_t)sprintf(b + o, second ? "x,y,z,w\n" : "alpha,beta,gamma\n");
            continue;
        }
        o += test_stack_row(b + o, second, i++);
    }
    o += (size_t)sprintf(b + o, "\n(c) export tool, total as above\n");
    *len = o;
    return b;
}

static char *report_of(const char *path, bool no_columns, unsigned threads, size_t *ninputs)
{
    ls_options o;
    ls_options_init(&o);
    o.threads = threads;
    o.no_columns = no_columns;
    o.no_detect = !no_columns;
    return test_report_json(&o, path, ninputs, true);
}

/* Where the columns are not typed (--no-columns, --no-detect), a mapping is scanned for
 * stacked tables as the workers read it, a window at a time just ahead of the splitter
 * (pipeline/dispenser.c, scan_turn). Its report must be the one of the scan over the whole
 * file before the workers start (the knob at 0): the same tables, records, blank lines,
 * footnotes and stop, for windows of many sizes (so that window ends fall before, on and
 * after a table's header and inside a quoted record), at one thread and two. */
Test(analysis, tables_found_as_read_as_before)
{
    static const struct {
        size_t at[70], n, quote_kb, junk, junk_kb, want_tables;
    } cases[] = {
        {{0}, 0, 0, 0, 0, 1},
        {{1024}, 1, 0, 0, 0, 2},            /* at the default window's end */
        {{300, 1000, 1800}, 3, 0, 0, 0, 4}, /* several */
        {{1500}, 1, 1030, 0, 0, 2},         /* header lines inside a quoted record */
        {{1900}, 1, 0, 4200, 200, 1},       /* too many refused candidates: the scan stops */
        {{0}, 0, 0, 0, 0, 64},              /* more tables than a file is split into */
    };
    const size_t windows[] = {0, (size_t)1 << 20, 4096, 65536 + 77, 300001};
    for (size_t c = 0; c < sizeof cases / sizeof cases[0]; c++) {
        size_t at[70], n = cases[c].n;
        memcpy(at, cases[c].at, sizeof at);
        if (c == 5)
            for (n = 0; n < 70; n++)
                at[n] = 20 + n * 25;
        size_t len;
        char *b = stacked_file(at, n, cases[c].quote_kb, cases[c].junk, cases[c].junk_kb, &len);
        char name[32];
        snprintf(name, sizeof name, "stack%zu.csv", c);
        const char *p = test_write_file(name, b, len);
        free(b);
        for (int nocol = 1; nocol >= 0; nocol--) {
            size_t was = ls__dispenser_set_scan_ahead(0), nref, ngot;
            char *ref = report_of(p, nocol, 2, &nref);
            cr_expect_eq(nref, cases[c].want_tables, "case %zu: %zu entries, want %zu", c, nref,
                         cases[c].want_tables);
            if (c == 4 || c == 5)
                cr_expect(strstr(ref, "\"table_scan_stopped\"") != NULL,
                          "case %zu: the scan's stop is reported", c);
            for (size_t wi = 1; wi < sizeof windows / sizeof windows[0]; wi++) {
                ls__dispenser_set_scan_ahead(windows[wi]);
                char *got = report_of(p, nocol, wi % 2 ? 2 : 1, &ngot);
                cr_expect_eq(ngot, nref, "case %zu window %zu: %zu entries, want %zu", c,
                             windows[wi], ngot, nref);
                cr_expect_str_eq(got, ref, "case %zu window %zu nocol %d: the report differs", c,
                                 windows[wi], nocol);
                free(got);
            }
            ls__dispenser_set_scan_ahead(was);
            free(ref);
        }
    }
}

/* A regression test for a verdict that hung on the window: a candidate header over rows of
 * ~64 KiB, a mix of 4 and 3 fields where the 80 % vote needs the lines in view, was judged
 * once on what the window held, and then again on what the next one held (the reviewer's
 * file: 2 tables with the scan before the workers, 1 as they read). The candidate is now
 * put off until all its lines are in view, so every window size gives the same report. */
Test(analysis, tables_over_long_lines_as_before)
{
    for (size_t first_kb = 100; first_kb <= 1100; first_kb += 500) {
        const size_t big = 64000;
        char *b = malloc((first_kb << 10) + 48 * (big + 64) + 200 * 64 + 4096);
        cr_assert_not_null(b);
        size_t o = (size_t)sprintf(b, "id,email,amount\n"), i = 0;
        while (o < first_kb << 10)
            o += test_stack_row(b + o, 0, i++);
        o += (size_t)sprintf(b + o, "\nname,city,phone,age\n");
        for (int r = 0; r < 48; r++) { /* 14 of 4 fields, 12 pairs (3, 4), 10 of 4 */
            bool three = r >= 14 && r < 38 && (r - 14) % 2 == 0;
            o += (size_t)sprintf(
                b + o, three ? "Person%d,Leeds," : "Person%d,Leeds,+44 7700 900%03d,", r, r);
            memset(b + o, 'x', big);
            o += big;
            b[o++] = '\n';
        }
        for (size_t r = 0; r < 200; r++)
            o += test_stack_row(b + o, 1, r);
        const char *p = test_write_file("long.csv", b, o);
        free(b);
        size_t was = ls__dispenser_set_scan_ahead(0), nref, ngot;
        char *ref = report_of(p, true, 2, &nref);
        const size_t windows[] = {(size_t)1 << 20, 4096, 65536 + 77, 300001};
        for (size_t wi = 0; wi < sizeof windows / sizeof windows[0]; wi++) {
            ls__dispenser_set_scan_ahead(windows[wi]);
            char *got = report_of(p, true, 2, &ngot);
            cr_expect_eq(ngot, nref, "first table %zu KiB, window %zu: %zu entries, want %zu",
                         first_kb, windows[wi], ngot, nref);
            cr_expect_str_eq(got, ref, "first table %zu KiB, window %zu: the report differs",
                             first_kb, windows[wi]);
            free(got);
        }
        ls__dispenser_set_scan_ahead(was);
        free(ref);
    }
}

/* A mapped file that shrinks after its tables were found, before its second table is
 * sniffed: that table's entry is reported truncated (the sniff read the mapping without a
 * SIGBUS guard, and the process died). */
static const char *shrink_target;
static size_t shrink_to;
static void shrink_once_hook(const char *path)
{
    if (shrink_target && strcmp(path, shrink_target) == 0) {
        cr_assert_eq(truncate(path, (off_t)shrink_to), 0);
        shrink_target = NULL;
    }
}

Test(analysis, file_shrunk_before_a_later_table_is_sniffed)
{
    const size_t at_kb[] = {100};
    size_t len;
    char *b = stacked_file(at_kb, 1, 0, 0, 0, &len);
    const char *p = test_write_file("shrink.csv", b, len);
    free(b);
    shrink_target = p;
    shrink_to = (size_t)200 << 10; /* table 2 starts at 100 KiB and runs to 2 MiB */
    ls__test_hook_before_workers = shrink_once_hook;
    ls_analysis *a = run(&p, 1, 2, 0);
    ls__test_hook_before_workers = NULL;
    cr_assert_eq(ls_analysis_input_count(a), 2);
    const ls_input_summary *t1 = ls_analysis_input(a, 0), *t2 = ls_analysis_input(a, 1);
    /* the first table's records were all there; the file's entry says the file shrank
     * while it was read */
    cr_expect_gt(t1->records, 1000);
    cr_expect_eq(t1->status, LS_ERR_TRUNCATED, "%s", ls_strerror(t1->status));
    cr_expect_eq(t2->table_number, 2);
    cr_expect_eq(t2->status, LS_ERR_TRUNCATED, "%s", ls_strerror(t2->status));
    cr_expect(t2->truncated);
    ls_analysis_free(a);
}
