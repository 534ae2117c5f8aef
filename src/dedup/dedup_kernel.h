/* dedup_kernel: remove duplicates from an array of fingerprints, in place, in cache.
 *
 * An array that fits the cache budget goes through one open-addressing table sized once
 * (twice the entries, never grown). A larger one is first scattered by its next 8 bits
 * into 256 buckets (one sequential pass), recursively, until each bucket fits: so every
 * probe hits L1/L2 and the only DRAM traffic is sequential. Fingerprints are uniformly
 * distributed, so the buckets come out balanced.
 *
 * The leading LS_DISTINCT_PARTITION_BITS bits are not used (they chose the partition and
 * are equal across the array). The all-zero fingerprint is kept like any other. */
#ifndef LS_DEDUP_KERNEL_H
#define LS_DEDUP_KERNEL_H

#include <stddef.h>
#include <stdint.h>

#include "dedup/distinct.h"

/* Per-thread working memory, reused from call to call; start zeroed. */
typedef struct {
    void *table;
    size_t table_bytes;
    void *gather; /* a partition's pieces, made contiguous (ls__dedup_gather) */
    size_t gather_bytes;
    void *tmp[4];
    size_t tmp_bytes[4];
    ls_engine *charge_to; /* the scratch memory is charged here (may be NULL) */
} ls_dedup_scratch;

/* Leave the distinct entries of a[0..n) in a[0..result), in some order. Returns
 * (size_t)-1 when scratch memory cannot be had: a's content is then undefined, so the
 * caller works on a copy it can drop. A partition that is all one radix bucket (a dump of
 * identical rows) is not copied level after level, and a leaf's table starts at the cache
 * budget and grows with the distinct keys it meets, so scratch stays proportional to the
 * distinct keys of a piece, not to its raw size. */
size_t ls__dedup64(uint64_t *a, size_t n, ls_dedup_scratch *sc);
size_t ls__dedup128(ls_h128 *a, size_t n, ls_dedup_scratch *sc);
void ls__dedup_scratch_free(ls_dedup_scratch *sc);
/* sc->gather with room for `bytes` (grown as needed, charged); NULL when out of memory. */
void *ls__dedup_gather(ls_dedup_scratch *sc, size_t bytes);

#endif
