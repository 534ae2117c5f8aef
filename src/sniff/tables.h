/* tables: several tables stacked in one delimited file — a second header line (possibly
 * with another field count) and its records under the first table's records (R9 of
 * parse/tokenize.h). The sniffer finds where each further table starts; the pipeline
 * reads each one as an entry of its own ("table": 2), sniffed on its own range. */
#ifndef LS_SNIFF_TABLES_H
#define LS_SNIFF_TABLES_H

#include <stddef.h>
#include <stdint.h>

#include "sniff/layout.h"

/* Why the scan for further tables stopped before the end of its range (it never stops
 * silently: the report says where, and that tables past it are read as part of the last
 * one found). */
typedef enum {
    LS_TABLE_SCAN_COMPLETE = 0,
    LS_TABLE_SCAN_TOO_MANY_CANDIDATES, /* LS_TABLE_SCAN_MAX_ATTEMPTS lines judged and refused */
    LS_TABLE_SCAN_TOO_MANY_TABLES,     /* `cap` tables found and more lines left */
    LS_TABLE_SCAN_NO_MEMORY,           /* a found table's header could not be kept */
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
 * digit in a table with numeric columns are judged. The whole of [from, to) is at hand:
 * a mapping. For a stream, the scanner below. */
size_t ls__find_tables(const ls_dialect *d, ls_encoding enc, const char *data, size_t from,
                       size_t to, ls_line first_header, size_t *starts, size_t cap,
                       ls_table_scan_stop *stop);

/* The same scan, resumable: fed the windows of a stream one after the other, it finds the
 * same tables as ls__find_tables on the whole (a unit test holds it to that, for random
 * window sizes). It keeps a copy of what it compares with (the current table's names line
 * and the body rows of its profile), never a pointer into a window.
 *
 * Offsets are input offsets: a window's byte 0 is input offset `base`. */
typedef struct ls_table_scanner ls_table_scanner;

typedef enum {
    LS_TABLES_CLEAR,   /* no table starts before *at: the lines before it were scanned */
    LS_TABLES_FOUND,   /* a table starts at *at; the scanner now follows that table */
    LS_TABLES_STOPPED, /* the scan gave up at *at (ls__table_scanner_stop says why) */
} ls_tables_step;

/* A scanner for the table whose first record is at window offset `from`, with the names
 * line `first_header` ({0, 0} without one); its profile is taken from the lines of
 * [from, to). NULL when there is nothing to scan (not delimited text, one column) or no
 * memory. */
ls_table_scanner *ls__table_scanner_create(const ls_dialect *d, ls_encoding enc, const char *data,
                                           uint64_t base, size_t from, size_t to,
                                           ls_line first_header);

/* Scan the window data[0, len) (input offsets [base, base + len)) from where the scan
 * stands. `eof`: no data follows the window (its last line is whole). CLEAR: *at is
 * where the scan stands; the next window must start at or before it (it stops before a
 * line the window cuts, a quoted record that goes on, or a candidate header whose lines
 * under it are not all in the window: it is judged on the same lines, and so the same
 * way, however the input is cut into windows; the next window must then reach further,
 * as far as 16 MiB past the candidate if need be). FOUND: feed the same window again to
 * go on past the new table's header. */
ls_tables_step ls__table_scanner_feed(ls_table_scanner *s, const char *data, uint64_t base,
                                      size_t len, bool eof, uint64_t *at);

/* Feed one window (as ls__table_scanner_feed) until it yields no further table, appending
 * the tables' starts to starts[*n, cap). Returns CLEAR (*at: where the scan stands) or
 * STOPPED, with *stop set: the scan gave up, or `cap` tables were found with lines left
 * (past the scan in the window, or after the window when it is not `eof`). */
ls_tables_step ls__table_scanner_collect(ls_table_scanner *s, const char *data, uint64_t base,
                                         size_t len, bool eof, size_t *starts, size_t *n,
                                         size_t cap, ls_table_scan_stop *stop, uint64_t *at);

ls_table_scan_stop ls__table_scanner_stop(const ls_table_scanner *s);

/* Where the scan stands (input offset): after a FOUND, the line after the new header. */
uint64_t ls__table_scanner_position(const ls_table_scanner *s);

/* Make the scan start at `pos` (a line start) instead, in the first table's state: for a
 * scan of a file's second half that runs beside the first half's (pipeline/table_scan.c). */
void ls__table_scanner_skip_to(ls_table_scanner *s, uint64_t pos);

/* Candidate header lines judged so far (the budget is LS_TABLE_SCAN_MAX_ATTEMPTS). */
unsigned ls__table_scanner_attempts(const ls_table_scanner *s);

/* The report's words for why a scan stopped (the limits it names), into buf. */
void ls__table_scan_note(ls_table_scan_stop_reason why, char *buf, size_t n);

/* Free a scanner; NULL is accepted. */
void ls__table_scanner_free(ls_table_scanner *s);

/* The scan's line readers, one per instruction set: the baseline (SSE2 on x86-64, plain
 * C elsewhere), AVX2 + POPCNT, AVX-512BW; LS__TABLES_READER_CPU is the best this CPU has,
 * what the scan uses. A level this CPU lacks gets the best one below it. */
enum {
    LS__TABLES_READER_BASELINE,
    LS__TABLES_READER_AVX2,
    LS__TABLES_READER_AVX512,
    LS__TABLES_READER_CPU
};

/* Which reader `level` gets on this CPU (never LS__TABLES_READER_CPU). */
int ls__tables_reader(int level);

/* For the unit test: the scan's view of every line of [from, to) — span, delimiters,
 * quotes, holds a digit or '@' — through the reader of `level`. At most cap lines are
 * written; returns the number of lines. */
typedef struct {
    ls_line line;
    uint32_t delims, quotes;
    bool typed;
} ls_line_figures;
size_t ls__tables_scan_lines(const ls_dialect *d, const char *data, size_t from, size_t to,
                             int level, ls_line_figures *out, size_t cap);

/* For the unit test, for the scanners created from now on: turn the scan's fast path over
 * plain lines off or on (the default), and read through the reader of `level` (default
 * LS__TABLES_READER_CPU). Each returns its previous setting. The scan finds the same
 * tables, stops at the same line and judges the same candidates either way: the test
 * holds the fast path of every reader to the line-by-line scan. */
bool ls__tables_set_skip_plain(bool on);
int ls__tables_set_reader(int level);

/* Bytes the scan's fast path stepped over (for the unit test: it is taken). */
uint64_t ls__table_scanner_skipped(const ls_table_scanner *s);

#endif
