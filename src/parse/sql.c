/* sql: the streaming SQL dump reader (contract in sql.h).
 *
 * How it works
 *   One pass of byte-resumable state machines: every state can stop at any byte and carry
 *   on with the next chunk, so no answer depends on where the chunks are cut and nothing is
 *   ever read twice (linear time on any input). Three modes:
 *     - top: a statement-level lexer (comments, strings, quoted identifiers, dollar quotes,
 *       words, punctuation) feeding a small token grammar that recognises INSERT/REPLACE,
 *       CREATE TABLE, COPY ... FROM stdin, SET standard_conforming_strings and DELIMITER,
 *       and skips everything else to its ';'.
 *     - values: the tuples of an INSERT. This is the hot path: strings are scanned 16 bytes
 *       at a time (SSE2) for their quote or a backslash, unquoted values with a class table.
 *     - copy: the tab-separated lines of a COPY block (scanned 16 bytes at a time too).
 *
 * Values and memory
 *   A value lying whole in the current chunk and needing no unescaping is handed over as a
 *   pointer into the chunk (zero copy). Otherwise its bytes go to the record's scratch
 *   buffer. When a chunk ends inside a record, the zero-copy values read so far are moved
 *   into the scratch (each value at most once: reloc_from), in front of the value in
 *   progress. Scratch values are kept as offsets (the buffer may move) and turned into
 *   pointers when the record is delivered. So memory is one record plus its value array.
 *
 *   "Oversized" is decided by length alone (record end - start > max_record_bytes), never
 *   by where the chunks were cut; storing stops as soon as the record is known to be too
 *   long (scratch or position past the bound), and the record is still read to its end.
 */
#include "parse/sql.h"
#include "sniff/encoding.h"

#include <stdlib.h>
#include <string.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

/* (no common/macros.h: it needs the generated version header) */
#define SQL_MIN(a, b)      ((a) < (b) ? (a) : (b))
#define TOK_CAP            256 /* longest word or quoted identifier kept (longer: cut) */
#define NAME_CAP           LS_SQL_NAME_MAX /* longest qualified table name kept */
#define HEAD_CAP           48 /* first bytes of an unquoted value kept for prefix checks */
#define BANNER_CAP         96 /* first bytes of a comment checked for a dump banner */
#define DTAG_CAP           64 /* longest $tag$ of a dollar quote */
#define DLINE_CAP          40 /* first bytes of a line checked for DELIMITER */
#define CNULL_CAP          64 /* longest COPY ... NULL 'string' honoured */
#define MAX_COLS           65536u
#define SCR_BIT            0x80u /* in ls_value.kind while reading: the value is in scratch */
#define KIND_BARE          0xffu /* v_finish: classify the unquoted value */
#define DEFAULT_MAX_RECORD ((size_t)64 << 20)
#define MAX_MAX_RECORD     ((size_t)0x7fffffff)

enum { ESC_NONE = 0, ESC_MYSQL, ESC_PGE };
enum { M_TOP = 0, M_VALUES, M_COPY };
enum { TK_WORD = 0, TK_QIDENT, TK_STRING, TK_PUNCT };

/* statement-level lexer states */
enum {
    LX_WS = 0,
    LX_DASH,
    LX_DASH2,
    LX_SLASH,
    LX_BLOCK0,
    LX_BLOCK,
    LX_BSTAR,
    LX_LINE,
    LX_STR,
    LX_STR_BS,
    LX_STR_Q,
    LX_QI,
    LX_QI_BS,
    LX_QI_Q,
    LX_WORD,
    LX_DTAG,
    LX_DBODY,
    LX_META,
    LX_DLINE,
    LX_DREG
};

/* grammar states (one token at a time) */
enum {
    G_START = 0,
    G_SKIP,
    G_NAME,
    G_NAME_DOT,
    G_INS,
    G_INS_AFTER_NAME,
    G_INS_ALIAS,
    G_COLS,
    G_COLS_SEP,
    G_INS_AFTER_COLS,
    G_INS_OVR1,
    G_INS_OVR2,
    G_CREATE,
    G_CT,
    G_CT_IF1,
    G_CT_IF2,
    G_CT_AFTER_NAME,
    G_CT_ITEM,
    G_CT_REST,
    G_COPY_AFTER_NAME,
    G_COPY_AFTER_COLS,
    G_COPY_FROM,
    G_COPY_READY, /* after FROM stdin: options up to the ';' */
    G_COPY_OPTSTR,
    G_COPY_FMT,
    G_COPY_HDR,
    G_USE,
    G_USE_END,
    G_SET,
    G_SET_SCS,
    G_SET_SCS_VAL,
    G_SELECT
};

/* tuple states */
enum {
    VS_EXPECT = 0, /* before a tuple: '(' expected */
    VS_AFTER_TUPLE,
    VS_TAILWORD,
    VS_START, /* before a value */
    VS_STR,
    VS_STR_BS,
    VS_STR_Q,
    VS_STR_OCT,
    VS_STR_HEX,
    VS_STR_U,
    VS_AFTER, /* after a quoted value: ',' or ')' expected */
    VS_AFTER_COLON,
    VS_BARE, /* inside an unquoted value */
    VS_BARE_WS,
    VS_BARE_Q,
    VS_BARE_QBS,
    VS_BARE_QQ,
    VS_RESYNC, /* after a syntax error: looking for "),(" or ';' */
    VS_R_PAREN,
    VS_R_COMMA,
    VS_R_ROW, /* "),ROW(" */
    VS_R_ROW_WS,
    VS_ROW, /* VALUES ROW(...) (MySQL 8.0.19+) */
    VS_ROW_WS,
    VS_R_STR,
    VS_R_STR_BS,
    VS_R_STR_Q,
    VS_CMT_DASH,
    VS_CMT_DASH2,
    VS_CMT_SLASH,
    VS_CMT_LINE,
    VS_CMT_BLOCK,
    VS_CMT_BSTAR
};

/* COPY states */
enum { CP_SKIPLINE = 0, CP_LINE, CP_END1, CP_END2, CP_END3, CP_FIELD, CP_ESC, CP_OCT, CP_HEX };
/* COPY CSV states */
enum {
    CV_SKIPLINE = 0,
    CV_LINE,
    CV_END1,
    CV_END2,
    CV_END3,
    CV_FSTART,
    CV_UNQ,
    CV_Q,
    CV_QQ,
    CV_QESC
};
/* COPY option awaiting its string value */
enum { CO_NONE = 0, CO_DELIM, CO_NULL, CO_QUOTE, CO_ESCAPE };

/* Byte classes inside tuples (0: a plain byte of an unquoted value). */
enum {
    BC_PLAIN = 0,
    BC_SPACE,
    BC_COMMA,
    BC_LPAREN,
    BC_RPAREN,
    BC_QUOTE,
    BC_SEMI,
    BC_DASH,
    BC_SLASH,
    BC_HASH,
    BC_NUL,
    BC_LBRACK, /* [ ] nest like parentheses inside a value (ARRAY[1,2]) */
    BC_RBRACK
};
static const uint8_t bcls[256] = {
    [0] = BC_NUL,      [' '] = BC_SPACE,  ['\t'] = BC_SPACE, ['\n'] = BC_SPACE, ['\r'] = BC_SPACE,
    ['\f'] = BC_SPACE, ['\v'] = BC_SPACE, [','] = BC_COMMA,  ['('] = BC_LPAREN, [')'] = BC_RPAREN,
    ['\''] = BC_QUOTE, ['"'] = BC_QUOTE,  ['`'] = BC_QUOTE,  [';'] = BC_SEMI,   ['-'] = BC_DASH,
    ['/'] = BC_SLASH,  ['#'] = BC_HASH,   ['['] = BC_LBRACK, [']'] = BC_RBRACK,
};
/* The bytes the resynchronisation looks at. */
static const uint8_t rcls[256] = {[')'] = 1, [';'] = 1, ['\''] = 1, ['"'] = 1, ['`'] = 1};

static const char k_empty[] = "";

typedef struct {
    char *name; /* NUL-terminated */
    uint32_t name_len;
    uint32_t ncols;
    char *cols; /* the column names back to back */
    uint32_t *col_lens;
    const char **col_ptrs;
    bool announced;
    bool rel;         /* a resumed parser's unqualified name before any USE: relative to the
                       * database of the dump at its start, which it does not know */
    bool placeholder; /* a resumed parser's table of the statement it started inside */
    bool undecl_sent; /* on_undeclared was called for it */
} sql_table;

struct ls_sql_parser {
    ls_sql_callbacks cb;
    size_t max_rec;
    int stop; /* sticky: a callback's non-zero return, or -1 (out of memory) */
    bool finished;
    ls_sql_stats st;

    /* dialect */
    uint8_t eff;       /* LS_SQL_MYSQL or LS_SQL_POSTGRES: how the input is read now */
    bool decided;      /* eff is final */
    bool pg_backslash; /* PostgreSQL with standard_conforming_strings = off */
    uint8_t sq_esc;    /* escapes of '...' strings */

    /* input */
    uint64_t base; /* offset of the current chunk */
    const char *chunk;
    size_t chunk_len;
    uint8_t mode;

    /* statement-level lexer */
    uint8_t lx;
    char lq;   /* quote of the string / identifier being read */
    bool lesc; /* ... and whether backslashes escape in it */
    bool stmt_started;
    uint64_t word_off;
    char tok[TOK_CAP];
    uint32_t tok_len;
    char dtag[DTAG_CAP];
    uint32_t dtag_len, dmatch;
    char banner[BANNER_CAP];
    uint32_t banner_len;
    char dline[DLINE_CAP];
    uint32_t dline_len;
    bool dline_over;

    /* grammar */
    uint8_t g, g_after, g_cols_after;
    char name[NAME_CAP];
    uint32_t name_len;
    uint32_t ct_depth;
    bool have_cols;
    char *pc; /* pending column names, back to back */
    size_t pc_len, pc_cap;
    uint32_t *pc_lens;
    uint32_t pc_n, pc_ncap;
    uint32_t table;    /* the table of the statement being read */
    bool name_qual;    /* the name read has a '.' of its own */
    char db[NAME_CAP]; /* the database of the last USE (unqualified names go in it) */
    uint32_t db_len;
    char use_db[NAME_CAP]; /* USE name being read (applied at its ';') */
    uint32_t use_len;
    bool db_unknown; /* resumed: no USE seen yet, the database at the start is unknown */

    /* COPY options (read by the grammar, used by the block that follows) */
    bool cp_csv, cp_header, cp_null_set, cp_estr, cp_force;
    uint8_t cp_target;
    uint32_t cp_depth;
    char cp_delim, cp_quote, cp_escape;
    char cp_null[CNULL_CAP];
    uint32_t cp_null_len;

    /* tables */
    sql_table *tables;
    uint32_t ntables, tables_cap;
    uint32_t *thash; /* open addressing on the names: table id + 1, 0 = empty */
    uint32_t thash_cap;

    /* tuples and COPY lines */
    uint8_t vs, vs_ret, cs;
    uint8_t cmt_n; /* '-', "--" or '/' consumed by a comment look-ahead */
    char cmt_c;
    uint64_t cmt_off;
    uint64_t r_end;  /* resync: end of the record at the last ')' */
    bool after_open; /* just after '(': an empty tuple is fine */

    /* the value being read: bytes [v_run, ...) of the chunk after v_flushed bytes stored
     * at scratch offset v_soff */
    const char *v_run;
    bool v_run_on;
    bool v_discard; /* a ::cast tail: read, not kept */
    size_t v_flushed;
    size_t v_soff;
    size_t v_trim, v_trim_cand; /* unquoted value: its length without trailing blanks */
    uint32_t v_depth;
    char v_q, v_bq;
    uint8_t v_esc, v_kind;
    bool v_bq_esc;
    char v_head[HEAD_CAP];       /* the first stored bytes (kept even for an oversized record) */
    uint32_t e_n, e_need, e_val; /* multi-byte escape in progress */
    bool c_null_cand;            /* COPY field started with \N */
    bool c_cr;                   /* COPY field's last stored byte is a raw CR */
    bool c_esc;                  /* COPY text field had a backslash escape */
    bool c_quoted;               /* COPY CSV field had a quoted part */
    bool c_skip;                 /* COPY HEADER: the next line is not a record */

    /* the record being read */
    bool rec_on, rec_over, rec_syntax, rec_nul;
    uint64_t rec_off;
    ls_value *vals;
    uint32_t *soff;
    uint32_t nvals, vcap, n_scr, reloc_from;
    char *scr;
    size_t scr_len, scr_cap;
};

/* ---- small helpers -------------------------------------------------------------------- */

/* Input offset of a position in the current chunk. */
static inline uint64_t at(const ls_sql_parser *p, const char *s)
{
    return p->base + (uint64_t)(s - p->chunk);
}

/* SQL whitespace (space, tab, LF, CR, FF, VT). */
static inline bool is_space(unsigned char c)
{
    return bcls[c] == BC_SPACE;
}

/* ASCII letter. */
static inline bool is_alpha(unsigned char c)
{
    c |= 0x20;
    return c >= 'a' && c <= 'z';
}

/* ASCII digit. */
static inline bool is_digit(unsigned char c)
{
    return c >= '0' && c <= '9';
}

/* A byte of an identifier or keyword at statement level (UTF-8 names included). */
static inline bool is_wordc(unsigned char c)
{
    return is_alpha(c) || is_digit(c) || c == '_' || c == '$' || c == '@' || c >= 0x80;
}

/* A byte of a dollar-quote tag. */
static inline bool is_tagc(unsigned char c)
{
    return is_alpha(c) || is_digit(c) || c == '_' || c >= 0x80;
}

/* Value of a hex digit, -1 if c is not one. */
static inline int hexval(unsigned char c)
{
    if (is_digit(c)) return c - '0';
    c |= 0x20;
    return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/* The digits of a numeric escape (\NNN octal, \xHH, \uXXXX) in progress: up to `max`
 * digits of `base` (8 or 16) are added to p->e_val / p->e_n from *sp. Returns false when
 * the input ended before the escape did: the caller suspends and comes back here with the
 * next chunk (the state is in p, so the answer does not depend on where chunks end). */
static bool esc_digits(ls_sql_parser *p, const char **sp, const char *end, uint32_t base,
                       uint32_t max)
{
    const char *s = *sp;
    while (p->e_n < max) {
        if (s == end) {
            *sp = s;
            return false;
        }
        unsigned char c = (unsigned char)*s;
        int d = base == 8 ? (c >= '0' && c <= '7' ? c - '0' : -1) : hexval(c);
        if (d < 0) break;
        p->e_val = p->e_val * base + (uint32_t)d;
        p->e_n++;
        s++;
    }
    *sp = s;
    return true;
}

/* Case-insensitive equality of n bytes with an upper-case ASCII keyword. */
static bool ci_eq(const char *a, size_t n, const char *kw)
{
    size_t i = 0;
    for (; i < n; i++) {
        unsigned char c = (unsigned char)a[i];
        if (c >= 'a' && c <= 'z') c = (unsigned char)(c - 32);
        if (!kw[i] || c != (unsigned char)kw[i]) return false;
    }
    return kw[i] == 0;
}

#define TOK_IS(p, kw) ci_eq((p)->tok, (p)->tok_len, kw)

/* Is the current token one of the NULL-terminated list of keywords? */
static bool tok_in(const ls_sql_parser *p, const char *const *kws)
{
    for (; *kws; kws++)
        if (ci_eq(p->tok, p->tok_len, *kws)) return true;
    return false;
}

/* Does [s, e) contain needle (case-sensitive)? For banners only: short inputs. */
static bool contains(const char *s, size_t n, const char *needle)
{
    size_t k = strlen(needle);
    for (size_t i = 0; i + k <= n; i++)
        if (memcmp(s + i, needle, k) == 0) return true;
    return false;
}

/* First byte in [s, end) equal to a, or end. */
static inline const char *scan1(const char *s, const char *end, char a)
{
    const char *r = memchr(s, a, (size_t)(end - s));
    return r ? r : end;
}

/* First byte in [s, end) equal to a or b, or end. The hot loop of quoted strings. */
static inline const char *scan2(const char *s, const char *end, char a, char b)
{
#if defined(__SSE2__)
    const __m128i va = _mm_set1_epi8(a), vb = _mm_set1_epi8(b);
    while (end - s >= 16) {
        __m128i x = _mm_loadu_si128((const __m128i *)(const void *)s);
        unsigned m =
            (unsigned)_mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(x, va), _mm_cmpeq_epi8(x, vb)));
        if (m) return s + __builtin_ctz(m);
        s += 16;
    }
