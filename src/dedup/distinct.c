#include "dedup/distinct.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "common/thread.h"
#include "dedup/dedup_kernel.h"

/* A partition holding less than one chunk is never written out: there is nothing to
 * free. */
#define MIN_SPILL_BYTES LS_ENGINE_CHUNK_BYTES

typedef struct {
    uint64_t off, n; /* n entries at byte offset off of the spill file */
} segment;

typedef struct {
    unsigned char *p;
    uint32_t n; /* entries used */
} chunk_ref;

typedef struct {
    pthread_mutex_t lock;
    chunk_ref *chunks; /* the log: full (or, from a freed stage, partial) chunks */
    size_t nchunks, chunks_cap;
    uint64_t entries; /* in the chunks */
    bool clean;       /* the chunks hold no duplicate and there are no spilled pieces */
    segment *segs;    /* spilled pieces: each duplicate-free, maybe overlapping each other */
    size_t nsegs, segs_cap;
    uint64_t seg_entries;
} part;

struct ls_distinct {
    ls_engine *eng;
    unsigned kw;
    bool counted;
    bool released; /* counted with keep = 0: only the count is left */
    uint64_t count;
    atomic_int failed;
    part parts[LS_DISTINCT_PARTITIONS];
};

static void relieve(ls_engine *e);

ls_distinct *ls_distinct_create(ls_engine *e, unsigned key_bytes)
{
    if (!e || (key_bytes != 8 && key_bytes != 16)) return NULL;
    ls_distinct *s = calloc(1, sizeof *s);
    if (!s) return NULL;
    s->eng = e;
    s->kw = key_bytes;
    for (unsigned i = 0; i < LS_DISTINCT_PARTITIONS; i++) {
        pthread_mutex_init(&s->parts[i].lock, NULL);
        s->parts[i].clean = true;
    }
    if (ls__engine_register(e, s) != 0) {
        for (unsigned i = 0; i < LS_DISTINCT_PARTITIONS; i++)
            pthread_mutex_destroy(&s->parts[i].lock);
        free(s);
        return NULL;
    }
    return s;
}

/* Give the chunks back to the pool (lock held or set private). */
static void part_drop_chunks(ls_distinct *s, part *p)
{
    for (size_t k = 0; k < p->nchunks; k++)
        ls__engine_chunk_put(s->eng, p->chunks[k].p);
    __atomic_store_n(&p->nchunks, 0, __ATOMIC_RELAXED); /* the spiller reads it unlocked */
    p->entries = 0;
}

static void part_drop_segments(ls_distinct *s, part *p)
{
    for (size_t k = 0; k < p->nsegs; k++)
        ls__engine_spill_release(s->eng, p->segs[k].off, p->segs[k].n * s->kw);
    p->nsegs = 0;
    p->seg_entries = 0;
}

/* Release everything a partition holds (lock held or set private). */
static void part_clear(ls_distinct *s, part *p)
{
    part_drop_chunks(s, p);
    part_drop_segments(s, p);
    free(p->chunks);
    p->chunks = NULL;
    p->chunks_cap = 0;
    free(p->segs);
    p->segs = NULL;
    p->segs_cap = 0;
    p->clean = true;
}

void ls_distinct_free(ls_distinct *s)
{
    if (!s) return;
    ls__engine_unregister(s->eng, s); /* waits for a spiller that is walking the sets */
    for (unsigned i = 0; i < LS_DISTINCT_PARTITIONS; i++) {
        part_clear(s, &s->parts[i]);
        pthread_mutex_destroy(&s->parts[i].lock);
    }
    free(s);
}

unsigned ls_distinct_key_bytes(const ls_distinct *s)
{
    return s->kw;
}

int ls_distinct_failed(const ls_distinct *s)
{
    return atomic_load(&s->failed);
}

size_t ls_distinct_memory(const ls_distinct *s)
{
    size_t n = 0;
    for (unsigned i = 0; i < LS_DISTINCT_PARTITIONS; i++)
        n += __atomic_load_n(&s->parts[i].nchunks, __ATOMIC_RELAXED) * LS_ENGINE_CHUNK_BYTES;
    return n;
}

