/* classify.h — the column classifier (issue 3): gives every column of an input a type of
 * the DESIGN.md vocabulary and a confidence, from its header name (French and English
 * hints) and from value votes over a sample of its values (validators of validate.h).
 *
 * The classifier only decides the type. The pipeline then validates every row of the
 * column against that type and counts valid / invalid values.
 *
 * Decision rules, thresholds and their reasons are documented in classify.c. In short:
 *  - a header hint is accepted when at least half of the non-empty sample values have
 *    the shape of the hinted type (checksums may fail: that is the fabrication signal);
 *  - without a hint, checksum types need 80% of the values to have the shape and a valid
 *    share well above what random digits reach (Luhn passes 1 in 10, mod 97 1 in 97);
 *  - first names, surnames and places are typed by value when a large enough share of
 *    the values are in the compiled-in public lists (lexicon.h), the list with the largest
 *    share winning;
 *  - other weak types (place_of_birth, username, user_id, password, bic, passport numbers
 *    other than French, bare 9-digit SSN, ADELI, FINESS, health) need a header hint or,
 *    for postal_code / date_of_birth, the neighbouring or other identity columns;
 *  - a column that is not PII stays unknown, number, date, datetime or free_text.
 *
 * No allocation, no I/O, no locale; the only global state is the word lists, built once
 * (pthread_once) on first use: safe from any thread. Deterministic:
 * the same input gives the same output. */
#ifndef LEAKSCOPE_DETECT_CLASSIFY_H
#define LEAKSCOPE_DETECT_CLASSIFY_H

#include <stddef.h>
#include <stdint.h>

#include "detect/types.h"
#include "leakscope/leakscope.h" /* ls_format */

typedef struct {
    const char *p;
    uint32_t len;
} ls_span;

typedef struct {
    const char *name;      /* header name, UTF-8, NUL-terminated, or NULL (no header) */
    const ls_span *values; /* sample values of this column: unescaped, UTF-8, may be empty or
                              blank */
    size_t nvalues;        /* up to ~2000, drawn from several places in the file */
} ls_column_sample;

typedef struct {
    ls_format format; /* LS_FORMAT_COMBO: 2 columns, the second is a password (or
                         password_hash when its values are hashes) */
    uint32_t ncolumns;
    const ls_column_sample *columns;
    int reference_year; /* "now" for birth-date plausibility, passed in for determinism */
} ls_classify_input;

/* What a column's type was decided on (reported as "evidence"). */
typedef enum {
    LS_EVIDENCE_NONE,            /* no value and no header name: nothing to go on */
    LS_EVIDENCE_HEADER,          /* the header name alone (no values, or a header-only type) */
    LS_EVIDENCE_HEADER_VALUES,   /* the header name, not contradicted by the values */
    LS_EVIDENCE_VALUES,          /* the values' validators (shape, checksum, format) */
    LS_EVIDENCE_FIRST_NAME_LIST, /* the share of values that are listed first names */
    LS_EVIDENCE_SURNAME_LIST,    /* ... listed surnames */
    LS_EVIDENCE_PLACE_LIST,      /* ... listed places (towns, cities) */
    LS_EVIDENCE_NEIGHBOURS,      /* the columns beside it (names side by side, postcode and
                                    city, birth date in a file about people) */
    LS_EVIDENCE_COMBO,           /* its position in a combo list (login:password) */
    LS_EVIDENCE__COUNT
} ls_evidence;

/* Stable lower-case name of an evidence kind ("surname_list"), for reports. */
const char *ls_evidence_name(ls_evidence e);

typedef struct {
    ls_type type;        /* from the vocabulary; LS_TYPE_UNKNOWN, NUMBER or FREE_TEXT for non-PII */
    double confidence;   /* 0..1 */
    ls_type header_hint; /* what the header name alone suggested (LS_TYPE_UNKNOWN if nothing) */
    double valid_ratio;  /* valid / non-empty sample values for the chosen type (0 when not
                            applicable) */
    ls_evidence evidence;
    double listed_share; /* for the *_LIST evidences: listed / non-empty sample values */
} ls_column_class;

/* Header-name hint, French and English, accent- and case-insensitive; separators
 * "_ - . space" (and any other punctuation), camelCase and letter/digit changes split the
 * name into words. n bytes of name are read (no NUL needed). Returns LS_TYPE_UNKNOWN when
 * the name suggests nothing, and also for a plain "id" (a row key, not evidence of a
 * person identifier: "id_client", "user_id", "num_adherent" are user_id). Non-PII hints
 * (date, number, free_text) are returned too: they keep such columns out of PII types. */
ls_type ls_header_hint(const char *name, size_t n);

/* Classify every column; out has in->ncolumns entries. Deterministic. */
void ls_classify(const ls_classify_input *in, ls_column_class *out);

#endif
