/* v_contact.c — e-mail addresses, telephone numbers, postal codes. */
#include "detect/v_common.h"

/* The common case in one pass: a plain, well-formed address (ASCII atext local part, LDH
 * labels, alphabetic TLD), validated and lower-cased into norm together. Returns 0 for
 * anything else, which the general path then classifies. */
static int email_fast(const unsigned char *p, size_t n, size_t at, char *norm)
{
    for (size_t i = 0; i < at; i++) {
        unsigned char c = p[i];
        if (!(ls_ctab[c] & LSC_ELOC)) return 0;
        if (c == '.' && (i == 0 || i + 1 == at || p[i + 1] == '.')) return 0;
        if (norm) norm[i] = (char)lsc_lower(c);
    }
    if (norm) norm[at] = '@';
    size_t lab = at + 1;
    int labels = 0, alpha = 1;
    for (size_t i = at + 1; i < n; i++) {
        unsigned char c = p[i];
        if (c == '.') {
            size_t len = i - lab;
            if (len < 1 || len > 63 || p[lab] == '-' || p[i - 1] == '-') return 0;
            labels++, lab = i + 1, alpha = 1;
        } else if (lsc_alpha(c)) {
        } else if (lsc_digit(c) || c == '-') {
            alpha = 0;
        } else {
            return 0;
        }
        if (norm) norm[i] = (char)lsc_lower(c);
    }
    size_t len = n - lab;
    return labels >= 1 && alpha && len >= 2 && len <= 63;
}

/* ls_validate_email_ex: e-mail address, pragmatic syntax (not the full RFC 5322 grammar:
 * quoted local parts, comments and address literals do not occur in real dumps).
 *
 * Unwrapping: "mailto:a@b.fr", "Jean Dupont <a@b.fr>" and "<a@b.fr>" are read as the
 * address inside (LS_EMAIL_F_WRAPPED). Shape (else NOT_TYPE): no white space, no "://"
 * (URLs with credentials), and something on both sides of an '@'. Rules (else INVALID):
 * exactly one '@'; local part 1-64 bytes of atext and dots, no leading, trailing or double
 * dot; domain at most 255 bytes, whole address at most 254; domain of two or more labels
 * of 1-63 letters, digits and hyphens, no label starting or ending with '-'; TLD of at
 * least 2 letters (or an "xn--" IDN label). Non-ASCII bytes make the value INVALID with
 * LS_EMAIL_F_NON_ASCII: internationalised addresses exist but in dumps such values are
 * almost always typos ("frédéric@gmail.com") that no mainstream provider accepts.
 * Normal form: the bare address, lower-cased (DESIGN.md: "emails trimmed and
 * lower-cased" — providers treat the local part case-insensitively in practice). */
