/* table_scan: the stacked-table scan (sniff/tables.h, R9) of a mapped input, before its
 * columns are typed (their samples are taken all over the file, so the first table's end
 * must be known first). It is on the analysis's critical path, so it is made cheap:
 *  - it reads the file with pread, 1 MiB at a time, rather than through the mapping: the
 *    mapping's pages are first touched by the workers and the hasher as they go, not all
 *    of them up front here (in a virtual machine a page's first touch costs more than
 *    copying it);
 *  - on a file of 32 MiB or more, where the machine has three cores or more, a second
 *    thread scans the second half at the same time, and its findings are kept only when
 *    the first half's scan ends exactly where the second began, in the state the second
 *    assumed (no table found, no line pending, the candidate budget not spent): then they
 *    are the one-pass scan's findings. Otherwise the first thread goes on alone. A unit
 *    test holds both ways to ls__find_tables;
 *  - the file's hashing (the evidence manifest's SHA-256, a thread of its own) goes on
 *    beside the scan where a core is left for it, and is held while the scan runs where
 *    none is (ls__table_scan_plan). */
#ifndef LS_PIPELINE_TABLE_SCAN_H
#define LS_PIPELINE_TABLE_SCAN_H

#include "input/source.h"
#include "sniff/sniff.h"

/* How the scan runs: on two threads or one, and whether the file's hashing waits for it. */
typedef struct {
    bool split;        /* a second thread scans the second half (files of 32 MiB or more) */
    bool hold_hashing; /* the hashing waits until the scan is done */
} ls_table_scan_plan;

/* The pipeline's plan on a machine of `cores` online CPUs. Before the workers start, the
 * scan and the hasher are the only threads running: the scan gets a second thread only
 * where that leaves a core to the hasher (three cores or more), and the hasher is held
 * only where it would take the scan's one core. On two cores that is one scanning thread
 * beside the hasher: both cores work, and the hashing done meanwhile is hashing the
 * workers will not compete with (bench/RESULTS-sniff.md: on this two-core machine two
 * scanning threads with the hashing held cost the analysis more than one beside it). */
ls_table_scan_plan ls__table_scan_plan(long cores);

/* Find the further tables of the mapped input `src` sniffed as `sn` and record them in
 * `sn` (ls_sniff_set_tables). Reads the mapping itself only for the first table's first
 * lines, and where pread fails (callers guard against SIGBUS). The unit test runs both
 * plans of the split to compare them. */
void ls__find_mapped_tables(const ls_source *src, ls_sniff_result *sn, ls_table_scan_plan plan);

/* Go on with a scan that ran as the first table's records were read (pipeline/dispenser.h) and
 * found the second table at `at`: scan from where the scanner `s` stands to the end of the records
 * (one thread, pread as above) and record every table found in `sn`, as ls__find_mapped_tables
 * would have. Takes `s`. */
void ls__finish_mapped_tables(const ls_source *src, ls_sniff_result *sn, ls_table_scanner *s,
                              uint64_t at);

#endif
