/* Sniffer: each delimiter, header or none, line endings, BOM, encodings, layout. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unistd.h>

#include "input/source.h"
#include "pipeline/table_scan.h"
#include "sniff/sniff.h"
#include "common/macros.h"
#include "sniff/tables.h"
#include "test_stack.h"

static ls_sniff_result sniff_str(const char *s, ls_status *st)
{
    ls_options o;
    ls_options_init(&o);
    ls_sniff_result r;
    *st = ls_sniff(s, strlen(s), true, &o, &r);
    return r;
}

static ls_sniff_result sniff_ok(const char *s)
{
    ls_status st;
    ls_sniff_result r = sniff_str(s, &st);
    cr_assert_eq(st, LS_OK, "sniff failed: %s", r.message);
    return r;
}

Test(sniff, delimiters)
{
    struct {
        const char *text;
        char delim;
        uint32_t fields;
    } cases[] = {
        {"a,b,c\n1,2,3\n4,5,6\n7,8,9\n", ',', 3},
        {"a;b;c\n1;2;3\n4;5;6\n7;8;9\n", ';', 3},
        {"a|b|c|d\n1|2|3|4\n5|6|7|8\n", '|', 4},
        {"a\tb\n1\t2\n3\t4\n5\t6\n", '\t', 2},
        {"x^y^z\n1^2^3\n4^5^6\n", '^', 3},
        /* a ';' file whose values hold times: ':' must not win */
        {"id;when;who\n1;2023-01-01 12:00:00;a\n2;2023-01-02 13:00:00;b\n3;2023-01-03 14:10:00;c\n",
         ';', 3},
        /* decimal commas in a ';' file */
        {"id;price;qty\n1;12,5;3\n2;7,25;1\n3;9,99;2\n", ';', 3},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        ls_sniff_result r = sniff_ok(cases[i].text);
        cr_expect_eq(r.dialect.delimiter, (uint8_t)cases[i].delim, "case %zu: got '%c'", i,
                     r.dialect.delimiter);
        cr_expect_eq(r.dialect.expected_fields, cases[i].fields, "case %zu", i);
        cr_expect_eq(r.dialect.format, LS_FORMAT_CSV, "case %zu", i);
        ls_sniff_result_free(&r);
    }
}

Test(sniff, header_or_not)
{
    ls_sniff_result r = sniff_ok("nom;prenom;email\nDupont;Marie;m@x.fr\nMartin;Luc;l@y.fr\n");
    cr_expect(r.header);
    cr_expect_eq(r.column_count, 3);
    cr_expect_str_eq(r.column_names[1], "prenom");
    cr_expect_eq(r.data_start, strlen("nom;prenom;email\n"));
    ls_sniff_result_free(&r);

    r = sniff_ok("Dupont;Marie;m@x.fr\nMartin;Luc;l@y.fr\nDurand;Anne;a@z.fr\n");
    cr_expect_not(r.header, "data in the first row is not a header");
    cr_expect_eq(r.data_start, 0);
    ls_sniff_result_free(&r);

    /* unknown labels, but digits under them in the data */
    r = sniff_ok("foo,bar,baz\n1,2,3\n4,5,6\n");
    cr_expect(r.header);
    ls_sniff_result_free(&r);

    /* text-only data without known words: no header */
    r = sniff_ok("Jean,Dupont,Paris\nMarie,Durand,Lyon\nLuc,Martin,Nice\n");
    cr_expect_not(r.header);
    ls_sniff_result_free(&r);

    /* header-less TSV starting with a number */
    r = sniff_ok("1\tMr\tJohn\tSmith\n2\tMrs\tJane\tDoe\n3\tMr\tBob\tRoe\n");
    cr_expect_not(r.header);
    ls_sniff_result_free(&r);
}

Test(sniff, header_override)
{
    ls_options o;
    ls_options_init(&o);
    o.header = LS_NO;
    ls_sniff_result r;
    const char *t = "nom;prenom\nDupont;Marie\n";
    cr_assert_eq(ls_sniff(t, strlen(t), true, &o, &r), LS_OK);
    cr_expect_not(r.header);
    ls_sniff_result_free(&r);
    o.header = LS_YES;
    o.delimiter = '|';
    t = "a;b\nc;d\n";
    cr_assert_eq(ls_sniff(t, strlen(t), true, &o, &r), LS_OK);
    cr_expect(r.header);
    cr_expect_eq(r.dialect.delimiter, '|');
    ls_sniff_result_free(&r);
}

