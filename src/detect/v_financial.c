/* v_financial.c — IBAN, BIC and payment card numbers. */
#include "detect/v_common.h"

/* IBAN lengths per country (SWIFT IBAN registry, plus the French overseas codes that
 * banks print with their own prefix). Sorted by code for binary search. */
static const struct {
    char cc[2];
    unsigned char len;
} iban_len[] = {
    {{'A', 'D'}, 24}, {{'A', 'E'}, 23}, {{'A', 'L'}, 28}, {{'A', 'T'}, 20}, {{'A', 'Z'}, 28},
    {{'B', 'A'}, 20}, {{'B', 'E'}, 16}, {{'B', 'G'}, 22}, {{'B', 'H'}, 22}, {{'B', 'I'}, 27},
    {{'B', 'L'}, 27}, {{'B', 'R'}, 29}, {{'B', 'Y'}, 28}, {{'C', 'H'}, 21}, {{'C', 'R'}, 22},
    {{'C', 'Y'}, 28}, {{'C', 'Z'}, 24}, {{'D', 'E'}, 22}, {{'D', 'J'}, 27}, {{'D', 'K'}, 18},
    {{'D', 'O'}, 28}, {{'E', 'E'}, 20}, {{'E', 'G'}, 29}, {{'E', 'S'}, 24}, {{'F', 'I'}, 18},
    {{'F', 'K'}, 18}, {{'F', 'O'}, 18}, {{'F', 'R'}, 27}, {{'G', 'B'}, 22}, {{'G', 'E'}, 22},
    {{'G', 'F'}, 27}, {{'G', 'I'}, 23}, {{'G', 'L'}, 18}, {{'G', 'P'}, 27}, {{'G', 'R'}, 27},
    {{'G', 'T'}, 28}, {{'H', 'N'}, 28}, {{'H', 'R'}, 21}, {{'H', 'U'}, 28}, {{'I', 'E'}, 22},
    {{'I', 'L'}, 23}, {{'I', 'Q'}, 23}, {{'I', 'S'}, 26}, {{'I', 'T'}, 27}, {{'J', 'O'}, 30},
    {{'K', 'W'}, 30}, {{'K', 'Z'}, 20}, {{'L', 'B'}, 28}, {{'L', 'C'}, 32}, {{'L', 'I'}, 21},
    {{'L', 'T'}, 20}, {{'L', 'U'}, 20}, {{'L', 'V'}, 21}, {{'L', 'Y'}, 25}, {{'M', 'C'}, 27},
    {{'M', 'D'}, 24}, {{'M', 'E'}, 22}, {{'M', 'F'}, 27}, {{'M', 'K'}, 19}, {{'M', 'N'}, 20},
    {{'M', 'Q'}, 27}, {{'M', 'R'}, 27}, {{'M', 'T'}, 31}, {{'M', 'U'}, 30}, {{'N', 'C'}, 27},
    {{'N', 'I'}, 28}, {{'N', 'L'}, 18}, {{'N', 'O'}, 15}, {{'O', 'M'}, 23}, {{'P', 'F'}, 27},
    {{'P', 'K'}, 24}, {{'P', 'L'}, 28}, {{'P', 'M'}, 27}, {{'P', 'S'}, 29}, {{'P', 'T'}, 25},
    {{'Q', 'A'}, 29}, {{'R', 'E'}, 27}, {{'R', 'O'}, 24}, {{'R', 'S'}, 22}, {{'R', 'U'}, 33},
    {{'S', 'A'}, 24}, {{'S', 'C'}, 31}, {{'S', 'D'}, 18}, {{'S', 'E'}, 24}, {{'S', 'I'}, 19},
    {{'S', 'K'}, 24}, {{'S', 'M'}, 27}, {{'S', 'O'}, 23}, {{'S', 'T'}, 25}, {{'S', 'V'}, 28},
    {{'T', 'F'}, 27}, {{'T', 'L'}, 23}, {{'T', 'N'}, 24}, {{'T', 'R'}, 26}, {{'U', 'A'}, 29},
    {{'V', 'A'}, 22}, {{'V', 'G'}, 24}, {{'W', 'F'}, 27}, {{'X', 'K'}, 20}, {{'Y', 'E'}, 30},
    {{'Y', 'T'}, 27},
};