ls_verdict ls_validate_email_ex(const char *s, size_t n, char *norm, size_t *norm_len,
                                uint32_t *detail)
{
    uint32_t flags = 0;
    lsv_set_detail(detail, 0);
    lsv_trim(&s, &n);
    if (n < 3 || n > 1024) return lsv_not(norm_len);
    if (lsv_prefix_ci(s, n, "mailto:")) {
        s += 7, n -= 7;
        flags |= LS_EMAIL_F_WRAPPED;
    }
    if (n && s[n - 1] == '>') {
        size_t lt = n - 1;
        while (lt > 0 && s[lt - 1] != '<')
            lt--;
        if (lt == 0) return lsv_not(norm_len);
        s += lt, n = n - 1 - lt;
        lsv_trim(&s, &n);
        flags |= LS_EMAIL_F_WRAPPED;
    }
    const unsigned char *p = (const unsigned char *)s;
    const unsigned char *atp = memchr(p, '@', n);
    if (!atp) return lsv_not(norm_len);
    size_t fat = (size_t)(atp - p);
    if (fat >= 1 && fat <= 64 && n <= 254 && email_fast(p, n, fat, norm)) {
        lsv_set_detail(detail, flags);
        if (norm_len) *norm_len = n;
        return LS_VERDICT_VALID;
    }
    size_t at = (size_t)-1;
    int nat = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = p[i];
        if (ls_ctab[c] & LSC_WS) return lsv_not(norm_len);
        if (c == '@')
            at = i, nat++;
        else if (c >= 0x80)
            flags |= LS_EMAIL_F_NON_ASCII;
        else if (c == ':' && i + 2 < n && p[i + 1] == '/' && p[i + 2] == '/')
            return lsv_not(norm_len);
    }
    if (nat == 0 || at == 0 || at + 1 >= n) return lsv_not(norm_len);
    lsv_set_detail(detail, flags);

    int ok = nat == 1 && !(flags & LS_EMAIL_F_NON_ASCII) && n <= 254 && at <= 64;
    /* local part */
    for (size_t i = 0; ok && i < at; i++) {
        unsigned char c = p[i];
        if (!(ls_ctab[c] & LSC_ELOC))
            ok = 0;
        else if (c == '.' && (i == 0 || i + 1 == at || p[i + 1] == '.'))
            ok = 0;
    }
    /* domain labels */
    size_t lab = at + 1, labels = 0;
    for (size_t i = at + 1; ok && i <= n; i++) {
        if (i < n && p[i] != '.') {
            unsigned char c = p[i];
            if (!lsc_alnum(c) && c != '-') ok = 0;
            continue;
        }
        size_t len = i - lab;
        if (len < 1 || len > 63 || p[lab] == '-' || p[i - 1] == '-') ok = 0;
        labels++;
        if (ok && i == n) { /* TLD */
            if (len >= 4 && lsv_prefix_ci(s + lab, len, "xn--")) break;
            if (len < 2) ok = 0;
            for (size_t j = lab; ok && j < i; j++)
                if (!lsc_alpha(p[j])) ok = 0;
        }
        lab = i + 1;
    }
    if (labels < 2) ok = 0;

    if (norm)
        for (size_t i = 0; i < n; i++)
            norm[i] = (char)lsc_lower(p[i]);
    if (norm_len) *norm_len = n;
    return ok ? LS_VERDICT_VALID : LS_VERDICT_INVALID;
}

const char *ls_phone_kind_name(ls_phone_kind k)
{
    static const char *const names[] = {"none",     "fr_geo",      "fr_mobile", "fr_special",
                                        "fr_voip",  "fr_overseas", "uk_mobile", "uk_geo",
                                        "uk_other", "intl"};
    if ((unsigned)k >= sizeof names / sizeof names[0]) return "none";
    return names[k];
}

static ls_phone_kind fr_kind(char c)
{
    if (c >= '1' && c <= '5') return LS_PHONE_FR_GEO;
    if (c == '6' || c == '7') return LS_PHONE_FR_MOBILE;
    if (c == '8') return LS_PHONE_FR_SPECIAL;
    return LS_PHONE_FR_VOIP;
}

/* French overseas departments dialled as 0 + 9 digits inside the French plan but with
 * their own country code in E.164. Returns the country code ("590"...) for the first three
 * national digits, or NULL. */
static const char *fr_overseas_cc(const char *nat)
{
    static const char map[][7] = {
        "590590", "690590", "691590",                     /* Guadeloupe, St-Martin, St-Barth */
        "594594", "694594",                               /* Guyane */
        "596596", "696596", "697596",                     /* Martinique */
        "262262", "263262", "269262", "692262", "693262", /* Réunion, Mayotte */
        "639262",                                         /* Mayotte mobiles */
    };
    for (size_t i = 0; i < sizeof map / sizeof map[0]; i++)
        if (memcmp(nat, map[i], 3) == 0) return map[i] + 3;
    return NULL;
}

static ls_verdict phone_out(ls_verdict v, char *norm, size_t *norm_len, const char *cc,
                            const char *nat, int nlen)
{
    size_t cl = strlen(cc);
    if (norm) {
        norm[0] = '+';
        memcpy(norm + 1, cc, cl);
        memcpy(norm + 1 + cl, nat, (size_t)nlen);
    }
    if (norm_len) *norm_len = 1 + cl + (size_t)nlen;
    return v;
}