Test(sniff, line_endings)
{
    ls_sniff_result r = sniff_ok("a;b\r\n1;2\r\n3;4\r\n");
    cr_expect_eq(r.newline, LS_NEWLINE_CRLF);
    cr_expect_eq(r.dialect.newline_char, '\n');
    ls_sniff_result_free(&r);
    r = sniff_ok("a;b\r1;2\r3;4\r");
    cr_expect_eq(r.newline, LS_NEWLINE_CR);
    cr_expect_eq(r.dialect.newline_char, '\r');
    cr_expect_eq(r.dialect.expected_fields, 2);
    ls_sniff_result_free(&r);
    r = sniff_ok("a;b\n1;2\r\n3;4\n");
    cr_expect_eq(r.newline, LS_NEWLINE_MIXED);
    ls_sniff_result_free(&r);
    r = sniff_ok("a;b\n1;2\n");
    cr_expect_eq(r.newline, LS_NEWLINE_LF);
    ls_sniff_result_free(&r);
}

Test(sniff, bom_and_encodings)
{
    ls_sniff_result r = sniff_ok("\xEF\xBB\xBFnom;ville\nDupont;Orl\xC3\xA9"
                                 "ans\nMartin;S\xC3\xA8te\n");
    cr_expect(r.bom);
    cr_expect_eq(r.encoding, LS_ENCODING_UTF8);
    cr_expect(r.header);
    cr_expect_str_eq(r.column_names[0], "nom", "the BOM is not part of the first name");
    ls_sniff_result_free(&r);

    /* Windows-1252: é = 0xE9, a header name with an accent is transcoded */
    r = sniff_ok(
        "nom;pr\xE9nom;ville\nDupont;H\xE9l\xE8ne;Orl\xE9\x61ns\nMartin;J\xE9r\xF4me;S\xE8te\n");
    cr_expect_eq(r.encoding, LS_ENCODING_CP1252);
    cr_expect(r.header);
    cr_expect_str_eq(r.column_names[1], "pr\xC3\xA9nom");
    ls_sniff_result_free(&r);

    ls_status st;
    r = sniff_str("\xFF\xFEn\0o\0m\0", &st);
    cr_expect_eq(st, LS_ERR_ENCODING);
    ls_options o;
    ls_options_init(&o);
    const char bin[] = "abc\0def\nghi";
    cr_expect_eq(ls_sniff(bin, sizeof bin - 1, true, &o, &r), LS_ERR_BINARY);
    cr_expect(strstr(r.message, "offset 3") != NULL, "%s", r.message);
}

Test(sniff, combo_and_lines)
{
    ls_sniff_result r = sniff_ok("a@b.fr:secret\nc@d.com:pa:ss\ne@f.org:x;y,z\n");
    cr_expect_eq(r.dialect.format, LS_FORMAT_COMBO);
    cr_expect_eq(r.dialect.delimiter, ':');
    cr_expect_eq(r.dialect.quote, 0);
    cr_expect_eq(r.dialect.expected_fields, 2);
    cr_expect_not(r.header);
    ls_sniff_result_free(&r);

    r = sniff_ok("a@b.fr;secret\nc@d.com;pass\ne@f.org;\"x\n");
    cr_expect_eq(r.dialect.format, LS_FORMAT_COMBO);
    ls_sniff_result_free(&r);

    r = sniff_ok("a@b.fr\nc@d.com\ne@f.org\n");
    cr_expect_eq(r.dialect.format, LS_FORMAT_LINES);
    cr_expect_eq(r.dialect.expected_fields, 1);
    ls_sniff_result_free(&r);
}

Test(sniff, preamble_and_footer)
{
    const char *t = "# Export clients 2023-05-12\n"
                    "Extraction CRM\n"
                    "id;nom;email\n"
                    "1;Dupont;a@b.fr\n"
                    "2;Martin;c@d.fr\n"
                    "3;Durand;e@f.fr\n"
                    "-- fin de l'export : 3 lignes\n"
                    "\n";
    ls_sniff_result r = sniff_ok(t);
    cr_expect_eq(r.preamble_lines, 2);
    cr_expect(r.header);
    cr_expect_eq(r.header_rows, 1);
    cr_expect_eq(r.footer_lines, 1);
    cr_expect_eq(r.data_start, (size_t)(strstr(t, "1;Dupont") - t));
    cr_expect_eq(r.data_end, (size_t)(strstr(t, "-- fin") - t));
    ls_sniff_result_free(&r);
}

