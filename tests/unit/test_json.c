/* The streaming JSON export reader (src/parse/json.c).
 *
 * Every vector goes through parse_all(), which feeds it whole, one byte at a time, in
 * small fixed chunk sizes and in random chunk sizes, and asserts that the records (offsets,
 * problems, values: bytes, kind, path id), the path table and the stats are identical; the
 * whole-input run is then checked against the expected records, written as
 * "@offset PROBLEM path=value ..." (strings quoted, other kinds as their text). */
#include <criterion/criterion.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parse/json.h"
#include "test_rng.h"

/* ---- collecting records -------------------------------------------------------------------- */

typedef struct {
    char *data;
    size_t len, cap;
} sbuf;

static void sb_put(sbuf *b, const void *p, size_t n)
{
    if (b->cap - b->len < n + 1) {
        size_t cap = b->cap ? b->cap : 256;
        while (cap - b->len < n + 1)
            cap *= 2;
        b->data = realloc(b->data, cap);
        cr_assert(b->data);
        b->cap = cap;
    }
    memcpy(b->data + b->len, p, n);
    b->len += n;
    b->data[b->len] = '\0';
}

static void sb_printf(sbuf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void sb_printf(sbuf *b, const char *fmt, ...)
{
    char tmp[256];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    cr_assert(n >= 0 && (size_t)n < sizeof tmp);
    sb_put(b, tmp, (size_t)n);
}

/* Bytes below 0x20, 0x7F and '\\' escaped as \xHH; UTF-8 kept as is. */
static void sb_bytes(sbuf *b, const char *p, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)p[i];
        if (c < 0x20 || c == 0x7F || c == '\\')
            sb_printf(b, "\\x%02X", c);
        else
            sb_put(b, &p[i], 1);
    }
}

typedef struct {
    ls_json_parser *p;
    const char *in;
    size_t in_len;
    sbuf ident;  /* everything, for the chunking comparison */
    char **recs; /* readable records */
    size_t nrec, rcap;
    size_t in_input; /* values pointing into the input buffer (whole-input run) */
    size_t values;
    uint64_t stop_at; /* stop after this many records (0: never) */
    ls_json_stats stats;
    int feed_rc;
} coll;

static const char *problem_name(ls_vrec_problem pr)
{
    switch (pr) {
    case LS_VREC_OK:
        return "OK";
    case LS_VREC_SYNTAX:
        return "SYNTAX";
    case LS_VREC_OVERSIZED:
        return "OVERSIZED";
    case LS_VREC_NUL:
        return "NUL";
    case LS_VREC_TOO_DEEP:
        return "TOO_DEEP";
    }
    return "?";
}

static int on_record(void *ctx, const ls_value *vals, uint32_t n, ls_vrec_problem pr, uint64_t off)
{
    coll *c = ctx;
    sbuf r = {0};
    sb_printf(&r, "@%llu %s", (unsigned long long)off, problem_name(pr));
    sb_printf(&c->ident, "R %llu %d %u:", (unsigned long long)off, (int)pr, n);
    cr_assert(pr == LS_VREC_OK || n == 0, "a malformed record with values");
    for (uint32_t i = 0; i < n; i++) {
        const ls_value *v = &vals[i];
        cr_assert(v->col < ls_json_path_count(c->p), "col %u of %u paths", v->col,
                  ls_json_path_count(c->p));
        cr_assert(v->kind <= LS_VAL_BOOL, "kind %u", v->kind);
        cr_assert(v->kind != LS_VAL_NULL || v->len == 0);
        cr_assert(v->len == 0 || v->p);
        sb_printf(&c->ident, " %u/%u/%u/", v->col, v->kind, v->len);
        sb_put(&c->ident, v->p ? v->p : "", v->len);
        sb_printf(&r, " %s=", ls_json_path_name(c->p, v->col));
        if (v->kind == LS_VAL_STRING) sb_put(&r, "\"", 1);
        if (v->kind == LS_VAL_NULL)
            sb_put(&r, "null", 4);
        else
            sb_bytes(&r, v->p, v->len);
        if (v->kind == LS_VAL_STRING) sb_put(&r, "\"", 1);
        c->values++;
        if (c->in && v->p >= c->in && v->p + v->len <= c->in + c->in_len) c->in_input++;
    }
    sb_put(&c->ident, "\n", 1);
    if (c->nrec == c->rcap) {
        c->rcap = c->rcap ? c->rcap * 2 : 16;
        c->recs = realloc(c->recs, c->rcap * sizeof *c->recs);
        cr_assert(c->recs);
    }
    c->recs[c->nrec++] = r.data ? r.data : strdup("");
    return c->stop_at && c->nrec >= c->stop_at ? 42 : 0;
}

static void coll_free(coll *c)
{
    for (size_t i = 0; i < c->nrec; i++)
        free(c->recs[i]);
    free(c->recs);
    free(c->ident.data);
    ls_json_parser_free(c->p);
    free(c);
}

/* Feed in[0, len) in pieces given by sizes[] (cycled; NULL: whole). */
/* Bytes of the input the runs prescan (ls_json_parser_prescan) before feeding; 0: none. */
static size_t prescan_bytes;

static coll *run_chunks(const char *in, size_t len, ls_json_mode mode, size_t max,
                        const size_t *sizes, size_t nsizes, uint64_t stop_at)
{
    coll *c = calloc(1, sizeof *c);
    cr_assert(c);
    c->stop_at = stop_at;
    ls_json_callbacks cb = {.ctx = c, .on_record = on_record};
    c->p = ls_json_parser_create(mode, max, &cb);
    cr_assert(c->p);
    if (prescan_bytes)
        cr_assert_eq(ls_json_parser_prescan(c->p, in, prescan_bytes < len ? prescan_bytes : len),
                     0);
    /* a private copy per chunk, so that a value pointing into a chunk after its feed
     * returned reads freed memory (ASan) */
    size_t pos = 0, k = 0;
    int rc = 0;
    while (pos < len && rc == 0) {
        size_t n = sizes ? sizes[k++ % nsizes] : len;
        if (n > len - pos) n = len - pos;
        char *chunk = malloc(n ? n : 1);
        cr_assert(chunk);
        memcpy(chunk, in + pos, n);
        if (!sizes) {
            c->in = chunk;
            c->in_len = n;
        }
        rc = ls_json_parser_feed(c->p, chunk, n);
        c->in = NULL;
        free(chunk);
        pos += n;
    }
    if (rc == 0) rc = ls_json_parser_finish(c->p);
    c->feed_rc = rc;
    ls_json_parser_stats(c->p, &c->stats);
    sb_printf(&c->ident, "paths:");
    for (uint32_t i = 0; i < ls_json_path_count(c->p); i++) {
        sb_printf(&c->ident, " %u=", i);
        const char *name = ls_json_path_name(c->p, i);
        sb_put(&c->ident, name, strlen(name));
    }
    cr_assert_null(ls_json_path_name(c->p, ls_json_path_count(c->p)));
    sb_printf(&c->ident,
              "\nstats: bytes=%llu records=%llu malformed=%llu oversized=%llu blank=%llu "
              "unterminated=%d garbage=%d mode=%d rc=%d wrapper_values=%llu other=%llu key=",
              (unsigned long long)c->stats.bytes, (unsigned long long)c->stats.records,
              (unsigned long long)c->stats.malformed, (unsigned long long)c->stats.oversized,
              (unsigned long long)c->stats.blank_lines, c->stats.unterminated,
              c->stats.trailing_garbage, c->stats.mode, rc,
              (unsigned long long)c->stats.wrapper_values,
              (unsigned long long)c->stats.other_record_arrays);
    const char *key = ls_json_records_key(c->p);
    sb_put(&c->ident, key ? key : "(none)", key ? strlen(key) : 6);
    sb_put(&c->ident, "\n", 1);
    cr_assert(key == NULL || c->stats.mode == LS_JSON_WRAPPED, "a records key in mode %d",
              c->stats.mode);
    if (c->stats.mode != LS_JSON_WRAPPED)
        cr_assert(c->stats.wrapper_values == 0 && c->stats.other_record_arrays == 0);
    if (rc == 0) {
        cr_assert_eq(c->stats.records, c->nrec);
        cr_assert_eq(c->stats.bytes, len);
    }
    return c;
}

static void same_run(const coll *a, const coll *b, const char *what)
{
    if (a->ident.len == b->ident.len && memcmp(a->ident.data, b->ident.data, a->ident.len) == 0)
        return;
    cr_assert_fail("%s differs from the whole input:\n--- whole\n%s\n--- %s\n%s", what,
                   a->ident.data, what, b->ident.data);
}

/* Parse every way and check the results are the same; returns the whole-input run. */
static coll *parse_mode(const char *in, size_t len, ls_json_mode mode, size_t max)
{
    coll *whole = run_chunks(in, len, mode, max, NULL, 0, 0);
    static const size_t fixed[][3] = {{1, 1, 1}, {2, 2, 2}, {3, 3, 3}, {7, 7, 7}, {1, 5, 64}};
    for (size_t f = 0; f < sizeof fixed / sizeof fixed[0]; f++) {
        if (len > 200000 && fixed[f][0] < 7) continue; /* big vectors: see the random runs */
        coll *c = run_chunks(in, len, mode, max, fixed[f], 3, 0);
        char what[64];
        snprintf(what, sizeof what, "chunks of %zu,%zu,%zu", fixed[f][0], fixed[f][1], fixed[f][2]);
        same_run(whole, c, what);
        coll_free(c);
    }
    for (uint64_t seed = 1; seed <= 4; seed++) {
        rng_state = seed * 7919 + len;
        size_t sizes[64];
        size_t top = seed <= 2 ? 40 : len / 3 + 2;
        for (size_t i = 0; i < 64; i++)
            sizes[i] = 1 + rnd_below(top);
        coll *c = run_chunks(in, len, mode, max, sizes, 64, 0);
        char what[64];
        snprintf(what, sizeof what, "random chunks (seed %llu)", (unsigned long long)seed);
        same_run(whole, c, what);
        coll_free(c);
    }
    return whole;
}

#define PARSE(s)            parse_mode(s, sizeof(s) - 1, LS_JSON_AUTO, 0)
#define PARSE_MODE(s, m, x) parse_mode(s, sizeof(s) - 1, m, x)

/* The records must be exactly want[] (NULL-terminated); on failure all are shown. */
static void expect(const coll *c, const char *const *want)
{
    size_t n = 0;
    while (want[n])
        n++;
    bool same = c->nrec == n;
    for (size_t i = 0; same && i < n; i++)
        same = strcmp(c->recs[i], want[i]) == 0;
    if (same) return;
    sbuf m = {0};
    for (size_t i = 0; i < c->nrec || i < n; i++) {
        const char *g = i < c->nrec ? c->recs[i] : "-", *w = i < n ? want[i] : "-";
        sb_printf(&m, "%s %zu ", strcmp(g, w) ? "!!" : "  ", i);
        sb_put(&m, g, strlen(g));
        if (strcmp(g, w)) {
            sb_put(&m, "\n   want ", 9);
            sb_put(&m, w, strlen(w));
        }
        sb_put(&m, "\n", 1);
    }
    cr_assert_fail("records differ:\n%s", m.data);
}