#endif
    while (s < end && *s != a && *s != b)
        s++;
    return s;
}

/* First byte in [s, end) that is d, a, b or NUL, or end: COPY fields (text: the delimiter,
 * LF, backslash; CSV: the delimiter, LF, quote / the quote, escape). */
static inline const char *scan_copy(const char *s, const char *end, char d, char a, char b)
{
#if defined(__SSE2__)
    const __m128i vt = _mm_set1_epi8(d), vn = _mm_set1_epi8(a), vb = _mm_set1_epi8(b),
                  vz = _mm_setzero_si128();
    while (end - s >= 16) {
        __m128i x = _mm_loadu_si128((const __m128i *)(const void *)s);
        __m128i m1 = _mm_or_si128(_mm_cmpeq_epi8(x, vt), _mm_cmpeq_epi8(x, vn));
        __m128i m2 = _mm_or_si128(_mm_cmpeq_epi8(x, vb), _mm_cmpeq_epi8(x, vz));
        unsigned m = (unsigned)_mm_movemask_epi8(_mm_or_si128(m1, m2));
        if (m) return s + __builtin_ctz(m);
        s += 16;
    }
#endif
    while (s < end && *s != d && *s != a && *s != b && *s != 0)
        s++;
    return s;
}

/* ---- dialect ---------------------------------------------------------------------------- */

/* How '...' strings escape in the dialect read now. */
static void set_sq_esc(ls_sql_parser *p)
{
    if (p->eff == LS_SQL_POSTGRES)
        p->sq_esc = p->pg_backslash ? ESC_PGE : ESC_NONE;
    else
        p->sq_esc = ESC_MYSQL;
}

/* Settle the dialect (AUTO only, once). */
static void decide(ls_sql_parser *p, uint8_t d)
{
    if (p->decided) return;
    p->decided = true;
    p->eff = d;
    set_sq_esc(p);
}

/* Do backslashes escape inside this quote in the dialect read now? */
static bool quote_escapes(const ls_sql_parser *p, unsigned char q)
{
    if (q == '\'') return p->sq_esc != ESC_NONE;
    if (q == '"') return p->eff == LS_SQL_MYSQL;
    return false;
}

/* Keep the first BANNER_CAP bytes of the comment being read (dialect detection). */
static void banner_add(ls_sql_parser *p, const char *s, const char *e)
{
    size_t n = SQL_MIN((size_t)(e - s), (size_t)(BANNER_CAP - p->banner_len));
    memcpy(p->banner + p->banner_len, s, n);
    p->banner_len += (uint32_t)n;
}

/* A comment just read: is it a mysqldump or pg_dump banner? */
static void banner_check(ls_sql_parser *p)
{
    if (contains(p->banner, p->banner_len, "PostgreSQL database"))
        decide(p, LS_SQL_POSTGRES);
    else if (contains(p->banner, p->banner_len, "MySQL dump") ||
             contains(p->banner, p->banner_len, "MariaDB dump"))
        decide(p, LS_SQL_MYSQL);
}

/* ---- tables ---------------------------------------------------------------------------- */

static uint64_t hash_name(const char *s, size_t n)
{
    uint64_t h = 1469598103934665603ULL;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)s[i]) * 1099511628211ULL;
    return h ^ (h >> 29);
}

/* Double the name hash (rehashing every table); false on out of memory. */
static bool thash_grow(ls_sql_parser *p)
{
    uint32_t cap = p->thash_cap ? p->thash_cap * 2 : 64;
    uint32_t *h = calloc(cap, sizeof *h);
    if (!h) return false;
    for (uint32_t id = 0; id < p->ntables; id++) {
        uint32_t i = (uint32_t)hash_name(p->tables[id].name, p->tables[id].name_len) & (cap - 1);
        while (h[i])
            i = (i + 1) & (cap - 1);
        h[i] = id + 1;
    }
    free(p->thash);
    p->thash = h;
    p->thash_cap = cap;
    return true;
}

/* The id of a table name, interned on first sight (and told to on_intern). `rel`: the
 * name is relative to an unknown database (resumed parsers). False on out of memory
 * (stop = -1) or when on_intern stops the parser. */
static bool intern(ls_sql_parser *p, const char *name, size_t len, bool rel, uint32_t *out)
{
    if (2 * ((size_t)p->ntables + 1) > p->thash_cap && !thash_grow(p)) goto oom;
    uint32_t mask = p->thash_cap - 1, i = (uint32_t)hash_name(name, len) & mask;
    for (;; i = (i + 1) & mask) {
        uint32_t e = p->thash[i];
        if (!e) break;
        const sql_table *t = &p->tables[e - 1];
        if (t->name_len == len && t->rel == rel && !t->placeholder &&
            memcmp(t->name, name, len) == 0) {
            *out = e - 1;
            return true;
        }
    }
    if (p->ntables == p->tables_cap) {
        uint32_t cap = p->tables_cap ? p->tables_cap * 2 : 16;
        sql_table *t = realloc(p->tables, cap * sizeof *t);
        if (!t) goto oom;
        p->tables = t;
        p->tables_cap = cap;
    }
    sql_table *t = &p->tables[p->ntables];
    memset(t, 0, sizeof *t);
    t->name = malloc(len + 1);
    if (!t->name) goto oom;
    memcpy(t->name, name, len);
    t->name[len] = 0;
    t->name_len = (uint32_t)len;
    t->rel = rel;
    p->thash[i] = p->ntables + 1;
    *out = p->ntables++;
    if (p->cb.on_intern) {
        int r = p->cb.on_intern(p->cb.ctx, *out, t->name, len, rel);
        if (r) {
            p->stop = r;
            return false;
        }
    }
    return true;
oom:
    p->stop = -1;
    return false;
}

/* Tell the caller a table's columns (and remember that it was told). */
static void announce(ls_sql_parser *p, uint32_t id)
{
    static const char *const no_names[1] = {NULL};
    static const uint32_t no_lens[1] = {0};
    sql_table *t = &p->tables[id];
    t->announced = true;
    if (!p->cb.on_table || p->stop) return;
    int r = p->cb.on_table(p->cb.ctx, id, t->name, t->name_len, t->ncols ? t->col_ptrs : no_names,
                           t->ncols ? t->col_lens : no_lens, t->ncols);
    if (r) p->stop = r;
}

/* Forget the pending column list. */
static void cols_reset(ls_sql_parser *p)
{
    p->pc_len = 0;
    p->pc_n = 0;
}

/* Add the current token as a pending column name (beyond MAX_COLS: ignored). */
static void col_add(ls_sql_parser *p)
{
    if (p->pc_n >= MAX_COLS) return;
    if (p->pc_n == p->pc_ncap) {
        uint32_t cap = p->pc_ncap ? p->pc_ncap * 2 : 32;
        uint32_t *l = realloc(p->pc_lens, cap * sizeof *l);
        if (!l) {
            p->stop = -1;
            return;
        }
        p->pc_lens = l;
        p->pc_ncap = cap;
    }
    if (!p->pc || p->pc_cap - p->pc_len < p->tok_len) {
        size_t cap = p->pc_cap ? p->pc_cap : 256;
        while (cap - p->pc_len < p->tok_len)
            cap *= 2;
        char *c = realloc(p->pc, cap);
        if (!c) {
            p->stop = -1;
            return;
        }
        p->pc = c;
        p->pc_cap = cap;
    }
    memcpy(p->pc + p->pc_len, p->tok, p->tok_len);
    p->pc_len += p->tok_len;
    p->pc_lens[p->pc_n++] = p->tok_len;
}

/* The pending column list becomes the current table's; announced if it changed (or the
 * table was never announced). */
static void apply_cols(ls_sql_parser *p)
{
    if (p->stop || p->table >= p->ntables) return;
    sql_table *t = &p->tables[p->table];
    uint32_t n = p->pc_n;
    if (t->announced && t->ncols == n &&
        (n == 0 || (memcmp(t->col_lens, p->pc_lens, n * sizeof *p->pc_lens) == 0 &&
                    (p->pc_len == 0 || memcmp(t->cols, p->pc, p->pc_len) == 0))))
        return;
    char *cols = NULL;
    uint32_t *lens = NULL;
    const char **ptrs = NULL;
    if (n) {
        cols = malloc(p->pc_len ? p->pc_len : 1);
        lens = malloc(n * sizeof *lens);
        ptrs = malloc(n * sizeof *ptrs);
        if (!cols || !lens || !ptrs) {
            free(cols);
            free(lens);
            free(ptrs);
            p->stop = -1;
            return;
        }
        if (p->pc_len) memcpy(cols, p->pc, p->pc_len);
        memcpy(lens, p->pc_lens, n * sizeof *lens);
        size_t off = 0;
        for (uint32_t i = 0; i < n; i++) {
            ptrs[i] = cols + off;
            off += lens[i];
        }
    }
    free(t->cols);
    free(t->col_lens);
    free(t->col_ptrs);
    t->cols = cols;
    t->col_lens = lens;
    t->col_ptrs = ptrs;
    t->ncols = n;
    announce(p, p->table);
}

/* ---- records and values ------------------------------------------------------------------ */

static bool scr_reserve(ls_sql_parser *p, size_t extra)
{
    if (p->scr_cap - p->scr_len >= extra) return true;
    size_t cap = p->scr_cap;
    while (cap - p->scr_len < extra)
        cap *= 2;
    char *n = realloc(p->scr, cap);
    if (!n) {
        p->stop = -1;
        return false;
    }
    p->scr = n;
    p->scr_cap = cap;
    return true;
}

/* The record is known to be longer than max_record_bytes: drop what it holds, keep none of
 * what follows (it is still read to its end). */
static void set_over(ls_sql_parser *p)
{
    p->rec_over = true;
    p->nvals = p->n_scr = p->reloc_from = 0;
    p->scr_len = 0;
}

/* Append n bytes to the value being read (they go to the scratch). */
static void v_store(ls_sql_parser *p, const char *b, size_t n)
{
    if (n == 0) return;
    if (p->v_flushed < HEAD_CAP)
        memcpy(p->v_head + p->v_flushed, b, SQL_MIN(n, HEAD_CAP - p->v_flushed));
    if (p->v_flushed == 0) p->v_soff = p->scr_len;
    p->v_flushed += n;
    if (p->rec_over || p->v_discard) return;
    if (p->scr_len + n > p->max_rec) {
        set_over(p); /* scratch bytes never outnumber the record's bytes read so far */
        return;
    }
    if (!scr_reserve(p, n)) return;
    memcpy(p->scr + p->scr_len, b, n);
    p->scr_len += n;
}

/* Append one (unescaped) byte to the value being read. */
static inline void v_put(ls_sql_parser *p, char c)
{
    v_store(p, &c, 1);
}

/* Move the value's bytes of the chunk read so far (up to s) to the scratch. */
static inline void v_flush(ls_sql_parser *p, const char *s)
{
    v_store(p, p->v_run, (size_t)(s - p->v_run));
    p->v_run = s;
}

/* A value starts at s. */
static inline void v_begin(ls_sql_parser *p, const char *s)
{
    p->v_run = s;
    p->v_run_on = true;
    p->v_flushed = 0;
    p->after_open = false;
}

/* No value is being read any more. */
static inline void v_clear(ls_sql_parser *p)
{
    p->v_run_on = false;
    p->v_flushed = 0;
    p->v_discard = false;
}

/* Length of the value read so far, up to s. */
static inline size_t v_len(const ls_sql_parser *p, const char *s)
{
    return p->v_flushed + (p->v_run_on ? (size_t)(s - p->v_run) : 0);
}

/* Append a code point as UTF-8 (surrogates and out-of-range values as U+FFFD). */
static void put_utf8(ls_sql_parser *p, uint32_t cp)
{
    char b[4];
    if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
    v_store(p, b, ls_utf8_encode(cp, b));
}

/* Double the value array; false (stop = -1) on out of memory. */
static bool grow_vals(ls_sql_parser *p)
{
    uint32_t cap = p->vcap * 2;
    ls_value *v = realloc(p->vals, cap * sizeof *v);
    if (!v) goto oom;
    p->vals = v;
    uint32_t *o = realloc(p->soff, cap * sizeof *o);
    if (!o) goto oom;
    p->soff = o;
    p->vcap = cap;
    return true;
oom:
    p->stop = -1;
    return false;
}

/* Room for one more value? False when the record is (now known to be) oversized or out of
 * memory. The length bound is checked here, where memory would grow: each value takes at
 * least one input byte, so the value array stays within the record's size. */
static bool push_room(ls_sql_parser *p, uint64_t pos)
{
    if (p->rec_over) return false;
    if (pos - p->rec_off > p->max_rec) {
        set_over(p);
        return false;
    }
    return p->nvals < p->vcap || grow_vals(p);
}

/* Add a value to the record: at vp (zero copy or static), or at scratch offset off when scr.
 * pos is the input offset where the value ends (the record is at least that long). */
static inline void push(ls_sql_parser *p, uint64_t pos, const char *vp, size_t len, uint8_t kind,
                        size_t off, bool scr)
{
    if (__builtin_expect(p->rec_over || p->nvals == p->vcap, 0) && !push_room(p, pos)) return;
    ls_value *v = &p->vals[p->nvals];
    v->len = (uint32_t)len;
    v->col = p->nvals;
    if (scr) {
        v->p = NULL;
        v->kind = (uint8_t)(kind | SCR_BIT);
        p->soff[p->nvals] = (uint32_t)off;
        p->n_scr++;
    } else {
        v->p = vp;
        v->kind = kind;
    }
    p->nvals++;
}

/* Is [t, t+n) an SQL number literal: [+-] digits [. digits] [e [+-] digits]? */
static bool is_number(const char *t, size_t n)
{
    size_t i = 0, d = 0;
    if (i < n && (t[i] == '-' || t[i] == '+')) i++;
    while (i < n && is_digit((unsigned char)t[i]))
        i++, d++;
    if (i < n && t[i] == '.') {
        i++;
        while (i < n && is_digit((unsigned char)t[i]))
            i++, d++;
    }
    if (!d) return false;
    if (i < n && (t[i] | 0x20) == 'e') {
        size_t e = 0;
        i++;
        if (i < n && (t[i] == '-' || t[i] == '+')) i++;
        while (i < n && is_digit((unsigned char)t[i]))
            i++, e++;
        if (!e) return false;
    }
    return i == n;
}

/* The kind of an unquoted value; *skip: bytes of prefix to drop (the 0x of 0xFF). */
static uint8_t classify(const char *t, size_t len, size_t *skip)
{
    *skip = 0;
    if (len == 0) return LS_VAL_OTHER;
    unsigned char c0 = (unsigned char)t[0];
    if (is_digit(c0) || c0 == '-' || c0 == '+' || c0 == '.') {
        if (is_number(t, len)) return LS_VAL_NUMBER;
        if (len > 2 && c0 == '0' && (t[1] | 0x20) == 'x') {
            size_t i = 2;
            while (i < len && hexval((unsigned char)t[i]) >= 0)
                i++;
            if (i == len) {
                *skip = 2;
                return LS_VAL_BINARY;
            }
        }
        if (len > 2 && c0 == '0' && (t[1] | 0x20) == 'b') {
            size_t i = 2;
            while (i < len && (t[i] == '0' || t[i] == '1'))
                i++;
            if (i == len) {
                *skip = 2;
                return LS_VAL_BINARY;
            }
        }
        return LS_VAL_OTHER;
    }
    if (ci_eq(t, len, "NULL")) return LS_VAL_NULL;
    if (ci_eq(t, len, "TRUE") || ci_eq(t, len, "FALSE")) return LS_VAL_BOOL;
    return LS_VAL_OTHER;
}

/* NULL and booleans are delivered as static text ("", "true", "false"). */
static const char *static_text(uint8_t kind, const char *t, size_t *len)
{
    if (kind == LS_VAL_NULL) {
        *len = 0;
        return k_empty;
    }
    if ((t[0] | 0x20) == 't') {
        *len = 4;
        return "true";
    }
    *len = 5;
    return "false";
}

