/* pipeline: one input at a time, N workers, one shared dedup space.
 *
 *  source ──► dispenser (splitter, under a lock) ──► batches ──► workers ──► hash sets
 *
 * The dispenser (pipeline/dispenser.h) hands out batches of whole records: for a mapped
 * file a batch is a range of the mapping; for a stream it is a range of a window buffer
 * that lives until its last batch is done. Whichever worker needs work runs the splitter (it is a
 * fast quote/newline scan), so -j1 is the same code with one thread, and the results are sums and
 * set unions: identical for every thread count.
 *
 * A worker commits each record atomically (counters, then staged hashes) after it has
 * read everything it needs from the input, so a SIGBUS (file truncated while mapped) can
 * only lose the record being read: the counts stay consistent with bytes_analyzed. */
#include "pipeline/analysis.h"

#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
/* xxHash inlined: most values are short, where the call overhead is most of the cost. */
#define XXH_INLINE_ALL
#include <xxhash.h>

#include "common/buf.h"
#include "common/macros.h"
#include "dedup/normalize.h"
#include "input/sigbus.h"
#include "input/walk.h"
#include "detect/validate.h"
#include "input/source.h"
#include "pipeline/columns.h"
#include "pipeline/vcache.h"
#include "pipeline/subjects.h"
#include "verdict/verdicts.h"
#include "pipeline/manifest.h"
#include "parse/values.h"
#include "parse/json.h"
#include "parse/sql.h"
#include "input/archive.h"
#include "pipeline/dispenser.h"
#include "pipeline/table_scan.h"
#include "sniff/tables.h"
#include "fingerprint/fp_analysis.h"

#define MAX_TRACKED_COLUMNS 256u

void (*ls__test_hook_before_workers)(const char *path) = NULL;

static input_t *new_input(ls_analysis *a, const char *path);
static void input_free(input_t *in);

/* ---- workers ----------------------------------------------------------------------------- */

/* A worker's own per-column counters, folded into the input's columns at the end. */
typedef struct {
    uint64_t non_empty, valid, invalid;
    uint64_t detail[LS_DETAIL_BUCKETS];
} wcol_t;

typedef struct {
    dispenser_t *ds;
    ls_analysis *a;
    input_t *in;
    ls_record *rec;
    unsigned id; /* index among the input's workers */
    ls_parse_memo memo;
    ls_buf ex, nm, tmp, vnorm;
    ls_distinct_stage *st_exact, *st_norm;
    ls_distinct_stage **st_cols;
    uint64_t cat_records[LS_TYPE__COUNT], cat_valid[LS_TYPE__COUNT];
    uint64_t *colhash;
    ls_vcache *vcache;   /* per tracked column: verdicts of recent short values */
    uint8_t *colkeep;    /* the value is non-empty */
    uint8_t *colverdict; /* ls_verdict of a validated column's value */
    uint32_t *coldetail;
    wcol_t *wcols;
    counts_t c;       /* committed counts */
    size_t committed; /* offset (in the batch's window) after the last committed record */
    bool fault;
    uint64_t fault_at;
    bool nomem;
    ls_subjects_worker subj; /* subject keys of the records (pipeline/subjects.c) */
    ls_sigw *sig;            /* fabrication signals: this worker's share (pipeline/signals.c) */
} worker_t;

static inline ls_h128 h128(const void *p, size_t n)
{
    XXH128_hash_t h = XXH3_128bits(p, n);
    return (ls_h128){h.low64, h.high64};
}

/* Column values: 64-bit fingerprints (distinct.h states the collision bound). */
static inline uint64_t h64(const void *p, size_t n)
{
    return XXH3_64bits(p, n);
}

/* Validate a value of validated column j through the worker's verdict cache (vcache.h):
 * the verdict and detail, the normal form in wk->vnorm (vn bytes) and, for a valid value,
 * its fingerprint in *hash. Exactly what ls_validate_ex and h64 would give. */
static inline ls_verdict validate_cached(worker_t *wk, uint32_t j, ls_type type, const char *v,
                                         size_t n, size_t *vn, uint32_t *detail, uint64_t *hash)
{
    ls_vcache *vc = &wk->vcache[j];
    if (!ls_vcache_on(vc)) {
        ls_verdict vd = ls_validate_ex(type, v, n, wk->vnorm.data, vn, detail);
        *hash = vd == LS_VERDICT_VALID ? h64(wk->vnorm.data, *vn) : 0;
        return vd;
    }
    ls_vcache_entry *ce = ls_vcache_slot(vc, v, n);
    if (ls_vcache_get(ce, v, n)) {
        vc->hits++;
        *vn = ce->nlen;
        *detail = ce->detail;
        memcpy(wk->vnorm.data, ce->norm, ce->nlen);
        *hash = ce->hnorm;
        return (ls_verdict)ce->verdict;
    }
    ls_verdict vd = ls_validate_ex(type, v, n, wk->vnorm.data, vn, detail);
    *hash = vd == LS_VERDICT_VALID ? h64(wk->vnorm.data, *vn) : 0;
    ls_vcache_put(ce, v, n, (uint8_t)vd, *detail, wk->vnorm.data, *vn, *hash);
    return vd;
}

static inline void put_u32(ls_buf *b, size_t at, uint32_t v)
{
    memcpy(b->data + at, &v, 4);
}

/* Process one record: everything that reads the input happens before the commit. */
static int process_record(worker_t *wk, const ls_record *rec, const char *data)
{
    input_t *in = wk->in;
    const ls_dialect *d = &in->sniff.dialect;
    const ls_encoding enc = in->sniff.encoding;
    size_t rlen = rec->end - rec->start;

    /* A line identical to the header inside the data: a concatenated export; skip it. */
    if (in->header_line_len && rlen == in->header_line_len &&
        memcmp(data + rec->start, in->header_line, rlen) == 0) {
        wk->c.repeated_headers++;
        return 0;
    }

    uint32_t nf = rec->nfields;
    uint32_t ntrack = LS_MIN(nf, in->tracked_columns);
    size_t need = (size_t)nf * 4 + 3 * rlen + 16;
    if (ls_buf_reserve(&wk->ex, need) || ls_buf_reserve(&wk->nm, need + (size_t)nf * 4) ||
        ls_buf_reserve(&wk->tmp, rlen + 1) || ls_buf_reserve(&wk->vnorm, LS_NORM_CAP(3 * rlen)))
        return -1;
    wk->ex.len = wk->nm.len = 0;
    uint64_t invalid = 0;
    for (uint32_t j = 0; j < nf; j++) {
        const ls_field *f = &rec->fields[j];
        const char *v = f->p;
        size_t vlen = f->len;
        if (f->escaped) {
            vlen = ls_field_unescape(d, f, wk->tmp.data);
            v = wk->tmp.data;
        }
        /* Length prefixes make the encoding injective: "a","bc" ≠ "ab","c". */
        size_t at = wk->ex.len;
        wk->ex.len += 4;
        size_t el = ls_exact_value(enc, v, vlen, wk->ex.data + wk->ex.len);
        put_u32(&wk->ex, at, (uint32_t)el);
        size_t nat = wk->nm.len;
        wk->nm.len += 4;
        size_t nl = ls_normalize_value(enc, v, vlen, wk->nm.data + wk->nm.len, &invalid);
        put_u32(&wk->nm, nat, (uint32_t)nl);
        if (j < ntrack) {
            const column_t *col = &in->cols[j];
            const char *ev = wk->ex.data + wk->ex.len;
            wk->colkeep[j] = nl > 0;
            if (nl > 0 && col->validated) {
                /* Typed column: validate the value; distinct counts are over valid values
                 * in the type's normal form (E.164, 15-char NIR, lower-case e-mail...). */
                size_t vn = 0;
                uint32_t detail = 0;
                uint64_t vh;
                ls_verdict vd = validate_cached(wk, j, col->type, ev, el, &vn, &detail, &vh);
                ls__sigw_value(wk->sig, j, vd, wk->vnorm.data, vn, detail);
                wk->colverdict[j] = (uint8_t)vd;
                wk->coldetail[j] = detail;
                if (vd == LS_VERDICT_VALID) wk->colhash[j] = vh;
            } else if (nl > 0) {
                wk->colhash[j] = h64(ev, el);
            }
        }
        wk->ex.len += el;
        wk->nm.len += nl;
    }
    ls_h128 he = h128(wk->ex.data, wk->ex.len);
    ls_h128 hn = h128(wk->nm.data, wk->nm.len);

    /* ---- commit: no input reads from here on ---- */
    counts_t *c = &wk->c;
    c->records++;
    bool malformed = false;
    if (d->expected_fields && nf != d->expected_fields &&
        !(rec->flags & (LS_REC_UNBALANCED | LS_REC_FIELDS_CAPPED))) {
        if (nf > d->expected_fields)
            c->too_many_fields++;
        else
            c->too_few_fields++;
        malformed = true;
    }
    if (rec->flags & LS_REC_FIELDS_CAPPED) {
        c->fields_capped++;
        if (!malformed) c->too_many_fields++;
        malformed = true;
    }
    if (rec->flags & LS_REC_UNBALANCED) c->unbalanced_quote++, malformed = true;
    if (rec->flags & LS_REC_NUL) c->nul_byte++, malformed = true;
    if (malformed) c->malformed++;
    if (rec->flags & LS_REC_STRAY_QUOTE) c->stray_quotes++;
    if (rec->flags & LS_REC_MULTILINE) c->multiline_records++;
    c->invalid_utf8 += invalid;
    ls_distinct_add128(wk->st_exact, he);
    ls_distinct_add128(wk->st_norm, hn);
    uint64_t types_seen = 0; /* a record counts once per category, whatever its columns */
    for (uint32_t j = 0; j < ntrack; j++) {
        if (!wk->colkeep[j]) continue;
        const column_t *col = &in->cols[j];
        wcol_t *w = &wk->wcols[j];
        w->non_empty++;
        if (!col->validated) {
            ls_distinct_add64(wk->st_cols[j], wk->colhash[j]);
            continue;
        }
        if (wk->colverdict[j] == LS_VERDICT_VALID) {
            w->valid++;
            uint32_t bucket = wk->coldetail[j] & 0xffu;
            if (bucket < LS_DETAIL_BUCKETS) w->detail[bucket]++;
            ls_distinct_add64(wk->st_cols[j], wk->colhash[j]);
            ls__subjects_offer(&wk->subj, col->type, wk->colhash[j]);
            wk->cat_valid[col->type]++;
            types_seen |= 1ull << col->type;
        } else if (wk->colverdict[j] == LS_VERDICT_INVALID) {
            w->invalid++;
        }
    }
    ls__subjects_commit(&wk->subj);
    while (types_seen) {
        int t = __builtin_ctzll(types_seen);
        wk->cat_records[t]++;
        types_seen &= types_seen - 1;
    }
    ls__sigw_record(wk->sig);
    return 0;
}

