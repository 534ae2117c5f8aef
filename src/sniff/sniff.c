/* sniff: format, encoding and dialect detection. See sniff.h for the contract. */
#include "sniff/sniff.h"

#include <stdlib.h>
#include <string.h>

#include "common/macros.h"
#include "parse/tokenize.h"
#include "sniff/encoding.h"
#include "sniff/layout.h"
#include "sniff/tables.h"

#define MAX_SNIFF_LINES  2000
#define MAX_HEAD_LINES   400
#define MAX_PREAMBLE     64
#define MAX_HEADER_ROWS  3
#define MAX_FOOTER_LINES 5
#define TIE_WINDOW       0.10

typedef ls_line line_t;

typedef struct {
    size_t off, len;
    bool at_start, at_end; /* begins at a line start / ends at the input's end */
} region_t;

typedef struct {
    const char *data;
    size_t size;
    region_t regions[8];
    int nregions;
    line_t *lines; /* lines from every region (for statistics) */
    size_t nlines;
    line_t *head; /* the head region's lines, in order (for preamble and header) */
    size_t nhead;
} sample_t;

/* ---- small helpers ------------------------------------------------------------------- */

#define is_comment_line ls__is_comment_line
#define is_blank        ls__is_blank_line

/* Delimiters in a line outside quoted fields, with the tokenizer's rules R1/R2: a quote
 * opens a quoted field only as a field's first byte (O"Brien is a literal), "" is an
 * escaped quote, and a quote closes the field only before a delimiter or the end. */
static unsigned count_delims(const char *p, size_t n, char delim, char quote)
{
    unsigned c = 0;
    bool inq = false, field_start = true;
    for (size_t i = 0; i < n; i++) {
        if (inq) {
            if (p[i] != quote) continue;
            if (i + 1 < n && p[i + 1] == quote) {
                i++;
            } else if (i + 1 >= n || p[i + 1] == delim || p[i + 1] == '\r') {
                inq = false;
            }
            continue;
        }
        if (p[i] == delim) {
            c++;
            field_start = true;
            continue;
        }
        if (quote && p[i] == quote && field_start) inq = true;
        field_start = false;
    }
    /* A quote still open at the end of the line: the parser would most likely read the
     * line literally (R3), so count it that way. */
    if (inq) return count_delims(p, n, delim, 0);
    return c;
}

/* Cut region r into lines. A region that starts mid-file drops its first partial line;
 * one that ends mid-file drops its last partial line. */
static void collect_lines(sample_t *s, const region_t *r, char nl, line_t *out, size_t *nout,
                          size_t cap)
{
    const char *d = s->data;
    size_t i = r->off, end = r->off + r->len;
    if (!r->at_start) {
        const char *p = memchr(d + i, nl, end - i);
        if (!p) return;
        i = (size_t)(p - d) + 1;
    }
    while (i < end && *nout < cap) {
        const char *p = memchr(d + i, nl, end - i);
        size_t le;
        if (!p) {
            if (!r->at_end) break;
            le = end;
        } else {
            le = (size_t)(p - d);
        }
        size_t len = le - i;
        if (nl == '\n' && len && d[le - 1] == '\r') len--;
        out[(*nout)++] = (line_t){i, len};
        i = le + 1;
    }
}

/* One-column input (LS_FORMAT_LINES): its first line is a header only when it is a short
 * known word ("email", "login"): nothing else tells a label from a value. */
static bool lines_header(ls_encoding enc, const char *data, line_t cand)
{
    const char *p = data + cand.off;
    size_t n = cand.len;
    while (n && (*p == ' ' || *p == '\t'))
        p++, n--;
    while (n && (p[n - 1] == ' ' || p[n - 1] == '\t'))
        n--;
    if (n == 0 || n > 24) return false;
    unsigned letters = 0, digits = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)p[i];
        if (c == '@') return false;
        if (c >= '0' && c <= '9') digits++;
        if (((c | 32) >= 'a' && (c | 32) <= 'z') || c >= 0x80) letters++;
    }
    return letters > 0 && digits * 3 <= n && ls__label_has_header_word(p, n, enc);
}

/* Does line `cand` look like a row of column labels, given the data lines after it? The
 * line-by-line judgement of layout.c (R6), for the cases its whole-head reading does not
 * cover (combo lists, one column, a head without a record in view). */
