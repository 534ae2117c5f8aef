/* structured: SQL dumps and JSON exports through the same workers, dedup and classifier
 * as delimited text.
 *
 *  source ──► reader (parse/sql.c or parse/json.c, this thread) ──► value batches ──►
 *  segment workers (pipeline/analysis.c) ──► hash sets, column statistics
 *
 * The reader is a push parser fed with the mapping (in large chunks) or the stream's
 * blocks; it calls back once per record (a tuple, a COPY line, a document). Records are
 * serialised into batches (the layout is in analysis.h) and handed to the workers of the
 * input they belong to: in a SQL dump every table is an input of its own, with its own
 * columns. Switching table ends the running segment (workers joined, counts folded) and
 * starts one for the next table; dumps write a table's rows together, so this happens
 * about once per table.
 *
 * A memory-mapped SQL dump with more than one thread is read by several parsers at once
 * (pipeline/sql_readers.c): they serialise runs of records into batches in parallel, and
 * ls__sdrv_sql_run does here, in order, for a whole run what on_record_common does for one
 * record. Streams, -j1 and small dumps keep the single reader.
 *
 * Typing columns needs samples before the full pass, and a stream cannot be read twice:
 * so the first SAMPLE_RECORDS records of each table are held back, typed from, and then
 * processed like the rest. A JSON path first seen after that (a field that only some
 * documents have) sends its input back to sampling for the new columns; the columns typed
 * before keep their types. Columns are positions for SQL (names from CREATE TABLE or the
 * column list) and field paths for JSON ("address.zip", "phones[]"). */
#include <errno.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>
#include <strings.h>
#include <unistd.h>
#define XXH_INLINE_ALL
#include <xxhash.h>

#include "common/macros.h"
#include "input/sigbus.h"
#include "parse/json.h"
#include "parse/sql.h"
#include "pipeline/analysis.h"
#include "pipeline/columns.h"
#include "pipeline/sql_readers.h"
#include "sniff/encoding.h"
#include "sniff/sniff.h"
#include "common/buf.h"

#define SAMPLE_RECORDS   2000u
#define SAMPLE_BYTES     ((size_t)64 << 20) /* records held back for typing, at most */
#define BATCH_BYTES      ((size_t)1 << 20)
#define MAP_CHUNK        ((size_t)64 << 20)
#define STREAM_CHUNK     ((size_t)8 << 20)
#define MAX_TRACKED      256u
#define PRESCAN_BYTES    ((size_t)4 << 20) /* of a JSON input's head, for keys that are data */
#define MAX_JSON_COLUMNS 4096u

typedef struct {
    input_t *in;
    bool typed;          /* the columns below typed_cols have types and sets */
    uint32_t typed_cols; /* columns typed so far */
    uint32_t width;      /* widest record seen (SQL tables without a declaration) */
    uint32_t declared;   /* columns declared by CREATE TABLE / a first column list */
    bool has_decl;
    uint32_t expect; /* values a record should have: the current column list's length */
    uint32_t *map;   /* the current column list's positions -> declared columns (NULL:
                      * the list is the declaration); UINT32_MAX for an unknown name */
    uint32_t map_len;
    vbatch_t *pend_head, *pend_tail;
    uint32_t pending;
    size_t pending_bytes;
} table_t;

typedef struct {
    ls_analysis *a;
    input_t *first; /* the file's own entry: its first table */
    ls_format format;
    ls_sql_parser *sql;
    ls_json_parser *json;
    table_t **tables; /* by id; each allocated alone, so pointers to a table stay valid */
    uint32_t ntables, tcap;
    ls_value *remap; /* SQL: a record's values with columns mapped to the declaration */
    uint32_t remap_cap;
    table_t *cur;    /* the table whose segment runs, or NULL */
    vsegment_t *seg; /* running segment (for cur) */
    vbatch_t *batch; /* being filled for the running segment */
    uint32_t *tags;  /* JSON: path id -> tag (hash of the path) */
    uint32_t ntags, tagcap;
    uint64_t prev_offset;
    table_t *last_table; /* the table of the last record: the bytes up to the next record's
                          * start are its own */
    ls_status err;
} sdrv_t;

/* ---- batches ------------------------------------------------------------------------------- */

static vbatch_t *batch_new(size_t need)
{
    vbatch_t *b = calloc(1, sizeof *b);
    if (!b) return NULL;
    b->cap = need > BATCH_BYTES ? need : BATCH_BYTES;
    b->data = malloc(b->cap);
    if (!b->data) {
        free(b);
        return NULL;
    }
    return b;
}

static void batch_free(vbatch_t *b)
{
    if (!b) return;
    memset(b->data, 0, b->len); /* personal data: wiped, not just freed */
    free(b->data);
    free(b);
}

static inline void put32(char *p, uint32_t v)
{
    memcpy(p, &v, 4);
}

static inline uint32_t get32(const char *p)
{
    uint32_t v;
    memcpy(&v, p, 4);
    return v;
}

/* Bytes one record takes in a batch. */
static size_t record_size(const ls_value *vals, uint32_t n)
{
    size_t need = LS_VREC_HEADER;
    for (uint32_t i = 0; i < n; i++)
        need += 12 + (vals[i].kind == LS_VAL_NULL ? 0 : vals[i].len);
    return need;
}