static int iban_country_len(char a, char b)
{
    int lo = 0, hi = (int)(sizeof iban_len / sizeof iban_len[0]) - 1;
    unsigned key = (unsigned)(unsigned char)a << 8 | (unsigned char)b;
    while (lo <= hi) {
        int mid = (lo + hi) / 2;
        unsigned k =
            (unsigned)(unsigned char)iban_len[mid].cc[0] << 8 | (unsigned char)iban_len[mid].cc[1];
        if (k == key) return iban_len[mid].len;
        if (k < key)
            lo = mid + 1;
        else
            hi = mid - 1;
    }
    return 0;
}

/* ls_validate_iban_ex: International Bank Account Number, ISO 13616.
 *
 * Accepted: "FR76 3000 6000 0112 3456 7890 189", the same without spaces or in lower
 * case, optionally preceded by "IBAN" (and ':' or spaces). Shape (else NOT_TYPE): two
 * letters, two digits, then 11-30 letters or digits, 15-34 characters in all. Rules (else
 * INVALID): the country is in the IBAN registry, the length is that country's, and the
 * number moved to the end with letters read as 10..35 is 1 mod 97. Normal form: upper
 * case without spaces. detail: 0. */
ls_verdict ls_validate_iban_ex(const char *s, size_t n, char *norm, size_t *norm_len,
                               uint32_t *detail)
{
    char b[34];
    int k = 0;
    lsv_set_detail(detail, 0);
    lsv_trim(&s, &n);
    if (n >= 4 && lsv_prefix_ci(s, n, "iban")) {
        s += 4, n -= 4;
        while (n && (*s == ' ' || *s == ':'))
            s++, n--;
    }
    if (n < 15 || n > 50) return lsv_not(norm_len);
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == ' ' || c == '-') {
            if (k == 0 || i + 1 == n) return lsv_not(norm_len);
            continue;
        }
        if (!lsc_alnum(c) || k == 34) return lsv_not(norm_len);
        b[k++] = (char)lsc_upper(c);
    }
    if (k < 15 || !lsc_alpha((unsigned char)b[0]) || !lsc_alpha((unsigned char)b[1]) ||
        !lsc_digit((unsigned char)b[2]) || !lsc_digit((unsigned char)b[3]))
        return lsv_not(norm_len);

    int ok = iban_country_len(b[0], b[1]) == k;
    /* mod 97 of the rearranged string (b[4..k) then b[0..4)), letters read as 10..35.
     * Digits are accumulated in 64 bits and reduced every 7 characters (at most 14
     * decimal digits), so a 34-character IBAN costs 5 divisions instead of 34. */
    uint64_t r = 0;
    int pending = 0;
    for (int j = 4; j < k + 4; j++) {
        unsigned char c = (unsigned char)b[j < k ? j : j - k];
        if (lsc_digit(c))
            r = r * 10 + (c - '0');
        else
            r = r * 100 + (unsigned)(c - 'A' + 10);
        if (++pending == 7) r %= 97, pending = 0;
    }
    r %= 97;
    if (r != 1) ok = 0;
    return lsv_out(ok ? LS_VERDICT_VALID : LS_VERDICT_INVALID, norm, norm_len, b, (size_t)k);
}

/* ls_validate_bic_ex: Business Identifier Code (SWIFT), ISO 9362.
 *
 * Shape (else NOT_TYPE): 8 or 11 characters written in upper case — 4 letters (bank),
 * 2 letters (country), 2 letters/digits (location), optional 3 letters/digits (branch).
 * Upper case is required on purpose: otherwise every 8-letter word ("password") would have
 * the shape. Rule (else INVALID): the country is an ISO 3166 code. Normal form: the 11-
 * character form is kept as is, an 8-character one too (no "XXX" padding, so that both
 * spellings of a head office stay distinguishable in counts). detail: 0.
 * WEAK: upper-case 8-letter surnames ("BERNARDI": AR is Argentina) also pass; a BIC
 * column needs a header hint. */
