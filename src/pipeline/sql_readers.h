/* sql_readers: a memory-mapped SQL dump read by several parsers at once (issue 8).
 *
 * One reader (parse/sql.c) parses a dump at ~1.4 s of CPU per GB, which caps a dump at
 * ~0.7 GB/s whatever the cores. Here the mapping is cut into chunks at guessed points (a
 * tuple start "),(", a line starting an INSERT / REPLACE / COPY statement, a COPY data
 * line: ls_sql_find_point), each chunk is parsed by a pool of threads with a parser resumed
 * at its point (ls_sql_parser_resume), and the records are serialised into value batches
 * there. The chunks are then taken in order by the calling thread: chunk k is accepted only
 * if the parser that read chunk k-1 ended exactly in the state chunk k's parser assumed
 * (ls_sql_parser_at_point: no string, comment or record open, the same statement kind,
 * dialect and COPY options); otherwise its work is dropped and the earlier parser reads
 * its bytes itself. So nothing depends on the guess: the records, their tables, columns
 * and problems are the single reader's, and so is the report.
 *
 * The accepted chunk's events (tables interned, column lists, records) are replayed into
 * structured.c's driver in order: table names are mapped to the single reader's ids (a
 * resumed parser's unqualified names are qualified with the database of the last USE
 * before it), its placeholder table (the statement it started inside) is the earlier
 * parser's table, and runs of records go to the driver as whole batches
 * (ls__sdrv_sql_run), which fixes up their columns and field-count flags when the reader
 * could not know the table's column list. Streams (decompressed input, pipes) stay on the
 * single reader, as do -j1 and small dumps.
 *
 * LS_SQL_READER_CHUNK (bytes, in the environment) sets the chunk size, for the tests. */
#ifndef LS_SQL_READERS_H
#define LS_SQL_READERS_H

#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "parse/sql.h"
#include "pipeline/analysis.h"

/* A run of records of one table, serialised by a reader (layout in analysis.h) with each
 * value's col and tag its position in the tuple, and the field-count flags computed for
 * exp_used values (0: none set). */
typedef struct {
    vbatch_t *head, *tail;
    uint64_t nrec;
    uint64_t first_off, last_off; /* offsets of the first and last record */
    uint64_t inner_bytes;         /* bytes from the first record's start to the last's */
    uint32_t maxn;                /* most values in a record */
    uint32_t exp_used;
    uint32_t uniform_n; /* the value count of every OK / NUL record if all agree, else
                         * UINT32_MAX (meaningless when nhashed == 0) */
    uint64_t nhashed;   /* records delivered OK or with a NUL byte */
} ls__sql_run;

/* Driver side (pipeline/structured.c). `drv` is its reader state. Both return 0, or -1
 * with the driver's error set. ls__sdrv_sql_run takes the run's batches. */
int ls__sdrv_sql_table(void *drv, uint32_t table, const char *name, size_t name_len,
                       const char *const *names, const uint32_t *lens, uint32_t ncols);
int ls__sdrv_sql_run(void *drv, uint32_t table, ls__sql_run *run);

/* Over every dump read so far in the process (for the tests): chunks, chunks whose guessed
 * point did not hold (read again by the earlier parser), chunks no thread had taken when
 * their turn came (read in order by the calling thread). */
extern _Atomic uint64_t ls__sql_readers_chunks, ls__sql_readers_redone, ls__sql_readers_inline;

/* Is the dump (size bytes after any BOM) worth several readers at this thread count? */
bool ls__sql_readers_wanted(const ls_analysis *a, size_t size);

/* Parse map[start, size) with several readers and hand everything to the driver, the end
 * of input included (the last parser is finished). Returns 0, -1 (a reader or the driver
 * ran out of memory or stopped) or 1 (the file shrank under us: *done is where the records
 * stop). *last: the last parser (finished when 0 is returned), for its statistics; the
 * caller frees it. */
int ls__sql_readers_feed(ls_analysis *a, void *drv, const char *map, size_t size, size_t start,
                         size_t *done, ls_sql_parser **last);

#endif