static bool looks_like_header(const ls_dialect *d, ls_encoding enc, const char *data, line_t cand,
                              const line_t *rows, size_t nrows, ls_record *rec, ls_record *rrec)
{
    if (d->format == LS_FORMAT_LINES) return lines_header(enc, data, cand);
    ls_body_profile bp;
    ls__body_profile(d, data, rows, nrows, &bp, rec);
    ls_line_verdict v;
    ls_line_kind k = ls__line_kind(d, enc, data, cand, &bp, rec, rrec, &v);
    bool capped = rec->flags & LS_REC_FIELDS_CAPPED;
    return k == LS_LINE_HEADER && (v.nfields == d->expected_fields || capped);
}

/* Match a (damaged) names line to the body's columns: true when its fields are as many as
 * the columns, after dropping the one empty field a stray separator leaves. */
static bool repair_names(ls_record *rec, uint32_t fields)
{
    if (!fields || rec->nfields == fields || (rec->flags & LS_REC_FIELDS_CAPPED)) return true;
    if (rec->nfields != fields + 1) return false;
    uint32_t empty = UINT32_MAX, nempty = 0;
    for (uint32_t j = 0; j < rec->nfields; j++)
        if (rec->fields[j].len == 0) empty = j, nempty++;
    if (nempty != 1) return false;
    memmove(&rec->fields[empty], &rec->fields[empty + 1],
            (rec->nfields - empty - 1) * sizeof rec->fields[0]);
    rec->nfields--;
    return true;
}

/* ---- the sniffer ---------------------------------------------------------------------- */

static void add_region(sample_t *s, size_t off, size_t len)
{
    if (off >= s->size) return;
    if (off + len > s->size) len = s->size - off;
    /* merge with the previous region when they overlap (small files) */
    if (s->nregions) {
        region_t *p = &s->regions[s->nregions - 1];
        if (off <= p->off + p->len) {
            size_t e = LS_MAX(p->off + p->len, off + len);
            p->len = e - p->off;
            p->at_end = e == s->size;
            return;
        }
    }
    s->regions[s->nregions++] = (region_t){off, len, off == 0, off + len == s->size};
}

static char pick_delimiter(const sample_t *s, unsigned *mode_out)
{
    static const char cands[] = {'\t', ';', ',', '|', ':', '^', '~'};
    enum { NC = sizeof cands };
    double cons[NC];
    unsigned mode[NC];
    size_t n = 0;
    for (size_t i = 0; i < s->nlines; i++) {
        const line_t *l = &s->lines[i];
        if (!is_blank(s->data + l->off, l->len) && !is_comment_line(s->data + l->off, l->len)) n++;
    }
    if (n == 0) return 0;
    unsigned *counts = malloc(s->nlines * sizeof *counts);
    if (!counts) return 0;
    for (int c = 0; c < (int)NC; c++) {
        size_t m = 0;
        for (size_t i = 0; i < s->nlines; i++) {
            const line_t *l = &s->lines[i];
            if (is_blank(s->data + l->off, l->len) || is_comment_line(s->data + l->off, l->len))
                continue;
            counts[m++] = count_delims(s->data + l->off, l->len, cands[c], '"');
        }
        /* mode of the counts (ties: the larger count) */
        unsigned best = 0;
        size_t bestf = 0;
        for (size_t i = 0; i < m; i++) {
            size_t f = 0;
            for (size_t k = 0; k < m && k < 400; k++)
                f += counts[k] == counts[i];
            if (f > bestf || (f == bestf && counts[i] > best)) best = counts[i], bestf = f;
            if (i >= 400) break;
        }
        size_t freq = 0;
        for (size_t i = 0; i < m; i++)
            freq += counts[i] == best;
        mode[c] = best;
        cons[c] = best ? (double)freq / (double)m : 0.0;
    }
    free(counts);
    double top = 0;
    for (int c = 0; c < (int)NC; c++)
        top = LS_MAX(top, cons[c]);
    if (top < 0.5) return 0;
    /* Among the candidates within TIE_WINDOW of the most consistent, the usual separators
     * beat ':' '^' '~' (a ':' in every timestamp must not win), then more fields win. */
    int pick = -1;
    for (int pass = 0; pass < 2 && pick < 0; pass++) {
        for (int c = pass ? 4 : 0; c < (pass ? (int)NC : 4); c++) {
            if (cons[c] < top - TIE_WINDOW || cons[c] < 0.5) continue;
            if (pick < 0 || mode[c] > mode[pick]) pick = c;
        }
    }
    if (pick < 0) return 0;
    *mode_out = mode[pick];
    return cands[pick];
}

