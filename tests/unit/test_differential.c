/* Differential test: the fast tokenizer (ls_parse_record) against libcsv, the reference
 * parser named in DESIGN.md. Both must yield exactly the same records and field values
 * (unescaped) on every committed delimited sample and on generated files with nasty but
 * well-formed RFC 4180 quoting.
 *
 * Known, deliberate differences between the two parsers, and how they are handled here:
 *
 *  1. Blank lines. ls_parse_record answers LS_SCAN_BLANK for an empty (or CR-only) line;
 *     libcsv emits no row at all for it. Blank lines are skipped on our side. (A row made of
 *     one empty *quoted* field, `""`, is a record for both.)
 *  2. Line endings. libcsv ends a row at any CR or LF outside quotes (CRLF = CR ends the
 *     row, then LF is ignored as an empty row). Our LF/CRLF dialect ends a record at LF only
 *     and strips one CR before it; a lone CR outside quotes is data. So LF/CRLF/mixed inputs
 *     are compared with libcsv's default terminators, provided the input holds no lone CR
 *     outside quotes (generated inputs never do; a sample that does is reported and skipped).
 *     For CR-only files (newline_char '\r') libcsv is given a terminator function accepting
 *     CR only, so that LF is data for both. Inside quotes both keep CR and LF verbatim.
 *  3. Space trimming. libcsv trims spaces and tabs around fields by default; that is turned
 *     off with csv_set_space_func() returning 0 (our parser never trims).
 *  4. Unbalanced quotes (rule R3). libcsv keeps an unclosed quoted field open to the end of
 *     the input; we re-read the line literally (LS_REC_UNBALANCED). Well-formed inputs never
 *     trigger R3: generated inputs assert it; for a sample, the comparison stops at the first
 *     such record (with a warning) since the two parsers cannot agree after it.
 *  5. A quote inside a quoted field followed by a lone CR: we keep the field open (R2),
 *     libcsv ends the row at the CR. Not generated; covered by (2)/(4) for samples.
 *  6. Combo lists (split on the first separator only, R5) and one-value-per-line files are
 *     not compared: libcsv has no such mode.
 *  7. CSV_APPEND_NULL is off, so libcsv's field lengths are exact (fields may hold NUL).
 *  8. A record with more than LS_MAX_FIELDS fields keeps the first LS_MAX_FIELDS (flagged
 *     LS_REC_FIELDS_CAPPED); libcsv keeps them all. Only a fuzz corpus file has one: the
 *     comparison stops there, as for (4).
 *
 * Both parsers read the same byte range: [data_start, data_end) as decided by ls_sniff
 * (BOM, preamble, header and footnote lines excluded), with the same delimiter and quote.
 *
 * ls_parse_record answers most records from the block tokenizer (src/parse/block.c) and
 * the rest from the scalar path: every record read here is also read with the scalar path
 * alone (ls__parse_record_scalar) and must be identical, field pointers and flags
 * included; the share the block path answered is counted, and must not be nil. So libcsv
 * checks the block path, and the block path is checked against the scalar one, on the
 * samples, the generated files and the fuzz corpus (tests/unit/test_block.c has more). */
#include <criterion/criterion.h>
#include <csv.h>
#include <glob.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "leakscope/leakscope.h"
#include "parse/block.h"
#include "parse/dialect.h"
#include "parse/tokenize.h"
#include "sniff/sniff.h"
#include "test_rng.h"

/* ---- records as comparable byte strings ---------------------------------------------------- */

/* A record is serialised as, per field, a 4-byte length then the bytes (injective). */
typedef struct {
    char *data;
    size_t len, cap;
} bytes_t;

typedef struct {
    bytes_t *recs;
    size_t n, cap;
} rec_list;

static void bytes_put(bytes_t *b, const void *p, size_t n)
{
    if (b->len + n > b->cap) {
        size_t c = b->cap ? b->cap : 64;
        while (c < b->len + n)
            c *= 2;
        b->data = realloc(b->data, c);
        cr_assert(b->data);
        b->cap = c;
    }
    if (n) memcpy(b->data + b->len, p, n);
    b->len += n;
}

