/* validate.h — PII validators: one per type of the DESIGN.md vocabulary (internal API).
 *
 * Contract shared by every validator:
 *  - Input is one field value as pointer + length. It is NOT NUL-terminated and may hold
 *    any bytes (UTF-8, Windows-1252, binary). Leading/trailing white space is ignored.
 *  - The verdict says VALID (syntax and checksum hold), INVALID (the value has the shape of
 *    this type but a checksum or rule fails — a typo, a truncated value, or fabricated
 *    data), or NOT_TYPE (not this kind of value at all). The ratio INVALID/(VALID+INVALID)
 *    over a column is what tells a real dump from a fabricated one.
 *  - `norm`, when not NULL, is a caller buffer of at least LS_NORM_CAP(n) bytes that
 *    receives the normalised value (NOT NUL-terminated) on VALID and INVALID; `norm_len`,
 *    when not NULL, receives its length (0 on NOT_TYPE). The normal forms are those of the
 *    report contract: e-mail trimmed + lower-case, phone E.164, NIR 15 chars, IBAN upper
 *    case without spaces, dates ISO 8601.
 *  - `detail` (the _ex variants), when not NULL, receives a per-type code documented next
 *    to each validator: phone kind, card brand, hash family, NIR flags... It is set on
 *    every verdict (0 when nothing applies) so that a column can keep a histogram of it.
 *  - No allocation, no locale, no I/O, no global state: safe from any thread.
 */
#ifndef LEAKSCOPE_DETECT_VALIDATE_H
#define LEAKSCOPE_DETECT_VALIDATE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "detect/types.h"

typedef enum { LS_VERDICT_NOT_TYPE = 0, LS_VERDICT_INVALID = 1, LS_VERDICT_VALID = 2 } ls_verdict;

/* Size of the `norm` buffer a caller must provide for an input of n bytes. Twice the input
 * because name folding may turn one Windows-1252 byte (ß, æ, œ, þ) into two letters; the
 * +16 covers added prefixes (E.164 "+33", a NIR's computed key, ISO date dashes). */
#define LS_NORM_CAP(n) (2u * (size_t)(n) + 16u)

/* "valid", "invalid", "not_type". */
const char *ls_verdict_name(ls_verdict v);

/* Dispatch on the type. LS_TYPE_UNKNOWN, LS_TYPE_FREE_TEXT and LS_TYPE_HEALTH have no
 * value-level validator and always return NOT_TYPE. */
ls_verdict ls_validate(ls_type t, const char *s, size_t n, char *norm, size_t *norm_len);
ls_verdict ls_validate_ex(ls_type t, const char *s, size_t n, char *norm, size_t *norm_len,
                          uint32_t *detail);

/* Luhn (mod 10) check over n ASCII digits; false on any non-digit. */
bool ls_luhn_valid(const char *digits, size_t n);

/* Every validator X exists as ls_validate_X_ex(s, n, norm, norm_len, detail) and as the
 * four-argument ls_validate_X(s, n, norm, norm_len) that passes detail = NULL. */
#define LS_VALIDATOR(name)                                                                         \
    ls_verdict ls_validate_##name##_ex(const char *s, size_t n, char *norm, size_t *norm_len,      \
                                       uint32_t *detail);                                          \
    static inline ls_verdict ls_validate_##name(const char *s, size_t n, char *norm,               \
                                                size_t *norm_len)                                  \
    {                                                                                              \
        return ls_validate_##name##_ex(s, n, norm, norm_len, NULL);                                \
    }

/* ---- contact (v_contact.c) ------------------------------------------------------------ */

/* email — detail: flags. */
#define LS_EMAIL_F_WRAPPED   0x1u /* came as mailto:... or Name <a@b> */
#define LS_EMAIL_F_NON_ASCII 0x2u /* non-ASCII bytes (verdict INVALID) */
LS_VALIDATOR(email)

/* phone — detail: kind (low byte) | flags. */
typedef enum {
    LS_PHONE_NONE = 0,
    LS_PHONE_FR_GEO,      /* 01-05 */
    LS_PHONE_FR_MOBILE,   /* 06, 07 */
    LS_PHONE_FR_SPECIAL,  /* 08 */
    LS_PHONE_FR_VOIP,     /* 09 */
    LS_PHONE_FR_OVERSEAS, /* +262 +590 +594 +596 (0262, 0692, 0590, 0690, ...) */
    LS_PHONE_UK_MOBILE,   /* 07 */
    LS_PHONE_UK_GEO,      /* 01, 02 */
    LS_PHONE_UK_OTHER,    /* 03, 05, 08, 09 */
    LS_PHONE_INTL,        /* any other +CC number (E.164) */
} ls_phone_kind;
#define LS_PHONE_KIND_MASK   0xffu
#define LS_PHONE_F_NO_TRUNK  0x100u /* 9 digits: French number whose leading 0 was dropped */
#define LS_PHONE_F_INTL_FORM 0x200u /* written with a country code (+33, 0033, 33) */
const char *ls_phone_kind_name(ls_phone_kind k);
LS_VALIDATOR(phone)

