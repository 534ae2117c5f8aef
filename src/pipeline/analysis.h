/* pipeline internals: the state behind ls_analysis, shared with the report writers. */
#ifndef LS_ANALYSIS_H
#define LS_ANALYSIS_H

#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>

#include "dedup/hashset.h"
#include "detect/types.h"
#include "leakscope/leakscope.h"
#include "report/mask.h"
#include "sniff/sniff.h"

/* Per-column histogram of a validator's detail code (hash family, card brand, phone kind). */
#define LS_DETAIL_BUCKETS 16

/* Every counter a worker keeps; all uint64_t so they add up field by field. */
typedef struct {
    uint64_t records, malformed, blank_lines, bytes_analyzed;
    uint64_t too_many_fields, too_few_fields, unbalanced_quote, nul_byte, oversized;
    uint64_t stray_quotes, multiline_records, invalid_utf8, repeated_headers;
    uint64_t internal_errors;
} counts_t;

void counts_add(counts_t *to, const counts_t *from);

/* One column of one input: its type, counts, distinct values, masked samples. */
typedef struct {
    ls_type type, hint;
    double confidence;
    bool validated; /* the type has a validator: every value is checked */
    uint64_t non_empty, valid, invalid;
    uint64_t detail[LS_DETAIL_BUCKETS];
    ls_hashset *set; /* typed: distinct valid normalised values; else distinct raw values */
    char samples[3][LS_MASK_MAX];
    uint8_t nsamples;
    ls_family_count families[LS_DETAIL_BUCKETS];
    const char *sample_ptrs[3];
} column_t;

/* One category (type) across all inputs. */
typedef struct {
    uint64_t columns, records, valid;
    ls_hashset *set; /* distinct valid values after the type's normalisation */
} category_t;

typedef struct {
    ls_input_summary pub;
    char *path;
    ls_sniff_result sniff;
    ls_encoding source_encoding; /* UTF-16 transcoded on the way in; else the sniffed one */
    char *header_line;
    size_t header_line_len;
    counts_t c;
    uint32_t column_count, tracked_columns;
    column_t *cols; /* column_count entries; the first tracked_columns have sets */
    ls_column_summary *col_summaries;
    bool col_approximate;
} input_t;

struct ls_analysis {
    ls_options opt;
    unsigned threads;
    ls_hashset *exact, *normalized;
    input_t **inputs;
    size_t ninputs, cap;
    ls_totals totals;
    category_t cats[LS_TYPE__COUNT];
    ls_category_summary *cat_summaries;
    size_t ncat;
    ls_skipped_file *skipped;
    size_t nskipped, skipped_cap;
    bool finished;
    double t0;
    _Atomic(const char *) prog_path;
    _Atomic uint64_t prog_bytes, prog_total, prog_records;
};

/* Test hook (never set in production): called after sniffing, before the workers start,
 * with the input's path. The tests use it to truncate a mapped file at a known point. */
extern void (*ls__test_hook_before_workers)(const char *path);

#endif
