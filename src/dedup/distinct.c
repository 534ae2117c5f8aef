#include "dedup/distinct.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "common/thread.h"
#include "dedup/dedup_kernel.h"

/* A partition smaller than this is never written out: the write would cost more than the
 * memory it frees. */
#define MIN_SPILL_BYTES ((size_t)16 << 10)
#define MIN_CAP_ENTRIES 256

typedef struct {
    uint64_t off, n; /* n entries at byte offset off of the spill file */
} segment;

typedef struct {
    pthread_mutex_t lock;
    unsigned char *buf;
    size_t len, cap; /* entries */
    size_t charged;  /* bytes charged to the engine for this partition: len * key size */
    bool clean;      /* buf[0..len) holds no duplicate (and is not awaiting appends) */
    segment *segs;   /* spilled pieces: each duplicate-free, maybe overlapping each other */
    size_t nsegs, segs_cap;
    uint64_t seg_entries;
} part;

struct ls_distinct {
    ls_engine *eng;
    unsigned kw;
    bool counted;
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

/* Partition logs from MAP_MIN_BYTES up are mappings of their own: they grow with mremap
 * (nothing is copied, and the pages past the log's end are never touched, so they cost no
 * memory), and freeing one gives its pages straight back to the kernel. Smaller ones live
 * on the heap. */
#define MAP_MIN_BYTES ((size_t)64 << 10)

static void *buf_resize(void *old, size_t oldb, size_t used, size_t newb)
{
    if (newb < MAP_MIN_BYTES && oldb < MAP_MIN_BYTES) return realloc(old, newb);
    if (oldb >= MAP_MIN_BYTES && newb >= MAP_MIN_BYTES) {
        void *m = mremap(old, oldb, newb, MREMAP_MAYMOVE);
        return m == MAP_FAILED ? NULL : m;
    }
    void *n;
    if (newb >= MAP_MIN_BYTES) {
        n = mmap(NULL, newb, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (n == MAP_FAILED) return NULL;
    } else if (!(n = malloc(newb))) {
        return NULL;
    }
    if (used) memcpy(n, old, used);
    if (oldb >= MAP_MIN_BYTES)
        munmap(old, oldb);
    else
        free(old);
    return n;
}

static void buf_free(void *p, size_t bytes)
{
    if (!p) return;
    if (bytes >= MAP_MIN_BYTES)
        munmap(p, bytes);
    else
        free(p);
}

/* Bring the engine's charge for p in line with its content. What is charged is what the
 * log has written (len entries), which is what it holds in memory: capacity past the end
 * of a mapping is never touched. Returns ls__engine_charge's "over the ceiling". */
static int part_account(ls_distinct *s, part *p)
{
    size_t now = p->len * s->kw;
    ptrdiff_t delta = (ptrdiff_t)now - (ptrdiff_t)p->charged;
    __atomic_store_n(&p->charged, now, __ATOMIC_RELAXED);
    return delta ? ls__engine_charge(s->eng, delta) : 0;
}

/* Release a partition's memory and its spilled pieces (lock held or set private). */
static void part_clear(ls_distinct *s, part *p)
{
    buf_free(p->buf, p->cap * s->kw);
    p->buf = NULL;
    p->len = 0;
    __atomic_store_n(&p->cap, 0, __ATOMIC_RELAXED);
    part_account(s, p);
    for (size_t k = 0; k < p->nsegs; k++)
        ls__engine_spill_release(s->eng, p->segs[k].off, p->segs[k].n * s->kw);
    free(p->segs);
    p->segs = NULL;
    p->nsegs = p->segs_cap = 0;
    p->seg_entries = 0;
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
        n += __atomic_load_n(&s->parts[i].charged, __ATOMIC_RELAXED);
    return n;
}

/* Room for `need` entries in p->buf (lock held). Doubling keeps appends amortised O(1). */
static int part_reserve(ls_distinct *s, part *p, size_t need)
{
    if (need <= p->cap) return 0;
    size_t ncap = p->cap ? p->cap * 2 : MIN_CAP_ENTRIES;
    while (ncap < need)
        ncap *= 2;
    unsigned char *n = buf_resize(p->buf, p->cap * s->kw, p->len * s->kw, ncap * s->kw);
    if (!n) return -1;
    p->buf = n;
    __atomic_store_n(&p->cap, ncap, __ATOMIC_RELAXED);
    return 0;
}

/* Shrink p->buf to its content (lock held) when a quarter or more of it is free. */
static void part_shrink(ls_distinct *s, part *p)
{
    if (p->len == 0) {
        buf_free(p->buf, p->cap * s->kw);
        p->buf = NULL;
        __atomic_store_n(&p->cap, 0, __ATOMIC_RELAXED);
        part_account(s, p);
        return;
    }
    if (p->cap - p->len >= p->cap / 4) {
        unsigned char *n = buf_resize(p->buf, p->cap * s->kw, p->len * s->kw, p->len * s->kw);
        if (n) {
            p->buf = n;
            __atomic_store_n(&p->cap, p->len, __ATOMIC_RELAXED);
        }
    }
    part_account(s, p);
}

/* Append n entries to partition i, then relieve the engine if it went over its ceiling. */
static void part_append(ls_distinct *s, unsigned i, const void *src, size_t n)
{
    part *p = &s->parts[i];
    int over = 0;
    pthread_mutex_lock(&p->lock);
    if (part_reserve(s, p, p->len + n) == 0) {
        memcpy(p->buf + p->len * s->kw, src, n * s->kw);
        p->len += n;
        p->clean = false;
        over = part_account(s, p);
    } else {
        atomic_store(&s->failed, 1); /* out of memory: the count becomes a lower bound */
    }
    pthread_mutex_unlock(&p->lock);
    if (over) relieve(s->eng);
}

/* Deduplicate p->buf in place (lock held). 0, or -1 (the set is marked failed). */
static int part_dedup(ls_distinct *s, part *p, ls_dedup_scratch *sc)
{
    if (p->clean) return 0;
    size_t u = s->kw == 8 ? ls__dedup64((uint64_t *)(void *)p->buf, p->len, sc)
                          : ls__dedup128((ls_h128 *)(void *)p->buf, p->len, sc);
    if (u == (size_t)-1) {
        atomic_store(&s->failed, 1);
        return -1;
    }
    p->len = u;
    p->clean = true;
    part_account(s, p);
    return 0;
}

/* Bring a partition's spilled pieces back and deduplicate everything (lock held). */
static int part_settle(ls_distinct *s, part *p, ls_dedup_scratch *sc)
{
    if (p->nsegs) {
        if (part_reserve(s, p, p->len + p->seg_entries) != 0) {
            atomic_store(&s->failed, 1);
            return -1;
        }
        for (size_t k = 0; k < p->nsegs; k++) {
            segment *g = &p->segs[k];
            if (ls__engine_spill_read(s->eng, p->buf + p->len * s->kw, g->n * s->kw, g->off) != 0) {
                atomic_store(&s->failed, 1); /* the piece is lost: a lower bound from here */
            } else {
                p->len += g->n;
                part_account(s, p);
            }
            ls__engine_spill_release(s->eng, g->off, g->n * s->kw);
        }
        free(p->segs);
        p->segs = NULL;
        p->nsegs = p->segs_cap = 0;
        p->seg_entries = 0;
        p->clean = false;
    }
    return part_dedup(s, p, sc);
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

/* Write one partition out (lock held): compact it first, which may free enough by itself.
 * Returns -1 when the engine can no longer spill. */
static int part_spill(ls_distinct *s, part *p, ls_dedup_scratch *sc)
{
    part_dedup(s, p, sc);
    part_shrink(s, p);
    if (p->len * s->kw < MIN_SPILL_BYTES) return 0;
    if (p->nsegs == p->segs_cap) {
        size_t ncap = p->segs_cap ? p->segs_cap * 2 : 4;
        segment *n = realloc(p->segs, ncap * sizeof *n);
        if (!n) return 0;
        p->segs = n;
        p->segs_cap = ncap;
    }
    uint64_t off;
    if (ls__engine_spill_write(s->eng, p->buf, p->len * s->kw, &off) != 0) return -1;
    p->segs[p->nsegs++] = (segment){off, p->len};
    p->seg_entries += p->len;
    p->len = 0;
    part_shrink(s, p);
    return 0;
}

/* Bring the engine's memory back under its spill target by compacting and writing out the
 * largest partitions of all its sets. One thread at a time; the others go on appending.
 * A partition another thread holds is skipped (trylock): never a deadlock. */
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
            size_t b = __atomic_load_n(&sets[i]->parts[k].charged, __ATOMIC_RELAXED);
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

/* ---- stages ------------------------------------------------------------------------------ */

ls_distinct_stage *ls_distinct_stage_create(ls_distinct *s)
{
    ls_distinct_stage *st = aligned_alloc(64, (sizeof *st + 63) / 64 * 64);
    if (!st) return NULL;
    st->set = s;
    memset(st->fill, 0, sizeof st->fill);
    st->cache = NULL;
    if (s->kw == 8 && !(st->cache = calloc(LS_DISTINCT_CACHE_SLOTS, sizeof *st->cache))) {
        free(st);
        return NULL;
    }
    return st;
}

void ls__distinct_flush_part(ls_distinct_stage *st, unsigned i)
{
    ls_distinct *s = st->set;
    part_append(s, i, st->buf[i], st->fill[i] / s->kw);
    st->fill[i] = 0;
}

int ls_distinct_stage_free(ls_distinct_stage *st)
{
    if (!st) return 0;
    for (unsigned i = 0; i < LS_DISTINCT_PARTITIONS; i++)
        if (st->fill[i]) ls__distinct_flush_part(st, i);
    int rc = ls_distinct_failed(st->set) ? -1 : 0;
    free(st->cache);
    free(st);
    return rc;
}

/* ---- counting ---------------------------------------------------------------------------- */

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
        part_settle(s, p, &sc);
        atomic_fetch_add(&j->total, p->len);
        if (j->keep)
            part_shrink(s, p);
        else
            part_clear(s, p);
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
    }
    *out = s->count;
    return ls_distinct_failed(s) ? -1 : 0;
}

int ls_distinct_drain_into(ls_distinct *dst, ls_distinct *src)
{
    uint64_t ignored;
    ls_distinct_count(src, 1, &ignored);
    if (ls_distinct_failed(src)) atomic_store(&dst->failed, 1);
    for (unsigned i = 0; i < LS_DISTINCT_PARTITIONS; i++) {
        part *p = &src->parts[i];
        pthread_mutex_lock(&p->lock);
        if (p->len) part_append(dst, i, p->buf, p->len);
        if (p->nsegs) {
            /* Pieces written out after counting: hand them over as they are (the spill
             * file is the engine's, shared by both sets). */
            part *d = &dst->parts[i];
            pthread_mutex_lock(&d->lock);
            segment *n = realloc(d->segs, (d->nsegs + p->nsegs) * sizeof *n);
            if (n) {
                memcpy(n + d->nsegs, p->segs, p->nsegs * sizeof *n);
                d->segs = n;
                d->nsegs += p->nsegs;
                d->segs_cap = d->nsegs;
                d->seg_entries += p->seg_entries;
                d->clean = false;
                free(p->segs);
                p->segs = NULL;
                p->nsegs = p->segs_cap = 0;
                p->seg_entries = 0;
            } else {
                atomic_store(&dst->failed, 1);
            }
            pthread_mutex_unlock(&d->lock);
        }
        part_clear(src, p);
        pthread_mutex_unlock(&p->lock);
    }
    return ls_distinct_failed(dst) ? -1 : 0;
}
