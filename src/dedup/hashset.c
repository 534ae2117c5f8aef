#include "dedup/hashset.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#define HUGE_BYTES     ((size_t)2 << 20)
#define PREFETCH_AHEAD 16

/* Tables are random-access structures far larger than the TLB covers: from 2 MiB up they
 * are mapped separately and advised onto transparent huge pages, which removes most TLB
 * misses and page faults (measured in bench/RESULTS.md). Smaller ones use calloc. */
static ls_h128 *table_alloc(size_t cap)
{
    size_t bytes = cap * sizeof(ls_h128);
    if (bytes < HUGE_BYTES) return calloc(cap, sizeof(ls_h128));
    void *p = mmap(NULL, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED) return NULL;
#ifdef MADV_HUGEPAGE
    madvise(p, bytes, MADV_HUGEPAGE);
#endif
    return p;
}

static void table_free(ls_h128 *t, size_t cap)
{
    if (!t) return;
    size_t bytes = cap * sizeof(ls_h128);
    if (bytes < HUGE_BYTES)
        free(t);
    else
        munmap(t, bytes);
}

typedef struct {
    pthread_mutex_t lock;
    ls_h128 *slots; /* all-zero = empty */
    size_t cap;     /* power of two, or 0 */
    size_t count;   /* keys in slots */
    int has_zero;   /* the all-zero key was inserted (it cannot live in a slot) */
} partition;

struct ls_hashset {
    partition parts[LS_HASHSET_PARTITIONS];
    atomic_int failed;
};

struct ls_hashset_stage {
    ls_hashset *set;
    uint32_t fill[LS_HASHSET_PARTITIONS];
    ls_h128 buf[LS_HASHSET_PARTITIONS][LS_HASHSET_STAGE];
};

static inline unsigned partition_of(ls_h128 h)
{
    return (unsigned)(h.hi >> (64 - LS_HASHSET_PARTITION_BITS));
}

ls_hashset *ls_hashset_create(void)
{
    ls_hashset *s = calloc(1, sizeof *s);
    if (!s) return NULL;
    for (unsigned i = 0; i < LS_HASHSET_PARTITIONS; i++)
        pthread_mutex_init(&s->parts[i].lock, NULL);
    return s;
}

void ls_hashset_free(ls_hashset *s)
{
    if (!s) return;
    for (unsigned i = 0; i < LS_HASHSET_PARTITIONS; i++) {
        pthread_mutex_destroy(&s->parts[i].lock);
        table_free(s->parts[i].slots, s->parts[i].cap);
    }
    free(s);
}

uint64_t ls_hashset_count(const ls_hashset *s)
{
    uint64_t n = 0;
    for (unsigned i = 0; i < LS_HASHSET_PARTITIONS; i++)
        n += s->parts[i].count + (uint64_t)s->parts[i].has_zero;
    return n;
}

size_t ls_hashset_memory(const ls_hashset *s)
{
    size_t n = sizeof *s;
    for (unsigned i = 0; i < LS_HASHSET_PARTITIONS; i++)
        n += s->parts[i].cap * sizeof(ls_h128);
    return n;
}

int ls_hashset_failed(const ls_hashset *s)
{
    return atomic_load(&s->failed);
}

/* Insert into a table known to have room. The slot index uses the low bits: the high bits
 * chose the partition and are the same for every key in it. */
static inline void table_put(ls_h128 *slots, size_t mask, ls_h128 h, size_t *count)
{
    size_t i = (size_t)h.lo & mask;
    for (;;) {
        ls_h128 *s = &slots[i];
        if ((s->lo | s->hi) == 0) {
            *s = h;
            (*count)++;
            return;
        }
        if (s->lo == h.lo && s->hi == h.hi) return;
        i = (i + 1) & mask;
    }
}

/* Reinsert n keys (some may be zero slots) into a table, prefetching ahead. */
static void reinsert(ls_h128 *t, size_t mask, const ls_h128 *keys, size_t n, size_t *count)
{
    for (size_t i = 0; i < n; i++) {
        if (i + PREFETCH_AHEAD < n)
            __builtin_prefetch(&t[(size_t)keys[i + PREFETCH_AHEAD].lo & mask], 1);
        if (keys[i].lo | keys[i].hi) table_put(t, mask, keys[i], count);
    }
}

/* One scratch buffer for the whole process, for rehashing big tables in place. Growth is
 * rare (a few dozen times per partition over a run), so one lock is no contention. */
static pthread_mutex_t scratch_lock = PTHREAD_MUTEX_INITIALIZER;
static ls_h128 *scratch;
static size_t scratch_cap;

/* Double a partition's table. A table of 2 MiB or more grows in place with mremap: the
 * kernel keeps its pages, so only the new half is ever zero-filled (fresh pages are the
 * single biggest cost on a VM), and the old half is rehashed through the scratch copy.
 * Smaller tables are simply reallocated. */