static void bytes_put_field(bytes_t *b, const void *p, size_t n)
{
    uint32_t l = (uint32_t)n;
    bytes_put(b, &l, 4);
    bytes_put(b, p, n);
}

static bytes_t *list_push(rec_list *l)
{
    if (l->n == l->cap) {
        l->cap = l->cap ? 2 * l->cap : 256;
        l->recs = realloc(l->recs, l->cap * sizeof *l->recs);
        cr_assert(l->recs);
    }
    bytes_t *b = &l->recs[l->n++];
    memset(b, 0, sizeof *b);
    return b;
}

static void list_free(rec_list *l)
{
    for (size_t i = 0; i < l->n; i++)
        free(l->recs[i].data);
    free(l->recs);
    memset(l, 0, sizeof *l);
}

/* Print a serialised record for a failure message. */
static void print_record(const char *who, const bytes_t *b)
{
    fprintf(stderr, "  %s:", who);
    size_t i = 0;
    while (b && i + 4 <= b->len) {
        uint32_t l;
        memcpy(&l, b->data + i, 4);
        i += 4;
        fputs(" [", stderr);
        for (uint32_t k = 0; k < l && i + k < b->len; k++) {
            unsigned char c = (unsigned char)b->data[i + k];
            if (c == '\n')
                fputs("\\n", stderr);
            else if (c == '\r')
                fputs("\\r", stderr);
            else if (c < 32)
                fprintf(stderr, "\\x%02x", c);
            else
                fputc(c, stderr);
        }
        fputc(']', stderr);
        i += l;
    }
    fputc('\n', stderr);
}

/* ---- libcsv ---------------------------------------------------------------------------------- */

typedef struct {
    rec_list *out;
    bytes_t *cur;
} csv_ctx;

static void csv_field_cb(void *s, size_t len, void *data)
{
    csv_ctx *c = data;
    if (!c->cur) c->cur = list_push(c->out);
    bytes_put_field(c->cur, s ? s : "", s ? len : 0);
}

static void csv_row_cb(int ch, void *data)
{
    (void)ch;
    csv_ctx *c = data;
    if (!c->cur) c->cur = list_push(c->out); /* cannot happen without CSV_REPALL_NL */
    c->cur = NULL;
}

static int no_space(unsigned char c)
{
    (void)c;
    return 0;
}

static int term_cr_only(unsigned char c)
{
    return c == '\r';
}

static void libcsv_parse(const ls_dialect *d, const char *data, size_t len, rec_list *out)
{
    struct csv_parser p;
    cr_assert_eq(csv_init(&p, 0), 0); /* not strict, no CSV_APPEND_NULL */
    csv_set_space_func(&p, no_space);
    csv_set_delim(&p, d->delimiter);
    csv_set_quote(&p, d->quote);
    if (d->newline_char == '\r') csv_set_term_func(&p, term_cr_only);
    csv_ctx c = {out, NULL};
    /* feed in uneven pieces: libcsv keeps state across calls */
    size_t off = 0, step = 1;
    while (off < len) {
        size_t k = len - off < step ? len - off : step;
        cr_assert_eq(csv_parse(&p, data + off, k, csv_field_cb, csv_row_cb, &c), k, "libcsv: %s",
                     csv_strerror(csv_error(&p)));
        off += k;
        step = step * 3 + 1;
        if (step > 65536) step = 7;
    }
    csv_fini(&p, csv_field_cb, csv_row_cb, &c);
    csv_free(&p);
}

/* ---- leakscope ------------------------------------------------------------------------------- */

typedef struct {
    size_t unbalanced_at; /* index of the first R3 (or capped) record, or SIZE_MAX */
    size_t quoted_cr_at;  /* first record with a CR inside a quoted field (LF dialect) */
    size_t lone_cr;       /* records with a CR in an unquoted field (LF dialect) */
    size_t records, blank, multiline;
    size_t by_block; /* records the block tokenizer answered on its own */
} ls_stats;

/* Over every ls_parse_all call: records read, and answered by the block path. */
static size_t total_records, total_by_block;

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

/* The scalar path alone must read the record at pos exactly as ls_parse_record did; count
 * the records the block path answers by itself. */