/* ls_validate_phone_ex: telephone number, normalised to E.164 ("+33612345678").
 *
 * Writing: optional "tel:", optional '+', digits with separators space . - / ( ); "(0)"
 * after a country code is the trunk zero and is dropped ("+33 (0)6 12 34 56 78"). A value
 * with a single '.' and no other separator is a decimal number, not a phone (NOT_TYPE).
 *
 * International forms: '+CC', '00CC', or 33 + 9 digits written without '+' (11 digits).
 *  - +33: 9 national digits, first 1-9 (a stray trunk 0, "+33 06...", is tolerated);
 *  - +262 +590 +594 +596 (French overseas): 9 national digits;
 *  - +44: 9-10 national digits starting 1 2 3 5 7 8 9;
 *  - +1: 10 national digits (NANP); any other code: 8-15 digits in all (E.164 limit 15).
 *  Breaking these rules is INVALID (the '+' says it is a phone number).
 * National forms:
 *  - 10 digits starting 0 (French plan; UK numbers of this length are read as French):
 *    01-05 geographic, 06/07 mobile, 08 special, 09 VoIP; 0590/0690/0691, 0594/0694,
 *    0596/0696/0697, 0262/0263/0269/0692/0693/0639 are overseas and get +590/+594/+596/
 *    +262;
 *  - 11 digits starting 0: UK (07 mobile, 01/02 geographic, 03/05/08/09 other; 04 and 06
 *    do not exist: INVALID);
 *  - 9 digits starting 1-9 written without any separator: a French number whose leading 0
 *    a spreadsheet dropped. Verdict INVALID with LS_PHONE_F_NO_TRUNK and the E.164 normal
 *    form: on its own such a value is as likely a SIREN or an order number, so only a
 *    column already typed phone (by its header) should count it as a phone.
 * Anything else is NOT_TYPE. detail: ls_phone_kind | LS_PHONE_F_*. */
