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
    LS_ERR_OUTPUT,          /* writing the report failed (disk full, closed pipe) */
    LS_ERR_NESTED_TOO_DEEP, /* an archive inside archives past the nesting limit was not
                             * opened: partial result (the run did not read all it was given) */
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
    size_t memory_limit;     /* ceiling on the distinct-counting engine's memory; past it,
                                partitions spill to tmp_dir. 0 = half of physical memory */
    const char *tmp_dir;     /* where spill files go (created unlinked, 0600); NULL =
                                $TMPDIR, else /tmp. The string must outlive the analysis */
    /* Issue 9 (claim, subjects, GDPR): what the report checks the results against. */
    const struct ls_claim *claim; /* a seller's claim (ls_claim_*), checked by
                                     ls_analysis_finish(); NULL: none. Must stay valid until
                                     ls_analysis_finish() returns */
    double enisa_cb;              /* ENISA "circumstances of breach" (CB) added to DPC x EI;
                                     0 unless the caller knows them (stated in the report) */
    bool enisa_cb_given;          /* enisa_cb was set by the user (the report says which) */
    /* Issue 10: fingerprint files (src/fingerprint/FORMAT.md). */
    const char *fingerprints;        /* write the .lsfp file here at ls_analysis_finish();
                                        NULL: none */
    const unsigned char *fp_key;     /* the secret key's bytes; NULL (or fp_key_len 0): the
                                        file is unkeyed (anyone can test a guessed value) */
    size_t fp_key_len;
    const char *const *fp_compare;   /* prior .lsfp files to compare this run with (the
                                        report's "overlap" block); same key required */
    size_t fp_compare_count;
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
    /* What the type was decided on: "header", "header_and_values", "values",
     * "first_name_list", "surname_list", "place_list", "neighbours", "combo_position" or
     * "none"; for the three *_list kinds, listed_share is the share of the sampled values
     * found in that compiled-in public list (0 otherwise). */
    const char *evidence;
    double listed_share;
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
    bool header_damaged;         /* the names line has another field count than the records */
    const char *header_evidence; /* what the header decision rests on; NULL when not judged */
    /* Delimited text holding several tables stacked in one file: this entry's table,
     * 1-based (each table an entry with the file's path); 0 for a file of one table. */
    uint32_t table_number;
    /* The scan for stacked tables stopped early (a file of many rejected candidate header
     * lines, or more than 64 tables): from byte table_scan_stopped_at of the file on,
     * further tables are not split off but counted as records of the last table found;
     * table_scan_note says why. NULL note when the scan was complete. */
    const char *table_scan_note;
    uint64_t table_scan_stopped_at;

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

    /* Evidence manifest (issue 9): the SHA-256 of the input's bytes as received — the file,
     * the compressed stream before decompression, an archive member as the archive
     * delivered it — computed in the pass that read them. "" when none was computed (the
     * input could not be opened; further tables of a SQL dump are hashed on the first). */
    char sha256[65];
    uint64_t sha256_bytes;  /* bytes the digest covers */
    bool sha256_complete;   /* ... and they are the whole input (no read error, no shrinking) */
    uint64_t decoded_bytes; /* bytes after decompression or UTF-16 transcoding; 0 if none */
} ls_input_summary;

typedef struct {
    uint64_t inputs, inputs_failed;
    uint64_t bytes;
    uint64_t records, malformed;
    uint64_t unique_records, duplicate_records;
    uint64_t unique_records_normalized;
    uint64_t records_not_deduplicated; /* oversized or unparsable records: counted, never hashed */
    bool approximate;                  /* a hash set ran out of memory: uniques are lower bounds */
    uint64_t dedup_memory_bytes;       /* held by the two record-level sets at their largest */
    double seconds;
} ls_totals;