#define EXPECT(c, ...) expect(c, (const char *const[]){__VA_ARGS__, NULL})

/* ---- JSON lines -------------------------------------------------------------------------- */

Test(json, mongoexport_json_lines)
{
    /* mongoexport (relaxed extended JSON v2), one document per line */
    const char in[] =
        "{\"_id\":{\"$oid\":\"5f1d7e2b9c1a4b3d2e1f0a01\"},\"name\":\"Jeanne Martin\","
        "\"email\":\"jeanne.martin@example.fr\",\"born\":{\"$date\":\"1985-03-12T00:00:00Z\"},"
        "\"address\":{\"street\":\"12 rue de la Paix\",\"zip\":\"75002\",\"city\":\"Paris\"},"
        "\"phones\":[\"+33612345678\",\"0145678901\"],\"visits\":{\"$numberLong\":"
        "\"12345678901\"},\"score\":4.5,\"active\":true,\"notes\":null}\n"
        "{\"_id\":{\"$oid\":\"5f1d7e2b9c1a4b3d2e1f0a02\"},\"name\":\"Paul Durand\","
        "\"address\":{\"zip\":\"69001\",\"city\":\"Lyon\"},\"phones\":[],"
        "\"born\":{\"$date\":{\"$numberLong\":\"-86400000\"}}}\n";
    coll *c = PARSE(in);
    EXPECT(c,
           "@0 OK _id=\"5f1d7e2b9c1a4b3d2e1f0a01\" name=\"Jeanne Martin\" "
           "email=\"jeanne.martin@example.fr\" born=\"1985-03-12T00:00:00Z\" "
           "address.street=\"12 rue de la Paix\" address.zip=\"75002\" address.city=\"Paris\" "
           "phones[]=\"+33612345678\" phones[]=\"0145678901\" visits=12345678901 score=4.5 "
           "active=true notes=null",
           "@329 OK _id=\"5f1d7e2b9c1a4b3d2e1f0a02\" name=\"Paul Durand\" address.zip=\"69001\" "
           "address.city=\"Lyon\" born=\"-86400000\"");
    cr_assert_eq(c->stats.mode, LS_JSON_LINES);
    cr_assert_eq(c->stats.malformed, 0);
    cr_assert_eq(ls_json_path_count(c->p), 12);
    cr_assert_str_eq(ls_json_path_name(c->p, 0), "_id");
    cr_assert_str_eq(ls_json_path_name(c->p, 7), "phones[]");
    cr_assert_str_eq(ls_json_path_name(c->p, 11), "notes");
    coll_free(c);
}

Test(json, kinds_of_values)
{
    coll *c = PARSE("{\"s\":\"x\",\"n\":-1.5e3,\"t\":true,\"f\":false,\"z\":null}\n");
    cr_assert_eq(c->nrec, 1);
    const char *want = "@0 OK s=\"x\" n=-1.5e3 t=true f=false z=null";
    cr_assert_str_eq(c->recs[0], want);
    coll_free(c);
    /* the kinds themselves, through the identity transcript: col/kind/len/bytes */
    c = PARSE("{\"s\":\"1\",\"n\":1,\"t\":true,\"z\":null}");
    cr_assert(strstr(c->ident.data, " 0/0/1/1 1/1/1/1 2/3/4/true 3/2/0/\n"), "%s", c->ident.data);
    coll_free(c);
}

Test(json, escapes_and_surrogates)
{
    coll *c = PARSE("{\"a\":\"q\\\"b\\\\s\\/n\\nr\\rt\\tb\\bf\\f\"}\n"
                    "{\"e\":\"\\u00e9\\u20AC\\ud83d\\ude00x\"}\n"
                    "{\"lone\":\"\\ud83dx\\ude00y\\ud83d\\u0041\"}\n"
                    "{\"k\\u0065y\":\"\\u0000\"}\n"
                    "{\"bad\":\"\\x\"}\n"
                    "{\"bad\":\"\\u12G4\"}\n"
                    "{\"cut\":\"\\u12\"}\n");
    EXPECT(c, "@0 OK a=\"q\"b\\x5Cs/n\\x0Ar\\x0Dt\\x09b\\x08f\\x0C\"", "@33 OK e=\"é€😀x\"",
           "@67 OK lone=\"\xEF\xBF\xBDx\xEF\xBF\xBDy\xEF\xBF\xBD"
           "A\"",
           "@105 OK key=\"\\x00\"", "@127 SYNTAX", "@140 SYNTAX", "@157 SYNTAX");
    coll_free(c);
}

Test(json, numbers_of_all_shapes)
{
    coll *c = PARSE("[0,-0,7,-12,3.25,-0.5,1e10,1E+2,2e-3,-1.5E-07,12345678901234567890123,"
                    "NaN,Infinity,-Infinity]\n"
                    "{\"n\":01}\n{\"n\":1.}\n{\"n\":.5}\n{\"n\":+1}\n{\"n\":1e}\n{\"n\":--1}\n"
                    "{\"n\":0x1F}\n{\"n\":1.5.2}\n{\"n\":-}\n{\"n\":Inf}\n");
    /* the first line starts with '[': the input is an array export */
    cr_assert_eq(c->stats.mode, LS_JSON_ARRAY);
    cr_assert(c->stats.trailing_garbage);
    coll_free(c);
    c = PARSE_MODE("[0,-0,7,-12,3.25,-0.5,1e10,1E+2,2e-3,-1.5E-07,12345678901234567890123,"
                   "NaN,Infinity,-Infinity]\n"
                   "{\"n\":01}\n{\"n\":1.}\n{\"n\":.5}\n{\"n\":+1}\n{\"n\":1e}\n{\"n\":--1}\n"
                   "{\"n\":0x1F}\n{\"n\":1.5.2}\n{\"n\":-}\n{\"n\":Inf}\n",
                   LS_JSON_LINES, 0);
    EXPECT(c,
           "@0 OK $[]=0 $[]=-0 $[]=7 $[]=-12 $[]=3.25 $[]=-0.5 $[]=1e10 $[]=1E+2 $[]=2e-3 "
           "$[]=-1.5E-07 $[]=12345678901234567890123 $[]=NaN $[]=Infinity $[]=-Infinity",
           "@94 SYNTAX", "@103 SYNTAX", "@112 SYNTAX", "@121 SYNTAX", "@130 SYNTAX", "@139 SYNTAX",
           "@149 SYNTAX", "@160 SYNTAX", "@172 SYNTAX", "@180 SYNTAX");
    coll_free(c);
    /* top-level scalars in JSON lines: path "$" */
    c = PARSE_MODE("42\n\"x\"\ntrue\nnull\n-3e2", LS_JSON_LINES, 0);
    EXPECT(c, "@0 OK $=42", "@3 OK $=\"x\"", "@7 OK $=true", "@12 OK $=null", "@17 OK $=-3e2");
    coll_free(c);
}

Test(json, nested_paths)
{
    coll *c =
        PARSE("{\"a\":{\"b\":{\"c\":1}},\"x\":[{\"zip\":\"1\"},{\"zip\":\"2\",\"t\":[1,[2,3]]}],"
              "\"m\":[[1,2],[3]],\"e\":{},\"f\":[],\"g\":[{},[]]}\n"
              "[{\"a\":1},[2]]\n");
    EXPECT(c,
           "@0 OK a.b.c=1 x[].zip=\"1\" x[].zip=\"2\" x[].t[]=1 x[].t[][]=2 x[].t[][]=3 m[][]=1 "
           "m[][]=2 m[][]=3",
           "@106 OK $[].a=1 $[][]=2");
    coll_free(c);
}

Test(json, keys_unicode_dotted_duplicate_empty)
{
    coll *c = PARSE("{\"prénom\":\"Zoé\",\"名前\":\"花子\",\"a.b\":1,\"a\":{\"b\":2},\"\":3,"
                    "\"d\":1,\"d\":2,\"o\":{\"\":4}}\n{}\n{\"e\":{}}\n");
    EXPECT(c, "@0 OK prénom=\"Zoé\" 名前=\"花子\" a.b=1 a.b=2 =3 d=1 d=2 o.=4", "@85 OK", "@88 OK");
    /* "a.b" the key and a.b the nesting are the same path name, one id each */
    cr_assert_eq(ls_json_path_count(c->p), 7);
    cr_assert_str_eq(ls_json_path_name(c->p, 2), "a.b");
    cr_assert_str_eq(ls_json_path_name(c->p, 3), "a.b");
    coll_free(c);
}

Test(json, nul_in_keys)
{
    /* a NUL in a key is written \u0000 in the path name; the two keys stay distinct */
    const char in[] = "{\"a\\u0000b\":1,\"a\0b\":2,\"a\":{\"\\u0000\":3},\"a?b\":4}\n";
    coll *c = parse_mode(in, sizeof in - 1, LS_JSON_AUTO, 0);
    EXPECT(c, "@0 OK a\\u0000b=1 a\\u0000b=2 a.\\u0000=3 a?b=4");
    cr_assert_eq(ls_json_path_count(c->p), 3);
    cr_assert_str_eq(ls_json_path_name(c->p, 0), "a\\u0000b");
    cr_assert_str_eq(ls_json_path_name(c->p, 1), "a.\\u0000");
    coll_free(c);
}

Test(json, crlf_blank_lines_bom)
{
    coll *c = PARSE("\xEF\xBB\xBF{\"a\":1}\r\n\r\n   \r\n\t\n{\"a\":2} \r\n\n{\"a\":3}\r\n  ");
    EXPECT(c, "@3 OK a=1", "@21 OK a=2", "@32 OK a=3");
    cr_assert_eq(c->stats.blank_lines, 5);
    cr_assert_eq(c->stats.records, 3);
    coll_free(c);
    c = PARSE("\n\n  \n");
    cr_assert_eq(c->nrec, 0);
    cr_assert_eq(c->stats.blank_lines, 3);
    cr_assert_eq(c->stats.mode, LS_JSON_LINES);
    coll_free(c);
    c = PARSE("");
    cr_assert_eq(c->nrec, 0);
    cr_assert_eq(c->stats.blank_lines, 0);
    coll_free(c);
    /* a BOM cut in the middle is data, not a BOM */
    c = PARSE("\xEF\xBB{\"a\":1}\n");
    EXPECT(c, "@0 SYNTAX");
    coll_free(c);
}