/* Link a chunk of n entries to the end of p's log (lock held). -1 when out of memory. */
static int part_link(part *p, unsigned char *chunk, uint32_t n)
{
    if (p->nchunks == p->chunks_cap) {
        size_t ncap = p->chunks_cap ? p->chunks_cap * 2 : 16;
        chunk_ref *c = realloc(p->chunks, ncap * sizeof *c);
        if (!c) return -1;
        p->chunks = c;
        p->chunks_cap = ncap;
    }
    p->chunks[p->nchunks] = (chunk_ref){chunk, n};
    __atomic_store_n(&p->nchunks, p->nchunks + 1, __ATOMIC_RELAXED);
    p->entries += n;
    p->clean = false;
    return 0;
}

/* ---- stages ------------------------------------------------------------------------------ */

ls_distinct_stage *ls_distinct_stage_create(ls_distinct *s)
{
    ls_distinct_stage *st = calloc(1, sizeof *st);
    if (!st) return NULL;
    st->set = s;
    for (unsigned i = 0; i < LS_DISTINCT_PARTITIONS; i++)
        st->fill[i] = LS_ENGINE_CHUNK_BYTES; /* "full": the first add fetches a chunk */
    if (s->kw == 8 && !(st->cache = calloc(LS_DISTINCT_CACHE_SLOTS, sizeof *st->cache))) {
        free(st);
        return NULL;
    }
    return st;
}

/* Hand a stage's chunk for partition i to the set (if it holds anything). */
static void stage_link(ls_distinct_stage *st, unsigned i)
{
    ls_distinct *s = st->set;
    unsigned char *c = st->cur[i];
    st->cur[i] = NULL;
    if (!c || c == st->sink) return;
    if (st->fill[i] == 0) {
        ls__engine_chunk_put(s->eng, c);
        return;
    }
    part *p = &s->parts[i];
    uint32_t n = st->fill[i] / s->kw;
    pthread_mutex_lock(&p->lock);
    /* A part-filled chunk (a stage being freed) joins the log's last chunk when it fits:
     * otherwise every stage would leave up to 64 part-filled chunks per set behind. */
    chunk_ref *last = p->nchunks ? &p->chunks[p->nchunks - 1] : NULL;
    int rc;
    if (last && (size_t)(last->n + n) * s->kw <= LS_ENGINE_CHUNK_BYTES) {
        memcpy(last->p + (size_t)last->n * s->kw, c, (size_t)n * s->kw);
        last->n += n;
        p->entries += n;
        p->clean = false;
        rc = 1;
    } else {
        rc = part_link(p, c, n);
    }
    pthread_mutex_unlock(&p->lock);
    if (rc != 0) ls__engine_chunk_put(s->eng, c);
    if (rc < 0) atomic_store(&s->failed, 1);
}

void ls__distinct_next_chunk(ls_distinct_stage *st, unsigned i)
{
    ls_distinct *s = st->set;
    stage_link(st, i);
    unsigned char *c = ls__engine_chunk_get(s->eng);
    if (!c) {
        /* Out of memory: the set becomes a lower bound (the report says approximate), and
         * this partition's fingerprints go to the stage's sink until a chunk can be had. */
        atomic_store(&s->failed, 1);
        c = st->sink;
    }
    st->cur[i] = c;
    st->fill[i] = 0;
    if (ls__engine_over(s->eng)) relieve(s->eng);
}

int ls_distinct_stage_free(ls_distinct_stage *st)
{
    if (!st) return 0;
    for (unsigned i = 0; i < LS_DISTINCT_PARTITIONS; i++)
        stage_link(st, i);
    int rc = ls_distinct_failed(st->set) ? -1 : 0;
    free(st->cache);
    free(st);
    return rc;
}

/* ---- deduplicating a partition ----------------------------------------------------------- */

