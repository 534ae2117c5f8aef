/* dispenser: hands out the batches of whole records of one delimited input to the
 * workers (pipeline/analysis.c). A mapped file is one window, the mapping; a stream is
 * read window by window, each holding the unconsumed tail of the last plus the next block
 * read, alive until its last batch is done. Whichever worker needs work runs the splitter
 * (parse/split.h), under the dispenser's lock.
 *
 * The stacked-table scan (sniff/tables.h, R9) runs here where the records are read as the
 * scan goes: over a stream's every window before its records are handed out, and over a
 * mapping whose columns are not typed (nothing before the workers needs the first table's
 * end) a window at a time just ahead of the splitter, by one worker with the lock released.
 * The splitter never passes where the scan stands, and a table found ends the input's
 * records there. (A mapping whose columns are typed is scanned before its workers start:
 * pipeline/table_scan.h.) */
#ifndef LS_PIPELINE_DISPENSER_H
#define LS_PIPELINE_DISPENSER_H

#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>

#include "input/source.h"
#include "parse/tokenize.h"
#include "pipeline/analysis.h"
#include "sniff/tables.h"

/* The bytes of records a batch covers at least (unless the records end first). */
#define LS__BATCH_TARGET ((size_t)512 << 10)

typedef struct window {
    const char *data;
    size_t len;    /* bytes in view */
    uint64_t base; /* input offset of data[0] */
    bool eof;      /* data ends where the input ends */
    char *owned;   /* stream buffer, freed with the window; NULL for a mapping */
    int refs;      /* batches in flight, +1 while it is the current window */
} window_t;

typedef struct {
    window_t *w;
    size_t start, end; /* whole records */
    size_t avail;      /* what the splitter could see, and whether that was the end */
    bool eof;
} batch_t;

typedef struct {
    pthread_mutex_t lock;
    ls_analysis *a;
    input_t *in;
    ls_source *src;
    const ls_dialect *d;
    window_t *win;
    size_t cursor;
    uint64_t data_end; /* input offset where records stop (footnotes follow) */
    bool done;
    bool skipping; /* stream: discarding the rest of an oversized record */
    ls_record *split_rec;
    ls_parse_memo split_memo; /* reset whenever the window changes */
    /* the splitter's own findings */
    uint64_t oversized;
    uint64_t first_oversized_at;
    uint64_t stream_bytes;
    bool read_error;
    int read_errno;
    bool truncated;
    uint64_t truncated_at;
    /* a mapping: pages before every batch in flight are dropped from the process */
    uint64_t inflight[256]; /* per worker: input offset of its batch, UINT64_MAX if none */
    uint64_t released;      /* mapping offset below which pages were dropped */
    /* the scan for stacked tables (sniff/tables.h): a stream's runs on each window before
     * its records are handed out (a mapping's as below); the splitter stops at scan_limit
     * until the scan goes on, and the input ends where a further table starts */
    ls_table_scanner *tscan;
    uint64_t scan_limit;    /* input offset the splitter may not pass; UINT64_MAX: none */
    uint64_t next_table_at; /* where the next table starts; UINT64_MAX: none found */
    ls_table_scan_stop tstop;
    /* a mapping whose columns are not typed (nothing before the workers needs the first
     * table's end): the same scan runs just ahead of the splitter, SCAN_AHEAD bytes of the
     * mapping at a time (scan_turn), rather than over the whole file before the workers
     * start. The bytes it reads are then in the cache for the splitter and the worker that
     * read them next. A table found ends this input there; its scanner is kept (tfound)
     * to scan the rest after the workers. */
    bool scan_mapped;
    bool scan_pending;   /* its scanner is created by the first turn */
    bool scan_busy;      /* a worker is scanning (the lock released) */
    bool scan_abandoned; /* the splitter met a fault meanwhile: the turn drops its scan */
    pthread_cond_t scan_cv;
    uint64_t scan_fed;        /* input offset where the last window fed to the scan ended */
    ls_table_scanner *tfound; /* the scanner that found next_table_at */
} dispenser_t;

/* Set up the dispenser of input `in` (read from `src`) over its first window `w` (taken
 * over: released by ls__dispenser_destroy), from input offset `cursor` of `w` (the first
 * record) to `data_end` (UINT64_MAX: a stream's end, not known yet); `stream_bytes` were
 * read from the source so far. Returns -1 when memory runs out (the window is then
 * released, nothing else is left). */
int ls__dispenser_init(dispenser_t *ds, ls_analysis *a, input_t *in, ls_source *src, window_t *w,
                       size_t cursor, uint64_t data_end, uint64_t stream_bytes);

/* A stream: run the table scan `ds->tscan` over the current window, before the workers
 * start (the scan then goes on window by window as the stream is read). */
void ls__dispenser_scan_window(dispenser_t *ds);

/* A mapping whose columns are not typed: scan for further tables as the workers read, from
 * the first record on (in->sniff), just ahead of the splitter. */
void ls__dispenser_scan_as_read(dispenser_t *ds);

/* Whether every record is in view and they make one batch at most: no second worker would
 * get any work. */
bool ls__dispenser_one_batch(const dispenser_t *ds);

/* Hand out the next batch to worker `id` (below 256), whose previous batch is done; false
 * when the input is exhausted (or cannot go on). */
bool ls__dispenser_next(dispenser_t *ds, batch_t *b, unsigned id);

/* A worker is done with a batch of window `w`. */
void ls__dispenser_done_with(dispenser_t *ds, window_t *w);

/* Free what the dispenser holds: its scanners, its window, its lock. */
void ls__dispenser_destroy(dispenser_t *ds);

/* Test knob: the least a mapping's table scan is fed at a time where it runs as the workers
 * read (1 MiB by default); 0 makes such an analysis scan the whole file before its workers
 * start instead, as one that types its columns does. Not thread-safe: set it between
 * analyses. Returns the previous setting. */
size_t ls__dispenser_set_scan_ahead(size_t bytes);

/* The setting above (0: the scan as the workers read is off). */
size_t ls__dispenser_scan_ahead(void);

#endif
