/* jsonr: see jsonr.h. Recursive descent over the text; values are built in place. */
#include "report/jsonr.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sniff/encoding.h"

typedef struct {
    const char *p, *end, *start;
    char *err;
    size_t errcap;
    bool failed;
} rd_t;

static void fail(rd_t *r, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void fail(rd_t *r, const char *fmt, ...)
{
    if (r->failed) return;
    r->failed = true;
    if (!r->err || !r->errcap) return;
    size_t line = 1;
    for (const char *q = r->start; q < r->p && q < r->end; q++)
        line += *q == '\n';
    int k = snprintf(r->err, r->errcap, "line %zu: ", line);
    if (k < 0 || (size_t)k >= r->errcap) return;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(r->err + k, r->errcap - (size_t)k, fmt, ap);
    va_end(ap);
}

static void ws(rd_t *r)
{
    while (r->p < r->end && (*r->p == ' ' || *r->p == '\t' || *r->p == '\n' || *r->p == '\r'))
        r->p++;
}

static bool value(rd_t *r, ls_jv *v, int depth);

static int hex4(const char *p)
{
    int v = 0;
    for (int i = 0; i < 4; i++) {
        char c = p[i];
        int d = c >= '0' && c <= '9'   ? c - '0'
                : c >= 'a' && c <= 'f' ? c - 'a' + 10
                : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                       : -1;
        if (d < 0) return -1;
        v = v * 16 + d;
    }
    return v;
}

/* A string after its opening quote: unescaped into a new buffer (never longer than the
 * source: every escape is at least as long as its UTF-8). */
static bool string(rd_t *r, char **out, size_t *outlen)
{
    const char *q = r->p;
    char *b = malloc((size_t)(r->end - q) + 1), *o = b;
    if (!b) return fail(r, "out of memory"), false;
    while (q < r->end && *q != '"') {
        unsigned char c = (unsigned char)*q;
        if (c < 0x20) {
            r->p = q;
            free(b);
            return fail(r, "control character in a string"), false;
        }
        if (c != '\\') {
            *o++ = *q++;
            continue;
        }
        if (q + 1 >= r->end) break;
        char e = q[1];
        q += 2;
        switch (e) {
        case '"':
            *o++ = '"';
            break;
        case '\\':
            *o++ = '\\';
            break;
        case '/':
            *o++ = '/';
            break;
        case 'b':
            *o++ = '\b';
            break;
        case 'f':
            *o++ = '\f';
            break;
        case 'n':
            *o++ = '\n';
            break;
        case 'r':
            *o++ = '\r';
            break;
        case 't':
            *o++ = '\t';
            break;
        case 'u': {
            int u = r->end - q >= 4 ? hex4(q) : -1;
            if (u < 0) goto bad;
            q += 4;
            uint32_t cp = (uint32_t)u;
            if (cp >= 0xD800 && cp <= 0xDBFF && r->end - q >= 6 && q[0] == '\\' && q[1] == 'u') {
                int lo = hex4(q + 2);
                if (lo >= 0xDC00 && lo <= 0xDFFF) {
                    cp = 0x10000 + ((cp - 0xD800) << 10) + ((uint32_t)lo - 0xDC00);
                    q += 6;
                }
            }
            if (cp >= 0xD800 && cp <= 0xDFFF) cp = 0xFFFD;
            o += ls_utf8_encode(cp, o);
            break;
        }
        default:
        bad:
            r->p = q;
            free(b);
            return fail(r, "bad escape in a string"), false;
        }
    }
    if (q >= r->end) {
        r->p = q;
        free(b);
        return fail(r, "unterminated string"), false;
    }
    r->p = q + 1;
    *o = '\0';
    *out = b;
    *outlen = (size_t)(o - b);
    return true;
}

static bool number(rd_t *r, ls_jv *v)
{
    const char *q = r->p;
    if (q < r->end && *q == '-') q++;
    const char *digits = q;
    while (q < r->end && *q >= '0' && *q <= '9')
        q++;
    if (q == digits) return fail(r, "unexpected character"), false;
    bool integral = true;
    if (q < r->end && *q == '.') {
        integral = false;
        q++;
        while (q < r->end && *q >= '0' && *q <= '9')
            q++;
    }
    if (q < r->end && (*q == 'e' || *q == 'E')) {
        integral = false;
        q++;
        if (q < r->end && (*q == '+' || *q == '-')) q++;
        while (q < r->end && *q >= '0' && *q <= '9')
            q++;
    }
    char tmp[64];
    size_t n = (size_t)(q - r->p);
    if (n >= sizeof tmp) n = sizeof tmp - 1;
    memcpy(tmp, r->p, n);
    tmp[n] = '\0';
    v->kind = LS_JV_NUMBER;
    v->num = strtod(tmp, NULL);
    if (integral && r->p[0] != '-' && (size_t)(q - digits) <= 19) {
        uint64_t u = 0;
        for (const char *d = digits; d < q; d++)
            u = u * 10 + (uint64_t)(*d - '0');
        v->u64 = u;
        v->is_u64 = true;
    }
    r->p = q;
    return true;
}

static bool literal(rd_t *r, const char *word)
{
    size_t n = strlen(word);
    if ((size_t)(r->end - r->p) < n || memcmp(r->p, word, n) != 0)
        return fail(r, "unexpected character"), false;
    r->p += n;
    return true;
}

/* Append to a growing array of values (and keys). */
static ls_jv *push(rd_t *r, ls_jv *v, size_t *cap, char *key)
{
    if (v->n == *cap) {
        size_t nc = *cap ? 2 * *cap : 4;
        ls_jv *ni = realloc(v->items, nc * sizeof *ni);
        if (ni) v->items = ni;
        char **nk = v->kind == LS_JV_OBJECT ? realloc(v->keys, nc * sizeof *nk) : NULL;
        if (nk) v->keys = nk;
        if (!ni || (v->kind == LS_JV_OBJECT && !nk)) {
            free(key);
            return fail(r, "out of memory"), NULL;
        }
        *cap = nc;
    }
    ls_jv *e = &v->items[v->n];
    memset(e, 0, sizeof *e);
    if (v->kind == LS_JV_OBJECT) v->keys[v->n] = key;
    v->n++;
    return e;
}

static bool value(rd_t *r, ls_jv *v, int depth)
{
    memset(v, 0, sizeof *v);
    ws(r);
    if (r->p >= r->end) return fail(r, "unexpected end of the text"), false;
    if (depth > LS_JSONR_MAX_DEPTH) return fail(r, "nested too deeply"), false;
    char c = *r->p;
    if (c == '{' || c == '[') {
        char close = c == '{' ? '}' : ']';
        v->kind = c == '{' ? LS_JV_OBJECT : LS_JV_ARRAY;
        r->p++;
        ws(r);
        size_t cap = 0;
        if (r->p < r->end && *r->p == close) {
            r->p++;
            return true;
        }
        for (;;) {
            char *key = NULL;
            if (v->kind == LS_JV_OBJECT) {
                ws(r);
                size_t kl;
                if (r->p >= r->end || *r->p != '"') return fail(r, "expected a key"), false;
                r->p++;
                if (!string(r, &key, &kl)) return false;
                ws(r);
                if (r->p >= r->end || *r->p != ':') {
                    free(key);
                    return fail(r, "expected ':'"), false;
                }
                r->p++;
            }
            ls_jv *e = push(r, v, &cap, key);
            if (!e || !value(r, e, depth + 1)) return false;
            ws(r);
            if (r->p < r->end && *r->p == ',') {
                r->p++;
                continue;
            }
            if (r->p < r->end && *r->p == close) {
                r->p++;
                return true;
            }
            return fail(r, "expected ',' or '%c'", close), false;
        }
    }
    if (c == '"') {
        r->p++;
        v->kind = LS_JV_STRING;
        return string(r, &v->str, &v->len);
    }
    if (c == 't') return v->kind = LS_JV_BOOL, v->b = true, literal(r, "true");
    if (c == 'f') return v->kind = LS_JV_BOOL, literal(r, "false");
    if (c == 'n') return v->kind = LS_JV_NULL, literal(r, "null");
    return number(r, v);
}

static void free_inner(ls_jv *v)
{
    for (size_t i = 0; i < v->n; i++) {
        free_inner(&v->items[i]);
        if (v->keys) free(v->keys[i]);
    }
    free(v->items);
    free(v->keys);
    free(v->str);
}

ls_jv *ls_jsonr_parse(const char *text, size_t n, char *err, size_t errcap)
{
    if (err && errcap) err[0] = '\0';
    rd_t r = {text, text + n, text, err, errcap, false};
    ls_jv *v = calloc(1, sizeof *v);
    if (!v) return NULL;
    bool ok = value(&r, v, 0);
    if (ok) {
        ws(&r);
        if (r.p != r.end) ok = false, fail(&r, "text after the end of the value");
    }
    if (!ok) {
        ls_jv_free(v);
        return NULL;
    }
    return v;
}

void ls_jv_free(ls_jv *v)
{
    if (!v) return;
    free_inner(v);
    free(v);
}

const ls_jv *ls_jv_get(const ls_jv *v, const char *key)
{
    if (!v || v->kind != LS_JV_OBJECT) return NULL;
    for (size_t i = 0; i < v->n; i++)
        if (v->keys[i] && strcmp(v->keys[i], key) == 0) return &v->items[i];
    return NULL;
}

const char *ls_jv_str(const ls_jv *v)
{
    return v && v->kind == LS_JV_STRING ? v->str : NULL;
}