Test(json, truncated_last_line)
{
    coll *c = PARSE("{\"a\":1}\n{\"a\":2}");
    EXPECT(c, "@0 OK a=1", "@8 OK a=2");
    coll_free(c);
    c = PARSE("{\"a\":1}\n{\"a\":2,\"b\":\"xy");
    EXPECT(c, "@0 OK a=1", "@8 SYNTAX");
    coll_free(c);
    c = PARSE("{\"a\":1}\n{\"a\":12");
    EXPECT(c, "@0 OK a=1", "@8 SYNTAX");
    coll_free(c);
    c = PARSE_MODE("7", LS_JSON_LINES, 0);
    EXPECT(c, "@0 OK $=7");
    coll_free(c);
}

Test(json, nul_bytes)
{
    const char in[] = "{\"a\":\"x\0y\"}\n{\"a\":1}\0\n\0\0\0\n{\"a\":\0}\n{\"a\":2}\n";
    coll *c = parse_mode(in, sizeof in - 1, LS_JSON_AUTO, 0);
    EXPECT(c, "@0 OK a=\"x\\x00y\"", "@12 NUL", "@21 NUL", "@25 NUL", "@33 OK a=2");
    cr_assert_eq(c->stats.malformed, 3);
    coll_free(c);
}

Test(json, garbage_lines_between_good_ones)
{
    coll *c = PARSE("{\"a\":1}\n"
                    "not json at all\n"
                    "{foo} bar\n"
                    "{\"a\":2} trailing\n"
                    "{\"a\":3}{\"a\":4}\n"
                    "{\"a\":\"unterminated\n"
                    "]]]\n"
                    "{\"a\":5,}\n"
                    "{\"a\" 6}\n"
                    "{\"a\":7}\n");
    EXPECT(c, "@0 OK a=1", "@8 SYNTAX", "@24 SYNTAX", "@34 SYNTAX", "@51 SYNTAX", "@66 SYNTAX",
           "@85 SYNTAX", "@89 SYNTAX", "@98 SYNTAX", "@106 OK a=7");
    cr_assert_eq(c->stats.malformed, 8);
    /* no path of a malformed line got an id */
    cr_assert_eq(ls_json_path_count(c->p), 1);
    coll_free(c);
}

Test(json, extended_json_wrappers)
{
    coll *c = PARSE(
        "{\"o\":{\"$oid\":\"5f1d\"},\"d\":{\"$date\":\"2020-01-01T00:00:00Z\"},"
        "\"dl\":{\"$date\":{\"$numberLong\":\"1577836800000\"}},\"dn\":{\"$date\":1577836800000},"
        "\"l\":{\"$numberLong\":\"9007199254740993\"},\"i\":{\"$numberInt\":\"7\"},"
        "\"f\":{\"$numberDouble\":\"-Infinity\"},\"m\":{\"$numberDecimal\":\"1.10\"},"
        "\"b\":{\"$binary\":{\"base64\":\"AQID\",\"subType\":\"00\"}},"
        "\"b2\":{\"$binary\":{\"subType\":\"04\",\"base64\":\"BAU=\"}},"
        "\"u\":{\"$uuid\":\"00112233-4455-6677-8899-aabbccddeeff\"},\"y\":{\"$symbol\":\"sym\"},"
        "\"arr\":[{\"$oid\":\"aa\"},{\"$numberInt\":\"1\"}],\"sp\":{ \"$oid\" : \"s\" }}\n"
        "{\"$oid\":\"root\"}\n"
        "{\"two\":{\"$oid\":\"x\",\"extra\":1},\"legacy\":{\"$binary\":\"AQ==\",\"$type\":\"00\"},"
        "\"other\":{\"$timestamp\":{\"t\":1,\"i\":2}},\"no\":{\"$oid\":{\"a\":1}},"
        "\"bin\":{\"$binary\":{\"base64\":\"AQ\",\"x\":1}},\"n\":{\"$numberInt\":true}}\n");
    EXPECT(c,
           "@0 OK o=\"5f1d\" d=\"2020-01-01T00:00:00Z\" dl=\"1577836800000\" "
           "dn=\"1577836800000\" l=9007199254740993 i=7 f=-Infinity m=1.10 b=\"AQID\" "
           "b2=\"BAU=\" u=\"00112233-4455-6677-8899-aabbccddeeff\" y=\"sym\" arr[]=\"aa\" arr[]=1 "
           "sp=\"s\"",
           "@498 OK $=\"root\"",
           "@514 OK two.$oid=\"x\" two.extra=1 legacy.$binary=\"AQ==\" legacy.$type=\"00\" "
           "other.$timestamp.t=1 other.$timestamp.i=2 no.$oid.a=1 bin.$binary.base64=\"AQ\" "
           "bin.$binary.x=1 n.$numberInt=true");
    coll_free(c);
    /* kinds: numbers for $number*, strings for the rest */
    c = PARSE("{\"l\":{\"$numberLong\":\"5\"},\"d\":{\"$date\":{\"$numberLong\":\"5\"}},"
              "\"o\":{\"$oid\":\"5\"}}");
    cr_assert(strstr(c->ident.data, " 0/1/1/5 1/0/1/5 2/0/1/5\n"), "%s", c->ident.data);
    coll_free(c);
}

/* levels nested objects {"a":{"a":...1}} and a newline */
static size_t nest(char *o, int levels)
{
    size_t n = 0;
    for (int i = 0; i < levels; i++)
        n += (size_t)sprintf(o + n, "{\"a\":");
    o[n++] = '1';
    for (int i = 0; i < levels; i++)
        o[n++] = '}';
    o[n++] = '\n';
    return n;
}

Test(json, depth_cap)
{
    char in[1000];
    size_t n = nest(in, 64);
    n += nest(in + n, 65);
    n += (size_t)sprintf(in + n, "{\"b\":2}\n");
    coll *c = parse_mode(in, n, LS_JSON_AUTO, 0);
    cr_assert_eq(c->nrec, 3);
    cr_assert_eq(strlen(c->recs[0]), strlen("@0 OK ") + 64 * 2 - 1 + 2, "%s", c->recs[0]);
    cr_assert_eq(strncmp(c->recs[0], "@0 OK a.a.a.", 12), 0, "%s", c->recs[0]);
    cr_assert_str_eq(c->recs[1], "@386 TOO_DEEP");
    cr_assert_str_eq(c->recs[2], "@778 OK b=2");
    coll_free(c);
    /* arrays count as levels too; in array mode the enclosing array does not */
    memset(in, '[', 64);
    in[64] = '1';
    memset(in + 65, ']', 64);
    c = parse_mode(in, 129, LS_JSON_LINES, 0);
    cr_assert_eq(c->nrec, 1);
    cr_assert_eq(strncmp(c->recs[0], "@0 OK $[][]", 11), 0, "%s", c->recs[0]);
    coll_free(c);
    c = parse_mode(in, 129, LS_JSON_ARRAY, 0);
    cr_assert_eq(c->nrec, 1);
    cr_assert_eq(strncmp(c->recs[0], "@1 OK $[][]", 11), 0, "%s", c->recs[0]);
    coll_free(c);
    memset(in, '[', 65);
    in[65] = '1';
    memset(in + 66, ']', 65);
    c = parse_mode(in, 131, LS_JSON_LINES, 0);
    EXPECT(c, "@0 TOO_DEEP");
    coll_free(c);
}

Test(json, deep_nesting_is_linear)
{
    /* 4 MB of '[' (and of '{"a":'), in both modes: refused at depth 65 at once */
    size_t n = 4 << 20;
    char *in = malloc(n + 1);
    cr_assert(in);
    memset(in, '[', n);
    in[n] = '\n';
    coll *c = parse_mode(in, n + 1, LS_JSON_LINES, 0);
    EXPECT(c, "@0 TOO_DEEP");
    coll_free(c);
    c = parse_mode(in, n + 1, LS_JSON_ARRAY, 0);
    EXPECT(c, "@1 TOO_DEEP");
    cr_assert(c->stats.unterminated);
    coll_free(c);
    for (size_t i = 0; i + 5 <= n; i += 5)
        memcpy(in + i, "{\"a\":", 5);
    c = parse_mode(in, n, LS_JSON_AUTO, 0);
    EXPECT(c, "@0 TOO_DEEP");
    coll_free(c);
    free(in);
}

Test(json, unterminated_string_and_long_line_are_linear)
{
    /* a 16 MB line: an unterminated string, then the same closed */
    size_t n = 16 << 20;
    char *in = malloc(n + 16);
    cr_assert(in);
    memcpy(in, "{\"a\":\"", 6);
    memset(in + 6, 'x', n - 6);
    coll *c = parse_mode(in, n, LS_JSON_AUTO, 0);
    EXPECT(c, "@0 SYNTAX");
    coll_free(c);
    memcpy(in + n, "\"}\n{\"b\":1}\n", 11);
    c = parse_mode(in, n + 11, LS_JSON_AUTO, 0);
    cr_assert_eq(c->nrec, 2);
    cr_assert_eq(strlen(c->recs[0]), 5 + 4 + n - 6 + 1);
    cr_assert_str_eq(c->recs[1], "@16777219 OK b=1");
    cr_assert_eq(c->in_input, 2, "both values zero copy");
    coll_free(c);
    /* the array element version */
    in[0] = '[';
    memcpy(in + 1, "\"", 1);
    memset(in + 2, 'y', n - 2);
    c = parse_mode(in, n, LS_JSON_ARRAY, 0);
    EXPECT(c, "@1 SYNTAX");
    cr_assert(c->stats.unterminated);
    coll_free(c);
    free(in);
}

Test(json, oversized_lines)
{
    coll *c = PARSE_MODE("{\"a\":\"0123456789\"}\n{\"a\":\"012345678\"}\n{\"a\":1}\n"
                         "{\"a\":\"0123456789\"}",
                         LS_JSON_LINES, 17);
    EXPECT(c, "@0 OVERSIZED", "@19 OK a=\"012345678\"", "@37 OK a=1", "@45 OVERSIZED");
    cr_assert_eq(c->stats.oversized, 2);
    cr_assert_eq(c->stats.malformed, 2);
    coll_free(c);
    /* the limit counts the line's bytes before '\n' (leading blanks and a CR included) */
    c = PARSE_MODE("  {\"a\":1}\r\n{\"a\":1}  \r\n{\"a\":12}\n", LS_JSON_LINES, 9);
    EXPECT(c, "@0 OVERSIZED", "@11 OVERSIZED", "@22 OK a=12");
    coll_free(c);
}

