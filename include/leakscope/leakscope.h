/*
 * leakscope — analyse leaked datasets at the speed of the memory bus.
 *
 * This is the library's public API. The library never prints and never exits: every
 * function reports through an ls_status (see ls_strerror()) and writes only where the
 * caller tells it to (a FILE * it is given).
 *
 * HowTo
 * -----
 *     ls_options opt;
 *     ls_options_init(&opt);              // defaults: all cores, sniff everything
 *     opt.threads = 4;
 *     ls_analysis *a = ls_analysis_create(&opt);
 *     if (!a) ... out of memory ...
 *     for each path:
 *         ls_status st = ls_analysis_add_path(a, path);   // "-" is stdin
 *         // st != LS_OK: that input failed or is partial; ls_analysis_input() says why.
 *         // The analysis stays usable: the next inputs are still analysed.
 *     ls_analysis_finish(a);              // merges per-thread state, computes totals
 *     ls_report_write_json(a, stdout, NULL);
 *     ls_analysis_free(a);                // accepts NULL
 *
 * Counting rules (the numbers are evidence, so they are defined precisely in
 * docs/report-schema.md): a record is a logical record (a quoted field with a newline
 * does not split it); header, blank, preamble and footnote lines are not records;
 * malformed records are still records and still deduplicated. Unique counts are exact up
 * to XXH3-128 collisions.
 *
 * Thread safety: one ls_analysis is driven by one thread; it starts its own workers.
 * ls_analysis_progress() may be called from any thread while an input is analysed.
 */
#ifndef LEAKSCOPE_H
#define LEAKSCOPE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "leakscope/version.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---- status ------------------------------------------------------------------------- */

/* One status enum for the whole library. LS_OK is 0; everything else is an error or a
 * partial result. ls_strerror() gives a stable English sentence for each. */
typedef enum {
    LS_OK = 0,
    LS_ERR_NOMEM,           /* out of memory */
    LS_ERR_OPEN,            /* cannot open the input (missing, permission denied) */
    LS_ERR_IS_DIRECTORY,    /* the input is a directory */
    LS_ERR_EMPTY,           /* the input has no bytes */
    LS_ERR_BINARY,          /* the input holds NUL bytes: not a text dump */
    LS_ERR_ENCODING,        /* the encoding is recognised but not supported (UTF-16, UTF-32) */
    LS_ERR_READ,            /* a read error in the middle of the input: partial result */
    LS_ERR_TRUNCATED,       /* the file shrank while it was mapped: partial result */
    LS_ERR_RECORD_TOO_LONG, /* a record exceeded max_record_bytes: it was counted, not analysed */
    LS_ERR_THREAD,          /* a worker thread could not be started */
    LS_ERR_INVALID_ARGUMENT,
    LS_ERR_OUTPUT, /* writing the report failed (disk full, closed pipe) */
    LS_STATUS_COUNT
} ls_status;

/* A static, never-NULL description of a status ("no such status" for out-of-range). */
const char *ls_strerror(ls_status status);

/* Is this an input status after which the input was analysed, but not all of it (a
 * truncated file, a read error, an oversized record)? The report then holds what was read. */
bool ls_status_is_partial(ls_status status);

/* The version string of the library, as compiled ("0.1.0"). */
const char *ls_version(void);

/* ---- options ------------------------------------------------------------------------ */

typedef enum { LS_AUTO = 0, LS_YES = 1, LS_NO = 2 } ls_tristate;

typedef enum {
    LS_ENCODING_AUTO = 0,
    LS_ENCODING_UTF8,
    LS_ENCODING_CP1252,  /* Windows-1252; Latin-1 files are read as this superset */
    LS_ENCODING_LATIN1,  /* ISO-8859-1 proper: 0x80–0x9F are C1 controls */
    LS_ENCODING_UTF16LE, /* with a byte-order mark; transcoded to UTF-8 as it is read */
    LS_ENCODING_UTF16BE,
    LS_ENCODING_ISO8859_15, /* Latin-9: Latin-1 with € Š š Ž ž Œ œ Ÿ (only by --encoding: its
                               bytes cannot be told from Windows-1252) */
} ls_encoding;

/* Default bound on one record: a longer record is counted (as malformed), reported and
 * skipped, so one broken 100 MB line cannot exhaust memory. */
#define LS_DEFAULT_MAX_RECORD_BYTES ((size_t)64 << 20)

typedef struct {
    unsigned threads;        /* worker threads; 0 = number of online CPUs */
    int delimiter;           /* 0 = sniff; otherwise the delimiter byte */
    ls_tristate header;      /* LS_AUTO = sniff */
    ls_encoding encoding;    /* LS_ENCODING_AUTO = sniff */
    size_t max_record_bytes; /* 0 = LS_DEFAULT_MAX_RECORD_BYTES */
    bool no_detect;          /* skip PII detection: every column stays "unknown" */
    bool no_columns;         /* records and record dedup only: no per-column statistics
                                (implies no_detect; the report lists no columns) */
} ls_options;

/* Fill *opt with the defaults. Always call it first: fields may be added. */
void ls_options_init(ls_options *opt);