static int grow(partition *p)
{
    size_t ncap = p->cap ? p->cap * 2 : 64;
    size_t obytes = p->cap * sizeof(ls_h128), nbytes = ncap * sizeof(ls_h128);
    if (obytes < HUGE_BYTES) {
        ls_h128 *n = table_alloc(ncap);
        if (!n) return -1;
        size_t cnt = 0;
        reinsert(n, ncap - 1, p->slots, p->cap, &cnt);
        table_free(p->slots, p->cap);
        p->slots = n;
        p->cap = ncap;
        return 0;
    }
    pthread_mutex_lock(&scratch_lock);
    if (scratch_cap < p->cap) {
        ls_h128 *sc = realloc(scratch, obytes);
        if (!sc) {
            pthread_mutex_unlock(&scratch_lock);
            return -1;
        }
        scratch = sc;
        scratch_cap = p->cap;
    }
    void *m = mremap(p->slots, obytes, nbytes, MREMAP_MAYMOVE);
    if (m == MAP_FAILED) {
        pthread_mutex_unlock(&scratch_lock);
        return -1;
    }
#ifdef MADV_HUGEPAGE
    madvise(m, nbytes, MADV_HUGEPAGE);
#endif
    p->slots = m;
    memcpy(scratch, p->slots, obytes);
    memset(p->slots, 0, obytes); /* the new half is still untouched zero pages */
    p->cap = ncap;
    size_t cnt = 0;
    reinsert(p->slots, ncap - 1, scratch, obytes / sizeof(ls_h128), &cnt);
    pthread_mutex_unlock(&scratch_lock);
    return 0;
}

/* Insert every key of src into dst (a union). */
int ls_hashset_merge(ls_hashset *dst, const ls_hashset *src)
{
    ls_hashset_stage *st = ls_hashset_stage_create(dst);
    if (!st) return -1;
    for (unsigned i = 0; i < LS_HASHSET_PARTITIONS; i++) {
        const partition *p = &src->parts[i];
        for (size_t k = 0; k < p->cap; k++)
            if (p->slots[k].lo | p->slots[k].hi) ls_hashset_stage_add(st, p->slots[k]);
        if (p->has_zero) ls_hashset_stage_add(st, (ls_h128){0, 0});
    }
    return ls_hashset_stage_free(st);
}

static int partition_insert(ls_hashset *set, unsigned pi, const ls_h128 *keys, size_t n)
{
    partition *p = &set->parts[pi];
    int rc = 0;
    pthread_mutex_lock(&p->lock);
    if ((p->count + n) * 4 > p->cap * 3) {
        while ((p->count + n) * 4 > p->cap * 3)
            if (grow(p) != 0) {
                rc = -1;
                break;
            }
    }
    if (rc == 0) {
        /* Software pipelining: prefetch the slot PREFETCH_AHEAD keys ahead, so a few cache
         * misses are always in flight instead of being paid one after another (the table
         * is far larger than the caches). */
        size_t mask = p->cap - 1;
        for (size_t k = 0; k < n && k < PREFETCH_AHEAD; k++)
            __builtin_prefetch(&p->slots[(size_t)keys[k].lo & mask], 1);
        for (size_t k = 0; k < n; k++) {
            if (k + PREFETCH_AHEAD < n)
                __builtin_prefetch(&p->slots[(size_t)keys[k + PREFETCH_AHEAD].lo & mask], 1);
            if ((keys[k].lo | keys[k].hi) == 0)
                p->has_zero = 1;
            else
                table_put(p->slots, mask, keys[k], &p->count);
        }
    }
    pthread_mutex_unlock(&p->lock);
    if (rc) atomic_store(&set->failed, 1);
    return rc;
}

ls_hashset_stage *ls_hashset_stage_create(ls_hashset *set)
{
    ls_hashset_stage *st = malloc(sizeof *st);
    if (!st) return NULL;
    st->set = set;
    for (unsigned i = 0; i < LS_HASHSET_PARTITIONS; i++)
        st->fill[i] = 0;
    return st;
}

void ls_hashset_stage_add(ls_hashset_stage *st, ls_h128 h)
{
    unsigned pi = partition_of(h);
    st->buf[pi][st->fill[pi]++] = h;
    if (st->fill[pi] == LS_HASHSET_STAGE) {
        partition_insert(st->set, pi, st->buf[pi], LS_HASHSET_STAGE);
        st->fill[pi] = 0;
    }
}

int ls_hashset_stage_flush(ls_hashset_stage *st)
{
    int rc = 0;
    for (unsigned i = 0; i < LS_HASHSET_PARTITIONS; i++) {
        if (st->fill[i] && partition_insert(st->set, i, st->buf[i], st->fill[i]) != 0) rc = -1;
        st->fill[i] = 0;
    }
    return rc;
}

int ls_hashset_stage_free(ls_hashset_stage *st)
{
    if (!st) return 0;
    int rc = ls_hashset_stage_flush(st);
    free(st);
    return rc;
}