static void check_scalar(const ls_dialect *d, const char *data, size_t pos, size_t end,
                         ls_scan_result r, const ls_record *rec, ls_record *tmp, ls_stats *st)
{
    ls_scan_result r2 = ls__parse_record_scalar(d, data, pos, end, true, tmp, NULL);
    cr_assert_eq(r2, r, "scalar path: result %d, ls_parse_record %d at %zu", r2, r, pos);
    if (r != LS_SCAN_RECORD) return;
    cr_assert(same_record(tmp, rec), "the scalar path reads the record at %zu differently", pos);
    if (!ls__block_dialect_ok(d)) return;
    tmp->fields = tmp->field_store;
    tmp->nfields = 0;
    tmp->flags = 0;
    tmp->start = pos;
    if (ls__block_parse_record(d, data, pos, end, tmp)) {
        cr_assert(same_record(tmp, rec), "the block path reads the record at %zu differently", pos);
        st->by_block++;
    }
}

static void ls_parse_all(const ls_dialect *d, const char *data, size_t start, size_t end,
                         rec_list *out, ls_stats *st)
{
    ls_record *rec = malloc(sizeof *rec), *alt = malloc(sizeof *alt);
    cr_assert(rec && alt);
    memset(st, 0, sizeof *st);
    st->unbalanced_at = st->quoted_cr_at = SIZE_MAX;
    char *tmp = NULL;
    size_t tmpcap = 0;
    size_t pos = start;
    while (pos < end) {
        ls_scan_result r = ls_parse_record(d, data, pos, end, true, rec);
        cr_assert_neq(r, LS_SCAN_NEED_MORE, "NEED_MORE at eof (offset %zu)", pos);
        cr_assert_gt(rec->next, pos);
        check_scalar(d, data, pos, end, r, rec, alt, st);
        pos = rec->next;
        if (r == LS_SCAN_BLANK) { /* difference 1 */
            st->blank++;
            continue;
        }
        if ((rec->flags & (LS_REC_UNBALANCED | LS_REC_FIELDS_CAPPED)) &&
            st->unbalanced_at == SIZE_MAX)
            st->unbalanced_at = out->n;
        if (rec->flags & LS_REC_MULTILINE) st->multiline++;
        bytes_t *b = list_push(out);
        for (uint32_t i = 0; i < rec->nfields; i++) {
            const ls_field *f = &rec->fields[i];
            if (d->newline_char == '\n' && !f->quoted && memchr(f->p, '\r', f->len)) st->lone_cr++;
            if (d->newline_char == '\n' && f->quoted && memchr(f->p, '\r', f->len) &&
                st->quoted_cr_at == SIZE_MAX)
                st->quoted_cr_at = out->n - 1;
            if (f->escaped) {
                if (f->len > tmpcap) {
                    tmpcap = f->len;
                    tmp = realloc(tmp, tmpcap);
                    cr_assert(tmp);
                }
                bytes_put_field(b, tmp, ls_field_unescape(d, f, tmp));
            } else {
                bytes_put_field(b, f->p, f->len);
            }
        }
        st->records++;
    }
    free(tmp);
    free(alt);
    free(rec);
    total_records += st->records;
    total_by_block += st->by_block;
}

/* Compare the first `limit` records (all when SIZE_MAX). Returns the number compared. */
static size_t compare_lists(const char *what, const rec_list *ls, const rec_list *ref, size_t limit)
{
    size_t n = limit == SIZE_MAX ? ls->n : limit;
    if (limit == SIZE_MAX && ls->n != ref->n) {
        size_t k = 0;
        while (k < ls->n && k < ref->n && ls->recs[k].len == ref->recs[k].len &&
               memcmp(ls->recs[k].data, ref->recs[k].data, ls->recs[k].len) == 0)
            k++;
        fprintf(stderr, "%s: first difference at record %zu\n", what, k);
        print_record("leakscope", k < ls->n ? &ls->recs[k] : NULL);
        print_record("libcsv   ", k < ref->n ? &ref->recs[k] : NULL);
        cr_assert_fail("%s: %zu records from leakscope, %zu from libcsv", what, ls->n, ref->n);
    }
    cr_assert_leq(n, ref->n);
    for (size_t i = 0; i < n; i++) {
        const bytes_t *a = &ls->recs[i], *b = &ref->recs[i];
        if (a->len != b->len || (a->len && memcmp(a->data, b->data, a->len) != 0)) {
            fprintf(stderr, "%s: record %zu differs\n", what, i);
            print_record("leakscope", a);
            print_record("libcsv   ", b);
            cr_assert_fail("%s: record %zu differs between leakscope and libcsv", what, i);
        }
    }
    return n;
}