/* Copy p's chunks and spilled pieces into sc->gather, contiguous (lock held). Returns the
 * entries gathered, or (size_t)-1 when memory ran out. A piece that cannot be read back
 * is lost: the set is marked failed. */
static size_t part_gather(ls_distinct *s, part *p, ls_dedup_scratch *sc, bool with_segments)
{
    size_t n = p->entries + (with_segments ? p->seg_entries : 0);
    unsigned char *g = ls__dedup_gather(sc, n * s->kw);
    if (!g && n) return (size_t)-1;
    size_t at = 0;
    for (size_t k = 0; k < p->nchunks; k++) {
        memcpy(g + at * s->kw, p->chunks[k].p, (size_t)p->chunks[k].n * s->kw);
        at += p->chunks[k].n;
    }
    for (size_t k = 0; with_segments && k < p->nsegs; k++) {
        segment *sg = &p->segs[k];
        if (ls__engine_spill_read(s->eng, g + at * s->kw, sg->n * s->kw, sg->off) != 0)
            atomic_store(&s->failed, 1);
        else
            at += sg->n;
    }
    return at;
}

static size_t dedup_run(ls_distinct *s, unsigned char *g, size_t n, ls_dedup_scratch *sc)
{
    return s->kw == 8 ? ls__dedup64((uint64_t *)(void *)g, n, sc)
                      : ls__dedup128((ls_h128 *)(void *)g, n, sc);
}

/* Refill p's log with n entries from g (lock held; p has no chunks). */
static int part_refill(ls_distinct *s, part *p, const unsigned char *g, size_t n)
{
    size_t per = LS_ENGINE_CHUNK_BYTES / s->kw;
    for (size_t at = 0; at < n; at += per) {
        size_t m = n - at < per ? n - at : per;
        unsigned char *c = ls__engine_chunk_get(s->eng);
        if (!c) return -1;
        memcpy(c, g + at * s->kw, m * s->kw);
        if (part_link(p, c, (uint32_t)m) != 0) {
            ls__engine_chunk_put(s->eng, c);
            return -1;
        }
    }
    return 0;
}

/* Deduplicate everything p holds, spilled pieces included; keep the result in p's log
 * or, with keep = 0, only its size. Returns the distinct entries (lock held). */
static uint64_t part_settle(ls_distinct *s, part *p, int keep, ls_dedup_scratch *sc)
{
    if (p->clean && !p->nsegs) {
        uint64_t n = p->entries;
        if (!keep) part_drop_chunks(s, p);
        return n;
    }
    /* The pieces are dropped only once their deduplicated copy exists: out of memory here
     * leaves the partition as it was (the set is then marked failed, its count a lower
     * bound: 0 for this partition). */
    size_t n = part_gather(s, p, sc, true);
    size_t u = n == (size_t)-1 ? n : dedup_run(s, sc->gather, n, sc);
    if (u == (size_t)-1) {
        atomic_store(&s->failed, 1);
        return 0;
    }
    part_drop_chunks(s, p);
    part_drop_segments(s, p);
    if (keep && part_refill(s, p, sc->gather, u) != 0) atomic_store(&s->failed, 1);
    p->clean = true;
    return u;
}

/* ---- the spiller ----------------------------------------------------------------------- */

typedef struct {
    ls_distinct *set;
    unsigned part;
    size_t bytes;
} candidate;

static int by_size_desc(const void *a, const void *b)
{
    size_t x = ((const candidate *)a)->bytes, y = ((const candidate *)b)->bytes;
    return x < y ? 1 : x > y ? -1 : 0;
}

/* Write one partition's log out, deduplicated (lock held). Returns -1 when the engine can
 * no longer spill (the log is then left as it was: nothing lost). */