/* postal_code — detail: kind | flags. */
typedef enum {
    LS_POSTAL_NONE = 0,
    LS_POSTAL_FR,
    LS_POSTAL_FR_CORSICA,  /* 20xxx */
    LS_POSTAL_FR_OVERSEAS, /* 97xxx, 98xxx */
    LS_POSTAL_UK,
} ls_postal_kind;
#define LS_POSTAL_KIND_MASK         0xffu
#define LS_POSTAL_F_NO_LEADING_ZERO 0x100u /* 4 digits: 0 dropped by a spreadsheet */
LS_VALIDATOR(postal_code)

/* ---- national identifiers (v_national_id.c) -------------------------------------------- */

/* fr_nir — detail: flags. */
#define LS_NIR_F_NO_KEY    0x1u  /* 13 characters, key absent (norm carries the computed key) */
#define LS_NIR_F_TEMPORARY 0x2u  /* sex digit 3, 4, 7 or 8 */
#define LS_NIR_F_CORSICA   0x4u  /* department 2A / 2B */
#define LS_NIR_F_ABROAD    0x8u  /* department 99: born abroad */
#define LS_NIR_F_OVERSEAS  0x10u /* department 97x / 98x */
#define LS_NIR_F_EAN13     0x20u /* key-less and a valid EAN-13 barcode too */
LS_VALIDATOR(fr_nir)
LS_VALIDATOR(uk_nino)
LS_VALIDATOR(uk_nhs)
LS_VALIDATOR(us_ssn)
LS_VALIDATOR(passport)

/* ---- financial (v_financial.c) ---------------------------------------------------------- */

LS_VALIDATOR(iban)
LS_VALIDATOR(bic)

/* card_number — detail: brand (low byte) | flags. */
typedef enum {
    LS_CARD_UNKNOWN = 0,
    LS_CARD_VISA,
    LS_CARD_MASTERCARD,
    LS_CARD_AMEX,
    LS_CARD_DISCOVER,
    LS_CARD_JCB,
    LS_CARD_DINERS,
    LS_CARD_MAESTRO,
    LS_CARD_UNIONPAY,
    LS_CARD_MIR,
} ls_card_brand;
#define LS_CARD_BRAND_MASK 0xffu
#define LS_CARD_F_MASKED   0x100u /* digits hidden by * X x # (verdict INVALID) */
#define LS_CARD_F_CB       0x200u /* 4970xx: historical Carte Bleue (CB/Visa) range */
const char *ls_card_brand_name(ls_card_brand b);
LS_VALIDATOR(card_number)

/* ---- business and health identifiers (v_business.c) ----------------------------------- */

#define LS_ID_F_LA_POSTE  0x1u /* SIRET of La Poste (SIREN 356000000), digit-sum rule */
#define LS_ID_F_UNCHECKED 0x2u /* shape only: no checksum is known for this form */
LS_VALIDATOR(fr_siren)
LS_VALIDATOR(fr_siret)
LS_VALIDATOR(fr_rpps)
LS_VALIDATOR(fr_adeli)
LS_VALIDATOR(fr_finess)

/* ---- credentials (v_credentials.c) ------------------------------------------------------ */

/* password_hash — detail: family. */
typedef enum {
    LS_HASH_NONE = 0,
    LS_HASH_BCRYPT,        /* $2a$ $2b$ $2y$ $2x$ */
    LS_HASH_MD5CRYPT,      /* $1$ */
    LS_HASH_SHA256CRYPT,   /* $5$ */
    LS_HASH_SHA512CRYPT,   /* $6$ */
    LS_HASH_YESCRYPT,      /* $y$ */
    LS_HASH_ARGON2,        /* $argon2i$ $argon2d$ $argon2id$ */
    LS_HASH_PHPASS,        /* $P$ $H$ */
    LS_HASH_DJANGO_PBKDF2, /* pbkdf2_sha256$ pbkdf2_sha1$ */
    LS_HASH_MYSQL41,       /* *XXXX (40 hex) */
    LS_HASH_HEX32,         /* MD5 or NTLM */
    LS_HASH_HEX40,         /* SHA-1 */
    LS_HASH_HEX64,         /* SHA-256 */
    LS_HASH_HEX128,        /* SHA-512 */
    LS_HASH__COUNT
} ls_hash_family;
const char *ls_hash_family_name(ls_hash_family f);
LS_VALIDATOR(password_hash)
LS_VALIDATOR(password)
LS_VALIDATOR(user_id)
LS_VALIDATOR(username)