/* ---- committed samples ----------------------------------------------------------------------- */

static char *read_file(const char *path, size_t *len)
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

/* Per-file messages for samples; a corpus run (any) is quiet: some hundred messages from
 * one test overflow Criterion's reporting and fail the run although every test passes. */
#define LOG_FILE(level, ...)                                                                       \
    do {                                                                                           \
        if (!any) cr_log_##level(__VA_ARGS__);                                                     \
    } while (0)

/* Returns 1 if the sample was compared. A sample must hold records; a corpus file (`any`)
 * may be only a header or blank lines. */
static int diff_sample(const char *path, bool any)
{
    size_t len = 0;
    char *data = read_file(path, &len);
    if (!data) {
        LOG_FILE(warn, "%s: cannot read, skipped", path);
        return 0;
    }
    ls_options opt;
    ls_options_init(&opt);
    ls_sniff_result sn;
    ls_status st = ls_sniff(data, len, true, &opt, &sn);
    if (st == LS_ERR_ENCODING) {
        /* UTF-16 samples reach the parser only after transcoding (tests/unit/test_utf16.c,
         * and the CLI tests compare them with their UTF-8 originals) */
        LOG_FILE(info, "%s: UTF-16, compared after transcoding elsewhere: skipped here", path);
        ls_sniff_result_free(&sn);
        free(data);
        return 0;
    }
    if (st != LS_OK || sn.dialect.format != LS_FORMAT_CSV || !sn.dialect.quote) {
        LOG_FILE(warn, "%s: not a quoted CSV/TSV for the sniffer (status %d, format %d): skipped",
                 path, st, (int)sn.dialect.format);
        ls_sniff_result_free(&sn);
        free(data);
        return 0;
    }
    rec_list mine = {0}, ref = {0};
    ls_stats s;
    ls_parse_all(&sn.dialect, data, sn.data_start, sn.data_end, &mine, &s);
    int compared = 1;
    if (s.lone_cr) {
        LOG_FILE(warn, "%s: %zu records hold a lone CR outside quotes (difference 2): skipped",
                 path, s.lone_cr);
        compared = 0;
    } else {
        libcsv_parse(&sn.dialect, data + sn.data_start, sn.data_end - sn.data_start, &ref);
        if (any && s.quoted_cr_at < s.unbalanced_at) {
            /* a corpus file may hold "x"\rY in a quoted field (difference 5): both parsers
             * agree up to the first quoted field with a CR, not necessarily after it */
            LOG_FILE(info,
                     "%s: CR in a quoted field at record %zu (difference 5): compared up to it",
                     path, s.quoted_cr_at);
            compare_lists(path, &mine, &ref, s.quoted_cr_at);
        } else if (s.unbalanced_at != SIZE_MAX) {
            LOG_FILE(warn,
                     "%s: unbalanced quote or field cap at record %zu (difference 4 or 8): "
                     "compared up to it",
                     path, s.unbalanced_at);
            compare_lists(path, &mine, &ref, s.unbalanced_at);
        } else {
            compare_lists(path, &mine, &ref, SIZE_MAX);
        }
        LOG_FILE(info, "%s: %zu records (%zu multi-line, %zu blank lines) identical to libcsv",
                 path, s.records, s.multiline, s.blank);
        cr_assert(any || s.records > 0, "%s: no records", path);
    }
    list_free(&mine);
    list_free(&ref);
    ls_sniff_result_free(&sn);
    free(data);
    return compared;
}