Test(json, oversized_elements_skipped_by_depth)
{
    coll *c = PARSE("[{\"a\":\"x]}\\\"]}\",\"b\":[1,{\"c\":2}],\"d\":\"0123456789abcdef\"},\n"
                    "{\"a\":1},\"0123456789012345678901234567890\\\"]\",12345678901234567890123456"
                    "7890123,[[[]]],{\"b\":2}]");
    EXPECT(c, "@1 OK a=\"x]}\"]}\" b[]=1 b[].c=2 d=\"0123456789abcdef\"", "@57 OK a=1",
           "@65 OK $=\"0123456789012345678901234567890\"]\"",
           "@102 OK $=123456789012345678901234567890123", "@136 OK", "@143 OK b=2");
    coll_free(c);
    c = PARSE_MODE("[{\"a\":\"x]}\\\"]}\",\"b\":[1,{\"c\":2}],\"d\":\"0123456789abcdef\"},\n"
                   "{\"a\":1},\"0123456789012345678901234567890\\\"]\",1234567890123456789012345"
                   "67890123,[[[]]],{\"b\":2}]",
                   LS_JSON_AUTO, 12);
    EXPECT(c, "@1 OVERSIZED", "@57 OK a=1", "@65 OVERSIZED", "@102 OVERSIZED", "@136 OK",
           "@143 OK b=2");
    cr_assert(!c->stats.unterminated);
    coll_free(c);
    /* exactly at the limit, and one byte over */
    c = PARSE_MODE("[{\"a\":12},{\"a\":123}, 1234567,12345678]", LS_JSON_ARRAY, 8);
    EXPECT(c, "@1 OK a=12", "@10 OVERSIZED", "@21 OK $=1234567", "@29 OK $=12345678");
    coll_free(c);
    /* an oversized element that never ends */
    c = PARSE_MODE("[{\"a\":[1,2,3,4,5,6,7,8,9]", LS_JSON_ARRAY, 8);
    EXPECT(c, "@1 OVERSIZED");
    cr_assert(c->stats.unterminated);
    coll_free(c);
}

/* ---- arrays -------------------------------------------------------------------------------- */

Test(json, mongoexport_json_array)
{
    /* --jsonArray: one line, elements separated by ',' */
    static const char in[] =
        "[{\"_id\":{\"$oid\":\"a1\"},\"name\":\"Ann\",\"tags\":[\"x\",\"y\"]},"
        "{\"_id\":{\"$oid\":\"a2\"},\"name\":\"Bob\",\"addr\":{\"zip\":\"1000\"}}]\n";
    coll *c = PARSE(in);
    EXPECT(c, "@1 OK _id=\"a1\" name=\"Ann\" tags[]=\"x\" tags[]=\"y\"",
           "@53 OK _id=\"a2\" name=\"Bob\" addr.zip=\"1000\"");
    cr_assert_eq(c->stats.mode, LS_JSON_ARRAY);
    cr_assert(!c->stats.unterminated);
    cr_assert(!c->stats.trailing_garbage);
    coll_free(c);
    /* zero copy: every value points into the input (in auto mode a one-line input of up to
     * 1 MiB waits for its end to tell an array from lines of arrays) */
    c = PARSE_MODE(in, LS_JSON_ARRAY, 0);
    cr_assert_eq(c->nrec, 2);
    cr_assert_eq(c->in_input, 7);
    coll_free(c);
}

Test(json, mongoexport_pretty_json_array)
{
    /* --jsonArray --pretty: tab-indented documents, "},\n{" between them */
    coll *c = PARSE("[{\n"
                    "\t\"_id\": {\n"
                    "\t\t\"$oid\": \"a1\"\n"
                    "\t},\n"
                    "\t\"name\": \"Ann\",\n"
                    "\t\"phones\": [\n"
                    "\t\t{\n"
                    "\t\t\t\"n\": \"1\"\n"
                    "\t\t}\n"
                    "\t]\n"
                    "},\n"
                    "{\n"
                    "\t\"_id\": {\n"
                    "\t\t\"$oid\": \"a2\"\n"
                    "\t},\n"
                    "\t\"name\": \"Bob\"\n"
                    "}]\n");
    EXPECT(c, "@1 OK _id=\"a1\" name=\"Ann\" phones[].n=\"1\"", "@87 OK _id=\"a2\" name=\"Bob\"");
    cr_assert(!c->stats.unterminated);
    cr_assert_eq(c->stats.blank_lines, 0);
    coll_free(c);
    /* jq-style indentation, BOM, CRLF, blank lines inside */
    c = PARSE(
        "\xEF\xBB\xBF\r\n[\r\n  {\r\n    \"a\": 1\r\n  },\r\n\r\n  {\r\n    \"a\": 2\r\n  }\r\n]"
        "\r\n");
    EXPECT(c, "@10 OK a=1", "@35 OK a=2");
    cr_assert(!c->stats.unterminated && !c->stats.trailing_garbage);
    coll_free(c);
}

Test(json, array_elements_that_are_not_objects)
{
    coll *c = PARSE("[1, \"two\", true, null, [3, [4]], [], {}, {\"a\": [5]}]");
    EXPECT(c, "@1 OK $=1", "@4 OK $=\"two\"", "@11 OK $=true", "@17 OK $=null",
           "@23 OK $[]=3 $[][]=4", "@33 OK", "@37 OK", "@41 OK a[]=5");
    coll_free(c);
    c = PARSE("[]");
    cr_assert_eq(c->nrec, 0);
    cr_assert(!c->stats.unterminated);
    coll_free(c);
    c = PARSE("  \n [ \n ] \n");
    cr_assert_eq(c->nrec, 0);
    cr_assert_eq(c->stats.mode, LS_JSON_ARRAY);
    cr_assert(!c->stats.unterminated && !c->stats.trailing_garbage);
    coll_free(c);
}

Test(json, array_malformed_elements_resync)
{
    /* compact: resync at the next ",{"; pretty: at the next line starting with '{' */
    coll *c = PARSE("[{\"a\":1},{\"a\":x},{\"a\":2},{\"a\":\"y\" \"z\"}, {\"a\":3}]");
    EXPECT(c, "@1 OK a=1", "@9 SYNTAX", "@17 OK a=2", "@25 SYNTAX", "@40 OK a=3");
    cr_assert(!c->stats.unterminated);
    coll_free(c);
    c = PARSE("[\n{\"a\":1},\n{\"a\": oops\n  \"b\": 2\n},\n{\"a\":3}\n]\n");
    EXPECT(c, "@2 OK a=1", "@11 SYNTAX", "@34 OK a=3");
    cr_assert(!c->stats.unterminated);
    coll_free(c);
    /* a stray byte between elements, a missing comma, a trailing comma, a double comma */
    c = PARSE("[{\"a\":1}} , {\"a\":2}\n{\"a\":3},{\"a\":4},,{\"a\":5},]");
    EXPECT(c, "@1 OK a=1", "@8 SYNTAX", "@12 OK a=2", "@20 OK a=3", "@28 OK a=4", "@36 SYNTAX",
           "@37 OK a=5");
    cr_assert(!c->stats.unterminated);
    coll_free(c);
    /* a malformed last element: the input still ends with ']' */
    c = PARSE("[{\"a\":1},{\"a\":]");
    EXPECT(c, "@1 OK a=1", "@9 SYNTAX");
    cr_assert(!c->stats.unterminated);
    coll_free(c);
    /* NUL at the array level */
    const char nul[] = "[{\"a\":1},\0{\"a\":2}]";
    c = parse_mode(nul, sizeof nul - 1, LS_JSON_AUTO, 0);
    EXPECT(c, "@1 OK a=1", "@9 NUL");
    coll_free(c);
}

Test(json, array_unterminated_and_trailing_garbage)
{
    coll *c = PARSE("[{\"a\":1},{\"a\":2},");
    EXPECT(c, "@1 OK a=1", "@9 OK a=2");
    cr_assert(c->stats.unterminated);
    coll_free(c);
    c = PARSE("[{\"a\":1},{\"a\":2");
    EXPECT(c, "@1 OK a=1", "@9 SYNTAX");
    cr_assert(c->stats.unterminated);
    coll_free(c);
    c = PARSE("[{\"a\":1}");
    EXPECT(c, "@1 OK a=1");
    cr_assert(c->stats.unterminated);
    coll_free(c);
    c = PARSE("[");
    cr_assert_eq(c->nrec, 0);
    cr_assert(c->stats.unterminated);
    coll_free(c);
    c = PARSE("[{\"a\":1}]\n\n garbage {\"a\":2}");
    EXPECT(c, "@1 OK a=1");
    cr_assert(c->stats.trailing_garbage);
    cr_assert(!c->stats.unterminated);
    coll_free(c);
}

Test(json, auto_mode_lines_of_arrays)
{
    /* a first line that is a whole array, and a next line starting with '[': JSON lines */
    coll *c = PARSE("\n[\"name\", \"email\"]\r\n\n[\"Ann\", \"a@b.fr\"]\n[1, [2]]\n[]\n");
    EXPECT(c, "@1 OK $[]=\"name\" $[]=\"email\"", "@21 OK $[]=\"Ann\" $[]=\"a@b.fr\"",
           "@39 OK $[]=1 $[][]=2", "@48 OK");
    cr_assert_eq(c->stats.mode, LS_JSON_LINES);
    cr_assert_eq(c->stats.blank_lines, 2);
    coll_free(c);
    /* one array on one line (mongoexport --jsonArray), or followed by something else */
    c = PARSE("[{\"a\":1},{\"a\":2}]\n");
    EXPECT(c, "@1 OK a=1", "@9 OK a=2");
    cr_assert_eq(c->stats.mode, LS_JSON_ARRAY);
    coll_free(c);
    c = PARSE("[{\"a\":1},{\"a\":2}]\n{\"a\":3}\n");
    EXPECT(c, "@1 OK a=1", "@9 OK a=2");
    cr_assert_eq(c->stats.mode, LS_JSON_ARRAY);
    cr_assert(c->stats.trailing_garbage);
    coll_free(c);
    /* a first line that is not a whole value: an array export */
    c = PARSE("[{\"a\":1},\n[2]]");
    EXPECT(c, "@1 OK a=1", "@10 OK $[]=2");
    cr_assert_eq(c->stats.mode, LS_JSON_ARRAY);
    coll_free(c);
    /* a first line longer than 1 MiB: an array export, whatever follows */
    size_t n = (1 << 20) + 64;
    char *in = malloc(n + 16);
    cr_assert(in);
    memset(in, ' ', n);
    memcpy(in, "[1,", 3);
    memcpy(in + n - 4, "2]\n[", 4);
    memcpy(in + n, "3]\n", 3);
    c = parse_mode(in, n + 3, LS_JSON_AUTO, 0);
    EXPECT(c, "@1 OK $=1", "@1048636 OK $=2");
    cr_assert_eq(c->stats.mode, LS_JSON_ARRAY);
    cr_assert(c->stats.trailing_garbage);
    coll_free(c);
    n = (1 << 20) - 64; /* the same with a first line under 1 MiB: lines */
    memset(in, ' ', n);
    memcpy(in, "[1,", 3);
    memcpy(in + n - 4, "2]\n[", 4);
    memcpy(in + n, "3]\n", 3);
    c = parse_mode(in, n + 3, LS_JSON_AUTO, 0);
    cr_assert_eq(c->stats.mode, LS_JSON_LINES);
    EXPECT(c, "@0 OK $[]=1 $[]=2", "@1048511 OK $[]=3");
    free(in);
    coll_free(c);
}