static int part_spill(ls_distinct *s, part *p, ls_dedup_scratch *sc)
{
    size_t n = part_gather(s, p, sc, false);
    if (n == (size_t)-1) return 0;
    size_t u = p->clean ? n : dedup_run(s, sc->gather, n, sc);
    if (u == (size_t)-1) return 0;
    if (p->nsegs == p->segs_cap) {
        size_t ncap = p->segs_cap ? p->segs_cap * 2 : 4;
        segment *g = realloc(p->segs, ncap * sizeof *g);
        if (!g) return 0;
        p->segs = g;
        p->segs_cap = ncap;
    }
    uint64_t off;
    if (ls__engine_spill_write(s->eng, sc->gather, u * s->kw, &off) != 0) return -1;
    p->segs[p->nsegs++] = (segment){off, u};
    p->seg_entries += u;
    part_drop_chunks(s, p);
    p->clean = false;
    return 0;
}

/* Bring the engine's memory back under its spill target by writing out the largest
 * partitions of all its sets, deduplicated. One thread at a time; the others go on
 * appending. A partition another thread holds is skipped (trylock): never a deadlock. */
static void relieve(ls_engine *e)
{
    if (!ls__engine_try_begin_relief(e)) return;
    ls_dedup_scratch sc = {.charge_to = e};
    ls__engine_lock(e);
    size_t nsets;
    ls_distinct **sets = ls__engine_sets(e, &nsets);
    candidate *c = malloc((nsets * LS_DISTINCT_PARTITIONS + 1) * sizeof *c);
    size_t nc = 0;
    for (size_t i = 0; c && i < nsets; i++)
        for (unsigned k = 0; k < LS_DISTINCT_PARTITIONS; k++) {
            size_t b = __atomic_load_n(&sets[i]->parts[k].nchunks, __ATOMIC_RELAXED) *
                       LS_ENGINE_CHUNK_BYTES;
            if (b >= MIN_SPILL_BYTES) c[nc++] = (candidate){sets[i], k, b};
        }
    if (c) qsort(c, nc, sizeof *c, by_size_desc);
    for (size_t i = 0; i < nc && ls__engine_bytes(e) > ls__engine_spill_target(e); i++) {
        part *p = &c[i].set->parts[c[i].part];
        if (pthread_mutex_trylock(&p->lock) != 0) continue;
        int rc = part_spill(c[i].set, p, &sc);
        pthread_mutex_unlock(&p->lock);
        if (rc != 0) break;
    }
    free(c);
    ls__engine_unlock(e);
    ls__dedup_scratch_free(&sc);
    ls__engine_end_relief(e, ls__engine_bytes(e) <= ls__engine_spill_target(e));
}

/* ---- counting ---------------------------------------------------------------------------- */

/* Entries below which a set is counted without helper threads. */
#define COUNT_ALONE ((uint64_t)1 << 16)

typedef struct {
    ls_distinct *s;
    int keep;
    atomic_uint next;
    _Atomic uint64_t total;
} count_job;

static void *count_worker(void *arg)
{
    count_job *j = arg;
    ls_distinct *s = j->s;
    ls_dedup_scratch sc = {.charge_to = s->eng};
    unsigned i;
    while ((i = atomic_fetch_add(&j->next, 1)) < LS_DISTINCT_PARTITIONS) {
        part *p = &s->parts[i];
        pthread_mutex_lock(&p->lock);
        atomic_fetch_add(&j->total, part_settle(s, p, j->keep, &sc));
        pthread_mutex_unlock(&p->lock);
        /* kept partitions add up: past the ceiling they are written out like any other */
        if (ls__engine_over(s->eng)) relieve(s->eng);
    }
    ls__dedup_scratch_free(&sc);
    return NULL;
}

int ls_distinct_count(ls_distinct *s, int keep, uint64_t *out)
{
    if (!s->counted) {
        count_job j = {.s = s, .keep = keep};
        unsigned nt = ls__engine_threads(s->eng);
        if (nt > LS_DISTINCT_PARTITIONS) nt = LS_DISTINCT_PARTITIONS;
        /* a small set is counted by this thread alone: starting helpers would cost more than
         * they save (a column of each of many small files) */
        uint64_t held = 0;
        for (unsigned i = 0; i < LS_DISTINCT_PARTITIONS; i++)
            held += s->parts[i].entries + s->parts[i].seg_entries;
        if (held < COUNT_ALONE) nt = 1;
        pthread_t th[LS_DISTINCT_PARTITIONS];
        unsigned started = 0;
        for (unsigned t = 1; t < nt; t++) {
            if (ls_thread_start(&th[started], count_worker, &j) != 0) break;
            started++;
        }
        count_worker(&j); /* this thread too; the others help if they could start */
        for (unsigned t = 0; t < started; t++)
            pthread_join(th[t], NULL);
        s->count = atomic_load(&j.total);
        s->counted = true;
        s->released = !keep;
    }
    *out = s->count;
    return ls_distinct_failed(s) ? -1 : 0;
}

