/* distinct: exact distinct counting of fingerprints, radix-partitioned and spillable.
 *
 * The old engine inserted every value into a hash table far larger than the caches: one
 * random DRAM access per value, and tables grown by rehashing. This one turns the cost into
 * sequential memory traffic:
 *
 *  1. A worker appends fingerprints to the partition's log (the partition is the leading
 *     LS_DISTINCT_PARTITION_BITS bits of the fingerprint), straight into a chunk of its own
 *     (engine.h): 64 sequential write streams per set, no lock but once per chunk.
 *     Nothing is probed, nothing is rehashed, nothing is moved as the log grows.
 *     Sets of 64-bit fingerprints (column values) also keep a small direct-mapped cache of
 *     fingerprints the thread already appended: a hit is skipped, which is exact (the
 *     value is already in the set) and absorbs low-cardinality columns (gender, city)
 *     almost entirely.
 *  2. Counting deduplicates each partition on its own (in parallel over the engine's
 *     threads): a partition larger than the cache budget is scattered by its next 8 bits
 *     into 256 buckets, recursively, until a bucket fits in L2, where a hash table sized
 *     once (never grown) removes the duplicates.
 *  3. Past the engine's memory ceiling, the largest partitions are compacted (the same
 *     in-place deduplication) and written to the engine's spill file; counting reads each
 *     partition's pieces back and deduplicates them together. Spilled or not, the result
 *     is the same exact count.
 *
 * Fingerprints are 128-bit (records: XXH3-128) or 64-bit (column and category values:
 * XXH3-64). Counts are exact up to fingerprint collisions: expected collisions in a set of
 * n distinct values are about n²/2^129 (128-bit; nil) or n²/2^65 (64-bit: 5e-5 for
 * n = 43 million). The all-zero fingerprint is a value like any other. */
#ifndef LS_DEDUP_DISTINCT_H
#define LS_DEDUP_DISTINCT_H

#include <stddef.h>
#include <stdint.h>

#include "dedup/engine.h"

#define LS_DISTINCT_PARTITION_BITS 6
#define LS_DISTINCT_PARTITIONS     (1u << LS_DISTINCT_PARTITION_BITS)

typedef struct {
    uint64_t lo, hi;
} ls_h128;

typedef struct ls_distinct ls_distinct;
typedef struct ls_distinct_stage ls_distinct_stage;

/* A set of key_bytes-byte fingerprints (8 or 16) charged to engine e. NULL on failure. */
ls_distinct *ls_distinct_create(ls_engine *e, unsigned key_bytes);
void ls_distinct_free(ls_distinct *s); /* accepts NULL */
unsigned ls_distinct_key_bytes(const ls_distinct *s);

/* A thread's append streams for one set; not shared between threads. NULL on failure. */
ls_distinct_stage *ls_distinct_stage_create(ls_distinct *s);
/* Hand everything appended to the set and free the stage; accepts NULL. 0, or -1 if memory
 * ran out (the set is then marked failed: its count is a lower bound). */
int ls_distinct_stage_free(ls_distinct_stage *st);
void ls__distinct_next_chunk(ls_distinct_stage *st, unsigned part);

/* The stage layout is public so that adding is inlined into the workers' loops: per
 * partition, the chunk this thread is filling (fingerprints are written straight into the
 * set's log, once) and how many bytes of it are used. */
#define LS_DISTINCT_CACHE_SLOTS 1024u
struct ls_distinct_stage {
    ls_distinct *set;
    uint64_t *cache; /* 64-bit sets: fingerprints this thread appended (0 = empty slot) */
    uint32_t fill[LS_DISTINCT_PARTITIONS];
    unsigned char *cur[LS_DISTINCT_PARTITIONS];
    unsigned char sink[LS_ENGINE_CHUNK_BYTES]; /* where values go when memory ran out */
};

/* Add a 128-bit fingerprint to a 16-byte set. */
static inline void ls_distinct_add128(ls_distinct_stage *st, ls_h128 h)
{
    unsigned p = (unsigned)(h.hi >> (64 - LS_DISTINCT_PARTITION_BITS));
    if (__builtin_expect(st->fill[p] == LS_ENGINE_CHUNK_BYTES, 0)) ls__distinct_next_chunk(st, p);
    __builtin_memcpy(st->cur[p] + st->fill[p], &h, 16);
    st->fill[p] += 16;
}

/* Add a 64-bit fingerprint to an 8-byte set (a repeat seen by this thread is skipped). */
static inline void ls_distinct_add64(ls_distinct_stage *st, uint64_t h)
{
    uint64_t *slot = &st->cache[h & (LS_DISTINCT_CACHE_SLOTS - 1)];
    if (*slot == h && h != 0) return;
    *slot = h;
    unsigned p = (unsigned)(h >> (64 - LS_DISTINCT_PARTITION_BITS));
    if (__builtin_expect(st->fill[p] == LS_ENGINE_CHUNK_BYTES, 0)) ls__distinct_next_chunk(st, p);
    __builtin_memcpy(st->cur[p] + st->fill[p], &h, 8);
    st->fill[p] += 8;
}

/* Count the distinct fingerprints (all stages must be freed first). The first call
 * deduplicates every partition (in parallel, for sets of 65,536 entries or more),
 * reading spilled pieces back; later calls
 * return the same number. With keep = 0 each partition's memory is released once counted
 * (the set can then only be counted, not drained). Returns 0, or -1 if the set is
 * incomplete (memory ran out at some point, or a spilled piece could not be read back):
 * *out is then a lower bound. */
int ls_distinct_count(ls_distinct *s, int keep, uint64_t *out);

/* dst ∪= src, partition by partition, without holding both whole: src is counted (if not
 * yet) and each of its partitions is appended to dst's and released. Same key size. 0, or
 * -1 if memory ran out (dst is marked failed). */
int ls_distinct_drain_into(ls_distinct *dst, ls_distinct *src);

/* Hand every distinct fingerprint of a set counted with keep = 1 to cb, one partition at a
 * time (keys[0..n) of key_bytes bytes each; duplicate-free; in no particular order; the
 * buffer is only valid during the call). Spilled pieces are read back. Partitions are
 * visited in order, by one thread, so cb needs no locking. Why: the fingerprint files
 * (overlap between dumps) re-key the distinct values the run already holds instead of
 * hashing the input twice. Returns 0; -1 if the set was not counted with keep, was
 * released, or is incomplete (memory ran out, a spilled piece could not be read back); a
 * non-zero return of cb stops the walk and is returned. */
typedef int (*ls_distinct_visitor)(void *ctx, const void *keys, size_t n, unsigned key_bytes);
int ls_distinct_visit(ls_distinct *s, ls_distinct_visitor cb, void *ctx);

/* Did memory run out at some point? Then counts are lower bounds. */
int ls_distinct_failed(const ls_distinct *s);

/* Bytes the set holds now (logs, not counting stages). */
size_t ls_distinct_memory(const ls_distinct *s);

#endif