Test(differential, committed_samples)
{
    static const char *const patterns[] = {LS_SAMPLES_DIR "/*.csv", LS_SAMPLES_DIR "/*.tsv",
                                           LS_SAMPLES_DIR "/*/*.csv", LS_SAMPLES_DIR "/*/*.tsv"};
    size_t seen = 0, compared = 0;
    for (size_t p = 0; p < sizeof patterns / sizeof *patterns; p++) {
        glob_t g;
        if (glob(patterns[p], 0, NULL, &g) != 0) continue; /* none yet: fine */
        for (size_t i = 0; i < g.gl_pathc; i++) {
            seen++;
            compared += (size_t)diff_sample(g.gl_pathv[i], false);
        }
        globfree(&g);
    }
    if (!seen)
        cr_log_warn("no samples under %s yet: only generated inputs are compared", LS_SAMPLES_DIR);
    cr_log_info("%zu of %zu samples compared with libcsv", compared, seen);
}

/* The fuzz corpus and its regressions: every file the sniffer takes for a quoted CSV/TSV is
 * compared like a sample (same skips for the documented differences), once with the SSE2
 * and once with the AVX2 block classifier. */
Test(differential, fuzz_corpus_and_regressions)
{
    static const char *const patterns[] = {LS_TEST_DATA_DIR "/../fuzz/corpus/*",
                                           LS_TEST_DATA_DIR "/../fuzz/regressions/*"};
    size_t seen = 0, compared = 0;
    total_records = total_by_block = 0;
    for (int level = 1; level <= 2; level++) {
        ls__block_set_level(level);
        for (size_t p = 0; p < sizeof patterns / sizeof *patterns; p++) {
            glob_t g;
            if (glob(patterns[p], 0, NULL, &g) != 0) continue;
            for (size_t i = 0; i < g.gl_pathc; i++) {
                seen++;
                compared += (size_t)diff_sample(g.gl_pathv[i], true);
            }
            globfree(&g);
        }
    }
    ls__block_set_level(0);
    cr_log_info("%zu of %zu corpus files compared with libcsv; %zu records, %zu by the block path",
                compared, seen, total_records, total_by_block);
    cr_assert_gt(compared, 10, "the fuzz corpus was not found or not compared");
    cr_expect_gt(total_by_block, 0, "the block path answered no record");
}

/* ---- generated RFC 4180 files ---------------------------------------------------------------- */

static const char *const words[] = {
    "alice",
    "Bob",
    "x@y.fr",
    "0612345678",
    "1 85 05 78 006 084 36",
    "12 rue de la Paix",
    "O'Neil",
    "\xc3\xa9l\xc3\xa8ve", /* élève */
    "\xe2\x82\xac"
    "42",                       /* €42 */
    "\xf0\x9f\x98\x80",         /* emoji */
    "\xe4\xb8\xad\xe6\x96\x87", /* CJK */
    "Stra\xc3\x9f"
    "e", /* Straße */
    " padded ",
    "\t",
    "-",
    "NULL",
    "\xe9t\xe9", /* Latin-1 bytes, not UTF-8 */
    "a b  c",
};

/* A field value: plain, or with bytes that force quoting. Never a lone CR outside quotes
 * (difference 2), and values needing quotes are always quoted. `delim`/`eol` decide what
 * is special. Returns whether the value must be quoted. */
static bool random_value(bytes_t *v, char delim, char nl, unsigned nasty_pct, bool lf)
{
    v->len = 0;
    bool needs = false;
    int parts = (int)rnd_below(4);
    for (int k = 0; k < parts; k++) {
        switch (rnd_below(100) < nasty_pct ? rnd_below(6) : 6) {
        case 0:
            bytes_put(v, &delim, 1);
            needs = true;
            break;
        case 1:
            bytes_put(v, "\"", 1);
            needs = true;
            break;
        case 2:
            bytes_put(v, lf ? "\n" : "\r", 1);
            needs = true;
            break;
        case 3:
            bytes_put(v, lf ? "\r\n" : "\r\r", 2);
            needs = true;
            break;
        case 4:
            if (nl == '\r') {
                bytes_put(v, "\r", 1);
                needs = true;
            } else {
                bytes_put(v, "\"\"", 2);
                needs = true;
            }
            break;
        case 5:
            bytes_put(v, ",;|\t", 4);
            needs = true;
            break;
        default: {
            const char *w = words[rnd_below(sizeof words / sizeof *words)];
            bytes_put(v, w, strlen(w));
        }
        }
    }
    /* a word may hold the delimiter (the tab word in a TSV) */
    for (size_t i = 0; i < v->len; i++) {
        char c = v->data[i];
        if (c == delim || c == '"' || c == '\n' || c == '\r') needs = true;
    }
    return needs;
}