ls_verdict ls_validate_phone_ex(const char *s, size_t n, char *norm, size_t *norm_len,
                                uint32_t *detail)
{
    char d[20];
    int k = 0, nsep = 0, ndot = 0, plus = 0;
    lsv_set_detail(detail, 0);
    lsv_trim(&s, &n);
    if (n >= 4 && lsv_prefix_ci(s, n, "tel:")) s += 4, n -= 4;
    if (n < 7 || n > 40) return lsv_not(norm_len);
    size_t i = 0;
    if (s[0] == '+') plus = 1, i = 1;
    for (; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (lsc_digit(c)) {
            if (k == 20) return lsv_not(norm_len);
            d[k++] = (char)c;
        } else if (c == '(' && k > 0 && i + 2 < n && s[i + 1] == '0' && s[i + 2] == ')') {
            i += 2; /* trunk zero after a country code */
            nsep++;
        } else if (c == ' ' || c == '.' || c == '-' || c == '/' || c == '(' || c == ')') {
            if (c != '(' && k == 0 && !(plus && c == ' ')) return lsv_not(norm_len);
            nsep++;
            ndot += c == '.';
        } else {
            return lsv_not(norm_len);
        }
    }
    if (k < 7) return lsv_not(norm_len);
    if (!plus && nsep == 1 && ndot == 1) return lsv_not(norm_len);

    const char *p = d;
    int m = k, intl = plus;
    if (!intl && m >= 9 && d[0] == '0' && d[1] == '0')
        intl = 1, p += 2, m -= 2;
    else if (!intl && m == 11 && d[0] == '3' && d[1] == '3' && d[2] != '0')
        intl = 1;

    if (intl) {
        uint32_t f = LS_PHONE_F_INTL_FORM;
        if (m < 7 || p[0] == '0') {
            if (!plus) return lsv_not(norm_len);
            lsv_set_detail(detail, f | LS_PHONE_INTL);
            return phone_out(LS_VERDICT_INVALID, norm, norm_len, "", p, m);
        }
        if (p[0] == '3' && p[1] == '3') {
            const char *nat = p + 2;
            int nm = m - 2;
            if (nm == 10 && nat[0] == '0') nat++, nm--;
            int ok = nm == 9 && nat[0] != '0';
            lsv_set_detail(detail, f | (ok ? fr_kind(nat[0]) : LS_PHONE_NONE));
            return phone_out(ok ? LS_VERDICT_VALID : LS_VERDICT_INVALID, norm, norm_len, "33", nat,
                             nm);
        }
        if (m >= 3 && (memcmp(p, "262", 3) == 0 || memcmp(p, "590", 3) == 0 ||
                       memcmp(p, "594", 3) == 0 || memcmp(p, "596", 3) == 0)) {
            char cc[4] = {p[0], p[1], p[2], 0};
            const char *nat = p + 3;
            int nm = m - 3;
            if (nm == 10 && nat[0] == '0') nat++, nm--;
            int ok = nm == 9 && nat[0] != '0';
            lsv_set_detail(detail, f | LS_PHONE_FR_OVERSEAS);
            return phone_out(ok ? LS_VERDICT_VALID : LS_VERDICT_INVALID, norm, norm_len, cc, nat,
                             nm);
        }
        if (p[0] == '4' && p[1] == '4') {
            const char *nat = p + 2;
            int nm = m - 2;
            if (nm == 11 && nat[0] == '0') nat++, nm--;
            int ok = (nm == 9 || nm == 10) && strchr("1235789", nat[0]) != NULL;
            ls_phone_kind kind = nat[0] == '7'                      ? LS_PHONE_UK_MOBILE
                                 : (nat[0] == '1' || nat[0] == '2') ? LS_PHONE_UK_GEO
                                                                    : LS_PHONE_UK_OTHER;
            if (nat[0] == '7' && nm != 10) ok = 0;
            lsv_set_detail(detail, f | kind);
            return phone_out(ok ? LS_VERDICT_VALID : LS_VERDICT_INVALID, norm, norm_len, "44", nat,
                             nm);
        }
        int ok = p[0] == '1' ? (m == 11 && p[1] >= '2') : (m >= 8 && m <= 15);
        lsv_set_detail(detail, f | LS_PHONE_INTL);
        return phone_out(ok ? LS_VERDICT_VALID : LS_VERDICT_INVALID, norm, norm_len, "", p, m);
    }

    if (m == 10 && d[0] == '0') {
        const char *cc = fr_overseas_cc(d + 1);
        if (cc) {
            lsv_set_detail(detail, LS_PHONE_FR_OVERSEAS);
            return phone_out(LS_VERDICT_VALID, norm, norm_len, cc, d + 1, 9);
        }
        lsv_set_detail(detail, fr_kind(d[1]));
        return phone_out(LS_VERDICT_VALID, norm, norm_len, "33", d + 1, 9);
    }
    if (m == 11 && d[0] == '0') {
        char c = d[1];
        ls_phone_kind kind = c == '7'                 ? LS_PHONE_UK_MOBILE
                             : (c == '1' || c == '2') ? LS_PHONE_UK_GEO
                                                      : LS_PHONE_UK_OTHER;
        int ok = c != '4' && c != '6';
        lsv_set_detail(detail, kind);
        return phone_out(ok ? LS_VERDICT_VALID : LS_VERDICT_INVALID, norm, norm_len, "44", d + 1,
                         10);
    }
    if (m == 9 && d[0] != '0' && nsep == 0) {
        lsv_set_detail(detail, LS_PHONE_F_NO_TRUNK | fr_kind(d[0]));
        return phone_out(LS_VERDICT_INVALID, norm, norm_len, "33", d, 9);
    }
    return lsv_not(norm_len);
}

/* UK postcode letter rules (Royal Mail PAF): which letters may stand where. */
static int uk_ok_pos1(char c)
{
    return !strchr("QVX", c);
}
static int uk_ok_pos2(char c)
{
    return !strchr("IJZ", c);
}

/* ls_validate_postal_code_ex: French or UK postal code.
 *
 * France (5 digits, else NOT_TYPE): department prefix 01-95 (20xxx is Corsica:
 * LS_POSTAL_FR_CORSICA), 971-978 or 980/984/986-988 (overseas, Monaco 980:
 * LS_POSTAL_FR_OVERSEAS); 00xxx, 96xxx, 99xxx and other 97x/98x are INVALID. Four digits
 * not starting with 0 are read as a code whose leading 0 a spreadsheet dropped ("1000" =
 * 01000): INVALID with LS_POSTAL_F_NO_LEADING_ZERO and the 5-digit normal form (four-digit
 * years and counts look the same, so only a postal column should count them).
 * UK: outward code A9, A99, AA9, AA99, A9A or AA9A, optional single space, inward code
 * 9AA, or GIR 0AA; shape else NOT_TYPE; letter rules (no Q V X first, no I J Z second,
 * restricted third/fourth letters, inward letters not C I K M O V) else INVALID. Normal
 * form "SW1A 1AA". detail: ls_postal_kind | flags. */
