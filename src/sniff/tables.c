/* tables: where a delimited file that holds several tables stacked one under the other
 * starts each further table (rule R9 of parse/tokenize.h). See tables.h. */
#include "sniff/tables.h"

#include <stdlib.h>
#include <string.h>

#include "common/macros.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#define LOOKAHEAD     30 /* lines after a candidate header that show its table's shape */
#define MIN_FOLLOWING 3  /* records a new table needs under its header */

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
    uint32_t delims; /* delimiters (raw: quotes may hide some) */
    uint32_t quotes; /* quote characters (0 when quoting is off) */
    bool typed;      /* holds a digit or an '@' */
} line_scan;

/* A forward reader of the lines of [from, to) that describes each line in the same pass
 * that finds its end: delimiters, quotes, digits or '@'. The bytes are classified 64 at a
 * time into bit masks (as parse/block.c does) and a line's figures are popcounts of its
 * slice of the masks, so this scan of every line of the file reads each byte once, with
 * no per-byte branch: it must cost a small fraction of parsing (issue 11: sniffing within
 * 2 % of the analysis). */
typedef struct {
    const char *data;
    size_t to;
    size_t base;                   /* the masks describe [base, base + 64) */
    uint64_t nl, dl, qt, ty;       /* newline, delimiter, quote, digit-or-'@' bits */
    uint8_t nlc, delim, quote, cr; /* cr: strip a '\r' before '\n' */
} line_reader;

static void lr_init(line_reader *r, const ls_dialect *d, const char *data, size_t to)
{
    memset(r, 0, sizeof *r);
    r->data = data, r->to = to;
    r->nlc = d->newline_char, r->delim = d->delimiter, r->quote = d->quote;
    r->cr = d->newline_char == '\n';
    r->base = SIZE_MAX;
}

#if defined(__SSE2__) && defined(__x86_64__)
static inline uint64_t mask16(__m128i eq)
{
    return (uint64_t)(uint32_t)_mm_movemask_epi8(eq);
}

static inline void classify_sse2(const char *p, const line_reader *r, uint64_t *nl, uint64_t *dl,
                                 uint64_t *qt, uint64_t *ty)
{
    const __m128i vn = _mm_set1_epi8((char)r->nlc), vd = _mm_set1_epi8((char)r->delim),
                  vq = _mm_set1_epi8((char)r->quote), at = _mm_set1_epi8('@');
    const __m128i lo = _mm_set1_epi8((char)('0' - 1 - 128)),
                  hi = _mm_set1_epi8((char)('9' + 1 - 128)), flip = _mm_set1_epi8((char)0x80);
    *nl = *dl = *qt = *ty = 0;
    for (int k = 0; k < 4; k++) {
        __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(p + 16 * k));
        __m128i xs = _mm_xor_si128(x, flip);
        __m128i dig = _mm_and_si128(_mm_cmpgt_epi8(xs, lo), _mm_cmplt_epi8(xs, hi));
        *nl |= mask16(_mm_cmpeq_epi8(x, vn)) << (16 * k);
        *dl |= mask16(_mm_cmpeq_epi8(x, vd)) << (16 * k);
        *qt |= mask16(_mm_cmpeq_epi8(x, vq)) << (16 * k);
        *ty |= mask16(_mm_or_si128(dig, _mm_cmpeq_epi8(x, at))) << (16 * k);
    }
}

#define LR_SUFFIX                         sse2
#define LR_ATTR                           /* baseline */
#define LR_CLASSIFY(p, r, nl, dl, qt, ty) classify_sse2(p, r, &nl, &dl, &qt, &ty)
#include "sniff/tables_reader_impl.h"
#undef LR_SUFFIX
#undef LR_ATTR
#undef LR_CLASSIFY

/* AVX2 with hardware popcount: half the vector steps, and a popcount instruction rather
 * than libgcc's routine (the portable build targets plain x86-64). */
#define LR_AVX2 __attribute__((target("avx2,popcnt,bmi")))
#include <immintrin.h>

LR_AVX2 static inline uint64_t mask32(__m256i eq)
{
    return (uint64_t)(uint32_t)_mm256_movemask_epi8(eq);
}