ls_verdict ls_validate_bic_ex(const char *s, size_t n, char *norm, size_t *norm_len,
                              uint32_t *detail)
{
    lsv_set_detail(detail, 0);
    lsv_trim(&s, &n);
    if (n != 8 && n != 11) return lsv_not(norm_len);
    const unsigned char *p = (const unsigned char *)s;
    for (int i = 0; i < 6; i++)
        if (!lsc_upper_c(p[i])) return lsv_not(norm_len);
    for (size_t i = 6; i < n; i++)
        if (!lsc_upper_c(p[i]) && !lsc_digit(p[i])) return lsv_not(norm_len);
    int ok = lsv_iso_country(p[4], p[5]);
    return lsv_out(ok ? LS_VERDICT_VALID : LS_VERDICT_INVALID, norm, norm_len, s, n);
}

const char *ls_card_brand_name(ls_card_brand b)
{
    static const char *const names[] = {"unknown", "visa",   "mastercard", "amex",     "discover",
                                        "jcb",     "diners", "maestro",    "unionpay", "mir"};
    if ((unsigned)b >= sizeof names / sizeof names[0]) return "unknown";
    return names[b];
}

/* Brand of a card from its first digits (p[0..np), np >= 1) and whether `len` digits is a
 * length that brand issues. Prefixes that need more digits than are visible (masked card)
 * fall through to the shorter tests. */
static ls_card_brand card_brand(const char *p, int np, int len, int *len_ok)
{
    int d1 = p[0] - '0';
    int d2 = np >= 2 ? lsv_num(p, 2) : -1;
    int d3 = np >= 3 ? lsv_num(p, 3) : -1;
    int d4 = np >= 4 ? lsv_num(p, 4) : -1;
    ls_card_brand b = LS_CARD_UNKNOWN;
    int lmin = 16, lmax = 16;
    if (d1 == 4) {
        b = LS_CARD_VISA, lmin = 13, lmax = 19;
    } else if (d2 >= 51 && d2 <= 55) {
        b = LS_CARD_MASTERCARD;
    } else if (d4 >= 2221 && d4 <= 2720) {
        b = LS_CARD_MASTERCARD;
    } else if (d4 >= 2200 && d4 <= 2204) {
        b = LS_CARD_MIR, lmax = 19;
    } else if (d2 == 34 || d2 == 37) {
        b = LS_CARD_AMEX, lmin = lmax = 15;
    } else if (d4 == 6011 || (d3 >= 644 && d3 <= 649) || d2 == 65) {
        b = LS_CARD_DISCOVER, lmax = 19;
    } else if (d4 >= 3528 && d4 <= 3589) {
        b = LS_CARD_JCB, lmax = 19;
    } else if ((d3 >= 300 && d3 <= 305) || d4 == 3095 || d2 == 36 || d2 == 38 || d2 == 39) {
        b = LS_CARD_DINERS, lmin = 14, lmax = 19;
    } else if (d2 == 62) {
        b = LS_CARD_UNIONPAY, lmax = 19;
    } else if (d4 == 5018 || d4 == 5020 || d4 == 5038 || d4 == 5893 || d4 == 6304 || d4 == 6759 ||
               d4 == 6761 || d4 == 6762 || d4 == 6763) {
        b = LS_CARD_MAESTRO, lmin = 12, lmax = 19;
    }
    *len_ok = len >= lmin && len <= lmax;
    return b;
}