static void process_batch(worker_t *wk, const batch_t *b)
{
    const ls_dialect *d = &wk->in->sniff.dialect;
    const char *data = b->w->data;
    wk->committed = b->start;
    ls_sigbus_guard guard;
    if (sigsetjmp(guard.env, 1)) {
        /* The mapping shrank: keep what was committed, report the rest as not read. */
        wk->fault = true;
        uint64_t at = b->w->base + wk->committed;
        if (!wk->fault_at || at < wk->fault_at) wk->fault_at = at;
        wk->c.bytes_analyzed += wk->committed - b->start;
        return;
    }
    ls_sigbus_arm(&guard);
    /* A stream window is a fresh buffer (possibly at a recycled address): forget the memo.
     * A mapping never changes, so the memo carries over from batch to batch. */
    if (b->w->owned) ls_parse_memo_reset(&wk->memo);
    size_t pos = b->start;
    while (pos < b->end) {
        ls_scan_result r = ls_parse_record_memo(d, data, pos, b->avail, b->eof, wk->rec, &wk->memo);
        if (LS_UNLIKELY(r == LS_SCAN_NEED_MORE)) {
            /* The splitter promised whole records; this would be a bug. Count the rest as
             * one malformed record rather than lose it silently. */
            wk->c.records++;
            wk->c.malformed++;
            wk->c.internal_errors++;
            pos = b->end;
            break;
        }
        if (r == LS_SCAN_BLANK) {
            wk->c.blank_lines++;
        } else if (process_record(wk, wk->rec, data) != 0) {
            wk->nomem = true;
            pos = b->end;
            break;
        }
        pos = wk->rec->next;
        wk->committed = pos;
        __asm__ volatile("" ::: "memory"); /* the commit is in memory before the next read */
    }
    ls_sigbus_disarm();
    wk->c.bytes_analyzed += b->end - b->start;
    atomic_fetch_add(&wk->a->prog_bytes, b->end - b->start);
}

static void *worker_main(void *arg)
{
    worker_t *wk = arg;
    batch_t b;
    uint64_t last_records = 0;
    while (!wk->nomem && ls__dispenser_next(wk->ds, &b, wk->id)) {
        process_batch(wk, &b);
        ls__dispenser_done_with(wk->ds, b.w);
        atomic_fetch_add(&wk->a->prog_records, wk->c.records - last_records);
        last_records = wk->c.records;
        if (wk->fault) break;
    }
    return NULL;
}

static int worker_init(worker_t *wk, ls_analysis *a, input_t *in, dispenser_t *ds)
{
    memset(wk, 0, sizeof *wk);
    wk->a = a;
    wk->in = in;
    wk->ds = ds;
    uint32_t nt = in->tracked_columns, n1 = nt ? nt : 1;
    wk->rec = malloc(sizeof *wk->rec);
    wk->st_exact = ls_distinct_stage_create(a->exact);
    wk->st_norm = ls_distinct_stage_create(a->normalized);
    wk->st_cols = calloc(n1, sizeof *wk->st_cols);
    wk->colhash = calloc(n1, sizeof *wk->colhash);
    wk->vcache = calloc(n1, sizeof *wk->vcache);
    wk->colkeep = calloc(n1, 1);
    wk->colverdict = calloc(n1, 1);
    wk->coldetail = calloc(n1, sizeof *wk->coldetail);
    wk->wcols = calloc(n1, sizeof *wk->wcols);
    wk->sig = ls__sigw_new(a->signals, in); /* NULL: no signals, the analysis goes on */
    if (ls__subjects_worker_init(&wk->subj, a->subjects) != 0) return -1;
    if (!wk->rec || !wk->st_exact || !wk->st_norm || !wk->st_cols || !wk->colhash || !wk->vcache ||
        !wk->colkeep || !wk->colverdict || !wk->coldetail || !wk->wcols)
        return -1;
    for (uint32_t j = 0; j < nt; j++) {
        if (!(wk->st_cols[j] = ls_distinct_stage_create(in->cols[j].set))) return -1;
    }
    return 0;
}

/* Flush the worker's staged hashes and fold its counts into the input and analysis. */
static int worker_finish(worker_t *wk)
{
    int rc = 0;
    input_t *in = wk->in;
    rc |= ls_distinct_stage_free(wk->st_exact);
    rc |= ls_distinct_stage_free(wk->st_norm);
    rc |= ls__subjects_worker_finish(&wk->subj);
    for (uint32_t j = 0; j < in->tracked_columns && wk->st_cols; j++) {
        rc |= ls_distinct_stage_free(wk->st_cols[j]);
        if (!wk->wcols) continue;
        column_t *c = &in->cols[j];
        c->non_empty += wk->wcols[j].non_empty;
        c->valid += wk->wcols[j].valid;
        c->invalid += wk->wcols[j].invalid;
        for (int k = 0; k < LS_DETAIL_BUCKETS; k++)
            c->detail[k] += wk->wcols[j].detail[k];
    }
    for (int t = 0; t < LS_TYPE__COUNT; t++) {
        wk->a->cats[t].records += wk->cat_records[t];
        wk->a->cats[t].valid += wk->cat_valid[t];
    }
    counts_add(&in->c, &wk->c);
    ls__sigw_finish(wk->sig);
    free(wk->st_cols);
    free(wk->colhash);
    free(wk->vcache);
    free(wk->colkeep);
    free(wk->colverdict);
    free(wk->coldetail);
    free(wk->wcols);
    free(wk->rec);
    ls_buf_free(&wk->ex);
    ls_buf_free(&wk->nm);
    ls_buf_free(&wk->tmp);
    ls_buf_free(&wk->vnorm);
    return rc;
}

void counts_add(counts_t *to, const counts_t *from)
{
    const uint64_t *f = (const uint64_t *)from;
    uint64_t *t = (uint64_t *)to;
    for (size_t i = 0; i < sizeof(counts_t) / sizeof(uint64_t); i++)
        t[i] += f[i];
}

/* ---- structured records: value batches (SQL tuples, JSON documents) ----------------------- */

static inline uint32_t get_u32(const char *p)
{
    uint32_t v;
    memcpy(&v, p, 4);
    return v;
}

/* Process one serialised structured record (layout in analysis.h) and return the position
 * after it. Values live in the batch (owned memory, no SIGBUS possible), so every value is
 * committed as soon as it is read; a column can hold several values of one record (JSON
 * arrays: "phones[]"), each counted. A record that could not be parsed, or was too long,
 * is counted but not hashed: its values are not the record, and hashing what is left
 * would merge unrelated broken records. */
static const char *process_vrecord(worker_t *wk, const char *p)
{
    input_t *in = wk->in;
    const ls_encoding enc = in->sniff.encoding;
    counts_t *c = &wk->c;
    uint32_t nv = get_u32(p), vbytes = get_u32(p + 5);
    uint8_t pbyte = (uint8_t)p[4];
    ls_vrec_problem problem = (ls_vrec_problem)(pbyte & 0x0f);
    p += LS_VREC_HEADER;
    /* room for the whole record's keys at once: every value at its worst case */
    size_t need = LS_NORMALIZED_CAP(vbytes) + 12 * (size_t)nv + 16;
    if (ls_buf_reserve(&wk->ex, need) || ls_buf_reserve(&wk->nm, need) ||
        ls_buf_reserve(&wk->vnorm, LS_NORM_CAP(LS_NORMALIZED_CAP(vbytes)))) {
        wk->nomem = true;
        return NULL;
    }
    c->records++;
    bool hashed = problem == LS_VREC_OK || problem == LS_VREC_NUL;
    if (problem != LS_VREC_OK) c->malformed++;
    if (problem == LS_VREC_SYNTAX) c->syntax_errors++;
    if (problem == LS_VREC_OVERSIZED) c->oversized++;
    if (problem == LS_VREC_NUL) c->nul_byte++;
    if (problem == LS_VREC_TOO_DEEP) c->too_deep++;
    if (!hashed) c->not_deduplicated++;
    if (pbyte & (LS_VREC_TOO_MANY | LS_VREC_TOO_FEW)) {
        /* the reader compared the values with the columns of the list they came with */
        if (pbyte & LS_VREC_TOO_MANY)
            c->too_many_fields++;
        else
            c->too_few_fields++;
        if (problem == LS_VREC_OK) c->malformed++;
    }
    wk->ex.len = wk->nm.len = 0;
    uint64_t invalid = 0, types_seen = 0;
    for (uint32_t i = 0; i < nv; i++) {
        uint32_t col = get_u32(p), tag = get_u32(p + 4), len = get_u32(p + 8);
        const char *v = p + 12;
        bool null = len == LS_VNULL;
        size_t vlen = null ? 0 : len;
        p = v + vlen;
        /* key: the column's tag, the length (NULL apart from ''), the value */
        put_u32(&wk->ex, wk->ex.len, tag);
        size_t at = wk->ex.len + 4;
        wk->ex.len += 8;
        size_t el = null ? 0 : ls_exact_value(enc, v, vlen, wk->ex.data + wk->ex.len);
        put_u32(&wk->ex, at, null ? LS_VNULL : (uint32_t)el);
        put_u32(&wk->nm, wk->nm.len, tag);
        size_t nat = wk->nm.len + 4;
        wk->nm.len += 8;
        size_t nl = ls_normalize_value(enc, v, vlen, wk->nm.data + wk->nm.len, &invalid);
        put_u32(&wk->nm, nat, (uint32_t)nl); /* NULL and '' normalise alike */
        const char *ev = wk->ex.data + wk->ex.len;
        wk->ex.len += el;
        wk->nm.len += nl;
        if (!hashed || col >= in->tracked_columns || nl == 0) continue;
        const column_t *cl = &in->cols[col];
        wcol_t *w = &wk->wcols[col];
        w->non_empty++;
        if (!cl->validated) {
            ls_distinct_add64(wk->st_cols[col], h64(ev, el));
            continue;
        }
        size_t vn = 0;
        uint32_t detail = 0;
        uint64_t vh;
        ls_verdict vd = validate_cached(wk, col, cl->type, ev, el, &vn, &detail, &vh);
        ls__sigw_value(wk->sig, col, vd, wk->vnorm.data, vn, detail);
        if (vd == LS_VERDICT_VALID) {
            w->valid++;
            uint32_t bucket = detail & 0xffu;
            if (bucket < LS_DETAIL_BUCKETS) w->detail[bucket]++;
            ls_distinct_add64(wk->st_cols[col], vh);
            ls__subjects_offer(&wk->subj, cl->type, vh);
            wk->cat_valid[cl->type]++;
            types_seen |= 1ull << cl->type;
        } else if (vd == LS_VERDICT_INVALID) {
            w->invalid++;
        }
    }
    c->invalid_utf8 += invalid;
    if (hashed) {
        ls_distinct_add128(wk->st_exact, h128(wk->ex.data, wk->ex.len));
        ls_distinct_add128(wk->st_norm, h128(wk->nm.data, wk->nm.len));
    }
    ls__subjects_commit(&wk->subj);
    while (types_seen) {
        int t = __builtin_ctzll(types_seen);
        wk->cat_records[t]++;
        types_seen &= types_seen - 1;
    }
    ls__sigw_record(wk->sig);
    return p;
}

