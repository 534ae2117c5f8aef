/* Fuzz target: the streaming JSON export reader (src/parse/json.c) on arbitrary bytes.
 *
 * The input is parsed in three configurations (auto mode with the default record limit,
 * and a mode and a small max_record_bytes taken from the first two bytes), each time fed
 * whole, then in chunk sizes derived from the data (a splitmix64 stream seeded by a hash
 * of the input; one run of mostly tiny chunks, one of larger ones), then one byte at a time
 * for small inputs. Every chunk is a private copy freed after its feed, so a value left
 * pointing into an old chunk is a use-after-free for ASan. Checked: the records (offset,
 * problem, values: bytes, kind, path id), the path table and the stats are identical for
 * every chunking; a malformed record has no values; every path id is below the path count;
 * null values are empty; counts are consistent (malformed <= records, oversized <=
 * malformed, records == callbacks, bytes == input size); the wrapped-mode results (records
 * key, wrapper_values, other_record_arrays) are part of the comparison and are empty in the
 * other modes; the array/wrapper flags are only set in those modes. ls_json_sniff runs on
 * the input and on a prefix. */
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz_check.h"
#include "parse/json.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

typedef struct {
    char *data;
    size_t len, cap;
} tbuf;

static void tb_put(tbuf *b, const void *p, size_t n)
{
    if (b->cap - b->len < n) {
        size_t cap = b->cap ? b->cap : 4096;
        while (cap - b->len < n)
            cap *= 2;
        b->data = realloc(b->data, cap);
        FUZZ_CHECK(b->data, "out of memory");
        b->cap = cap;
    }
    if (n) memcpy(b->data + b->len, p, n);
    b->len += n;
}

static void tb_u64(tbuf *b, uint64_t v)
{
    tb_put(b, &v, sizeof v);
}

typedef struct {
    ls_json_parser *p;
    tbuf *t;
    uint64_t callbacks;
} run_ctx;

static int on_record(void *ctx, const ls_value *vals, uint32_t n, ls_vrec_problem pr, uint64_t off)
{
    run_ctx *r = ctx;
    r->callbacks++;
    FUZZ_CHECK(pr <= LS_VREC_TOO_DEEP, "problem %d", (int)pr);
    FUZZ_CHECK(pr == LS_VREC_OK || n == 0, "malformed record (%d) with %u values", (int)pr, n);
    uint32_t npaths = ls_json_path_count(r->p);
    tb_u64(r->t, off);
    tb_u64(r->t, (uint64_t)pr << 32 | n);
    for (uint32_t i = 0; i < n; i++) {
        const ls_value *v = &vals[i];
        FUZZ_CHECK(v->col < npaths, "path id %u of %u", v->col, npaths);
        FUZZ_CHECK(ls_json_path_name(r->p, v->col) != NULL, "no name for path %u", v->col);
        FUZZ_CHECK(v->kind <= LS_VAL_BOOL, "kind %u", v->kind);
        FUZZ_CHECK(v->kind != LS_VAL_NULL || v->len == 0, "null of %u bytes", v->len);
        FUZZ_CHECK(v->len == 0 || v->p != NULL, "NULL value pointer");
        tb_u64(r->t, (uint64_t)v->col << 32 | (uint64_t)v->kind << 24);
        tb_u64(r->t, v->len);
        tb_put(r->t, v->p, v->len);
    }
    return 0;
}