LR_AVX2 static inline void classify_avx2(const char *p, const line_reader *r, uint64_t *nl,
                                         uint64_t *dl, uint64_t *qt, uint64_t *ty)
{
    const __m256i vn = _mm256_set1_epi8((char)r->nlc), vd = _mm256_set1_epi8((char)r->delim),
                  vq = _mm256_set1_epi8((char)r->quote), at = _mm256_set1_epi8('@');
    const __m256i lo = _mm256_set1_epi8((char)('0' - 1 - 128)),
                  hi = _mm256_set1_epi8((char)('9' + 1 - 128)), flip = _mm256_set1_epi8((char)0x80);
    *nl = *dl = *qt = *ty = 0;
    for (int k = 0; k < 2; k++) {
        __m256i x = _mm256_loadu_si256((const __m256i *)(const void *)(p + 32 * k));
        __m256i xs = _mm256_xor_si256(x, flip);
        __m256i dig = _mm256_and_si256(_mm256_cmpgt_epi8(xs, lo), _mm256_cmpgt_epi8(hi, xs));
        *nl |= mask32(_mm256_cmpeq_epi8(x, vn)) << (32 * k);
        *dl |= mask32(_mm256_cmpeq_epi8(x, vd)) << (32 * k);
        *qt |= mask32(_mm256_cmpeq_epi8(x, vq)) << (32 * k);
        *ty |= mask32(_mm256_or_si256(dig, _mm256_cmpeq_epi8(x, at))) << (32 * k);
    }
}

#define LR_SUFFIX                         avx2
#define LR_ATTR                           LR_AVX2
#define LR_CLASSIFY(p, r, nl, dl, qt, ty) classify_avx2(p, r, &nl, &dl, &qt, &ty)
#include "sniff/tables_reader_impl.h"
#undef LR_SUFFIX
#undef LR_ATTR
#undef LR_CLASSIFY
#define LR_HAVE_AVX2 1

#else /* portable: plain C masks */

static inline void classify_c(const char *p, const line_reader *r, uint64_t *nl, uint64_t *dl,
                              uint64_t *qt, uint64_t *ty)
{
    *nl = *dl = *qt = *ty = 0;
    for (int i = 0; i < 64; i++) {
        unsigned char c = (unsigned char)p[i];
        *nl |= (uint64_t)(c == r->nlc) << i;
        *dl |= (uint64_t)(c == r->delim) << i;
        *qt |= (uint64_t)(c == r->quote) << i;
        *ty |= (uint64_t)((c >= '0' && c <= '9') || c == '@') << i;
    }
}

#define LR_SUFFIX                         c
#define LR_ATTR                           /* portable */
#define LR_CLASSIFY(p, r, nl, dl, qt, ty) classify_c(p, r, &nl, &dl, &qt, &ty)
#include "sniff/tables_reader_impl.h"
#undef LR_SUFFIX
#undef LR_ATTR
#undef LR_CLASSIFY

#endif

typedef size_t (*lr_line_fn)(line_reader *, size_t, ls_line *, line_scan *);

/* The reader for this CPU: AVX2 + POPCNT where the CPU has them. */
static lr_line_fn lr_pick(void)
{
#if defined(LR_HAVE_AVX2)
    if (__builtin_cpu_supports("avx2") && __builtin_cpu_supports("popcnt") &&
        __builtin_cpu_supports("bmi"))
        return lr_line_avx2;
    return lr_line_sse2;
#elif defined(__SSE2__) && defined(__x86_64__)
    return lr_line_sse2;
#else
    return lr_line_c;
#endif
}

/* The field count of a line: its delimiters plus one, read by the tokenizer when quotes
 * may hide delimiters. */