/* Write value v quoted (quotes doubled) or as is. */
static void emit_field(bytes_t *out, const bytes_t *v, bool quoted)
{
    if (!quoted) {
        bytes_put(out, v->data, v->len);
        return;
    }
    bytes_put(out, "\"", 1);
    for (size_t i = 0; i < v->len; i++) {
        bytes_put(out, v->data + i, 1);
        if (v->data[i] == '"') bytes_put(out, "\"", 1);
    }
    bytes_put(out, "\"", 1);
}

typedef struct {
    char delim;
    char nl;  /* '\n' or '\r' */
    int crlf; /* 0 LF, 1 CRLF, 2 mixed (LF-dialect files only) */
    uint32_t nfields;
    size_t nrecords;
    bool final_eol; /* last record ends with a line ending */
    bool blank_lines;
    bool stray_quotes;  /* O"Brien-style quotes inside unquoted fields (both read literally) */
    unsigned nasty_pct; /* share of value parts that are delimiters, quotes, newlines */
    bool lf_in_quotes;  /* LF (and CRLF) inside quoted values; else CR only */
} gen_spec;

/* Build a file; also returns the expected records (what both parsers should find). */
static void generate(const gen_spec *g, bytes_t *file, rec_list *expect)
{
    bytes_t v = {0};
    file->len = 0;
    for (size_t r = 0; r < g->nrecords; r++) {
        bytes_t *e = list_push(expect);
        bool all_empty_unquoted = true;
        size_t rec_start = file->len;
        for (uint32_t f = 0; f < g->nfields; f++) {
            bool needs = random_value(&v, g->delim, g->nl, g->nasty_pct, g->lf_in_quotes);
            bool quoted = needs || rnd_below(8) == 0; /* some needless quoting, "" included */
            if (!quoted && g->stray_quotes && v.len && rnd_below(6) == 0) {
                /* a quote that is not the field's first byte: literal for both parsers */
                bytes_put(&v, "\"x", 2);
            }
            if (quoted || v.len) all_empty_unquoted = false;
            if (f) bytes_put(file, &g->delim, 1);
            emit_field(file, &v, quoted);
            bytes_put_field(e, v.data, v.len);
        }
        if (all_empty_unquoted && g->nfields == 1) {
            /* an empty one-field line is a blank line for both: not a record */
            free(e->data);
            expect->n--;
            file->len = rec_start;
        }
        bool last = r + 1 == g->nrecords;
        if (!last || g->final_eol) {
            if (g->nl == '\r')
                bytes_put(file, "\r", 1);
            else if (g->crlf == 1 || (g->crlf == 2 && rnd_below(2)))
                bytes_put(file, "\r\n", 2);
            else
                bytes_put(file, "\n", 1);
        }
        if (g->blank_lines && !last && rnd_below(10) == 0) {
            if (g->nl == '\r')
                bytes_put(file, "\r", 1);
            else
                bytes_put(file, g->crlf ? "\r\n" : "\n", g->crlf ? 2 : 1);
        }
    }
    free(v.data);
}

static ls_dialect dialect_for(const gen_spec *g)
{
    ls_dialect d;
    memset(&d, 0, sizeof d);
    d.format = LS_FORMAT_CSV;
    d.delimiter = (uint8_t)g->delim;
    d.quote = '"';
    d.newline_char = (uint8_t)g->nl;
    d.expected_fields = g->nfields; /* exercises R3's field-count check on multi-line rows */
    d.max_quoted_span = LS_DEFAULT_MAX_QUOTED_SPAN;
    d.max_record_bytes = LS_DEFAULT_MAX_RECORD_BYTES;
    return d;
}