/* ls_validate_card_number_ex: payment card number (PAN).
 *
 * Accepted: 12-19 digits, optionally grouped with spaces or dashes ("4970 1012 3456
 * 7890"). Shape (else NOT_TYPE): the digits start with a known issuer range — Visa 4;
 * Mastercard 51-55 and 2221-2720; Amex 34/37; Discover 6011, 644-649, 65; JCB 3528-3589;
 * Diners 300-305, 3095, 36, 38, 39; UnionPay 62; Mir 2200-2204; Maestro 5018 5020 5038
 * 5893 6304 6759 6761-6763. Numbers outside every range (order numbers starting 1, 7, 8,
 * 9, 0...) are not cards. Rules (else INVALID): the length is one the brand issues (Amex
 * 15, Visa 13-19, most others 16-19), and the Luhn check holds (required for every brand,
 * although a few UnionPay cards do not use it).
 *
 * CB ("Carte Bancaire"): French CB cards are co-badged and numbered inside the Visa and
 * Mastercard ranges; no public CB-only IIN table exists. We flag LS_CARD_F_CB for 4970xx
 * ("Carte Bleue" Visa, the historical CB range) and otherwise report the global brand.
 *
 * Masked numbers — "4970 10** **** 1234", "XXXX XXXX XXXX 1234", "************1234": 12-19
 * positions of digits and mask characters (* X x #), one contiguous masked run, at least
 * 4 visible digits. They are real card data but cannot be checked: verdict INVALID with
 * LS_CARD_F_MASKED; the normal form keeps digits and writes masks as '*'. The brand is
 * taken from the visible prefix when there is one.
 *
 * detail: brand | LS_CARD_F_*. Normal form: the digits without separators. */
ls_verdict ls_validate_card_number_ex(const char *s, size_t n, char *norm, size_t *norm_len,
                                      uint32_t *detail)
{
    char d[19];
    int k = 0, masks = 0, runs = 0, prev_mask = 0, lead = -1;
    lsv_set_detail(detail, 0);
    lsv_trim(&s, &n);
    if (n < 12 || n > 32) return lsv_not(norm_len);
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (lsc_digit(c)) {
            if (k == 19) return lsv_not(norm_len);
            d[k++] = (char)c;
            prev_mask = 0;
        } else if (c == '*' || c == 'X' || c == 'x' || c == '#') {
            if (k == 19) return lsv_not(norm_len);
            if (!prev_mask) {
                runs++;
                if (lead < 0) lead = k;
            }
            d[k++] = '*';
            masks++;
            prev_mask = 1;
        } else if (c == ' ' || c == '-') {
            if (i == 0 || i + 1 == n) return lsv_not(norm_len);
        } else {
            return lsv_not(norm_len);
        }
    }
    if (k < 12) return lsv_not(norm_len);

    if (masks) {
        if (runs != 1 || k - masks < 4) return lsv_not(norm_len);
        uint32_t det = LS_CARD_F_MASKED;
        if (lead > 0) {
            int len_ok;
            ls_card_brand b = card_brand(d, lead, k, &len_ok);
            if (b == LS_CARD_UNKNOWN && d[0] != '4' && d[0] != '5' && d[0] != '3' && d[0] != '6' &&
                d[0] != '2')
                return lsv_not(norm_len);
            det |= (uint32_t)b;
            if (lead >= 4 && memcmp(d, "4970", 4) == 0) det |= LS_CARD_F_CB;
        }
        lsv_set_detail(detail, det);
        return lsv_out(LS_VERDICT_INVALID, norm, norm_len, d, (size_t)k);
    }

    int len_ok;
    ls_card_brand b = card_brand(d, k, k, &len_ok);
    if (b == LS_CARD_UNKNOWN) return lsv_not(norm_len);
    uint32_t det = (uint32_t)b;
    if (memcmp(d, "4970", 4) == 0) det |= LS_CARD_F_CB;
    lsv_set_detail(detail, det);
    int ok = len_ok && lsv_luhn(d, (size_t)k);
    return lsv_out(ok ? LS_VERDICT_VALID : LS_VERDICT_INVALID, norm, norm_len, d, (size_t)k);
}