/* v_finish for values not wholly in the chunk (or dropped). */
static void v_finish_slow(ls_sql_parser *p, const char *s, uint64_t pos, size_t keep, uint8_t kind)
{
    if (p->v_discard || p->rec_over) {
        v_clear(p);
        return;
    }
    size_t skip = 0, len;
    if (p->v_flushed) {
        if (p->v_run_on) v_flush(p, s);
        if (p->rec_over || p->stop) {
            v_clear(p);
            return;
        }
        size_t off = p->v_soff;
        len = p->scr_len - off;
        if (len > keep) {
            len = keep;
            p->scr_len = off + len;
        }
        if (kind == KIND_BARE) kind = classify(p->scr + off, len, &skip);
        if (kind == LS_VAL_NULL || kind == LS_VAL_BOOL) {
            const char *t = static_text(kind, p->scr + off, &len);
            p->scr_len = off;
            push(p, pos, t, len, kind, 0, false);
        } else {
            push(p, pos, NULL, len - skip, kind, off + skip, true);
        }
    } else if (p->v_run_on) {
        const char *t = p->v_run;
        len = (size_t)(s - t);
        if (len > keep) len = keep;
        if (kind == KIND_BARE) kind = classify(t, len, &skip);
        if (kind == LS_VAL_NULL || kind == LS_VAL_BOOL) t = static_text(kind, t, &len), skip = 0;
        push(p, pos, t + skip, len - skip, kind, 0, false);
    } else {
        push(p, pos, k_empty, 0, kind == KIND_BARE ? LS_VAL_OTHER : kind, 0, false);
    }
    v_clear(p);
}

/* The value being read ends at s (unused when no run is on); pos is s's input offset. Keep
 * at most `keep` bytes (an unquoted value without its trailing blanks), type it (kind, or
 * classify when KIND_BARE) and add it to the record. The common case (wholly in the chunk,
 * nothing to unescape) is inline. */
static inline __attribute__((always_inline)) void v_finish(ls_sql_parser *p, const char *s,
                                                           uint64_t pos, size_t keep, uint8_t kind)
{
    if (__builtin_expect(p->v_flushed || !p->v_run_on || p->v_discard, 0)) {
        v_finish_slow(p, s, pos, keep, kind);
        return;
    }
    const char *t = p->v_run;
    size_t len = (size_t)(s - t), skip = 0;
    if (len > keep) len = keep;
    p->v_run_on = false;
    if (kind == KIND_BARE) {
        size_t i = 0;
        while (i < len && is_digit((unsigned char)t[i]))
            i++;
        if (i && i == len)
            kind = LS_VAL_NUMBER;
        else {
            kind = classify(t, len, &skip);
            if (kind == LS_VAL_NULL || kind == LS_VAL_BOOL) t = static_text(kind, t, &len);
        }
    }
    push(p, pos, t + skip, len - skip, kind, 0, false);
}

/* A record (tuple, COPY line or garbage) starts at input offset off. */
static void rec_begin(ls_sql_parser *p, uint64_t off)
{
    p->rec_on = true;
    p->rec_off = off;
    p->rec_over = p->rec_syntax = p->rec_nul = false;
    p->nvals = p->n_scr = p->reloc_from = 0;
    p->scr_len = 0;
    v_clear(p);
}

/* The record ends at input offset end_off: decide its problem and hand it over. */
static void deliver(ls_sql_parser *p, uint64_t end_off)
{
    uint8_t prob = LS_VREC_OK;
    p->rec_on = false;
    if (p->rec_over || end_off - p->rec_off > p->max_rec) {
        prob = LS_VREC_OVERSIZED;
        p->nvals = 0;
    } else if (p->rec_syntax) {
        prob = LS_VREC_SYNTAX;
    } else if (p->rec_nul) {
        prob = LS_VREC_NUL;
    }
    if (p->stop || p->table >= p->ntables) return;
    sql_table *tb = &p->tables[p->table];
    if (!tb->announced && p->cb.on_undeclared) {
        /* resumed parsers: the caller knows better whether the table was declared */
        if (!tb->undecl_sent) {
            tb->undecl_sent = true;
            int r = p->cb.on_undeclared(p->cb.ctx, p->table);
            if (r) p->stop = r;
        }
        if (p->stop) return;
    } else if (!tb->announced) {
        announce(p, p->table);
        if (p->stop) return;
    }
    if (p->n_scr)
        for (uint32_t i = 0; i < p->nvals; i++) {
            ls_value *v = &p->vals[i];
            if (v->kind & SCR_BIT) {
                v->p = p->scr + p->soff[i];
                v->kind &= (uint8_t)~SCR_BIT;
            }
        }
    p->st.records++;
    if (prob != LS_VREC_OK) p->st.malformed++;
    if (prob == LS_VREC_OVERSIZED) p->st.oversized++;
    if (p->cb.on_record) {
        int r = p->cb.on_record(p->cb.ctx, p->table, p->vals, p->nvals, (ls_vrec_problem)prob,
                                p->rec_off);
        if (r) p->stop = r;
    }
    p->nvals = p->n_scr = p->reloc_from = 0;
    p->scr_len = 0;
}

/* The chunk is about to go away: copy the record's zero-copy values into the scratch, in
 * front of the value in progress (its stored part is the scratch's tail). Each value is
 * copied once (reloc_from), so this is linear overall. */
static void relocate(ls_sql_parser *p)
{
    uintptr_t lo = (uintptr_t)p->chunk;
    size_t need = 0;
    uint32_t i, from = p->reloc_from;
    bool any = false;
    for (i = from; i < p->nvals; i++) {
        const ls_value *v = &p->vals[i];
        if (!(v->kind & SCR_BIT) && (uintptr_t)v->p - lo <= p->chunk_len) {
            need += v->len;
            any = true;
        }
    }
    p->reloc_from = p->nvals;
    if (!any) return;
    if (p->scr_len + need > p->max_rec) {
        set_over(p);
        return;
    }
    if (!scr_reserve(p, need)) return;
    bool tail_on = p->v_flushed && !p->v_discard;
    size_t ins = tail_on ? p->v_soff : p->scr_len;
    memmove(p->scr + ins + need, p->scr + ins, p->scr_len - ins);
    for (i = from; i < p->nvals; i++) {
        ls_value *v = &p->vals[i];
        if ((v->kind & SCR_BIT) || (uintptr_t)v->p - lo > p->chunk_len) continue;
        memcpy(p->scr + ins, v->p, v->len);
        p->soff[i] = (uint32_t)ins;
        v->p = NULL;
        v->kind = (uint8_t)(v->kind | SCR_BIT);
        p->n_scr++;
        ins += v->len;
    }
    p->scr_len += need;
    if (tail_on) p->v_soff += need;
}

/* End of a chunk: what of the record lies in it must be kept. */
static void chunk_end(ls_sql_parser *p, const char *end)
{
    if (p->rec_on && !p->rec_over) {
        /* how far the record surely reaches: after a resync's ')' the bytes read since may
         * not be part of it */
        uint64_t reach = at(p, end);
        if (p->mode == M_VALUES && (p->vs == VS_R_PAREN || p->vs == VS_R_COMMA ||
                                    p->vs == VS_R_ROW || p->vs == VS_R_ROW_WS))
            reach = p->r_end;
        if (reach - p->rec_off > p->max_rec)
            set_over(p);
        else
            relocate(p);
    }
    if (p->v_run_on) {
        if (p->mode == M_COPY && end > p->v_run) p->c_cr = end[-1] == '\r';
        v_flush(p, end);
    }
}

/* ---- statements ---------------------------------------------------------------------------- */

/* Append n bytes to the token (cut at TOK_CAP). */
static inline void tok_addn(ls_sql_parser *p, const char *s, size_t n)
{
    size_t room = TOK_CAP - p->tok_len;
    if (n > room) n = room;
    memcpy(p->tok + p->tok_len, s, n);
    p->tok_len += (uint32_t)n;
}

/* Append one byte to the token (cut at TOK_CAP). */
static inline void tok_add(ls_sql_parser *p, char c)
{
    if (p->tok_len < TOK_CAP) p->tok[p->tok_len++] = c;
}

/* Something that is not a comment: the statement has begun. */
static void stmt_touch(ls_sql_parser *p)
{
    if (p->stmt_started) return;
    p->stmt_started = true;
    p->st.statements++;
    p->g = G_START;
}

/* The statement is over: back to the statement level. */
static void stmt_reset(ls_sql_parser *p)
{
    p->stmt_started = false;
    p->g = G_START;
    p->lx = LX_WS;
    p->mode = M_TOP;
}

/* A table name follows; then the grammar goes on in state `after`. */
static void name_start(ls_sql_parser *p, uint8_t after)
{
    p->name_len = 0;
    p->g = G_NAME;
    p->g_after = after;
    p->have_cols = false;
    p->name_qual = false;
    cols_reset(p);
}

/* Append to the table name being read (cut at NAME_CAP). */
static void name_add(ls_sql_parser *p, const char *s, size_t n)
{
    n = SQL_MIN(n, (size_t)(NAME_CAP - p->name_len));
    memcpy(p->name + p->name_len, s, n);
    p->name_len += (uint32_t)n;
}

/* A table name was read: it is the statement's table. After a USE, an unqualified name
 * is the USE database's table ("db.name"), so equal names in two databases differ. */
static void name_done(ls_sql_parser *p)
{
    if (p->name_len > 7 && memcmp(p->name, "public.", 7) == 0) decide(p, LS_SQL_POSTGRES);
    uint32_t id;
    if (p->db_unknown && !p->name_qual) {
        if (intern(p, p->name, p->name_len, true, &id)) p->table = id;
        return;
    }
    if (p->db_len && !p->name_qual) {
        char q[LS_SQL_NAME_MAX];
        size_t n = ls_sql_qualify(p->db, p->db_len, p->name, p->name_len, q);
        if (intern(p, q, n, false, &id)) p->table = id;
        return;
    }
    if (intern(p, p->name, p->name_len, false, &id)) p->table = id;
}

/* Reset the COPY options to the text format's defaults (a new COPY statement). */
static void copy_opts_reset(ls_sql_parser *p)
{
    p->cp_csv = p->cp_header = p->cp_null_set = p->cp_estr = p->cp_force = false;
    p->cp_target = CO_NONE;
    p->cp_depth = 0;
    p->cp_delim = 0;
    p->cp_quote = '"';
    p->cp_escape = 0;
    p->cp_null_len = 0;
}

/* The string token (in tok) is the value of the COPY option awaiting one. E'...' strings
 * (or strings read with backslash escapes) have their simple escapes resolved. The
 * one-byte options keep their value only when it is one byte. */
static void copy_opt_string(ls_sql_parser *p)
{
    char v[TOK_CAP];
    size_t n = 0;
    bool esc = p->cp_estr || p->lesc;
    for (uint32_t i = 0; i < p->tok_len; i++) {
        char c = p->tok[i];
        if (esc && c == '\\' && i + 1 < p->tok_len) {
            c = p->tok[++i];
            c = c == 't'   ? '\t'
                : c == 'n' ? '\n'
                : c == 'r' ? '\r'
                : c == 'b' ? '\b'
                : c == 'f' ? '\f'
                : c == 'v' ? '\v'
                           : c;
        }
        v[n++] = c;
    }
    switch (p->cp_target) {
    case CO_DELIM:
        if (n == 1) p->cp_delim = v[0];
        break;
    case CO_QUOTE:
        if (n == 1) p->cp_quote = v[0];
        break;
    case CO_ESCAPE:
        if (n == 1) p->cp_escape = v[0];
        break;
    case CO_NULL:
        if (n <= CNULL_CAP) {
            memcpy(p->cp_null, v, n);
            p->cp_null_len = (uint32_t)n;
            p->cp_null_set = true;
        }
        break;
    default:
        break;
    }
    p->cp_target = CO_NONE;
    p->cp_estr = false;
}

/* INSERT ... VALUES: the tuples follow. */
static void start_values(ls_sql_parser *p)
{
    decide(p, LS_SQL_MYSQL);
    if (p->have_cols) apply_cols(p);
    p->st.insert_statements++;
    p->g = G_SKIP;
    p->mode = M_VALUES;
    p->vs = VS_EXPECT;
}

/* ';' at statement level. After COPY ... FROM stdin the data lines follow. */
static void top_semicolon(ls_sql_parser *p)
{
    bool copy = p->g >= G_COPY_READY && p->g <= G_COPY_HDR;
    if (p->g == G_USE_END) { /* USE db; */
        memcpy(p->db, p->use_db, p->use_len);
        p->db_len = p->use_len;
        p->db_unknown = false;
    }
    stmt_reset(p);
    if (!copy) return;
    decide(p, LS_SQL_POSTGRES);
    if (p->have_cols) apply_cols(p);
    p->st.copy_blocks++;
    p->mode = M_COPY;
    p->cs = CP_SKIPLINE; /* == CV_SKIPLINE */
    if (!p->cp_delim) p->cp_delim = p->cp_csv ? ',' : '\t';
    if (!p->cp_escape) p->cp_escape = p->cp_quote;
    if (!p->cp_csv && p->cp_null_set && p->cp_null_len == 2 && p->cp_null[0] == '\\' &&
        p->cp_null[1] == 'N')
        p->cp_null_set = false;          /* NULL '\N': the default */
    if (!p->cp_null_set && !p->cp_csv) { /* text: \N */
        p->cp_null[0] = '\\';
        p->cp_null[1] = 'N';
        p->cp_null_len = 2;
    }
    p->c_skip = p->cp_header;
}

static const char *const kw_ins_mod[] = {"LOW_PRIORITY", "DELAYED", "HIGH_PRIORITY", "IGNORE",
                                         NULL};
static const char *const kw_create_mod[] = {"OR",       "REPLACE", "TEMPORARY", "TEMP",
                                            "UNLOGGED", "GLOBAL",  "LOCAL",     NULL};
static const char *const kw_ct_item[] = {"PRIMARY", "KEY",      "INDEX",   "UNIQUE", "CONSTRAINT",
                                         "FOREIGN", "FULLTEXT", "SPATIAL", "CHECK",  "LIKE",
                                         "EXCLUDE", "PERIOD",   NULL};
static const char *const kw_tail[] = {"ON", "RETURNING", "AS", NULL};
static const char *const kw_stmt[] = {"INSERT", "REPLACE", "CREATE", "DROP",  "LOCK",
                                      "UNLOCK", "SET",     "COPY",   "ALTER", "COMMIT",
                                      "BEGIN",  "START",   "USE",    NULL};