static uint32_t line_fields(const ls_dialect *d, const char *data, ls_line l, line_scan s,
                            ls_record *rec)
{
    /* quotes can only hide delimiters: a line whose raw count is the table's is taken at
     * its word (the tokenizer is paid only on lines that may change the count) */
    if (!s.quotes || s.delims + 1 == d->expected_fields) return s.delims + 1;
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
    if (ls__line_kind(&d2, enc, data, rows[0], next, rec, rrec, &v1) != LS_LINE_DATA) {
        /* a units line under the names (R8, as for the first table): the table's records
         * are the lines under it, and the names are judged against them */
        if (nrows <= MIN_FOLLOWING || !ls__units_row(&v1, &v, nf)) return false;
        profile(&d2, data, rows + 1, nrows - 1, tnext, rec);
        if (ls__line_kind(&d2, enc, data, cand, next, rec, rrec, &v) != LS_LINE_HEADER ||
            v.nfields != nf ||
            ls__line_kind(&d2, enc, data, rows[1], next, rec, rrec, &v1) != LS_LINE_DATA)
            return false;
    }
    if (nf == cur->fields) {
        /* same shape: names, not a record that holds text ("n/a" in every field) */
        if (v.known * 2 < v.labels || v.labels < 2) return false;
        ls_line_verdict vc;
        if (ls__line_kind(d, enc, data, cand, cur, rec, rrec, &vc) == LS_LINE_DATA) return false;
        if (ls_parse_record(d, data, cand.off, cand.off + cand.len, true, rec) != LS_SCAN_RECORD)
            return false;
        /* mostly distinct names: a record of "n/a" everywhere is not a header, a header
         * naming two columns alike ("courriel;courriel;ville") still is */
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
        if (dup * 2 > nonempty) return false;
    }
    *fields_out = nf;
    return true;
}

size_t ls__tables_scan_lines(const ls_dialect *d, const char *data, size_t from, size_t to,
                             int impl, ls_line_figures *out, size_t cap)
{
#if defined(__SSE2__) && defined(__x86_64__)
    lr_line_fn fn = impl ? lr_pick() : lr_line_sse2;
#else
    lr_line_fn fn = lr_pick();
    (void)impl;
#endif
    line_reader lr;
    lr_init(&lr, d, data, to);
    size_t n = 0;
    for (size_t pos = from; pos < to; n++) {
        ls_line l;
        line_scan s;
        pos = fn(&lr, pos, &l, &s);
        if (n < cap) out[n] = (ls_line_figures){l, s.delims, s.quotes, s.typed};
    }
    return n;
}

size_t ls__find_tables(const ls_dialect *d, ls_encoding enc, const char *data, size_t from,
                       size_t to, ls_line first_header, size_t *starts, size_t cap, ls_record *rec,
                       ls_record *rrec, ls_table_scan_stop *stop)
{
    *stop = (ls_table_scan_stop){LS_TABLE_SCAN_COMPLETE, 0};
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
    line_reader lr;
    lr_init(&lr, &dc, data, to);
    lr_line_fn lr_line = lr_pick();
    pos = from;
    while (pos < to && n < cap && attempts < LS_TABLE_SCAN_MAX_ATTEMPTS) {
        ls_line l;
        line_scan s;
        size_t after = lr_line(&lr, pos, &l, &s);
        const char *p = data + l.off;
        if (!l.len || ls__is_blank_line(p, l.len)) {
            if (gap == SIZE_MAX) gap = l.off;
            prev_blank = true;
            pos = after;
            continue;
        }
        if (s.delims == 0 && !s.quotes) { /* a title between tables (or a stray line) */
            if (gap == SIZE_MAX) gap = l.off;
            pos = after;
            continue;
        }
        /* an odd number of quotes may open a field that spans lines: read the whole record
         * (the tokenizer decides, R1-R3) so that a boundary is always a record's start;
         * such a record is never a header */
        if ((s.quotes & 1) &&
            ls_parse_record_memo(&dc, data, l.off, to, true, rec, &memo) == LS_SCAN_RECORD &&
            rec->next > after) {
            prev_blank = false;
            gap = SIZE_MAX;
            pos = rec->next;
            continue;
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
    if (pos < to) /* the loop ended early: say where, never stop silently */
        *stop = (ls_table_scan_stop){attempts >= LS_TABLE_SCAN_MAX_ATTEMPTS
                                         ? LS_TABLE_SCAN_TOO_MANY_CANDIDATES
                                         : LS_TABLE_SCAN_TOO_MANY_TABLES,
                                     pos};
    free(prof);
    return n;
}
