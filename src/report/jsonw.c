#include "report/jsonw.h"

#include <inttypes.h>
#include <math.h>
#include <string.h>

#include "sniff/encoding.h"

void ls_jw_init(ls_jsonw *w, FILE *out, bool pretty)
{
    memset(w, 0, sizeof *w);
    w->out = out;
    w->pretty = pretty;
    w->first[0] = true;
}

static void indent(ls_jsonw *w)
{
    if (!w->pretty) return;
    fputc('\n', w->out);
    for (int i = 0; i < w->depth; i++)
        fputs("  ", w->out);
}

/* Before any value or key: the comma and layout its position needs. */
static void element(ls_jsonw *w)
{
    if (w->after_key) {
        w->after_key = false;
        return;
    }
    if (!w->first[w->depth]) fputc(',', w->out);
    w->first[w->depth] = false;
    if (w->depth > 0) indent(w);
}

static void open_(ls_jsonw *w, char c)
{
    element(w);
    fputc(c, w->out);
    if (w->depth + 1 < LS_JSONW_MAX_DEPTH) w->depth++;
    w->first[w->depth] = true;
}

static void close_(ls_jsonw *w, char c)
{
    bool empty = w->first[w->depth];
    if (w->depth > 0) w->depth--;
    if (!empty) indent(w);
    fputc(c, w->out);
}

void ls_jw_object_begin(ls_jsonw *w)
{
    open_(w, '{');
}
void ls_jw_object_end(ls_jsonw *w)
{
    close_(w, '}');
}
void ls_jw_array_begin(ls_jsonw *w)
{
    open_(w, '[');
}
void ls_jw_array_end(ls_jsonw *w)
{
    close_(w, ']');
}

static void write_string(FILE *out, const char *s, size_t n)
{
    fputc('"', out);
    const unsigned char *u = (const unsigned char *)s;
    for (size_t i = 0; i < n;) {
        unsigned char c = u[i];
        if (c < 0x80) {
            if (c == '"' || c == '\\') {
                fputc('\\', out);
                fputc(c, out);
            } else if (c < 0x20 || c == 0x7F) {
                fprintf(out, "\\u%04x", c);
            } else {
                fputc(c, out);
            }
            i++;
            continue;
        }
        uint32_t cp;
        size_t l = ls_utf8_decode(u + i, n - i, &cp);
        if (l == 0) {
            fputs("\\ufffd", out);
            i++;
        } else {
            fwrite(u + i, 1, l, out);
            i += l;
        }
    }
    fputc('"', out);
}

void ls_jw_key(ls_jsonw *w, const char *key)
{
    element(w);
    write_string(w->out, key, strlen(key));
    fputc(':', w->out);
    if (w->pretty) fputc(' ', w->out);
    w->after_key = true;
}

void ls_jw_string_n(ls_jsonw *w, const char *s, size_t n)
{
    element(w);
    write_string(w->out, s, n);
}

void ls_jw_string(ls_jsonw *w, const char *s)
{
    if (!s) {
        ls_jw_null(w);
        return;
    }
    ls_jw_string_n(w, s, strlen(s));
}

void ls_jw_u64(ls_jsonw *w, uint64_t v)
{
    element(w);
    fprintf(w->out, "%" PRIu64, v);
}

void ls_jw_double(ls_jsonw *w, double v)
{
    element(w);
    if (!isfinite(v))
        fputs("null", w->out);
    else
        fprintf(w->out, "%.6g", v);
}

void ls_jw_bool(ls_jsonw *w, bool v)
{
    element(w);
    fputs(v ? "true" : "false", w->out);
}

void ls_jw_null(ls_jsonw *w)
{
    element(w);
    fputs("null", w->out);
}

void ls_jw_string_or_null(ls_jsonw *w, const char *s)
{
    if (s && s[0])
        ls_jw_string(w, s);
    else
        ls_jw_null(w);
}