/* One token of a statement (text in tok for words and quoted identifiers). */
static void grammar(ls_sql_parser *p, int type, char c)
{
    bool word = type == TK_WORD, ident = word || type == TK_QIDENT, punct = type == TK_PUNCT;
    for (;;) {
        switch (p->g) {
        case G_START:
            p->g = G_SKIP;
            if (!word) return;
            if (TOK_IS(p, "INSERT") || TOK_IS(p, "REPLACE"))
                p->g = G_INS;
            else if (TOK_IS(p, "CREATE"))
                p->g = G_CREATE;
            else if (TOK_IS(p, "COPY")) {
                copy_opts_reset(p);
                name_start(p, G_COPY_AFTER_NAME);
            } else if (TOK_IS(p, "USE"))
                p->g = G_USE;
            else if (TOK_IS(p, "SET"))
                p->g = G_SET;
            else if (TOK_IS(p, "SELECT"))
                p->g = G_SELECT;
            else if (TOK_IS(p, "DELIMITER")) {
                p->lx = LX_DLINE;
                p->dline_len = 0;
                p->dline_over = false;
            }
            return;
        case G_INS:
            if (word && tok_in(p, kw_ins_mod)) return;
            name_start(p, G_INS_AFTER_NAME);
            if (word && TOK_IS(p, "INTO")) return;
            continue; /* INSERT without INTO (MySQL): this is the name */
        case G_NAME:
            if (!ident) {
                p->g = G_SKIP;
                return;
            }
            name_add(p, p->tok, p->tok_len);
            p->g = G_NAME_DOT;
            return;
        case G_NAME_DOT:
            if (punct && c == '.') {
                name_add(p, ".", 1);
                p->name_qual = true;
                p->g = G_NAME;
                return;
            }
            name_done(p);
            if (p->stop) return;
            p->g = p->g_after;
            continue;
        case G_INS_AFTER_NAME:
            if (punct && c == '(') {
                p->g = G_COLS;
                p->g_cols_after = G_INS_AFTER_COLS;
                return;
            }
            if (word && TOK_IS(p, "AS")) {
                p->g = G_INS_ALIAS;
                return;
            }
            p->g = G_INS_AFTER_COLS;
            continue;
        case G_INS_ALIAS:
            p->g = ident ? G_INS_AFTER_NAME : G_SKIP;
            return;
        case G_COLS:
            if (ident) {
                col_add(p);
                p->g = G_COLS_SEP;
            } else if (punct && c == ')') {
                p->have_cols = true;
                p->g = p->g_cols_after;
            } else {
                p->g = G_SKIP;
            }
            return;
        case G_COLS_SEP:
            if (punct && c == ',') {
                p->g = G_COLS;
            } else if (punct && c == ')') {
                p->have_cols = true;
                p->g = p->g_cols_after;
            } else {
                p->g = G_SKIP;
            }
            return;
        case G_INS_AFTER_COLS:
            if (word && (TOK_IS(p, "VALUES") || TOK_IS(p, "VALUE")))
                start_values(p);
            else if (word && TOK_IS(p, "OVERRIDING")) /* PostgreSQL identity columns */
                p->g = G_INS_OVR1;
            else
                p->g = G_SKIP; /* INSERT ... SELECT / SET / DEFAULT VALUES: no tuples */
            return;
        case G_INS_OVR1:
            p->g = word && (TOK_IS(p, "SYSTEM") || TOK_IS(p, "USER")) ? G_INS_OVR2 : G_SKIP;
            return;
        case G_INS_OVR2:
            p->g = word && TOK_IS(p, "VALUE") ? G_INS_AFTER_COLS : G_SKIP;
            return;
        case G_CREATE:
            if (word && tok_in(p, kw_create_mod)) return;
            if (word && TOK_IS(p, "TABLE")) {
                p->st.create_tables++;
                p->g = G_CT;
            } else {
                p->g = G_SKIP;
            }
            return;
        case G_CT:
            if (word && TOK_IS(p, "IF")) {
                p->g = G_CT_IF1;
                return;
            }
            name_start(p, G_CT_AFTER_NAME);
            continue;
        case G_CT_IF1:
            p->g = word && TOK_IS(p, "NOT") ? G_CT_IF2 : G_SKIP;
            return;
        case G_CT_IF2:
            if (word && TOK_IS(p, "EXISTS"))
                name_start(p, G_CT_AFTER_NAME);
            else
                p->g = G_SKIP;
            return;
        case G_CT_AFTER_NAME:
            if (punct && c == '(') {
                cols_reset(p);
                p->ct_depth = 1;
                p->g = G_CT_ITEM;
            } else {
                p->g = G_SKIP; /* CREATE TABLE ... LIKE / AS SELECT: no column list */
            }
            return;
        case G_CT_ITEM:
            if (punct && c == ')') {
                apply_cols(p);
                p->g = G_SKIP;
                return;
            }
            if (punct && c == ',') return;
            if (type == TK_QIDENT || (word && !tok_in(p, kw_ct_item))) col_add(p);
            p->g = G_CT_REST;
            if (punct && c == '(') p->ct_depth++;
            return;
        case G_CT_REST:
            if (!punct) return;
            if (c == '(') {
                p->ct_depth++;
            } else if (c == ')') {
                if (--p->ct_depth == 0) {
                    apply_cols(p);
                    p->g = G_SKIP;
                }
            } else if (c == ',' && p->ct_depth == 1) {
                p->g = G_CT_ITEM;
            }
            return;
        case G_COPY_AFTER_NAME:
            if (punct && c == '(') {
                p->g = G_COLS;
                p->g_cols_after = G_COPY_AFTER_COLS;
                return;
            }
            p->g = G_COPY_AFTER_COLS;
            continue;
        case G_COPY_AFTER_COLS:
            p->g = word && TOK_IS(p, "FROM") ? G_COPY_FROM : G_SKIP;
            return;
        case G_COPY_FROM:
            p->g = word && TOK_IS(p, "STDIN") ? G_COPY_READY : G_SKIP;
            return;
        case G_COPY_READY: /* [WITH] [(] option [value] [, ...] [)] */
            if (punct) {
                if (c == '(') p->cp_depth++;
                if (c == ')' && p->cp_depth) p->cp_depth--;
                if (c == ',') p->cp_force = false;
                return;
            }
            if (!word || p->cp_depth > 1) return; /* FORCE_NULL (a, b) ... */
            if (TOK_IS(p, "CSV")) {
                p->cp_csv = true;
            } else if (TOK_IS(p, "FORMAT")) {
                p->g = G_COPY_FMT;
            } else if (TOK_IS(p, "HEADER")) {
                p->cp_header = true;
                p->g = G_COPY_HDR;
            } else if (TOK_IS(p, "FORCE")) {
                p->cp_force = true; /* FORCE NOT NULL / FORCE QUOTE columns */
            } else if (!p->cp_force) {
                p->cp_target = TOK_IS(p, "DELIMITER") ? CO_DELIM
                               : TOK_IS(p, "NULL")    ? CO_NULL
                               : TOK_IS(p, "QUOTE")   ? CO_QUOTE
                               : TOK_IS(p, "ESCAPE")  ? CO_ESCAPE
                                                      : CO_NONE;
                if (p->cp_target != CO_NONE) {
                    p->cp_estr = false;
                    p->g = G_COPY_OPTSTR;
                }
            }
            return;
        case G_COPY_OPTSTR: /* [AS] [E]'x' */
            if (word && TOK_IS(p, "AS")) return;
            if (word && TOK_IS(p, "E")) {
                p->cp_estr = true;
                return;
            }
            if (type == TK_STRING) {
                copy_opt_string(p);
                p->g = G_COPY_READY;
                return;
            }
            p->cp_target = CO_NONE;
            p->g = G_COPY_READY;
            continue;
        case G_COPY_FMT:
            p->g = G_COPY_READY;
            if (word || type == TK_STRING) {
                if (TOK_IS(p, "CSV"))
                    p->cp_csv = true;
                else if (TOK_IS(p, "TEXT"))
                    p->cp_csv = false;
                return;
            }
            continue;
        case G_COPY_HDR: /* HEADER [true | false | on | off | 1 | 0 | match] */
            p->g = G_COPY_READY;
            if (word && (TOK_IS(p, "FALSE") || TOK_IS(p, "OFF") || TOK_IS(p, "0"))) {
                p->cp_header = false;
                return;
            }
            if (word &&
                (TOK_IS(p, "TRUE") || TOK_IS(p, "ON") || TOK_IS(p, "1") || TOK_IS(p, "MATCH")))
                return;
            continue;
        case G_USE:
            if (ident) {
                p->use_len = SQL_MIN(p->tok_len, (uint32_t)(NAME_CAP / 2));
                memcpy(p->use_db, p->tok, p->use_len);
                p->g = G_USE_END;
            } else {
                p->g = G_SKIP;
            }
            return;
        case G_USE_END: /* only "USE name;" */
            p->g = G_SKIP;
            return;
        case G_SET:
            if (word && (TOK_IS(p, "SESSION") || TOK_IS(p, "LOCAL") || TOK_IS(p, "GLOBAL"))) return;
            if (word && TOK_IS(p, "STANDARD_CONFORMING_STRINGS")) {
                decide(p, LS_SQL_POSTGRES);
                p->g = G_SET_SCS;
            } else {
                p->g = G_SKIP;
            }
            return;
        case G_SET_SCS:
            p->g = (punct && c == '=') || (word && TOK_IS(p, "TO")) ? G_SET_SCS_VAL : G_SKIP;
            return;
        case G_SET_SCS_VAL:
            if (word && (TOK_IS(p, "OFF") || TOK_IS(p, "FALSE")))
                p->pg_backslash = true;
            else if (word && (TOK_IS(p, "ON") || TOK_IS(p, "TRUE")))
                p->pg_backslash = false;
            set_sq_esc(p);
            p->g = G_SKIP;
            return;
        case G_SELECT:
            if (word && TOK_IS(p, "PG_CATALOG")) decide(p, LS_SQL_POSTGRES);
            p->g = G_SKIP;
            return;
        default: /* G_SKIP, G_COPY_READY: wait for the ';' */
            return;
        }
    }
}

/* Keep the first DLINE_CAP bytes of the line being read (DELIMITER handling). */
static void dline_add(ls_sql_parser *p, const char *s, const char *e)
{
    size_t n = (size_t)(e - s), room = DLINE_CAP - p->dline_len;
    if (n > room) {
        n = room;
        p->dline_over = true;
    }
    memcpy(p->dline + p->dline_len, s, n);
    p->dline_len += (uint32_t)n;
}

/* The captured line without surrounding blanks. */
static const char *dline_trim(const ls_sql_parser *p, size_t *len)
{
    const char *s = p->dline, *e = p->dline + p->dline_len;
    while (s < e && is_space((unsigned char)*s))
        s++;
    while (e > s && is_space((unsigned char)e[-1]))
        e--;
    *len = (size_t)(e - s);
    return s;
}

/* Is the captured line (inside a DELIMITER region) "DELIMITER ;"? */
static bool dline_ends_region(const ls_sql_parser *p)
{
    size_t n;
    const char *s = dline_trim(p, &n);
    if (p->dline_over || n < 11 || !ci_eq(s, 9, "DELIMITER") || !is_space((unsigned char)s[9]))
        return false;
    size_t i = 9;
    while (i < n && is_space((unsigned char)s[i]))
        i++;
    return i + 1 == n && s[i] == ';';
}

#define TSUSPEND(st)                                                                               \
    do {                                                                                           \
        p->lx = (uint8_t)(st);                                                                     \
        return s;                                                                                  \
    } while (0)

/* A token is complete: hand it to the grammar, which may switch to the tuples or to a
 * DELIMITER line. */
#define TOKEN(type, ch)                                                                            \
    do {                                                                                           \
        p->lx = LX_WS;                                                                             \
        grammar(p, (type), (ch));                                                                  \
        if (p->mode != M_TOP || p->stop) return s;                                                 \
        goto dispatch;                                                                             \
    } while (0)

/* Statement level: lex [s, end) and feed the grammar. Returns where it stopped (end, or
 * where another mode takes over). */
static const char *run_top(ls_sql_parser *p, const char *s, const char *end)
{
    const char *q;
    unsigned char c;
dispatch:
    switch (p->lx) {
    case LX_WS:
        goto ws;
    case LX_DASH:
        goto dash;
    case LX_DASH2:
        goto dash2;
    case LX_SLASH:
        goto slash;
    case LX_BLOCK0:
        goto block0;
    case LX_BLOCK:
        goto block;
    case LX_BSTAR:
        goto bstar;
    case LX_LINE:
        goto line;
    case LX_STR:
        goto str;
    case LX_STR_BS:
        goto str_bs;
    case LX_STR_Q:
        goto str_q;
    case LX_QI:
        goto qi;
    case LX_QI_BS:
        goto qi_bs;
    case LX_QI_Q:
        goto qi_q;
    case LX_WORD:
        goto word;
    case LX_DTAG:
        goto dtag;
    case LX_DBODY:
        goto dbody;
    case LX_META:
        goto meta;
    case LX_DLINE:
        goto dline;
    default:
        goto dreg;
    }

ws:
    for (;;) {
        if (s == end) TSUSPEND(LX_WS);
        c = (unsigned char)*s;
        switch (c) {
        case ' ':
        case '\t':
        case '\n':
        case '\r':
        case '\f':
        case '\v':
        case 0: /* NUL padding between statements (zero-filled truncated files) */
            s++;
            continue;
        case ';':
            s++;
            top_semicolon(p);
            if (p->mode != M_TOP || p->stop) return s;
            continue;
        case '-':
            s++;
            goto dash;
        case '/':
            s++;
            goto slash;
        case '#':
            if (p->eff != LS_SQL_POSTGRES) {
                s++;
                goto line_begin;
            }
            break;
        case '\'':
            stmt_touch(p);
            p->lq = '\'';
            p->lesc = p->sq_esc != ESC_NONE;
            p->tok_len = 0;
            s++;
            goto str;
        case '"':
        case '`':
            stmt_touch(p);
            p->lq = (char)c;
            p->lesc = c == '"' && p->eff == LS_SQL_MYSQL;
            p->tok_len = 0;
            s++;
            goto qi;
        case '$':
            if (p->eff == LS_SQL_POSTGRES) {
                stmt_touch(p);
                p->dtag_len = 0;
                s++;
                goto dtag;
            }
            goto word_begin;
        case '\\':
            if (!p->stmt_started) { /* psql meta-command: \connect, \restrict ... */
                stmt_touch(p);
                s++;
                goto meta;
            }
            break;
        default:
            if (is_wordc(c)) goto word_begin;
            break;
        }
        stmt_touch(p);
        s++;
        TOKEN(TK_PUNCT, (char)c);
    }

dash:
    if (s == end) TSUSPEND(LX_DASH);
    if (*s == '-') {
        s++;
        goto dash2;
    }
    stmt_touch(p);
    TOKEN(TK_PUNCT, '-');
dash2:
    if (s == end) TSUSPEND(LX_DASH2);
    if (p->eff == LS_SQL_POSTGRES || (unsigned char)*s <= ' ') goto line_begin;
    stmt_touch(p);
    grammar(p, TK_PUNCT, '-');
    TOKEN(TK_PUNCT, '-');
line_begin:
    p->banner_len = 0;
line:
    q = memchr(s, '\n', (size_t)(end - s));
    if (!p->decided) banner_add(p, s, q ? q : end);
    if (!q) {
        s = end;
        TSUSPEND(LX_LINE);
    }
    if (!p->decided) banner_check(p);
    s = q + 1;
    goto ws;

slash:
    if (s == end) TSUSPEND(LX_SLASH);
    if (*s != '*') {
        stmt_touch(p);
        TOKEN(TK_PUNCT, '/');
    }
    s++;
block0:
    if (s == end) TSUSPEND(LX_BLOCK0);
    if (*s == '!') { /* MySQL conditional comment: a statement (skipped) */
        stmt_touch(p);
        s++;
    }
block:
    q = memchr(s, '*', (size_t)(end - s));
    if (!q) {
        s = end;
        TSUSPEND(LX_BLOCK);
    }
    s = q + 1;
bstar:
    if (s == end) TSUSPEND(LX_BSTAR);
    if (*s != '/') goto block;
    s++;
    goto ws;

str: /* its text is kept in tok (cut at TOK_CAP) for the COPY options */
    q = p->lesc ? scan2(s, end, p->lq, '\\') : scan1(s, end, p->lq);
    tok_addn(p, s, (size_t)(q - s));
    if (q == end) {
        s = end;
        TSUSPEND(LX_STR);
    }
    s = q + 1;
    if (*q != p->lq) {
        tok_add(p, '\\');
        goto str_bs;
    }
str_q:
    if (s == end) TSUSPEND(LX_STR_Q);
    if (*s == p->lq) {
        tok_add(p, p->lq);
        s++;
        goto str;
    }
    TOKEN(TK_STRING, 0);
str_bs:
    if (s == end) TSUSPEND(LX_STR_BS);
    tok_add(p, *s);
    s++;
    goto str;

qi:
    q = p->lesc ? scan2(s, end, p->lq, '\\') : scan1(s, end, p->lq);
    tok_addn(p, s, (size_t)(q - s));
    if (q == end) {
        s = end;
        TSUSPEND(LX_QI);
    }
    s = q + 1;
    if (*q != p->lq) goto qi_bs;
qi_q:
    if (s == end) TSUSPEND(LX_QI_Q);
    if (*s == p->lq) {
        tok_add(p, p->lq);
        s++;
        goto qi;
    }
    TOKEN(TK_QIDENT, 0);
qi_bs:
    if (s == end) TSUSPEND(LX_QI_BS);
    tok_add(p, *s);
    s++;
    goto qi;

word_begin:
    p->tok_len = 0;
    p->word_off = at(p, s);
word:
    q = s;
    while (q < end && is_wordc((unsigned char)*q))
        q++;
    tok_addn(p, s, (size_t)(q - s));
    s = q;
    if (s == end) TSUSPEND(LX_WORD);
    if (p->word_off == 0 && p->tok_len >= 3 && memcmp(p->tok, "\xEF\xBB\xBF", 3) == 0) {
        /* a UTF-8 byte order mark at the start of the input */
        memmove(p->tok, p->tok + 3, p->tok_len - 3);
        p->tok_len -= 3;
        if (!p->tok_len) goto ws;
    }
    stmt_touch(p);
    TOKEN(TK_WORD, 0);

dtag:
    while (s < end && p->dtag_len < DTAG_CAP && is_tagc((unsigned char)*s))
        p->dtag[p->dtag_len++] = *s++;
    if (s == end) TSUSPEND(LX_DTAG);
    if (*s == '$' && p->dtag_len < DTAG_CAP &&
        !(p->dtag_len && is_digit((unsigned char)p->dtag[0]))) {
        s++;
        p->dmatch = 0;
        goto dbody;
    }
    /* not a dollar quote ($1, or a tag that does not end with '$') */
    p->lx = LX_WS;
    grammar(p, TK_PUNCT, '$');
    if (p->mode != M_TOP || p->stop) return s;
    if (!p->dtag_len) goto ws;
    memcpy(p->tok, p->dtag, p->dtag_len);
    p->tok_len = p->dtag_len;
    TOKEN(TK_WORD, 0);
dbody:
    /* look for $tag$; dmatch bytes of it matched so far */
    for (;;) {
        if (p->dmatch == 0) {
            q = memchr(s, '$', (size_t)(end - s));
            if (!q) {
                s = end;
                TSUSPEND(LX_DBODY);
            }
            s = q + 1;
            p->dmatch = 1;
        }
        while (p->dmatch) {
            if (s == end) TSUSPEND(LX_DBODY);
            c = (unsigned char)*s++;
            unsigned char want =
                p->dmatch - 1 < p->dtag_len ? (unsigned char)p->dtag[p->dmatch - 1] : '$';
            if (c == want) {
                if (++p->dmatch == p->dtag_len + 2) {
                    p->tok_len = 0; /* (its text is not kept) */
                    TOKEN(TK_STRING, 0);
                }
            } else {
                p->dmatch = c == '$' ? 1 : 0;
            }
        }
    }

meta:
    q = memchr(s, '\n', (size_t)(end - s));
    if (!q) {
        s = end;
        TSUSPEND(LX_META);
    }
    s = q + 1;
    stmt_reset(p);
    goto ws;

dline:
    /* the rest of a DELIMITER line: ";" changes nothing, anything else opens a region of
     * routine bodies skipped up to a line "DELIMITER ;" */
    q = memchr(s, '\n', (size_t)(end - s));
    dline_add(p, s, q ? q : end);
    if (!q) {
        s = end;
        TSUSPEND(LX_DLINE);
    }
    s = q + 1;
    {
        size_t n;
        const char *t = dline_trim(p, &n);
        bool plain = !p->dline_over && (n == 0 || (n == 1 && t[0] == ';'));
        stmt_reset(p);
        p->dline_len = 0;
        p->dline_over = false;
        if (plain) goto ws;
    }
dreg:
    q = memchr(s, '\n', (size_t)(end - s));
    dline_add(p, s, q ? q : end);
    if (!q) {
        s = end;
        TSUSPEND(LX_DREG);
    }
    s = q + 1;
    {
        bool done = dline_ends_region(p);
        p->dline_len = 0;
        p->dline_over = false;
        if (done) goto ws;
    }
    goto dreg;
}

