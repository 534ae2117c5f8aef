/* Fuzz target: the streaming SQL dump reader (src/parse/sql.c) on arbitrary bytes.
 *
 * The input is parsed whole, then again split into chunks whose sizes derive from the data
 * (and, for small inputs, one byte at a time); every chunk is a private copy freed right
 * after its feed, so a value left pointing into an old chunk is a use-after-free under ASan.
 * All runs must report the same on_table calls and records (table, offset, problem, every
 * value's kind, column and bytes) and the same stats. The same again with a tiny
 * max_record_bytes. Invariants checked on every callback: vals[i].col == i, known kinds and
 * problems, NULL has no bytes, booleans are "true"/"false", an oversized record has no
 * values, record offsets never go back and lie in the input, a record's table was
 * announced before it; and in the stats: records == callbacks, oversized <= malformed <=
 * records, bytes == input size, a dialect decided once records were seen. ls_sql_sniff
 * runs on the input too. */
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz_check.h"
#include "parse/sql.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

typedef struct {
    char *log; /* every callback as bytes */
    size_t len, cap;
    uint64_t records;
    uint64_t last_off;
    size_t size;
    uint8_t announced[256]; /* bit per table id < 2048 */
} fz_run;

/* Append bytes to the run's log. */
static void fz_put(fz_run *r, const void *b, size_t n)
{
    if (r->len + n > r->cap) {
        size_t cap = r->cap ? r->cap : 4096;
        while (cap < r->len + n)
            cap *= 2;
        r->log = realloc(r->log, cap);
        FUZZ_CHECK(r->log, "out of memory");
        r->cap = cap;
    }
    if (n) memcpy(r->log + r->len, b, n);
    r->len += n;
}

/* Append a number to the run's log. */
static void fz_u64(fz_run *r, uint64_t x)
{
    fz_put(r, &x, sizeof x);
}

/* Log a table announcement and remember the table was announced. */
static int fz_on_table(void *ctx, uint32_t table, const char *name, size_t name_len,
                       const char *const *names, const uint32_t *lens, uint32_t ncols)
{
    fz_run *r = ctx;
    FUZZ_CHECK(name != NULL && name[name_len] == 0, "table name not NUL-terminated");
    fz_put(r, "T", 1);
    fz_u64(r, table);
    fz_u64(r, name_len);
    fz_put(r, name, name_len);
    fz_u64(r, ncols);
    for (uint32_t i = 0; i < ncols; i++) {
        fz_u64(r, lens[i]);
        fz_put(r, names[i], lens[i]);
    }
    if (table < 2048) r->announced[table / 8] |= (uint8_t)(1u << (table % 8));
    return 0;
}

/* Check a record's invariants and log it. */
static int fz_on_record(void *ctx, uint32_t table, const ls_value *vals, uint32_t nvals,
                        ls_vrec_problem problem, uint64_t offset)
{
    fz_run *r = ctx;
    FUZZ_CHECK(problem <= LS_VREC_NUL, "problem %d", problem);
    FUZZ_CHECK(problem != LS_VREC_OVERSIZED || nvals == 0, "oversized record with %u values",
               nvals);
    FUZZ_CHECK(offset >= r->last_off, "record offset %llu before %llu", (unsigned long long)offset,
               (unsigned long long)r->last_off);
    FUZZ_CHECK(offset < r->size, "record offset %llu past the input (%zu)",
               (unsigned long long)offset, r->size);
    FUZZ_CHECK(table >= 2048 || (r->announced[table / 8] & (1u << (table % 8))),
               "record of table %u before its on_table", table);
    r->last_off = offset;
    r->records++;
    fz_put(r, "R", 1);
    fz_u64(r, table);
    fz_u64(r, offset);
    fz_u64(r, (uint64_t)problem);
    fz_u64(r, nvals);
    for (uint32_t i = 0; i < nvals; i++) {
        const ls_value *v = &vals[i];
        FUZZ_CHECK(v->col == i, "value %u has col %u", i, v->col);
        FUZZ_CHECK(v->kind <= LS_VAL_OTHER, "kind %u", v->kind);
        FUZZ_CHECK(v->p != NULL || v->len == 0, "NULL pointer with %u bytes", v->len);
        FUZZ_CHECK(v->kind != LS_VAL_NULL || v->len == 0, "NULL with %u bytes", v->len);
        FUZZ_CHECK(v->kind != LS_VAL_BOOL || (v->len == 4 && !memcmp(v->p, "true", 4)) ||
                       (v->len == 5 && !memcmp(v->p, "false", 5)),
                   "bad boolean");
        FUZZ_CHECK(v->len <= r->size, "value of %u bytes from %zu bytes of input", v->len, r->size);
        fz_u64(r, v->kind);
        fz_u64(r, v->len);
        fz_put(r, v->p, v->len);
    }
    return 0;
}