#define VQUEUE_MAX 8

struct vsegment {
    ls_analysis *a;
    input_t *in;
    pthread_mutex_t lock;
    pthread_cond_t nonempty, nonfull;
    vbatch_t *head, *tail;
    unsigned queued;
    bool closed;
    unsigned n, started;
    worker_t *wk;
    pthread_t *tid;
    bool init_failed;
};

static void vbatch_free(vbatch_t *b)
{
    if (!b) return;
    if (b->data) memset(b->data, 0, b->len); /* personal data: wiped, not just freed */
    free(b->data);
    free(b);
}

static vbatch_t *vqueue_pop(vsegment_t *s)
{
    pthread_mutex_lock(&s->lock);
    while (!s->head && !s->closed)
        pthread_cond_wait(&s->nonempty, &s->lock);
    vbatch_t *b = s->head;
    if (b) {
        s->head = b->next;
        if (!s->head) s->tail = NULL;
        s->queued--;
        pthread_cond_signal(&s->nonfull);
    }
    pthread_mutex_unlock(&s->lock);
    return b;
}

/* A worker of a segment: batches until the queue is closed and empty. After running out
 * of memory it keeps draining (and dropping) batches so the reader never blocks forever;
 * the input then reports LS_ERR_NOMEM. */
static void *vworker_main(void *arg)
{
    worker_t *wk = arg;
    vsegment_t *s = (vsegment_t *)wk->ds;
    vbatch_t *b;
    while ((b = vqueue_pop(s)) != NULL) {
        const char *p = b->data, *end = b->data + b->len;
        uint64_t before = wk->c.records;
        while (!wk->nomem && p && p < end)
            p = process_vrecord(wk, p);
        atomic_fetch_add(&wk->a->prog_records, wk->c.records - before);
        vbatch_free(b);
    }
    return NULL;
}

vsegment_t *ls__segment_start(ls_analysis *a, input_t *in)
{
    vsegment_t *s = calloc(1, sizeof *s);
    if (!s) return NULL;
    s->a = a;
    s->in = in;
    s->n = a->threads;
    s->wk = calloc(s->n, sizeof *s->wk);
    s->tid = calloc(s->n, sizeof *s->tid);
    pthread_mutex_init(&s->lock, NULL);
    pthread_cond_init(&s->nonempty, NULL);
    pthread_cond_init(&s->nonfull, NULL);
    if (!s->wk || !s->tid) {
        free(s->wk);
        free(s->tid);
        free(s);
        return NULL;
    }
    for (unsigned i = 0; i < s->n; i++) {
        if (worker_init(&s->wk[i], a, in, NULL) != 0) {
            s->wk[i].nomem = true;
            s->init_failed = true;
        }
        s->wk[i].ds = (dispenser_t *)(void *)s; /* the segment stands in for the dispenser */
    }
    for (; s->started < s->n; s->started++)
        if (pthread_create(&s->tid[s->started], NULL, vworker_main, &s->wk[s->started]) != 0) break;
    return s; /* started == 0: ls__segment_push processes in the caller's thread */
}

void ls__segment_push(vsegment_t *s, vbatch_t *b)
{
    b->next = NULL;
    if (s->started == 0) { /* no worker thread could start: process here */
        const char *p = b->data, *end = b->data + b->len;
        worker_t *wk = &s->wk[0];
        while (!wk->nomem && p && p < end)
            p = process_vrecord(wk, p);
        vbatch_free(b);
        return;
    }
    pthread_mutex_lock(&s->lock);
    while (s->queued >= VQUEUE_MAX)
        pthread_cond_wait(&s->nonfull, &s->lock);
    if (s->tail)
        s->tail->next = b;
    else
        s->head = b;
    s->tail = b;
    s->queued++;
    pthread_cond_signal(&s->nonempty);
    pthread_mutex_unlock(&s->lock);
}

ls_status ls__segment_end(vsegment_t *s)
{
    if (!s) return LS_ERR_NOMEM;
    pthread_mutex_lock(&s->lock);
    s->closed = true;
    pthread_cond_broadcast(&s->nonempty);
    pthread_mutex_unlock(&s->lock);
    for (unsigned i = 0; i < s->started; i++)
        pthread_join(s->tid[i], NULL);
    bool nomem = s->init_failed;
    for (unsigned i = 0; i < s->n; i++) {
        nomem |= s->wk[i].nomem;
        s->wk[i].ds = NULL;
        if (worker_finish(&s->wk[i]) != 0) nomem = true;
    }
    pthread_mutex_destroy(&s->lock);
    pthread_cond_destroy(&s->nonempty);
    pthread_cond_destroy(&s->nonfull);
    free(s->wk);
    free(s->tid);
    free(s);
    return nomem ? LS_ERR_NOMEM : LS_OK;
}

/* ---- one input ----------------------------------------------------------------------------- */

static void set_status(input_t *in, ls_status s, const char *msg)
{
    if (in->pub.status == LS_OK || in->pub.status == LS_ERR_RECORD_TOO_LONG) in->pub.status = s;
    if (msg && !in->pub.message[0]) snprintf(in->pub.message, sizeof in->pub.message, "%s", msg);
}

/* The workers for one input: a->threads of them, or only the calling thread where every
 * record is in view and they make one batch (a small file, a small archive member), as
 * no other worker would get any work: a directory or an archive of many small files then
 * starts no threads per file. The counts are the same for every number of workers. */
static ls_status run_workers(ls_analysis *a, input_t *in, dispenser_t *ds)
{
    unsigned n = ls__dispenser_one_batch(ds) ? 1 : a->threads;
    worker_t *wk = calloc(n, sizeof *wk);
    pthread_t *tid = calloc(n, sizeof *tid);
    ls_status st = LS_OK;
    if (!wk || !tid) {
        free(wk);
        free(tid);
        return LS_ERR_NOMEM;
    }
    unsigned started = 0, inited = 0;
    for (; inited < n; inited++)
        if (worker_init(&wk[inited], a, in, ds) != 0) {
            inited++;
            st = LS_ERR_NOMEM;
            break;
        }
    for (unsigned i = 0; i < inited; i++)
        wk[i].id = i;
    if (st == LS_OK) {
        if (n == 1) {
            worker_main(&wk[0]);
            started = 0;
        } else {
            for (; started < n; started++)
                if (pthread_create(&tid[started], NULL, worker_main, &wk[started]) != 0) break;
            if (started == 0) worker_main(&wk[0]); /* no thread at all: do the work here */
            for (unsigned i = 0; i < started; i++)
                pthread_join(tid[i], NULL);
        }
    }
    uint64_t fault_at = 0;
    bool fault = false, nomem = false;
    for (unsigned i = 0; i < inited; i++) {
        if (wk[i].fault && (!fault || wk[i].fault_at < fault_at)) fault_at = wk[i].fault_at;
        fault |= wk[i].fault;
        nomem |= wk[i].nomem;
        if (worker_finish(&wk[i]) != 0) nomem = true;
    }
    free(wk);
    free(tid);
    if (fault) {
        ds->truncated = true;
        if (!ds->truncated_at || fault_at < ds->truncated_at) ds->truncated_at = fault_at;
    }
    if (nomem && st == LS_OK) st = LS_ERR_NOMEM;
    return st;
}

/* A SIGBUS while the mapping is read before the workers start (sniffing, typing): the
 * file shrank under us; nothing was counted yet. */
static ls_status truncated_before_start(input_t *in, char *msg, size_t cap)
{
    snprintf(msg, cap, "file truncated while being read");
    in->pub.truncated = true;
    return LS_ERR_TRUNCATED;
}

/* Sniff under the SIGBUS guard: a fault here means the file shrank before we started. */
static ls_status sniff_guarded(const char *view, size_t len, bool whole, const ls_options *opt,
                               input_t *in)
{
    ls_sigbus_guard guard;
    if (sigsetjmp(guard.env, 1))
        return truncated_before_start(in, in->sniff.message, sizeof in->sniff.message);
    ls_sigbus_arm(&guard);
    /* stacked tables are looked for by the pipeline: a mapping's by find_mapped_tables, a
     * stream's as it is read (scan_window) */
    ls_status st = ls_sniff_no_tables(view, len, whole, opt, &in->sniff);
    ls_sigbus_disarm();
    return st;
}

/* Sniff table k (>= 2) of a mapping under the SIGBUS guard: the file may have shrunk since
 * its tables were found (the table's entry is then reported truncated, not the process
 * killed). */