/* ---- tuples ------------------------------------------------------------------------------- */

/* Is the unquoted text read so far (its first len bytes) a literal prefix X B E N or a
 * charset introducer _name, so that the quote c at s opens a prefixed string? If so, set
 * the string's kind and escapes and forget the prefix text. after_ws: blanks came between
 * (only introducers allow that). */
static bool try_prefix(ls_sql_parser *p, unsigned char c, size_t len, bool after_ws)
{
    if (p->v_discard || p->v_depth || len == 0 || len >= HEAD_CAP) return false;
    if (c != '\'' && !(c == '"' && p->eff == LS_SQL_MYSQL)) return false;
    char t[HEAD_CAP];
    size_t fl = SQL_MIN(p->v_flushed, len);
    memcpy(t, p->v_head, fl);
    if (len > fl) memcpy(t + fl, p->v_run, len - fl);
    uint8_t kind, esc;
    if (t[0] == '_') {
        if (len < 2) return false;
        for (size_t i = 1; i < len; i++)
            if (!is_alpha((unsigned char)t[i]) && !is_digit((unsigned char)t[i]) && t[i] != '_')
                return false;
        kind = ci_eq(t, len, "_BINARY") ? LS_VAL_BINARY : LS_VAL_STRING;
        esc = c == '"' ? ESC_MYSQL : p->sq_esc;
    } else {
        if (after_ws || len != 1 || c == '"') return false;
        switch (t[0] | 0x20) {
        case 'x':
        case 'b':
            kind = LS_VAL_BINARY;
            esc = ESC_NONE;
            break;
        case 'e':
            kind = LS_VAL_STRING;
            esc = ESC_PGE;
            break;
        case 'n':
            kind = LS_VAL_STRING;
            esc = p->sq_esc;
            break;
        default:
            return false;
        }
    }
    if (p->v_flushed && !p->rec_over) p->scr_len = p->v_soff;
    p->v_flushed = 0;
    p->v_q = (char)c;
    p->v_kind = kind;
    p->v_esc = esc;
    return true;
}

/* A value starting with the '-', "--" or '/' a comment look-ahead consumed: those bytes
 * are in the chunk just before s, or (when the chunk began after them) stored. */
static void bare_begin_lit(ls_sql_parser *p, const char *s)
{
    size_t n = p->cmt_n;
    v_begin(p, s);
    p->v_depth = 0;
    if ((size_t)(s - p->chunk) >= n) {
        p->v_run = s - n;
    } else {
        char lit[2] = {p->cmt_c, p->cmt_c};
        v_store(p, lit, n);
    }
}

#define SUSPEND(st)                                                                                \
    do {                                                                                           \
        p->vs = (uint8_t)(st);                                                                     \
        return s;                                                                                  \
    } while (0)

/* Tuples of an INSERT: read [s, end). Returns where it stopped (end, or where the statement
 * ended and the statement level takes over). */
static const char *run_values(ls_sql_parser *p, const char *s, const char *end)
{
    const char *q;
    unsigned char c = 0;

    switch (p->vs) {
    case VS_EXPECT:
        goto expect;
    case VS_AFTER_TUPLE:
        goto after_tuple;
    case VS_TAILWORD:
        goto tail_word;
    case VS_START:
        goto val_start;
    case VS_STR:
        goto str;
    case VS_STR_BS:
        goto str_bs;
    case VS_STR_Q:
        goto str_q;
    case VS_STR_OCT:
        goto str_oct;
    case VS_STR_HEX:
        goto str_hex;
    case VS_STR_U:
        goto str_u;
    case VS_AFTER:
        goto after_value;
    case VS_AFTER_COLON:
        goto after_colon;
    case VS_BARE:
        goto bare_atom;
    case VS_BARE_WS:
        goto bare_ws;
    case VS_BARE_Q:
        goto bare_q;
    case VS_BARE_QBS:
        goto bare_qbs;
    case VS_BARE_QQ:
        goto bare_qq;
    case VS_RESYNC:
        goto resync;
    case VS_R_PAREN:
        goto r_paren;
    case VS_R_COMMA:
        goto r_comma;
    case VS_R_ROW:
        goto r_row;
    case VS_R_ROW_WS:
        goto r_row_ws;
    case VS_ROW:
        goto row_word;
    case VS_ROW_WS:
        goto row_ws;
    case VS_R_STR:
        goto r_str;
    case VS_R_STR_BS:
        goto r_str_bs;
    case VS_R_STR_Q:
        goto r_str_q;
    case VS_CMT_DASH:
        goto cmt_dash;
    case VS_CMT_DASH2:
        goto cmt_dash2;
    case VS_CMT_SLASH:
        goto cmt_slash;
    case VS_CMT_LINE:
        goto cmt_line;
    case VS_CMT_BLOCK:
        goto cmt_block;
    default:
        goto cmt_bstar;
    }

    /* -- between tuples -- */
expect:
    for (;;) {
        if (s == end) SUSPEND(VS_EXPECT);
        c = (unsigned char)*s;
        if (c == '(') {
            rec_begin(p, at(p, s));
            p->after_open = true;
            s++;
            goto val_start;
        }
        switch (bcls[c]) {
        case BC_SPACE:
        case BC_NUL:
            s++;
            continue;
        case BC_SEMI:
            s++;
            stmt_reset(p);
            return s;
        case BC_DASH:
        case BC_SLASH:
            p->cmt_off = at(p, s);
            p->vs_ret = VS_EXPECT;
            goto cmt_begin;
        case BC_HASH:
            if (p->eff != LS_SQL_POSTGRES) {
                p->cmt_off = at(p, s);
                p->vs_ret = VS_EXPECT;
                goto cmt_begin;
            }
            goto garbage;
        default:
            if ((c | 0x20) == 'r') { /* ROW(...) */
                p->tok_len = 0;
                p->cmt_off = at(p, s);
                goto row_word;
            }
            goto garbage;
        }
    }
row_word:
    while (s < end && (is_alpha((unsigned char)*s) || is_digit((unsigned char)*s) || *s == '_')) {
        tok_add(p, *s);
        s++;
    }
    if (s == end) SUSPEND(VS_ROW);
    if (!TOK_IS(p, "ROW")) goto row_bad;
row_ws:
    while (s < end && is_space((unsigned char)*s))
        s++;
    if (s == end) SUSPEND(VS_ROW_WS);
    if (*s == '(') {
        rec_begin(p, at(p, s));
        p->after_open = true;
        s++;
        goto val_start;
    }
row_bad: /* garbage from the word on */
    rec_begin(p, p->cmt_off);
    p->rec_syntax = true;
    goto resync;

tuple_end: /* s is just after the tuple's ')' */
    deliver(p, at(p, s));
    if (p->stop) SUSPEND(VS_AFTER_TUPLE);
    if (end - s >= 2 && s[0] == ',' && s[1] == '(') {
        rec_begin(p, at(p, s + 1));
        p->after_open = true;
        s += 2;
        goto val_start;
    }
after_tuple:
    for (;;) {
        if (s == end) SUSPEND(VS_AFTER_TUPLE);
        c = (unsigned char)*s;
        switch (bcls[c]) {
        case BC_COMMA:
            s++;
            goto expect;
        case BC_SEMI:
            s++;
            stmt_reset(p);
            return s;
        case BC_SPACE:
        case BC_NUL:
            s++;
            continue;
        case BC_DASH:
        case BC_SLASH:
            p->cmt_off = at(p, s);
            p->vs_ret = VS_AFTER_TUPLE;
            goto cmt_begin;
        case BC_HASH:
            if (p->eff != LS_SQL_POSTGRES) {
                p->cmt_off = at(p, s);
                p->vs_ret = VS_AFTER_TUPLE;
                goto cmt_begin;
            }
            goto garbage;
        default:
            break;
        }
        if (is_alpha(c)) {
            p->tok_len = 0;
            p->cmt_off = at(p, s);
            goto tail_word;
        }
        goto garbage;
    }
tail_word:
    while (s < end && (is_alpha((unsigned char)*s) || is_digit((unsigned char)*s) || *s == '_')) {
        tok_add(p, *s);
        s++;
    }
    if (s == end) SUSPEND(VS_TAILWORD);
    if (tok_in(p, kw_tail)) { /* ON DUPLICATE KEY UPDATE, ON CONFLICT, RETURNING, AS alias */
        p->mode = M_TOP;
        p->lx = LX_WS;
        p->g = G_SKIP;
        return s;
    }
    if (tok_in(p, kw_stmt)) { /* the ';' was missing: a new statement */
        stmt_reset(p);
        stmt_touch(p);
        grammar(p, TK_WORD, 0);
        return s;
    }
    rec_begin(p, p->cmt_off);
    p->rec_syntax = true;
    goto resync;
garbage:
    rec_begin(p, at(p, s));
    p->rec_syntax = true;
    goto resync;

    /* -- values -- */
val_start:
    for (;;) {
        if (s == end) SUSPEND(VS_START);
        c = (unsigned char)*s;
        if (c == '\'') {
            p->v_q = '\'';
            p->v_esc = p->sq_esc;
            p->v_kind = LS_VAL_STRING;
            s++;
            v_begin(p, s);
            goto str;
        }
        switch (bcls[c]) {
        case BC_SPACE:
            s++;
            continue;
        case BC_NUL:
            p->rec_nul = true;
            s++;
            continue;
        case BC_COMMA:
        case BC_SEMI:
            goto syntax;
        case BC_RPAREN:
            if (p->after_open) {
                s++;
                goto tuple_end;
            }
            goto syntax;
        case BC_QUOTE:
            if (c == '"' && p->eff == LS_SQL_MYSQL) {
                p->v_q = '"';
                p->v_esc = ESC_MYSQL;
                p->v_kind = LS_VAL_STRING;
                s++;
                v_begin(p, s);
                goto str;
            }
            goto bare_start;
        case BC_DASH:
        case BC_SLASH:
            p->vs_ret = VS_START;
            goto cmt_begin;
        case BC_HASH:
            if (p->eff != LS_SQL_POSTGRES) {
                p->vs_ret = VS_START;
                goto cmt_begin;
            }
            goto bare_start;
        default:
            goto bare_start;
        }
    }
syntax:
    p->rec_syntax = true;
    v_clear(p);
    goto resync;

str:
    for (;;) {
        q = p->v_esc ? scan2(s, end, p->v_q, '\\') : scan1(s, end, p->v_q);
        if (q == end) {
            s = end;
            SUSPEND(VS_STR);
        }
        if (*q != p->v_q) { /* backslash */
            v_flush(p, q);
            p->v_run_on = false;
            s = q + 1;
            goto str_bs;
        }
        if (q + 1 == end) { /* a quote at the end of the chunk: doubled or closing? */
            v_flush(p, q);
            p->v_run_on = false;
            s = end;
            SUSPEND(VS_STR_Q);
        }
        if (q[1] == p->v_q) { /* '' */
            v_flush(p, q + 1);
            s = q + 2;
            p->v_run = s;
            continue;
        }
        s = q + 1;
        v_finish(p, q, at(p, s), SIZE_MAX, p->v_kind);
        goto after_string;
    }
str_q:
    if (s == end) SUSPEND(VS_STR_Q);
    if (*s == p->v_q) {
        v_store(p, s, 1);
        s++;
        p->v_run = s;
        p->v_run_on = true;
        goto str;
    }
    v_finish(p, NULL, at(p, s), SIZE_MAX, p->v_kind);
    goto after_string;
str_bs:
    if (s == end) SUSPEND(VS_STR_BS);
    c = (unsigned char)*s++;
    if (p->v_esc == ESC_MYSQL) {
        switch (c) {
        case '0':
            v_put(p, 0);
            break;
        case 'b':
            v_put(p, '\b');
            break;
        case 'n':
            v_put(p, '\n');
            break;
        case 'r':
            v_put(p, '\r');
            break;
        case 't':
            v_put(p, '\t');
            break;
        case 'Z':
            v_put(p, 26);
            break;
        case '%':
        case '_': /* MySQL keeps the backslash of \% and \_ */
            v_put(p, '\\');
            v_put(p, (char)c);
            break;
        default:
            v_put(p, (char)c);
            break;
        }
    } else { /* PostgreSQL E'...' */
        switch (c) {
        case 'b':
            v_put(p, '\b');
            break;
        case 'f':
            v_put(p, '\f');
            break;
        case 'n':
            v_put(p, '\n');
            break;
        case 'r':
            v_put(p, '\r');
            break;
        case 't':
            v_put(p, '\t');
            break;
        case 'x':
            p->e_val = 0;
            p->e_n = 0;
            goto str_hex;
        case 'u':
        case 'U':
            p->e_val = 0;
            p->e_n = 0;
            p->e_need = c == 'u' ? 4 : 8;
            goto str_u;
        default:
            if (c >= '0' && c <= '7') {
                p->e_val = c - '0';
                p->e_n = 1;
                goto str_oct;
            }
            v_put(p, (char)c);
            break;
        }
    }
str_resume:
    p->v_run = s;
    p->v_run_on = true;
    goto str;
str_oct:
    if (!esc_digits(p, &s, end, 8, 3)) SUSPEND(VS_STR_OCT);
    v_put(p, (char)(p->e_val & 0xff));
    goto str_resume;
str_hex:
    if (!esc_digits(p, &s, end, 16, 2)) SUSPEND(VS_STR_HEX);
    v_put(p, p->e_n ? (char)p->e_val : 'x');
    goto str_resume;
str_u:
    if (!esc_digits(p, &s, end, 16, p->e_need)) SUSPEND(VS_STR_U);
    put_utf8(p, p->e_n < p->e_need ? 0xFFFD : p->e_val); /* short: not a code point */
    goto str_resume;

after_string:
    if (s < end) {
        if (*s == ',') {
            s++;
            goto val_start;
        }
        if (*s == ')') {
            s++;
            goto tuple_end;
        }
    }
after_value:
    for (;;) {
        if (s == end) SUSPEND(VS_AFTER);
        c = (unsigned char)*s;
        switch (bcls[c]) {
        case BC_COMMA:
            s++;
            goto val_start;
        case BC_RPAREN:
            s++;
            goto tuple_end;
        case BC_SPACE:
            s++;
            continue;
        case BC_NUL:
            p->rec_nul = true;
            s++;
            continue;
        case BC_DASH:
        case BC_SLASH:
            p->vs_ret = VS_AFTER;
            goto cmt_begin;
        case BC_HASH:
            if (p->eff != LS_SQL_POSTGRES) {
                p->vs_ret = VS_AFTER;
                goto cmt_begin;
            }
            goto syntax;
        default:
            if (c == ':') {
                s++;
                goto after_colon;
            }
            goto syntax;
        }
    }
after_colon:
    if (s == end) SUSPEND(VS_AFTER_COLON);
    if (*s != ':') goto syntax;
    s++; /* 'text'::type: the cast is read and dropped */
    v_begin(p, s);
    p->v_discard = true;
    p->v_depth = 0;
    goto bare_atom;

bare_start:
    v_begin(p, s);
    p->v_depth = 0;
bare_atom:
    for (;;) {
        while (s < end && bcls[(unsigned char)*s] == BC_PLAIN)
            s++;
        if (s == end) SUSPEND(VS_BARE);
        c = (unsigned char)*s;
        switch (bcls[c]) {
        case BC_SPACE:
            p->v_trim = v_len(p, s);
            s++;
            goto bare_ws;
        case BC_COMMA:
            if (p->v_depth) {
                s++;
                continue;
            }
            v_finish(p, s, at(p, s), SIZE_MAX, KIND_BARE);
            s++;
            goto val_start;
        case BC_RPAREN:
            if (p->v_depth) {
                p->v_depth--;
                s++;
                continue;
            }
            v_finish(p, s, at(p, s), SIZE_MAX, KIND_BARE);
            s++;
            goto tuple_end;
        case BC_LPAREN:
        case BC_LBRACK:
            p->v_depth++;
            s++;
            continue;
        case BC_RBRACK:
            if (p->v_depth) p->v_depth--;
            s++;
            continue;
        case BC_QUOTE:
            if (try_prefix(p, c, v_len(p, s), false)) {
                s++;
                p->v_run = s;
                goto str;
            }
            p->v_bq = (char)c;
            p->v_bq_esc = quote_escapes(p, c);
            s++;
            goto bare_q;
        case BC_SEMI: /* the statement ends inside the tuple; a complete value is kept */
            if (!p->v_depth) v_finish(p, s, at(p, s), SIZE_MAX, KIND_BARE);
            goto syntax;
        case BC_DASH:
        case BC_SLASH:
            p->v_trim_cand = v_len(p, s);
            p->vs_ret = VS_BARE_WS;
            goto cmt_begin;
        case BC_HASH:
            if (p->eff != LS_SQL_POSTGRES) {
                p->v_trim_cand = v_len(p, s);
                p->vs_ret = VS_BARE_WS;
                goto cmt_begin;
            }
            s++;
            continue;
        default: /* BC_NUL */
            p->rec_nul = true;
            s++;
            continue;
        }
    }
bare_ws:
    for (;;) {
        if (s == end) SUSPEND(VS_BARE_WS);
        c = (unsigned char)*s;
        switch (bcls[c]) {
        case BC_SPACE:
            s++;
            continue;
        case BC_COMMA:
            if (p->v_depth) goto bare_atom;
            v_finish(p, s, at(p, s), p->v_trim, KIND_BARE);
            s++;
            goto val_start;
        case BC_RPAREN:
            if (p->v_depth) goto bare_atom;
            v_finish(p, s, at(p, s), p->v_trim, KIND_BARE);
            s++;
            goto tuple_end;
        case BC_QUOTE:
            if (try_prefix(p, c, p->v_trim, true)) {
                s++;
                p->v_run = s;
                goto str;
            }
            goto bare_atom;
        case BC_DASH:
        case BC_SLASH:
            p->v_trim_cand = p->v_trim;
            p->vs_ret = VS_BARE_WS;
            goto cmt_begin;
        case BC_HASH:
            if (p->eff != LS_SQL_POSTGRES) {
                p->v_trim_cand = p->v_trim;
                p->vs_ret = VS_BARE_WS;
                goto cmt_begin;
            }
            goto bare_atom;
        default:
            goto bare_atom;
        }
    }
bare_q: /* a quoted part of an expression, kept as written */
    q = p->v_bq_esc ? scan2(s, end, p->v_bq, '\\') : scan1(s, end, p->v_bq);
    if (q == end) {
        s = end;
        SUSPEND(VS_BARE_Q);
    }
    s = q + 1;
    if (*q != p->v_bq) goto bare_qbs;
bare_qq:
    if (s == end) SUSPEND(VS_BARE_QQ);
    if (*s == p->v_bq) {
        s++;
        goto bare_q;
    }
    goto bare_atom;
bare_qbs:
    if (s == end) SUSPEND(VS_BARE_QBS);
    s++;
    goto bare_q;

    /* -- after a syntax error: up to "),(" (the next tuple) or ';' -- */
resync:
    for (;;) {
        while (s < end && !rcls[(unsigned char)*s])
            s++;
        if (s == end) SUSPEND(VS_RESYNC);
        c = (unsigned char)*s;
        if (c == ')') {
            s++;
            p->r_end = at(p, s);
            goto r_paren;
        }
        if (c == ';') {
            deliver(p, at(p, s));
            s++;
            stmt_reset(p);
            return s;
        }
        p->v_bq = (char)c;
        p->v_bq_esc = quote_escapes(p, c);
        s++;
        goto r_str;
    }
r_paren:
    for (;;) {
        if (s == end) SUSPEND(VS_R_PAREN);
        c = (unsigned char)*s;
        if (c == ',') {
            s++;
            goto r_comma;
        }
        if (c == ')') {
            s++;
            p->r_end = at(p, s);
            continue;
        }
        if (is_space(c)) {
            s++;
            continue;
        }
        goto resync;
    }
r_comma:
    for (;;) {
        if (s == end) SUSPEND(VS_R_COMMA);
        c = (unsigned char)*s;
        if (c == '(') {
            deliver(p, p->r_end);
            if (p->stop) SUSPEND(VS_EXPECT);
            rec_begin(p, at(p, s));
            p->after_open = true;
            s++;
            goto val_start;
        }
        if (is_space(c)) {
            s++;
            continue;
        }
        if ((c | 0x20) == 'r') {
            p->tok_len = 0;
            goto r_row;
        }
        goto resync;
    }
r_row: /* "),ROW(": the next tuple; any other word is more of the bad record */
    while (s < end && (is_alpha((unsigned char)*s) || is_digit((unsigned char)*s) || *s == '_')) {
        tok_add(p, *s);
        s++;
    }
    if (s == end) SUSPEND(VS_R_ROW);
    if (!TOK_IS(p, "ROW")) goto resync;
r_row_ws:
    while (s < end && is_space((unsigned char)*s))
        s++;
    if (s == end) SUSPEND(VS_R_ROW_WS);
    if (*s != '(') goto resync;
    deliver(p, p->r_end);
    if (p->stop) SUSPEND(VS_EXPECT);
    rec_begin(p, at(p, s));
    p->after_open = true;
    s++;
    goto val_start;
r_str:
    q = p->v_bq_esc ? scan2(s, end, p->v_bq, '\\') : scan1(s, end, p->v_bq);
    if (q == end) {
        s = end;
        SUSPEND(VS_R_STR);
    }
    s = q + 1;
    if (*q != p->v_bq) goto r_str_bs;
r_str_q:
    if (s == end) SUSPEND(VS_R_STR_Q);
    if (*s == p->v_bq) {
        s++;
        goto r_str;
    }
    goto resync;
r_str_bs:
    if (s == end) SUSPEND(VS_R_STR_BS);
    s++;
    goto r_str;

    /* -- comments (c is '-', '/' or '#' at s); vs_ret says where they are -- */
cmt_begin:
    s++;
    p->cmt_n = 1;
    p->cmt_c = (char)c;
    if (c == '-') goto cmt_dash;
    if (c == '/') goto cmt_slash;
    if (p->vs_ret == VS_BARE_WS) p->v_trim = p->v_trim_cand;
    goto cmt_line;
cmt_dash:
    if (s == end) SUSPEND(VS_CMT_DASH);
    if (*s != '-') goto cmt_fail;
    s++;
    p->cmt_n = 2;
cmt_dash2:
    if (s == end) SUSPEND(VS_CMT_DASH2);
    if (p->eff != LS_SQL_POSTGRES && (unsigned char)*s > ' ') goto cmt_fail;
    if (p->vs_ret == VS_BARE_WS) p->v_trim = p->v_trim_cand;
    goto cmt_line;
cmt_slash:
    if (s == end) SUSPEND(VS_CMT_SLASH);
    if (*s != '*') goto cmt_fail;
    s++;
    if (p->vs_ret == VS_BARE_WS) p->v_trim = p->v_trim_cand;
cmt_block:
    q = memchr(s, '*', (size_t)(end - s));
    if (!q) {
        s = end;
        SUSPEND(VS_CMT_BLOCK);
    }
    s = q + 1;
cmt_bstar:
    if (s == end) SUSPEND(VS_CMT_BSTAR);
    if (*s != '/') goto cmt_block;
    s++;
    goto cmt_ret;
cmt_line:
    q = memchr(s, '\n', (size_t)(end - s));
    if (!q) {
        s = end;
        SUSPEND(VS_CMT_LINE);
    }
    s = q + 1;
cmt_ret:
    switch (p->vs_ret) {
    case VS_EXPECT:
        goto expect;
    case VS_AFTER_TUPLE:
        goto after_tuple;
    case VS_START:
        goto val_start;
    case VS_AFTER:
        goto after_value;
    default:
        goto bare_ws;
    }
cmt_fail: /* the '-', "--" or '/' read is not a comment */
    switch (p->vs_ret) {
    case VS_EXPECT:
    case VS_AFTER_TUPLE:
        rec_begin(p, p->cmt_off);
        p->rec_syntax = true;
        goto resync;
    case VS_START:
        bare_begin_lit(p, s);
        goto bare_atom;
    case VS_AFTER:
        goto syntax;
    default: /* inside an unquoted value: those bytes are part of it */
        goto bare_atom;
    }
}