Test(sniff, samples_from_several_offsets)
{
    /* A head of 300 KB with a single column, then ';' data: the head alone would say
     * "one value per line"; samples deeper in the file show the real delimiter. */
    size_t n = 0, cap = 4 << 20;
    char *buf = malloc(cap);
    for (int i = 0; i < 20000; i++)
        n += (size_t)sprintf(buf + n, "%d;x%d;y\n", i, i);
    buf[n] = 0;
    ls_sniff_result r = sniff_ok(buf);
    cr_expect_eq(r.dialect.delimiter, ';');
    ls_sniff_result_free(&r);
    free(buf);
}

Test(sniff, quote_character)
{
    ls_sniff_result r = sniff_ok("id;name;city\n1;'Dupont, Marie';'Paris'\n2;'Martin';'Lyon'\n"
                                 "3;'O''Brien';'Nice'\n");
    cr_expect_eq(r.dialect.quote, '\'');
    ls_sniff_result_free(&r);
    /* a delimiter inside single quotes does not count as a field */
    r = sniff_ok("id;name;city\n1;'Dupont; Marie';'Paris'\n2;'Martin';'Lyon'\n3;'Roe; J';'Pau'\n");
    cr_expect_eq(r.dialect.quote, '\'');
    cr_expect_eq(r.dialect.expected_fields, 3);
    ls_sniff_result_free(&r);
    /* apostrophes inside words do not make ' the quote */
    r = sniff_ok(
        "id;name;city\n1;O'Brien;L'Hay-les-Roses\n2;\"Martin; Luc\";Lyon\n3;D'Artagnan;Pau\n");
    cr_expect_eq(r.dialect.quote, '"');
    ls_sniff_result_free(&r);
    r = sniff_ok("a,b\n1,2\n3,4\n");
    cr_expect_eq(r.dialect.quote, '"', "double quote by default");
    ls_sniff_result_free(&r);
}

/* The stacked-table scan's line reader (64-byte bit masks, SSE2 and AVX2 + POPCNT) against
 * a byte-at-a-time reference, on random text whose lines cross block ends, end exactly at
 * them, end without a newline, and use CRLF. */
static size_t reference_lines(const ls_dialect *d, const char *b, size_t from, size_t to,
                              ls_line_figures *out, size_t cap)
{
    size_t n = 0;
    for (size_t pos = from; pos < to && n < cap; n++) {
        ls_line_figures f = {{pos, 0}, 0, 0, false};
        size_t i = pos;
        for (; i < to && b[i] != (char)d->newline_char; i++) {
            unsigned char c = (unsigned char)b[i];
            f.delims += c == d->delimiter;
            f.quotes += d->quote && c == d->quote;
            f.typed |= (c >= '0' && c <= '9') || c == '@';
        }
        size_t len = i - pos;
        if (d->newline_char == '\n' && len && b[i - 1] == '\r') len--;
        f.line.len = len;
        out[n] = f;
        pos = i < to ? i + 1 : to;
    }
    return n;
}

Test(sniff, table_scan_line_reader_matches_reference)
{
    enum { SZ = 6000, CAP = 4000 };
    static char buf[SZ];
    static ls_line_figures want[CAP], got[CAP];
    const char alphabet[] = "ab,;\"\"09@ \r\n\n\t\x80\xff";
    uint64_t x = 88172645463325252ull;
    for (int round = 0; round < 400; round++) {
        ls_dialect d;
        memset(&d, 0, sizeof d);
        d.format = LS_FORMAT_CSV;
        d.newline_char = '\n';
        d.delimiter = round % 3 == 0 ? ',' : round % 3 == 1 ? ';' : '\t';
        d.quote = round % 4 == 3 ? 0 : '"';
        size_t len = 1 + (size_t)(round * 37 % SZ);
        for (size_t i = 0; i < len; i++) {
            x ^= x << 13, x ^= x >> 7, x ^= x << 17;
            /* long lines now and then: sparse newlines in some rounds */
            char c = alphabet[x % (sizeof alphabet - 1)];
            if (round % 5 == 4 && c == '\n' && (x >> 20) % 8) c = 'z';
            buf[i] = c;
        }
        size_t from = (size_t)(round % 70) < len ? (size_t)(round % 70) : 0;
        size_t nw = reference_lines(&d, buf, from, len, want, CAP);
        for (int impl = LS__TABLES_READER_BASELINE; impl <= LS__TABLES_READER_AVX512; impl++) {
            if (ls__tables_reader(impl) != impl) continue; /* not on this CPU */
            size_t ng = ls__tables_scan_lines(&d, buf, from, len, impl, got, CAP);
            cr_assert_eq(ng, nw, "round %d impl %d: %zu lines, want %zu", round, impl, ng, nw);
            for (size_t k = 0; k < nw; k++) {
                cr_assert_eq(got[k].line.off, want[k].line.off, "round %d line %zu", round, k);
                cr_assert_eq(got[k].line.len, want[k].line.len, "round %d line %zu", round, k);
                cr_assert_eq(got[k].delims, want[k].delims, "round %d line %zu", round, k);
                cr_assert_eq(got[k].quotes, want[k].quotes, "round %d line %zu", round, k);
                cr_assert_eq(got[k].typed, want[k].typed, "round %d line %zu", round, k);
            }
        }
    }
}