/* Append one record (layout in analysis.h) to b, which the caller made big enough
 * (record_size). `pr`: the problem byte, flags included. */
static void serialise(vbatch_t *b, const ls_value *vals, uint32_t n, uint8_t pr,
                      const uint32_t *tags)
{
    char *p = b->data + b->len;
    uint32_t vbytes = 0;
    for (uint32_t i = 0; i < n; i++)
        vbytes += vals[i].kind == LS_VAL_NULL ? 0 : vals[i].len;
    put32(p, n);
    p[4] = (char)pr;
    put32(p + 5, vbytes);
    p += LS_VREC_HEADER;
    for (uint32_t i = 0; i < n; i++) {
        const ls_value *v = &vals[i];
        bool null = v->kind == LS_VAL_NULL;
        /* the tag names the column in record keys: a JSON path's hash; a SQL column's
         * declared position (or, for a name the declaration lacks, its place in the list) */
        uint32_t tag = tags ? tags[v->col] : v->col != UINT32_MAX ? v->col : 0x80000000u | i;
        put32(p, v->col);
        put32(p + 4, tag);
        put32(p + 8, null ? LS_VNULL : v->len);
        p += 12;
        if (!null && v->len) {
            memcpy(p, v->p, v->len);
            p += v->len;
        }
    }
    b->len = (size_t)(p - b->data);
}

/* ---- tables and segments ------------------------------------------------------------------- */

static void end_segment(sdrv_t *d)
{
    if (!d->seg) return;
    if (d->batch && d->batch->len) {
        ls__segment_push(d->seg, d->batch);
        d->batch = NULL;
    }
    batch_free(d->batch);
    d->batch = NULL;
    ls_status st = ls__segment_end(d->seg);
    if (st != LS_OK && d->err == LS_OK) d->err = st;
    d->seg = NULL;
    d->cur = NULL;
}

static table_t *table_get(sdrv_t *d, uint32_t id)
{
    while (id >= d->ntables) {
        if (d->ntables == d->tcap) {
            uint32_t nc = d->tcap ? 2 * d->tcap : 8;
            table_t **n = realloc(d->tables, nc * sizeof *n);
            if (!n) return NULL;
            d->tables = n;
            d->tcap = nc;
        }
        table_t *t = calloc(1, sizeof *t);
        if (!t) return NULL;
        /* the file's entry is the first table; later tables get entries of their own */
        t->in = d->ntables == 0 ? d->first : ls__input_new(d->a, d->first->path);
        if (!t->in) {
            free(t);
            return NULL;
        }
        d->tables[d->ntables] = t;
        if (d->ntables > 0) {
            t->in->sniff.dialect.format = d->format;
            t->in->sniff.encoding = d->first->sniff.encoding;
            t->in->pub.compression = d->first->pub.compression;
            t->in->pub.mapped = d->first->pub.mapped;
        }
        d->ntables++;
    }
    return d->tables[id];
}

/* Make room for ncols columns in the input (zeroed), and names for them. */
static int grow_columns(input_t *in, uint32_t ncols)
{
    if (ncols <= in->cols_cap) return 0;
    uint32_t nc = in->cols_cap ? in->cols_cap : 16;
    while (nc < ncols)
        nc *= 2;
    column_t *n = realloc(in->cols, (size_t)nc * sizeof *n);
    if (!n) return -1;
    memset(n + in->cols_cap, 0, (size_t)(nc - in->cols_cap) * sizeof *n);
    in->cols = n;
    in->cols_cap = nc;
    return 0;
}

/* Replace the column names of an input (SQL: from CREATE TABLE or a column list). */
static int set_names(input_t *in, const char *const *names, const uint32_t *lens, uint32_t n)
{
    char **nn = calloc(n ? n : 1, sizeof *nn);
    if (!nn) return -1;
    for (uint32_t j = 0; j < n; j++) {
        if (!(nn[j] = strndup(names[j], lens[j]))) {
            for (uint32_t k = 0; k < j; k++)
                free(nn[k]);
            free(nn);
            return -1;
        }
    }
    for (uint32_t j = 0; j < in->sniff.column_count && in->sniff.column_names; j++)
        free(in->sniff.column_names[j]);
    free(in->sniff.column_names);
    in->sniff.column_names = nn;
    in->sniff.column_count = n;
    return 0;
}

/* JSON: names for the path ids below n. */
static int json_names(sdrv_t *d, input_t *in, uint32_t n)
{
    if (n <= in->sniff.column_count) return 0;
    char **nn = realloc(in->sniff.column_names, (size_t)n * sizeof *nn);
    if (!nn) return -1;
    in->sniff.column_names = nn;
    for (uint32_t j = in->sniff.column_count; j < n; j++) {
        nn[j] = strdup(ls_json_path_name(d->json, j));
        if (!nn[j]) return -1;
        in->sniff.column_count = j + 1;
    }
    return 0;
}

/* Type the table's columns not typed yet from its pending records, give them their sets,
 * then start its workers and hand them the pending records. */
