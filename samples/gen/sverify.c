/* leakscope-gen — --verify for SQL and JSON dumps: re-read the written file with small
 * independent readers (mysqldump INSERTs, pg_dump COPY and --inserts, JSON lines and
 * arrays) and recount records, malformed records, NULLs, empty strings, values per column
 * and unique records (exact and normalised) with hash sets. It checks the generator's own
 * output: anything it does not expect is reported as an error, not skipped. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "gen.h"

/* A growable byte buffer (exits on out of memory, like the rest of the tool). */
typedef struct {
    char *p;
    size_t len, cap;
} sbuf_t;

/* Capacity for at least need bytes. */
static void sb_grow(sbuf_t *b, size_t need)
{
    if (b->cap >= need) return;
    size_t cap = b->cap ? b->cap : 4096;
    while (cap < need)
        cap *= 2;
    char *p = realloc(b->p, cap);
    if (!p) {
        fprintf(stderr, "leakscope-gen: out of memory\n");
        exit(1);
    }
    b->p = p;
    b->cap = cap;
}

/* Append one byte. */
static inline void sb_putc(sbuf_t *b, char c)
{
    if (b->len == b->cap) sb_grow(b, b->len + 1);
    b->p[b->len++] = c;
}

/* Reader state: the record being read (its two hashes and per-column counts) and the
 * per-table sets. */
typedef struct {
    const gen_t *g;
    const tabdef_t *tabs;
    int ntables;
    svstats_t *st;
    hset_t exact[2], norm[2];
    sbuf_t val, tmp;
    /* current record */
    int table;
    vh_t he, hn;
    int nvals;
    bool bad;
    uint64_t cvalues[GEN_MAX_FIELDS], cnulls, cempties;
    char *err;
    size_t errlen;
} vr_t;

/* Start a record of table `table`: hashes seeded with the table, counts cleared. */
static void rec_begin(vr_t *v, int table)
{
    v->table = table;
    vh_init(&v->he);
    vh_init(&v->hn);
    vh_kind(&v->he, VK_TABLE + (uint64_t)table);
    vh_kind(&v->hn, VK_TABLE + (uint64_t)table);
    v->nvals = 0;
    v->bad = false;
    memset(v->cvalues, 0, sizeof(v->cvalues));
    v->cnulls = v->cempties = 0;
}

/* One value of the current record: kind, bytes; col is the column it counts for. */
static void rec_value(vr_t *v, int kind, const char *s, size_t n, int col)
{
    vh_kind(&v->he, (uint64_t)kind);
    vh_kind(&v->hn, (uint64_t)kind);
    if (kind != VK_NULL) {
        vh_field(&v->he, s, n);
        sb_grow(&v->tmp, n + 1);
        vh_field(&v->hn, v->tmp.p, norm_field(s, n, v->tmp.p));
    }
    if (kind == VK_NULL)
        v->cnulls++;
    else if (!n)
        v->cempties++;
    else if (col >= 0 && col < GEN_MAX_FIELDS)
        v->cvalues[col]++;
    v->nvals++;
}

/* The record is complete: count it (malformed ones are distinct by construction and carry
 * no column counts). */
static void rec_end(vr_t *v)
{
    vtab_t *t = &v->st->tab[v->table];
    t->records++;
    if (v->bad) {
        t->malformed++;
        t->unique_records++;
        t->unique_records_normalized++;
        return;
    }
    h128_t he = vh_final(&v->he);
    t->hash_sum += he.lo;
    if (hset_insert(&v->exact[v->table], he)) t->unique_records++;
    if (hset_insert(&v->norm[v->table], vh_final(&v->hn))) t->unique_records_normalized++;
    for (int j = 0; j < GEN_MAX_FIELDS; j++)
        t->values[j] += v->cvalues[j];
    t->nulls += v->cnulls;
    t->empties += v->cempties;
}

/* Record an error message with its byte offset; returns -1. */
static int fail(vr_t *v, const char *map, const char *at, const char *what)
{
    snprintf(v->err, v->errlen, "%s at byte %zu", what, (size_t)(at - map));
    return -1;
}

/* Index of the generated table called s[0..n), or -1. */
static int table_named(const vr_t *v, const char *s, size_t n)
{
    for (int i = 0; i < v->ntables; i++)
        if (strlen(v->tabs[i].name) == n && !memcmp(v->tabs[i].name, s, n)) return i;
    return -1;
}