/* The stacked-table scan over 40 MiB files: tables early, late, several, at the middle,
 * and a quoted record holding header-like lines across the middle (it must not split a
 * table). A first version that read the mapping's second half on another thread was
 * dropped (it doubled the peak RSS of --no-columns runs); the pipeline's scan now reads
 * with pread, the second half beside (pipeline/table_scan.c: bench/RESULTS-sniff.md). */
static char *big_stack(size_t size, const size_t *table_at_mb, size_t ntables, size_t quote_at_mb,
                       size_t *len, size_t *want, size_t *nwant)
{
    char *b = malloc(size + 4096);
    cr_assert(b);
    size_t o = 0, k = 0, i = 0;
    *nwant = 0;
    o += (size_t)sprintf(b + o, "id,email,amount\n");
    int second = 0;
    while (o < size) {
        if (k < ntables && o >= table_at_mb[k] << 20) {
            want[(*nwant)++] = o; /* the blank line before the header starts the table */
            second = !second;
            o += (size_t)sprintf(b + o, second ? "\nname,city,phone,age\n" : "\nid,email,amount\n");
            k++;
        }
        if (quote_at_mb && o >= (quote_at_mb << 20) - 100 && o < (quote_at_mb << 20) + 8) {
            /* a record whose quoted field holds ~1 KiB of newlines and header-like lines,
             * across the middle of the file */
            o += (size_t)sprintf(b + o, "%zu,\"note\n", i++);
            for (int q = 0; q < 50; q++)
                o += (size_t)sprintf(b + o, "name,city,phone,age\n");
            o += (size_t)sprintf(b + o, "\",1.00\n");
            continue;
        }
        o += test_stack_row(b + o, second, i++);
    }
    *len = o;
    return b;
}

/* The 40 MiB files of the three tests below (tables at these MiB, a quoted record of
 * header lines at quote_mb): the second half's scan (pipeline/table_scan.c) is taken, or
 * voided by a table in the first half, a header at the middle, a record across it. */
static const struct {
    size_t tables[3], ntables, quote_mb;
} BIG_CASES[] = {
    {{0}, 0, 0},      /* one table */
    {{30}, 1, 0},     /* a table in the second half: the other thread's finding */
    {{10, 30}, 2, 0}, /* one in each half: the first half's table voids the guess */
    {{30}, 1, 20},    /* a record across the middle voids it too */
    {{20}, 1, 0},     /* a header right at the middle: the first half cannot judge it */
    {{5, 10, 35}, 3, 0},
};
#define NBIG (sizeof BIG_CASES / sizeof BIG_CASES[0])

static char *big_case(size_t c, size_t *len, size_t *want, size_t *nwant)
{
    return big_stack((size_t)40 << 20, BIG_CASES[c].tables, BIG_CASES[c].ntables,
                     BIG_CASES[c].quote_mb, len, want, nwant);
}

/* Case c, with its head's sniff (no table scan): the first table's dialect and header. */
static char *big_case_sniffed(size_t c, size_t *len, size_t *want, size_t *nwant,
                              ls_sniff_result *r)
{
    char *b = big_case(c, len, want, nwant);
    ls_options o;
    ls_options_init(&o);
    cr_assert_eq(ls_sniff_no_tables(b, (size_t)256 << 10, false, &o, r), LS_OK);
    return b;
}

Test(sniff, stacked_tables_in_big_files)
{
    for (size_t c = 0; c < NBIG; c++) {
        size_t len, want[4], nwant;
        char *b = big_case(c, &len, want, &nwant);
        ls_options o;
        ls_options_init(&o);
        ls_sniff_result r;
        cr_assert_eq(ls_sniff(b, len, true, &o, &r), LS_OK);
        cr_expect_eq(r.ntables, nwant ? nwant + 1 : 0, "case %zu: %u tables", c, r.ntables);
        for (size_t k = 0; k < nwant && k + 1 < r.ntables; k++)
            cr_expect_eq(r.table_at[k], want[k], "case %zu table %zu at %zu, want %zu", c, k + 2,
                         r.table_at[k], want[k]);
        cr_expect(!r.table_scan_stopped);
        ls_sniff_result_free(&r);
        free(b);
    }
}

