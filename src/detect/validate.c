/* validate.c — the dispatcher from ls_type to validators. */
#include "detect/v_common.h"

const char *ls_verdict_name(ls_verdict v)
{
    switch (v) {
    case LS_VERDICT_VALID:
        return "valid";
    case LS_VERDICT_INVALID:
        return "invalid";
    default:
        return "not_type";
    }
}

typedef ls_verdict (*validator_fn)(const char *, size_t, char *, size_t *, uint32_t *);

static const validator_fn validators[LS_TYPE__COUNT] = {
    [LS_TYPE_FIRST_NAME] = ls_validate_first_name_ex,
    [LS_TYPE_LAST_NAME] = ls_validate_last_name_ex,
    [LS_TYPE_FULL_NAME] = ls_validate_full_name_ex,
    [LS_TYPE_GENDER] = ls_validate_gender_ex,
    [LS_TYPE_DATE_OF_BIRTH] = ls_validate_date_of_birth_ex,
    [LS_TYPE_PLACE_OF_BIRTH] = ls_validate_place_of_birth_ex,
    [LS_TYPE_EMAIL] = ls_validate_email_ex,
    [LS_TYPE_PHONE] = ls_validate_phone_ex,
    [LS_TYPE_STREET_ADDRESS] = ls_validate_street_address_ex,
    [LS_TYPE_POSTAL_CODE] = ls_validate_postal_code_ex,
    [LS_TYPE_CITY] = ls_validate_city_ex,
    [LS_TYPE_COUNTRY] = ls_validate_country_ex,
    [LS_TYPE_FR_NIR] = ls_validate_fr_nir_ex,
    [LS_TYPE_UK_NINO] = ls_validate_uk_nino_ex,
    [LS_TYPE_UK_NHS] = ls_validate_uk_nhs_ex,
    [LS_TYPE_US_SSN] = ls_validate_us_ssn_ex,
    [LS_TYPE_PASSPORT] = ls_validate_passport_ex,
    [LS_TYPE_IBAN] = ls_validate_iban_ex,
    [LS_TYPE_BIC] = ls_validate_bic_ex,
    [LS_TYPE_CARD_NUMBER] = ls_validate_card_number_ex,
    [LS_TYPE_FR_SIREN] = ls_validate_fr_siren_ex,
    [LS_TYPE_FR_SIRET] = ls_validate_fr_siret_ex,
    [LS_TYPE_FR_RPPS] = ls_validate_fr_rpps_ex,
    [LS_TYPE_FR_ADELI] = ls_validate_fr_adeli_ex,
    [LS_TYPE_FR_FINESS] = ls_validate_fr_finess_ex,
    [LS_TYPE_USER_ID] = ls_validate_user_id_ex,
    [LS_TYPE_USERNAME] = ls_validate_username_ex,
    [LS_TYPE_PASSWORD] = ls_validate_password_ex,
    [LS_TYPE_PASSWORD_HASH] = ls_validate_password_hash_ex,
    [LS_TYPE_IPV4] = ls_validate_ipv4_ex,
    [LS_TYPE_IPV6] = ls_validate_ipv6_ex,
    [LS_TYPE_URL] = ls_validate_url_ex,
    [LS_TYPE_DATE] = ls_validate_date_ex,
    [LS_TYPE_DATETIME] = ls_validate_datetime_ex,
    [LS_TYPE_NUMBER] = ls_validate_number_ex,
};

/* ls_validate_ex: run the validator of type t. Types without a value-level validator
 * (unknown, free_text, health: free text about health is recognised by the classifier
 * from headers and vocabulary, not per value) and out-of-range values give NOT_TYPE with
 * detail 0, so callers can dispatch blindly. */
ls_verdict ls_validate_ex(ls_type t, const char *s, size_t n, char *norm, size_t *norm_len,
                          uint32_t *detail)
{
    validator_fn f = (unsigned)t < LS_TYPE__COUNT ? validators[t] : NULL;
    if (!f) {
        lsv_set_detail(detail, 0);
        return lsv_not(norm_len);
    }
    return f(s, n, norm, norm_len, detail);
}

ls_verdict ls_validate(ls_type t, const char *s, size_t n, char *norm, size_t *norm_len)
{
    return ls_validate_ex(t, s, n, norm, norm_len, NULL);
}