/* ---- results ------------------------------------------------------------------------ */

typedef enum {
    LS_FORMAT_UNKNOWN = 0,
    LS_FORMAT_CSV,    /* delimited text, with or without quotes (TSV included) */
    LS_FORMAT_COMBO,  /* credential list: two fields, split on the first separator only */
    LS_FORMAT_LINES,  /* one value per line */
    LS_FORMAT_SQL,    /* SQL dump: INSERT tuples and COPY lines are records, one entry per table */
    LS_FORMAT_JSONL,  /* JSON lines: one document per line; columns are field paths */
    LS_FORMAT_JSON,   /* a JSON array of documents (mongoexport --jsonArray) */
    LS_FORMAT_ARCHIVE /* a container (zip, 7z, tar): its members are inputs of their own */
} ls_format;

typedef enum { LS_NEWLINE_LF = 0, LS_NEWLINE_CRLF, LS_NEWLINE_CR, LS_NEWLINE_MIXED } ls_newline;

/* Records that could not be parsed cleanly, by reason. A record can have several. */
typedef struct {
    uint64_t too_many_fields;
    uint64_t too_few_fields;
    uint64_t unbalanced_quote; /* a quote never closed: read as a literal quote to end of line */
    uint64_t nul_byte;
    uint64_t oversized; /* longer than max_record_bytes: counted, not analysed */
    uint64_t syntax;    /* SQL / JSON: the record could not be parsed (counted, not deduplicated) */
    uint64_t too_deep;  /* JSON: nested deeper than 64 objects/arrays (counted, not deduplicated) */
} ls_malformed_counts;

/* Oddities that do not make a record malformed, reported so a reader knows the file. */
typedef struct {
    uint64_t stray_quotes;      /* records with a quote inside an unquoted field (O"Brien) */
    uint64_t multiline_records; /* records with a newline inside a quoted field */
    uint64_t invalid_utf8;      /* invalid UTF-8 sequences (replaced by U+FFFD when normalised) */
    uint64_t repeated_headers;  /* lines identical to the header, inside the data: skipped */
} ls_anomaly_counts;

#define LS_UNIQUE_UNKNOWN UINT64_MAX

/* A value of a validator's detail histogram: a hash family, a card brand, a phone kind. */
typedef struct {
    const char *name;
    uint64_t count;
} ls_family_count;

typedef struct {
    uint32_t index;   /* 0-based */
    const char *name; /* header name, or NULL without a header */
    const char *type; /* vocabulary name ("email", "fr_nir"...); "unknown" when undecided */
    double confidence;
    const char *header_hint; /* the type the header name suggested, or NULL */
    bool pii;                /* values are personal data (masked, counted in categories) */
    bool validated;          /* the type has a validator: valid/invalid are meaningful */
    uint64_t non_empty;
    uint64_t valid;   /* values that pass the type's syntax and checksum */
    uint64_t invalid; /* values shaped like the type whose checksum or rules fail */
    uint64_t unique;  /* distinct valid values after the type's normalisation for a validated
                         column; distinct non-empty raw values otherwise; LS_UNIQUE_UNKNOWN
                         past the 256 columns that are tracked */
    uint32_t sample_count;
    const char *const *samples; /* masked samples (never a raw value) */
    const char *families_label; /* "hash_families", "brands", "kinds", or NULL */
    uint32_t family_count;
    const ls_family_count *families;
} ls_column_summary;

typedef struct {
    const char *path; /* as given ("-" shown as "<stdin>") */
    ls_status status; /* LS_OK, or why the input failed or is partial */
    char message[256];
    uint64_t bytes;            /* size of the input (bytes read for a stream) */
    uint64_t bytes_analyzed;   /* bytes covered by counted records */
    bool mapped;               /* memory-mapped (true) or streamed */
    bool truncated;            /* the result is partial: the end of the input was not read */
    const char *compression;   /* "none", "zstd", "gzip", "xz", "bzip2" (from magic bytes) */
    uint64_t compressed_bytes; /* compressed bytes read (0 when not compressed) */

    ls_format format;
    ls_encoding encoding;
    bool bom;
    int delimiter; /* 0 for LS_FORMAT_LINES */
    int quote;     /* 0 when quoting is off (combo lists) */
    bool header;
    ls_newline newline;
    uint32_t expected_fields;
    uint32_t preamble_lines; /* comment/title lines before the header, skipped */
    uint32_t header_rows;
    uint32_t footer_lines; /* footnote lines after the data, skipped */

    uint64_t records;
    uint64_t malformed;
    uint64_t blank_lines;
    ls_malformed_counts malformed_by;
    ls_anomaly_counts anomalies;

    uint32_t column_count;
    const ls_column_summary *columns;

    /* SQL dumps: the table this entry reports on (each table of a dump is an entry of its
     * own, all with the dump's path), and the dialect read ("mysql", "postgres"); NULL
     * otherwise. A dump's bytes are counted on its first table's entry only. */
    const char *table;
    const char *sql_dialect;
    /* Archive members: the container's path (itself "outer.zip!/inner.zip" when nested)
     * and the member's path inside it; path is then "<archive>!/<member>". NULL otherwise. */
    const char *archive;
    const char *member;
    /* LS_FORMAT_ARCHIVE entries: "zip", "7z", "tar", and the members analysed. */
    const char *container;
    uint64_t members;
    uint64_t records_not_deduplicated; /* oversized and unparsable records: never hashed */
    /* JSON export wrapped in an object ({"users": [...]}): the key (or dotted path) of
     * the array whose elements are the records; NULL otherwise. */
    const char *json_records_key;
} ls_input_summary;