/* The resumable scanner (a stream's view) against the one-pass scan (a mapping's view):
 * fed the input in windows — each one a fresh copy, starting at or before where the scan
 * stood, so no pointer into an earlier window can survive unnoticed under ASan — it must
 * find exactly the same tables. Window ends are random, or put just past each table's
 * start (the header then has too few lines under it: the judgement waits one window). */
static size_t scan_in_windows(const ls_dialect *d, const char *all, size_t from, size_t to,
                              ls_line h0, size_t *starts, size_t cap, unsigned seed,
                              const size_t *near, size_t nnear, size_t *nwindows)
{
    srand(seed);
    size_t wbase = 0, wend = LS_MIN(to, (size_t)256 << 10); /* the head */
    char *w = malloc(wend);
    cr_assert(w);
    memcpy(w, all, wend);
    ls_table_scanner *s = ls__table_scanner_create(d, LS_ENCODING_UTF8, w, 0, from, wend, h0);
    cr_assert(s);
    size_t n = 0, k = 0;
    *nwindows = 1;
    for (;;) {
        uint64_t at;
        ls_tables_step step = ls__table_scanner_feed(s, w, wbase, wend - wbase, wend == to, &at);
        if (step == LS_TABLES_FOUND) {
            cr_assert(n < cap);
            starts[n++] = (size_t)at;
            continue;
        }
        if (step == LS_TABLES_STOPPED || wend == to) break;
        cr_assert(at >= wbase && at <= wend, "scan stands at %llu, outside [%zu, %zu]",
                  (unsigned long long)at, wbase, wend);
        /* the next window: from a little before where the scan stands (the splitter's
         * cursor may lag), to a random end or just past the next table's start */
        size_t back = LS_MIN((size_t)at - wbase, (size_t)(rand() % 2000));
        size_t nb = (size_t)at - back;
        size_t ne = wend + 1 + (size_t)(rand() % (3 << 20));
        while (k < nnear && near[k] + 20 <= wend)
            k++;
        if (k < nnear && near[k] + 20 < ne) ne = near[k] + 20 + (size_t)(rand() % 200);
        ne = LS_MIN(to, LS_MAX(ne, wend + 1));
        free(w);
        w = malloc(ne - nb);
        cr_assert(w);
        memcpy(w, all + nb, ne - nb);
        wbase = nb, wend = ne;
        ++*nwindows;
    }
    ls__table_scanner_free(s);
    free(w);
    return n;
}

Test(sniff, stacked_tables_fed_in_windows)
{
    for (size_t c = 0; c < NBIG; c++) {
        size_t len, want[4], nwant;
        ls_sniff_result r;
        char *b = big_case_sniffed(c, &len, want, &nwant, &r);
        cr_assert_eq(r.ntables, 0);
        ls_line h0 = {r.header_start, r.header_len};
        size_t one[8], none;
        ls_table_scan_stop stop;
        none = ls__find_tables(&r.dialect, r.encoding, b, r.data_start, len, h0, one, 8, &stop);
        cr_assert_eq(none, nwant, "case %zu: one pass finds %zu tables", c, none);
        for (unsigned seed = 1; seed <= 4; seed++) {
            size_t got[8], nw;
            bool near = seed % 2 == 0;
            size_t n = scan_in_windows(&r.dialect, b, r.data_start, len, h0, got, 8, seed,
                                       near ? want : NULL, near ? nwant : 0, &nw);
            cr_expect_eq(n, none, "case %zu seed %u: %zu tables in %zu windows, want %zu", c, seed,
                         n, nw, none);
            for (size_t k = 0; k < n && k < none; k++)
                cr_expect_eq(got[k], one[k], "case %zu seed %u: table %zu at %zu, want %zu", c,
                             seed, k + 2, got[k], one[k]);
        }
        ls_sniff_result_free(&r);
        free(b);
    }
}

/* A mapped file's scan (pipeline/table_scan.c): read with pread, the second half on
 * another thread, or one thread alone — the same tables as the one pass over the mapping,
 * for tables in either half, across the middle, a record across the middle, and more
 * tables than one file is split into. */
