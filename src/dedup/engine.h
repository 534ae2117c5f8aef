/* engine: the memory budget and the spill file shared by every distinct set of a run.
 *
 * A run holds many distinct sets (the two record sets, one per tracked column, one per
 * category). Their memory is charged to one engine, which enforces one ceiling
 * (`--memory`): when the sets together pass it, the engine compacts the largest partitions
 * (deduplicates them in place) and writes them to a spill file in `--tmp-dir`, to be read
 * back partition by partition when the sets are counted. The spill file is created
 * unlinked (O_TMPFILE, or mkstemp + unlink) and mode 0600, so nothing is ever left behind,
 * whatever way the process ends (exit, SIGINT, SIGTERM, SIGKILL).
 *
 * If spilling fails (disk full, unwritable directory), nothing is lost: the data stays in
 * memory, the engine stops spilling and records the error (ls_engine_stats.spill_error);
 * the counts stay exact, but the ceiling was not kept and the caller must say so. */
#ifndef LS_DEDUP_ENGINE_H
#define LS_DEDUP_ENGINE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

typedef struct ls_engine ls_engine;

typedef struct {
    size_t memory_limit; /* bytes the sets may hold; 0 = ls_engine_default_limit() */
    const char *tmp_dir; /* spill directory; NULL = $TMPDIR, else /tmp */
    unsigned threads;    /* threads that count (finish) partitions in parallel; 0 = 1 */
} ls_engine_config;

typedef struct {
    size_t memory_limit;    /* the ceiling in force */
    size_t peak_bytes;      /* most bytes the sets held at once */
    uint64_t spilled_bytes; /* bytes written to the spill file */
    uint64_t spill_writes;  /* partitions written out */
    bool spill_failed;      /* the ceiling could not be kept: see spill_error */
    bool spill_read_failed; /* spilled data could not be read back: counts are lower bounds */
    char spill_error[256];
    char tmp_dir[256];
} ls_engine_stats;

/* The default ceiling: half of physical memory (README, "Memory"). */
size_t ls_engine_default_limit(void);

/* NULL when out of memory. The spill file is created only when first needed. */
ls_engine *ls_engine_create(const ls_engine_config *cfg);
void ls_engine_free(ls_engine *e); /* accepts NULL; closes (and so removes) the spill file */
void ls_engine_get_stats(const ls_engine *e, ls_engine_stats *out);

/* ---- internal: for distinct.c ------------------------------------------------------------ */

/* The sets' logs are chains of fixed-size chunks from the engine's pool: appending never
 * moves or copies what is written, freed chunks are reused without the kernel zero-filling
 * fresh pages again, and the pool's arenas are advised onto transparent huge pages so the
 * many append streams do not thrash the TLB. */
#define LS_ENGINE_CHUNK_BYTES ((size_t)8 << 10)
/* A chunk (charged to the engine), or NULL when memory is exhausted. */
void *ls__engine_chunk_get(ls_engine *e);
void ls__engine_chunk_put(ls_engine *e, void *chunk); /* accepts NULL */
struct ls_distinct;
/* Charge (or, negative, release) bytes; returns 1 if the engine is now over its ceiling and
 * may still spill. */
int ls__engine_charge(ls_engine *e, ptrdiff_t delta);
unsigned ls__engine_threads(const ls_engine *e);
/* Over the ceiling, and spilling still possible? */
int ls__engine_over(const ls_engine *e);
/* The registry of sets, walked by the spiller with the engine lock held. */
int ls__engine_register(ls_engine *e, struct ls_distinct *s);
void ls__engine_unregister(ls_engine *e, struct ls_distinct *s);
void ls__engine_lock(ls_engine *e);
void ls__engine_unlock(ls_engine *e);
struct ls_distinct **ls__engine_sets(ls_engine *e, size_t *n);
/* The engine's spill target: bytes the spiller should bring memory down to. */
size_t ls__engine_spill_target(const ls_engine *e);
size_t ls__engine_bytes(const ls_engine *e);
/* Only one thread relieves memory at a time: 1 if the caller got the turn. A relief that
 * could not get under the target (nothing left worth spilling) makes the engine wait for
 * another eighth of the ceiling before the next one, so appends do not rescan the sets
 * each time. */
int ls__engine_try_begin_relief(ls_engine *e);
void ls__engine_end_relief(ls_engine *e, bool reached_target);
/* Append n bytes to the spill file (created on first use). 0 and *off set, or -1: the
 * engine is then failed for spilling (the error is recorded; nothing was lost). */
int ls__engine_spill_write(ls_engine *e, const void *p, size_t n, uint64_t *off);
/* Read back n bytes at off. 0, or -1 (the error is recorded). */
int ls__engine_spill_read(ls_engine *e, void *p, size_t n, uint64_t off);
/* The bytes at [off, off+n) are no longer needed: give the disk space back. */
void ls__engine_spill_release(ls_engine *e, uint64_t off, size_t n);

#endif
