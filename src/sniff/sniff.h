/* sniff: decide how to read an input — format, encoding, delimiter, quote, header, line
 * endings, and the lines around the data that are not records (preamble, footnotes) —
 * from samples taken at several places in the file, not only its head. */
#ifndef LS_SNIFF_H
#define LS_SNIFF_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "leakscope/leakscope.h"
#include "parse/dialect.h"
#include "sniff/tables.h"

#define LS_SNIFF_HEAD_BYTES   ((size_t)256 << 10)
#define LS_SNIFF_SAMPLE_BYTES ((size_t)64 << 10)
#define LS_SNIFF_MAX_TABLES   64

typedef struct {
    ls_dialect dialect;
    ls_encoding encoding;
    bool bom;
    ls_newline newline;
    bool header;
    uint32_t preamble_lines, header_rows, footer_lines;
    uint32_t footer_blank_lines;     /* blank lines among/after the footnotes (not parsed) */
    uint32_t leading_blank_lines;    /* blank lines before the header or first record */
    size_t data_start;               /* offset of the first record */
    size_t data_end;                 /* where the footnote lines start; the input size when none */
    size_t header_start, header_len; /* raw bytes of the (first) header line, for repeats */
    uint32_t column_count;
    char **column_names;       /* UTF-8, column_count entries; NULL without a header */
    char message[200];         /* why the input was rejected, when it was */
    bool header_damaged;       /* the names line has another field count than the records (R7) */
    char header_evidence[200]; /* what the header decision rests on ("" when not judged) */
    /* Stacked tables (R9, sniff/tables.h): when ntables > 1, table k+2 starts at
     * table_at[k]; data_end is then where the second table starts (the first table's
     * end). Each further table is sniffed again on its own range (ls_sniff_table). */
    uint32_t ntables;
    size_t table_at[LS_SNIFF_MAX_TABLES - 1];
    /* The scan for stacked tables stopped before the end (malformed files, or more tables
     * than LS_SNIFF_MAX_TABLES): from table_scan_stopped_at on, further tables are read
     * as part of the last one found. table_scan_note says why. */
    bool table_scan_stopped;
    size_t table_scan_stopped_at;
    char table_scan_note[96];
} ls_sniff_result;

/* Sniff `data` (size bytes). `whole` says data is the entire input (a mapped file): then
 * samples are taken at 0%, 20%…80% and the tail, and footnotes are looked for. For a
 * stream only the head is seen. Returns LS_OK, LS_ERR_BINARY, LS_ERR_ENCODING or
 * LS_ERR_NOMEM (with out->message set). Options override what is sniffed. */
ls_status ls_sniff(const char *data, size_t size, bool whole, const ls_options *opt,
                   ls_sniff_result *out);

/* ls_sniff without the scan for stacked tables: for a stream's head, whose further tables
 * the pipeline finds as it reads the stream (sniff/tables.h's scanner), and for the head of
 * such a table (with opt->encoding set to the first table's). */
ls_status ls_sniff_no_tables(const char *data, size_t size, bool whole, const ls_options *opt,
                             ls_sniff_result *out);

/* Is a sniffed input one to scan for stacked tables (delimited text, the header left to
 * the sniffer, some records)? */
bool ls_sniff_wants_tables(const ls_sniff_result *r, const ls_options *opt);

/* Record in `out` the further tables found by a scan of the whole input (n tables starting
 * at at[0..n), at most LS_SNIFF_MAX_TABLES - 1; `at` may be out->table_at) and why the
 * scan stopped, if it stopped before the end: the first table then ends where the second
 * starts, and its footnotes are the last table's. */
void ls_sniff_set_tables(ls_sniff_result *out, const size_t *at, size_t n, ls_table_scan_stop stop);

/* Sniff table k (2-based, k <= first->ntables) of an input whose whole sniff is `first`:
 * the lines from its start to the next table's start (to the end for the last one, whose
 * footnotes it then finds), with the first table's encoding; offsets in *out are offsets in
 * `data` like those of `first`. */
ls_status ls_sniff_table(const char *data, size_t size, const ls_sniff_result *first, uint32_t k,
                         const ls_options *opt, ls_sniff_result *out);

void ls_sniff_result_free(ls_sniff_result *r);

#endif