/* ---- COPY ---------------------------------------------------------------------------------- */

/* Are the len bytes of the field being read (up to q) the COPY NULL string? Only asked of
 * fields with no escape (text) or no quote (CSV). The stored part is flushed first. */
static bool copy_is_null(ls_sql_parser *p, const char *q, size_t len)
{
    if (len != p->cp_null_len) return false;
    if (len == 0) return true;
    const char *b;
    if (!p->v_flushed) {
        if (!p->v_run_on) return false;
        b = p->v_run;
    } else {
        if (p->rec_over) return false;
        if (p->v_run_on) v_flush(p, q);
        if (p->rec_over || p->stop) return false;
        b = p->scr + p->v_soff;
    }
    return memcmp(b, p->cp_null, len) == 0;
}

/* A COPY field ends at q (unused when no run is on), pos its offset; eol: it ends the line
 * (a raw CR before the LF is dropped). A text field that is exactly \N (or the NULL
 * option's string, unescaped), or a CSV field never quoted that is the NULL string ("" by
 * default), is NULL. */
static void copy_field_end(ls_sql_parser *p, const char *q, uint64_t pos, bool eol)
{
    size_t len = v_len(p, q), keep = SIZE_MAX;
    if (eol && len) {
        bool cr = p->v_run_on && q > p->v_run ? q[-1] == '\r' : p->c_cr;
        if (cr) keep = --len;
    }
    bool null;
    if (p->cp_csv)
        null = !p->c_quoted && copy_is_null(p, q, len);
    else if (p->cp_null_set)
        null = !p->c_esc && copy_is_null(p, q, len);
    else
        null = p->c_null_cand && len == 1;
    if (null) {
        if (p->v_flushed && !p->rec_over) p->scr_len = p->v_soff;
        v_clear(p);
        push(p, pos, k_empty, 0, LS_VAL_NULL, 0, false);
        return;
    }
    v_finish(p, q, pos, keep, LS_VAL_STRING);
}

/* A COPY line ends at end_off: delivered, unless it is the HEADER line. */
static void copy_deliver(ls_sql_parser *p, uint64_t end_off)
{
    if (!p->c_skip) {
        deliver(p, end_off);
        return;
    }
    p->c_skip = false;
    p->rec_on = false;
    p->nvals = p->n_scr = p->reloc_from = 0;
    p->scr_len = 0;
}

/* The "\." line: the block is over. */
static void copy_done(ls_sql_parser *p)
{
    p->rec_on = false;
    v_clear(p);
    stmt_reset(p);
}

#define CSUSPEND(st)                                                                               \
    do {                                                                                           \
        p->cs = (uint8_t)(st);                                                                     \
        return s;                                                                                  \
    } while (0)

/* Data lines of a COPY ... FROM stdin block: read [s, end). */
static const char *run_copy(ls_sql_parser *p, const char *s, const char *end)
{
    const char *q;
    unsigned char c;
    switch (p->cs) {
    case CP_SKIPLINE:
        goto skipline;
    case CP_LINE:
        goto line;
    case CP_END1:
        goto end1;
    case CP_END2:
        goto end2;
    case CP_END3:
        goto end3;
    case CP_FIELD:
        goto field;
    case CP_ESC:
        goto esc;
    case CP_OCT:
        goto oct;
    default:
        goto hex;
    }
skipline: /* the rest of the COPY statement's line */
    q = memchr(s, '\n', (size_t)(end - s));
    if (!q) {
        s = end;
        CSUSPEND(CP_SKIPLINE);
    }
    s = q + 1;
line:
    if (s == end) CSUSPEND(CP_LINE);
    rec_begin(p, at(p, s));
    if (*s == '\\') {
        s++;
        goto end1;
    }
field_begin:
    v_begin(p, s);
    p->c_null_cand = false;
    p->c_cr = false;
    p->c_esc = false;
field:
    for (;;) {
        q = scan_copy(s, end, p->cp_delim, '\n', '\\');
        if (q == end) {
            s = end;
            CSUSPEND(CP_FIELD);
        }
        c = (unsigned char)*q;
        if (c == (unsigned char)p->cp_delim) {
            copy_field_end(p, q, at(p, q), false);
            s = q + 1;
            goto field_begin;
        }
        if (c == '\n') {
            copy_field_end(p, q, at(p, q), true);
            copy_deliver(p, at(p, q));
            s = q + 1;
            if (p->stop) CSUSPEND(CP_LINE);
            goto line;
        }
        if (c == '\\') {
            v_flush(p, q);
            p->v_run_on = false;
            s = q + 1;
            goto esc;
        }
        p->rec_nul = true; /* a raw NUL: kept, the record is flagged */
        s = q + 1;
    }
end1: /* a line starting with a backslash: "\." ends the block */
    if (s == end) CSUSPEND(CP_END1);
    if (*s == '.') {
        s++;
        goto end2;
    }
    p->c_null_cand = false;
    p->c_cr = false;
    p->c_esc = false;
    goto esc;
end2:
    if (s == end) CSUSPEND(CP_END2);
    if (*s == '\n') {
        s++;
        copy_done(p);
        return s;
    }
    if (*s == '\r') {
        s++;
        goto end3;
    }
    v_begin(p, s);
    p->c_null_cand = false;
    p->c_cr = false;
    p->c_esc = true;
    v_put(p, '.');
    goto field;
end3:
    if (s == end) CSUSPEND(CP_END3);
    if (*s == '\n') {
        s++;
        copy_done(p);
        return s;
    }
    v_begin(p, s);
    p->c_null_cand = false;
    p->c_esc = true;
    v_put(p, '.');
    v_put(p, '\r');
    p->c_cr = true;
    goto field;
esc:
    if (s == end) CSUSPEND(CP_ESC);
    c = (unsigned char)*s++;
    p->c_cr = false;
    p->c_esc = true;
    switch (c) {
    case 'N':
        if (p->v_flushed == 0) p->c_null_cand = true;
        v_put(p, 'N');
        break;
    case 'b':
        v_put(p, '\b');
        break;
    case 'f':
        v_put(p, '\f');
        break;
    case 'n':
        v_put(p, '\n');
        break;
    case 'r':
        v_put(p, '\r');
        break;
    case 't':
        v_put(p, '\t');
        break;
    case 'v':
        v_put(p, '\v');
        break;
    case 'x':
        p->e_val = 0;
        p->e_n = 0;
        goto hex;
    default:
        if (c >= '0' && c <= '7') {
            p->e_val = c - '0';
            p->e_n = 1;
            goto oct;
        }
        v_put(p, (char)c);
        break;
    }
resume:
    p->v_run = s;
    p->v_run_on = true;
    goto field;
oct:
    if (!esc_digits(p, &s, end, 8, 3)) CSUSPEND(CP_OCT);
    v_put(p, (char)(p->e_val & 0xff));
    goto resume;
hex:
    if (!esc_digits(p, &s, end, 16, 2)) CSUSPEND(CP_HEX);
    v_put(p, p->e_n ? (char)p->e_val : 'x');
    goto resume;
}

