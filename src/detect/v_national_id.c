/* v_national_id.c — national identifiers: French NIR, UK NINO and NHS number, US SSN,
 * passport numbers. */
#include "detect/v_common.h"

/* ls_validate_fr_nir_ex: the French NIR ("numéro de sécurité sociale", INSEE number).
 *
 * Layout (13 characters + 2-digit key): sex(1) year(2) month(2) department(2) commune(3)
 * order(3) key(2). The key is 97 - (n mod 97) where n is the 13-character number read in
 * decimal, Corsica's 2A and 2B read as 19 and 18. Separators (space, dot, dash) may appear
 * anywhere between characters, so "2 55 08 14 168 025 38" and "255081416802538" are the
 * same value; the normal form is the 15 characters without separators, upper-case.
 *
 * Shape (else NOT_TYPE): 13 or 15 characters, digits except an A/B right after a '2' in
 * the department field, first digit a sex code 1/2 (3/4/7/8: temporary numbers, flagged).
 * Rules (else INVALID): month 01-12, 20, 30-42 or 50-99; department not 00; order not 000;
 * key 01-97 and equal to the computed key.
 *
 * A 13-character value is a "NIR without key": nothing can be checked beyond the field
 * rules, so the verdict is VALID when they hold, with LS_NIR_F_NO_KEY set, and the normal
 * form carries the computed key so that keyed and key-less spellings count as one value.
 * Callers that need checksum evidence must look at the flag. Key-less values must have sex
 * digit 1 or 2 (else NOT_TYPE): 13 digits starting 3 or 4 are far more often EAN-13
 * barcodes (French products are 300-379) than temporary numbers, which are written with
 * their key. A key-less value that also passes the EAN-13 check digit gets
 * LS_NIR_F_EAN13, so a column of barcodes (all passing) can be told from a column of
 * NIRs (1 in 10 passing). */
ls_verdict ls_validate_fr_nir_ex(const char *s, size_t n, char *norm, size_t *norm_len,
                                 uint32_t *detail)
{
    char b[16];
    int k = 0;
    lsv_set_detail(detail, 0);
    lsv_trim(&s, &n);
    if (n < 13 || n > 40) return lsv_not(norm_len);
    if (n == 13 || n == 15) { /* common case: no separators */
        for (size_t i = 0; i < n; i++) {
            unsigned char c = (unsigned char)s[i];
            if (!lsc_digit(c)) {
                c = lsc_upper(c);
                if (i != 6 || s[5] != '2' || (c != 'A' && c != 'B')) goto spaced;
            }
            b[i] = (char)c;
        }
        k = (int)n;
        goto parsed;
    }
spaced:
    k = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (lsc_digit(c) || c == 'A' || c == 'B' || c == 'a' || c == 'b') {
            if (k == 15) return lsv_not(norm_len);
            b[k++] = (char)lsc_upper(c);
        } else if (!(c == ' ' || c == '.' || c == '-') || k == 0 || i + 1 == n) {
            return lsv_not(norm_len);
        }
    }
    if (k != 13 && k != 15) return lsv_not(norm_len);
    for (int i = 0; i < k; i++)
        if (!lsc_digit((unsigned char)b[i]) && !(i == 6 && b[5] == '2')) return lsv_not(norm_len);