Test(sniff, mapped_tables_two_threads_as_one_pass)
{
    char path[] = "/tmp/ls_test_tables_XXXXXX";
    for (size_t c = 0; c < NBIG; c++) {
        size_t len, want[4], nwant;
        char *b = big_case(c, &len, want, &nwant);
        int fd = mkstemp(path);
        cr_assert(fd >= 0);
        cr_assert_eq(write(fd, b, len), (ssize_t)len);
        close(fd);
        ls_source src;
        char msg[200];
        cr_assert_eq(ls_source_open(path, &src, msg, sizeof msg), LS_OK, "%s", msg);
        cr_assert(src.mapped);
        ls_options o;
        ls_options_init(&o);
        ls_sniff_result one, r[2];
        cr_assert_eq(ls_sniff(src.map, src.size, true, &o, &one), LS_OK);
        cr_expect_eq(one.ntables, nwant ? nwant + 1 : 0, "case %zu", c);
        for (int split = 0; split < 2; split++) {
            cr_assert_eq(ls_sniff_no_tables(src.map, src.size, true, &o, &r[split]), LS_OK);
            /* the split with the hashing held (two cores' plan is one thread beside it) */
            ls__find_mapped_tables(&src, &r[split], (ls_table_scan_plan){split != 0, split != 0});
            cr_expect_eq(r[split].ntables, one.ntables, "case %zu split %d: %u tables, want %u", c,
                         split, r[split].ntables, one.ntables);
            for (uint32_t k = 0; k + 1 < one.ntables && k + 1 < r[split].ntables; k++)
                cr_expect_eq(r[split].table_at[k], one.table_at[k], "case %zu split %d table %u", c,
                             split, k + 2);
            cr_expect_eq(r[split].data_end, one.data_end, "case %zu split %d", c, split);
            cr_expect_eq(r[split].table_scan_stopped, one.table_scan_stopped);
            ls_sniff_result_free(&r[split]);
        }
        ls_sniff_result_free(&one);
        ls_source_close(&src);
        unlink(path);
        memcpy(path + strlen(path) - 6, "XXXXXX", 6);
        free(b);
    }
}

/* The pipeline's plan for the scan by cores: two scanning threads only where a core is
 * left for the hasher, which is held only where it would take the scan's one core. */
Test(sniff, mapped_scan_plan_by_cores)
{
    ls_table_scan_plan one = ls__table_scan_plan(1), two = ls__table_scan_plan(2),
                       three = ls__table_scan_plan(3), many = ls__table_scan_plan(64);
    cr_expect(!one.split && one.hold_hashing, "one core: one thread, the hashing held");
    cr_expect(!two.split && !two.hold_hashing, "two cores: one thread beside the hashing");
    cr_expect(three.split && !three.hold_hashing, "three cores: two threads and the hashing");
    cr_expect(many.split && !many.hold_hashing);
}

/* ---- the scan's fast path over plain lines ------------------------------------------------ */

/* A field of a messy line: numbers, words, e-mails, empty, long text across 64-byte
 * blocks, and (with quoting) quoted fields holding the delimiter, doubled quotes or a
 * line end (a record over two lines). */
static size_t messy_field(char *b, char dl, bool quotes, bool typed)
{
    int kind = rand() % (quotes ? 10 : 7);
    if (!typed && (kind == 0 || kind == 2)) kind = 1;
    switch (kind) {
    case 0:
        return (size_t)sprintf(b, "%d", rand() % 1000000);
    case 1:
        return (size_t)sprintf(b, "%.*s", 1 + rand() % 12, "Martin-Dupont-Leroy");
    case 2:
        return (size_t)sprintf(b, "u%d@ex.com", rand() % 9999);
    case 3:
        return 0;
    case 4:
    case 5: {
        size_t n = 70 + (size_t)(rand() % 130);
        for (size_t i = 0; i < n; i++)
            b[i] = (char)('a' + rand() % 26);
        return n;
    }
    case 6:
        return (size_t)sprintf(b, "%s", typed ? "x7" : "x");
    case 7:
        return (size_t)sprintf(b, "\"a%cb\"", dl);
    case 8:
        return (size_t)sprintf(b, "\"say \"\"hi\"\"\"");
    default:
        return (size_t)sprintf(b, "\"two\nlines%c\"", dl);
    }
}

static size_t messy_line(char *b, int nf, char dl, bool quotes, bool typed, const char *eol)
{
    size_t o = 0;
    for (int j = 0; j < nf; j++) {
        if (j) b[o++] = dl;
        o += messy_field(b + o, dl, quotes, typed);
    }
    return o + (size_t)sprintf(b + o, "%s", eol);
}

/* A file of the shapes the scan meets: plain records mostly, and blank lines, lines of
 * blanks or of delimiters alone, titles, records of another field count, lines of words,
 * tables stacked under a blank line, repeats of the header, quoted records over two
 * lines. `odd` is the rate (per mille) of records of another field count. */
