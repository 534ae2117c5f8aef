/* layout: preamble, header lines and first record of a delimited file, judged by content
 * (rules R6-R8 of parse/tokenize.h). See layout.h for the contract. */
#include "sniff/layout.h"

#include <stdio.h>
#include <string.h>

#include "common/macros.h"
#include "sniff/encoding.h"

#define MAX_HEADER_ROWS 3
#define MAX_TOP_LINES   72 /* preamble + header lines looked at before the first record */
#define PROFILE_ROWS    200

bool ls__is_comment_line(const char *p, size_t n)
{
    if (n >= 1 && p[0] == '#') return true;
    if (n >= 2 && ((p[0] == '/' && p[1] == '/') || (p[0] == '-' && p[1] == '-'))) return true;
    return false;
}

bool ls__is_blank_line(const char *p, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (p[i] != ' ' && p[i] != '\t' && p[i] != '\r') return false;
    return true;
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
    "nom",     "name",   "prenom",   "mail",     "courriel", "adresse",  "address",  "addr",
    "tel",     "phone",  "mobile",   "portable", "ville",    "city",     "commune",  "code",
    "postal",  "zip",    "postcode", "pays",     "country",  "date",     "naiss",    "birth",
    "dob",     "sexe",   "gender",   "civilite", "title",    "password", "passwd",   "mdp",
    "pwd",     "hash",   "login",    "user",     "iban",     "bic",      "rib",      "nir",
    "insee",   "secu",   "ssn",      "nino",     "carte",    "card",     "comment",  "note",
    "siret",   "siren",  "id",       "ip",       "age",      "created",  "updated",  "status",
    "statut",  "type",   "rue",      "street",   "numero",   "number",   "num",      "fax",
    "town",    "total",  "amount",   "montant",  "score",    "born",     "surname",  "forename",
    "balance", "points", "rank",     "price",    "prix",     "qty",      "quantity", "email",
};

static bool folded_has_header_word(const char *folded)
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