parsed:;
    uint32_t flags = 0;
    char sex = b[0];
    if (sex == '3' || sex == '4' || sex == '7' || sex == '8')
        flags |= LS_NIR_F_TEMPORARY;
    else if (sex != '1' && sex != '2')
        return lsv_not(norm_len);

    int corsica = 0;
    if (b[6] == 'A') corsica = 19, flags |= LS_NIR_F_CORSICA;
    if (b[6] == 'B') corsica = 18, flags |= LS_NIR_F_CORSICA;
    if (b[5] == '9' && b[6] == '9') flags |= LS_NIR_F_ABROAD;
    if (b[5] == '9' && (b[6] == '7' || b[6] == '8')) flags |= LS_NIR_F_OVERSEAS;

    /* The 13-digit number; 2A/2B become 19/18. */
    uint64_t v = 0;
    for (int i = 0; i < 13; i++) {
        if (i == 5 && corsica) {
            v = v * 100 + (uint64_t)corsica;
            i++;
            continue;
        }
        v = v * 10 + (uint64_t)(b[i] - '0');
    }
    int key = 97 - (int)(v % 97);

    int ok = 1;
    int month = lsv_num(b + 3, 2);
    if (!((month >= 1 && month <= 12) || month == 20 || (month >= 30 && month <= 42) ||
          month >= 50))
        ok = 0;
    if (b[5] == '0' && b[6] == '0') ok = 0;
    if (b[10] == '0' && b[11] == '0' && b[12] == '0') ok = 0;
    if (k == 15) {
        int given = lsv_num(b + 13, 2);
        if (given != key) ok = 0;
    } else {
        if (flags & LS_NIR_F_TEMPORARY) return lsv_not(norm_len);
        if (!corsica) {
            int sum = 0; /* EAN-13: weights 1,3 alternating, total multiple of 10 */
            for (int i = 0; i < 13; i++)
                sum += (b[i] - '0') * (i & 1 ? 3 : 1);
            if (sum % 10 == 0) flags |= LS_NIR_F_EAN13;
        }
        flags |= LS_NIR_F_NO_KEY;
        b[13] = (char)('0' + key / 10);
        b[14] = (char)('0' + key % 10);
    }
    lsv_set_detail(detail, flags);
    /* An INVALID NIR keeps its own key in the normal form (k == 15); a key-less one that
     * breaks a field rule is normalised with the computed key like a valid one. */
    return lsv_out(ok ? LS_VERDICT_VALID : LS_VERDICT_INVALID, norm, norm_len, b, 15);
}

/* ls_validate_uk_nino_ex: UK National Insurance number, "AB123456C" or "AB 12 34 56 C".
 *
 * Shape (else NOT_TYPE): two letters, six digits, an optional final letter, spaces allowed
 * between groups. Rules from HMRC's manual NIM39110 (else INVALID): first letter not
 * D F I Q U V; second letter not D F I O Q U V; prefixes BG GB NK KN TN NT ZZ never
 * allocated; suffix A-D. Normal form: upper-case, no spaces. detail: 0. */
ls_verdict ls_validate_uk_nino_ex(const char *s, size_t n, char *norm, size_t *norm_len,
                                  uint32_t *detail)
{
    char b[9];
    lsv_set_detail(detail, 0);
    lsv_trim(&s, &n);
    if (n < 8 || n > 16) return lsv_not(norm_len);
    int k = lsv_alnum_upper(s, n, b, 9, " -");
    if (k < 0) return lsv_not(norm_len);
    if (k < 8) return lsv_not(norm_len);
    if (!lsc_alpha((unsigned char)b[0]) || !lsc_alpha((unsigned char)b[1]))
        return lsv_not(norm_len);
    for (int i = 2; i < 8; i++)
        if (!lsc_digit((unsigned char)b[i])) return lsv_not(norm_len);
    if (k == 9 && !lsc_alpha((unsigned char)b[8])) return lsv_not(norm_len);

    int ok = 1;
    if (strchr("DFIQUV", b[0])) ok = 0;
    if (strchr("DFIOQUV", b[1])) ok = 0;
    static const char bad[] = "BGGBNKKNTNNTZZ";
    for (int i = 0; i < 14; i += 2)
        if (b[0] == bad[i] && b[1] == bad[i + 1]) ok = 0;
    if (k == 9 && (b[8] < 'A' || b[8] > 'D')) ok = 0;
    return lsv_out(ok ? LS_VERDICT_VALID : LS_VERDICT_INVALID, norm, norm_len, b, (size_t)k);
}

/* ls_validate_uk_nhs_ex: NHS number (England, Wales, Isle of Man; the Scottish CHI and
 * Northern Irish H&C numbers use the same check).
 *
 * Shape: 10 digits, optionally grouped 3-3-4 with spaces or dashes (else NOT_TYPE).
 * Check: weights 10..2 on the first nine digits, r = sum mod 11, check digit 11 - r
 * (11 -> 0); a computed 10 means the number can never be issued (INVALID), as does a
 * mismatch. Normal form: 10 digits. detail: 0.
 * Note: any 10-digit string has this shape (French phone numbers included), so a column
 * needs a header hint or a high valid rate (random digits pass ~1 in 11). */