typedef struct {
    char delim, quote;
    int fields;
    size_t header_len, data_start;
} messy_shape;

static char *messy_file(unsigned seed, size_t size, int odd, size_t *len, messy_shape *shape)
{
    srand(seed);
    static const char delims[] = ",;\t| ";
    char dl = delims[rand() % 5];
    const char *eol = rand() % 3 ? "\n" : "\r\n";
    bool quotes = dl != ' ' && rand() % 2;
    int k = 2 + rand() % 6;
    char *b = malloc(size + 65536);
    cr_assert(b);
    size_t o = 0, hstart = 0, hlen = 0;
    for (int j = 0; j < k; j++)
        o += (size_t)sprintf(b + o, "%scol%d", j ? (char[]){dl, 0} : "", j);
    hlen = o;
    o += (size_t)sprintf(b + o, "%s", eol);
    *shape = (messy_shape){dl, quotes ? '"' : 0, k, hlen, o};
    while (o < size) {
        int r = rand() % 1000;
        if (r < odd) {
            o += messy_line(b + o, k + (rand() % 2 ? 1 : -1), dl, quotes, true, eol);
        } else if (r < odd + 10) {
            o += (size_t)sprintf(b + o, "%s", eol);
        } else if (r < odd + 13) {
            o += (size_t)sprintf(b + o, " \t %s", eol);
        } else if (r < odd + 16) {
            for (int j = 1; j < k; j++)
                b[o++] = dl;
            o += (size_t)sprintf(b + o, "%s", eol);
        } else if (r < odd + 19) {
            o += (size_t)sprintf(b + o, "Section %d%s", rand() % 9, eol);
        } else if (r < odd + 30) {
            o += messy_line(b + o, k, dl, quotes, false, eol);
        } else if (r < odd + 33) { /* a new table: blank, names, records */
            k = 2 + rand() % 6;
            o += (size_t)sprintf(b + o, "%s", eol);
            hstart = o;
            for (int j = 0; j < k; j++)
                o += (size_t)sprintf(b + o, "%sname%d", j ? (char[]){dl, 0} : "", j);
            hlen = o - hstart;
            o += (size_t)sprintf(b + o, "%s", eol);
            for (int n = 3 + rand() % 40; n > 0; n--)
                o += messy_line(b + o, k, dl, quotes, true, eol);
        } else if (r < odd + 36) {
            memmove(b + o, b + hstart, hlen);
            o += hlen;
            o += (size_t)sprintf(b + o, "%s", eol);
        } else {
            o += messy_line(b + o, k, dl, quotes, rand() % 50 != 0, eol);
        }
    }
    *len = o;
    return b;
}

typedef struct {
    size_t starts[64], n;
    ls_table_scan_stop stop;
    unsigned attempts;
    uint64_t skipped;
} whole_scan;

/* One pass of the resumable scanner over all of b, with the fast path on or off, through
 * the reader of `level`. */
static whole_scan scan_whole(const ls_sniff_result *r, const char *b, size_t len, bool skip,
                             int level)
{
    bool prev = ls__tables_set_skip_plain(skip);
    int prev_level = ls__tables_set_reader(level);
    whole_scan w = {.stop = {LS_TABLE_SCAN_COMPLETE, 0}};
    ls_table_scanner *s = ls__table_scanner_create(&r->dialect, r->encoding, b, 0, r->data_start,
                                                   len, (ls_line){r->header_start, r->header_len});
    cr_assert(s);
    uint64_t at;
    ls__table_scanner_collect(s, b, 0, len, true, w.starts, &w.n, 63, &w.stop, &at);
    w.attempts = ls__table_scanner_attempts(s);
    w.skipped = ls__table_scanner_skipped(s);
    ls__table_scanner_free(s);
    ls__tables_set_skip_plain(prev);
    ls__tables_set_reader(prev_level);
    return w;
}

/* The fast path steps over plain lines in bulk; the scan must find the same tables, judge
 * the same number of candidates and stop at the same byte as the line-by-line scan, on
 * every delimiter, CRLF or LF, quoted or not, with a candidate budget spent or not, read
 * in one pass or in windows; and on a regular table it must be what reads most bytes. */