Test(json, forced_modes)
{
    /* JSON lines forced on an array: the whole array is one record */
    coll *c = PARSE_MODE("[{\"a\":1},{\"a\":2}]\n", LS_JSON_LINES, 0);
    EXPECT(c, "@0 OK $[].a=1 $[].a=2");
    coll_free(c);
    /* array forced on JSON lines: objects read as elements (missing commas tolerated), no
     * closing bracket */
    c = PARSE_MODE("{\"a\":1}\n{\"a\":2}\n", LS_JSON_ARRAY, 0);
    EXPECT(c, "@0 OK a=1", "@8 OK a=2");
    cr_assert(c->stats.unterminated);
    coll_free(c);
}

/* ---- wrapped arrays ------------------------------------------------------------------------ */

Test(json, wrapped_one_line_with_metadata_around)
{
    /* an API answer saved as is: metadata before and after the records array */
    const char in[] = "{\"status\":\"ok\",\"count\":2,\"data\":[{\"email\":\"a@x.fr\"},"
                      "{\"email\":\"b@x.fr\"}],\"page\":1}";
    coll *c = PARSE(in);
    EXPECT(c, "@33 OK email=\"a@x.fr\"", "@52 OK email=\"b@x.fr\"");
    cr_assert_eq(c->stats.mode, LS_JSON_WRAPPED);
    cr_assert_str_eq(ls_json_records_key(c->p), "data");
    cr_assert_eq(c->stats.wrapper_values, 3); /* "ok", 2, 1 */
    cr_assert_eq(c->stats.other_record_arrays, 0);
    cr_assert(!c->stats.unterminated && !c->stats.trailing_garbage);
    cr_assert_eq(c->stats.malformed, 0);
    /* the paths are the element's, not "data[].email" */
    cr_assert_eq(ls_json_path_count(c->p), 1);
    cr_assert_str_eq(ls_json_path_name(c->p, 0), "email");
    coll_free(c);
}

Test(json, wrapped_pretty_users)
{
    const char in[] = "{\n"
                      "  \"users\": [\n"
                      "    {\"id\": 1, \"email\": \"a@x.fr\", \"address\": {\"zip\": \"75001\"}},\n"
                      "    {\"id\": 2, \"email\": \"b@x.fr\", \"phones\": [\"0612\"]}\n"
                      "  ]\n"
                      "}\n";
    coll *c = PARSE(in);
    EXPECT(c, "@19 OK id=1 email=\"a@x.fr\" address.zip=\"75001\"",
           "@82 OK id=2 email=\"b@x.fr\" phones[]=\"0612\"");
    cr_assert_eq(c->stats.mode, LS_JSON_WRAPPED);
    cr_assert_str_eq(ls_json_records_key(c->p), "users");
    cr_assert_eq(c->stats.wrapper_values, 0);
    cr_assert_eq(c->stats.blank_lines, 0);
    cr_assert(!c->stats.unterminated && !c->stats.trailing_garbage);
    coll_free(c);
    /* BOM, blank lines before, CRLF, metadata of every kind before and after */
    c = PARSE("\xEF\xBB\xBF\r\n\r\n{\r\n"
              "  \"meta\": {\"generated\": {\"$date\": \"2024-01-01\"}, \"tags\": [\"a\", \"b\"],"
              " \"empty\": [], \"n\": null},\r\n"
              "  \"rows\": [\r\n    {\"a\": 1},\r\n    {\"a\": 2},\r\n    {\"a\": 3}\r\n  ],\r\n"
              "  \"total\": 3, \"ok\": true, \"deep\": {\"x\": {\"y\": [1, [2]]}}\r\n}\r\n");
    EXPECT(c, "@122 OK a=1", "@137 OK a=2", "@152 OK a=3");
    cr_assert_str_eq(ls_json_records_key(c->p), "rows");
    /* $date, "a", "b", null; 3, true; 1, 2 */
    cr_assert_eq(c->stats.wrapper_values, 8);
    cr_assert_eq(c->stats.blank_lines, 0);
    cr_assert(!c->stats.unterminated && !c->stats.trailing_garbage);
    /* no path of the metadata got an id */
    cr_assert_eq(ls_json_path_count(c->p), 1);
    coll_free(c);
}

Test(json, wrapped_nested_and_key_names)
{
    coll *c = PARSE("{\"result\":{\"total\":2,\"items\":[{\"a\":1},{\"a\":2}],\"next\":null},"
                    "\"ok\":true}");
    EXPECT(c, "@30 OK a=1", "@38 OK a=2");
    cr_assert_eq(c->stats.mode, LS_JSON_WRAPPED);
    cr_assert_str_eq(ls_json_records_key(c->p), "result.items");
    cr_assert_eq(c->stats.wrapper_values, 3);
    coll_free(c);
    /* keys are unescaped; a NUL byte in one is written \u0000 */
    c = PARSE("{\"r\\u00e9s\\u0000\":{\"us\\u0065rs\":[{\"a\":1}]}}");
    EXPECT(c, "@33 OK a=1");
    cr_assert_str_eq(ls_json_records_key(c->p), "rés\\u0000.users");
    coll_free(c);
    /* not deeper than two levels: an array of objects at depth 3 is metadata */
    c = PARSE("{\"a\":{\"b\":{\"c\":[{\"x\":1},{\"x\":2}]}}}");
    EXPECT(c, "@0 OK a.b.c[].x=1 a.b.c[].x=2");
    cr_assert_eq(c->stats.mode, LS_JSON_LINES);
    cr_assert_null(ls_json_records_key(c->p));
    coll_free(c);
}

Test(json, wrapped_largest_candidate_and_other_arrays)
{
    /* the columns description is an array of objects too: the largest one holds the records */
    coll *c =
        PARSE("{\"columns\":[{\"n\":\"email\"}],\"data\":[{\"email\":\"a\"},{\"email\":\"b\"}],"
              "\"errors\":[{\"code\":1}]}");
    EXPECT(c, "@35 OK email=\"a\"", "@49 OK email=\"b\"");
    cr_assert_str_eq(ls_json_records_key(c->p), "data");
    cr_assert_eq(c->stats.other_record_arrays, 2);
    cr_assert_eq(c->stats.wrapper_values, 0);
    coll_free(c);
    /* equal sizes: the first; arrays of scalars, of arrays and empty ones never qualify */
    c = PARSE("{\"e\":[],\"s\":[\"a\",\"b\",\"c\",\"d\"],\"m\":[[{\"z\":1}]],\"x\":[{\"a\":1}],"
              "\"y\":[{\"a\":2}]}");
    EXPECT(c, "@51 OK a=1");
    cr_assert_str_eq(ls_json_records_key(c->p), "x");
    cr_assert_eq(c->stats.other_record_arrays, 1);
    cr_assert_eq(c->stats.wrapper_values, 5);
    coll_free(c);
    /* a nested candidate larger than the one at depth 1 */
    c = PARSE("{\"a\":[{\"k\":1}],\"b\":{\"c\":[{\"k\":2},{\"k\":3}]}}");
    EXPECT(c, "@25 OK k=2", "@33 OK k=3");
    cr_assert_str_eq(ls_json_records_key(c->p), "b.c");
    cr_assert_eq(c->stats.other_record_arrays, 1);
    coll_free(c);
}

Test(json, wrapped_malformed_elements_resync)
{
    coll *c = PARSE("{\"users\":[{\"a\":1},{\"a\":x},{\"a\":2},{\"a\":\"y\" \"z\"}, {\"a\":3}],"
                    "\"n\":7}");
    EXPECT(c, "@10 OK a=1", "@18 SYNTAX", "@26 OK a=2", "@34 SYNTAX", "@49 OK a=3");
    cr_assert_eq(c->stats.mode, LS_JSON_WRAPPED);
    cr_assert_eq(c->stats.malformed, 2);
    cr_assert_eq(c->stats.wrapper_values, 1);
    cr_assert(!c->stats.unterminated && !c->stats.trailing_garbage);
    coll_free(c);
    /* pretty: resynchronised at the next line starting with '{' */
    c = PARSE("{\n  \"users\": [\n    {\"a\": 1},\n    {\"a\": oops\n      \"b\": 2},\n"
              "    {\"a\": 3}\n  ],\n  \"page\": 2\n}\n");
    EXPECT(c, "@19 OK a=1", "@33 SYNTAX", "@63 OK a=3");
    cr_assert_eq(c->stats.wrapper_values, 1);
    cr_assert(!c->stats.unterminated);
    coll_free(c);
    /* a malformed last element: resynchronisation runs to the end, which is a '}' */
    c = PARSE("{\"users\":[{\"a\":1},{\"a\":]}");
    EXPECT(c, "@10 OK a=1", "@18 SYNTAX");
    cr_assert(!c->stats.unterminated);
    coll_free(c);
    /* a stray byte, a missing comma, a trailing comma: like array mode (forced: in auto
     * mode the stray '}' closes the array for the probe, which then sees a broken wrapper) */
    c = PARSE_MODE("{\"d\":[{\"a\":1}} , {\"a\":2}\n{\"a\":3},]}", LS_JSON_WRAPPED, 0);
    EXPECT(c, "@6 OK a=1", "@13 SYNTAX", "@17 OK a=2", "@25 OK a=3");
    cr_assert(!c->stats.unterminated && !c->stats.trailing_garbage);
    coll_free(c);
    /* oversized elements and metadata values: skipped by depth (metadata uncounted) */
    c = PARSE_MODE("{\"m\":\"0123456789abcdef\",\"n\":1,\"d\":[{\"a\":\"0123456789\"},{\"a\":1}],"
                   "\"o\":{\"p\":[1,2,3,4,5,6,7,8,9]}}",
                   LS_JSON_AUTO, 12);
    EXPECT(c, "@35 OVERSIZED", "@54 OK a=1");
    cr_assert_eq(c->stats.wrapper_values, 1);
    cr_assert(!c->stats.unterminated && !c->stats.trailing_garbage);
    coll_free(c);
}