bool ls__label_has_header_word(const char *p, size_t n, ls_encoding enc)
{
    char f[96];
    fold_label(p, LS_MIN(n, (size_t)80), enc, f, sizeof f);
    return folded_has_header_word(f);
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

/* A cell a person would read as a column name: letters, few digits, no '@', short. */
static bool label_like(cell_shape s)
{
    return s.len >= 1 && s.len <= 64 && s.ats == 0 && s.letters > 0 && s.digits * 3 <= s.len;
}

/* A cell a person would read as a value: an '@', mostly digits, or longer than a name. */
static bool data_like(cell_shape s)
{
    return s.ats > 0 || (s.digits > 0 && s.digits * 3 > s.len) || s.len > 64;
}

/* Parse one line on its own (a quote left open is read as a literal, R3). */
static bool parse_line(const ls_dialect *d, const char *data, ls_line l, ls_record *rec)
{
    return ls_parse_record(d, data, l.off, l.off + l.len, true, rec) == LS_SCAN_RECORD;
}

void ls__body_profile(const ls_dialect *d, const char *data, const ls_line *rows, size_t nrows,
                      ls_body_profile *bp, ls_record *rec)
{
    memset(bp, 0, sizeof *bp);
    /* a record keeps its first LS_MAX_FIELDS fields (tokenize.h): a wider body is compared
     * on those, or no line of a 100,000-column file would ever be "aligned" */
    bp->fields = LS_MIN(d->expected_fields, LS_MAX_FIELDS);
    bp->ncols = LS_MIN(d->expected_fields, LS_LAYOUT_MAX_COLS);
    bp->rows = rows;
    bp->rows_data = data;
    bp->nrows = LS_MIN(nrows, (size_t)PROFILE_ROWS);
    uint32_t seen[LS_LAYOUT_MAX_COLS] = {0}, typed[LS_LAYOUT_MAX_COLS] = {0};
    for (size_t r = 0; r < bp->nrows; r++) {
        const ls_line l = rows[r];
        if (!l.len || ls__is_blank_line(data + l.off, l.len) ||
            ls__is_comment_line(data + l.off, l.len) || !parse_line(d, data, l, rec) ||
            rec->nfields != bp->fields)
            continue;
        for (uint32_t j = 0; j < bp->ncols; j++) {
            cell_shape s = shape_of(rec->fields[j].p, rec->fields[j].len);
            if (!s.len) continue;
            seen[j]++;
            if (s.digits || s.ats) typed[j]++;
            if (label_like(s)) bp->has_text[j] = 1;
        }
    }
    for (uint32_t j = 0; j < bp->ncols; j++) {
        bp->typed[j] = seen[j] >= 1 && typed[j] * 10 >= seen[j] * 8;
        bp->ntyped += bp->typed[j];
    }
}

ls_line_kind ls__line_kind(const ls_dialect *d, ls_encoding enc, const char *data, ls_line line,
                           const ls_body_profile *bp, ls_record *rec, ls_record *rrec,
                           ls_line_verdict *v)
{
    memset(v, 0, sizeof *v);
    if (!parse_line(d, data, line, rec)) return LS_LINE_OTHER;
    v->nfields = rec->nfields;
    bool aligned = rec->nfields == bp->fields;
    uint32_t n = LS_MIN(rec->nfields, LS_LAYOUT_MAX_COLS);
    for (uint32_t j = 0; j < n; j++) {
        const ls_field *h = &rec->fields[j];
        cell_shape s = shape_of(h->p, h->len);
        if (!s.len) {
            v->empties++;
            continue;
        }
        bool typed_col = aligned && j < bp->ncols && bp->typed[j];
        if (data_like(s)) {
            v->datas++;
            if (typed_col) v->typed_ok++;
            continue;
        }
        if (!label_like(s)) {
            if (typed_col && s.digits) v->typed_ok++;
            continue; /* punctuation: "%", "-", "n/a"... neutral */
        }
        v->labels++;
        if (ls__label_has_header_word(h->p, h->len, enc)) v->known++;
        if (typed_col) v->over_typed++;
        if (typed_col && s.digits) v->typed_ok++;
        /* a label that is also a value of its column is data ("Sgt" in a rank column) */
        if (aligned && j < bp->ncols && bp->has_text[j]) {
            for (size_t r = 0; r < bp->nrows && r < 50; r++) {
                /* not itself, nor a verbatim copy of it further down: a header repeated
                 * where the same table goes on (or a later table with the same names) is
                 * no evidence that the line is data */
                const ls_line b = bp->rows[r];
                if (b.len == line.len && memcmp(bp->rows_data + b.off, data + line.off, b.len) == 0)
                    continue;
                if (!parse_line(d, bp->rows_data, b, rrec) || rrec->nfields != bp->fields) continue;
                const ls_field *f = &rrec->fields[j];
                if (f->len == h->len && memcmp(f->p, h->p, h->len) == 0) {
                    v->repeats++;
                    break;
                }
            }
        }
    }
    uint32_t nonempty = n - v->empties;
    if (aligned) {
        /* R6: a record shows its columns' types; a header names them instead */
        if (v->datas == 0 && v->repeats == 0 && v->labels > 0 &&
            (v->over_typed > 0 || v->known * 2 >= v->labels))
            return LS_LINE_HEADER;
        if (bp->ntyped && v->typed_ok == 0 && v->datas == 0 && v->labels == 0)
            return LS_LINE_OTHER; /* punctuation only */
        return LS_LINE_DATA;
    }
    /* R7: a line with another field count is a damaged header when it holds names only —
     * no value of a typed kind, several names, half of them header words or as many names
     * as the body has columns less one — and a malformed record or a preamble line
     * otherwise (the caller decides which from its place). */
    if (v->datas == 0 && v->labels >= 2 && nonempty >= 2 &&
        (v->known * 2 >= v->labels || v->labels + 1 >= bp->fields))
        return LS_LINE_HEADER;
    return LS_LINE_OTHER;
}

/* A title line over the names: one name-like cell, the others empty. */
static bool title_row(const ls_line_verdict *v, uint32_t fields)
{
    return v->nfields == fields && fields >= 3 && v->datas == 0 && v->labels == 1 &&
           v->empties + 1 >= fields;
}

/* A units line under the names ("EUR", "%", "YYYY-MM-DD"): no value, no repeat of the body,
 * fewer names than the names line above it. */
bool ls__units_row(const ls_line_verdict *v, const ls_line_verdict *names, uint32_t fields)
{
    return v->nfields == fields && v->datas == 0 && v->repeats == 0 && v->known == 0 &&
           v->labels < names->labels;
}

bool ls__find_layout(const ls_dialect *d, ls_encoding enc, const char *data, const ls_line *head,
                     size_t nhead, ls_tristate header, ls_layout *out, ls_record *rec,
                     ls_record *rrec)
{
    memset(out, 0, sizeof *out);
    if (d->format != LS_FORMAT_CSV || d->expected_fields < 2 || nhead < 2) return false;
    size_t top = LS_MIN(nhead, (size_t)MAX_TOP_LINES);

    /* The body: lines after the top few, or all but the first when the head is short. */
    size_t from = nhead > 12 ? LS_MIN(top, (size_t)8) : 1;
    ls_body_profile bp;
    /* (the lines right under the top: further down may be another table) */
    ls__body_profile(d, data, head + from, LS_MIN(nhead - from, (size_t)40), &bp, rec);

    ls_line_kind kind[MAX_TOP_LINES];
    ls_line_verdict ver[MAX_TOP_LINES];
    bool blank[MAX_TOP_LINES], pre[MAX_TOP_LINES];
    size_t body = top; /* first data line */
    for (size_t i = 0; i < top; i++) {
        const char *p = data + head[i].off;
        size_t len = head[i].len;
        blank[i] = len == 0 || ls__is_blank_line(p, len);
        /* comments, and lines without a delimiter (a title), are never records above the
         * first record (the rule before this one, kept) */
        pre[i] = !blank[i] && (ls__is_comment_line(p, len) || !memchr(p, d->delimiter, len));
        if (blank[i] || pre[i]) {
            kind[i] = LS_LINE_OTHER;
            continue;
        }
        kind[i] = ls__line_kind(d, enc, data, head[i], &bp, rec, rrec, &ver[i]);
        if (kind[i] == LS_LINE_DATA && !title_row(&ver[i], bp.fields)) {
            body = i;
            break;
        }
    }
    if (body == top) return false; /* no record in view: the caller's simple rules */

    /* R8: the header is the line naming the columns right above the first record, with
     * at most one units line under it and one title line above it; a line of another field
     * count only as the naming line (a damaged header). */
    size_t hb = body; /* header block [hb, body) */
    size_t names = SIZE_MAX;
    if (header != LS_NO && body > 0) {
        size_t c = body - 1;
        if (c > 0 && !blank[c] && !pre[c] && !blank[c - 1] && !pre[c - 1] &&
            kind[c - 1] == LS_LINE_HEADER && ls__units_row(&ver[c], &ver[c - 1], bp.fields))
            c--; /* a units line under the names */
        if (!blank[c] && !pre[c] && kind[c] == LS_LINE_HEADER) {
            names = c;
            hb = c;
            if (c > 0 && !blank[c - 1] && !pre[c - 1] && title_row(&ver[c - 1], bp.fields))
                hb = c - 1;
        }
    }
    if (names == SIZE_MAX && header == LS_YES) {
        names = body;
        hb = body;
    }
    /* what is above the header: preamble; without a header only comments and titles are,
     * and a malformed first line stays a record */
    size_t first = hb;
    if (names == SIZE_MAX) {
        first = 0;
        while (first < body && (blank[first] || pre[first]))
            first++;
    }
    uint32_t counts[8] = {0}, fields[8] = {0};
    for (size_t i = 0; i < first; i++) {
        if (blank[i]) {
            out->blanks++;
            continue;
        }
        out->preamble++;
        if (pre[i] || ver[i].datas == 0 || ver[i].nfields < 2) continue;
        /* a run of records with values above the header: a first table of its own */
        for (int k = 0; k < 8; k++) {
            if (fields[k] == ver[i].nfields || counts[k] == 0) {
                fields[k] = ver[i].nfields;
                if (++counts[k] >= 3) out->table_above = fields[k];
                break;
            }
        }
    }
    out->first = first;
    if (names == SIZE_MAX) {
        out->header_rows = 0;
        snprintf(out->evidence, sizeof out->evidence,
                 "line %zu is a record: its fields have the types of the columns below it",
                 first + 1);
        return true;
    }
    out->names_row = names;
    size_t end = names + 1 > body ? names + 1 : body;
    out->header_rows = (uint32_t)(end - hb);
    const ls_line_verdict *v = &ver[names];
    out->damaged = v->nfields != bp.fields;
    if (names == body) {
        snprintf(out->evidence, sizeof out->evidence, "line %zu taken as the header (forced)",
                 names + 1);
    } else if (out->damaged) {
        snprintf(out->evidence, sizeof out->evidence,
                 "line %zu names the columns although damaged: %u fields where the records have "
                 "%u, all names (%u header words), no value",
                 names + 1, v->nfields, bp.fields, v->known);
    } else {
        snprintf(out->evidence, sizeof out->evidence,
                 "line %zu names the columns: %u of its %u fields are names, %u over columns of "
                 "typed values (digits, '@'), %u header words",
                 names + 1, v->labels, v->nfields, v->over_typed, v->known);
    }
    size_t el = strlen(out->evidence);
    if (out->header_rows > 1 && el + 40 < sizeof out->evidence)
        snprintf(out->evidence + el, sizeof out->evidence - el, "; %u header lines (title/units)",
                 out->header_rows);
    return true;
}