/* Does [p, end) start with lit? */
static bool starts(const char *p, const char *end, const char *lit)
{
    size_t n = strlen(lit);
    return (size_t)(end - p) >= n && !memcmp(p, lit, n);
}

/* Skip spaces, tabs, CR and LF. */
static const char *skip_ws(const char *p, const char *end)
{
    while (p < end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r'))
        p++;
    return p;
}

/* ---- SQL ---------------------------------------------------------------------------------- */
/* Column names of a CREATE TABLE (mysqldump: "  `col` type", pg_dump: "    col type") must
 * be the table's. p is at "CREATE TABLE"; returns the end of the statement's last line. */
static const char *check_create(vr_t *v, const char *map, const char *p, const char *end, bool pg,
                                int *rc)
{
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    if (!nl) {
        *rc = fail(v, map, p, "unterminated CREATE TABLE");
        return end;
    }
    const char *name = p + (pg ? strlen("CREATE TABLE public.") : strlen("CREATE TABLE `"));
    const char *ne = name;
    while (ne < nl && *ne != '`' && *ne != ' ')
        ne++;
    int ti = table_named(v, name, (size_t)(ne - name));
    if (ti < 0) {
        *rc = fail(v, map, p, "CREATE TABLE of an unknown table");
        return end;
    }
    const tabdef_t *t = &v->tabs[ti];
    p = nl + 1;
    for (int i = 0; i < t->ncols; i++) {
        const char *s = p + (pg ? 4 : 3);
        size_t n = strlen(t->cols[i].name);
        if (!starts(p, end, pg ? "    " : "  `") || (size_t)(end - s) < n + 1 ||
            memcmp(s, t->cols[i].name, n) || s[n] != (pg ? ' ' : '`')) {
            *rc = fail(v, map, p, "CREATE TABLE columns differ from the generated ones");
            return end;
        }
        nl = memchr(p, '\n', (size_t)(end - p));
        p = nl ? nl + 1 : end;
    }
    return p;
}

/* A quoted string starting after its opening quote; unescaped into v->val. mysql: backslash
 * escapes; pg: '' only, or, for E'', backslash escapes too. Returns the byte after the
 * closing quote, or NULL. */
static const char *sql_string(vr_t *v, const char *p, const char *end, bool backslash)
{
    v->val.len = 0;
    while (p < end) {
        char ch = *p++;
        if (ch == '\'') {
            if (p < end && *p == '\'') { /* doubled quote */
                sb_putc(&v->val, '\'');
                p++;
                continue;
            }
            return p;
        }
        if (ch == '\\' && backslash) {
            if (p >= end) return NULL;
            char e = *p++;
            switch (e) {
            case '0':
                sb_putc(&v->val, '\0');
                break;
            case 'n':
                sb_putc(&v->val, '\n');
                break;
            case 'r':
                sb_putc(&v->val, '\r');
                break;
            case 't':
                sb_putc(&v->val, '\t');
                break;
            case 'b':
                sb_putc(&v->val, '\b');
                break;
            case 'f':
                sb_putc(&v->val, '\f');
                break;
            case 'Z':
                sb_putc(&v->val, 0x1a);
                break;
            case 'x': {
                int x = 0, k = 0;
                while (k < 2 && p < end &&
                       ((*p >= '0' && *p <= '9') || (*p >= 'A' && *p <= 'F') ||
                        (*p >= 'a' && *p <= 'f'))) {
                    x = x * 16 + (*p <= '9' ? *p - '0' : (*p | 0x20) - 'a' + 10);
                    p++;
                    k++;
                }
                if (!k) return NULL;
                sb_putc(&v->val, (char)x);
                break;
            }
            default: /* \\ \' \" */
                sb_putc(&v->val, e);
            }
            continue;
        }
        sb_putc(&v->val, ch);
    }
    return NULL;
}

/* INSERT INTO ... VALUES (...),(...); starting at p. */
static const char *sql_insert(vr_t *v, const char *map, const char *p, const char *end, bool mysql,
                              int *rc)
{
    const char *stmt = p;
    const char *name = p + (mysql ? strlen("INSERT INTO `") : strlen("INSERT INTO public."));
    const char *ne = name;
    while (ne < end && *ne != '`' && *ne != ' ')
        ne++;
    int ti = table_named(v, name, (size_t)(ne - name));
    if (ti < 0) {
        *rc = fail(v, map, stmt, "INSERT into an unknown table");
        return end;
    }
    const tabdef_t *t = &v->tabs[ti];
    p = ne + (mysql ? 1 : 0);
    if (!starts(p, end, " VALUES")) {
        *rc = fail(v, map, stmt, "INSERT without VALUES");
        return end;
    }
    p = skip_ws(p + 7, end);
    v->st->statements++;
    for (;;) {
        if (p >= end || *p != '(') {
            *rc = fail(v, map, p, "expected '(' starting a tuple");
            return end;
        }
        p++;
        rec_begin(v, ti);
        int col = 0;
        for (;;) {
            p = skip_ws(p, end);
            if (p < end && (*p == ',' || *p == ')')) {
                v->bad = true; /* a value left out: ",," */
            } else if (starts(p, end, "NULL")) {
                rec_value(v, VK_NULL, NULL, 0, col);
                p += 4;
            } else if (p < end &&
                       (*p == '\'' || (!mysql && *p == 'E' && p + 1 < end && p[1] == '\''))) {
                bool e = *p == 'E';
                p = sql_string(v, p + (e ? 2 : 1), end, mysql || e);
                if (!p) {
                    *rc = fail(v, map, stmt, "unterminated string");
                    return end;
                }
                rec_value(v, VK_STR, v->val.p, v->val.len, col);
            } else if (p < end && ((*p >= '0' && *p <= '9') || *p == '-')) {
                const char *s = p;
                while (p < end && ((*p >= '0' && *p <= '9') || *p == '.' || *p == '-'))
                    p++;
                rec_value(v, VK_NUM, s, (size_t)(p - s), col);
            } else {
                *rc = fail(v, map, p, "unexpected value");
                return end;
            }
            col++;
            p = skip_ws(p, end);
            if (p < end && *p == ',') {
                p++;
                continue;
            }
            if (p < end && *p == ')') {
                p++;
                break;
            }
            *rc = fail(v, map, p, "expected ',' or ')' in a tuple");
            return end;
        }
        if (!v->bad && col != t->ncols) {
            *rc = fail(v, map, p, "tuple with a wrong value count");
            return end;
        }
        rec_end(v);
        p = skip_ws(p, end);
        if (p < end && *p == ',') {
            p = skip_ws(p + 1, end);
            continue;
        }
        if (p < end && *p == ';') return p + 1;
        *rc = fail(v, map, p, "expected ',' or ';' after a tuple");
        return end;
    }
}

/* COPY public.t (cols) FROM stdin; then tab-separated lines up to "\.". */
static const char *sql_copy(vr_t *v, const char *map, const char *p, const char *end, int *rc)
{
    const char *name = p + strlen("COPY public.");
    const char *ne = name;
    while (ne < end && *ne != ' ')
        ne++;
    int ti = table_named(v, name, (size_t)(ne - name));
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    if (ti < 0 || !nl) {
        *rc = fail(v, map, p, "COPY of an unknown table");
        return end;
    }
    const tabdef_t *t = &v->tabs[ti];
    v->st->statements++;
    p = nl + 1;
    for (;;) {
        nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl) {
            *rc = fail(v, map, p, "COPY block without its \\. line");
            return end;
        }
        if (nl - p == 2 && p[0] == '\\' && p[1] == '.') return nl + 1;
        rec_begin(v, ti);
        int col = 0;
        for (const char *f = p;; col++) {
            const char *fe = memchr(f, '\t', (size_t)(nl - f));
            if (!fe) fe = nl;
            if (fe - f == 2 && f[0] == '\\' && f[1] == 'N') {
                rec_value(v, VK_NULL, NULL, 0, col);
            } else {
                v->val.len = 0;
                for (const char *q = f; q < fe; q++) {
                    if (*q != '\\') {
                        sb_putc(&v->val, *q);
                        continue;
                    }
                    if (++q >= fe) {
                        *rc = fail(v, map, q, "backslash at the end of a COPY field");
                        return end;
                    }
                    const char *from = "bfnrtv\\", *to = "\b\f\n\r\t\v\\";
                    const char *k = strchr(from, *q);
                    if (!k || !*q) {
                        *rc = fail(v, map, q, "unknown COPY escape");
                        return end;
                    }
                    sb_putc(&v->val, to[k - from]);
                }
                int kind = sql_col_numeric(&t->cols[col < t->ncols ? col : 0]) && v->val.len
                               ? VK_NUM
                               : VK_STR;
                rec_value(v, kind, v->val.p, v->val.len, col);
            }
            if (fe == nl) break;
            f = fe + 1;
        }
        if (col + 1 != t->ncols) v->bad = true; /* a column short */
        rec_end(v);
        p = nl + 1;
    }
}

