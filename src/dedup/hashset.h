/* hashset: an exact set of 128-bit hashes, shared by the worker threads.
 *
 * The set is split into 2^LS_HASHSET_PARTITION_BITS partitions by the hash's leading bits.
 * A worker does not touch a partition per insert: it appends to a small per-thread
 * staging buffer for that partition and, when the buffer fills, takes the partition's
 * lock once and inserts the whole buffer. So inserts are sequential writes, lock traffic
 * is 1/LS_HASHSET_STAGE of the inserts, and the inserting loop works on one partition's
 * table at a time, which stays cache-friendly. Each partition is an open-addressing table
 * (linear probing) that doubles at 3/4 load. The count is exact: equal hashes are equal
 * keys, so the only error is a 128-bit collision (expected ~n²/2^129, nil in practice). */
#ifndef LS_HASHSET_H
#define LS_HASHSET_H

#include <stddef.h>
#include <stdint.h>

#define LS_HASHSET_PARTITION_BITS 4
#define LS_HASHSET_PARTITIONS     (1u << LS_HASHSET_PARTITION_BITS)
#define LS_HASHSET_STAGE          128

typedef struct {
    uint64_t lo, hi;
} ls_h128;

typedef struct ls_hashset ls_hashset;
typedef struct ls_hashset_stage ls_hashset_stage;

ls_hashset *ls_hashset_create(void);
void ls_hashset_free(ls_hashset *set); /* accepts NULL */

/* Distinct keys inserted so far (call after every stage is flushed). */
uint64_t ls_hashset_count(const ls_hashset *set);
/* Bytes held by the tables. */
size_t ls_hashset_memory(const ls_hashset *set);

/* A thread's staging buffers for one set. Not shared between threads. */
ls_hashset_stage *ls_hashset_stage_create(ls_hashset *set);
/* Flush and free; accepts NULL. Returns 0, or -1 if memory ran out in a flush (the set
 * is then incomplete: ls_hashset_failed() says so). */
int ls_hashset_stage_free(ls_hashset_stage *st);
void ls_hashset_stage_add(ls_hashset_stage *st, ls_h128 h);
int ls_hashset_stage_flush(ls_hashset_stage *st);

/* dst ∪= src. 0, or -1 if memory ran out (dst is then marked failed). */
int ls_hashset_merge(ls_hashset *dst, const ls_hashset *src);

/* Did an insert fail for lack of memory? Then the count is a lower bound. */
int ls_hashset_failed(const ls_hashset *set);

#endif