/* Most frequent delimiter count per line (ties: the larger), quotes honoured. */
static unsigned modal_count(const sample_t *s, char delim, char quote)
{
    unsigned best = 0;
    size_t bestf = 0;
    for (size_t i = 0; i < s->nlines && i < 400; i++) {
        unsigned c = count_delims(s->data + s->lines[i].off, s->lines[i].len, delim, quote);
        size_t f = 0;
        for (size_t k = 0; k < s->nlines && k < 400; k++)
            f += count_delims(s->data + s->lines[k].off, s->lines[k].len, delim, quote) == c;
        if (f > bestf || (f == bestf && c > best)) best = c, bestf = f;
    }
    return best;
}

/* The quote character: '"' unless fields that open and close with a single quote (right
 * after a delimiter or at a line start, right before a delimiter or the line end)
 * clearly outnumber those with double quotes. An apostrophe inside a word (O'Brien,
 * l'Hay) neither opens nor closes a field, so it does not vote. */
static uint8_t pick_quote(const sample_t *s, char delim)
{
    size_t votes[2] = {0, 0}; /* '"', '\'' */
    const char q[2] = {'"', '\''};
    for (size_t i = 0; i < s->nlines; i++) {
        const char *p = s->data + s->lines[i].off;
        size_t n = s->lines[i].len;
        for (int k = 0; k < 2; k++) {
            size_t f = 0; /* field start */
            for (size_t j = 0; j <= n; j++) {
                if (j < n && p[j] != delim) continue;
                if (j - f >= 2 && p[f] == q[k] && p[j - 1] == q[k]) votes[k]++;
                f = j + 1;
            }
        }
    }
    return votes[1] > 2 * votes[0] + 2 ? '\'' : '"';
}

/* How much of the head to sample: LS_SNIFF_HEAD_BYTES, or for a whole (mapped) input more,
 * up to the end of its third line when its first lines are longer than that (a header of
 * 100,000 columns is ~700 KB): cut lines are dropped, so a head holding no whole line would
 * read a wide CSV as one value per line (issue 12). At most HEAD_LINES_MAX bytes (and the
 * record limit): the scan for the line ends is paid once per input. */
#define HEAD_LINES_MAX ((size_t)64 << 20)
static size_t head_bytes(const char *data, size_t start, size_t size, bool whole, size_t max_record)
{
    if (!whole || size - start <= LS_SNIFF_HEAD_BYTES) return LS_SNIFF_HEAD_BYTES;
    size_t lim = LS_MIN(size - start, LS_MIN(HEAD_LINES_MAX, 3 * max_record));
    size_t i = start;
    for (int line = 0; line < 3; line++) {
        const char *p = memchr(data + i, '\n', start + lim - i);
        if (!p) return lim;
        i = (size_t)(p - data) + 1;
    }
    return LS_MAX(LS_SNIFF_HEAD_BYTES, i - start);
}

static ls_status sniff(const char *data, size_t size, bool whole, const ls_options *opt,
                       bool tables, ls_sniff_result *out);

ls_status ls_sniff(const char *data, size_t size, bool whole, const ls_options *opt,
                   ls_sniff_result *out)
{
    return sniff(data, size, whole, opt, true, out);
}

ls_status ls_sniff_no_tables(const char *data, size_t size, bool whole, const ls_options *opt,
                             ls_sniff_result *out)
{
    return sniff(data, size, whole, opt, false, out);
}