/* Data lines of a COPY ... (FORMAT csv) block: read [s, end). A field is unquoted and
 * quoted parts (a quote anywhere opens one, as in PostgreSQL); inside quotes the escape
 * (the quote itself by default: "" is one quote) escapes the quote and itself, and the
 * delimiter and line ends are data. A line "\." ends the block. */
static const char *run_csv(ls_sql_parser *p, const char *s, const char *end)
{
    const char *q;
    unsigned char c;
    const char dl = p->cp_delim, qc = p->cp_quote, ec = p->cp_escape;
    switch (p->cs) {
    case CV_SKIPLINE:
        goto skipline;
    case CV_LINE:
        goto line;
    case CV_END1:
        goto end1;
    case CV_END2:
        goto end2;
    case CV_END3:
        goto end3;
    case CV_FSTART:
        goto fstart;
    case CV_UNQ:
        goto unq;
    case CV_Q:
        goto quoted;
    case CV_QQ:
        goto qq;
    default:
        goto qesc;
    }
skipline: /* the rest of the COPY statement's line */
    q = memchr(s, '\n', (size_t)(end - s));
    if (!q) {
        s = end;
        CSUSPEND(CV_SKIPLINE);
    }
    s = q + 1;
line:
    if (s == end) CSUSPEND(CV_LINE);
    rec_begin(p, at(p, s));
    if (*s == '\\') {
        s++;
        goto end1;
    }
fstart:
    if (s == end) CSUSPEND(CV_FSTART);
    p->c_cr = false;
    p->c_quoted = *s == qc;
    if (p->c_quoted) {
        s++;
        v_begin(p, s);
        goto quoted;
    }
    v_begin(p, s);
unq:
    for (;;) {
        q = scan_copy(s, end, dl, '\n', qc);
        if (q == end) {
            s = end;
            CSUSPEND(CV_UNQ);
        }
        c = (unsigned char)*q;
        if (c == (unsigned char)dl) {
            copy_field_end(p, q, at(p, q), false);
            s = q + 1;
            goto fstart;
        }
        if (c == '\n') {
            copy_field_end(p, q, at(p, q), true);
            copy_deliver(p, at(p, q));
            s = q + 1;
            if (p->stop) CSUSPEND(CV_LINE);
            goto line;
        }
        if (c == (unsigned char)qc) { /* a quoted part inside the field */
            v_flush(p, q);
            s = q + 1;
            p->v_run = s;
            p->c_quoted = true;
            goto quoted;
        }
        p->rec_nul = true; /* a raw NUL: kept, the record is flagged */
        s = q + 1;
    }
quoted:
    for (;;) {
        q = scan_copy(s, end, qc, ec, qc);
        if (q == end) {
            s = end;
            CSUSPEND(CV_Q);
        }
        c = (unsigned char)*q;
        if (c == (unsigned char)qc) {
            if (ec == qc) {
                if (q + 1 == end) { /* doubled or closing? */
                    v_flush(p, q);
                    p->v_run_on = false;
                    s = end;
                    CSUSPEND(CV_QQ);
                }
                if (q[1] == qc) {
                    v_flush(p, q + 1);
                    s = q + 2;
                    p->v_run = s;
                    continue;
                }
            }
            s = q + 1;
            if (s < end && (*s == dl || *s == '\n')) { /* the common "...", : zero copy */
                v_finish(p, q, at(p, q), SIZE_MAX, LS_VAL_STRING);
                if (*s++ == dl) goto fstart;
                copy_deliver(p, at(p, s - 1));
                if (p->stop) CSUSPEND(CV_LINE);
                goto line;
            }
            v_flush(p, q);
            goto closed;
        }
        if (c == (unsigned char)ec) {
            v_flush(p, q);
            p->v_run_on = false;
            s = q + 1;
            goto qesc;
        }
        p->rec_nul = true;
        s = q + 1;
    }
qq:
    if (s == end) CSUSPEND(CV_QQ);
    if (*s == qc) {
        v_store(p, s, 1);
        s++;
        p->v_run = s;
        p->v_run_on = true;
        goto quoted;
    }
closed: /* after the closing quote: an unquoted part from s */
    p->v_run = s;
    p->v_run_on = true;
    p->c_cr = false;
    goto unq;
qesc: /* the escape (not the quote) inside quotes: escapes the quote and itself only */
    if (s == end) CSUSPEND(CV_QESC);
    if (*s == qc || *s == ec) {
        v_store(p, s, 1);
        s++;
    } else {
        v_put(p, ec);
    }
    p->v_run = s;
    p->v_run_on = true;
    goto quoted;
end1: /* a line starting with a backslash: "\." ends the block */
    if (s == end) CSUSPEND(CV_END1);
    if (*s == '.') {
        s++;
        goto end2;
    }
    p->c_quoted = false;
    p->c_cr = false;
    v_begin(p, s);
    v_put(p, '\\');
    goto unq;
end2:
    if (s == end) CSUSPEND(CV_END2);
    if (*s == '\n') {
        s++;
        copy_done(p);
        return s;
    }
    if (*s == '\r') {
        s++;
        goto end3;
    }
    p->c_quoted = false;
    p->c_cr = false;
    v_begin(p, s);
    v_store(p, "\\.", 2);
    goto unq;
end3:
    if (s == end) CSUSPEND(CV_END3);
    if (*s == '\n') {
        s++;
        copy_done(p);
        return s;
    }
    p->c_quoted = false;
    v_begin(p, s);
    v_store(p, "\\.\r", 3);
    p->c_cr = true;
    goto unq;
}

/* ---- end of input -------------------------------------------------------------------------- */

/* End of input at statement level: a statement, string or comment left open is noted. */
static void finish_top(ls_sql_parser *p)
{
    switch (p->lx) {
    case LX_LINE:
        if (!p->decided) banner_check(p);
        break;
    case LX_WORD:
        if (p->word_off == 0 && p->tok_len >= 3 && memcmp(p->tok, "\xEF\xBB\xBF", 3) == 0)
            p->tok_len -= 3;
        if (p->tok_len) stmt_touch(p);
        break;
    case LX_DASH:
    case LX_SLASH:
        stmt_touch(p);
        break;
    case LX_META:
    case LX_DLINE: /* line commands end with the input */
        p->stmt_started = false;
        break;
    case LX_BLOCK0:
    case LX_BLOCK:
    case LX_BSTAR:
    case LX_DREG:
        p->st.unterminated = true;
        break;
    default:
        break;
    }
    if (p->stmt_started) p->st.unterminated = true;
}

/* End of input inside an INSERT: a tuple in progress (or garbage) is delivered malformed. */
static void finish_values(ls_sql_parser *p)
{
    p->st.unterminated = true;
    if (p->rec_on) { /* inside a tuple: delivered as malformed, with its complete values */
        v_clear(p);
        p->rec_syntax = true;
        deliver(p, p->base);
        return;
    }
    bool garbage = false;
    if ((p->vs == VS_CMT_DASH || p->vs == VS_CMT_SLASH) &&
        (p->vs_ret == VS_EXPECT || p->vs_ret == VS_AFTER_TUPLE))
        garbage = true; /* a lone '-' or '/' between tuples */
    if (p->vs == VS_TAILWORD && !tok_in(p, kw_tail) && !tok_in(p, kw_stmt)) garbage = true;
    if (p->vs == VS_ROW || p->vs == VS_ROW_WS) garbage = true; /* "ROW" cut by the end */
    if (garbage) {
        rec_begin(p, p->cmt_off);
        p->rec_syntax = true;
        deliver(p, p->base);
    }
}

/* End of input inside a COPY block: a line in progress is delivered malformed. */
static void finish_copy(ls_sql_parser *p)
{
    switch (p->cs) {
    case CP_END2:
    case CP_END3: /* "\." at the very end: the block is closed */
        copy_done(p);
        return;
    case CP_SKIPLINE:
    case CP_LINE:
        p->st.unterminated = true;
        return;
    case CP_END1:
    case CP_ESC: /* a backslash at the end stays a backslash */
        p->c_cr = false;
        v_put(p, '\\');
        break;
    case CP_OCT:
        p->c_cr = false;
        v_put(p, (char)(p->e_val & 0xff));
        break;
    case CP_HEX:
        p->c_cr = false;
        v_put(p, p->e_n ? (char)p->e_val : 'x');
        break;
    default: /* CP_FIELD: the last chunk's bytes were stored when it ended */
        break;
    }
    /* a line cut by the end of the input: delivered, marked malformed */
    p->st.unterminated = true;
    p->v_run_on = false;
    copy_field_end(p, NULL, p->base, true);
    p->rec_syntax = true;
    copy_deliver(p, p->base);
}

/* End of input inside a COPY CSV block: a line in progress is delivered malformed. */
static void finish_csv(ls_sql_parser *p)
{
    switch (p->cs) {
    case CV_END2:
    case CV_END3: /* "\." at the very end: the block is closed */
        copy_done(p);
        return;
    case CV_SKIPLINE:
    case CV_LINE:
        p->st.unterminated = true;
        return;
    case CV_END1: /* a backslash alone: a field */
        p->c_quoted = false;
        p->c_cr = false;
        v_put(p, '\\');
        break;
    case CV_QESC:
        p->c_cr = false;
        v_put(p, p->cp_escape);
        break;
    case CV_Q:
    case CV_QQ: /* inside quotes: no line end to drop */
        p->c_cr = false;
        break;
    case CV_FSTART: /* after a delimiter: an empty last field */
        p->c_quoted = false;
        p->c_cr = false;
        break;
    default: /* CV_UNQ: the last chunk's bytes were stored when it ended */
        break;
    }
    p->st.unterminated = true;
    p->v_run_on = false;
    copy_field_end(p, NULL, p->base, true);
    p->rec_syntax = true;
    copy_deliver(p, p->base);
}

/* ---- public API ---------------------------------------------------------------------------- */

/* An explicit dialect is final; AUTO reads as MySQL until decided. */
ls_sql_parser *ls_sql_parser_create(ls_sql_dialect dialect, size_t max_record_bytes,
                                    const ls_sql_callbacks *cb)
{
    ls_sql_parser *p = calloc(1, sizeof *p);
    if (!p) return NULL;
    if (cb) p->cb = *cb;
    p->max_rec = max_record_bytes ? max_record_bytes : DEFAULT_MAX_RECORD;
    if (p->max_rec > MAX_MAX_RECORD) p->max_rec = MAX_MAX_RECORD;
    if (dialect == LS_SQL_MYSQL || dialect == LS_SQL_POSTGRES) {
        p->eff = (uint8_t)dialect;
        p->decided = true;
    } else {
        p->eff = LS_SQL_MYSQL; /* read as MySQL until decided (backslashes escape) */
    }
    set_sq_esc(p);
    p->scr_cap = 4096;
    p->vcap = 64;
    p->scr = malloc(p->scr_cap);
    p->vals = malloc(p->vcap * sizeof *p->vals);
    p->soff = malloc(p->vcap * sizeof *p->soff);
    if (!p->scr || !p->vals || !p->soff) {
        ls_sql_parser_free(p);
        return NULL;
    }
    return p;
}

/* Run the mode machines over the chunk; at its end, keep what the record in progress
 * needs from it (the chunk may go away). */
int ls_sql_parser_feed(ls_sql_parser *p, const char *data, size_t len)
{
    if (!p) return -1;
    if (p->stop) return p->stop;
    if (p->finished || len == 0) return 0;
    p->chunk = data;
    p->chunk_len = len;
    const char *s = data, *end = data + len;
    if (p->v_run_on) p->v_run = data;
    while (s < end && !p->stop) {
        if (p->mode == M_VALUES)
            s = run_values(p, s, end);
        else if (p->mode == M_COPY)
            s = p->cp_csv ? run_csv(p, s, end) : run_copy(p, s, end);
        else
            s = run_top(p, s, end);
    }
    if (!p->stop) chunk_end(p, end);
    p->base += len;
    p->st.bytes += len;
    return p->stop;
}

/* Close what the input left open (see finish_*). */
int ls_sql_parser_finish(ls_sql_parser *p)
{
    if (!p) return -1;
    if (p->stop) return p->stop;
    if (p->finished) return 0;
    p->finished = true;
    p->chunk = NULL;
    p->chunk_len = 0;
    if (p->mode == M_VALUES)
        finish_values(p);
    else if (p->mode == M_COPY && p->cp_csv)
        finish_csv(p);
    else if (p->mode == M_COPY)
        finish_copy(p);
    else
        finish_top(p);
    return p->stop;
}

/* skipped_statements is derived: statements that were not INSERT ... VALUES, COPY or
 * CREATE TABLE. */
void ls_sql_parser_stats(const ls_sql_parser *p, ls_sql_stats *out)
{
    *out = p->st;
    uint64_t used = p->st.insert_statements + p->st.copy_blocks + p->st.create_tables;
    out->skipped_statements = p->st.statements > used ? p->st.statements - used : 0;
    out->dialect = p->decided ? (ls_sql_dialect)p->eff : LS_SQL_AUTO;
}

/* Interned name, NUL-terminated, owned by the parser. */
const char *ls_sql_table_name(const ls_sql_parser *p, uint32_t table)
{
    return table < p->ntables ? p->tables[table].name : NULL;
}

/* Tables seen so far (CREATE TABLE, INSERT, COPY). */
uint32_t ls_sql_table_count(const ls_sql_parser *p)
{
    return p->ntables;
}

/* Free everything, tables included. */
void ls_sql_parser_free(ls_sql_parser *p)
{
    if (!p) return;
    for (uint32_t i = 0; i < p->ntables; i++) {
        free(p->tables[i].name);
        free(p->tables[i].cols);
        free(p->tables[i].col_lens);
        free(p->tables[i].col_ptrs);
    }
    free(p->tables);
    free(p->thash);
    free(p->pc);
    free(p->pc_lens);
    free(p->vals);
    free(p->soff);
    free(p->scr);
    free(p);
}

/* ---- resuming inside a dump (several readers, pipeline/sql_readers.c) ---------------------- */

/* "db" "." name, the name cut so that the whole fits in NAME_CAP (as after a USE). */
size_t ls_sql_qualify(const char *db, size_t db_len, const char *name, size_t name_len, char *out)
{
    size_t n = SQL_MIN(db_len, (size_t)NAME_CAP / 2);
    size_t k = SQL_MIN(name_len, (size_t)NAME_CAP - n - 1);
    memcpy(out, db, n);
    out[n] = '.';
    memcpy(out + n + 1, name, k);
    return n + 1 + k;
}

/* Is there a line start at i whose line begins with one of the statements that carry
 * records? (INSERT / REPLACE / COPY, as dumps write them: upper case, at the line start.) */
static bool stmt_line_at(const char *b, size_t len, size_t i)
{
    static const char *const kws[] = {"INSERT ", "REPLACE ", "COPY ", NULL};
    if (i > 0 && b[i - 1] != '\n') return false;
    for (int k = 0; kws[k]; k++) {
        size_t n = strlen(kws[k]);
        if (len - i >= n && memcmp(b + i, kws[k], n) == 0) return true;
    }
    return false;
}

/* A COPY text data line at i? A tab in its first bytes and no '(' to start it. */
static bool copy_line_at(const char *b, size_t len, size_t i)
{
    size_t lim = len - i > 65536 ? i + 65536 : len;
    if (i >= len || b[i] == '(') return false;
    const char *nl = memchr(b + i, '\n', lim - i);
    return memchr(b + i, '\t', (nl ? (size_t)(nl - b) : lim) - i) != NULL;
}

/* The candidate points are guesses made without knowing the quote state; a parser that
 * read up to the point from an earlier one says whether the guess holds
 * (ls_sql_parser_at_point). Preference, within a window: the next line if it starts a
 * statement (mysqldump: a statement a line) or looks like a COPY data line (tab-separated),
 * else the first tuple start "),(" (blanks allowed after the comma: phpMyAdmin), else the
 * first line starting a statement, else the first line start (a COPY data line). */
