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

#define LS_SNIFF_HEAD_BYTES   ((size_t)256 << 10)
#define LS_SNIFF_SAMPLE_BYTES ((size_t)64 << 10)

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
    char **column_names; /* UTF-8, column_count entries; NULL without a header */
    char message[200];   /* why the input was rejected, when it was */
} ls_sniff_result;

/* Sniff `data` (size bytes). `whole` says data is the entire input (a mapped file): then
 * samples are taken at 0%, 20%…80% and the tail, and footnotes are looked for. For a
 * stream only the head is seen. Returns LS_OK, LS_ERR_BINARY, LS_ERR_ENCODING or
 * LS_ERR_NOMEM (with out->message set). Options override what is sniffed. */
ls_status ls_sniff(const char *data, size_t size, bool whole, const ls_options *opt,
                   ls_sniff_result *out);

void ls_sniff_result_free(ls_sniff_result *r);

#endif