static ls_status sniff(const char *data, size_t size, bool whole, const ls_options *opt,
                       bool tables, ls_sniff_result *out)
{
    memset(out, 0, sizeof *out);
    ls_dialect *d = &out->dialect;
    d->max_record_bytes =
        opt->max_record_bytes ? opt->max_record_bytes : LS_DEFAULT_MAX_RECORD_BYTES;
    d->max_quoted_span = LS_MIN(LS_DEFAULT_MAX_QUOTED_SPAN, d->max_record_bytes);
    out->data_end = size;

    /* Byte-order marks. */
    const unsigned char *u = (const unsigned char *)data;
    if (size >= 4 && ((u[0] == 0xFF && u[1] == 0xFE && u[2] == 0 && u[3] == 0) ||
                      (u[0] == 0 && u[1] == 0 && u[2] == 0xFE && u[3] == 0xFF))) {
        snprintf(out->message, sizeof out->message,
                 "UTF-32 input (byte-order mark) is not supported");
        return LS_ERR_ENCODING;
    }
    if (size >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF))) {
        snprintf(out->message, sizeof out->message,
                 "UTF-16 inside a compressed input is not supported yet; decompress it first");
        return LS_ERR_ENCODING;
    }
    size_t start = 0;
    if (size >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF) {
        out->bom = true;
        start = 3;
    }

    sample_t s = {.data = data, .size = size};
    add_region(&s, start, head_bytes(data, start, size, whole, d->max_record_bytes));
    if (s.nregions) s.regions[0].at_start = true; /* after a BOM the head still starts a line */
    if (whole && size > LS_SNIFF_HEAD_BYTES) {
        for (int pct = 20; pct <= 80; pct += 20)
            add_region(&s, (size_t)((double)size * pct / 100.0), LS_SNIFF_SAMPLE_BYTES);
        add_region(&s, size > LS_SNIFF_SAMPLE_BYTES ? size - LS_SNIFF_SAMPLE_BYTES : 0,
                   LS_SNIFF_SAMPLE_BYTES);
    }
    if (!whole && s.nregions) s.regions[0].at_end = false; /* more may follow */
    if (!whole && size < LS_SNIFF_HEAD_BYTES && s.nregions) s.regions[0].at_end = true;

    /* NUL bytes: a binary file, or UTF-16 without a byte-order mark. */
    for (int r = 0; r < s.nregions; r++) {
        const char *z = memchr(data + s.regions[r].off, 0, s.regions[r].len);
        if (z) {
            snprintf(out->message, sizeof out->message,
                     "NUL byte at offset %zu: binary data (or UTF-16 without a byte-order mark)",
                     (size_t)(z - data));
            return LS_ERR_BINARY;
        }
    }

    /* Encoding: UTF-8 unless invalid sequences are more than a trace of the text. */
    uint64_t multibyte = 0, invalid = 0;
    for (int r = 0; r < s.nregions; r++)
        ls_utf8_scan(u + s.regions[r].off, s.regions[r].len, &multibyte, &invalid);
    if (opt->encoding != LS_ENCODING_AUTO)
        out->encoding = opt->encoding;
    else if (invalid == 0 || (multibyte > 0 && invalid * 20 < multibyte))
        out->encoding = LS_ENCODING_UTF8;
    else
        out->encoding = LS_ENCODING_CP1252;

    /* Line endings. */
    uint64_t crlf = 0, lf = 0, cr = 0;
    for (int r = 0; r < s.nregions; r++) {
        const char *p = data + s.regions[r].off;
        size_t n = s.regions[r].len;
        for (size_t i = 0; i < n; i++) {
            if (p[i] == '\n') {
                if (i && p[i - 1] == '\r')
                    crlf++;
                else
                    lf++;
            } else if (p[i] == '\r' && (i + 1 >= n || p[i + 1] != '\n')) {
                cr++;
            }
        }
    }
    d->newline_char = (lf == 0 && crlf == 0 && cr > 0) ? '\r' : '\n';
    if (d->newline_char == '\r')
        out->newline = LS_NEWLINE_CR;
    else if (crlf && lf)
        out->newline = LS_NEWLINE_MIXED;
    else
        out->newline = crlf ? LS_NEWLINE_CRLF : LS_NEWLINE_LF;

    /* Lines of every sample, and of the head in order. */
    s.lines = malloc(MAX_SNIFF_LINES * sizeof *s.lines);
    s.head = malloc(MAX_HEAD_LINES * sizeof *s.head);
    ls_record *rec = malloc(sizeof *rec), *rrec = malloc(sizeof *rrec);
    ls_status status = LS_OK;
    if (!s.lines || !s.head || !rec || !rrec) {
        status = LS_ERR_NOMEM;
        goto done;
    }
    collect_lines(&s, &s.regions[0], (char)d->newline_char, s.head, &s.nhead, MAX_HEAD_LINES);
    bool cut_head = false; /* the only line in view is cut: not a header we could skip */
    if (s.nhead == 0 && s.nregions && !s.regions[0].at_end) {
        /* a stream whose first line is longer than the head (a 100,000-column header): its
         * cut first line is all there is to sniff, and shows the delimiter; dropping it would
         * read the input as one value per line */
        s.regions[0].at_end = true;
        collect_lines(&s, &s.regions[0], (char)d->newline_char, s.head, &s.nhead, 1);
        s.regions[0].at_end = false;
        if (s.nhead) s.lines[s.nlines++] = s.head[0];
        cut_head = true;
    }
    for (int r = 0; r < s.nregions; r++)
        collect_lines(&s, &s.regions[r], (char)d->newline_char, s.lines, &s.nlines,
                      MAX_SNIFF_LINES);

    /* Delimiter and format. */
    unsigned mode = 0;
    char delim = pick_delimiter(&s, &mode);
    if (opt->delimiter) {
        delim = (char)opt->delimiter;
        /* modal count of the forced delimiter */
        mode = 0;
        for (size_t i = 0; i < s.nlines && i < 200; i++)
            mode = LS_MAX(mode, count_delims(data + s.lines[i].off, s.lines[i].len, delim, '"'));
        if (mode == 0) mode = 1;
    }
    if (!delim) {
        d->format = LS_FORMAT_LINES;
        d->delimiter = d->newline_char;
        d->quote = 0;
        d->expected_fields = 1;
    } else {
        size_t emails = 0, quoted = 0, n = 0;
        for (size_t i = 0; i < s.nlines; i++) {
            const char *p = data + s.lines[i].off;
            size_t len = s.lines[i].len;
            if (!len) continue;
            n++;
            const char *sep = memchr(p, delim, len);
            size_t first = sep ? (size_t)(sep - p) : len;
            if (memchr(p, '@', first)) emails++;
            if (p[0] == '"') quoted++;
        }
        bool combo =
            mode == 1 && quoted == 0 && !opt->delimiter && (delim == ':' || (n && emails * 2 >= n));
        d->format = combo ? LS_FORMAT_COMBO : LS_FORMAT_CSV;
        d->delimiter = (uint8_t)delim;
        d->quote = combo ? 0 : pick_quote(&s, delim);
        if (d->quote == '\'') mode = modal_count(&s, delim, '\'');
        d->expected_fields = combo ? 2 : mode + 1;
    }

    /* Preamble: comment lines, and title lines without a delimiter, before the data. Blank
     * lines up there are not preamble: they are counted as blank lines. */
    size_t h = 0;
    uint32_t blanks = 0;
    while (h < s.nhead && out->preamble_lines + blanks < MAX_PREAMBLE) {
        const char *p = data + s.head[h].off;
        size_t len = s.head[h].len;
        if (len == 0 || is_blank(p, len))
            blanks++;
        else if (is_comment_line(p, len) ||
                 (d->format != LS_FORMAT_LINES && !memchr(p, d->delimiter, len)))
            out->preamble_lines++;
        else
            break;
        h++;
    }
    if (h == s.nhead) { /* nothing but preamble in view: read it all as data */
        h = 0;
        out->preamble_lines = 0;
        blanks = 0;
    }
    out->leading_blank_lines = blanks;
    out->data_start = h < s.nhead ? s.head[h].off : start;
    size_t first = h; /* first line of header or data */

    /* Header rows: judged on the whole head against the body's column types (layout.c,
     * R6-R8), or line by line where that reading does not apply. */
    bool header = false;
    size_t names = first;
    ls_layout lay;
    bool judged =
        opt->header == LS_AUTO && d->format == LS_FORMAT_CSV && !cut_head && first < s.nhead &&
        ls__find_layout(d, out->encoding, data, s.head, s.nhead, LS_AUTO, &lay, rec, rrec);
    if (judged && lay.table_above && !opt->delimiter) {
        /* the modal field count was a later table's: read the first table with its own */
        d->expected_fields = lay.table_above;
        judged = ls__find_layout(d, out->encoding, data, s.head, s.nhead, LS_AUTO, &lay, rec, rrec);
    }
    if (judged) {
        first = lay.first;
        out->preamble_lines = lay.preamble;
        out->leading_blank_lines = lay.blanks;
        out->data_start = s.head[first].off;
        header = lay.header_rows > 0;
        names = lay.names_row;
        out->header_rows = lay.header_rows;
        out->header_damaged = lay.damaged;
        snprintf(out->header_evidence, sizeof out->header_evidence, "%s", lay.evidence);
    } else if (opt->header == LS_YES) {
        header = first < s.nhead;
        if (header) out->header_rows = 1;
    } else if (opt->header == LS_AUTO && first < s.nhead && !cut_head) {
        size_t rows_from = first + 1, nrows = LS_MIN(s.nhead - rows_from, (size_t)50);
        header = looks_like_header(d, out->encoding, data, s.head[first], s.head + rows_from, nrows,
                                   rec, rrec);
        if (header) {
            out->header_rows = 1;
            while (out->header_rows < MAX_HEADER_ROWS && first + out->header_rows + 1 < s.nhead) {
                size_t c = first + out->header_rows, from = c + 1;
                size_t nr = LS_MIN(s.nhead - from, (size_t)50);
                if (d->format == LS_FORMAT_LINES ||
                    !looks_like_header(d, out->encoding, data, s.head[c], s.head + from, nr, rec,
                                       rrec))
                    break;
                out->header_rows++;
            }
        }
    }
    out->header = header;
    if (header) {
        out->header_start = s.head[names].off;
        out->header_len = s.head[names].len;
        size_t after = first + out->header_rows;
        if (after < s.nhead) {
            out->data_start = s.head[after].off;
        } else {
            /* the header is the last line in view */
            const line_t *l = &s.head[after - 1];
            size_t e = l->off + l->len;
            while (e < size && (data[e] == '\r' || data[e] == '\n') && e - (l->off + l->len) < 2)
                e++;
            out->data_start = e;
        }

        /* Column names from the line that names the columns. A damaged one (R7) gives names
         * only when its fields can be matched to the columns: a separator too many that
         * left an empty field is dropped; otherwise the columns stay unnamed. */
        if (ls_parse_record(d, data, s.head[names].off, s.head[names].off + s.head[names].len, true,
                            rec) == LS_SCAN_RECORD &&
            repair_names(rec, d->expected_fields)) {
            uint32_t nc = rec->nfields;
            out->column_names = calloc(nc ? nc : 1, sizeof(char *));
            if (!out->column_names) {
                status = LS_ERR_NOMEM;
                goto done;
            }
            out->column_count = nc;
            for (uint32_t j = 0; j < nc; j++) {
                const ls_field *f = &rec->fields[j];
                size_t flen = LS_MIN((size_t)f->len, (size_t)200);
                char *tmp = malloc(flen + 1), *name = malloc(3 * flen + 1);
                if (!tmp || !name) {
                    free(tmp);
                    free(name);
                    status = LS_ERR_NOMEM;
                    goto done;
                }
                ls_field ff = *f;
                ff.len = (uint32_t)flen;
                size_t n = ls_field_unescape(d, &ff, tmp);
                if (out->encoding != LS_ENCODING_UTF8)
                    n = ls_transcode_to_utf8(out->encoding, tmp, n, name);
                else
                    memcpy(name, tmp, n);
                /* trim (and a damaged header's stray quote) */
                size_t a = 0;
                while (a < n && (name[a] == ' ' || name[a] == '\t' || name[a] == (char)d->quote))
                    a++;
                while (n > a &&
                       (name[n - 1] == ' ' || name[n - 1] == '\t' || name[n - 1] == (char)d->quote))
                    n--;
                memmove(name, name + a, n - a);
                name[n - a] = 0;
                free(tmp);
                out->column_names[j] = name;
            }
        }
    }

    /* Footnotes: trailing lines without a delimiter (or comments) after the data. */
    if (whole && d->format != LS_FORMAT_LINES && s.nregions) {
        region_t tail = s.regions[s.nregions - 1];
        line_t tl[64];
        size_t ntl = 0;
        sample_t ts = s;
        /* keep the last 64 lines of the tail region */
        line_t *all = malloc(4096 * sizeof *all);
        if (all) {
            size_t na = 0;
            collect_lines(&ts, &tail, (char)d->newline_char, all, &na, 4096);
            size_t from = na > 64 ? na - 64 : 0;
            for (size_t i = from; i < na; i++)
                tl[ntl++] = all[i];
            free(all);
        }
        size_t i = ntl;
        while (i > 0 && (tl[i - 1].len == 0 || is_blank(data + tl[i - 1].off, tl[i - 1].len)))
            i--;
        uint32_t foot = 0;
        size_t foot_start = size;
        while (i > 0 && foot < MAX_FOOTER_LINES) {
            const line_t *l = &tl[i - 1];
            const char *p = data + l->off;
            if (l->off < out->data_start + 1) break;
            if (l->len && !is_blank(p, l->len) &&
                (is_comment_line(p, l->len) || !memchr(p, d->delimiter, l->len))) {
                foot++;
                foot_start = l->off;
                i--;
            } else {
                break;
            }
        }
        if (foot) {
            out->footer_lines = foot;
            out->data_end = foot_start;
            for (size_t k = 0; k < ntl; k++)
                if (tl[k].off > foot_start && is_blank(data + tl[k].off, tl[k].len))
                    out->footer_blank_lines++;
        }
    }

    /* Stacked tables (R9): a whole input is scanned for further header lines and the
     * records under them. */
    if (whole && tables && ls_sniff_wants_tables(out, opt)) {
        ls_line h0 = {out->header_start, out->header_len};
        ls_table_scan_stop stop;
        size_t n = ls__find_tables(d, out->encoding, data, out->data_start, out->data_end, h0,
                                   out->table_at, LS_SNIFF_MAX_TABLES - 1, &stop);
        ls_sniff_set_tables(out, out->table_at, n, stop);
    }