static uint64_t splitmix(uint64_t *s)
{
    uint64_t z = (*s += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

/* One run: chunk sizes from rng (NULL: whole input) below `top`. The transcript goes to t. */
static void run(const uint8_t *data, size_t size, ls_json_mode mode, size_t max, uint64_t *rng,
                size_t top, tbuf *t)
{
    t->len = 0;
    run_ctx r = {.t = t};
    ls_json_callbacks cb = {.ctx = &r, .on_record = on_record};
    r.p = ls_json_parser_create(mode, max, &cb);
    FUZZ_CHECK(r.p, "create failed");
    size_t pos = 0;
    while (pos < size) {
        size_t n = rng ? 1 + (size_t)(splitmix(rng) % top) : size;
        if (n > size - pos) n = size - pos;
        char *chunk = malloc(n);
        FUZZ_CHECK(chunk, "out of memory");
        memcpy(chunk, data + pos, n);
        int rc = ls_json_parser_feed(r.p, chunk, n);
        free(chunk);
        FUZZ_CHECK(rc == 0, "feed returned %d", rc);
        pos += n;
    }
    FUZZ_CHECK(ls_json_parser_finish(r.p) == 0, "finish failed");
    ls_json_stats s;
    ls_json_parser_stats(r.p, &s);
    FUZZ_CHECK(s.bytes == size, "bytes %llu != %zu", (unsigned long long)s.bytes, size);
    FUZZ_CHECK(s.records == r.callbacks, "records %llu, callbacks %llu",
               (unsigned long long)s.records, (unsigned long long)r.callbacks);
    FUZZ_CHECK(s.malformed <= s.records && s.oversized <= s.malformed, "counts");
    FUZZ_CHECK(mode == LS_JSON_AUTO ? s.mode != LS_JSON_AUTO : s.mode == mode, "mode %d",
               (int)s.mode);
    bool framed = s.mode == LS_JSON_ARRAY || s.mode == LS_JSON_WRAPPED;
    FUZZ_CHECK(framed || (!s.unterminated && !s.trailing_garbage),
               "array flags in JSON lines mode");
    FUZZ_CHECK(!framed || s.blank_lines == 0, "blank lines in array/wrapped mode");
    const char *key = ls_json_records_key(r.p);
    FUZZ_CHECK(s.mode == LS_JSON_WRAPPED ||
                   (!key && s.wrapper_values == 0 && s.other_record_arrays == 0),
               "wrapped results in mode %d", (int)s.mode);
    tb_u64(t, s.records);
    tb_u64(t, s.malformed);
    tb_u64(t, s.oversized);
    tb_u64(t, s.blank_lines);
    tb_u64(t, (uint64_t)s.unterminated << 16 | (uint64_t)s.trailing_garbage << 8 | s.mode);
    tb_u64(t, s.wrapper_values);
    tb_u64(t, s.other_record_arrays);
    if (key) tb_put(t, key, strlen(key));
    tb_put(t, "", 1);
    uint32_t np = ls_json_path_count(r.p);
    FUZZ_CHECK(ls_json_path_name(r.p, np) == NULL, "a name past the path count");
    for (uint32_t i = 0; i < np; i++) {
        const char *name = ls_json_path_name(r.p, i);
        tb_put(t, name, strlen(name) + 1);
    }
    ls_json_parser_free(r.p);
}

static tbuf whole, other;

static void same(const char *what, ls_json_mode mode, size_t max)
{
    FUZZ_CHECK(whole.len == other.len && memcmp(whole.data, other.data, whole.len) == 0,
               "%s differs from the whole input (mode %d, max %zu)", what, (int)mode, max);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    (void)ls_json_sniff((const char *)data, size);
    (void)ls_json_sniff((const char *)data, size / 2);

    uint64_t seed = 0xcbf29ce484222325ULL;
    for (size_t i = 0; i < size; i++)
        seed = (seed ^ data[i]) * 0x100000001b3ULL;

    struct {
        ls_json_mode mode;
        size_t max;
    } cfg[3] = {{LS_JSON_AUTO, 0},
                {(ls_json_mode)(size > 0 ? data[0] % 4 : 0), 1 + (size > 1 ? data[1] % 48 : 7)},
                {(ls_json_mode)(size > 2 ? data[2] % 4 : 1), 64 + (size > 3 ? data[3] : 0)}};
    for (int c = 0; c < 3; c++) {
        run(data, size, cfg[c].mode, cfg[c].max, NULL, 0, &whole);
        uint64_t rng = seed + (uint64_t)c;
        run(data, size, cfg[c].mode, cfg[c].max, &rng, 8, &other);
        same("tiny chunks", cfg[c].mode, cfg[c].max);
        run(data, size, cfg[c].mode, cfg[c].max, &rng, size / 2 + 2, &other);
        same("larger chunks", cfg[c].mode, cfg[c].max);
        if (size <= 4096) {
            uint64_t one = 0;
            run(data, size, cfg[c].mode, cfg[c].max, &one, 1, &other);
            same("single bytes", cfg[c].mode, cfg[c].max);
        }
    }
    return 0;
}