/* Walk an SQL dump line by line: CREATE TABLE, INSERT and COPY are read, the rest
 * (comments, SET, DROP, LOCK, ALTER, SELECT setval...) skipped. */
static int verify_sql(vr_t *v, const char *map, const char *end, enum sql_style style)
{
    const char *p = map;
    int rc = 0;
    bool pg = style != SQL_MYSQL;
    while (p < end && !rc) {
        if (starts(p, end, "CREATE TABLE ")) {
            p = check_create(v, map, p, end, pg, &rc);
        } else if (starts(p, end, "INSERT INTO ")) {
            if (style == SQL_PG_COPY) return fail(v, map, p, "INSERT in a COPY dump");
            p = sql_insert(v, map, p, end, !pg, &rc);
        } else if (starts(p, end, "COPY ")) {
            if (style != SQL_PG_COPY) return fail(v, map, p, "COPY in an INSERT dump");
            p = sql_copy(v, map, p, end, &rc);
        } else {
            const char *nl = memchr(p, '\n', (size_t)(end - p));
            p = nl ? nl + 1 : end;
            continue;
        }
        if (!rc && p < end && *p == '\n') p++;
    }
    return rc;
}

/* ---- JSON --------------------------------------------------------------------------------- */
typedef struct {
    vr_t *v;
    const char *map, *end;
    char path[256];
    size_t plen;
    int depth;
} jp_t;