ls_verdict ls_validate_uk_nhs_ex(const char *s, size_t n, char *norm, size_t *norm_len,
                                 uint32_t *detail)
{
    char d[10];
    lsv_set_detail(detail, 0);
    lsv_trim(&s, &n);
    if (n < 10 || n > 16) return lsv_not(norm_len);
    if (lsv_digits(s, n, d, 10, " -", NULL) != 10) return lsv_not(norm_len);
    int sum = 0;
    for (int i = 0; i < 9; i++)
        sum += (d[i] - '0') * (10 - i);
    int check = 11 - sum % 11;
    if (check == 11) check = 0;
    int ok = check != 10 && check == d[9] - '0';
    return lsv_out(ok ? LS_VERDICT_VALID : LS_VERDICT_INVALID, norm, norm_len, d, 10);
}

/* ls_validate_us_ssn_ex: US Social Security number, "123-45-6789", "123 45 6789" or nine
 * bare digits.
 *
 * Shape (else NOT_TYPE): 9 digits, separators only as 3-2-4. Rules (else INVALID): area
 * not 000, 666 or 900-999 (ITINs and never-issued); group not 00; serial not 0000; the
 * two famous voided numbers 078-05-1120 and 219-09-9999. Normal form: "AAA-GG-SSSS".
 * detail: 0. Nine bare digits overlap SIREN/ADELI/FINESS: the classifier must use the
 * header for bare forms. */
ls_verdict ls_validate_us_ssn_ex(const char *s, size_t n, char *norm, size_t *norm_len,
                                 uint32_t *detail)
{
    char d[9];
    lsv_set_detail(detail, 0);
    lsv_trim(&s, &n);
    if (n == 9) {
        if (lsv_digits(s, n, d, 9, "", NULL) != 9) return lsv_not(norm_len);
    } else if (n == 11) {
        char sep = s[3];
        if ((sep != '-' && sep != ' ') || s[6] != sep) return lsv_not(norm_len);
        memcpy(d, s, 3), memcpy(d + 3, s + 4, 2), memcpy(d + 5, s + 7, 4);
        for (int i = 0; i < 9; i++)
            if (!lsc_digit((unsigned char)d[i])) return lsv_not(norm_len);
    } else {
        return lsv_not(norm_len);
    }
    int area = lsv_num(d, 3), group = lsv_num(d + 3, 2), serial = lsv_num(d + 5, 4);
    int ok = area != 0 && area != 666 && area < 900 && group != 0 && serial != 0;
    if ((area == 78 && group == 5 && serial == 1120) ||
        (area == 219 && group == 9 && serial == 9999))
        ok = 0;
    char o[11];
    memcpy(o, d, 3), o[3] = '-', memcpy(o + 4, d + 3, 2), o[6] = '-', memcpy(o + 7, d + 5, 4);
    return lsv_out(ok ? LS_VERDICT_VALID : LS_VERDICT_INVALID, norm, norm_len, o, 11);
}

/* ls_validate_passport_ex: passport numbers — WEAK. Only the French layout is recognised:
 * 2 digits, 2 letters, 5 digits ("12AB34567"), spaces allowed; it has no public check
 * digit, so VALID means shape only. Other countries' numbers are plain digits or free
 * alphanumerics that no value-level rule can tell from an order number: NOT_TYPE, and the
 * classifier must rely on the header. Normal form: upper-case, no spaces. detail: 0. */
ls_verdict ls_validate_passport_ex(const char *s, size_t n, char *norm, size_t *norm_len,
                                   uint32_t *detail)
{
    char b[9];
    lsv_set_detail(detail, 0);
    lsv_trim(&s, &n);
    if (n < 9 || n > 12) return lsv_not(norm_len);
    int k = lsv_alnum_upper(s, n, b, 9, " ");
    if (k < 0) return lsv_not(norm_len);
    if (k != 9) return lsv_not(norm_len);
    for (int i = 0; i < 9; i++) {
        int want_alpha = i == 2 || i == 3;
        unsigned char c = (unsigned char)b[i];
        if (want_alpha ? !lsc_alpha(c) : !lsc_digit(c)) return lsv_not(norm_len);
    }
    return lsv_out(LS_VERDICT_VALID, norm, norm_len, b, 9);
}
