/* v_business.c — French business and health-system identifiers: SIREN, SIRET, RPPS,
 * ADELI, FINESS. All are digit strings with a Luhn key; the lengths overlap (SIREN, ADELI
 * and FINESS are all 9 digits), so a value alone cannot tell them apart: the classifier
 * decides from the header and these validators only say "has the shape, key holds". */
#include "detect/v_common.h"

/* Collect exactly `want` digits from a trimmed value, allowing space, dot and dash
 * separators ("732 829 320", "732 829 320 00074"). Returns 1 on success. */
static int want_digits(const char *s, size_t n, char *d, int want)
{
    lsv_trim(&s, &n);
    if (n < (size_t)want || n > (size_t)want * 2) return 0;
    return lsv_digits(s, n, d, want, " .-", NULL) == want;
}

/* The shape shared by SIREN, ADELI and RPPS: exactly `len` digits (spaces allowed where
 * want_digits allows them), optionally a required first digit (else NOT_TYPE), whose last
 * digit is a Luhn key (else INVALID). Normal form: the digits. detail: 0. */
static ls_verdict digits_with_luhn_key(const char *s, size_t n, size_t len, char first, char *norm,
                                       size_t *norm_len, uint32_t *detail)
{
    char d[16];
    lsv_set_detail(detail, 0);
    if (!want_digits(s, n, d, len) || (first && d[0] != first)) return lsv_not(norm_len);
    ls_verdict v = lsv_luhn(d, len) ? LS_VERDICT_VALID : LS_VERDICT_INVALID;
    return lsv_out(v, norm, norm_len, d, len);
}

/* ls_validate_fr_siren_ex: SIREN, the 9-digit INSEE company number; its last digit is a
 * Luhn key. Shape: 9 digits (else NOT_TYPE); Luhn (else INVALID). Normal form: 9 digits.
 * detail: 0. */
ls_verdict ls_validate_fr_siren_ex(const char *s, size_t n, char *norm, size_t *norm_len,
                                   uint32_t *detail)
{
    return digits_with_luhn_key(s, n, 9, 0, norm, norm_len, detail);
}

/* ls_validate_fr_siret_ex: SIRET, SIREN + 5-digit establishment number (NIC).
 *
 * Shape: 14 digits (else NOT_TYPE). Rules (else INVALID): the whole 14 digits pass Luhn
 * and so does the 9-digit SIREN inside (both keys are issued by INSEE; checking both makes
 * random digits pass 1 in 100 instead of 1 in 10). Exception: La Poste (SIREN 356000000)
 * numbers its thousands of establishments outside Luhn; INSEE's rule for them is that the
 * sum of the 14 digits is a multiple of 5 (LS_ID_F_LA_POSTE). Normal form: 14 digits. */
ls_verdict ls_validate_fr_siret_ex(const char *s, size_t n, char *norm, size_t *norm_len,
                                   uint32_t *detail)
{
    char d[14];
    lsv_set_detail(detail, 0);
    if (!want_digits(s, n, d, 14)) return lsv_not(norm_len);
    int ok;
    if (memcmp(d, "356000000", 9) == 0) {
        int sum = 0;
        for (int i = 0; i < 14; i++)
            sum += d[i] - '0';
        ok = sum % 5 == 0 || lsv_luhn(d, 14);
        lsv_set_detail(detail, LS_ID_F_LA_POSTE);
    } else {
        ok = lsv_luhn(d, 14) && lsv_luhn(d, 9);
    }
    return lsv_out(ok ? LS_VERDICT_VALID : LS_VERDICT_INVALID, norm, norm_len, d, 14);
}

/* ls_validate_fr_rpps_ex: RPPS, the 11-digit national number of a health professional.
 * Luhn as observed on published RPPS numbers (the ANS does not document the key). Shape:
 * 11 digits starting with 1 — every RPPS issued so far starts with "10" — (else
 * NOT_TYPE); Luhn (else INVALID). The 12-character "8 + RPPS" form of CPS cards is not
 * recognised. Normal form: 11 digits. detail: 0. */
ls_verdict ls_validate_fr_rpps_ex(const char *s, size_t n, char *norm, size_t *norm_len,
                                  uint32_t *detail)
{
    return digits_with_luhn_key(s, n, 11, '1', norm, norm_len, detail);
}

/* ls_validate_fr_adeli_ex: ADELI, the 9-digit number of health professionals not (yet)
 * in RPPS: department(2) profession(2) order(4) key(1). Luhn as observed. Shape: 9 digits
 * (else NOT_TYPE); Luhn (else INVALID). Indistinguishable from a SIREN by value. Normal
 * form: 9 digits. detail: 0. */
ls_verdict ls_validate_fr_adeli_ex(const char *s, size_t n, char *norm, size_t *norm_len,
                                   uint32_t *detail)
{
    return digits_with_luhn_key(s, n, 9, 0, norm, norm_len, detail);
}

/* ls_validate_fr_finess_ex: FINESS, the 9-character number of a health or social-care
 * establishment: department(2) + 6 + key(1). Luhn as observed. Corsican establishments
 * are numbered "2A..."/"2B..."; no documented key exists for that form, so it is accepted
 * on shape with LS_ID_F_UNCHECKED (verdict VALID). Shape: 9 digits or 2A/2B + 7 digits
 * (else NOT_TYPE); Luhn (else INVALID). Normal form: 9 characters, upper case. */
ls_verdict ls_validate_fr_finess_ex(const char *s, size_t n, char *norm, size_t *norm_len,
                                    uint32_t *detail)
{
    char d[9];
    lsv_set_detail(detail, 0);
    lsv_trim(&s, &n);
    if (n >= 9 && n <= 12 && s[0] == '2' &&
        (lsc_upper((unsigned char)s[1]) == 'A' || lsc_upper((unsigned char)s[1]) == 'B')) {
        d[0] = '2', d[1] = (char)lsc_upper((unsigned char)s[1]);
        if (lsv_digits(s + 2, n - 2, d + 2, 7, " .-", NULL) != 7) return lsv_not(norm_len);
        lsv_set_detail(detail, LS_ID_F_UNCHECKED);
        return lsv_out(LS_VERDICT_VALID, norm, norm_len, d, 9);
    }
    if (!want_digits(s, n, d, 9)) return lsv_not(norm_len);
    ls_verdict v = lsv_luhn(d, 9) ? LS_VERDICT_VALID : LS_VERDICT_INVALID;
    return lsv_out(v, norm, norm_len, d, 9);
}