static ls_status sniff_table_guarded(const char *view, size_t len, const ls_sniff_result *first,
                                     uint32_t k, const ls_options *opt, input_t *t)
{
    ls_sigbus_guard guard;
    if (sigsetjmp(guard.env, 1))
        return truncated_before_start(t, t->pub.message, sizeof t->pub.message);
    ls_sigbus_arm(&guard);
    ls_status st = ls_sniff_table(view, len, first, k, opt, &t->sniff);
    ls_sigbus_disarm();
    return st;
}

/* Whether a mapping's first table is scanned for further tables as its records are read
 * (pipeline/dispenser.h) rather than before the workers start: where nothing before them needs the
 * table's end, as the columns are not typed from samples taken all over it. */
static bool scans_while_reading(const ls_analysis *a)
{
    return (a->opt.no_columns || a->opt.no_detect) && ls__dispenser_scan_ahead();
}

/* The rest of a mapping's scan for tables, after its first table's workers found the
 * second (pipeline/dispenser.h), under the SIGBUS guard: where pread fails, the scan reads the
 * mapping. Takes the scanner. false: the file shrank meanwhile (nothing recorded). */
static bool finish_mapped_tables(ls_source *src, input_t *in, ls_table_scanner *s, uint64_t at)
{
    ls_sigbus_guard guard;
    if (sigsetjmp(guard.env, 1)) {
        ls__table_scanner_free(s);
        return false;
    }
    ls_sigbus_arm(&guard);
    ls__finish_mapped_tables(src, &in->sniff, s, at);
    ls_sigbus_disarm();
    return true;
}

/* A mapping's stacked tables (pipeline/table_scan.h), under the SIGBUS guard: the scan
 * reads the first table's first lines from the mapping. */
static ls_status find_mapped_tables(const ls_analysis *a, ls_source *src, input_t *in)
{
    ls_sigbus_guard guard;
    if (sigsetjmp(guard.env, 1))
        return truncated_before_start(in, in->sniff.message, sizeof in->sniff.message);
    ls_sigbus_arm(&guard);
    ls__find_mapped_tables(src, &in->sniff, ls__table_scan_plan(a->cores));
    ls_sigbus_disarm();
    return LS_OK;
}

/* Classify columns under the SIGBUS guard: the samples are read from the mapping. */
static ls_status classify_guarded(input_t *in, const char *view, size_t len, bool whole)
{
    ls_sigbus_guard guard;
    if (sigsetjmp(guard.env, 1))
        return truncated_before_start(in, in->pub.message, sizeof in->pub.message);
    ls_sigbus_arm(&guard);
    ls_status st = ls_columns_classify(in, view, len, whole);
    ls_sigbus_disarm();
    return st;
}

ls_status ls__columns_setup(ls_analysis *a, input_t *in, uint32_t from, uint32_t ncols)
{
    for (uint32_t j = from; j < ncols; j++) {
        column_t *c = &in->cols[j];
        if (j >= in->tracked_columns) c->validated = false;
        if (j < in->tracked_columns && !c->set && !(c->set = ls_distinct_create(a->engine, 8)))
            return LS_ERR_NOMEM;
        if (c->type != LS_TYPE_UNKNOWN && c->type < LS_TYPE__COUNT) a->cats[c->type].columns++;
    }
    if (ncols > in->column_count) in->column_count = ncols;
    return LS_OK;
}

/* Decide what the input is from its first bytes, under the SIGBUS guard (they may be a
 * mapping). A container is told by its magic; an archive member that is not data (an
 * image, a binary) is marked to be listed as skipped, as the directory walk does; SQL and
 * JSON by their sniffers, unless the caller forced a delimiter or a header (then it is
 * delimited text by order). */