/* The distinct-counting engine of a run: its memory ceiling and what it spilled. */
typedef struct {
    uint64_t memory_limit;            /* the ceiling in force (bytes) */
    uint64_t peak_memory;             /* most bytes the engine's sets and scratch held at once */
    uint64_t spilled_bytes;           /* written to the spill file (0: everything fit) */
    uint64_t spill_writes;            /* partitions written out */
    bool spill_failed;                /* spilling failed (disk full...): the counts are still exact,
                                         but the ceiling was exceeded */
    const char *spill_error;          /* "" unless spill_failed */
    bool spill_read_failed;           /* spilled data could not be read back: the unique counts are
                                         lower bounds (totals.approximate) */
    bool ceiling_kept;                /* peak_memory <= memory_limit */
    const char *tmp_dir;              /* where spill files would go */
    unsigned record_fingerprint_bits; /* 128 */
    unsigned value_fingerprint_bits;  /* 64: column and category distinct counts */
} ls_engine_summary;

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
/* The engine's memory ceiling, peak and spilling; valid after finish. */
const ls_engine_summary *ls_analysis_engine(const ls_analysis *a);

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

/* ---- distinct data subjects (issue 9) ------------------------------------------------
 * Each record is keyed by its strongest identifier with a valid value:
 *     fr_nir > uk_nino > uk_nhs > us_ssn > email > phone > last_name + first_name +
 *     date_of_birth > full_name + date_of_birth > user_id > username
 * (normal forms as for `unique`), hashed with XXH3-128 and a tag naming the rule, and the
 * keys are counted exactly across all inputs. See README "Distinct data subjects" for the
 * limits (a person with two e-mails counts twice; keys of two rules are never linked). */
typedef struct {
    const char *rule;       /* "fr_nir", "email", "phone", "name_dob", "full_name_dob", ... */
    const char *identifier; /* the types it compares: "last_name+first_name+date_of_birth" */
    uint64_t records;       /* records keyed by this rule (no stronger identifier in them) */
    uint64_t subjects;      /* distinct keys among those records */
    uint64_t records_with;  /* records holding a valid value of the identifier, whatever
                               rule keyed them */
    uint64_t distinct;      /* distinct valid values of the identifier over all records */
} ls_subject_rule_summary;

typedef struct {
    bool available;         /* some column was typed as one of the rule's identifiers */
    uint64_t subjects;      /* estimated distinct data subjects: the sum over the rules */
    uint64_t records_keyed; /* records with a subject key */
    uint64_t records_without_identifier; /* records - records_keyed */
    uint64_t records_with_personal_data; /* records with a valid value of a PII type */
    bool approximate;                    /* a set ran out of memory: lower bounds */
    const char *rule;                    /* the rule in one line */
    uint32_t rule_count;
    const ls_subject_rule_summary *rules; /* every rule, in order */
} ls_subjects_summary;

/* After ls_analysis_finish(); NULL before. */
const ls_subjects_summary *ls_analysis_subjects(const ls_analysis *a);

/* ---- claims (issue 9) -----------------------------------------------------------------
 * A seller's claim ("43 million records: name, NIR, date of birth, e-mail, phone") checked
 * against what the dump holds. Build it, point ls_options.claim at it, analyse; the verdicts
 * are in ls_analysis_claim() and in the reports. */
typedef struct ls_claim ls_claim;

ls_claim *ls_claim_create(void); /* NULL on out of memory */
void ls_claim_free(ls_claim *c); /* accepts NULL */
/* One "key=value" item: records=43000000 (also 43M, 43,000,000, 4.3e7; aliases rows, lines,
 * entries), unique_records=N, subjects=N (aliases people, persons, individuals, users,
 * customers), fields=name,nir,dob,email,phone (vocabulary types or aliases, see README),
 * tolerance=0.05 (relative slack for round figures, default 0.05), source=TEXT (where the
 * claim was read). LS_ERR_INVALID_ARGUMENT with a sentence in err when it cannot be read. */
ls_status ls_claim_add(ls_claim *c, const char *key_value, char *err, size_t errlen);
/* The same from a JSON object: {"records": 43000000, "fields": ["name", "nir"], ...}
 * (numbers or strings; fields as an array or a comma-separated string). */