static int type_and_start(sdrv_t *d, table_t *t)
{
    input_t *in = t->in;
    const ls_options *opt = &d->a->opt;
    uint32_t ncols;
    if (d->format == LS_FORMAT_SQL) {
        ncols = t->declared > t->width ? t->declared : t->width;
        /* a column costs ~1 KB (column_t, summary, report): a 2-byte value must not */
        if (ncols > MAX_JSON_COLUMNS) ncols = MAX_JSON_COLUMNS;
    } else {
        ncols = ls_json_path_count(d->json);
        if (ncols > MAX_JSON_COLUMNS) ncols = MAX_JSON_COLUMNS;
        if (json_names(d, in, ncols) != 0) return -1;
    }
    if (opt->no_columns) ncols = 0;
    if (ncols < t->typed_cols) ncols = t->typed_cols;
    if (grow_columns(in, ncols ? ncols : 1) != 0) return -1;
    uint32_t tracked = LS_MIN(ncols, MAX_TRACKED);
    if (ncols > t->typed_cols && !opt->no_detect) {
        /* samples: values of the pending records, up to LS_COLUMN_SAMPLE_VALUES a column */
        ls_column_sample *samples = calloc(tracked ? tracked : 1, sizeof *samples);
        ls_span **spans = calloc(tracked ? tracked : 1, sizeof *spans);
        int rc = samples && spans ? 0 : -1;
        /* single-byte encodings reach the classifier as UTF-8, like delimited text's */
        bool transcode = in->sniff.encoding != LS_ENCODING_UTF8;
        ls_buf arena = {0};
        for (vbatch_t *b = t->pend_head; rc == 0 && b; b = b->next) {
            const char *p = b->data, *end = b->data + b->len;
            while (rc == 0 && p < end) {
                uint32_t nv = get32(p);
                p += LS_VREC_HEADER;
                for (uint32_t i = 0; i < nv; i++) {
                    uint32_t col = get32(p), len = get32(p + 8);
                    const char *v = p + 12;
                    p = v + (len == LS_VNULL ? 0 : len);
                    if (rc != 0 || col >= tracked || len == LS_VNULL || len == 0 || len > 4096)
                        continue;
                    ls_column_sample *s = &samples[col];
                    if (s->nvalues >= LS_COLUMN_SAMPLE_VALUES) continue;
                    if (!spans[col] &&
                        !(spans[col] = malloc(LS_COLUMN_SAMPLE_VALUES * sizeof(ls_span)))) {
                        rc = -1;
                        continue;
                    }
                    if (transcode) {
                        /* the arena may move: keep the offset, made a pointer below */
                        if (ls_buf_reserve(&arena, 3 * (size_t)len)) {
                            rc = -1;
                            continue;
                        }
                        size_t off = arena.len;
                        arena.len +=
                            ls_transcode_to_utf8(in->sniff.encoding, v, len, arena.data + off);
                        spans[col][s->nvalues++] =
                            (ls_span){(const char *)(uintptr_t)off, (uint32_t)(arena.len - off)};
                    } else {
                        spans[col][s->nvalues++] = (ls_span){v, len};
                    }
                    s->values = spans[col];
                }
            }
        }
        for (uint32_t j = 0; transcode && rc == 0 && j < tracked; j++)
            for (size_t k = 0; k < samples[j].nvalues; k++)
                spans[j][k].p = arena.data + (uintptr_t)spans[j][k].p;
        if (rc == 0 && ls_columns_classify_values(in, t->typed_cols, tracked, samples) != LS_OK)
            rc = -1;
        for (uint32_t j = 0; spans && j < tracked; j++)
            free(spans[j]);
        free(spans);
        free(samples);
        if (arena.data) memset(arena.data, 0, arena.cap); /* personal data: wiped */
        ls_buf_free(&arena);
        if (rc != 0) return -1;
    }
    in->tracked_columns = tracked;
    if (ls__columns_setup(d->a, in, t->typed_cols, ncols) != LS_OK) return -1;
    t->typed_cols = ncols;
    t->typed = true;
    in->sniff.dialect.expected_fields = d->format == LS_FORMAT_SQL ? t->declared : 0;

    d->seg = ls__segment_start(d->a, in);
    if (!d->seg) return -1;
    d->cur = t;
    while (t->pend_head) {
        vbatch_t *b = t->pend_head;
        t->pend_head = b->next;
        ls__segment_push(d->seg, b);
    }
    t->pend_tail = NULL;
    t->pending = 0;
    t->pending_bytes = 0;
    return 0;
}

/* One record from either reader. `flags`: the field-count verdict (LS_VREC_TOO_MANY /
 * LS_VREC_TOO_FEW), or'ed into the problem byte. */