Test(json, wrapped_truncated)
{
    coll *c = PARSE("{\"count\":3,\"users\":[{\"a\":1},{\"a\":2}");
    EXPECT(c, "@20 OK a=1", "@28 OK a=2");
    cr_assert_eq(c->stats.mode, LS_JSON_WRAPPED);
    cr_assert(c->stats.unterminated);
    coll_free(c);
    c = PARSE("{\"count\":3,\"users\":[{\"a\":1},{\"a\":2");
    EXPECT(c, "@20 OK a=1", "@28 SYNTAX");
    cr_assert(c->stats.unterminated);
    coll_free(c);
    /* the records array closed, the wrapper not: in a key, before a value, in a value */
    static const char *const cut[] = {"{\"users\":[{\"a\":1}],",
                                      "{\"users\":[{\"a\":1}],\"pa",
                                      "{\"users\":[{\"a\":1}],\"page\":",
                                      "{\"users\":[{\"a\":1}],\"p\":\"x",
                                      "{\"users\":[{\"a\":1}],\"p\":12",
                                      "{\"users\":[{\"a\":1}],\"p\":{",
                                      "{\"users\":[{\"a\":1}]"};
    for (size_t i = 0; i < sizeof cut / sizeof cut[0]; i++) {
        c = parse_mode(cut[i], strlen(cut[i]), LS_JSON_AUTO, 0);
        EXPECT(c, "@10 OK a=1");
        cr_assert_eq(c->stats.mode, LS_JSON_WRAPPED, "%s", cut[i]);
        cr_assert(c->stats.unterminated, "%s", cut[i]);
        cr_assert(!c->stats.trailing_garbage, "%s", cut[i]);
        /* a number the input ends with is whole */
        cr_assert_eq(c->stats.wrapper_values, i == 4, "%s", cut[i]);
        coll_free(c);
    }
}

Test(json, wrapped_garbage_and_errors_in_the_wrapper)
{
    /* bytes after the wrapper that are not a second document */
    coll *c = PARSE_MODE("{\"d\":[{\"a\":1}]}\n]]junk", LS_JSON_WRAPPED, 0);
    EXPECT(c, "@6 OK a=1");
    cr_assert(c->stats.trailing_garbage && !c->stats.unterminated);
    coll_free(c);
    /* a syntax error in the wrapper: in auto mode it is not a wrapper (one broken record),
     * forced it ends the reading (trailing_garbage) */
    static const char bad[] = "{\"d\":[{\"a\":1}],\"x\" 1,\"e\":[{\"a\":2}]}";
    c = PARSE(bad);
    EXPECT(c, "@0 SYNTAX");
    cr_assert_eq(c->stats.mode, LS_JSON_LINES);
    coll_free(c);
    c = PARSE_MODE(bad, LS_JSON_WRAPPED, 0);
    EXPECT(c, "@6 OK a=1");
    cr_assert(c->stats.trailing_garbage && !c->stats.unterminated);
    cr_assert_eq(c->stats.other_record_arrays, 0);
    coll_free(c);
    /* forced: no candidate, no records; not an object at all: nothing read */
    c = PARSE_MODE("{\"users\":[],\"count\":0}", LS_JSON_WRAPPED, 0);
    cr_assert_eq(c->nrec, 0);
    cr_assert_null(ls_json_records_key(c->p));
    cr_assert_eq(c->stats.wrapper_values, 1);
    cr_assert(!c->stats.unterminated && !c->stats.trailing_garbage);
    coll_free(c);
    c = PARSE_MODE("  [{\"a\":1}]", LS_JSON_WRAPPED, 0);
    cr_assert_eq(c->nrec, 0);
    cr_assert(c->stats.trailing_garbage);
    coll_free(c);
    c = PARSE_MODE(" \n ", LS_JSON_WRAPPED, 0);
    cr_assert_eq(c->nrec, 0);
    cr_assert(!c->stats.trailing_garbage && !c->stats.unterminated);
    cr_assert_eq(c->stats.mode, LS_JSON_WRAPPED);
    coll_free(c);
}

Test(json, wrapped_empty_records_array)
{
    /* forced: an empty array is read, no records; the wrapper is complete */
    coll *c = PARSE_MODE("{\"users\":[{\"a\":1}],\"more\":[ ]}", LS_JSON_WRAPPED, 0);
    EXPECT(c, "@10 OK a=1");
    coll_free(c);
    c = PARSE_MODE("{\"status\":\"ok\",\"users\":[],\"page\":1}", LS_JSON_WRAPPED, 0);
    cr_assert_eq(c->nrec, 0);
    cr_assert_eq(c->stats.wrapper_values, 2);
    cr_assert(!c->stats.unterminated && !c->stats.trailing_garbage);
    coll_free(c);
    /* auto: an empty array is no evidence of a wrapper ({"name":..,"tags":[]} is a record):
     * the object is one JSON lines record */
    c = PARSE("{\"status\":\"ok\",\"users\":[],\"page\":1}\n");
    EXPECT(c, "@0 OK status=\"ok\" page=1");
    cr_assert_eq(c->stats.mode, LS_JSON_LINES);
    coll_free(c);
    /* a wrapper whose records array holds only an empty object */
    c = PARSE("{\"users\":[{}]}");
    EXPECT(c, "@10 OK");
    cr_assert_eq(c->stats.mode, LS_JSON_WRAPPED);
    coll_free(c);
}

Test(json, pretty_json_lines_with_arrays_of_objects_stay_lines)
{
    /* mongoexport --pretty: documents holding arrays of objects, one after another */
    coll *c =
        PARSE("{\n\t\"_id\": 1,\n\t\"orders\": [\n\t\t{\"sku\": \"a\"},\n\t\t{\"sku\": \"b\"}\n"
              "\t]\n}\n"
              "{\n\t\"_id\": 2,\n\t\"orders\": [\n\t\t{\"sku\": \"c\"}\n\t]\n}\n");
    EXPECT(c, "@0 OK _id=1 orders[].sku=\"a\" orders[].sku=\"b\"",
           "@62 OK _id=2 orders[].sku=\"c\"");
    cr_assert_eq(c->stats.mode, LS_JSON_LINES);
    cr_assert_null(ls_json_records_key(c->p));
    coll_free(c);
    /* one-line documents, the first followed by blank lines; and wrappers one per line
     * (pages of an API concatenated) are JSON lines too */
    c = PARSE("{\"o\":[{\"a\":1},{\"a\":2}]}\n\n\n{\"o\":[{\"a\":3}]}\n");
    EXPECT(c, "@0 OK o[].a=1 o[].a=2", "@26 OK o[].a=3");
    cr_assert_eq(c->stats.mode, LS_JSON_LINES);
    cr_assert_eq(c->stats.blank_lines, 2);
    coll_free(c);
    /* a second document that is broken still says JSON lines */
    c = PARSE("{\"o\":[{\"a\":1}]} {oops\n");
    EXPECT(c, "@0 SYNTAX");
    cr_assert_eq(c->stats.mode, LS_JSON_LINES);
    coll_free(c);
    /* the first document itself broken (outside an array of objects): JSON lines */
    c = PARSE("{\"o\":[{\"a\":1}],\"b\":tru}\n");
    EXPECT(c, "@0 SYNTAX");
    cr_assert_eq(c->stats.mode, LS_JSON_LINES);
    coll_free(c);
}

/* A wrapper of n records ({"id":i,"email":"user<i>@example.fr"}) after some metadata, and
 * metadata after; returns its length. */
static size_t big_wrapper(char *o, size_t n, bool pretty)
{
    size_t len = (size_t)sprintf(o, "{\"status\": \"ok\", \"count\": %zu, \"users\": [%s", n,
                                 pretty ? "\n" : "");
    for (size_t i = 0; i < n; i++)
        len += (size_t)sprintf(o + len, "%s{\"id\": %zu, \"email\": \"user%zu@example.fr\"}%s",
                               pretty ? "    " : "", i, i,
                               i + 1 < n ? (pretty ? ",\n" : ",") : (pretty ? "\n" : ""));
    len += (size_t)sprintf(o + len, "], \"page\": 1}\n");
    return len;
}

Test(json, wrapped_big_any_chunking)
{
    /* 3 MB: the head (1 MiB) ends inside the records array; decided there */
    size_t n = 60000;
    char *in = malloc(n * 64 + 256);
    cr_assert(in);
    size_t len = big_wrapper(in, n, true);
    cr_assert(len > (2u << 20));
    coll *c = parse_mode(in, len, LS_JSON_AUTO, 0);
    cr_assert_eq(c->stats.mode, LS_JSON_WRAPPED);
    cr_assert_eq(c->nrec, n);
    cr_assert_eq(c->stats.malformed, 0);
    cr_assert_str_eq(c->recs[n - 1], "@3097776 OK id=59999 email=\"user59999@example.fr\"");
    cr_assert_str_eq(ls_json_records_key(c->p), "users");
    cr_assert_eq(c->stats.wrapper_values, 3);
    cr_assert(!c->stats.unterminated && !c->stats.trailing_garbage);
    /* fed whole, the values after the head point into the input */
    cr_assert(c->in_input > c->values / 2, "%zu of %zu", c->in_input, c->values);
    coll_free(c);
    /* truncated in the middle: the records before the cut */
    c = parse_mode(in, len / 2, LS_JSON_AUTO, 0);
    cr_assert_eq(c->stats.mode, LS_JSON_WRAPPED);
    cr_assert(c->stats.unterminated);
    cr_assert(c->nrec > 20000 && c->nrec < 40000);
    coll_free(c);
    /* a JSON lines file whose first document is larger than the head and holds an array of
     * objects is read as a wrapper (json.h): its elements, then the rest is garbage */
    len = big_wrapper(in, n, false);
    len += (size_t)sprintf(in + len, "{\"a\":1}\n");
    c = parse_mode(in, len, LS_JSON_AUTO, 0);
    cr_assert_eq(c->stats.mode, LS_JSON_WRAPPED);
    cr_assert_eq(c->nrec, n);
    cr_assert(c->stats.trailing_garbage);
    coll_free(c);
    /* ... but one without an array of objects stays JSON lines */
    memset(in, ' ', 3 << 20);
    memcpy(in, "{\"a\":", 5);
    memcpy(in + (3 << 20), "1}\n{\"a\":2}\n", 11);
    c = parse_mode(in, (3 << 20) + 11, LS_JSON_AUTO, 0);
    EXPECT(c, "@0 OK a=1", "@3145731 OK a=2");
    cr_assert_eq(c->stats.mode, LS_JSON_LINES);
    coll_free(c);
    free(in);
}

Test(json, wrapped_decision_at_the_head_end)
{
    /* the head ends inside metadata: the largest closed candidate before wins */
    size_t n = (1 << 20) + 100;
    char *in = malloc(n + 64);
    cr_assert(in);
    size_t len = (size_t)sprintf(in, "{\"x\":[{\"a\":1}],\"blob\":\"");
    memset(in + len, 'z', n - len);
    len = n;
    len += (size_t)sprintf(in + len, "\",\"data\":[{\"a\":2}]}");
    coll *c = parse_mode(in, len, LS_JSON_AUTO, 0);
    EXPECT(c, "@6 OK a=1");
    cr_assert_str_eq(ls_json_records_key(c->p), "x");
    cr_assert_eq(c->stats.other_record_arrays, 1);
    cr_assert_eq(c->stats.wrapper_values, 1);
    coll_free(c);
    /* the same without a candidate in the head: JSON lines, one record */
    in[3] = 'X';
    memcpy(in, "{\"x\":[\"a\",1 ,1 ]", 16);
    c = parse_mode(in, len, LS_JSON_AUTO, 0);
    cr_assert_eq(c->stats.mode, LS_JSON_LINES);
    cr_assert_eq(c->nrec, 1);
    coll_free(c);
    free(in);
}

