/* sniff: format, encoding and dialect detection. See sniff.h for the contract. */
#include "sniff/sniff.h"

#include <stdlib.h>
#include <string.h>

#include "common/macros.h"
#include "parse/tokenize.h"
#include "sniff/encoding.h"

#define MAX_SNIFF_LINES  2000
#define MAX_HEAD_LINES   400
#define MAX_PREAMBLE     64
#define MAX_HEADER_ROWS  3
#define MAX_FOOTER_LINES 5
#define TIE_WINDOW       0.10

typedef struct {
    size_t off, len; /* line bytes, line ending excluded */
} line_t;

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

static bool is_comment_line(const char *p, size_t n)
{
    if (n >= 1 && p[0] == '#') return true;
    if (n >= 2 && ((p[0] == '/' && p[1] == '/') || (p[0] == '-' && p[1] == '-'))) return true;
    return false;
}

static bool is_blank(const char *p, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (p[i] != ' ' && p[i] != '\t' && p[i] != '\r') return false;
    return true;
}

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

/* ASCII-fold a header label for keyword matching: lower case, Latin-1 accents removed,
 * separators mapped to '_'. */
static size_t fold_label(const char *p, size_t n, ls_encoding enc, char *out, size_t cap)
{
    static const char latin1_base[64] = "aaaaaaaceeeeiiiidnooooo*ouuuuyts"
                                        "aaaaaaaceeeeiiiidnooooo/ouuuuyty";
    size_t o = 0;
    for (size_t i = 0; i < n && o + 1 < cap;) {
        uint32_t cp;
        size_t l;
        if (enc == LS_ENCODING_UTF8) {
            l = ls_utf8_decode((const unsigned char *)p + i, n - i, &cp);
            if (!l) l = 1, cp = '?';
        } else {
            l = 1;
            cp = ls_single_byte_to_cp(enc, (unsigned char)p[i]);
        }
        i += l;
        char c;
        if (cp >= 0xC0 && cp <= 0xFF)
            c = latin1_base[cp - 0xC0];
        else if (cp < 0x80)
            c = (char)ls_casefold_cp(cp);
        else
            c = '?';
        if (c == ' ' || c == '-' || c == '.') c = '_';
        out[o++] = c;
    }
    out[o] = 0;
    return o;
}

/* Header words in French and English; a label containing one votes for a header. */
static const char *const header_words[] = {
    "nom",    "name",  "prenom",   "mail",     "courriel", "adresse",  "address", "addr",
    "tel",    "phone", "mobile",   "portable", "ville",    "city",     "commune", "code",
    "postal", "zip",   "postcode", "pays",     "country",  "date",     "naiss",   "birth",
    "dob",    "sexe",  "gender",   "civilite", "title",    "password", "passwd",  "mdp",
    "pwd",    "hash",  "login",    "user",     "iban",     "bic",      "rib",     "nir",
    "insee",  "secu",  "ssn",      "nino",     "carte",    "card",     "comment", "note",
    "siret",  "siren", "id",       "ip",       "age",      "created",  "updated", "status",
    "statut", "type",  "rue",      "street",   "numero",   "number",   "num",     "fax",
};

static bool label_has_header_word(const char *folded)
{
    for (size_t i = 0; i < sizeof header_words / sizeof *header_words; i++) {
        const char *w = header_words[i];
        size_t wl = strlen(w);
        if (wl <= 3) {
            /* short words must stand alone between separators: "id", "cp_id", not "avid" */
            const char *p = folded;
            while ((p = strstr(p, w))) {
                bool left = p == folded || p[-1] == '_';
                bool right = p[wl] == 0 || p[wl] == '_' || (p[wl] >= '0' && p[wl] <= '9');
                if (left && right) return true;
                p++;
            }
        } else if (strstr(folded, w)) {
            return true;
        }
    }
    return false;
}

typedef struct {
    size_t len;
    unsigned letters, digits, ats;
} cell_shape;

static cell_shape shape_of(const char *p, size_t n)
{
    cell_shape s = {0, 0, 0, 0};
    while (n && (*p == ' ' || *p == '\t'))
        p++, n--;
    while (n && (p[n - 1] == ' ' || p[n - 1] == '\t'))
        n--;
    s.len = n;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)p[i];
        if (c >= '0' && c <= '9')
            s.digits++;
        else if (c == '@')
            s.ats++;
        else if ((c | 32) >= 'a' && (c | 32) <= 'z')
            s.letters++;
        else if (c >= 0x80)
            s.letters++; /* accented letters; good enough for a shape */
    }
    return s;
}