ls_status ls_claim_load_json(ls_claim *c, const char *text, size_t len, char *err, size_t errlen);

typedef enum {
    LS_CLAIM_SUPPORTED = 0, /* the dump holds what is claimed */
    LS_CLAIM_INFLATED, /* the figure matches records or lines, not distinct records or people */
    LS_CLAIM_NOT_SUPPORTED, /* the dump does not hold it */
    LS_CLAIM_NOT_CHECKABLE, /* the analysis cannot tell (no typed columns, unknown field...) */
    LS_CLAIM__VERDICTS
} ls_claim_verdict;

/* "supported", "inflated", "not_supported", "not_checkable". */
const char *ls_claim_verdict_name(ls_claim_verdict v);

typedef enum {
    LS_CLAIM_ITEM_RECORDS = 0,
    LS_CLAIM_ITEM_UNIQUE_RECORDS,
    LS_CLAIM_ITEM_SUBJECTS,
    LS_CLAIM_ITEM_FIELD
} ls_claim_item_kind;

/* A column holding a claimed field. */
typedef struct {
    const char *input; /* the input's path */
    const char *table; /* SQL table, or NULL */
    uint32_t index;
    const char *name; /* header name or field path, NULL without a header */
    const char *type;
    uint64_t non_empty, valid, unique; /* valid: non_empty for types without a validator;
                                          unique may be LS_UNIQUE_UNKNOWN */
    uint64_t invalid;                  /* shaped like the type, failing its checks */
} ls_claim_column;

typedef struct {
    ls_claim_item_kind kind;
    const char *item;         /* "records", "unique_records", "subjects", "field" */
    const char *claimed_text; /* the figure or the field as the claim wrote it */
    uint64_t claimed;         /* count items: the claimed figure */
    /* count items: what was observed */
    uint64_t records, unique_records, unique_records_normalized, subjects;
    bool subjects_available;
    const char *compared_with; /* the observed figure the verdict rests on (a key above) */
    uint64_t observed;         /* its value */
    double ratio;              /* observed / claimed; fields: share of records holding it */
    ls_claim_verdict verdict;
    const char *reason; /* in words; never a value of the data */
    /* fields */
    uint32_t type_count;
    const char *const *types; /* vocabulary types the field stands for */
    bool present;
    uint64_t records_with;  /* records with a valid value (largest over its types) */
    uint64_t valid, unique; /* over its types (unique: summed over the types) */
    uint32_t column_count;
    const ls_claim_column *columns;
} ls_claim_item;

typedef struct {
    const char *source; /* where the claim was read, or NULL */
    double tolerance;
    uint32_t item_count;
    const ls_claim_item *items;
    uint64_t verdicts[LS_CLAIM__VERDICTS]; /* items per verdict */
} ls_claim_result;

/* After ls_analysis_finish(), when ls_options.claim was set; NULL otherwise. */
const ls_claim_result *ls_analysis_claim(const ls_analysis *a);

/* ---- GDPR Art. 33 figures and ENISA severity (issue 9) ------------------------------
 * ENISA, "Recommendations for a methodology of the assessment of severity of personal data
 * breaches" (2013): SE = DPC x EI + CB. Every input is given with its reason so that an
 * auditor can change one and recompute. */
typedef struct {
    const char
        *category;     /* ENISA data category: "simple", "behavioural", "financial", "sensitive" */
    int basic;         /* ENISA's preliminary score of the category (1, 2, 3, 4) */
    int adjustment;    /* leakscope's adjustment from the data found (reason below) */
    int score;         /* basic + adjustment, within 1..4 */
    const char *types; /* the types found that fall in it ("email, phone") */
    const char *reason;
} ls_enisa_dpc_part;