static int on_record_common(sdrv_t *d, table_t *t, const ls_value *vals, uint32_t n,
                            ls_vrec_problem pr, uint8_t flags, uint64_t offset)
{
    /* bytes from the previous record's start to this one's are the previous record's
     * (its table's); workers never write in->c before their segment ends, in this thread */
    table_t *owner = d->last_table ? d->last_table : t; /* the schema before the first row */
    if (offset > d->prev_offset) owner->in->c.bytes_analyzed += offset - d->prev_offset;
    d->prev_offset = offset;
    table_t *prev = d->last_table;
    d->last_table = t;
    if (n > t->width) t->width = n;
    if (d->cur && d->cur != t) end_segment(d);
    if (prev && prev != t && !prev->typed && prev->pend_head) {
        /* dumps write a table's rows together: the previous table will not grow its sample
         * much more, so it is typed and analysed now rather than held in memory */
        if (type_and_start(d, prev) != 0) return d->err = LS_ERR_NOMEM, -1;
        end_segment(d);
    }
    if (t->typed && d->format != LS_FORMAT_SQL && !d->a->opt.no_columns) {
        /* a field path first seen now: back to sampling for the new columns */
        uint32_t limit = LS_MIN(MAX_TRACKED, MAX_JSON_COLUMNS);
        for (uint32_t i = 0; i < n; i++)
            if (vals[i].col >= t->typed_cols && vals[i].col < limit) {
                end_segment(d);
                t->typed = false;
                break;
            }
    }
    size_t need = record_size(vals, n);
    if (!t->typed) {
        vbatch_t *b = t->pend_tail;
        if (!b || b->len + need > b->cap) {
            vbatch_t *nb = batch_new(need);
            if (!nb) return d->err = LS_ERR_NOMEM, -1;
            if (b)
                b->next = nb;
            else
                t->pend_head = nb;
            t->pend_tail = b = nb;
        }
        serialise(b, vals, n, (uint8_t)(pr | flags), d->format == LS_FORMAT_SQL ? NULL : d->tags);
        t->pending_bytes += need;
        if ((++t->pending >= SAMPLE_RECORDS || t->pending_bytes >= SAMPLE_BYTES) &&
            type_and_start(d, t) != 0)
            return d->err = LS_ERR_NOMEM, -1;
        return 0;
    }
    if (!d->seg) {
        d->seg = ls__segment_start(d->a, t->in);
        if (!d->seg) return d->err = LS_ERR_NOMEM, -1;
        d->cur = t;
    }
    if (d->batch && d->batch->len + need > d->batch->cap) {
        ls__segment_push(d->seg, d->batch);
        d->batch = NULL;
    }
    if (!d->batch && !(d->batch = batch_new(need))) return d->err = LS_ERR_NOMEM, -1;
    serialise(d->batch, vals, n, (uint8_t)(pr | flags),
              d->format == LS_FORMAT_SQL ? NULL : d->tags);
    return 0;
}

static int sql_on_table(void *ctx, uint32_t table, const char *name, size_t name_len,
                        const char *const *names, const uint32_t *lens, uint32_t ncols)
{
    sdrv_t *d = ctx;
    table_t *t = table_get(d, table);
    if (!t) return d->err = LS_ERR_NOMEM, -1;
    input_t *in = t->in;
    if (!in->table) {
        if (!(in->table = strndup(name, name_len))) return d->err = LS_ERR_NOMEM, -1;
    }
    if (!t->has_decl) {
        /* the first list (CREATE TABLE, or the first INSERT / COPY column list) declares
         * the columns */
        if (ncols && set_names(in, names, lens, ncols) != 0) return d->err = LS_ERR_NOMEM, -1;
        t->declared = t->expect = ncols;
        t->has_decl = ncols > 0;
        return 0;
    }
    /* A later column list: its values go to the declared columns of the same names
     * (`INSERT INTO t (email, name)` after `CREATE TABLE t (id, email, name)`); a name the
     * declaration lacks becomes a new column while the table is not typed yet, and is left
     * out of the columns after that (its values still make the record). */
    uint32_t *map = malloc((ncols ? ncols : 1) * sizeof *map);
    if (!map) return d->err = LS_ERR_NOMEM, -1;
    bool identity = ncols == t->declared;
    for (uint32_t i = 0; i < ncols; i++) {
        uint32_t j = 0, nd = in->sniff.column_count;
        for (; j < nd; j++) {
            const char *dn = in->sniff.column_names[j];
            if (strlen(dn) == lens[i] && strncasecmp(dn, names[i], lens[i]) == 0) break;
        }
        if (j == nd) {
            j = UINT32_MAX;
            if (!t->typed) {
                char **nn = realloc(in->sniff.column_names, (size_t)(nd + 1) * sizeof *nn);
                if (!nn || !(nn[nd] = strndup(names[i], lens[i]))) {
                    if (nn) in->sniff.column_names = nn;
                    free(map);
                    return d->err = LS_ERR_NOMEM, -1;
                }
                in->sniff.column_names = nn;
                in->sniff.column_count = nd + 1;
                t->declared = nd + 1;
                j = nd;
            }
        }
        map[i] = j;
        identity &= j == i;
    }
    free(t->map);
    t->map = identity ? NULL : map;
    t->map_len = ncols;
    if (identity) free(map);
    t->expect = ncols;
    return 0;
}

