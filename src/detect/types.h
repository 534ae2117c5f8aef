/* types.h — the PII type vocabulary of DESIGN.md ("Type vocabulary") as a C enum.
 *
 * The JSON report prints ls_type_name(); those strings are part of the report contract
 * (schema leakscope-report/1) and must never change meaning. Enum values are internal and
 * may be renumbered; persist names, not numbers. */
#ifndef LEAKSCOPE_DETECT_TYPES_H
#define LEAKSCOPE_DETECT_TYPES_H

#include <stdbool.h>
#include <stddef.h>

typedef enum {
    LS_TYPE_UNKNOWN = 0,
    /* identity */
    LS_TYPE_FIRST_NAME,
    LS_TYPE_LAST_NAME,
    LS_TYPE_FULL_NAME,
    LS_TYPE_GENDER,
    LS_TYPE_DATE_OF_BIRTH,
    LS_TYPE_PLACE_OF_BIRTH,
    /* contact */
    LS_TYPE_EMAIL,
    LS_TYPE_PHONE,
    LS_TYPE_STREET_ADDRESS,
    LS_TYPE_POSTAL_CODE,
    LS_TYPE_CITY,
    LS_TYPE_COUNTRY,
    /* national id */
    LS_TYPE_FR_NIR,
    LS_TYPE_UK_NINO,
    LS_TYPE_UK_NHS,
    LS_TYPE_US_SSN,
    LS_TYPE_PASSPORT,
    /* financial */
    LS_TYPE_IBAN,
    LS_TYPE_BIC,
    LS_TYPE_CARD_NUMBER,
    /* business */
    LS_TYPE_FR_SIREN,
    LS_TYPE_FR_SIRET,
    /* health */
    LS_TYPE_FR_RPPS,
    LS_TYPE_FR_ADELI,
    LS_TYPE_FR_FINESS,
    LS_TYPE_HEALTH,
    /* credentials */
    LS_TYPE_USER_ID,
    LS_TYPE_USERNAME,
    LS_TYPE_PASSWORD,
    LS_TYPE_PASSWORD_HASH,
    /* network */
    LS_TYPE_IPV4,
    LS_TYPE_IPV6,
    LS_TYPE_URL,
    /* other */
    LS_TYPE_DATE,
    LS_TYPE_DATETIME,
    LS_TYPE_NUMBER,
    LS_TYPE_FREE_TEXT,
    LS_TYPE__COUNT /* number of types; not a type */
} ls_type;

/* Exact JSON name ("fr_nir", "email", ...); "unknown" for out-of-range values. */
const char *ls_type_name(ls_type t);

/* Inverse of ls_type_name() over n bytes (exact, case-sensitive match). Returns
 * LS_TYPE_UNKNOWN for names outside the vocabulary. */
ls_type ls_type_from_name(const char *name, size_t n);

/* Vocabulary group: "identity", "contact", "national_id", "financial", "business",
 * "health", "credentials", "network" or "other". */
const char *ls_type_group(ls_type t);

/* Is a value of this type personal data that the report must mask and count as PII?
 * See types.c for the decisions (url, business ids and FINESS are not PII). */
bool ls_type_is_pii(ls_type t);

/* GDPR Art. 9 special category (health data). */
bool ls_type_is_special_category(ls_type t);

#endif