ls_verdict ls_validate_postal_code_ex(const char *s, size_t n, char *norm, size_t *norm_len,
                                      uint32_t *detail)
{
    lsv_set_detail(detail, 0);
    lsv_trim(&s, &n);
    if (n < 4 || n > 8) return lsv_not(norm_len);
    const unsigned char *p = (const unsigned char *)s;
    if (lsc_digit(p[0])) {
        if (n == 4 && p[0] != '0' && lsv_num(s, 4) >= 0) {
            char o[5] = {'0', s[0], s[1], s[2], s[3]};
            lsv_set_detail(detail, LS_POSTAL_FR | LS_POSTAL_F_NO_LEADING_ZERO);
            return lsv_out(LS_VERDICT_INVALID, norm, norm_len, o, 5);
        }
        if (n != 5 || lsv_num(s, 5) < 0) return lsv_not(norm_len);
        int dep = lsv_num(s, 2), d3 = p[2] - '0';
        ls_postal_kind kind = LS_POSTAL_FR;
        int ok = dep >= 1 && dep <= 95;
        if (dep == 20) kind = LS_POSTAL_FR_CORSICA;
        if (dep == 97) ok = d3 >= 1 && d3 <= 8, kind = LS_POSTAL_FR_OVERSEAS;
        if (dep == 98)
            ok = d3 == 0 || d3 == 4 || (d3 >= 6 && d3 <= 8), kind = LS_POSTAL_FR_OVERSEAS;
        lsv_set_detail(detail, kind);
        return lsv_out(ok ? LS_VERDICT_VALID : LS_VERDICT_INVALID, norm, norm_len, s, 5);
    }

    /* UK */
    char b[9];
    int k = 0, spaces = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = p[i];
        if (c == ' ') {
            spaces++;
            continue;
        }
        if (!lsc_alnum(c)) return lsv_not(norm_len);
        b[k++] = (char)lsc_upper(c);
    }
    if (k < 5 || k > 7 || spaces > 1) return lsv_not(norm_len);
    if (spaces == 1 && s[n - 4] != ' ') return lsv_not(norm_len);
    char *in = b + k - 3;
    int out_len = k - 3;
    if (!lsc_digit((unsigned char)in[0]) || !lsc_alpha((unsigned char)in[1]) ||
        !lsc_alpha((unsigned char)in[2]))
        return lsv_not(norm_len);
    /* outward pattern as a string of 'A' (letter) and '9' (digit) */
    char pat[5] = {0};
    for (int i = 0; i < out_len; i++)
        pat[i] = lsc_digit((unsigned char)b[i]) ? '9' : 'A';
    static const char *const pats[] = {"A9", "A99", "AA9", "AA99", "A9A", "AA9A"};
    int pi = -1;
    for (int i = 0; i < 6; i++)
        if (strcmp(pat, pats[i]) == 0) pi = i;
    int gir = k == 6 && memcmp(b, "GIR0AA", 6) == 0;
    if (pi < 0 && !gir) return lsv_not(norm_len);
    int ok = 1;
    if (!gir) {
        ok = uk_ok_pos1(b[0]);
        if (pats[pi][1] == 'A') ok = ok && uk_ok_pos2(b[1]);
        if (pi == 4) ok = ok && strchr("ABCDEFGHJKPSTUW", b[2]) != NULL;
        if (pi == 5) ok = ok && strchr("ABEHMNPRVWXY", b[3]) != NULL;
        ok = ok && !strchr("CIKMOV", in[1]) && !strchr("CIKMOV", in[2]);
    }
    char o[8];
    memcpy(o, b, (size_t)out_len);
    o[out_len] = ' ';
    memcpy(o + out_len + 1, in, 3);
    lsv_set_detail(detail, LS_POSTAL_UK);
    return lsv_out(ok ? LS_VERDICT_VALID : LS_VERDICT_INVALID, norm, norm_len, o, (size_t)k + 1);
}