size_t ls_sql_find_point(const char *buf, size_t len, size_t from, size_t window,
                         ls_sql_point *kind)
{
    if (from >= len) return len;
    size_t lim = len - from > window ? from + window : len;
    const char *nl = memchr(buf + from, '\n', lim - from);
    if (nl && (size_t)(nl - buf) + 1 < len) {
        size_t l = (size_t)(nl - buf) + 1;
        if (stmt_line_at(buf, len, l)) {
            *kind = LS_SQL_AT_STATEMENT;
            return l;
        }
        if (copy_line_at(buf, len, l)) {
            *kind = LS_SQL_AT_COPY_LINE;
            return l;
        }
    }
    /* a tuple start */
    for (size_t i = from; i < lim;) {
        const char *q = memchr(buf + i, ')', lim - i);
        if (!q) break;
        size_t j = (size_t)(q - buf) + 1;
        if (j < len && buf[j] == ',') {
            j++;
            while (j < len && j < lim + 64 && is_space((unsigned char)buf[j]))
                j++;
            if (j < len && buf[j] == '(') {
                *kind = LS_SQL_AT_TUPLE;
                return j;
            }
        }
        i = (size_t)(q - buf) + 1;
    }
    /* a statement at a line start, else a line start */
    size_t first_line = len;
    for (size_t i = from; i < lim;) {
        if (i > 0 && buf[i - 1] != '\n') {
            const char *q = memchr(buf + i, '\n', lim - i);
            if (!q) break;
            i = (size_t)(q - buf) + 1;
            continue;
        }
        if (stmt_line_at(buf, len, i)) {
            *kind = LS_SQL_AT_STATEMENT;
            return i;
        }
        if (first_line == len && i < len) first_line = i;
        i++;
    }
    if (first_line < len) *kind = LS_SQL_AT_COPY_LINE;
    return first_line;
}

/* A parser that starts at input offset `offset`, in the state a point of that kind means:
 * between statements, before a tuple of an INSERT whose table it does not know (its
 * table 0, a placeholder), or at a line start of a COPY text block with the default
 * options (table 0 too). The dialect must be decided (MYSQL or POSTGRES); the database of
 * the last USE is unknown (unqualified names are interned as relative, see on_intern). */
ls_sql_parser *ls_sql_parser_resume(ls_sql_dialect dialect, size_t max_record_bytes,
                                    const ls_sql_callbacks *cb, ls_sql_point at_point,
                                    uint64_t offset)
{
    if (dialect != LS_SQL_MYSQL && dialect != LS_SQL_POSTGRES) return NULL;
    ls_sql_parser *p = ls_sql_parser_create(dialect, max_record_bytes, NULL);
    if (!p) return NULL;
    p->base = offset;
    p->db_unknown = true;
    if (at_point != LS_SQL_AT_STATEMENT) {
        uint32_t id;
        if (!intern(p, "", 0, false, &id)) {
            ls_sql_parser_free(p);
            return NULL;
        }
        p->tables[id].placeholder = true;
        p->table = id;
    }
    if (at_point == LS_SQL_AT_TUPLE) {
        p->stmt_started = true;
        p->g = G_SKIP;
        p->mode = M_VALUES;
        p->vs = VS_EXPECT;
    } else if (at_point == LS_SQL_AT_COPY_LINE) {
        copy_opts_reset(p);
        p->g = G_COPY_READY; /* what top_semicolon expects after FROM stdin */
        p->have_cols = false;
        top_semicolon(p);
        p->st.copy_blocks = 0;
        p->cs = CP_LINE;
        p->c_skip = false;
    }
    if (cb) p->cb = *cb;
    return p;
}

/* Does p stand exactly where a parser resumed at `offset` at a point of kind `at` in
 * `dialect` assumes it starts: the same place in the same kind of statement, no record or
 * value open, the same dialect and string escapes, and in a COPY block the default text
 * options? Then what that parser reads from there is what p would read (but for the
 * tables' names, which the caller maps). */
bool ls_sql_parser_at_point(const ls_sql_parser *p, ls_sql_point at_point, uint64_t offset,
                            ls_sql_dialect dialect)
{
    if (p->stop || p->finished || p->base != offset) return false;
    if (!p->decided || p->eff != (uint8_t)dialect || p->pg_backslash) return false;
    if (p->rec_on || p->v_run_on) return false;
    switch (at_point) {
    case LS_SQL_AT_STATEMENT:
        return p->mode == M_TOP && p->lx == LX_WS && !p->stmt_started && p->g == G_START;
    case LS_SQL_AT_TUPLE:
        return p->mode == M_VALUES && p->vs == VS_EXPECT && p->stmt_started && p->g == G_SKIP &&
               p->table < p->ntables;
    case LS_SQL_AT_COPY_LINE:
        return p->mode == M_COPY && !p->cp_csv && p->cs == CP_LINE && !p->c_skip &&
               p->cp_delim == '\t' && !p->cp_null_set && p->cp_null_len == 2 &&
               memcmp(p->cp_null, "\\N", 2) == 0 && p->table < p->ntables;
    default:
        return false;
    }
}

/* The table of the statement being read (INSERT or COPY), UINT32_MAX if none. */
uint32_t ls_sql_parser_table(const ls_sql_parser *p)
{
    return p->mode != M_TOP && p->table < p->ntables ? p->table : UINT32_MAX;
}

/* The database of the last USE ("" before any); false when a resumed parser has not seen
 * one (it is then the one at its start). */
bool ls_sql_parser_db(const ls_sql_parser *p, const char **db, size_t *len)
{
    *db = p->db;
    *len = p->db_len;
    return !p->db_unknown;
}

/* ---- sniffing ------------------------------------------------------------------------------ */

typedef struct {
    const char *s, *e;
} cur;

/* Skip blanks. */
static void sk_space(cur *c)
{
    while (c->s < c->e && is_space((unsigned char)*c->s))
        c->s++;
}

/* Read a keyword-like word ([A-Za-z_]+); false when there is none. */
static bool sk_word(cur *c, const char **w, size_t *n)
{
    const char *s = c->s;
    while (c->s < c->e && (is_alpha((unsigned char)*c->s) || *c->s == '_'))
        c->s++;
    *w = s;
    *n = (size_t)(c->s - s);
    return *n > 0;
}

/* At least one blank, then the next word is kw. */
static bool sk_kw(cur *c, const char *kw)
{
    const char *w;
    size_t n;
    cur save = *c;
    if (c->s >= c->e || !is_space((unsigned char)*c->s)) return false;
    sk_space(c);
    if (sk_word(c, &w, &n) && ci_eq(w, n, kw)) return true;
    *c = save;
    return false;
}

/* One of the keywords, after at least one blank. */
static bool sk_kw_in(cur *c, const char *const *kws)
{
    for (; *kws; kws++)
        if (sk_kw(c, *kws)) return true;
    return false;
}

/* Does a name (identifier or quoted identifier) start here? */
static bool sk_name_start(const cur *c)
{
    if (c->s >= c->e) return false;
    unsigned char ch = (unsigned char)*c->s;
    return is_alpha(ch) || ch == '_' || ch == '`' || ch == '"' || ch >= 0x80;
}

/* Read a possibly qualified name. */
static bool sk_name(cur *c)
{
    bool any = false;
    for (;;) {
        if (c->s >= c->e) return any;
        unsigned char ch = (unsigned char)*c->s;
        if (ch == '`' || ch == '"') {
            const char *q = memchr(c->s + 1, ch, (size_t)(c->e - c->s - 1));
            if (!q) return false;
            c->s = q + 1;
        } else if (is_alpha(ch) || ch == '_' || ch >= 0x80) {
            while (c->s < c->e && (is_wordc((unsigned char)*c->s)))
                c->s++;
        } else {
            return any;
        }
        any = true;
        if (c->s < c->e && *c->s == '.')
            c->s++;
        else
            return true;
    }
}

/* Blanks, then a name starts. */
static bool sk_then_name(cur *c)
{
    if (c->s >= c->e || !is_space((unsigned char)*c->s)) return false;
    sk_space(c);
    return sk_name_start(c);
}

/* After an object name, what a statement needs: ';' ',' '(' a comment, or one of the
 * keywords (plain text such as "create table of contents" has none of these). */
static bool sk_after_name(cur *c, const char *const *kws)
{
    const char *w;
    size_t n;
    if (!sk_name(c)) return false;
    sk_space(c);
    if (c->s >= c->e) return false;
    char ch = *c->s;
    if (ch == ';' || ch == ',' || ch == '(' || (ch == '/' && c->e - c->s >= 2 && c->s[1] == '*'))
        return true;
    if (!sk_word(c, &w, &n)) return false;
    for (; *kws; kws++)
        if (ci_eq(w, n, *kws)) return true;
    return false;
}

/* The first statement of the input: does it look like SQL? */
static bool sk_statement(cur *c)
{
    static const char *const ins_mod[] = {"LOW_PRIORITY", "DELAYED", "HIGH_PRIORITY", "IGNORE",
                                          NULL};
    static const char *const objects[] = {
        "TABLE",    "DATABASE",  "SCHEMA",  "INDEX",     "VIEW",   "SEQUENCE", "TYPE",
        "FUNCTION", "EXTENSION", "TRIGGER", "PROCEDURE", "DOMAIN", NULL};
    static const char *const create_mod[] = {"TEMPORARY", "TEMP", "UNLOGGED", "UNIQUE", NULL};
    static const char *const after_table[] = {"LIKE", "AS", NULL};
    static const char *const after_object[] = {
        "ON",      "AS",        "DEFAULT", "CHARACTER",     "CHARSET",
        "COLLATE", "WITH",      "OWNER",   "AUTHORIZATION", "RETURNS",
        "START",   "INCREMENT", "BEFORE",  "AFTER",         "FOR",
        "IS",      "FROM",      "TO",      "USING",         "ENCODING",
        NULL};
    static const char *const after_alter[] = {
        "ADD",     "DROP",    "ALTER",    "OWNER",          "RENAME",   "MODIFY",
        "CHANGE",  "ENGINE",  "DISABLE",  "ENABLE",         "SET",      "ATTACH",
        "DETACH",  "CASCADE", "RESTRICT", "AUTO_INCREMENT", "DEFAULT",  "CHARACTER",
        "CONVERT", "REPLICA", "CLUSTER",  "INHERIT",        "VALIDATE", NULL};
    static const char *const after_drop[] = {"CASCADE", "RESTRICT", NULL};
    static const char *const lock_modes[] = {"READ", "WRITE", "IN", "LOW_PRIORITY", NULL};
    const char *w;
    size_t n;
    if (!sk_word(c, &w, &n)) return false;
    if (ci_eq(w, n, "INSERT") || ci_eq(w, n, "REPLACE")) {
        while (sk_kw_in(c, ins_mod)) {
        }
        if (!sk_kw(c, "INTO") || !sk_then_name(c) || !sk_name(c)) return false;
        sk_space(c);
        if (c->s < c->e && *c->s == '(') return true;
        return sk_word(c, &w, &n) &&
               (ci_eq(w, n, "VALUES") || ci_eq(w, n, "VALUE") || ci_eq(w, n, "SELECT") ||
                ci_eq(w, n, "SET") || ci_eq(w, n, "DEFAULT") || ci_eq(w, n, "OVERRIDING"));
    }
    if (ci_eq(w, n, "CREATE")) {
        if (sk_kw(c, "OR") && !sk_kw(c, "REPLACE")) return false;
        while (sk_kw_in(c, create_mod)) {
        }
        bool table = sk_kw(c, "TABLE");
        if (!table && !sk_kw_in(c, objects)) return false;
        if (sk_kw(c, "IF") && !(sk_kw(c, "NOT") && sk_kw(c, "EXISTS"))) return false;
        if (!sk_then_name(c)) return false;
        return sk_after_name(c, table ? after_table : after_object);
    }
    if (ci_eq(w, n, "DROP") || ci_eq(w, n, "ALTER")) {
        bool drop = ci_eq(w, n, "DROP");
        if (!sk_kw_in(c, objects)) return false;
        if (sk_kw(c, "IF") && !sk_kw(c, "EXISTS")) return false;
        sk_kw(c, "ONLY");
        if (!sk_then_name(c)) return false;
        return sk_after_name(c, drop ? after_drop : after_alter);
    }
    if (ci_eq(w, n, "LOCK"))
        return (sk_kw(c, "TABLES") || sk_kw(c, "TABLE")) && sk_then_name(c) &&
               sk_after_name(c, lock_modes);
    if (ci_eq(w, n, "SET")) {
        static const char *const scope[] = {"SESSION", "GLOBAL", "LOCAL", NULL};
        sk_kw_in(c, scope);
        if (sk_kw(c, "NAMES") || sk_kw(c, "CHARACTER")) return sk_then_name(c);
        if (c->s >= c->e || !is_space((unsigned char)*c->s)) return false;
        sk_space(c);
        const char *s0 = c->s;
        while (c->s < c->e && (is_wordc((unsigned char)*c->s) || *c->s == '.'))
            c->s++;
        if (c->s == s0 || is_digit((unsigned char)*s0)) return false;
        if (sk_kw(c, "TO")) return true;
        sk_space(c);
        if (c->s < c->e && *c->s == '=') return true;
        return c->e - c->s >= 2 && c->s[0] == ':' && c->s[1] == '=';
    }
    if (ci_eq(w, n, "COPY")) {
        if (!sk_then_name(c) || !sk_name(c)) return false;
        sk_space(c);
        if (c->s < c->e && *c->s == '(') return true;
        return sk_word(c, &w, &n) && (ci_eq(w, n, "FROM") || ci_eq(w, n, "TO"));
    }
    if (ci_eq(w, n, "USE")) {
        if (!sk_then_name(c) || !sk_name(c)) return false;
        sk_space(c);
        return c->s < c->e && *c->s == ';';
    }
    if (ci_eq(w, n, "BEGIN")) {
        sk_space(c);
        return c->s < c->e && *c->s == ';';
    }
    if (ci_eq(w, n, "START")) return sk_kw(c, "TRANSACTION");
    if (ci_eq(w, n, "SELECT")) {
        if (c->s >= c->e || !is_space((unsigned char)*c->s)) return false;
        sk_space(c);
        return c->e - c->s >= 11 && ci_eq(c->s, 11, "PG_CATALOG.");
    }
    return false;
}

/* Skip blanks and comments (a dump banner decides at once), then check the first
 * statement for what it needs (sk_statement): a CSV header "set,create" is not SQL. */
bool ls_sql_sniff(const char *head, size_t len)
{
    static const char *const banners[] = {"MySQL dump",          "MariaDB dump",
                                          "PostgreSQL database", "phpMyAdmin SQL Dump",
                                          "Dumped by pg_dump",   NULL};
    cur c = {head, head + len};
    if (len >= 3 && memcmp(head, "\xEF\xBB\xBF", 3) == 0) c.s += 3;
    for (;;) {
        sk_space(&c);
        if (c.s >= c.e) return false;
        size_t left = (size_t)(c.e - c.s);
        if (left >= 2 && c.s[0] == '-' && c.s[1] == '-') {
            const char *nl = memchr(c.s, '\n', left);
            const char *le = nl ? nl : c.e;
            for (const char *const *b = banners; *b; b++)
                if (contains(c.s, (size_t)(le - c.s), *b)) return true;
            if (!nl) return false;
            c.s = nl + 1;
            continue;
        }
        if (c.s[0] == '#') {
            const char *nl = memchr(c.s, '\n', left);
            if (!nl) return false;
            c.s = nl + 1;
            continue;
        }
        if (left >= 2 && c.s[0] == '/' && c.s[1] == '*') {
            if (left >= 4 && c.s[2] == '!' && is_digit((unsigned char)c.s[3]))
                return true; /* mysqldump: a conditional comment "/ *!40101 SET ..." */
            const char *t = c.s + 2;
            while (t + 1 < c.e && !(t[0] == '*' && t[1] == '/'))
                t++;
            if (t + 1 >= c.e) return false;
            c.s = t + 2;
            continue;
        }
        if (c.s[0] == '\\') { /* psql meta-command */
            const char *w;
            size_t n;
            c.s++;
            return sk_word(&c, &w, &n) && (ci_eq(w, n, "CONNECT") || ci_eq(w, n, "RESTRICT") ||
                                           ci_eq(w, n, "C") || ci_eq(w, n, "SET"));
        }
        return sk_statement(&c);
    }
}