/* ---- pretty-printed documents in JSON lines ---------------------------------------------- */

Test(json, pretty_documents_one_after_another)
{
    /* mongoexport --pretty (no --jsonArray) and `jq .` write documents over several lines */
    coll *c = PARSE("{\n\t\"_id\": {\n\t\t\"$oid\": \"a1\"\n\t},\n\t\"n\": 1\n}\n"
                    "{\n\t\"n\": 2,\n\t\"t\": [\n\t\t1\n\t]\n}\n"
                    "{\"n\":3}\n"
                    "{\n  \"n\": 4,\n  \"bad\": \n}\n"
                    "  \"x\": 1\n"
                    "}\n"
                    "{\"n\":5}\n"
                    "{\n  \"n\": 6\n} {\"n\":7}\n"
                    "{\n  \"n\": 8");
    EXPECT(c, "@0 OK _id=\"a1\" n=1", "@41 OK n=2 t[]=1", "@69 OK n=3", "@77 SYNTAX", "@112 OK n=5",
           "@120 OK n=6", "@133 OK n=7", "@141 SYNTAX");
    cr_assert_eq(c->stats.mode, LS_JSON_LINES);
    coll_free(c);
}

/* ---- the API ------------------------------------------------------------------------------- */

Test(json, zero_copy_and_scratch)
{
    /* (a second line: a '{' input alone is held until its end tells it from a wrapper) */
    const char in[] = "{\"plain\":\"abc\",\"esc\":\"a\\nb\",\"num\":12}\n{}\n";
    coll *c = PARSE(in);
    EXPECT(c, "@0 OK plain=\"abc\" esc=\"a\\x0Ab\" num=12", "@38 OK");
    cr_assert_eq(c->values, 3);
    cr_assert_eq(c->in_input, 2, "the unescaped value alone is in scratch");
    coll_free(c);
}

Test(json, callback_stops_the_parser)
{
    const char in[] = "{\"a\":1}\n{\"a\":2}\n{\"a\":3}\n";
    coll *c = run_chunks(in, sizeof in - 1, LS_JSON_AUTO, 0, NULL, 0, 2);
    cr_assert_eq(c->feed_rc, 42);
    cr_assert_eq(c->nrec, 2);
    cr_assert_eq(ls_json_parser_feed(c->p, "{}\n", 3), 42);
    cr_assert_eq(ls_json_parser_finish(c->p), 42);
    coll_free(c);
    size_t ones[] = {1};
    c = run_chunks(in, sizeof in - 1, LS_JSON_AUTO, 0, ones, 1, 1);
    cr_assert_eq(c->feed_rc, 42);
    cr_assert_eq(c->nrec, 1);
    coll_free(c);
}

Test(json, no_callback_and_free_null)
{
    ls_json_parser *p = ls_json_parser_create(LS_JSON_AUTO, 0, NULL);
    cr_assert(p);
    cr_assert_eq(ls_json_parser_feed(p, "{\"a\":1}\n{\"b\":\n", 14), 0);
    cr_assert_eq(ls_json_parser_finish(p), 0);
    ls_json_stats s;
    ls_json_parser_stats(p, &s);
    cr_assert_eq(s.records, 2);
    cr_assert_eq(s.malformed, 1);
    cr_assert_eq(ls_json_path_count(p), 1);
    cr_assert_str_eq(ls_json_path_name(p, 0), "a");
    ls_json_parser_free(p);
    ls_json_parser_free(NULL);
}

Test(json, path_ids_in_order_of_first_sight)
{
    coll *c = PARSE("{\"b\":1,\"a\":{\"z\":1}}\n{\"c\":1,\"a\":{\"y\":2,\"z\":3},\"b\":4}\n");
    cr_assert_eq(ls_json_path_count(c->p), 4);
    const char *want[] = {"b", "a.z", "c", "a.y"};
    for (uint32_t i = 0; i < 4; i++)
        cr_assert_str_eq(ls_json_path_name(c->p, i), want[i]);
    cr_assert(strstr(c->ident.data, "R 0 0 2: 0/1/1/1 1/1/1/1\nR 20 0 4: 2/1/1/1 3/1/1/2 "
                                    "1/1/1/3 0/1/1/4\n"),
              "%s", c->ident.data);
    coll_free(c);
}

/* ---- random inputs --------------------------------------------------------------------------- */

/* Random JSON-ish text: fragments of valid documents mixed with stray bytes. */
static size_t random_json(char *s, size_t cap)
{
    static const char *frag[] = {"{",
                                 "}",
                                 "[",
                                 "]",
                                 ",",
                                 ":",
                                 "\"k\"",
                                 "\"v\\n\"",
                                 "\"\\u00e9\"",
                                 "\"\\ud83d\"",
                                 "1",
                                 "-2.5e3",
                                 "true",
                                 "null",
                                 " ",
                                 "\n",
                                 "\r\n",
                                 "{\"$oid\":\"x\"}",
                                 "{\"$date\":{\"$numberLong\":\"1\"}}",
                                 "\"a\":",
                                 "\"b\":{\"c\":",
                                 "\\",
                                 "\"",
                                 "\x00",
                                 "\xEF\xBB\xBF",
                                 "{\"a\":1}\n",
                                 "[{\"x\":[1,2]},\n",
                                 "{\"d\":[",
                                 "\"m\":{\"r\":[{",
                                 "],\"p\":1}",
                                 "]}"};
    size_t n = 0;
    size_t want = rnd_below(cap - 40);
    while (n < want) {
        const char *f = frag[rnd_below(sizeof frag / sizeof frag[0])];
        size_t l = f[0] ? strlen(f) : 1;
        memcpy(s + n, f, l);
        n += l;
    }
    return n;
}

Test(json, random_inputs_same_for_every_chunking)
{
    char buf[600];
    for (int i = 0; i < 300; i++) {
        rng_state = 0x5eed0000u + (uint64_t)i;
        size_t n = random_json(buf, sizeof buf);
        ls_json_mode mode = (ls_json_mode)(i % 4);
        size_t max = i % 5 == 0 ? 1 + (size_t)i % 40 : 0;
        coll *c = parse_mode(buf, n, mode, max);
        cr_assert(c->stats.malformed <= c->stats.records);
        cr_assert(c->stats.oversized <= c->stats.malformed);
        coll_free(c);
    }
}

/* Random scalar metadata value; returns its length. */
static size_t random_scalar(char *o)
{
    static const char *sc[] = {
        "1", "-2.5e3", "true", "null", "\"ok\"", "\"\\u00e9\\n\"", "{\"$oid\":\"5f\"}"};
    return (size_t)sprintf(o, "%s", sc[rnd_below(sizeof sc / sizeof sc[0])]);
}

typedef struct {
    size_t records;    /* elements of the largest array of objects */
    size_t best_size;  /* its bytes */
    size_t candidates; /* arrays of objects */
    size_t scalars;    /* metadata scalars */
    char key[64];      /* the records key */
} wr_truth;

/* A random valid wrapper (metadata, arrays of objects at depth 1 and 2, pretty or not) and
 * what reading it must give; returns its length (at most about 3000 bytes). */
static size_t random_wrapper(char *o, wr_truth *t)
{
    memset(t, 0, sizeof *t);
    const char *nl = rnd_below(2) ? "\n  " : "";
    size_t n = (size_t)sprintf(o, "{%s", nl);
    size_t members = 1 + rnd_below(5);
    for (size_t m = 0; m < members; m++) {
        if (m) n += (size_t)sprintf(o + n, ",%s", nl);
        bool nested = rnd_below(4) == 0;
        char k1[24], k[24];
        snprintf(k1, sizeof k1, "o%zu", m);
        snprintf(k, sizeof k, "k%zu", m);
        if (nested) n += (size_t)sprintf(o + n, "\"%s\": {\"t\": 1, ", k1), t->scalars++;
        n += (size_t)sprintf(o + n, "\"%s\": ", k);
        int what = (int)rnd_below(4);
        if (what == 0) {
            n += random_scalar(o + n);
            t->scalars++;
        } else if (what == 1) { /* an array of scalars */
            n += (size_t)sprintf(o + n, "[1, \"a\", [2]]");
            t->scalars += 3;
        } else { /* an array of objects */
            size_t start = n, elems = 1 + rnd_below(6);
            o[n++] = '[';
            for (size_t e = 0; e < elems; e++) {
                n += (size_t)sprintf(o + n, "%s%s{\"id\": %zu, \"v\": ", e ? "," : "", nl, e);
                n += random_scalar(o + n);
                if (rnd_below(3) == 0) n += (size_t)sprintf(o + n, ", \"sub\": [{\"x\": 1}]");
                o[n++] = '}';
            }
            o[n++] = ']';
            t->candidates++;
            if (n - start > t->best_size) {
                t->best_size = n - start;
                t->records = elems;
                if (nested)
                    snprintf(t->key, sizeof t->key, "%s.%s", k1, k);
                else
                    snprintf(t->key, sizeof t->key, "%s", k);
            }
        }
        if (nested) o[n++] = '}';
    }
    n += (size_t)sprintf(o + n, "%s}\n", rnd_below(2) ? "\n" : "");
    return n;
}

Test(json, random_wrappers)
{
    char buf[4096];
    for (int i = 0; i < 200; i++) {
        rng_state = 0x3a5e0000u + (uint64_t)i;
        wr_truth t;
        size_t n = random_wrapper(buf, &t);
        coll *c = parse_mode(buf, n, LS_JSON_AUTO, 0);
        if (t.candidates) {
            cr_assert_eq(c->stats.mode, LS_JSON_WRAPPED, "%s", buf);
            cr_assert_eq(c->nrec, t.records, "%s", buf);
            cr_assert_str_eq(ls_json_records_key(c->p), t.key, "%s", buf);
            cr_assert_eq(c->stats.other_record_arrays, t.candidates - 1, "%s", buf);
            cr_assert_eq(c->stats.wrapper_values, t.scalars, "%s", buf);
            cr_assert_eq(c->stats.malformed, 0, "%s", buf);
            cr_assert(!c->stats.unterminated && !c->stats.trailing_garbage, "%s", buf);
        } else { /* one document (broken into lines when its first line is not a lone '{') */
            cr_assert_eq(c->stats.mode, LS_JSON_LINES, "%s", buf);
        }
        coll_free(c);
        /* the same cut short or with a byte changed: the same for every chunking */
        rng_state = 0x77770000u + (uint64_t)i;
        size_t cut = 1 + rnd_below(n);
        c = parse_mode(buf, cut, (ls_json_mode)rnd_below(4), rnd_below(2) ? 0 : 8 + rnd_below(40));
        coll_free(c);
        static const char repl[] = "{}[],:\"x\\ \n";
        buf[rnd_below(n)] = repl[rnd_below(sizeof repl - 1)];
        c = parse_mode(buf, n, LS_JSON_AUTO, 0);
        cr_assert(c->stats.malformed <= c->stats.records);
        coll_free(c);
    }
}

