/* pipeline internals: the state behind ls_analysis, shared with the report writers. */
#ifndef LS_ANALYSIS_H
#define LS_ANALYSIS_H

#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>

#include "dedup/distinct.h"
#include "detect/types.h"
#include "leakscope/leakscope.h"
#include "report/mask.h"
#include "input/source.h"
#include "pipeline/signals.h"
#include "sniff/sniff.h"

/* Per-column histogram of a validator's detail code (hash family, card brand, phone kind). */
#define LS_DETAIL_BUCKETS 16

/* Every counter a worker keeps; all uint64_t so they add up field by field. */
typedef struct {
    uint64_t records, malformed, blank_lines, bytes_analyzed;
    uint64_t too_many_fields, too_few_fields, unbalanced_quote, nul_byte, oversized;
    uint64_t stray_quotes, multiline_records, invalid_utf8, repeated_headers;
    uint64_t internal_errors;
    uint64_t syntax_errors;    /* SQL / JSON records that could not be parsed */
    uint64_t too_deep;         /* JSON records nested deeper than LS_JSON_MAX_DEPTH */
    uint64_t fields_capped;    /* records with more than LS_MAX_FIELDS fields */
    uint64_t not_deduplicated; /* records never hashed (unparsable, oversized SQL/JSON) */
} counts_t;

void counts_add(counts_t *to, const counts_t *from);

/* One column of one input: its type, counts, distinct values, masked samples. */
typedef struct {
    ls_type type, hint;
    double confidence;
    uint8_t evidence;    /* ls_evidence (detect/classify.h) */
    double listed_share; /* for a list evidence: listed share of the sampled values */
    bool validated;      /* the type has a validator: every value is checked */
    uint64_t non_empty, valid, invalid;
    uint64_t detail[LS_DETAIL_BUCKETS];
    ls_distinct *set; /* typed: distinct valid normalised values; else distinct raw values
                         (64-bit fingerprints) */
    char samples[3][LS_MASK_MAX];
    uint8_t nsamples;
    ls_family_count families[LS_DETAIL_BUCKETS];
    const char *sample_ptrs[3];
} column_t;

/* One category (type) across all inputs. */
typedef struct {
    uint64_t columns, records, valid;
    ls_distinct *set; /* distinct valid values after the type's normalisation */
    bool failed;      /* a column's values could not join the set: unique is a lower bound */
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
    /* SQL / JSON / archives (pipeline/structured.c, the archive walk) */
    char *table, *archive, *member;
    char *records_key;    /* JSON wrapped in an object: the key of the records' array */
    uint32_t cols_cap;    /* entries allocated in cols (structured inputs grow them) */
    int archive_depth;    /* 0 for a file given by the caller, 1 for its members, ... */
    char skip_reason[96]; /* an archive member that is not data: listed as skipped */
} input_t;

/* ---- structured records (SQL tuples, JSON documents) ------------------------------------
 * The reader (pipeline/structured.c) parses in one thread and hands records to the
 * workers in batches, serialised into one buffer: for each record
 *     u32 nvals, u8 problem (ls_vrec_problem, or'ed with LS_VREC_TOO_MANY / _TOO_FEW when
 *     the reader found more / fewer values than the columns it expected), u32 value bytes
 *     (the sum of the values' lengths, so a worker reserves room once), then per value:
 *     u32 col (column index, or UINT32_MAX for a value of no column), u32 tag (the column's
 *     identity in record keys: declared position for SQL, path hash for JSON), u32 len
 *     (UINT32_MAX for NULL), len bytes.
 * The bytes of the input each record spans are counted by the reader, not the workers.
 * A segment is the workers of one input (one table) running on such batches. */
#define LS_VNULL         UINT32_MAX
#define LS_VREC_HEADER   9
#define LS_VREC_TOO_MANY 0x10
#define LS_VREC_TOO_FEW  0x20
typedef struct vbatch {
    struct vbatch *next;
    char *data;
    size_t len, cap;
} vbatch_t;

typedef struct vsegment vsegment_t;
/* Start the workers on `in` (its columns set up, see ls__columns_setup). NULL on failure. */
vsegment_t *ls__segment_start(ls_analysis *a, input_t *in);
/* Hand a batch over (blocks while the workers are behind); the segment frees it. */
void ls__segment_push(vsegment_t *s, vbatch_t *b);
/* Close the queue, join the workers and fold their counts and sets into the input. */
ls_status ls__segment_end(vsegment_t *s);
/* Give columns [in->column_count, ncols) their sets (and count typed ones in their
 * category); cols must already have room. */
ls_status ls__columns_setup(ls_analysis *a, input_t *in, uint32_t from, uint32_t ncols);
/* A new entry in the report for the same file (another table of a dump). */
input_t *ls__input_new(ls_analysis *a, const char *path);
/* Fill the public summary (also for extra entries made by the structured reader). */
void ls__input_publish(ls_analysis *a, input_t *in);
void ls__input_set_status(input_t *in, ls_status s, const char *msg);

/* Read a SQL dump or JSON export from src (`view`: the mapping, or the head already read
 * from the stream, view_len bytes). Entries for further tables are appended to a->inputs. */
ls_status ls__structured_analyse(ls_analysis *a, input_t *in, ls_source *src, const char *view,
                                 size_t view_len, ls_format format);

struct ls_analysis {
    ls_options opt;
    unsigned threads;
    long cores;        /* online CPUs when created (sysconf; -1 if unknown) */
    ls_engine *engine; /* the memory ceiling and spill file of every set below */
    ls_distinct *exact, *normalized;
    ls_engine_summary engine_summary;
    ls_engine_stats engine_stats; /* backs engine_summary's strings */
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
    struct ls_subjects *subjects; /* pipeline/subjects.c: distinct data subjects */
    struct ls_verdicts *verdicts; /* verdict/: claim check, GDPR/ENISA (at finish) */
    ls_signals *signals;          /* fabrication signals (pipeline/signals.c) */
    ls_run_info run;              /* evidence manifest: when and where (pipeline/manifest.c) */
    struct ls_fp_run *fp;         /* issue 10: the fingerprint file (fingerprint/fp_analysis.c) */
};

/* Test hook (never set in production): called after sniffing, before the workers start,
 * with the input's path. The tests use it to truncate a mapped file at a known point. */
extern void (*ls__test_hook_before_workers)(const char *path);

#endif
