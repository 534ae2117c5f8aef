/* tables: several tables stacked in one delimited file — a second header line (possibly
 * with another field count) and its records under the first table's records (R9 of
 * parse/tokenize.h). The sniffer finds where each further table starts; the pipeline
 * reads each one as an entry of its own ("table": 2), sniffed on its own range. */
#ifndef LS_SNIFF_TABLES_H
#define LS_SNIFF_TABLES_H

#include <stddef.h>

#include "sniff/layout.h"

/* Why the scan for further tables stopped before the end of its range (it never stops
 * silently: the report says where, and that tables past it are read as part of the last
 * one found). */
typedef enum {
    LS_TABLE_SCAN_COMPLETE = 0,
    LS_TABLE_SCAN_TOO_MANY_CANDIDATES, /* LS_TABLE_SCAN_MAX_ATTEMPTS lines judged and refused */
    LS_TABLE_SCAN_TOO_MANY_TABLES,     /* `cap` tables found and more lines left */
} ls_table_scan_stop_reason;

#define LS_TABLE_SCAN_MAX_ATTEMPTS 4096

typedef struct {
    ls_table_scan_stop_reason reason;
    size_t at; /* offset of the first line not scanned (when reason != COMPLETE) */
} ls_table_scan_stop;

/* Offsets in [from, to) where further tables start (the first blank or title line before
 * their header, or the header itself), in order; at most cap. `from` is the first table's
 * first record, `first_header` its names line ({0, 0} without one). One pass over the
 * lines (each byte classified once, 64 at a time, as bit masks; AVX2 + POPCNT where the
 * CPU has them); only lines that change the field count, follow a blank line, or hold no
 * digit in a table with numeric columns are judged. */
size_t ls__find_tables(const ls_dialect *d, ls_encoding enc, const char *data, size_t from,
                       size_t to, ls_line first_header, size_t *starts, size_t cap, ls_record *rec,
                       ls_record *rrec, ls_table_scan_stop *stop);

/* For the unit test: the scan's view of every line of [from, to) — span, delimiters,
 * quotes, holds a digit or '@' — through implementation `impl` (0: the baseline one, 1:
 * the one this CPU gets). At most cap lines are written; returns the number of lines. */
typedef struct {
    ls_line line;
    uint32_t delims, quotes;
    bool typed;
} ls_line_figures;
size_t ls__tables_scan_lines(const ls_dialect *d, const char *data, size_t from, size_t to,
                             int impl, ls_line_figures *out, size_t cap);

#endif