static ls_status detect_kind_guarded(ls_analysis *a, input_t *in, const char *view, size_t view_len,
                                     ls_format *kind, ls_container *container)
{
    ls_sigbus_guard guard;
    if (sigsetjmp(guard.env, 1))
        return truncated_before_start(in, in->pub.message, sizeof in->pub.message);
    ls_sigbus_arm(&guard);
    const unsigned char *u = (const unsigned char *)view;
    *container = ls_container_sniff(u, view_len);
    if (*container == LS_CONTAINER_NONE && in->archive_depth > 0) {
        const char *why = ls_not_data_reason(u, LS_MIN(view_len, (size_t)4096));
        if (why) snprintf(in->skip_reason, sizeof in->skip_reason, "not data: %s", why);
    }
    if (*container == LS_CONTAINER_NONE && !in->skip_reason[0] && !a->opt.delimiter &&
        a->opt.header == LS_AUTO) {
        size_t bom = view_len >= 3 && memcmp(view, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
        size_t n = LS_MIN(view_len, LS_SNIFF_HEAD_BYTES);
        if (ls_sql_sniff(view + bom, n - bom))
            *kind = LS_FORMAT_SQL;
        else if (ls_json_sniff(view + bom, n - bom))
            *kind = LS_FORMAT_JSONL; /* the reader tells lines from an array */
    }
    ls_sigbus_disarm();
    return LS_OK;
}

static ls_status analyse_archive(ls_analysis *a, input_t *in, ls_source *src, ls_container ct,
                                 const char *view, size_t view_len);

/* Where a stream's table starts (its head's byte 0), how much of the stream was read
 * before its head, and, once read, where the next table starts with the bytes already
 * read from there (see scan_window). */
typedef struct {
    uint64_t base;       /* input offset of the head's first byte */
    uint64_t read;       /* bytes read from the source, this head included */
    uint64_t next_table; /* UINT64_MAX: none */
    char *rest;          /* the bytes read from next_table on (owned by the caller) */
    size_t rest_len;
    bool rest_eof;
    ls_table_scan_stop stop;
} stream_table;

static ls_status analyse_text(ls_analysis *a, input_t *in, ls_source *src, const char *view,
                              size_t view_len, char *head, size_t head_len, bool head_eof,
                              stream_table *tab);
static ls_status analyse_stream_tables(ls_analysis *a, input_t *in, ls_source *src,
                                       stream_table *tab, ls_status st);

/* The entry of table k (>= 2) of the delimited input `in` (R9): the same path, archive
 * member and read mode; NULL when memory runs out. */
static input_t *table_entry(ls_analysis *a, const input_t *in, uint32_t k)
{
    input_t *t = ls__input_new(a, in->path);
    if (!t || (in->archive && !(t->archive = strdup(in->archive))) ||
        (in->member && !(t->member = strdup(in->member))))
        return NULL;
    t->pub.archive = t->archive;
    t->pub.member = t->member;
    t->archive_depth = in->archive_depth;
    t->pub.table_number = k;
    t->pub.mapped = in->pub.mapped;
    return t;
}

static ls_status analyse_source(ls_analysis *a, input_t *in, ls_source *src)
{
    char *head = NULL;
    size_t head_len = 0;
    bool head_eof = false;
    const char *view;
    size_t view_len;
    if (src->mapped) {
        view = src->map;
        view_len = src->size;
        in->pub.mapped = true;
        in->pub.bytes = src->size;
    } else {
        head = malloc(LS_SNIFF_HEAD_BYTES);
        if (!head) return LS_ERR_NOMEM;
        ssize_t r = ls_source_read(src, head, LS_SNIFF_HEAD_BYTES);
        if (r < 0) {
            snprintf(in->pub.message, sizeof in->pub.message, "read error: %s", strerror(errno));
            free(head);
            return LS_ERR_READ;
        }
        if (r == 0) {
            free(head);
            ls_status dst = ls_source_decoder_status(src, in->pub.message, sizeof in->pub.message);
            if (dst != LS_OK) { /* damaged before the first decompressed byte */
                in->pub.truncated = true;
                in->pub.compression = ls_compression_name(src->compression);
                if (src->transcode != LS_TRANSCODE_NONE)
                    in->source_encoding = src->transcode == LS_TRANSCODE_UTF16LE
                                              ? LS_ENCODING_UTF16LE
                                              : LS_ENCODING_UTF16BE;
                if (src->compression != LS_COMPRESSION_NONE)
                    in->pub.compressed_bytes = ls_decoder_bytes_in(src->decoder);
                return dst;
            }
            snprintf(in->pub.message, sizeof in->pub.message, "empty input (0 bytes)");
            return LS_ERR_EMPTY;
        }
        head_len = (size_t)r;
        head_eof = head_len < LS_SNIFF_HEAD_BYTES && !ls_source_failed(src);
        view = head;
        view_len = head_len;
    }

    /* What the first bytes say: a container, a SQL dump or a JSON export, or else text
     * for the delimited-text sniffer. */
    ls_format kind = LS_FORMAT_UNKNOWN;
    ls_container container = LS_CONTAINER_NONE;
    ls_status st = detect_kind_guarded(a, in, view, view_len, &kind, &container);
    if (st != LS_OK) {
        free(head);
        return st;
    }
    if (container != LS_CONTAINER_NONE) {
        st = analyse_archive(a, in, src, container, view, view_len);
        free(head);
        return st;
    }
    if (in->skip_reason[0]) {
        free(head);
        return LS_OK;
    }
    if (kind != LS_FORMAT_UNKNOWN) {
        st = ls__structured_analyse(a, in, src, view, view_len, kind);
        free(head);
        return st;
    }

    st = sniff_guarded(view, view_len, src->mapped || head_eof, &a->opt, in);
    /* a mapping's tables before its workers, unless the dispenser finds them as they read */
    if (st == LS_OK && src->mapped && ls_sniff_wants_tables(&in->sniff, &a->opt) &&
        !scans_while_reading(a))
        st = find_mapped_tables(a, src, in);
    if (st != LS_OK) {
        snprintf(in->pub.message, sizeof in->pub.message, "%s", in->sniff.message);
        free(head);
        return st;
    }
    stream_table tab = {0, head_len, UINT64_MAX, NULL, 0, false, {LS_TABLE_SCAN_COMPLETE, 0}};
    st = analyse_text(a, in, src, view, view_len, head, head_len, head_eof,
                      src->mapped ? NULL : &tab);
    if (!src->mapped) return analyse_stream_tables(a, in, src, &tab, st);
    /* Stacked tables (sniff/tables.h, R9): each further table is sniffed on its own range
     * and read as an entry of its own, with the file's path; totals span them. A mapping's
     * tables were found by its sniff; a stream's are found as it is read (above). */
    uint32_t ntables = st == LS_OK ? in->sniff.ntables : 0;
    if (ntables > 1) in->pub.table_number = 1;
    for (uint32_t k = 2; k <= ntables && st == LS_OK; k++) {
        input_t *t = table_entry(a, in, k);
        if (!t) return LS_ERR_NOMEM;
        ls_status ts = sniff_table_guarded(view, view_len, &in->sniff, k, &a->opt, t);
        if (ts == LS_OK) ts = analyse_text(a, t, src, view, view_len, NULL, 0, false, NULL);
        if (ts != LS_OK) set_status(t, ts, ls_strerror(ts));
        ls__input_publish(a, t);
        if (ts == LS_ERR_NOMEM || ts == LS_ERR_TRUNCATED) st = ts;
    }
    return st;
}

/* A stream's stacked tables (R9), after its first table was read by analyse_text: each
 * further table gets an entry of its own (the file's path, "table": k), sniffed on its own
 * head — the bytes read from its start on, topped up to a sniffing head from the stream —
 * with the first table's encoding. As for a mapping, the file's bytes (and compressed
 * bytes) are the first table's entry's, and a stop of the scan is said there. `st` is the
 * first table's status, returned unless memory runs out. */
static ls_status analyse_stream_tables(ls_analysis *a, input_t *in, ls_source *src,
                                       stream_table *tab, ls_status st)
{
    uint32_t k = 1;
    while (tab->next_table != UINT64_MAX) {
        char *head = tab->rest;
        size_t len = tab->rest_len;
        bool eof = tab->rest_eof;
        tab->rest = NULL;
        if (k == 1) in->pub.table_number = 1;
        input_t *t = table_entry(a, in, ++k);
        if (!t) {
            free(head);
            return LS_ERR_NOMEM;
        }
        if (!eof && len < LS_SNIFF_HEAD_BYTES) { /* the buffer has room for a full head */
            ssize_t r = ls_source_read(src, head + len, LS_SNIFF_HEAD_BYTES - len);
            if (r < 0) r = 0; /* the dispenser's next read reports the error */
            tab->read += (uint64_t)r;
            eof = (size_t)r < LS_SNIFF_HEAD_BYTES - len && !ls_source_failed(src);
            len += (size_t)r;
        }
        ls_options o = a->opt;
        o.encoding = in->sniff.encoding;
        tab->base = tab->next_table;
        tab->next_table = UINT64_MAX;
        ls_status ts = ls_sniff_no_tables(head, len, eof, &o, &t->sniff);
        if (ts == LS_OK) {
            ts = analyse_text(a, t, src, head, len, head, len, eof, tab);
        } else {
            snprintf(t->pub.message, sizeof t->pub.message, "%s", t->sniff.message);
            free(head);
        }
        if (ts != LS_OK) set_status(t, ts, t->pub.message[0] ? t->pub.message : ls_strerror(ts));
        t->pub.bytes = 0;
        t->pub.compressed_bytes = 0;
        ls__input_publish(a, t);
        if (ts == LS_ERR_NOMEM) st = ts; /* a table's own damage is said on its own entry */
    }
    free(tab->rest);
    /* the whole stream's figures go to the first table's entry (as for a mapping) */
    in->pub.bytes = tab->read;
    if (src->compression != LS_COMPRESSION_NONE && src->decoder)
        in->pub.compressed_bytes = ls_decoder_bytes_in(src->decoder);
    ls_sniff_set_tables(&in->sniff, NULL, 0, tab->stop); /* a stop of the scan, if any */
    return st;
}

/* Read delimited text once sniffed (in->sniff): type the columns from samples, then run
 * the workers over [data_start, data_end). `head` (a stream's first bytes, or NULL for a
 * mapping) is owned from here on. For a stream, `tab` (NULL for a mapping) says where the
 * head stands in it, and gets where the next stacked table starts, with the bytes read
 * from there. */
static ls_status analyse_text(ls_analysis *a, input_t *in, ls_source *src, const char *view,
                              size_t view_len, char *head, size_t head_len, bool head_eof,
                              stream_table *tab)
{
    ls_status st;
    ls_sniff_result *sn = &in->sniff;
    const uint64_t base = tab ? tab->base : 0;
    if (sn->header_len) {
        in->header_line = malloc(sn->header_len);
        if (!in->header_line) {
            free(head);
            return LS_ERR_NOMEM;
        }
        memcpy(in->header_line, view + sn->header_start, sn->header_len);
        in->header_line_len = sn->header_len;
    }

    /* Columns: typed from samples (unless detection is off), each with its own set. */
    uint32_t ncols = sn->dialect.expected_fields;
    if (sn->column_count > ncols) ncols = sn->column_count;
    if (a->opt.no_columns) ncols = 0;
    in->column_count = ncols;
    in->tracked_columns = LS_MIN(ncols, MAX_TRACKED_COLUMNS);
    in->cols = calloc(ncols ? ncols : 1, sizeof *in->cols);

    /* The dispenser's first window: the mapping, or the head already read. */
    window_t *w = calloc(1, sizeof *w);
    if (!in->cols || !w) {
        free(w);
        free(head);
        return LS_ERR_NOMEM;
    }
    *w = (window_t){.data = view,
                    .len = view_len,
                    .base = base,
                    .eof = src->mapped || head_eof,
                    .owned = head, /* the window now owns the head buffer */
                    .refs = 1};
    dispenser_t ds;
    if (ls__dispenser_init(&ds, a, in, src, w, sn->data_start,
                           (src->mapped || head_eof) ? base + sn->data_end : UINT64_MAX,
                           tab ? tab->read : head_len) != 0)
        return LS_ERR_NOMEM;

    /* A stream's stacked tables (R9) are looked for as it is read: first in its head,
     * before the columns are typed from it (so that their samples are this table's). The
     * 64th table is not scanned: the most one file is split into. */
    if (tab && ls_sniff_wants_tables(sn, &a->opt) && sn->data_start < view_len) {
        if (in->pub.table_number >= LS_SNIFF_MAX_TABLES) {
            ds.tstop = (ls_table_scan_stop){LS_TABLE_SCAN_TOO_MANY_TABLES, base + sn->data_start};
        } else {
            ds.tscan = ls__table_scanner_create(&sn->dialect, sn->encoding, view, base,
                                                sn->data_start, LS_MIN(view_len, sn->data_end),
                                                (ls_line){sn->header_start, sn->header_len});
            ls__dispenser_scan_window(&ds);
            if (ds.next_table_at != UINT64_MAX) sn->data_end = (size_t)(ds.next_table_at - base);
        }
    }

    /* A mapping's first table, where nothing before the workers needs its end: scanned
     * for further tables as the workers read it (a further table's range is known). */
    if (!tab && src->mapped && in->pub.table_number == 0 && scans_while_reading(a) &&
        ls_sniff_wants_tables(sn, &a->opt))
        ls__dispenser_scan_as_read(&ds);

    st = LS_OK;
    if (!a->opt.no_detect && !a->opt.no_columns)
        st = classify_guarded(in, view, view_len, src->mapped || head_eof);
    in->column_count = 0;
    if (st == LS_OK && ls__columns_setup(a, in, 0, ncols) != LS_OK) st = LS_ERR_NOMEM;
    if (st != LS_OK) {
        ls__dispenser_destroy(&ds);
        return st;
    }
    atomic_store(&a->prog_total, src->mapped ? (uint64_t)src->size : 0);

    if (ls__test_hook_before_workers) ls__test_hook_before_workers(in->path);
    st = run_workers(a, in, &ds);
    if (ds.tfound && st == LS_OK && !ds.truncated) {
        /* a mapping's scan as the workers read found a table: the rest of the file */
        ls_table_scanner *tf = ds.tfound;
        ds.tfound = NULL;
        if (!finish_mapped_tables(src, in, tf, ds.next_table_at))
            ds.truncated = true, ds.truncated_at = ds.next_table_at;
    } else if (ds.scan_mapped && st == LS_OK && ds.tstop.reason != LS_TABLE_SCAN_COMPLETE) {
        ls_sniff_set_tables(sn, NULL, 0, ds.tstop);
    }

    /* a stream's next table: the bytes read from its start on go to its own analysis */
    bool next_table = false;
    if (tab) {
        tab->stop = ds.tstop;
        tab->read = ds.stream_bytes;
        const window_t *lw = ds.win;
        if (st == LS_OK && ds.next_table_at != UINT64_MAX && ds.next_table_at >= lw->base &&
            ds.next_table_at < lw->base + lw->len) {
            size_t from = (size_t)(ds.next_table_at - lw->base);
            tab->rest_len = lw->len - from;
            tab->rest = malloc(LS_MAX(tab->rest_len, LS_SNIFF_HEAD_BYTES));
            if (!tab->rest)
                st = LS_ERR_NOMEM;
            else
                memcpy(tab->rest, lw->data + from, tab->rest_len);
            tab->rest_eof = lw->eof;
            tab->next_table = ds.next_table_at;
            next_table = tab->rest != NULL;
        }
    }
    ls__dispenser_destroy(&ds);

    if (next_table) { /* its footnotes, if any, are the last table's */
        sn->footer_lines = 0;
        sn->footer_blank_lines = 0;
    }
    if (!src->mapped) in->pub.bytes = ds.stream_bytes;
    in->pub.compression = ls_compression_name(src->compression);
    if (src->transcode != LS_TRANSCODE_NONE)
        in->source_encoding =
            src->transcode == LS_TRANSCODE_UTF16LE ? LS_ENCODING_UTF16LE : LS_ENCODING_UTF16BE;
    in->pub.compressed_bytes = src->compression != LS_COMPRESSION_NONE && src->decoder
                                   ? ls_decoder_bytes_in(src->decoder)
                                   : 0;
    in->c.blank_lines += sn->footer_blank_lines + sn->leading_blank_lines;
    in->c.records += ds.oversized;
    in->c.malformed += ds.oversized;
    in->c.oversized += ds.oversized;
    in->c.not_deduplicated += ds.oversized;
    if (st != LS_OK) return st;
    if (ds.truncated) {
        long long now = ls_source_current_size(src);
        char msg[256];
        snprintf(msg, sizeof msg,
                 "file truncated while mapped (now %lld bytes, was %zu): records after byte "
                 "%llu were not read",
                 now, src->size, (unsigned long long)ds.truncated_at);
        in->pub.truncated = true;
        set_status(in, LS_ERR_TRUNCATED, msg);
        return LS_ERR_TRUNCATED;
    }
    if (src->decoder && !next_table) {
        /* everything that decompressed was analysed; say what was not (after the last
         * table: a later table's bytes are still to be analysed) */
        char dmsg[200];
        ls_status dst = ls_source_decoder_status(src, dmsg, sizeof dmsg);
        if (dst != LS_OK) {
            char msg[256];
            snprintf(msg, sizeof msg, "%s; the %llu bytes decoded before it were analysed", dmsg,
                     (unsigned long long)ds.stream_bytes);
            in->pub.truncated = true;
            set_status(in, dst, msg);
            return dst;
        }
    }
    if (ds.read_error) {
        char msg[256];
        snprintf(msg, sizeof msg, "read error after %llu bytes: %s",
                 (unsigned long long)ds.stream_bytes, strerror(ds.read_errno));
        in->pub.truncated = true;
        set_status(in, LS_ERR_READ, msg);
        return LS_ERR_READ;
    }
    if (ds.oversized) {
        char msg[256];
        snprintf(msg, sizeof msg,
                 "%llu record(s) longer than %zu bytes (first at byte %llu): counted as "
                 "malformed, not analysed",
                 (unsigned long long)ds.oversized, sn->dialect.max_record_bytes,
                 (unsigned long long)ds.first_oversized_at);
        set_status(in, LS_ERR_RECORD_TOO_LONG, msg);
        return LS_ERR_RECORD_TOO_LONG;
    }
    if (in->c.fields_capped) { /* the limit of parse/tokenize.h: never a silent wrong shape */
        char msg[256];
        snprintf(msg, sizeof msg,
                 "%llu record(s) with more than %u fields (the limit): the fields past the "
                 "%u-th were not analysed (counted as too_many_fields)",
                 (unsigned long long)in->c.fields_capped, LS_MAX_FIELDS, LS_MAX_FIELDS);
        set_status(in, LS_ERR_RECORD_TOO_LONG, msg);
        return LS_ERR_RECORD_TOO_LONG;
    }
    return LS_OK;
}

static const char *hash_family(uint32_t v)
{
    return ls_hash_family_name((ls_hash_family)v);
}
static const char *card_brand(uint32_t v)
{
    return ls_card_brand_name((ls_card_brand)v);
}
static const char *phone_kind(uint32_t v)
{
    return ls_phone_kind_name((ls_phone_kind)v);
}

/* Public view of column j. */
static void summarise_column(input_t *in, uint32_t j, ls_column_summary *cs)
{
    const ls_sniff_result *sn = &in->sniff;
    column_t *c = &in->cols[j];
    cs->index = j;
    cs->name = (sn->column_names && j < sn->column_count) ? sn->column_names[j] : NULL;
    cs->type = ls_type_name(c->type);
    cs->confidence = c->confidence;
    cs->header_hint = c->hint != LS_TYPE_UNKNOWN ? ls_type_name(c->hint) : NULL;
    cs->evidence = ls_evidence_name((ls_evidence)c->evidence);
    cs->listed_share = c->listed_share;
    cs->pii = ls_type_is_pii(c->type);
    cs->validated = c->validated;
    cs->non_empty = c->non_empty;
    cs->valid = c->valid;
    cs->invalid = c->invalid;
    cs->unique = LS_UNIQUE_UNKNOWN;
    if (j < in->tracked_columns && c->set) {
        /* A validated column's values join its category afterwards: keep them. */
        uint64_t u = 0;
        if (ls_distinct_count(c->set, c->validated && c->type < LS_TYPE__COUNT, &u) != 0)
            in->col_approximate = true;
        cs->unique = u;
    }
    for (unsigned k = 0; k < c->nsamples; k++)
        c->sample_ptrs[k] = c->samples[k];
    cs->sample_count = c->nsamples;
    cs->samples = c->sample_ptrs;
    /* The detail histogram a column reports: hash families, card brands, phone kinds. */
    const char *(*name)(uint32_t) = NULL;
    if (c->type == LS_TYPE_PASSWORD_HASH) name = hash_family, cs->families_label = "hash_families";
    if (c->type == LS_TYPE_CARD_NUMBER) name = card_brand, cs->families_label = "brands";
    if (c->type == LS_TYPE_PHONE) name = phone_kind, cs->families_label = "kinds";
    uint32_t nf = 0;
    for (uint32_t k = 0; name && k < LS_DETAIL_BUCKETS; k++)
        if (c->detail[k]) c->families[nf++] = (ls_family_count){name(k), c->detail[k]};
    cs->family_count = nf;
    cs->families = nf ? c->families : NULL;
}

/* Fill the public summary of an input from its state. */
static void publish(ls_analysis *a, input_t *in)
{
    ls_input_summary *p = &in->pub;
    const ls_sniff_result *sn = &in->sniff;
    const counts_t *c = &in->c;
    p->format = sn->dialect.format;
    p->encoding = in->source_encoding ? in->source_encoding : sn->encoding;
    p->bom = sn->bom;
    p->delimiter = sn->dialect.format == LS_FORMAT_LINES ? 0 : sn->dialect.delimiter;
    p->quote = sn->dialect.quote;
    p->header = sn->header;
    p->newline = sn->newline;
    p->expected_fields = sn->dialect.expected_fields;
    p->preamble_lines = sn->preamble_lines;
    p->header_rows = sn->header_rows;
    p->header_damaged = sn->header_damaged;
    p->header_evidence = sn->header_evidence[0] ? sn->header_evidence : NULL;
    p->table_scan_note = sn->table_scan_stopped ? sn->table_scan_note : NULL;
    p->table_scan_stopped_at = sn->table_scan_stopped_at;
    p->footer_lines = sn->footer_lines;
    p->records = c->records;
    p->malformed = c->malformed;
    p->blank_lines = c->blank_lines;
    p->bytes_analyzed = c->bytes_analyzed;
    p->malformed_by = (ls_malformed_counts){
        c->too_many_fields, c->too_few_fields, c->unbalanced_quote, c->nul_byte,
        c->oversized,       c->syntax_errors,  c->too_deep};
    p->records_not_deduplicated = c->not_deduplicated;
    p->table = in->table;
    p->json_records_key = in->records_key;
    p->anomalies = (ls_anomaly_counts){c->stray_quotes, c->multiline_records, c->invalid_utf8,
                                       c->repeated_headers};
    if (in->column_count && in->cols && in->col_summaries == NULL) {
        in->col_summaries = calloc(in->column_count, sizeof *in->col_summaries);
        for (uint32_t j = 0; in->col_summaries && j < in->column_count; j++)
            summarise_column(in, j, &in->col_summaries[j]);
    }
    p->column_count = in->col_summaries ? in->column_count : 0;
    p->columns = in->col_summaries;
    /* Column sets are done with. A validated column's distinct values join its category's
     * set (partition by partition, never both whole in memory: they were hashed once, not
     * once per column and once per category); the others were released when counted. */
    for (uint32_t j = 0; in->cols && j < in->column_count; j++) {
        column_t *col = &in->cols[j];
        if (col->set && ls_distinct_failed(col->set)) in->col_approximate = true;
        if (col->set && col->validated && col->type < LS_TYPE__COUNT) {
            category_t *cat = &a->cats[col->type];
            if (!cat->set) cat->set = ls_distinct_create(a->engine, 8);
            if (!cat->set || ls_distinct_drain_into(cat->set, col->set) != 0) cat->failed = true;
        }
        ls_distinct_free(col->set);
        col->set = NULL;
    }
}

input_t *ls__input_new(ls_analysis *a, const char *path)
{
    return new_input(a, path);
}

void ls__input_publish(ls_analysis *a, input_t *in)
{
    publish(a, in);
}

void ls__input_set_status(input_t *in, ls_status s, const char *msg)
{
    set_status(in, s, msg);
}

/* ---- the public API ------------------------------------------------------------------------ */

void ls_options_init(ls_options *opt)
{
    memset(opt, 0, sizeof *opt);
}

static double now_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

ls_analysis *ls_analysis_create(const ls_options *opt)
{
    ls_analysis *a = calloc(1, sizeof *a);
    if (!a) return NULL;
    if (opt)
        a->opt = *opt;
    else
        ls_options_init(&a->opt);
    a->cores = sysconf(_SC_NPROCESSORS_ONLN);
    a->threads = a->opt.threads ? a->opt.threads : (unsigned)(a->cores > 0 ? a->cores : 1);
    if (a->threads > 256) a->threads = 256;
    ls_engine_config ec = {
        .memory_limit = a->opt.memory_limit, .tmp_dir = a->opt.tmp_dir, .threads = a->threads};
    a->engine = ls_engine_create(&ec);
    a->exact = a->engine ? ls_distinct_create(a->engine, 16) : NULL;
    a->normalized = a->engine ? ls_distinct_create(a->engine, 16) : NULL;
    a->subjects = a->engine ? ls__subjects_create(a->engine) : NULL;
    if (!a->exact || !a->normalized || !a->subjects) {
        ls_analysis_free(a);
        return NULL;
    }
    a->t0 = now_seconds();
    a->signals = ls__signals_new(); /* NULL: the report lists no signals */
    ls__manifest_run_start(&a->run);
    ls_sigbus_install();
    return a;
}

static void input_free(input_t *in)
{
    for (uint32_t j = 0; in->cols && j < in->column_count; j++)
        ls_distinct_free(in->cols[j].set);
    free(in->cols);
    free(in->col_summaries);
    free(in->header_line);
    free(in->path);
    free(in->table);
    free(in->archive);
    free(in->member);
    free(in->records_key);
    ls_sniff_result_free(&in->sniff);
    free(in);
}

void ls_analysis_free(ls_analysis *a)
{
    if (!a) return;
    for (size_t i = 0; i < a->ninputs; i++)
        input_free(a->inputs[i]);
    free(a->inputs);
    for (int t = 0; t < LS_TYPE__COUNT; t++)
        ls_distinct_free(a->cats[t].set);
    free(a->cat_summaries);
    for (size_t i = 0; i < a->nskipped; i++) {
        free((char *)a->skipped[i].path);
        free((char *)a->skipped[i].reason);
    }
    free(a->skipped);
    ls_distinct_free(a->exact);
    ls_distinct_free(a->normalized);
    ls__subjects_free(a->subjects);
    ls__verdicts_free(a->verdicts);
    ls__signals_free(a->signals);
    ls__fp_run_free(a->fp);
    ls_engine_free(a->engine); /* after every set: closing it removes the spill file */
    free(a);
}

static input_t *new_input(ls_analysis *a, const char *path)
{
    if (a->ninputs == a->cap) {
        size_t nc = a->cap ? a->cap * 2 : 8;
        input_t **n = realloc(a->inputs, nc * sizeof *n);
        if (!n) return NULL;
        a->inputs = n;
        a->cap = nc;
    }
    input_t *in = calloc(1, sizeof *in);
    if (!in) return NULL;
    in->path = strdup(strcmp(path, "-") == 0 ? "<stdin>" : path);
    if (!in->path) {
        free(in);
        return NULL;
    }
    in->pub.path = in->path;
    in->pub.compression = "none";
    a->inputs[a->ninputs++] = in;
    return in;
}

static ls_status add_source(ls_analysis *a, input_t *in, ls_source *src)
{
    atomic_store(&a->prog_path, in->path);
    atomic_store(&a->prog_bytes, 0);
    ls_status st = analyse_source(a, in, src);
    if (!in->skip_reason[0]) ls__manifest_take(&in->pub, src); /* SHA-256 as received */
    if (st != LS_OK) {
        set_status(in, st, ls_strerror(st));
    }
    publish(a, in);
    atomic_store(&a->prog_path, NULL);
    return st;
}

/* Open the input (a path, or a descriptor when path is NULL), then analyse it. An input
 * that cannot be opened is still listed in the report, with the reason. */
static ls_status add_input(ls_analysis *a, const char *path, int fd, const char *name)
{
    input_t *in = new_input(a, name);
    LS_RETURN_ERROR_IF(!in, LS_ERR_NOMEM);
    ls_source src;
    ls_status st = path ? ls_source_open(path, &src, in->pub.message, sizeof in->pub.message)
                        : ls_source_from_fd(fd, &src, in->pub.message, sizeof in->pub.message);
    if (st != LS_OK) {
        in->pub.status = st;
        publish(a, in);
        return st;
    }
    st = add_source(a, in, &src);
    ls_source_close(&src);
    return st;
}

typedef struct {
    ls_analysis *a;
    ls_status first_bad;
    size_t files;
    bool nomem;
} walk_ctx;

static int record_skip(ls_analysis *a, const char *path, const char *reason)
{
    if (a->nskipped == a->skipped_cap) {
        size_t nc = a->skipped_cap ? 2 * a->skipped_cap : 16;
        ls_skipped_file *n = realloc(a->skipped, nc * sizeof *n);
        if (!n) return -1;
        a->skipped = n;
        a->skipped_cap = nc;
    }
    char *p = strdup(path), *r = strdup(reason);
    if (!p || !r) {
        free(p);
        free(r);
        return -1;
    }
    a->skipped[a->nskipped++] = (ls_skipped_file){p, r};
    return 0;
}

/* ---- archives ---------------------------------------------------------------------------- */

/* Containers nested deeper than this (an archive in an archive in an archive) are not
 * opened: one level of nesting is what sellers ship; more is a zip bomb's shape. Such an
 * archive is an entry with status nested_too_deep, and the run is partial. */
#define LS_ARCHIVE_MAX_DEPTH 3

typedef struct {
    ls_source *src;
} src_reader_ctx;

static ssize_t read_from_source(void *ctx, char *buf, size_t n)
{
    src_reader_ctx *c = ctx;
    return ls_source_read(c->src, buf, n);
}

static ssize_t read_from_fd(void *ctx, char *buf, size_t n)
{
    int fd = *(const int *)ctx;
    for (;;) {
        ssize_t r = read(fd, buf, n);
        if (r >= 0 || errno != EINTR) return r;
    }
}

static char *join_member_path(const char *archive, const char *member)
{
    size_t la = strlen(archive), lm = strlen(member);
    char *p = malloc(la + lm + 3);
    if (!p) return NULL;
    memcpy(p, archive, la);
    memcpy(p + la, "!/", 2);
    memcpy(p + la + 2, member, lm + 1);
    return p;
}

/* Analyse one member of an open archive as an input of its own, streamed through the
 * archive's feeder. A member that is not data, or empty, is listed as skipped instead;
 * damage met while delivering it marks the member's entry partial. */
static ls_status analyse_member(ls_analysis *a, input_t *arc_in, ls_archive *ar,
                                const ls_archive_member *m, bool *listed)
{
    *listed = false;
    char *display = join_member_path(arc_in->path, m->path);
    LS_RETURN_ERROR_IF(!display, LS_ERR_NOMEM);
    input_t *in = new_input(a, display);
    free(display);
    LS_RETURN_ERROR_IF(!in, LS_ERR_NOMEM);
    *listed = true;
    in->archive = strdup(arc_in->path);
    in->member = strdup(m->path);
    LS_RETURN_ERROR_IF(!in->archive || !in->member, LS_ERR_NOMEM);
    in->pub.archive = in->archive;
    in->pub.member = in->member;
    in->archive_depth = arc_in->archive_depth + 1;
    int mfd = -1;
    ls_status st = ls_archive_member_open(ar, &mfd);
    if (st != LS_OK) {
        ls__input_set_status(in, st, "cannot start reading the member");
        publish(a, in);
        return st;
    }
    ls_source src;
    st = ls_source_from_fd(mfd, &src, in->pub.message, sizeof in->pub.message);
    if (st == LS_OK) {
        st = add_source(a, in, &src);
        ls_source_close(&src);
    } else {
        in->pub.status = st;
    }
    close(mfd);
    char msg[256];
    ls_status ms = ls_archive_member_close(ar, msg, sizeof msg);
    if (ms != LS_OK) {
        /* the member's data stopped early: what was delivered is analysed, and said so */
        in->pub.truncated = true;
        in->pub.status = ms;
        snprintf(in->pub.message, sizeof in->pub.message, "%s", msg);
        return ms;
    }
    if (in->skip_reason[0] || in->pub.status == LS_ERR_EMPTY) {
        /* not data (or empty): listed with the reason, like a directory walk does */
        const char *why = in->skip_reason[0] ? in->skip_reason : "empty (0 bytes)";
        if (a->inputs[a->ninputs - 1] == in) {
            int rc = record_skip(a, in->path, why);
            a->ninputs--;
            input_free(in);
            *listed = false;
            return rc ? LS_ERR_NOMEM : LS_OK;
        }
    }
    return st;
}

/* A container: every regular member becomes an input of its own ("<archive>!/<member>").
 * The container keeps an entry too (format "archive", its member count, and the damage
 * when its directory cannot be read to the end). Zip and 7z files on disk are read with
 * seeking; anything else (a tar inside gzip/zstd, a nested member, a pipe) as a stream. */
static ls_status analyse_archive(ls_analysis *a, input_t *in, ls_source *src, ls_container ct,
                                 const char *view, size_t view_len)
{
    in->sniff.dialect.format = LS_FORMAT_ARCHIVE;
    in->pub.container = ls_container_name(ct);
    if (in->archive_depth >= LS_ARCHIVE_MAX_DEPTH) {
        /* not opened, so not read: the run is partial (issue 13), the entry says why */
        in->pub.status = LS_ERR_NESTED_TOO_DEEP;
        snprintf(in->pub.message, sizeof in->pub.message,
                 "%s archive nested more than %d levels deep: not opened (its content was not "
                 "read)",
                 ls_container_name(ct), LS_ARCHIVE_MAX_DEPTH - 1);
        return LS_ERR_NESTED_TOO_DEEP;
    }
    ls_archive *ar = NULL;
    ls_status st;
    src_reader_ctx rc = {src};
    bool seekable = src->compression == LS_COMPRESSION_NONE &&
                    src->transcode == LS_TRANSCODE_NONE && src->file_size &&
                    lseek(src->fd, 0, SEEK_SET) == 0;
    if (seekable) {
        st = ls_archive_open_fd(src->fd, &ar, in->pub.message, sizeof in->pub.message);
    } else {
        /* the head was read from the source already (never for a mapping) */
        st = ls_archive_open_reader(read_from_source, &rc, src->mapped ? NULL : view,
                                    src->mapped ? 0 : view_len, &ar, in->pub.message,
                                    sizeof in->pub.message);
    }
    if (st == LS_ERR_OPEN && strncmp(in->pub.message, "archive: not a ", 15) == 0) {
        /* the magic said a container and libarchive refused its first header: damage,
         * reported like a zip or 7z whose first header cannot be read */
        char why[sizeof in->pub.message];
        memcpy(why, in->pub.message, sizeof why);
        snprintf(in->pub.message, sizeof in->pub.message,
                 "%s: damaged at its first header, nothing could be read (%.160s)",
                 ls_container_name(ct), why + strlen("archive: "));
        st = LS_ERR_TRUNCATED;
    }
    if (st != LS_OK) {
        in->pub.truncated = st == LS_ERR_TRUNCATED;
        return st;
    }
    char msg[200];
    ls_archive_member m;
    int r;
    ls_status worst = LS_OK;
    uint64_t entries = 0, regular = 0;
    while ((r = ls_archive_next(ar, &m, msg, sizeof msg)) == 1) {
        entries++;
        if (!m.regular) continue; /* directories, links: no data of their own */
        regular++;
        bool listed;
        ls_status ms = analyse_member(a, in, ar, &m, &listed);
        if (listed) in->pub.members++;
        if (ms == LS_ERR_NOMEM) {
            worst = ms;
            break;
        }
    }
    /* A zip on disk is read through its central directory. When that directory cannot be
     * read, or lists nothing although the file opens with a member's local header, the
     * members are read again from their local headers (as from a pipe), skipping those
     * already analysed: the data is there, and the damage is reported. */
    if (seekable && ct == LS_CONTAINER_ZIP && worst == LS_OK && (r < 0 || entries == 0) &&
        view_len >= 4 && memcmp(view, "PK\x03\x04", 4) == 0 && lseek(src->fd, 0, SEEK_SET) == 0) {
        char why[200];
        snprintf(why, sizeof why, "%s", r < 0 ? msg : "zip: the central directory lists no member");
        uint64_t before = in->pub.members;
        ls_archive *ar2 = NULL;
        char omsg[200];
        if (ls_archive_open_reader(read_from_fd, &src->fd, NULL, 0, &ar2, omsg, sizeof omsg) ==
            LS_OK) {
            uint64_t skip = regular;
            int r2;
            while ((r2 = ls_archive_next(ar2, &m, msg, sizeof msg)) == 1) {
                if (!m.regular) continue;
                if (skip) {
                    skip--;
                    continue;
                }
                bool listed;
                ls_status ms = analyse_member(a, in, ar2, &m, &listed);
                if (listed) in->pub.members++;
                if (ms == LS_ERR_NOMEM) {
                    worst = ms;
                    break;
                }
            }
            ls_archive_free(ar2);
        }
        if (worst == LS_OK) {
            in->pub.truncated = true;
            char full[256];
            snprintf(full, sizeof full,
                     "%.150s; read again from the members' local headers: %llu more member(s) "
                     "analysed",
                     why, (unsigned long long)(in->pub.members - before));
            ls__input_set_status(in, LS_ERR_TRUNCATED, full);
            worst = LS_ERR_TRUNCATED;
            r = 0;
        }
    }
    in->pub.compression = src->compression != LS_COMPRESSION_NONE
                              ? ls_compression_name(src->compression)
                              : ls_archive_filter_name(ar);
    /* The container's own size is its compressed_bytes; its bytes are 0, the members'
     * bytes being counted on their entries (totals.bytes adds no byte twice). */
    in->pub.bytes = 0;
    in->pub.compressed_bytes = src->decoder     ? ls_decoder_bytes_in(src->decoder)
                               : src->file_size ? src->file_size
                                                : ls_archive_bytes_in(ar);
    if (r < 0 && worst == LS_OK) {
        in->pub.truncated = true;
        char full[256];
        snprintf(full, sizeof full, "%s; the %llu data member(s) before it were analysed", msg,
                 (unsigned long long)in->pub.members);
        ls__input_set_status(in, LS_ERR_TRUNCATED, full);
        worst = LS_ERR_TRUNCATED;
    }
    if (src->decoder && worst == LS_OK) {
        char dmsg[200];
        ls_status dst = ls_source_decoder_status(src, dmsg, sizeof dmsg);
        if (dst != LS_OK) {
            in->pub.truncated = true;
            ls__input_set_status(in, dst, dmsg);
            worst = dst;
        }
    }
    ls_archive_free(ar);
    return worst;
}

static int on_walk(void *vctx, const char *path, ls_walk_kind kind, const char *reason)
{
    walk_ctx *w = vctx;
    if (kind == LS_WALK_SKIP) {
        if (record_skip(w->a, path, reason) != 0) return w->nomem = true, -1;
        return 0;
    }
    if (kind == LS_WALK_ERROR) { /* not read: an input entry that failed, not a skip */
        input_t *in = new_input(w->a, path);
        if (!in) return w->nomem = true, -1;
        ls__input_set_status(in, LS_ERR_OPEN, reason);
        publish(w->a, in);
        if (w->first_bad == LS_OK) w->first_bad = LS_ERR_OPEN;
        return 0;
    }
    w->files++;
    ls_status st = add_input(w->a, path, -1, path);
    if (st == LS_ERR_NOMEM) return w->nomem = true, -1;
    if (st != LS_OK && w->first_bad == LS_OK) w->first_bad = st;
    return 0;
}

ls_status ls_analysis_add_path(ls_analysis *a, const char *path)
{
    LS_RETURN_ERROR_IF(!a || !path || a->finished, LS_ERR_INVALID_ARGUMENT);
    struct stat st;
    if (strcmp(path, "-") != 0 && stat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
        walk_ctx w = {a, LS_OK, 0, false};
        size_t skipped_before = a->nskipped;
        if (ls_walk_tree(path, on_walk, &w) != 0 || w.nomem) return LS_ERR_NOMEM;
        if (w.files == 0) {
            /* nothing to analyse: say so as an input of its own, so it is not lost */
            input_t *in = new_input(a, path);
            LS_RETURN_ERROR_IF(!in, LS_ERR_NOMEM);
            in->pub.status = LS_ERR_EMPTY;
            snprintf(in->pub.message, sizeof in->pub.message,
                     "directory holds no data file (%zu skipped)", a->nskipped - skipped_before);
            publish(a, in);
            return LS_ERR_EMPTY;
        }
        return w.first_bad;
    }
    return add_input(a, path, -1, path);
}

ls_status ls_analysis_add_fd(ls_analysis *a, int fd, const char *name)
{
    LS_RETURN_ERROR_IF(!a || fd < 0 || a->finished, LS_ERR_INVALID_ARGUMENT);
    return add_input(a, NULL, fd, name ? name : "<fd>");
}

ls_status ls_analysis_finish(ls_analysis *a)
{
    LS_RETURN_ERROR_IF(!a, LS_ERR_INVALID_ARGUMENT);
    if (a->finished) return LS_OK;
    ls_totals *t = &a->totals;
    memset(t, 0, sizeof *t);
    uint64_t not_dedup = 0;
    for (size_t i = 0; i < a->ninputs; i++) {
        const input_t *in = a->inputs[i];
        t->inputs++;
        if (in->pub.status != LS_OK) t->inputs_failed++;
        t->bytes += in->pub.bytes;
        t->records += in->c.records;
        if (in->col_approximate) t->approximate = true; /* a column's unique is a lower bound */
        t->malformed += in->c.malformed;
        not_dedup += in->c.not_deduplicated;
    }
    /* The two record sets hold one fingerprint per hashed record until they are counted
     * (released as they are: only their count is needed). */
    t->dedup_memory_bytes = ls_distinct_memory(a->exact) + ls_distinct_memory(a->normalized);
    /* issue 10: the fingerprint file, from the sets before they are released */
    ls_status fpst = ls__fp_analysis_write(a);
    bool approx = ls_distinct_count(a->exact, 0, &t->unique_records) != 0;
    approx |= ls_distinct_count(a->normalized, 0, &t->unique_records_normalized) != 0;
    t->records_not_deduplicated = not_dedup;
    uint64_t hashed = t->records - not_dedup;
    t->duplicate_records = hashed >= t->unique_records ? hashed - t->unique_records : 0;
    t->approximate |= approx;

    /* Categories: every type some column was given, except the non-PII leftovers. */
    a->cat_summaries = calloc(LS_TYPE__COUNT, sizeof *a->cat_summaries);
    if (!a->cat_summaries) return LS_ERR_NOMEM;
    for (int ty = 0; ty < LS_TYPE__COUNT; ty++) {
        const category_t *c = &a->cats[ty];
        if (!c->columns || ty == LS_TYPE_UNKNOWN || ty == LS_TYPE_NUMBER || ty == LS_TYPE_FREE_TEXT)
            continue;
        ls_category_summary *cs = &a->cat_summaries[a->ncat++];
        cs->type = ls_type_name((ls_type)ty);
        cs->group = ls_type_group((ls_type)ty);
        cs->pii = ls_type_is_pii((ls_type)ty);
        cs->special_category = ls_type_is_special_category((ls_type)ty);
        cs->columns = c->columns;
        cs->records = c->records;
        cs->valid = c->valid;
        cs->validated = c->set != NULL;
        cs->unique = 0;
        if (c->set && ls_distinct_count(c->set, 0, &cs->unique) != 0) t->approximate = true;
        if (c->failed) t->approximate = true;
    }
    ls_status sst = ls__subjects_finish(a); /* its sets count before the engine's figures */
    ls_engine_stats es;
    ls_engine_get_stats(a->engine, &es);
    a->engine_stats = es;
    a->engine_summary = (ls_engine_summary){
        .memory_limit = es.memory_limit,
        .peak_memory = es.peak_bytes,
        .spilled_bytes = es.spilled_bytes,
        .spill_writes = es.spill_writes,
        .spill_failed = es.spill_failed,
        .spill_read_failed = es.spill_read_failed,
        .ceiling_kept = es.peak_bytes <= es.memory_limit,
        .spill_error = a->engine_stats.spill_error,
        .tmp_dir = a->engine_stats.tmp_dir,
        .record_fingerprint_bits = 128,
        .value_fingerprint_bits = 64,
    };
    t->seconds = now_seconds() - a->t0;
    a->finished = true;
    ls__signals_compute(a);
    ls__manifest_run_end(&a->run);
    if (sst != LS_OK || ls__verdicts_compute(a) != LS_OK) return LS_ERR_NOMEM;
    return fpst;
}

size_t ls_analysis_skipped_count(const ls_analysis *a)
{
    return a ? a->nskipped : 0;
}

const ls_skipped_file *ls_analysis_skipped(const ls_analysis *a, size_t i)
{
    return (a && i < a->nskipped) ? &a->skipped[i] : NULL;
}

size_t ls_analysis_category_count(const ls_analysis *a)
{
    return (a && a->finished) ? a->ncat : 0;
}

const ls_category_summary *ls_analysis_category(const ls_analysis *a, size_t i)
{
    return (a && a->finished && i < a->ncat) ? &a->cat_summaries[i] : NULL;
}

void ls_analysis_progress(const ls_analysis *a, ls_progress *out)
{
    ls_analysis *m = (ls_analysis *)a; /* atomics only */
    out->path = atomic_load(&m->prog_path);
    out->bytes_done = atomic_load(&m->prog_bytes);
    out->bytes_total = atomic_load(&m->prog_total);
    out->records_done = atomic_load(&m->prog_records);
    out->seconds = now_seconds() - a->t0;
}

size_t ls_analysis_input_count(const ls_analysis *a)
{
    return a ? a->ninputs : 0;
}

const ls_input_summary *ls_analysis_input(const ls_analysis *a, size_t i)
{
    return (a && i < a->ninputs) ? &a->inputs[i]->pub : NULL;
}

const ls_engine_summary *ls_analysis_engine(const ls_analysis *a)
{
    return a && a->finished ? &a->engine_summary : NULL;
}

const ls_totals *ls_analysis_totals(const ls_analysis *a)
{
    return (a && a->finished) ? &a->totals : NULL;
}
