/* tables: where a delimited file that holds several tables stacked one under the other
 * starts each further table (rule R9 of parse/tokenize.h). See tables.h. */
#include "sniff/tables.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/macros.h"
#include "sniff/sniff.h" /* LS_SNIFF_MAX_TABLES */

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#define LOOKAHEAD     30 /* lines after a candidate header that show its table's shape */
#define MIN_FOLLOWING 3  /* records a new table needs under its header */
/* bytes after a candidate header its judgement reads at most: so a stream's window need
 * not grow past it to judge a candidate over very long lines */
#define LOOKAHEAD_BYTES ((size_t)16 << 20)

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

/* AVX-512BW: the four masks straight from 64-byte compares (no movemask, no shifts), about
 * a third of the AVX2 classification's instructions per block. */
#define LR_AVX512 __attribute__((target("avx512f,avx512bw,popcnt,bmi")))

LR_AVX512 static inline void classify_avx512(const char *p, const line_reader *r, uint64_t *nl,
                                             uint64_t *dl, uint64_t *qt, uint64_t *ty)
{
    const __m512i x = _mm512_loadu_si512((const void *)p);
    *nl = _mm512_cmpeq_epi8_mask(x, _mm512_set1_epi8((char)r->nlc));
    *dl = _mm512_cmpeq_epi8_mask(x, _mm512_set1_epi8((char)r->delim));
    *qt = _mm512_cmpeq_epi8_mask(x, _mm512_set1_epi8((char)r->quote));
    /* a digit: x - '0' below 10, unsigned */
    *ty = _mm512_cmplt_epu8_mask(_mm512_sub_epi8(x, _mm512_set1_epi8('0')), _mm512_set1_epi8(10)) |
          _mm512_cmpeq_epi8_mask(x, _mm512_set1_epi8('@'));
}

#define LR_SUFFIX                         avx512
#define LR_ATTR                           LR_AVX512
#define LR_CLASSIFY(p, r, nl, dl, qt, ty) classify_avx512(p, r, &nl, &dl, &qt, &ty)
#include "sniff/tables_reader_impl.h"
#undef LR_SUFFIX
#undef LR_ATTR
#undef LR_CLASSIFY

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
typedef size_t (*lr_skip_fn)(const line_reader *, size_t, uint32_t, bool);
typedef struct {
    lr_line_fn line;
    lr_skip_fn skip;
} lr_impl;

/* The reader of an instruction set (LS__TABLES_READER_*), or of the best one below it
 * that this CPU has: AVX-512BW, AVX2 + POPCNT, else the baseline (SSE2 on x86-64, plain C
 * elsewhere). LS__TABLES_READER_CPU is the best this CPU has. */
static lr_impl lr_for(int level)
{
#if defined(LR_HAVE_AVX2)
    if (level == LS__TABLES_READER_CPU) level = LS__TABLES_READER_AVX512;
    if (level >= LS__TABLES_READER_AVX512 && __builtin_cpu_supports("avx512f") &&
        __builtin_cpu_supports("avx512bw") && __builtin_cpu_supports("popcnt") &&
        __builtin_cpu_supports("bmi"))
        return (lr_impl){lr_line_avx512, lr_skip_plain_avx512};
    if (level >= LS__TABLES_READER_AVX2 && __builtin_cpu_supports("avx2") &&
        __builtin_cpu_supports("popcnt") && __builtin_cpu_supports("bmi"))
        return (lr_impl){lr_line_avx2, lr_skip_plain_avx2};
    return (lr_impl){lr_line_sse2, lr_skip_plain_sse2};
#elif defined(__SSE2__) && defined(__x86_64__)
    (void)level;
    return (lr_impl){lr_line_sse2, lr_skip_plain_sse2};
#else
    (void)level;
    return (lr_impl){lr_line_c, lr_skip_plain_c};
#endif
}

