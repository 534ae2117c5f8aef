/* tables: where a delimited file that holds several tables stacked one under the other
 * starts each further table (rule R9 of parse/tokenize.h). See tables.h. */
#include "sniff/tables.h"

#include <stdlib.h>
#include <string.h>

#include "common/macros.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#define LOOKAHEAD     30   /* lines after a candidate header that show its table's shape */
#define MIN_FOLLOWING 3    /* records a new table needs under its header */
#define MAX_ATTEMPTS  4096 /* candidates judged before the scan gives up (malformed files) */

/* A body profile with its own copy of the rows it was made from (it compares with them). */
typedef struct {
    ls_body_profile bp;
    ls_line rows[LOOKAHEAD];
} tprofile;

static void profile(const ls_dialect *d, const char *data, const ls_line *rows, size_t nrows,
                    tprofile *t, ls_record *rec)
{
    nrows = LS_MIN(nrows, (size_t)LOOKAHEAD);
    memcpy(t->rows, rows, nrows * sizeof *rows);
    ls__body_profile(d, data, t->rows, nrows, &t->bp, rec);
}

typedef struct {
    uint32_t delims; /* delimiters outside quotes */
    bool typed;      /* holds a digit or an '@' */
    bool quote;      /* holds the quote character */
} line_scan;

/* One pass over a line: delimiters, digits/'@', quotes. 16 bytes a step where SSE2 is
 * there: this runs over every line of the file, so it must cost a fraction of parsing. */
static line_scan scan_line(const char *p, size_t n, uint8_t delim, uint8_t quote)
{
    line_scan s = {0, false, false};
    size_t i = 0;
#if defined(__SSE2__)
    const __m128i vd = _mm_set1_epi8((char)delim),
                  vq = _mm_set1_epi8((char)(quote ? quote : delim));
    const __m128i lo = _mm_set1_epi8((char)('0' - 1 - 128)),
                  hi = _mm_set1_epi8((char)('9' + 1 - 128));
    const __m128i at = _mm_set1_epi8('@'), flip = _mm_set1_epi8((char)0x80);
    unsigned typed = 0, quotes = 0, steps = 0;
    __m128i acc = _mm_setzero_si128(); /* per-lane delimiter counts (no popcnt needed) */
    for (; i + 16 <= n; i += 16) {
        __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(p + i));
        acc = _mm_sub_epi8(acc, _mm_cmpeq_epi8(x, vd));
        if (++steps == 255) { /* a lane holds at most 255 */
            __m128i sum = _mm_sad_epu8(acc, _mm_setzero_si128());
            s.delims += (uint32_t)(_mm_cvtsi128_si32(sum) + _mm_extract_epi16(sum, 4));
            acc = _mm_setzero_si128();
            steps = 0;
        }
        __m128i xs = _mm_xor_si128(x, flip);
        __m128i dig = _mm_and_si128(_mm_cmpgt_epi8(xs, lo), _mm_cmplt_epi8(xs, hi));
        typed |= (unsigned)_mm_movemask_epi8(_mm_or_si128(dig, _mm_cmpeq_epi8(x, at)));
        quotes |= (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(x, vq));
    }
    __m128i sum = _mm_sad_epu8(acc, _mm_setzero_si128());
    s.delims += (uint32_t)(_mm_cvtsi128_si32(sum) + _mm_extract_epi16(sum, 4));
    s.typed = typed != 0;
    s.quote = quote && quotes != 0;
#endif
    for (; i < n; i++) {
        unsigned char c = (unsigned char)p[i];
        if (c == delim) s.delims++;
        if ((c >= '0' && c <= '9') || c == '@') s.typed = true;
        if (quote && c == quote) s.quote = true;
    }
    return s;
}

/* The field count of a line: its delimiters plus one, read by the tokenizer when quotes
 * may hide delimiters. */