static gen_spec random_spec(int i)
{
    static const char delims[] = {';', ',', '\t', '|'};
    gen_spec g;
    g.delim = delims[i % 4];
    g.nl = (i % 7 == 3) ? '\r' : '\n';
    g.crlf = g.nl == '\r' ? 0 : (int)((i / 4) % 3);
    g.nfields = 1 + (uint32_t)rnd_below(9);
    g.nrecords = 1 + rnd_below(80);
    g.final_eol = rnd_below(3) != 0;
    g.blank_lines = rnd_below(2);
    g.stray_quotes = rnd_below(3) == 0;
    g.nasty_pct = 50;
    g.lf_in_quotes = true;
    return g;
}

/* Parse file with both parsers under dialect d over [start, end); compare. */
static void diff_buffer(const char *what, const ls_dialect *d, const char *data, size_t start,
                        size_t end, const rec_list *expect)
{
    rec_list mine = {0}, ref = {0};
    ls_stats s;
    ls_parse_all(d, data, start, end, &mine, &s);
    cr_assert_eq(s.unbalanced_at, SIZE_MAX, "%s: well-formed input read as unbalanced (record %zu)",
                 what, s.unbalanced_at);
    cr_assert_eq(s.lone_cr, 0, "%s: lone CR outside quotes", what);
    libcsv_parse(d, data + start, end - start, &ref);
    compare_lists(what, &mine, &ref, SIZE_MAX);
    if (expect) compare_lists(what, &mine, expect, SIZE_MAX); /* and both match the truth */
    list_free(&mine);
    list_free(&ref);
}

Test(differential, generated_rfc4180_files)
{
    rng_state = 0xD1FF;
    total_records = total_by_block = 0;
    size_t files = 0, records = 0;
    for (int i = 0; i < 1500; i++) {
        gen_spec g = random_spec(i);
        bytes_t file = {0};
        rec_list expect = {0};
        generate(&g, &file, &expect);
        if (!file.len) {
            list_free(&expect);
            free(file.data);
            continue;
        }
        ls_dialect d = dialect_for(&g);
        char what[96];
        snprintf(what, sizeof what, "generated file %d (delim %d, nl %d, crlf %d, %u fields)", i,
                 g.delim, g.nl, g.crlf, g.nfields);
        diff_buffer(what, &d, file.data, 0, file.len, &expect);
        files++;
        records += expect.n;
        list_free(&expect);
        free(file.data);
    }
    cr_log_info("%zu generated files, %zu records identical to libcsv (%zu of %zu by the block "
                "path)",
                files, records, total_by_block, total_records);
    cr_assert_gt(files, 1000);
    cr_expect_gt(total_by_block, total_records / 10, "the block path answered too few records");
}

/* Larger files (quoted fields straddling 16-byte SIMD blocks and libcsv's feed pieces),
 * and the dialect decided by the sniffer rather than given. */
Test(differential, generated_files_through_the_sniffer)
{
    rng_state = 0x5A1FF;
    size_t sniffed_same = 0, total = 0;
    for (int i = 0; i < 40; i++) {
        gen_spec g = random_spec(i);
        g.nrecords = 500 + rnd_below(3000);
        g.nfields = 3 + (uint32_t)rnd_below(8);
        /* half of them nasty, half dump-like (a few quoted fields, rare newlines) so that
         * the sniffer can recognise the dialect */
        g.nasty_pct = i % 2 ? 50 : 2;
        if (g.nasty_pct < 50) {
            /* Stray quotes (O"Brien) in many lines mislead the sniffer's delimiter count
             * (see regression_sniff_expected_fields_with_stray_quotes), and an LF inside quotes
             * makes a CR-only file look like an LF file. */
            g.stray_quotes = false;
            g.lf_in_quotes = g.nl != '\r';
        }
        bytes_t file = {0};
        rec_list expect = {0};
        generate(&g, &file, &expect);
        ls_dialect d = dialect_for(&g);
        char what[128];
        snprintf(what, sizeof what, "large generated file %d (%zu bytes)", i, file.len);
        diff_buffer(what, &d, file.data, 0, file.len, &expect);

        /* Through ls_sniff: whatever range and dialect it decides (a header guess moves
         * data_start), both parsers must agree when it found our delimiter. */
        ls_options opt;
        ls_options_init(&opt);
        ls_sniff_result sn;
        total++;
        if (ls_sniff(file.data, file.len, true, &opt, &sn) == LS_OK &&
            sn.dialect.format == LS_FORMAT_CSV && sn.dialect.delimiter == (uint8_t)g.delim &&
            sn.dialect.quote == '"' && sn.dialect.newline_char == (uint8_t)g.nl) {
            sniffed_same++;
            snprintf(what, sizeof what, "large generated file %d, sniffed dialect", i);
            diff_buffer(what, &sn.dialect, file.data, sn.data_start, sn.data_end, NULL);
        }
        ls_sniff_result_free(&sn);
        list_free(&expect);
        free(file.data);
    }
    cr_log_info("sniffer found the generator's dialect in %zu of %zu files", sniffed_same, total);
    cr_assert_geq(sniffed_same, 20); /* at least every dump-like file */
}

