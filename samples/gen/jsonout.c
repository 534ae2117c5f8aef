/* leakscope-gen — mongoexport-style documents (legacy strict extended JSON: {"$oid":..},
 * {"$date":"...Z"}, {"$numberLong":".."}), compact or tab-indented like --pretty. */
#include "gen.h"

/* A JSON string: \" \\ and \b \f \n \r \t escaped, other control characters as \u00XX,
 * everything else (UTF-8 included) raw. */
static void put_json_string(out_t *o, const char *s, size_t n)
{
    static const char esc[256] = {['"'] = '"',  ['\\'] = '\\', ['\b'] = 'b', ['\f'] = 'f',
                                  ['\n'] = 'n', ['\r'] = 'r',  ['\t'] = 't'};
    static const char hex[] = "0123456789abcdef";
    out_putc(o, '"');
    size_t run = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        char e = esc[c];
        if (!e && c >= 0x20) continue;
        out_write(o, s + run, i - run);
        out_putc(o, '\\');
        if (e) {
            out_putc(o, e);
        } else {
            out_write(o, "u00", 3);
            out_putc(o, hex[c >> 4]);
            out_putc(o, hex[c & 15]);
        }
        run = i + 1;
    }
    out_write(o, s + run, n - run);
    out_putc(o, '"');
}

/* Separator before a member or element: a comma after the first one; in pretty mode a new
 * line indented by depth tabs. */
static void sep(out_t *o, bool *first, bool pretty, int depth)
{
    if (!*first) out_putc(o, ',');
    *first = false;
    if (pretty) {
        out_putc(o, '\n');
        for (int i = 0; i < depth; i++)
            out_putc(o, '\t');
    }
}

/* "key": (with a space in pretty mode, as Go's json.Indent writes it). */
static void key(out_t *o, const char *k, size_t n, bool pretty)
{
    out_putc(o, '"');
    out_write(o, k, n);
    out_write(o, pretty ? "\": " : "\":", pretty ? 3 : 2);
}

/* Closing bracket of a container whose members are at depth + 1. */
static void close_c(out_t *o, char c, bool pretty, int depth)
{
    if (pretty) {
        out_putc(o, '\n');
        for (int i = 0; i < depth; i++)
            out_putc(o, '\t');
    }
    out_putc(o, c);
}

/* One value of the given kind at depth (the depth of the member holding it). */
static void put_val(out_t *o, int kind, const char *s, size_t n, bool pretty, int depth)
{
    static const char *const wrap[] = {
        [JK_OID] = "$oid", [JK_DATE] = "$date", [JK_LONG] = "$numberLong"};
    if (kind == JK_STR) {
        put_json_string(o, s, n);
    } else if (kind == JK_NUM) {
        out_write(o, s, n);
    } else {
        bool first = true;
        out_putc(o, '{');
        sep(o, &first, pretty, depth + 1);
        key(o, wrap[kind], strlen(wrap[kind]), pretty);
        put_json_string(o, s, n);
        close_c(o, '}', pretty, depth);
    }
}

/* See gen.h: empty fields are omitted; a run of "x.y" columns is the sub-document x, a
 * run of "x[]" columns the array x (both omitted when all their fields are empty). */
void json_doc(out_t *o, const gen_t *g, const rec_t *r, bool pretty)
{
    bool first = true;
    out_putc(o, '{');
    for (int i = 0; i < r->nf;) {
        const char *name = g->cols[i].name;
        size_t nl = strlen(name);
        const char *dot = memchr(name, '.', nl);
        bool array = nl > 2 && !memcmp(name + nl - 2, "[]", 2);
        if (!array && !dot) {
            if (r->len[i]) {
                sep(o, &first, pretty, 1);
                key(o, name, nl, pretty);
                put_val(o, g->jkind[i], rec_field(r, i), r->len[i], pretty, 1);
            }
            i++;
            continue;
        }
        /* a run of fields in the same array or sub-document; omitted when all are empty */
        size_t plen = array ? nl - 2 : (size_t)(dot - name);
        int j = i, any = 0;
        while (j < r->nf && !strncmp(g->cols[j].name, name, plen) &&
               g->cols[j].name[plen] == (array ? '[' : '.')) {
            any |= r->len[j] != 0;
            j++;
        }
        if (any) {
            bool f2 = true;
            sep(o, &first, pretty, 1);
            key(o, name, plen, pretty);
            out_putc(o, array ? '[' : '{');
            for (int k = i; k < j; k++) {
                if (!r->len[k]) continue;
                sep(o, &f2, pretty, 2);
                if (!array) {
                    const char *sub = g->cols[k].name + plen + 1;
                    key(o, sub, strlen(sub), pretty);
                }
                put_val(o, g->jkind[k], rec_field(r, k), r->len[k], pretty, 2);
            }
            close_c(o, array ? ']' : '}', pretty, 1);
        }
        i = j;
    }
    close_c(o, '}', pretty, 0);
}