int ls_distinct_visit(ls_distinct *s, ls_distinct_visitor cb, void *ctx)
{
    if (!s->counted || s->released) return -1;
    ls_dedup_scratch sc = {.charge_to = s->eng};
    int rc = 0;
    for (unsigned i = 0; i < LS_DISTINCT_PARTITIONS && rc == 0; i++) {
        part *p = &s->parts[i];
        pthread_mutex_lock(&p->lock);
        /* A kept partition may have been written out since it was counted: its pieces
         * then overlap nothing but may need deduplicating together again. */
        size_t n = part_gather(s, p, &sc, true);
        bool dirty = !p->clean || p->nsegs > 1 || (p->nsegs && p->nchunks);
        pthread_mutex_unlock(&p->lock);
        if (n == (size_t)-1) {
            atomic_store(&s->failed, 1);
            rc = -1;
            break;
        }
        size_t u = dirty ? dedup_run(s, sc.gather, n, &sc) : n;
        if (u == (size_t)-1) {
            atomic_store(&s->failed, 1);
            rc = -1;
            break;
        }
        if (u) rc = cb(ctx, sc.gather, u, s->kw);
    }
    ls__dedup_scratch_free(&sc);
    if (rc == 0 && ls_distinct_failed(s)) rc = -1;
    return rc;
}

int ls_distinct_drain_into(ls_distinct *dst, ls_distinct *src)
{
    /* Chunks and spill offsets are the engine's: only sets of one engine and one key size
     * can exchange them; a set whose content was released has nothing left to give. */
    if (dst == src || dst->eng != src->eng || dst->kw != src->kw || src->released || dst->released)
        return -1;
    uint64_t ignored;
    ls_distinct_count(src, 1, &ignored);
    if (ls_distinct_failed(src)) atomic_store(&dst->failed, 1);
    dst->counted = false;
    for (unsigned i = 0; i < LS_DISTINCT_PARTITIONS; i++) {
        part *p = &src->parts[i], *d = &dst->parts[i];
        pthread_mutex_lock(&p->lock);
        pthread_mutex_lock(&d->lock);
        /* Chunks and spilled pieces change hands as they are: the pool and the spill
         * file are the engine's, shared by both sets. Nothing is copied. */
        for (size_t k = 0; k < p->nchunks; k++)
            if (part_link(d, p->chunks[k].p, p->chunks[k].n) != 0) {
                atomic_store(&dst->failed, 1);
                ls__engine_chunk_put(src->eng, p->chunks[k].p);
            }
        __atomic_store_n(&p->nchunks, 0, __ATOMIC_RELAXED);
        p->entries = 0;
        if (p->nsegs) {
            segment *n = realloc(d->segs, (d->nsegs + p->nsegs) * sizeof *n);
            if (n) {
                memcpy(n + d->nsegs, p->segs, p->nsegs * sizeof *n);
                d->segs = n;
                d->nsegs += p->nsegs;
                d->segs_cap = d->nsegs;
                d->seg_entries += p->seg_entries;
                p->nsegs = 0;
                p->seg_entries = 0;
            } else {
                atomic_store(&dst->failed, 1);
            }
        }
        d->clean = false;
        pthread_mutex_unlock(&d->lock);
        part_clear(src, p);
        pthread_mutex_unlock(&p->lock);
    }
    return ls_distinct_failed(dst) ? -1 : 0;
}
