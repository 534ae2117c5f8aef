/* table_scan: the stacked-table scan (sniff/tables.h, R9) of a mapped input, before its
 * columns are typed (their samples are taken all over the file, so the first table's end
 * must be known first). It is on the analysis's critical path, so it is made cheap:
 *  - it reads the file with pread, 1 MiB at a time, rather than through the mapping: the
 *    mapping's pages are first touched by the workers and the hasher as they go, not all
 *    of them up front here (in a virtual machine a page's first touch costs more than
 *    copying it);
 *  - on a file of 32 MiB or more, a second thread scans the second half at the same time,
 *    and its findings are kept only when the first half's scan ends exactly where the
 *    second began, in the state the second assumed (no table found, no line pending, the
 *    candidate budget not spent): then they are the one-pass scan's findings. Otherwise
 *    the first thread goes on alone. A unit test holds both ways to ls__find_tables. */
#ifndef LS_PIPELINE_TABLE_SCAN_H
#define LS_PIPELINE_TABLE_SCAN_H

#include "input/source.h"
#include "sniff/sniff.h"

/* Find the further tables of the mapped input `src` sniffed as `sn` and record them in
 * `sn` (ls_sniff_set_tables). Reads the mapping itself only for the first table's first
 * lines, and where pread fails (callers guard against SIGBUS). `split` allows the second
 * thread (the unit test turns it off to compare). */
void ls__find_mapped_tables(const ls_source *src, ls_sniff_result *sn, bool split);

#endif