static int sql_on_record(void *ctx, uint32_t table, const ls_value *vals, uint32_t n,
                         ls_vrec_problem pr, uint64_t offset)
{
    sdrv_t *d = ctx;
    table_t *t = table_get(d, table);
    if (!t) return d->err = LS_ERR_NOMEM, -1;
    uint8_t flags = 0;
    if ((pr == LS_VREC_OK || pr == LS_VREC_NUL) && t->expect && n != t->expect)
        flags = n > t->expect ? LS_VREC_TOO_MANY : LS_VREC_TOO_FEW;
    if (t->map) {
        /* values to their declared columns */
        if (n > d->remap_cap) {
            uint32_t nc = d->remap_cap ? d->remap_cap : 64;
            while (nc < n)
                nc *= 2;
            ls_value *r = realloc(d->remap, (size_t)nc * sizeof *r);
            if (!r) return d->err = LS_ERR_NOMEM, -1;
            d->remap = r;
            d->remap_cap = nc;
        }
        for (uint32_t i = 0; i < n; i++) {
            d->remap[i] = vals[i];
            d->remap[i].col = i < t->map_len ? t->map[i] : UINT32_MAX;
        }
        vals = d->remap;
    }
    return on_record_common(d, t, vals, n, pr, flags, offset);
}

static int json_on_record(void *ctx, const ls_value *vals, uint32_t n, ls_vrec_problem pr,
                          uint64_t offset)
{
    sdrv_t *d = ctx;
    uint32_t np = ls_json_path_count(d->json);
    if (np > d->ntags) {
        if (np > d->tagcap) {
            uint32_t nc = d->tagcap ? d->tagcap : 64;
            while (nc < np)
                nc *= 2;
            uint32_t *nt = realloc(d->tags, (size_t)nc * sizeof *nt);
            if (!nt) return d->err = LS_ERR_NOMEM, -1;
            d->tags = nt;
            d->tagcap = nc;
        }
        /* a path's tag is a hash of its name, so the same document in two files (whose
         * paths were numbered in another order) has the same record key */
        for (uint32_t i = d->ntags; i < np; i++) {
            const char *name = ls_json_path_name(d->json, i);
            d->tags[i] = (uint32_t)XXH3_64bits(name, strlen(name));
        }
        d->ntags = np;
    }
    table_t *t = table_get(d, 0);
    if (!t) return d->err = LS_ERR_NOMEM, -1;
    return on_record_common(d, t, vals, n, pr, 0, offset);
}

/* ---- several readers (pipeline/sql_readers.c) ------------------------------------------------ */

int ls__sdrv_sql_table(void *drv, uint32_t table, const char *name, size_t name_len,
                       const char *const *names, const uint32_t *lens, uint32_t ncols)
{
    return sql_on_table(drv, table, name, name_len, names, lens, ncols);
}

/* Free a run's batches (after an error). */
static void run_free(ls__sql_run *run)
{
    while (run->head) {
        vbatch_t *b = run->head;
        run->head = b->next;
        batch_free(b);
    }
    run->tail = NULL;
}

/* The record at p in place: field-count flags for the table's expected count, values to
 * their declared columns (what sql_on_record does before serialising). */
static void run_fix(const table_t *t, char *p, bool flags)
{
    uint32_t n = get32(p);
    if (flags) {
        uint8_t pr = (uint8_t)p[4] & 0x0f, fl = 0;
        if ((pr == LS_VREC_OK || pr == LS_VREC_NUL) && t->expect && n != t->expect)
            fl = n > t->expect ? LS_VREC_TOO_MANY : LS_VREC_TOO_FEW;
        p[4] = (char)(pr | fl);
    }
    if (!t->map) return;
    char *v = p + LS_VREC_HEADER;
    for (uint32_t i = 0; i < n; i++) {
        uint32_t col = i < t->map_len ? t->map[i] : UINT32_MAX, len = get32(v + 8);
        put32(v, col);
        put32(v + 4, col != UINT32_MAX ? col : 0x80000000u | i);
        v += 12 + (len == LS_VNULL ? 0 : len);
    }
}

/* A run of records of one table, serialised by a reader: what on_record_common does for
 * each record, with the batches handed to the workers whole once the table is typed. */