int ls__tables_reader(int level)
{
#if defined(LR_HAVE_AVX2)
    lr_impl r = lr_for(level);
    return r.line == lr_line_avx512 ? LS__TABLES_READER_AVX512
           : r.line == lr_line_avx2 ? LS__TABLES_READER_AVX2
                                    : LS__TABLES_READER_BASELINE;
#else
    (void)level;
    return LS__TABLES_READER_BASELINE;
#endif
}

/* The fast path over plain lines (lr_skip_plain): on unless a test turns it off to hold
 * the scan to the line-by-line one; and the reader the scanners use (a test asks for each
 * instruction set's in turn). Read when a scanner is created. */
static bool skip_plain_on = true;
static int reader_level = LS__TABLES_READER_CPU;

bool ls__tables_set_skip_plain(bool on)
{
    bool prev = skip_plain_on;
    skip_plain_on = on;
    return prev;
}

int ls__tables_set_reader(int level)
{
    int prev = reader_level;
    reader_level = level;
    return prev;
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

/* The lines under a candidate header that show its table's shape: from `after` to at most
 * `to`, LOOKAHEAD rows, blank lines before them skipped, ending at a blank line after some
 * (a table ends there). Returns how many, in rows[]; *whole: the walk ended by itself
 * before `to` (a blank line or LOOKAHEAD rows), every line it read ending in a newline.
 * Until the lines are whole in a window, a window's scan puts the candidate off, so that
 * its verdict is the one a scan of the whole file gives, however the input is cut. */
static size_t rows_under(const ls_dialect *d, const char *data, size_t after, size_t to,
                         ls_line *rows, bool *whole)
{
    size_t nrows = 0, pos = after;
    bool cut = false; /* a line read runs to `to` without its newline */
    while (pos < to && nrows < LOOKAHEAD) {
        ls_line l;
        pos = next_line(d, data, pos, to, &l);
        cut |= pos == to && data[to - 1] != (char)d->newline_char;
        if (!l.len || ls__is_blank_line(data + l.off, l.len)) {
            if (!nrows) continue;
            *whole = !cut;
            return nrows;
        }
        rows[nrows++] = l;
    }
    *whole = nrows == LOOKAHEAD && !cut;
    return nrows;
}

/* Is line `cand` the header of a new table? Its own field count must hold for the lines
 * under it (rows[], from rows_under: >= 80% of them, at least MIN_FOLLOWING records), it
 * must read as a header against them (R6/R7 of layout.c) and, when it keeps the current
 * field count, its names must be distinct, half of them header words, and it must not
 * read as a record of the current table. */
static bool confirm(const ls_dialect *d, ls_encoding enc, const char *data, ls_line cand,
                    const ls_line *rows, size_t nrows, const ls_body_profile *cur, ls_record *rec,
                    ls_record *rrec, uint32_t *fields_out, tprofile *tnext)
{
    if (ls_parse_record(d, data, cand.off, cand.off + cand.len, true, rec) != LS_SCAN_RECORD)
        return false;
    uint32_t nf = rec->nfields;
    if (nf < 2) return false;
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
                             int level, ls_line_figures *out, size_t cap)
{
    lr_line_fn fn = lr_for(level).line;
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

/* ---- the resumable scan ------------------------------------------------------------------ */

#define ROWS_COPY_MAX ((size_t)4 << 20) /* bytes of body rows a profile keeps a copy of */

struct ls_table_scanner {
    ls_dialect dc; /* the current table's dialect (its field count) */
    ls_encoding enc;
    char *header; /* the current table's names line (a repeat of it is not a new table) */
    size_t header_len, header_cap;
    tprofile prof[2];
    char *rows_buf[2]; /* prof[k]'s own copy of its rows' bytes */
    size_t rows_cap[2];
    tprofile *tcur, *tnext;
    uint64_t next; /* input offset where the scan goes on */
    unsigned attempts;
    uint64_t skipped; /* bytes the fast path stepped over */
    ls_table_scan_stop stop;
    ls_record *rec, *rrec;
    lr_impl lr;
    bool skip_plain; /* take the fast path over plain lines */
};

/* Give profile k its own copy of the bytes of its rows, so that it outlives the window it
 * was made from (a stream's windows are freed as the analysis moves on). At most
 * ROWS_COPY_MAX bytes: rows past that are dropped from the profile's repeat check only
 * (its column kinds were taken from all of them). */
static int own_rows(ls_table_scanner *s, int k, const char *data)
{
    tprofile *t = &s->prof[k];
    size_t total = 0, keep = 0;
    while (keep < t->bp.nrows && total + t->rows[keep].len <= ROWS_COPY_MAX)
        total += t->rows[keep++].len;
    if (total > s->rows_cap[k] || !s->rows_buf[k]) {
        char *nb = realloc(s->rows_buf[k], total ? total : 1);
        if (!nb) return -1;
        s->rows_buf[k] = nb, s->rows_cap[k] = total;
    }
    size_t o = 0;
    for (size_t r = 0; r < keep; r++) {
        memcpy(s->rows_buf[k] + o, data + t->rows[r].off, t->rows[r].len);
        t->rows[r].off = o;
        o += t->rows[r].len;
    }
    t->bp.nrows = keep;
    t->bp.rows_data = s->rows_buf[k];
    return 0;
}

static int set_header(ls_table_scanner *s, const char *p, size_t n)
{
    if (n > s->header_cap || !s->header) {
        char *nb = realloc(s->header, n ? n : 1);
        if (!nb) return -1;
        s->header = nb, s->header_cap = n;
    }
    memcpy(s->header, p, n);
    s->header_len = n;
    return 0;
}

void ls__table_scanner_free(ls_table_scanner *s)
{
    if (!s) return;
    free(s->header);
    free(s->rows_buf[0]);
    free(s->rows_buf[1]);
    free(s->rec);
    free(s->rrec);
    free(s);
}

ls_table_scanner *ls__table_scanner_create(const ls_dialect *d, ls_encoding enc, const char *data,
                                           uint64_t base, size_t from, size_t to,
                                           ls_line first_header)
{
    if (d->format != LS_FORMAT_CSV || d->expected_fields < 2 || from >= to) return NULL;
    ls_table_scanner *s = calloc(1, sizeof *s);
    if (!s) return NULL;
    s->rec = malloc(sizeof *s->rec);
    s->rrec = malloc(sizeof *s->rrec);
    s->dc = *d;
    s->enc = enc;
    s->tcur = &s->prof[0], s->tnext = &s->prof[1];
    s->next = base + from;
    s->lr = lr_for(reader_level);
    s->skip_plain = skip_plain_on;
    if (!s->rec || !s->rrec || set_header(s, data + first_header.off, first_header.len) != 0) {
        ls__table_scanner_free(s);
        return NULL;
    }
    /* the first table's profile, from its first lines */
    ls_line rows[LOOKAHEAD];
    size_t nrows = 0, pos = from;
    while (pos < to && nrows < LOOKAHEAD) {
        ls_line l;
        pos = next_line(d, data, pos, to, &l);
        if (l.len) rows[nrows++] = l;
    }
    profile(d, data, rows, nrows, s->tcur, s->rec);
    if (own_rows(s, 0, data) != 0) {
        ls__table_scanner_free(s);
        return NULL;
    }
    return s;
}

void ls__table_scan_note(ls_table_scan_stop_reason why, char *buf, size_t n)
{
    switch (why) {
    case LS_TABLE_SCAN_TOO_MANY_CANDIDATES:
        snprintf(buf, n, "%d candidate header lines were judged and refused",
                 LS_TABLE_SCAN_MAX_ATTEMPTS);
        break;
    case LS_TABLE_SCAN_TOO_MANY_TABLES:
        snprintf(buf, n, "%d tables were found, the most one file is split into",
                 LS_SNIFF_MAX_TABLES);
        break;
    case LS_TABLE_SCAN_NO_MEMORY:
        snprintf(buf, n, "out of memory while keeping a table's header");
        break;
    default:
        snprintf(buf, n, "complete");
    }
}

ls_table_scan_stop ls__table_scanner_stop(const ls_table_scanner *s)
{
    return s->stop;
}

uint64_t ls__table_scanner_position(const ls_table_scanner *s)
{
    return s->next;
}

void ls__table_scanner_skip_to(ls_table_scanner *s, uint64_t pos)
{
    s->next = pos;
}

unsigned ls__table_scanner_attempts(const ls_table_scanner *s)
{
    return s->attempts;
}

uint64_t ls__table_scanner_skipped(const ls_table_scanner *s)
{
    return s->skipped;
}

ls_tables_step ls__table_scanner_feed(ls_table_scanner *s, const char *data, uint64_t base,
                                      size_t len, bool eof, uint64_t *at)
{
    ls_dialect *dc = &s->dc;
    /* a resume point before the window: those bytes were skipped (an oversized record) */
    size_t pos = s->next > base ? (size_t)(s->next - base) : 0;
    size_t gap = SIZE_MAX;   /* start of the blank / title lines since the last record */
    bool prev_blank = false; /* false at every resume point: it is a record's start or a gap's */
    /* what a failed look-ahead learnt (tokenize.h): a file whose every line opens a quote
     * it never closes must not cost lines x file */
    ls_parse_memo memo;
    ls_parse_memo_reset(&memo);
    line_reader lr;
    lr_init(&lr, dc, data, len);
    /* the fast path's plain line: the table's delimiters, and a digit or '@' where the
     * table has typed columns (or where a line of delimiters alone would read as blank) */
    const bool fast = s->skip_plain && dc->expected_fields >= 2;
    const uint32_t want = dc->expected_fields - 1;
    const bool need_typed = s->tcur->bp.ntyped || dc->delimiter == ' ' || dc->delimiter == '\t' ||
                            dc->delimiter == '\r';
    unsigned backoff = 0;
    while (pos < len) {
        if (s->attempts >= LS_TABLE_SCAN_MAX_ATTEMPTS) { /* never stop silently: say where */
            s->stop = (ls_table_scan_stop){LS_TABLE_SCAN_TOO_MANY_CANDIDATES, base + pos};
            s->next = base + pos;
            *at = base + pos;
            return LS_TABLES_STOPPED;
        }
        ls_line l;
        line_scan sc;
        if (fast && !prev_blank) {
            /* plain lines (most of a table) are stepped over in bulk; after a line the
             * fast path could not take, it is tried again only some lines later, so a
             * file of lines it never takes costs one block per 16 lines, not one each */
            if (backoff) {
                backoff--;
            } else {
                size_t np = s->lr.skip(&lr, pos, want, need_typed);
                if (np == pos) backoff = 16;
                if (np > pos) gap = SIZE_MAX, s->skipped += np - pos;
                pos = np;
                if (pos >= len) break;
            }
        }
        size_t after = s->lr.line(&lr, pos, &l, &sc);
        if (!eof && after == len && data[len - 1] != (char)dc->newline_char)
            break; /* the window ends inside this line: the next window has it whole */
        const char *p = data + l.off;
        if (!l.len || ls__is_blank_line(p, l.len)) {
            if (gap == SIZE_MAX) gap = l.off;
            prev_blank = true;
            pos = after;
            continue;
        }
        if (sc.delims == 0 && !sc.quotes) { /* a title between tables (or a stray line) */
            if (gap == SIZE_MAX) gap = l.off;
            pos = after;
            continue;
        }
        /* an odd number of quotes may open a field that spans lines: read the whole record
         * (the tokenizer decides, R1-R3) so that a boundary is always a record's start;
         * such a record is never a header */
        if (sc.quotes & 1) {
            ls_scan_result r = ls_parse_record_memo(dc, data, l.off, len, eof, s->rec, &memo);
            if (r == LS_SCAN_NEED_MORE) break; /* its end is in a later window */
            if (r == LS_SCAN_RECORD && s->rec->next > after) {
                prev_blank = false;
                gap = SIZE_MAX;
                pos = s->rec->next;
                continue;
            }
        }
        uint32_t nf = line_fields(dc, data, l, sc, s->rec);
        bool candidate =
            nf != dc->expected_fields || prev_blank || (s->tcur->bp.ntyped && !sc.typed);
        bool repeat = l.len == s->header_len && s->header_len &&
                      memcmp(p, s->header, l.len) == 0; /* the same table goes on */
        if (candidate && !repeat) {
            /* judged on the lines of at most LOOKAHEAD_BYTES under it, all in view: else
             * in a later window, which holds more of them */
            size_t look = len - after > LOOKAHEAD_BYTES ? after + LOOKAHEAD_BYTES : len;
            ls_line rows[LOOKAHEAD];
            bool whole;
            size_t nrows = rows_under(dc, data, after, look, rows, &whole);
            if (!eof && look == len && !whole) break;
            s->attempts++;
            uint32_t fields = 0;
            if (confirm(dc, s->enc, data, l, rows, nrows, &s->tcur->bp, s->rec, s->rrec, &fields,
                        s->tnext)) {
                int k = s->tnext == &s->prof[0] ? 0 : 1;
                if (own_rows(s, k, data) != 0 || set_header(s, p, l.len) != 0) {
                    s->stop = (ls_table_scan_stop){LS_TABLE_SCAN_NO_MEMORY, base + l.off};
                    *at = s->next = base + l.off;
                    return LS_TABLES_STOPPED;
                }
                dc->expected_fields = fields;
                tprofile *t = s->tcur;
                s->tcur = s->tnext, s->tnext = t;
                s->next = base + after;
                *at = base + (gap != SIZE_MAX ? gap : l.off);
                return LS_TABLES_FOUND;
            }
        }
        prev_blank = false;
        gap = SIZE_MAX;
        pos = after;
    }
    if (pos > len) pos = len;
    /* the lines of an unfinished gap are read again with the lines after them */
    s->next = base + (gap != SIZE_MAX ? gap : pos);
    *at = s->next;
    return LS_TABLES_CLEAR;
}

ls_tables_step ls__table_scanner_collect(ls_table_scanner *s, const char *data, uint64_t base,
                                         size_t len, bool eof, size_t *starts, size_t *n,
                                         size_t cap, ls_table_scan_stop *stop, uint64_t *at)
{
    ls_tables_step step = LS_TABLES_CLEAR;
    *at = s->next;
    while (*n < cap &&
           (step = ls__table_scanner_feed(s, data, base, len, eof, at)) == LS_TABLES_FOUND)
        starts[(*n)++] = (size_t)*at;
    if (step == LS_TABLES_STOPPED) {
        *stop = s->stop;
    } else if (*n == cap && (s->next < base + len || !eof)) {
        /* more lines than the tables allowed: say so */
        *stop = (ls_table_scan_stop){LS_TABLE_SCAN_TOO_MANY_TABLES, (size_t)s->next};
        step = LS_TABLES_STOPPED;
    } else if (step == LS_TABLES_FOUND) { /* `cap` tables, and nothing left to scan */
        step = LS_TABLES_CLEAR;
        *at = s->next;
    }
    return step;
}

size_t ls__find_tables(const ls_dialect *d, ls_encoding enc, const char *data, size_t from,
                       size_t to, ls_line first_header, size_t *starts, size_t cap,
                       ls_table_scan_stop *stop)
{
    *stop = (ls_table_scan_stop){LS_TABLE_SCAN_COMPLETE, 0};
    if (cap == 0) return 0;
    ls_table_scanner *s = ls__table_scanner_create(d, enc, data, 0, from, to, first_header);
    if (!s) return 0;
    size_t n = 0;
    uint64_t at;
    ls__table_scanner_collect(s, data, 0, to, true, starts, &n, cap, stop, &at);
    ls__table_scanner_free(s);
    return n;
}
