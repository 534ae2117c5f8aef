/* types.c — names, groups and PII flags of the type vocabulary. */
#include <string.h>

#include "detect/types.h"

static const struct {
    const char *name;
    const char *group;
    bool pii;
} type_info[LS_TYPE__COUNT] = {
    [LS_TYPE_UNKNOWN] = {"unknown", "other", false},
    [LS_TYPE_FIRST_NAME] = {"first_name", "identity", true},
    [LS_TYPE_LAST_NAME] = {"last_name", "identity", true},
    [LS_TYPE_FULL_NAME] = {"full_name", "identity", true},
    [LS_TYPE_GENDER] = {"gender", "identity", true},
    [LS_TYPE_DATE_OF_BIRTH] = {"date_of_birth", "identity", true},
    [LS_TYPE_PLACE_OF_BIRTH] = {"place_of_birth", "identity", true},
    [LS_TYPE_EMAIL] = {"email", "contact", true},
    [LS_TYPE_PHONE] = {"phone", "contact", true},
    [LS_TYPE_STREET_ADDRESS] = {"street_address", "contact", true},
    [LS_TYPE_POSTAL_CODE] = {"postal_code", "contact", true},
    [LS_TYPE_CITY] = {"city", "contact", true},
    [LS_TYPE_COUNTRY] = {"country", "contact", true},
    [LS_TYPE_FR_NIR] = {"fr_nir", "national_id", true},
    [LS_TYPE_UK_NINO] = {"uk_nino", "national_id", true},
    [LS_TYPE_UK_NHS] = {"uk_nhs", "national_id", true},
    [LS_TYPE_US_SSN] = {"us_ssn", "national_id", true},
    [LS_TYPE_PASSPORT] = {"passport", "national_id", true},
    [LS_TYPE_IBAN] = {"iban", "financial", true},
    [LS_TYPE_BIC] = {"bic", "financial", true},
    [LS_TYPE_CARD_NUMBER] = {"card_number", "financial", true},
    [LS_TYPE_FR_SIREN] = {"fr_siren", "business", false},
    [LS_TYPE_FR_SIRET] = {"fr_siret", "business", false},
    [LS_TYPE_FR_RPPS] = {"fr_rpps", "health", true},
    [LS_TYPE_FR_ADELI] = {"fr_adeli", "health", true},
    [LS_TYPE_FR_FINESS] = {"fr_finess", "health", false},
    [LS_TYPE_HEALTH] = {"health", "health", true},
    [LS_TYPE_USER_ID] = {"user_id", "credentials", true},
    [LS_TYPE_USERNAME] = {"username", "credentials", true},
    [LS_TYPE_PASSWORD] = {"password", "credentials", true},
    [LS_TYPE_PASSWORD_HASH] = {"password_hash", "credentials", true},
    [LS_TYPE_IPV4] = {"ipv4", "network", true},
    [LS_TYPE_IPV6] = {"ipv6", "network", true},
    [LS_TYPE_URL] = {"url", "network", false},
    [LS_TYPE_DATE] = {"date", "other", false},
    [LS_TYPE_DATETIME] = {"datetime", "other", false},
    [LS_TYPE_NUMBER] = {"number", "other", false},
    [LS_TYPE_FREE_TEXT] = {"free_text", "other", false},
};

/* ls_type_name: the JSON name of a type. Out-of-range values map to "unknown" rather than
 * crash, because type ids may come from merged per-shard summaries. */
const char *ls_type_name(ls_type t)
{
    if ((unsigned)t >= LS_TYPE__COUNT) return "unknown";
    return type_info[t].name;
}

/* ls_type_from_name: linear scan of ~40 names — called per column, never per value. */
ls_type ls_type_from_name(const char *name, size_t n)
{
    if (!name) return LS_TYPE_UNKNOWN;
    for (unsigned i = 0; i < LS_TYPE__COUNT; i++) {
        const char *k = type_info[i].name;
        if (strlen(k) == n && memcmp(k, name, n) == 0) return (ls_type)i;
    }
    return LS_TYPE_UNKNOWN;
}

const char *ls_type_group(ls_type t)
{
    if ((unsigned)t >= LS_TYPE__COUNT) return "other";
    return type_info[t].group;
}

/* ls_type_is_pii: personal data in the GDPR sense (a natural person can be singled out, or
 * the value is about one). Decisions:
 *  - not PII: unknown, free_text, number, date, datetime (a bare date is not about a person
 *    until it is typed date_of_birth), url (links are mostly to shared resources);
 *  - not PII: fr_siren, fr_siret and fr_finess identify companies and health
 *    establishments, not people (a sole trader's SIREN is the exception we accept);
 *  - PII: ipv4/ipv6 (personal data per CJEU Breyer), fr_rpps/fr_adeli (they identify a
 *    health professional), user_id/username/password/password_hash (account data), and the
 *    whole identity, contact, national id and financial groups. */
bool ls_type_is_pii(ls_type t)
{
    if ((unsigned)t >= LS_TYPE__COUNT) return false;
    return type_info[t].pii;
}

/* ls_type_is_special_category: GDPR Art. 9. Only `health` values are health data; RPPS,
 * ADELI and FINESS identify professionals and establishments, which at most hints that a
 * dump holds health data — the report decides that from the combination. */
bool ls_type_is_special_category(ls_type t)
{
    return t == LS_TYPE_HEALTH;
}