/* Parse data in chunks: chunk == 0 whole, else sizes from a generator seeded by `seed`
 * (1..chunk bytes each). Returns the run's log (caller frees r->log). */
static void fz_parse(fz_run *r, const uint8_t *data, size_t size, size_t maxrec, size_t chunk,
                     uint64_t seed)
{
    memset(r, 0, sizeof *r);
    r->size = size;
    ls_sql_callbacks cb = {.ctx = r, .on_table = fz_on_table, .on_record = fz_on_record};
    ls_sql_parser *p = ls_sql_parser_create(LS_SQL_AUTO, maxrec, &cb);
    FUZZ_CHECK(p, "out of memory");
    uint64_t x = seed | 1;
    for (size_t pos = 0; pos < size;) {
        size_t n = size - pos;
        if (chunk) {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            size_t want = 1 + (size_t)(x % chunk);
            if (want < n) n = want;
        }
        char *buf = malloc(n);
        FUZZ_CHECK(buf, "out of memory");
        memcpy(buf, data + pos, n);
        int rc = ls_sql_parser_feed(p, buf, n);
        FUZZ_CHECK(rc == 0, "feed returned %d", rc);
        memset(buf, 0x5a, n);
        free(buf);
        pos += n;
    }
    FUZZ_CHECK(ls_sql_parser_finish(p) == 0, "finish failed");
    ls_sql_stats st;
    ls_sql_parser_stats(p, &st);
    FUZZ_CHECK(st.records == r->records, "stats say %llu records, %llu delivered",
               (unsigned long long)st.records, (unsigned long long)r->records);
    FUZZ_CHECK(st.malformed <= st.records && st.oversized <= st.malformed, "malformed counts");
    FUZZ_CHECK(st.bytes == size, "bytes %llu of %zu", (unsigned long long)st.bytes, size);
    FUZZ_CHECK(st.records == 0 || st.dialect != LS_SQL_AUTO, "records but no dialect");
    FUZZ_CHECK(st.insert_statements + st.copy_blocks + st.create_tables + st.skipped_statements ==
                   st.statements,
               "statement counts");
    uint32_t nt = ls_sql_table_count(p);
    for (uint32_t t = 0; t < nt; t++)
        FUZZ_CHECK(ls_sql_table_name(p, t) != NULL, "table %u has no name", t);
    FUZZ_CHECK(ls_sql_table_name(p, nt) == NULL, "a name past the last table");
    const uint64_t fields[] = {st.bytes,        st.statements,        st.insert_statements,
                               st.copy_blocks,  st.create_tables,     st.skipped_statements,
                               st.records,      st.malformed,         st.oversized,
                               st.unterminated, (uint64_t)st.dialect, nt};
    fz_put(r, fields, sizeof fields);
    ls_sql_parser_free(p);
}

/* Parse whole and chunked with one max_record_bytes: identical logs. */
static void fz_compare(const uint8_t *data, size_t size, size_t maxrec, uint64_t seed)
{
    fz_run whole, part;
    fz_parse(&whole, data, size, maxrec, 0, 0);
    size_t chunks[3] = {1 + seed % 17, 1 + seed % 300, size <= 4096 ? 1 : 0};
    for (int k = 0; k < 3; k++) {
        if (!chunks[k]) continue;
        fz_parse(&part, data, size, maxrec, chunks[k], seed + (uint64_t)k);
        FUZZ_CHECK(part.len == whole.len && memcmp(part.log, whole.log, whole.len) == 0,
                   "chunks of up to %zu bytes (max_record_bytes %zu) change the result", chunks[k],
                   maxrec);
        free(part.log);
    }
    free(whole.log);
}

/* Whole vs chunked with the default and a tiny max_record_bytes; sniff too. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    uint64_t seed = 1469598103934665603ULL;
    for (size_t i = 0; i < size; i++)
        seed = (seed ^ data[i]) * 1099511628211ULL;
    fz_compare(data, size, 0, seed);
    fz_compare(data, size, 1 + seed % 48, seed >> 7);
    (void)ls_sql_sniff((const char *)data, size);
    return 0;
}