/* ---- sniffing -------------------------------------------------------------------------------- */

static bool sniff(const char *s)
{
    return ls_json_sniff(s, strlen(s));
}

Test(json, sniff_json)
{
    cr_assert(sniff("{\"a\":1}\n{\"a\":2}\n"));
    cr_assert(sniff("\xEF\xBB\xBF{\"a\":1}\n"));
    cr_assert(sniff("\n\n  {\"a\":1,\"b\":[1,2],\"c\":{\"d\":\"x")); /* cut mid-record */
    cr_assert(sniff("{\"a\":1}\n{\"b\":\"cut her"));
    cr_assert(sniff("[{\"a\":1},{\"a\":2}]\n"));
    cr_assert(sniff("[{\"a\":1},{\"a\":"));                       /* cut mid-array */
    cr_assert(sniff("[\n\t{\n\t\t\"a\": 1\n\t},\n\t{\n\t\t\"a")); /* pretty, cut */
    cr_assert(
        sniff("{\n\t\"_id\": {\n\t\t\"$oid\": \"a1\"\n\t},\n\t\"n\": 1\n}\n{\n")); /* pretty */
    cr_assert(sniff("{\"a\":1}\n{\"a\":2}\nbroken\n{\"a\":3}\n{\"a\":4}\n"));
    cr_assert(sniff("["));
}

Test(json, sniff_not_json)
{
    cr_assert(!sniff(""));
    cr_assert(!sniff("   \n"));
    cr_assert(!sniff("name;email;phone\nAnn;a@b.fr;0612345678\n"));
    cr_assert(!sniff("id,name\n1,\"{x}\"\n"));
    cr_assert(!sniff("INSERT INTO `t` VALUES (1,'a');\n"));
    cr_assert(!sniff("-- MySQL dump 10.13\nCREATE TABLE t (a int);\n"));
    cr_assert(!sniff("hello world\nthis is text\n"));
    cr_assert(!sniff("{foo} bar\n{baz} qux\n"));
    cr_assert(!sniff("{\"a\":1} trailing words\n"));
    cr_assert(!sniff("[INFO] server started\n[WARN] disk\n"));
    cr_assert(!sniff("[2024-01-01 12:00:00] GET /\n"));
    cr_assert(!sniff("[1] first item\n"));
    cr_assert(!sniff("{\"a\":1}\nx\ny\nz\n"));
}

Test(json, sniff_wrapped)
{
    cr_assert(sniff("{\"data\": [\n{\"a\":1},\n{\"a\":2}\n]}\n"));
    cr_assert(sniff("{\"status\":\"ok\",\"data\":[\n  {\"a\":1},\n  {\"a\""));
    cr_assert(sniff("{\"status\":\"ok\",\"data\":[{\"a\":1},{\"a\":2}]}"));
    cr_assert(!sniff("{\"data\": [\nnot json\n]}\n"));
    cr_assert(!sniff("{\"data\": [\n{\"a\":1}]} and then text\n"));
}

/* ---- keys that are data (issue 13) ------------------------------------------------------- */

/* No path name may hold the raw key. */
static void assert_no_path_contains(const coll *c, const char *raw)
{
    for (uint32_t i = 0; i < ls_json_path_count(c->p); i++)
        cr_assert(strstr(ls_json_path_name(c->p, i), raw) == NULL, "path %s",
                  ls_json_path_name(c->p, i));
}

Test(json, pii_shaped_keys_are_values_of_a_star_path)
{
    const char in[] = "{\"users\":{\"alice.secret@example.com\":{\"phone\":\"+33612345678\"},"
                      "\"0612345678\":{\"phone\":\"+33612345679\"}}}\n"
                      "{\"bob@example.org\":\"x\",\"name\":\"Bob\"}\n";
    coll *c = parse_mode(in, sizeof in - 1, LS_JSON_AUTO, 0);
    EXPECT(c,
           "@0 OK users.*=\"alice.secret@example.com\" users.*.phone=\"+33612345678\" "
           "users.*=\"0612345678\" users.*.phone=\"+33612345679\"",
           "@102 OK *=\"bob@example.org\" *==\"x\" name=\"Bob\"");
    assert_no_path_contains(c, "@");
    assert_no_path_contains(c, "0612");
    coll_free(c);
}

Test(json, ids_and_field_names)
{
    /* UUIDs, Firebase push ids and long numeric ids are data; field names stay paths */
    const char in[] = "{\"2b1f6c1e-8f7a-4c3b-9d2e-1a2b3c4d5e6f\":1,\"-MxYz8a9bcDEf\":2,"
                      "\"12345678\":3,\"phone2\":4,\"address_line_1\":5,\"@timestamp\":6,"
                      "\"$type\":7,\"Nom de famille\":8}\n";
    coll *c = parse_mode(in, sizeof in - 1, LS_JSON_LINES, 0);
    EXPECT(c, "@0 OK *=\"2b1f6c1e-8f7a-4c3b-9d2e-1a2b3c4d5e6f\" *==1 *=\"-MxYz8a9bcDEf\" *==2 "
              "*=\"12345678\" *==3 phone2=4 address_line_1=5 @timestamp=6 $type=7 "
              "Nom de famille=8");
    coll_free(c);
}

Test(json, map_of_objects_is_collapsed_even_for_plain_keys)
{
    /* user names as keys: not PII-shaped, but 4 object values opening with the same key make
     * "users" a map; the record is read again, so no name becomes a path */
    const char in[] =
        "[{\"users\":{\"alice\":{\"age\":1},\"bob\":{\"age\":2},\"carol\":{\"age\":3},"
        "\"dave\":{\"age\":4}}},\n{\"users\":{\"erin\":{\"age\":5}}}]";
    coll *c = parse_mode(in, sizeof in - 1, LS_JSON_AUTO, 0);
    EXPECT(c,
           "@1 OK users.*=\"alice\" users.*.age=1 users.*=\"bob\" users.*.age=2 "
           "users.*=\"carol\" users.*.age=3 users.*=\"dave\" users.*.age=4",
           "@83 OK users.*=\"erin\" users.*.age=5");
    assert_no_path_contains(c, "alice");
    assert_no_path_contains(c, "erin");
    coll_free(c);
    /* a record of nested objects of different shapes is not a map */
    const char rec[] =
        "{\"name\":{\"first\":\"A\"},\"address\":{\"zip\":\"1\"},\"job\":{\"t\":\"x\"},"
        "\"car\":{\"m\":\"y\"}}\n";
    c = parse_mode(rec, sizeof rec - 1, LS_JSON_LINES, 0);
    EXPECT(c, "@0 OK name.first=\"A\" address.zip=\"1\" job.t=\"x\" car.m=\"y\"");
    coll_free(c);
}

Test(json, prescan_makes_per_record_user_keys_values_from_the_first_record)
{
    /* one key per record, each a plain user name: no single object shows it is a map; the
     * head's records do (issue 13) */
    sbuf in = {0};
    for (int i = 0; i < 20; i++)
        sb_printf(&in, "{\"quentin%d\":{\"phone\":\"+336%08d\"}}\n", i, i);
    prescan_bytes = in.len;
    coll *c = parse_mode(in.data, in.len, LS_JSON_AUTO, 0);
    cr_assert_eq(c->nrec, 20);
    cr_expect_str_eq(c->recs[0], "@0 OK *=\"quentin0\" *.phone=\"+33600000000\"");
    assert_no_path_contains(c, "quentin");
    cr_expect_eq(ls_json_path_count(c->p), 2);
    coll_free(c);
    /* a head cut in the middle of a record still marks the map */
    prescan_bytes = in.len - 5;
    c = parse_mode(in.data, in.len, LS_JSON_AUTO, 0);
    assert_no_path_contains(c, "quentin");
    coll_free(c);
    /* without the prescan the first records' keys would be paths: the rule is the prescan's */
    prescan_bytes = 0;
    c = parse_mode(in.data, in.len, LS_JSON_AUTO, 0);
    cr_expect_str_eq(ls_json_path_name(c->p, 0), "quentin0.phone");
    coll_free(c);
    free(in.data);

    /* records sharing a schema, with sparse optional fields, keep their field names */
    sbuf sp = {0};
    for (int i = 0; i < 200; i++)
        sb_printf(&sp, "{\"id\":%d,\"opt%d\":1,\"opt%d\":2}\n", i, i % 37, (i * 7) % 41 + 40);
    prescan_bytes = sp.len;
    c = run_chunks(sp.data, sp.len, LS_JSON_AUTO, 0, NULL, 0, 0);
    cr_expect_str_eq(ls_json_path_name(c->p, 0), "id");
    cr_expect_str_eq(ls_json_path_name(c->p, 1), "opt0");
    coll_free(c);
    prescan_bytes = 0;
    free(sp.data);
}

Test(json, sniff_does_not_depend_on_one_elements_depth)
{
    /* 200 elements, the last nested 63 to 100 levels (the array itself not counted: 64 is
     * the limit): JSON whatever the depth, the too deep element one malformed record */
    static const int depths[] = {63, 64, 65, 100};
    for (size_t d = 0; d < sizeof depths / sizeof depths[0]; d++) {
        int depth = depths[d];
        char *in = malloc(64 << 10);
        cr_assert(in);
        size_t n = 0;
        in[n++] = '[';
        for (int i = 0; i < 199; i++)
            n += (size_t)sprintf(in + n, "{\"id\":%d},", i);
        for (int i = 0; i < depth; i++)
            n += (size_t)sprintf(in + n, "{\"a\":");
        in[n++] = '1';
        for (int i = 0; i < depth; i++)
            in[n++] = '}';
        in[n++] = ']';
        cr_assert(ls_json_sniff(in, n), "depth %d", depth);
        coll *c = run_chunks(in, n, LS_JSON_AUTO, 0, NULL, 0, 0);
        cr_assert_eq(c->nrec, 200);
        cr_assert_eq(c->stats.malformed, depth > 64 ? 1u : 0u, "depth %d", depth);
        cr_assert_eq(c->stats.too_deep, depth > 64 ? 1u : 0u, "depth %d", depth);
        cr_assert(!c->stats.unterminated && !c->stats.trailing_garbage);
        coll_free(c);
        free(in);
    }
    /* a million '[': JSON (damaged), not text */
    size_t n = 1000000;
    char *in = malloc(n);
    cr_assert(in);
    memset(in, '[', n);
    cr_assert(ls_json_sniff(in, 256 << 10));
    coll *c = run_chunks(in, n, LS_JSON_AUTO, 0, NULL, 0, 0);
    cr_assert_eq(c->nrec, 1);
    cr_assert_eq(c->stats.too_deep, 1);
    cr_assert(c->stats.unterminated);
    coll_free(c);
    free(in);
}