/* REGRESSION (fixed: count_delims follows R1/R2) — was a bug in src/sniff/sniff.c (count_delims).
 * The sniffer counts delimiters per line toggling "inside quotes" on every quote, including a stray
 * quote in the middle of an unquoted field, which the tokenizer reads as a literal (rule R1). A
 * file where each line has one O"Brien-style quote is sniffed with expected_fields 2 instead of 4,
 * so the analysis reports every record as malformed (too_many_fields): here 20 of 20. */
Test(differential, regression_sniff_expected_fields_with_stray_quotes)
{
    char file[2048];
    size_t n = 0;
    for (int i = 0; i < 20; i++)
        n += (size_t)snprintf(file + n, sizeof file - n, "id%d;O\"Brien;Paris;x%d@y.fr\n", i, i);
    ls_options opt;
    ls_options_init(&opt);
    ls_sniff_result sn;
    cr_assert_eq(ls_sniff(file, n, true, &opt, &sn), LS_OK);
    cr_assert_eq(sn.dialect.delimiter, ';');
    ls_record *rec = malloc(sizeof *rec);
    cr_assert(rec);
    cr_assert_eq(ls_parse_record(&sn.dialect, file, sn.data_start, n, true, rec), LS_SCAN_RECORD);
    cr_assert_eq(rec->nfields, 4);
    cr_expect_eq(sn.dialect.expected_fields, rec->nfields,
                 "sniffed %u fields per record, the tokenizer reads %u", sn.dialect.expected_fields,
                 rec->nfields);
    free(rec);
    ls_sniff_result_free(&sn);
}

/* Hand-written nasty cases, compared with libcsv and with the expected values. */
Test(differential, nasty_cases)
{
    static const struct {
        const char *in;
        char delim;
    } cases[] = {
        {"a;b\n\"\";\"\"\n\"\"\"\";\"x\"\"y\"\n", ';'},
        {"\"multi\nline\";\"crlf\r\ninside\"\r\n", ';'},
        {"\"a,b\",c\r\n\r\n\"d\"\"e\",\r\n", ','},
        {"x\t\"y\tz\"\t\"\"\n", '\t'},
        {"O\"Brien;T\"homas;\"ok\"\n", ';'},
        {"\"no final newline\";\"x\"", ';'},
        {"\"\";\n;\"\"\n", ';'},
        {"\xef\xbb\xbf\xc3\xa9;\"\xe2\x82\xac;\"\n", ';'},
        {"\"a\"\"\";\"\"\"b\";\"\"\"\"\"\"\n", ';'},
        {"\"\n\n\n\";x\n", ';'},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        ls_dialect d;
        memset(&d, 0, sizeof d);
        d.format = LS_FORMAT_CSV;
        d.delimiter = (uint8_t)cases[i].delim;
        d.quote = '"';
        d.newline_char = '\n';
        d.max_quoted_span = LS_DEFAULT_MAX_QUOTED_SPAN;
        d.max_record_bytes = LS_DEFAULT_MAX_RECORD_BYTES;
        char what[32];
        snprintf(what, sizeof what, "nasty case %zu", i);
        diff_buffer(what, &d, cases[i].in, 0, strlen(cases[i].in), NULL);
    }
}