static uint32_t line_fields(const ls_dialect *d, const char *data, ls_line l, line_scan s,
                            ls_record *rec)
{
    /* quotes can only hide delimiters: a line whose raw count is the table's is taken at
     * its word (the tokenizer is paid only on lines that may change the count) */
    if (!s.quote || s.delims + 1 == d->expected_fields) return s.delims + 1;
    if (ls_parse_record(d, data, l.off, l.off + l.len, true, rec) != LS_SCAN_RECORD) return 0;
    return rec->nfields;
}

static size_t next_line(const ls_dialect *d, const char *data, size_t pos, size_t to, ls_line *l)
{
    const char *nl = memchr(data + pos, d->newline_char, to - pos);
    size_t le = nl ? (size_t)(nl - data) : to;
    size_t len = le - pos;
    if (d->newline_char == '\n' && len && data[le - 1] == '\r') len--;
    *l = (ls_line){pos, len};
    return nl ? le + 1 : to;
}

/* Is line `cand` the header of a new table? Its own field count must hold for the lines
 * under it (>= 80% of them, at least MIN_FOLLOWING records), it must read as a header
 * against them (R6/R7 of layout.c) and, when it keeps the current field count, its names
 * must be distinct, half of them header words, and it must not read as a record of the
 * current table. */
static bool confirm(const ls_dialect *d, ls_encoding enc, const char *data, size_t to, ls_line cand,
                    size_t after, const ls_body_profile *cur, ls_record *rec, ls_record *rrec,
                    uint32_t *fields_out, tprofile *tnext)
{
    if (ls_parse_record(d, data, cand.off, cand.off + cand.len, true, rec) != LS_SCAN_RECORD)
        return false;
    uint32_t nf = rec->nfields;
    if (nf < 2) return false;
    ls_line rows[LOOKAHEAD];
    size_t nrows = 0, pos = after;
    while (pos < to && nrows < LOOKAHEAD) {
        ls_line l;
        pos = next_line(d, data, pos, to, &l);
        if (!l.len || ls__is_blank_line(data + l.off, l.len)) {
            if (nrows) break; /* a table ends at a blank line */
            continue;
        }
        rows[nrows++] = l;
    }
    if (nrows < MIN_FOLLOWING) return false;
    ls_dialect d2 = *d;
    d2.expected_fields = nf;
    /* the table under the candidate ends where two lines in a row have another count (the
     * next table), or at a blank line */
    size_t same = 0, other_run = 0;
    for (size_t r = 0; r < nrows; r++) {
        bool ok = ls_parse_record(&d2, data, rows[r].off, rows[r].off + rows[r].len, true, rec) ==
                      LS_SCAN_RECORD &&
                  rec->nfields == nf;
        same += ok;
        other_run = ok ? 0 : other_run + 1;
        if (other_run == 2 && same >= MIN_FOLLOWING) {
            nrows = r - 1;
            break;
        }
    }
    if (same * 10 < nrows * 8 || same < MIN_FOLLOWING) return false;
    profile(&d2, data, rows, nrows, tnext, rec);
    const ls_body_profile *next = &tnext->bp;
    ls_line_verdict v;
    if (ls__line_kind(&d2, enc, data, cand, next, rec, rrec, &v) != LS_LINE_HEADER ||
        v.nfields != nf)
        return false;
    ls_line_verdict v1;
    if (ls__line_kind(&d2, enc, data, rows[0], next, rec, rrec, &v1) != LS_LINE_DATA) return false;
    if (nf == cur->fields) {
        /* same shape: names, not a record that holds text ("n/a" in every field) */
        if (v.known * 2 < v.labels || v.labels < 2) return false;
        ls_line_verdict vc;
        if (ls__line_kind(d, enc, data, cand, cur, rec, rrec, &vc) == LS_LINE_DATA) return false;
        if (ls_parse_record(d, data, cand.off, cand.off + cand.len, true, rec) != LS_SCAN_RECORD)
            return false;
        /* mostly distinct names (a record of "n/a" everywhere is not a header) */
        uint32_t nonempty = 0, dup = 0;
        for (uint32_t i = 0; i < rec->nfields && i < 64; i++) {
            if (!rec->fields[i].len) continue;
            nonempty++;
            for (uint32_t j = 0; j < i; j++)
                if (rec->fields[j].len == rec->fields[i].len &&
                    memcmp(rec->fields[j].p, rec->fields[i].p, rec->fields[i].len) == 0) {
                    dup++;
                    break;
                }
        }
        if (dup * 3 > nonempty) return false;
    }
    *fields_out = nf;
    return true;
}