typedef struct {
    uint64_t inputs, inputs_failed;
    uint64_t bytes;
    uint64_t records, malformed;
    uint64_t unique_records, duplicate_records;
    uint64_t unique_records_normalized;
    uint64_t records_not_deduplicated; /* oversized or unparsable records: counted, never hashed */
    bool approximate;                  /* a hash set ran out of memory: uniques are lower bounds */
    uint64_t dedup_memory_bytes;       /* held by the two record-level hash sets */
    double seconds;
} ls_totals;

/* ---- the analysis ------------------------------------------------------------------- */

typedef struct ls_analysis ls_analysis;

/* Create an analysis. opt may be NULL for the defaults. NULL on out-of-memory. */
ls_analysis *ls_analysis_create(const ls_options *opt);

/* Free an analysis and everything it returned. Accepts NULL. */
void ls_analysis_free(ls_analysis *a);

/* Analyse one input to completion (blocking; uses the configured worker threads).
 * path "-" reads standard input. A directory is walked recursively (sorted): every data
 * file in it becomes an input of its own; files that are not data are listed by
 * ls_analysis_skipped(); the status returned is then the first non-OK one of its files. Regular
 * files are memory-mapped; anything else is streamed. Records of all inputs share one dedup space.
 * Returns the input's status: LS_OK, or the reason it failed or is partial (also kept in its
 * ls_input_summary). */
ls_status ls_analysis_add_path(ls_analysis *a, const char *path);

/* Same as ls_analysis_add_path() for an already open descriptor (not closed here). */
ls_status ls_analysis_add_fd(ls_analysis *a, int fd, const char *display_name);

/* Compute the totals. Call once, after the last input; then the report functions work. */
ls_status ls_analysis_finish(ls_analysis *a);

typedef struct {
    const char *path;      /* input being analysed, NULL when idle */
    uint64_t bytes_done;   /* of the current input */
    uint64_t bytes_total;  /* of the current input; 0 when unknown (stream) */
    uint64_t records_done; /* across all inputs */
    double seconds;        /* since the analysis was created */
} ls_progress;

/* A consistent-enough snapshot for a progress display; safe from any thread. */
void ls_analysis_progress(const ls_analysis *a, ls_progress *out);

size_t ls_analysis_input_count(const ls_analysis *a);
const ls_input_summary *ls_analysis_input(const ls_analysis *a, size_t i);
const ls_totals *ls_analysis_totals(const ls_analysis *a); /* valid after finish */

/* One category of personal data across all inputs (the report's "categories"). */
typedef struct {
    const char *type;           /* vocabulary name */
    const char *group;          /* "identity", "contact", "national_id", ... */
    bool pii, special_category; /* special_category: GDPR Art. 9 (health) */
    uint64_t columns;           /* columns of this type */
    uint64_t records;           /* records with at least one valid value of this type */
    uint64_t valid;             /* valid values */
    uint64_t unique;            /* distinct valid values after the type's normalisation */
    bool validated;             /* valid/unique are meaningful (the type has a validator) */
} ls_category_summary;

size_t ls_analysis_category_count(const ls_analysis *a); /* after finish */

/* Files met while walking a directory input that were not analysed, and why ("not data:
 * PNG image", "symbolic link (not followed)"). They are listed, never silently dropped. */
typedef struct {
    const char *path;
    const char *reason;
} ls_skipped_file;

size_t ls_analysis_skipped_count(const ls_analysis *a);
const ls_skipped_file *ls_analysis_skipped(const ls_analysis *a, size_t i);
const ls_category_summary *ls_analysis_category(const ls_analysis *a, size_t i);

/* Short names used in reports ("csv", "utf-8", "crlf", ...). */
const char *ls_format_name(ls_format f);
const char *ls_encoding_name(ls_encoding e);
const char *ls_newline_name(ls_newline n);

/* ---- reports ------------------------------------------------------------------------ */

typedef struct {
    bool include_timing;  /* emit the "timing" block (tests turn it off) */
    bool pretty;          /* indent the JSON */
    bool include_samples; /* masked samples per PII column in the JSON (never raw values) */
} ls_report_options;

/* Write the leakscope-report/1 JSON object (docs/report-schema.md) to out.
 * opts may be NULL (timing on, compact). Returns LS_ERR_OUTPUT if a write failed. */
ls_status ls_report_write_json(const ls_analysis *a, FILE *out, const ls_report_options *opts);

/* Write the human summary to out. No raw value of the data is ever printed. */
ls_status ls_report_write_text(const ls_analysis *a, FILE *out);

#ifdef __cplusplus
}
#endif
#endif /* LEAKSCOPE_H */