int ls__sdrv_sql_run(void *drv, uint32_t table, ls__sql_run *run)
{
    sdrv_t *d = drv;
    table_t *t = table_get(d, table);
    if (!t) {
        run_free(run);
        return d->err = LS_ERR_NOMEM, -1;
    }
    if (!run->nrec) {
        run_free(run);
        return 0;
    }
    table_t *owner = d->last_table ? d->last_table : t;
    if (run->first_off > d->prev_offset)
        owner->in->c.bytes_analyzed += run->first_off - d->prev_offset;
    t->in->c.bytes_analyzed += run->inner_bytes;
    d->prev_offset = run->last_off;
    table_t *prev = d->last_table;
    d->last_table = t;
    if (d->cur && d->cur != t) end_segment(d);
    if (prev && prev != t && !prev->typed && prev->pend_head) {
        if (type_and_start(d, prev) != 0) {
            run_free(run);
            return d->err = LS_ERR_NOMEM, -1;
        }
        end_segment(d);
    }
    /* flags to recompute unless both counts give none or they agree */
    bool zero_now = !t->expect || !run->nhashed || run->uniform_n == t->expect;
    bool zero_then = !run->exp_used || !run->nhashed || run->uniform_n == run->exp_used;
    bool flags = run->exp_used != t->expect && !(zero_now && zero_then);
    bool fix = flags || t->map;
    while (run->head) {
        vbatch_t *b = run->head;
        char *p = b->data, *end = b->data + b->len;
        if (fix)
            for (char *r = p; r < end; r += LS_VREC_HEADER + 12 * (size_t)get32(r) + get32(r + 5))
                run_fix(t, r, flags);
        /* held back for typing: copied record by record into the table's pending batches */
        while (!t->typed && p < end) {
            uint32_t n = get32(p);
            size_t need = LS_VREC_HEADER + 12 * (size_t)n + get32(p + 5);
            if (n > t->width) t->width = n;
            vbatch_t *pb = t->pend_tail;
            if (!pb || pb->len + need > pb->cap) {
                vbatch_t *nb = batch_new(need);
                if (!nb) {
                    run_free(run);
                    return d->err = LS_ERR_NOMEM, -1;
                }
                if (pb)
                    pb->next = nb;
                else
                    t->pend_head = nb;
                t->pend_tail = pb = nb;
            }
            memcpy(pb->data + pb->len, p, need);
            pb->len += need;
            p += need;
            t->pending_bytes += need;
            if ((++t->pending >= SAMPLE_RECORDS || t->pending_bytes >= SAMPLE_BYTES) &&
                type_and_start(d, t) != 0) {
                run_free(run);
                return d->err = LS_ERR_NOMEM, -1;
            }
        }
        run->head = b->next;
        if (p == end) {
            batch_free(b);
            continue;
        }
        if (p > b->data) { /* the rest of a batch typing was decided in */
            size_t rest = (size_t)(end - p);
            memmove(b->data, p, rest);
            memset(b->data + rest, 0, b->len - rest); /* personal data: wiped */
            b->len = rest;
        }
        if (!d->seg) {
            d->seg = ls__segment_start(d->a, t->in);
            if (!d->seg) {
                batch_free(b);
                run_free(run);
                return d->err = LS_ERR_NOMEM, -1;
            }
            d->cur = t;
        }
        if (d->batch && d->batch->len) {
            ls__segment_push(d->seg, d->batch);
            d->batch = NULL;
        }
        ls__segment_push(d->seg, b);
    }
    run->tail = NULL;
    if (run->maxn > t->width) t->width = run->maxn;
    return 0;
}

/* ---- feeding --------------------------------------------------------------------------------- */

static int feed(sdrv_t *d, const char *p, size_t n)
{
    return d->sql ? ls_sql_parser_feed(d->sql, p, n) : ls_json_parser_feed(d->json, p, n);
}

/* Feed a mapping in large chunks under the SIGBUS guard. Returns 0, -1 when the reader
 * stopped (error in d->err), or 1 when the file shrank under us. *done: the offset fed up
 * to (the start of the chunk that faulted, after a fault). */
static int feed_mapping(sdrv_t *d, const char *map, size_t size, size_t start,
                        volatile size_t *done)
{
    ls_sigbus_guard guard;
    *done = start;
    if (sigsetjmp(guard.env, 1)) return 1;
    ls_sigbus_arm(&guard);
    int rc = 0;
    size_t released = 0, page = (size_t)sysconf(_SC_PAGESIZE);
    for (size_t off = start; off < size && rc == 0; off += MAP_CHUNK) {
        size_t n = LS_MIN(MAP_CHUNK, size - off);
        rc = feed(d, map + off, n) != 0 ? -1 : 0;
        *done = off + n;
        atomic_store(&d->a->prog_bytes, (uint64_t)(off + n));
        /* Pages the reader is past are dropped from the process (they stay in the page
         * cache; a read of them faults them back in, unchanged): resident memory holds a
         * window of the dump, not all of it. One chunk is kept behind, for good measure. */
        size_t upto = off > MAP_CHUNK ? (off - MAP_CHUNK) / page * page : 0;
        if (upto >= released + ((size_t)64 << 20)) {
            madvise((char *)map + released, upto - released, MADV_DONTNEED);
            released = upto;
        }
    }
    ls_sigbus_disarm();
    return rc;
}

/* Every entry of the file gets the status: the end of the input was not read (cut, read
 * error, corrupt compression, out of memory), and any table may have lost rows there. */
static void mark_all(sdrv_t *d, ls_status st, const char *msg)
{
    for (uint32_t i = 0; i < d->ntables; i++) {
        d->tables[i]->in->pub.truncated = true;
        ls__input_set_status(d->tables[i]->in, st, msg);
    }
    if (d->ntables == 0) {
        d->first->pub.truncated = true;
        ls__input_set_status(d->first, st, msg);
    }
}

/* A dump's encoding, by the rule the delimited-text sniffer uses: UTF-8 unless invalid
 * sequences are more than a trace of the text, then Windows-1252 (legacy latin1 MySQL
 * databases dump their bytes as they are). Read from the head, and for a mapping from
 * four more places; UTF-16 was transcoded on the way in. */