/* ---- dates (v_datetime.c) ------------------------------------------------------------- */

#define LS_DATE_F_HAS_TIME       0x01u /* a time of day follows the date */
#define LS_DATE_F_AMBIGUOUS      0x02u /* a/b/yyyy with a,b <= 12 and a != b */
#define LS_DATE_F_DAY_FIRST      0x04u /* only day-first reading is possible (a > 12) */
#define LS_DATE_F_MONTH_FIRST    0x08u /* read month-first (forced, or a <= 12 < b) */
#define LS_DATE_F_YEAR_FIRST     0x10u /* yyyy-mm-dd or yyyymmdd */
#define LS_DATE_F_COMPACT        0x20u /* yyyymmdd */
#define LS_DATE_F_TWO_DIGIT_YEAR 0x40u /* dd/mm/yy: 00-29 -> 20xx, 30-99 -> 19xx */

typedef struct {
    int year;
    int month, day;
    int hour, minute, second; /* 0 when no time */
    uint32_t flags;           /* LS_DATE_F_* */
} ls_date;

typedef enum {
    LS_DATE_ORDER_AUTO = 0, /* day-first unless only month-first is calendar-valid */
    LS_DATE_ORDER_DMY,
    LS_DATE_ORDER_MDY,
} ls_date_order;

/* Parse a date or date-time (see v_datetime.c for the forms). VALID: calendar-valid;
 * INVALID: date-shaped but impossible (month 13, 30 February, year 0000); NOT_TYPE. */
ls_verdict ls_parse_date(const char *s, size_t n, ls_date_order order, ls_date *out);

/* Days since 1970-01-01 of a proleptic Gregorian date (negative before). */
long ls_days_from_civil(int y, int m, int d);

/* date, datetime, date_of_birth — detail: LS_DATE_F_* flags. `date` accepts a trailing
 * time (flag HAS_TIME), `datetime` requires one. date_of_birth additionally requires an
 * age between 0 and 120 years at the reference day (today, or `today_days` =
 * ls_days_from_civil(...) in the _at variant); outside that range the verdict is INVALID. */
LS_VALIDATOR(date)
LS_VALIDATOR(datetime)
LS_VALIDATOR(date_of_birth)
ls_verdict ls_validate_date_of_birth_at(const char *s, size_t n, char *norm, size_t *norm_len,
                                        uint32_t *detail, long today_days);

/* ---- network (v_network.c) ------------------------------------------------------------ */

/* ipv4 / ipv6 — detail: address class. */
typedef enum {
    LS_IP_PUBLIC = 0,
    LS_IP_PRIVATE,    /* RFC 1918, fc00::/7, 100.64/10 (CGNAT) */
    LS_IP_LOOPBACK,   /* 127/8, ::1 */
    LS_IP_LINK_LOCAL, /* 169.254/16, fe80::/10 */
    LS_IP_SPECIAL,    /* 0/8, multicast, broadcast, documentation, reserved */
} ls_ip_class;
LS_VALIDATOR(ipv4)
LS_VALIDATOR(ipv6)
LS_VALIDATOR(url)

/* ---- identity (v_identity.c, lexicon.c) -------------------------------------------------- */

/* gender — detail: value | LS_GENDER_F_TITLE. norm is "M", "F" or "X". */
typedef enum {
    LS_GENDER_NONE = 0,
    LS_GENDER_MALE,
    LS_GENDER_FEMALE,
    LS_GENDER_UNSPECIFIED
} ls_gender;
#define LS_GENDER_MASK    0xffu
#define LS_GENDER_F_TITLE 0x100u /* a civility title (Mme, Mr, Dr...) rather than a sex */
LS_VALIDATOR(gender)

/* Is s[0..n) (any case, with or without accents, UTF-8 or Windows-1252) a common French or
 * English first name? Compound names (Jean-Pierre) match when every part does. */
bool ls_is_common_first_name(const char *s, size_t n);

/* Name shape: 2-40 bytes of letters (accented UTF-8 / Windows-1252 Latin letters included),
 * hyphens, apostrophes and single spaces, starting with a letter, with at least 2 letters. */
bool ls_name_shape(const char *s, size_t n);

/* full_name — detail: order. */
#define LS_NAME_F_FIRST_LAST 0x1u /* Marie Dupont */
#define LS_NAME_F_LAST_FIRST 0x2u /* DUPONT Marie, Dupont, Marie */
LS_VALIDATOR(first_name)
LS_VALIDATOR(last_name)
LS_VALIDATOR(full_name)
LS_VALIDATOR(street_address)
LS_VALIDATOR(city)
LS_VALIDATOR(place_of_birth)
LS_VALIDATOR(country)

/* ---- other ------------------------------------------------------------------------------ */
LS_VALIDATOR(number)

#undef LS_VALIDATOR

#endif