done:
    free(s.lines);
    free(s.head);
    free(rec);
    free(rrec);
    if (status != LS_OK) {
        ls_sniff_result_free(out);
        snprintf(out->message, sizeof out->message, "%s", ls_strerror(status));
    }
    return status;
}

bool ls_sniff_wants_tables(const ls_sniff_result *r, const ls_options *opt)
{
    return r->dialect.format == LS_FORMAT_CSV && opt->header == LS_AUTO &&
           r->data_start < r->data_end;
}

void ls_sniff_set_tables(ls_sniff_result *out, const size_t *at, size_t n, ls_table_scan_stop stop)
{
    n = LS_MIN(n, (size_t)LS_SNIFF_MAX_TABLES - 1);
    if (stop.reason != LS_TABLE_SCAN_COMPLETE) {
        out->table_scan_stopped = true;
        out->table_scan_stopped_at = stop.at;
        ls__table_scan_note(stop.reason, out->table_scan_note, sizeof out->table_scan_note);
    }
    if (n) {
        if (at != out->table_at) memcpy(out->table_at, at, n * sizeof *at);
        out->ntables = (uint32_t)n + 1;
        out->data_end = out->table_at[0];
        out->footer_lines = 0; /* the last table's own sniff finds them */
        out->footer_blank_lines = 0;
    }
}

ls_status ls_sniff_table(const char *data, size_t size, const ls_sniff_result *first, uint32_t k,
                         const ls_options *opt, ls_sniff_result *out)
{
    size_t from = first->table_at[k - 2];
    size_t to = k < first->ntables ? first->table_at[k - 1] : size;
    ls_options o = *opt;
    o.encoding = first->encoding;
    /* tables are found once, on the whole input */
    ls_status st = sniff(data + from, to - from, true, &o, false, out);
    if (st != LS_OK) return st;
    out->data_start += from;
    out->data_end += from;
    out->header_start += from;
    return LS_OK;
}

void ls_sniff_result_free(ls_sniff_result *r)
{
    if (!r) return;
    for (uint32_t i = 0; i < r->column_count && r->column_names; i++)
        free(r->column_names[i]);
    free(r->column_names);
    r->column_names = NULL;
    r->column_count = 0;
}