static ls_encoding sniff_encoding(const ls_source *src, const char *view, size_t view_len)
{
    uint64_t multibyte = 0, invalid = 0;
    const unsigned char *u = (const unsigned char *)view;
    ls_utf8_scan(u, LS_MIN(view_len, LS_SNIFF_HEAD_BYTES), &multibyte, &invalid);
    if (src->mapped && view_len > 4 * LS_SNIFF_HEAD_BYTES) {
        ls_sigbus_guard guard;
        if (sigsetjmp(guard.env, 1) == 0) {
            ls_sigbus_arm(&guard);
            for (int pct = 20; pct <= 80; pct += 20) {
                size_t off = (size_t)((double)view_len * pct / 100.0);
                ls_utf8_scan(u + off, LS_MIN(LS_SNIFF_SAMPLE_BYTES, view_len - off), &multibyte,
                             &invalid);
            }
        }
        ls_sigbus_disarm();
    }
    if (invalid == 0 || (multibyte > 0 && invalid * 20 < multibyte)) return LS_ENCODING_UTF8;
    return LS_ENCODING_CP1252;
}

ls_status ls__structured_analyse(ls_analysis *a, input_t *in, ls_source *src, const char *view,
                                 size_t view_len, ls_format format)
{
    sdrv_t d;
    memset(&d, 0, sizeof d);
    d.a = a;
    d.first = in;
    in->sniff.encoding = a->opt.encoding ? a->opt.encoding : sniff_encoding(src, view, view_len);
    size_t max_rec =
        a->opt.max_record_bytes ? a->opt.max_record_bytes : LS_DEFAULT_MAX_RECORD_BYTES;
    if (format == LS_FORMAT_SQL) {
        ls_sql_callbacks cb = {.ctx = &d, .on_table = sql_on_table, .on_record = sql_on_record};
        d.sql = ls_sql_parser_create(LS_SQL_AUTO, max_rec, &cb);
    } else {
        ls_json_callbacks cb = {.ctx = &d, .on_record = json_on_record};
        d.json = ls_json_parser_create(LS_JSON_AUTO, max_rec, &cb);
    }
    d.format = format;
    in->sniff.dialect.format = format;
    if (!d.sql && !d.json) return LS_ERR_NOMEM;

    size_t bom = view_len >= 3 && memcmp(view, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
    in->sniff.bom = bom > 0;
    /* JSON keyed by person ({"alice":{..}} per line): known as maps before the first record,
     * so no key that is data ever becomes a (printed) path */
    if (d.json && ls_json_parser_prescan(d.json, view + bom, LS_MIN(view_len - bom, PRESCAN_BYTES)))
        return ls_json_parser_free(d.json), LS_ERR_NOMEM;
    in->pub.compression = ls_compression_name(src->compression);
    uint64_t fed = 0;
    bool shrank = false, read_error = false;
    int read_errno = 0, rc = 0;
    if (ls__test_hook_before_workers) ls__test_hook_before_workers(in->path);
    if (src->mapped) {
        in->pub.mapped = true;
        in->pub.bytes = src->size;
        atomic_store(&a->prog_total, (uint64_t)src->size);
        volatile size_t done = 0;
        int r;
        if (d.sql && ls__sql_readers_wanted(a, src->size - bom)) {
            /* several readers (pipeline/sql_readers.c); the last parser, finished, replaces
             * d.sql for the statistics below */
            size_t pdone = bom;
            ls_sql_parser *last = NULL;
            r = ls__sql_readers_feed(a, &d, src->map, src->size, bom, &pdone, &last);
            done = pdone;
            if (last) {
                ls_sql_parser_free(d.sql);
                d.sql = last;
            }
        } else {
            r = feed_mapping(&d, src->map, src->size, bom, &done);
        }
        shrank = r == 1;
        rc = r < 0 ? -1 : 0;
        fed = done;
    } else {
        atomic_store(&a->prog_total, 0);
        rc = feed(&d, view + bom, view_len - bom);
        fed = view_len;
        atomic_store(&a->prog_bytes, fed);
        /* read to the end (a short read is not the end: an error may follow it) */
        bool eof = view_len < LS_SNIFF_HEAD_BYTES && !ls_source_failed(src);
        char *buf = eof ? NULL : malloc(STREAM_CHUNK);
        if (!eof && !buf) rc = -1, d.err = LS_ERR_NOMEM;
        while (!eof && rc == 0) {
            ssize_t r = ls_source_read(src, buf, STREAM_CHUNK);
            if (r < 0) {
                read_error = true;
                read_errno = errno;
                break;
            }
            if (r == 0) break;
            fed += (uint64_t)r;
            atomic_store(&a->prog_bytes, fed);
            rc = feed(&d, buf, (size_t)r);
        }
        free(buf);
        in->pub.bytes = fed;
    }
    if (rc == 0 && !shrank)
        rc = d.sql ? ls_sql_parser_finish(d.sql) : ls_json_parser_finish(d.json);
    if (rc != 0 && d.err == LS_OK) d.err = LS_ERR_NOMEM; /* the reader's own allocation */

    /* the tables still sampling (fewer records than the sample) are typed and run now */
    end_segment(&d);
    for (uint32_t i = 0; i < d.ntables && d.err == LS_OK; i++) {
        table_t *t = d.tables[i];
        if (t->typed && !t->pend_head) continue;
        if (type_and_start(&d, t) != 0) {
            d.err = LS_ERR_NOMEM;
            break;
        }
        end_segment(&d);
    }
    for (uint32_t i = 0; i < d.ntables; i++) {
        /* after an error, records still held back are dropped: say so by the status */
        while (d.tables[i]->pend_head) {
            vbatch_t *b = d.tables[i]->pend_head;
            d.tables[i]->pend_head = b->next;
            batch_free(b);
        }
    }
    /* bytes after the last record (the statement's end, trailing statements) */
    if (d.last_table && fed > bom && fed - bom > d.prev_offset)
        d.last_table->in->c.bytes_analyzed += fed - bom - d.prev_offset;

    ls_status st = d.err;
    char msg[256];
    if (st != LS_OK) {
        snprintf(msg, sizeof msg, "%s after %llu bytes: the records after it were not analysed",
                 ls_strerror(st), (unsigned long long)fed);
        mark_all(&d, st, msg);
    }
    if (d.sql) {
        ls_sql_stats s;
        ls_sql_parser_stats(d.sql, &s);
        const char *dialect = s.dialect == LS_SQL_POSTGRES ? "postgres" : "mysql";
        for (uint32_t i = 0; i < d.ntables; i++)
            d.tables[i]->in->pub.sql_dialect = dialect;
        if (d.ntables == 0) in->pub.sql_dialect = dialect;
        if (st == LS_OK && s.unterminated && !shrank) {
            snprintf(msg, sizeof msg,
                     "the dump ends inside a statement (cut short?): everything before it was "
                     "analysed");
            mark_all(&d, LS_ERR_TRUNCATED, msg);
            st = LS_ERR_TRUNCATED;
        }
    } else {
        ls_json_stats s;
        ls_json_parser_stats(d.json, &s);
        bool wrapped = s.mode == LS_JSON_WRAPPED;
        ls_format f = s.mode == LS_JSON_ARRAY || wrapped ? LS_FORMAT_JSON : LS_FORMAT_JSONL;
        in->sniff.dialect.format = f;
        in->c.blank_lines += s.blank_lines;
        const char *key = ls_json_records_key(d.json);
        if (wrapped && key && !(in->records_key = strdup(key)) && st == LS_OK) st = LS_ERR_NOMEM;
        if (st == LS_OK && s.unterminated && !shrank) {
            snprintf(msg, sizeof msg,
                     "the JSON %s ends without its closing '%c' (cut short?): the %llu records "
                     "before were analysed",
                     wrapped ? "object" : "array", wrapped ? '}' : ']',
                     (unsigned long long)s.records);
            mark_all(&d, LS_ERR_TRUNCATED, msg);
            st = LS_ERR_TRUNCATED;
        }
        /* what the reader saw and did not read as records is not dropped silently */
        if (st == LS_OK && s.other_record_arrays) {
            snprintf(msg, sizeof msg,
                     "%llu other array(s) of objects beside \"%s\" in the wrapping object were "
                     "not read as records",
                     (unsigned long long)s.other_record_arrays, key ? key : "?");
            mark_all(&d, LS_ERR_TRUNCATED, msg);
            st = LS_ERR_TRUNCATED;
        }
        if (st == LS_OK && s.trailing_garbage && f == LS_FORMAT_JSON) {
            snprintf(msg, sizeof msg,
                     "bytes after the end of the JSON %s (or a broken %s) were not read",
                     wrapped ? "object" : "array", wrapped ? "wrapper" : "array");
            mark_all(&d, LS_ERR_TRUNCATED, msg);
            st = LS_ERR_TRUNCATED;
        }
    }
    if (st == LS_OK && shrank) {
        snprintf(msg, sizeof msg,
                 "file truncated while mapped: records after the cut were not "
                 "read");
        mark_all(&d, LS_ERR_TRUNCATED, msg);
        st = LS_ERR_TRUNCATED;
    }
    if (st == LS_OK && read_error) {
        snprintf(msg, sizeof msg, "read error after %llu bytes: %s", (unsigned long long)fed,
                 strerror(read_errno));
        mark_all(&d, LS_ERR_READ, msg);
        st = LS_ERR_READ;
    }
    if (st == LS_OK && src->decoder) {
        char dmsg[200];
        ls_status dst = ls_source_decoder_status(src, dmsg, sizeof dmsg);
        if (dst != LS_OK) {
            snprintf(msg, sizeof msg, "%s; the %llu bytes decoded before it were analysed", dmsg,
                     (unsigned long long)fed);
            mark_all(&d, dst, msg);
            st = dst;
        }
    }
    if (src->transcode != LS_TRANSCODE_NONE)
        in->source_encoding =
            src->transcode == LS_TRANSCODE_UTF16LE ? LS_ENCODING_UTF16LE : LS_ENCODING_UTF16BE;
    in->pub.compressed_bytes = src->compression != LS_COMPRESSION_NONE && src->decoder
                                   ? ls_decoder_bytes_in(src->decoder)
                                   : 0;
    /* the first entry is published by the caller; the other tables' entries here */
    for (uint32_t i = 1; i < d.ntables; i++) {
        input_t *ti = d.tables[i]->in;
        ti->sniff.dialect.format = in->sniff.dialect.format;
        ti->source_encoding = in->source_encoding;
        ls__input_publish(a, ti);
    }
    ls_sql_parser_free(d.sql);
    ls_json_parser_free(d.json);
    for (uint32_t i = 0; i < d.ntables; i++) {
        free(d.tables[i]->map);
        free(d.tables[i]);
    }
    free(d.tables);
    free(d.tags);
    free(d.remap);
    return st;
}