static bool label_like(cell_shape s)
{
    return s.len >= 1 && s.len <= 64 && s.ats == 0 && s.letters > 0 && s.digits * 3 <= s.len;
}

/* Does line `cand` look like a row of column labels, given the data lines after it?
 * Votes per column: a label over a column whose data holds digits or '@' votes for; a
 * cell that does not look like a label votes against; a known header word votes for. */
static bool looks_like_header(const ls_dialect *d, ls_encoding enc, const char *data, line_t cand,
                              const line_t *rows, size_t nrows, ls_record *rec, ls_record *rrec)
{
    if (d->format == LS_FORMAT_LINES) {
        /* One column: only a known word can make a header ("email", "login"). */
        cell_shape s = shape_of(data + cand.off, cand.len);
        if (!label_like(s)) return false;
        char f[96];
        fold_label(data + cand.off, LS_MIN(cand.len, 80), enc, f, sizeof f);
        return label_has_header_word(f) && strlen(f) <= 24;
    }
    if (ls_parse_record(d, data, cand.off, cand.off + cand.len, true, rec) != LS_SCAN_RECORD)
        return false;
    uint32_t ncols = rec->nfields;
    /* past LS_MAX_FIELDS the tokenizer keeps the first ones: judged on those */
    if (d->expected_fields && ncols != d->expected_fields && !(rec->flags & LS_REC_FIELDS_CAPPED))
        return false;
    unsigned votes_for = 0, votes_against = 0, known = 0;
    for (uint32_t j = 0; j < ncols && j < 512; j++) {
        const ls_field *h = &rec->fields[j];
        cell_shape hs = shape_of(h->p, h->len);
        if (hs.len == 0) continue; /* unnamed column: neutral */
        if (!label_like(hs)) {
            votes_against++;
            continue;
        }
        char f[96];
        fold_label(h->p, LS_MIN(h->len, 80), enc, f, sizeof f);
        if (label_has_header_word(f)) known++;
        unsigned typed = 0, seen = 0, same = 0;
        for (size_t r = 0; r < nrows; r++) {
            if (ls_parse_record(d, data, rows[r].off, rows[r].off + rows[r].len, true, rrec) !=
                    LS_SCAN_RECORD ||
                rrec->nfields <= j)
                continue;
            const ls_field *v = &rrec->fields[j];
            cell_shape vs = shape_of(v->p, v->len);
            if (vs.len == 0) continue;
            seen++;
            if (vs.digits || vs.ats) typed++;
            if (v->len == h->len && memcmp(v->p, h->p, h->len) == 0) same++;
        }
        if (same)
            votes_against++;
        else if (seen && typed * 2 >= seen && hs.digits == 0)
            votes_for++;
    }
    return votes_against == 0 && (votes_for > 0 || known > 0);
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

ls_status ls_sniff(const char *data, size_t size, bool whole, const ls_options *opt,
                   ls_sniff_result *out)
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

    /* Header rows. */
    bool header = false;
    if (opt->header == LS_YES)
        header = first < s.nhead;
    else if (opt->header == LS_AUTO && first < s.nhead && !cut_head) {
        size_t rows_from = first + 1, nrows = LS_MIN(s.nhead - rows_from, (size_t)50);
        header = looks_like_header(d, out->encoding, data, s.head[first], s.head + rows_from, nrows,
                                   rec, rrec);
    }
    out->header = header;
    if (header) {
        out->header_rows = 1;
        out->header_start = s.head[first].off;
        out->header_len = s.head[first].len;
        while (opt->header == LS_AUTO && out->header_rows < MAX_HEADER_ROWS &&
               first + out->header_rows + 1 < s.nhead) {
            size_t c = first + out->header_rows, from = c + 1;
            size_t nrows = LS_MIN(s.nhead - from, (size_t)50);
            if (d->format == LS_FORMAT_LINES ||
                !looks_like_header(d, out->encoding, data, s.head[c], s.head + from, nrows, rec,
                                   rrec))
                break;
            out->header_rows++;
        }
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

        /* Column names from the header rows (joined with " / " when there are several). */
        if (ls_parse_record(d, data, s.head[first].off, s.head[first].off + s.head[first].len, true,
                            rec) == LS_SCAN_RECORD) {
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
                /* trim */
                size_t a = 0;
                while (a < n && (name[a] == ' ' || name[a] == '\t'))
                    a++;
                while (n > a && (name[n - 1] == ' ' || name[n - 1] == '\t'))
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

void ls_sniff_result_free(ls_sniff_result *r)
{
    if (!r) return;
    for (uint32_t i = 0; i < r->column_count && r->column_names; i++)
        free(r->column_names[i]);
    free(r->column_names);
    r->column_names = NULL;
    r->column_count = 0;
}