size_t ls__find_tables(const ls_dialect *d, ls_encoding enc, const char *data, size_t from,
                       size_t to, ls_line first_header, size_t *starts, size_t cap, ls_record *rec,
                       ls_record *rrec)
{
    if (d->format != LS_FORMAT_CSV || d->expected_fields < 2 || from >= to || cap == 0) return 0;
    size_t n = 0;
    tprofile *prof = malloc(2 * sizeof *prof);
    if (!prof) return 0;
    tprofile *tcur = &prof[0], *tnext = &prof[1];
    /* the first table's profile, from its first lines */
    ls_line rows[LOOKAHEAD];
    size_t nrows = 0, pos = from;
    while (pos < to && nrows < LOOKAHEAD) {
        ls_line l;
        pos = next_line(d, data, pos, to, &l);
        if (l.len) rows[nrows++] = l;
    }
    profile(d, data, rows, nrows, tcur, rec);
    ls_dialect dc = *d;
    ls_line header = first_header;
    bool prev_blank = false;
    size_t gap = SIZE_MAX; /* start of the blank / title lines since the last record */
    unsigned attempts = 0;
    /* what a failed look-ahead learnt (tokenize.h): a file whose every line opens a quote
     * it never closes must not cost lines x file */
    ls_parse_memo memo;
    ls_parse_memo_reset(&memo);
    pos = from;
    while (pos < to && n < cap && attempts < MAX_ATTEMPTS) {
        ls_line l;
        size_t after = next_line(&dc, data, pos, to, &l);
        const char *p = data + l.off;
        if (!l.len || ls__is_blank_line(p, l.len)) {
            if (gap == SIZE_MAX) gap = l.off;
            prev_blank = true;
            pos = after;
            continue;
        }
        line_scan s = scan_line(p, l.len, dc.delimiter, dc.quote);
        if (s.delims == 0 && !s.quote) { /* a title between tables (or a stray line) */
            if (gap == SIZE_MAX) gap = l.off;
            pos = after;
            continue;
        }
        if (s.quote) {
            /* an odd number of quotes may open a field that spans lines: read the whole
             * record (the tokenizer decides, R1-R3) so that a boundary is always a record's
             * start; such a record is never a header */
            size_t q = 0;
            for (size_t i = 0; i < l.len; i++)
                q += p[i] == (char)dc.quote;
            if ((q & 1) &&
                ls_parse_record_memo(&dc, data, l.off, to, true, rec, &memo) == LS_SCAN_RECORD &&
                rec->next > after) {
                prev_blank = false;
                gap = SIZE_MAX;
                pos = rec->next;
                continue;
            }
        }
        uint32_t nf = line_fields(&dc, data, l, s, rec);
        bool candidate = nf != dc.expected_fields || prev_blank || (tcur->bp.ntyped && !s.typed);
        bool repeat = header.len && l.len == header.len &&
                      memcmp(p, data + header.off, l.len) == 0; /* the same table goes on */
        uint32_t fields = 0;
        if (candidate && !repeat) {
            attempts++;
            if (confirm(&dc, enc, data, to, l, after, &tcur->bp, rec, rrec, &fields, tnext)) {
                starts[n++] = gap != SIZE_MAX ? gap : l.off;
                dc.expected_fields = fields;
                header = l;
                tprofile *t = tcur;
                tcur = tnext, tnext = t;
            }
        }
        prev_blank = false;
        gap = SIZE_MAX;
        pos = after;
    }
    free(prof);
    return n;
}