typedef struct {
    /* Art. 33(3)(a): categories and approximate numbers */
    uint32_t category_count;
    const char *const *categories; /* PII types found (vocabulary names) */
    uint32_t group_count;
    const char *const *groups; /* their groups ("identity", "contact", ...) */
    uint32_t special_count;
    const char *const *special_categories; /* Art. 9 types found ("health") */
    uint32_t health_hint_count;
    const char *const
        *health_hints; /* types hinting at health context (fr_rpps, fr_adeli, fr_finess) */
    bool subjects_available;
    uint64_t subjects;                   /* approximate number of data subjects */
    uint64_t records;                    /* records analysed */
    uint64_t records_with_personal_data; /* approximate number of personal data records */
    uint64_t unique_records;             /* distinct records (normalised) */
    /* ENISA */
    double dpc, ei, cb, se;
    bool cb_given;
    const char *severity; /* "low" (SE < 2), "medium" (< 3), "high" (< 4), "very_high" */
    const char *dpc_reason, *ei_level, *ei_reason, *cb_reason;
    uint32_t dpc_part_count;
    const ls_enisa_dpc_part *dpc_parts;
} ls_gdpr_summary;

/* After ls_analysis_finish(); NULL before. */
const ls_gdpr_summary *ls_analysis_gdpr(const ls_analysis *a);
/* ---- evidence: run information and fabrication signals (issue 9) ------------------- */

/* When and where the analysis ran, for the evidence manifest. */
typedef struct {
    char started[32];  /* UTC, ISO 8601 ("2026-12-04T13:26:46Z"): ls_analysis_create() */
    char finished[32]; /* UTC, ISO 8601: ls_analysis_finish() */
    char host[256];    /* the machine's host name (gethostname) */
} ls_run_info;

const ls_run_info *ls_analysis_run_info(const ls_analysis *a);

/* One fabrication signal: a measurement, what real data of that kind shows, and what this
 * value means in plain words. Signals are evidence, never a verdict on their own. */
typedef struct {
    const char *id;        /* stable: "checksum.fr_nir", "nir_vs_date_of_birth", ... */
    const char *subject;   /* the type(s) it is about ("fr_nir", "fr_nir+date_of_birth") */
    double value;          /* the measured value: a rate from 0 to 1 (see src/report/SCHEMA.md) */
    uint64_t checked;      /* values, records or positions the measure covers */
    uint64_t matched;      /* of which passed / matched / were uniform (per signal) */
    const char *real_data; /* what real data of that kind shows */
    const char *reading;   /* this value, in plain words */
    const char *consistent_with; /* "real_data", "fabrication", "either", "too_few_values" */
    uint32_t item_count;         /* details: e.g. the top e-mail domains and their counts */
    const ls_family_count *items;
} ls_signal;

size_t ls_analysis_signal_count(const ls_analysis *a); /* after finish */
const ls_signal *ls_analysis_signal(const ls_analysis *a, size_t i);

/* ---- issue 10: the fingerprint file ---------------------------------------------------- */

typedef struct {
    const char *name;    /* "records", "email", ... */
    unsigned key_bytes;  /* 16 or 8 */
    uint64_t keys;       /* distinct keyed fingerprints written */
    bool complete;       /* false: the run's set ran out of memory (a subset was written) */
} ls_fingerprint_kind;

typedef struct {
    const char *path;         /* as given in ls_options.fingerprints (NULL: --compare only) */
    bool written;             /* the file is complete and in place (mode 0600) */
    bool keyed;
    char key_id[33];          /* hex; "" when unkeyed */
    char manifest_sha256[65]; /* the source manifest digest recorded in the header */
    uint64_t bytes;           /* size of the file */
    double seconds;           /* time spent writing it (and comparing) */
    size_t kind_count;
    const ls_fingerprint_kind *kinds;
    const char *error;        /* "" unless writing or comparing failed */
} ls_fingerprints_summary;

/* After ls_analysis_finish(), when ls_options.fingerprints or fp_compare was set; else NULL. */
const ls_fingerprints_summary *ls_analysis_fingerprints(const ls_analysis *a);

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