Test(sniff, skip_plain_lines_as_line_by_line)
{
    unsigned budget_stops = 0, found = 0, readers_run = 0;
    for (unsigned seed = 1; seed <= 40; seed++) {
        int odd = seed % 8 == 0 ? 400 : seed % 3 == 0 ? 0 : 25;
        size_t len;
        messy_shape sh;
        char *b = messy_file(seed, (size_t)1 << 20, odd, &len, &sh);
        ls_options o;
        ls_options_init(&o);
        ls_sniff_result r;
        cr_assert_eq(ls_sniff_no_tables(b, len, true, &o, &r), LS_OK, "seed %u", seed);
        /* the file's shape as written (whatever the sniffer makes of such a mess) */
        r.dialect.format = LS_FORMAT_CSV;
        r.dialect.delimiter = (uint8_t)sh.delim;
        r.dialect.quote = (uint8_t)sh.quote;
        r.dialect.newline_char = '\n';
        r.dialect.expected_fields = (uint32_t)sh.fields;
        r.header_start = 0, r.header_len = sh.header_len, r.data_start = sh.data_start;
        whole_scan ref = scan_whole(&r, b, len, false, LS__TABLES_READER_CPU);
        cr_expect_eq(ref.skipped, 0);
        uint64_t skipped_base = 0; /* what the baseline reader stepped over */
        /* each reader this CPU has: the baseline, AVX2, AVX-512BW */
        for (int impl = LS__TABLES_READER_BASELINE; impl <= LS__TABLES_READER_AVX512; impl++) {
            if (ls__tables_reader(impl) != impl) continue;
            readers_run |= 1u << impl;
            whole_scan fast = scan_whole(&r, b, len, true, impl);
            cr_expect_eq(fast.n, ref.n, "seed %u impl %d: %zu tables, want %zu", seed, impl, fast.n,
                         ref.n);
            for (size_t t = 0; t < ref.n && t < fast.n; t++)
                cr_expect_eq(fast.starts[t], ref.starts[t], "seed %u impl %d table %zu", seed, impl,
                             t + 2);
            cr_expect_eq(fast.attempts, ref.attempts, "seed %u impl %d: %u candidates, want %u",
                         seed, impl, fast.attempts, ref.attempts);
            cr_expect_eq(fast.stop.reason, ref.stop.reason, "seed %u impl %d", seed, impl);
            cr_expect_eq(fast.stop.at, ref.stop.at, "seed %u impl %d: stop at %zu, want %zu", seed,
                         impl, (size_t)fast.stop.at, (size_t)ref.stop.at);
            if (impl == LS__TABLES_READER_BASELINE) skipped_base = fast.skipped;
            cr_expect_eq(fast.skipped, skipped_base,
                         "seed %u reader %d: steps over other lines than the baseline", seed, impl);
        }
        budget_stops += ref.stop.reason == LS_TABLE_SCAN_TOO_MANY_CANDIDATES;
        found += ref.n > 0;
        if (ref.stop.reason == LS_TABLE_SCAN_COMPLETE && ref.n < 63) {
            size_t got[64], nw;
            size_t n = scan_in_windows(&r.dialect, b, r.data_start, len,
                                       (ls_line){r.header_start, r.header_len}, got, 64, seed,
                                       ref.starts, ref.n, &nw);
            cr_expect_eq(n, ref.n, "seed %u: %zu tables in %zu windows, want %zu", seed, n, nw,
                         ref.n);
            for (size_t t = 0; t < n && t < ref.n; t++)
                cr_expect_eq(got[t], ref.starts[t], "seed %u windows: table %zu", seed, t + 2);
        }
        ls_sniff_result_free(&r);
        free(b);
    }
    cr_expect(budget_stops > 0, "no seed spent the candidate budget");
    cr_expect(found > 5, "only %u seeds have stacked tables", found);
    cr_expect(readers_run & (1u << ls__tables_reader(LS__TABLES_READER_CPU)),
              "the reader this CPU uses was not tested");

    /* a regular table (the 40 MiB cases): the fast path reads nearly all of it */
    for (size_t c = 0; c < NBIG; c++) {
        size_t len, want[4], nwant;
        ls_sniff_result r;
        char *b = big_case_sniffed(c, &len, want, &nwant, &r);
        whole_scan ref = scan_whole(&r, b, len, false, LS__TABLES_READER_CPU),
                   fast = scan_whole(&r, b, len, true, LS__TABLES_READER_CPU);
        cr_expect_eq(fast.n, ref.n, "case %zu", c);
        for (size_t t = 0; t < ref.n && t < fast.n; t++)
            cr_expect_eq(fast.starts[t], ref.starts[t], "case %zu table %zu", c, t + 2);
        cr_expect_eq(fast.attempts, ref.attempts, "case %zu", c);
        cr_expect(fast.skipped * 10 > (uint64_t)len * 9, "case %zu: fast path read %llu of %zu", c,
                  (unsigned long long)fast.skipped, len);
        ls_sniff_result_free(&r);
        free(b);
    }
}