/* The column a path counts for: the first generated column with that name. */
static int path_col(const jp_t *j)
{
    const tabdef_t *t = &j->v->tabs[0];
    for (int i = 0; i < t->ncols; i++)
        if (strlen(t->cols[i].name) == j->plen && !memcmp(t->cols[i].name, j->path, j->plen))
            return i;
    return -1;
}

/* Append code point cp as UTF-8. */
static void put_utf8(sbuf_t *b, unsigned cp)
{
    if (cp < 0x80) {
        sb_putc(b, (char)cp);
    } else if (cp < 0x800) {
        sb_putc(b, (char)(0xC0 | cp >> 6));
        sb_putc(b, (char)(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        sb_putc(b, (char)(0xE0 | cp >> 12));
        sb_putc(b, (char)(0x80 | ((cp >> 6) & 0x3F)));
        sb_putc(b, (char)(0x80 | (cp & 0x3F)));
    } else {
        sb_putc(b, (char)(0xF0 | cp >> 18));
        sb_putc(b, (char)(0x80 | ((cp >> 12) & 0x3F)));
        sb_putc(b, (char)(0x80 | ((cp >> 6) & 0x3F)));
        sb_putc(b, (char)(0x80 | (cp & 0x3F)));
    }
}

/* Four hex digits of a \uXXXX escape; -1 if not. */
static int hex4(const char *p, const char *end, unsigned *out)
{
    if (end - p < 4) return -1;
    unsigned x = 0;
    for (int i = 0; i < 4; i++) {
        char c = p[i];
        int d = c >= '0' && c <= '9'   ? c - '0'
                : c >= 'a' && c <= 'f' ? c - 'a' + 10
                : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                       : -1;
        if (d < 0) return -1;
        x = x * 16 + (unsigned)d;
    }
    *out = x;
    return 0;
}

/* A JSON string at *pp (at its opening quote) unescaped into b; false if invalid. */
static bool json_string(const char **pp, const char *end, sbuf_t *b)
{
    const char *p = *pp + 1;
    b->len = 0;
    while (p < end) {
        unsigned char c = (unsigned char)*p++;
        if (c == '"') {
            *pp = p;
            return true;
        }
        if (c < 0x20) return false;
        if (c != '\\') {
            sb_putc(b, (char)c);
            continue;
        }
        if (p >= end) return false;
        char e = *p++;
        const char *from = "\"\\/bfnrt", *to = "\"\\/\b\f\n\r\t";
        const char *k = e ? strchr(from, e) : NULL;
        if (k) {
            sb_putc(b, to[k - from]);
        } else if (e == 'u') {
            unsigned cp, lo;
            if (hex4(p, end, &cp)) return false;
            p += 4;
            if (cp >= 0xD800 && cp < 0xDC00 && end - p >= 6 && p[0] == '\\' && p[1] == 'u' &&
                !hex4(p + 2, end, &lo) && lo >= 0xDC00 && lo < 0xE000) {
                cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                p += 6;
            }
            put_utf8(b, cp);
        } else {
            return false;
        }
    }
    return false;
}

static bool json_value(jp_t *j, const char **pp);

/* Emit a scalar at the current path. */
static void json_emit(jp_t *j, int kind, const char *s, size_t n)
{
    vr_t *v = j->v;
    vh_kind(&v->he, VK_PATH);
    vh_kind(&v->hn, VK_PATH);
    vh_field(&v->he, j->path, j->plen);
    vh_field(&v->hn, j->path, j->plen);
    rec_value(v, kind, s, n, path_col(j));
}

/* An object at *pp: an extended-JSON wrapper ($oid, $date, $numberLong) gives one value at
 * the current path, any other object its members at path.key. */
static bool json_object(jp_t *j, const char **pp)
{
    const char *p = skip_ws(*pp + 1, j->end);
    static const char *const wraps[] = {"$oid", "$date", "$numberLong"};
    if (p < j->end && *p == '"' && j->end - p > 2 && p[1] == '$') { /* extended JSON */
        sbuf_t *k = &j->v->tmp;
        if (!json_string(&p, j->end, k)) return false;
        int w = -1;
        for (int i = 0; i < 3; i++)
            if (k->len == strlen(wraps[i]) && !memcmp(k->p, wraps[i], k->len)) w = i;
        p = skip_ws(p, j->end);
        if (w < 0 || p >= j->end || *p != ':') return false;
        p = skip_ws(p + 1, j->end);
        if (p >= j->end || *p != '"' || !json_string(&p, j->end, &j->v->val)) return false;
        p = skip_ws(p, j->end);
        if (p >= j->end || *p != '}') return false;
        json_emit(j, w == 2 ? VK_NUM : VK_STR, j->v->val.p, j->v->val.len);
        *pp = p + 1;
        return true;
    }
    if (p < j->end && *p == '}') {
        *pp = p + 1;
        return true;
    }
    for (;;) {
        if (p >= j->end || *p != '"' || !json_string(&p, j->end, &j->v->tmp)) return false;
        size_t saved = j->plen;
        size_t need = j->plen + 1 + j->v->tmp.len;
        if (need >= sizeof(j->path)) return false;
        if (j->plen) j->path[j->plen++] = '.';
        memcpy(j->path + j->plen, j->v->tmp.p, j->v->tmp.len);
        j->plen += j->v->tmp.len;
        p = skip_ws(p, j->end);
        if (p >= j->end || *p != ':') return false;
        p = skip_ws(p + 1, j->end);
        if (!json_value(j, &p)) return false;
        j->plen = saved;
        p = skip_ws(p, j->end);
        if (p < j->end && *p == ',') {
            p = skip_ws(p + 1, j->end);
            continue;
        }
        if (p < j->end && *p == '}') {
            *pp = p + 1;
            return true;
        }
        return false;
    }
}

/* Any value at *pp (arrays add "[]" to the path); false on a syntax error. */
static bool json_value(jp_t *j, const char **pp)
{
    const char *p = *pp;
    if (p >= j->end || ++j->depth > 16) return false;
    bool ok = true;
    if (*p == '{') {
        ok = json_object(j, &p);
    } else if (*p == '[') {
        size_t saved = j->plen;
        if (j->plen + 2 >= sizeof(j->path)) return false;
        j->path[j->plen++] = '[';
        j->path[j->plen++] = ']';
        p = skip_ws(p + 1, j->end);
        if (p < j->end && *p == ']') {
            p++;
        } else {
            for (;;) {
                if (!json_value(j, &p)) return false;
                p = skip_ws(p, j->end);
                if (p < j->end && *p == ',') {
                    p = skip_ws(p + 1, j->end);
                    continue;
                }
                if (p < j->end && *p == ']') {
                    p++;
                    break;
                }
                return false;
            }
        }
        j->plen = saved;
    } else if (*p == '"') {
        ok = json_string(&p, j->end, &j->v->val);
        if (ok) json_emit(j, VK_STR, j->v->val.p, j->v->val.len);
    } else if ((*p >= '0' && *p <= '9') || *p == '-') {
        const char *s = p;
        while (p < j->end && ((*p >= '0' && *p <= '9') || (*p && strchr("+-.eE", *p))))
            p++;
        json_emit(j, VK_NUM, s, (size_t)(p - s));
    } else {
        ok = false; /* true/false/null are never generated */
    }
    j->depth--;
    *pp = p;
    return ok;
}

/* One document at *pp; false (and a malformed record) if it does not parse. */
static bool json_doc_read(vr_t *v, const char *map, const char *end, const char **pp)
{
    jp_t j = {.v = v, .map = map, .end = end};
    rec_begin(v, 0);
    const char *p = *pp;
    bool ok = p < end && *p == '{' && json_value(&j, &p);
    *pp = p;
    return ok;
}

/* JSON lines (a line that does not parse is a malformed record, an empty one a blank
 * line) or one top-level array (which must parse whole). */
static int verify_json(vr_t *v, const char *map, const char *end, bool array)
{
    const char *p = map;
    if (!array) {
        while (p < end) {
            const char *nl = memchr(p, '\n', (size_t)(end - p));
            const char *le = nl ? nl : end;
            if (le == p) {
                v->st->blank_lines++;
            } else {
                const char *q = p;
                bool ok = json_doc_read(v, map, le, &q) && skip_ws(q, le) == le;
                v->bad = !ok;
                rec_end(v);
            }
            p = nl ? nl + 1 : end;
        }
        return 0;
    }
    p = skip_ws(p, end);
    if (p >= end || *p != '[') return fail(v, map, p, "expected '['");
    p = skip_ws(p + 1, end);
    if (p < end && *p == ']') return 0;
    for (;;) {
        if (!json_doc_read(v, map, end, &p)) return fail(v, map, p, "bad array element");
        rec_end(v);
        p = skip_ws(p, end);
        if (p < end && *p == ',') {
            p = skip_ws(p + 1, end);
            continue;
        }
        if (p < end && *p == ']') break;
        return fail(v, map, p, "expected ',' or ']'");
    }
    if (skip_ws(p + 1, end) != end) return fail(v, map, p + 1, "text after the array");
    return 0;
}

int verify_structured(const char *path, const gen_t *g, const tabdef_t *tabs, int ntables,
                      enum sql_style st, svstats_t *out, char *err, size_t errlen)
{
    memset(out, 0, sizeof(*out));
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        snprintf(err, errlen, "cannot reopen %s: %s", path, strerror(errno));
        return -1;
    }
    struct stat sb;
    if (fstat(fd, &sb) != 0 || sb.st_size == 0) {
        snprintf(err, errlen, "cannot stat %s or it is empty", path);
        close(fd);
        return -1;
    }
    size_t size = (size_t)sb.st_size;
    const char *map = mmap(NULL, size, PROT_READ, MAP_PRIVATE, fd, 0);
    close(fd);
    if (map == MAP_FAILED) {
        snprintf(err, errlen, "cannot map %s: %s", path, strerror(errno));
        return -1;
    }
    (void)madvise((void *)map, size, MADV_SEQUENTIAL);
    vr_t v = {.g = g, .tabs = tabs, .ntables = ntables, .st = out, .err = err, .errlen = errlen};
    for (int i = 0; i < ntables; i++) {
        hset_init(&v.exact[i]);
        hset_init(&v.norm[i]);
    }
    int rc = fmt_is_json(g->format) ? verify_json(&v, map, map + size, g->format == FMT_JSON)
                                    : verify_sql(&v, map, map + size, st);
    for (int i = 0; i < ntables; i++) {
        hset_free(&v.exact[i]);
        hset_free(&v.norm[i]);
    }
    free(v.val.p);
    free(v.tmp.p);
    munmap((void *)map, size);
    return rc;
}
