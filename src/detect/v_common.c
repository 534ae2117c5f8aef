/* v_common.c — byte tables and small helpers shared by the validators. */
#include "detect/v_common.h"

/* The class of byte c, as a constant expression so that the table below is built by the
 * compiler (no run-time initialisation, no locale). */
#define LSC_IN(c, a, b) ((c) >= (a) && (c) <= (b))
#define LSC_CLASS(c)                                                                               \
    (uint16_t)((LSC_IN(c, '0', '9') ? LSC_DIGIT | LSC_HEX | LSC_ELOC | LSC_CRYPT | LSC_B64 : 0) |  \
               (LSC_IN(c, 'A', 'Z') ? LSC_UPPER | LSC_ELOC | LSC_CRYPT | LSC_B64 : 0) |            \
               (LSC_IN(c, 'a', 'z') ? LSC_LOWER | LSC_ELOC | LSC_CRYPT | LSC_B64 : 0) |            \
               (LSC_IN(c, 'a', 'f') || LSC_IN(c, 'A', 'F') ? LSC_HEX : 0) |                        \
               ((c) == ' ' || LSC_IN(c, '\t', '\r') ? LSC_WS : 0) |                                \
               ((c) == '!' || LSC_IN(c, '#', '\'') || (c) == '*' || (c) == '+' || (c) == '-' ||    \
                        (c) == '/' || (c) == '=' || (c) == '?' || LSC_IN(c, '^', '`') ||           \
                        LSC_IN(c, '{', '~') || (c) == '.'                                          \
                    ? LSC_ELOC                                                                     \
                    : 0) |                                                                         \
               ((c) == '.' || (c) == '/' ? LSC_CRYPT : 0) |                                        \
               ((c) == '+' || (c) == '/' ? LSC_B64 : 0) | (LSC_IN(c, 0x21, 0x7e) ? LSC_VIS : 0) |  \
               ((c) == ' ' || (c) == '.' || (c) == '-' ? LSC_DSEP : 0) |                           \
               ((c) == ' ' || LSC_IN(c, '\t', '\r') || (c) == 0xA0 || (c) == 0xC2 ? LSC_TRIM : 0))
#define R4(b)  LSC_CLASS(b), LSC_CLASS(b + 1), LSC_CLASS(b + 2), LSC_CLASS(b + 3)
#define R16(b) R4(b), R4(b + 4), R4(b + 8), R4(b + 12)
#define R64(b) R16(b), R16(b + 16), R16(b + 32), R16(b + 48)

const uint16_t ls_ctab[256] = {R64(0), R64(64), R64(128), R64(192)};

void lsv_trim_slow(const char **sp, size_t *np)
{
    const unsigned char *s = (const unsigned char *)*sp;
    size_t n = *np;
    for (;;) {
        if (n && (ls_ctab[s[0]] & LSC_WS)) {
            s++, n--;
        } else if (n >= 2 && s[0] == 0xC2 && s[1] == 0xA0) { /* UTF-8 NBSP */
            s += 2, n -= 2;
        } else if (n && s[0] == 0xA0 && (n == 1 || s[1] < 0x80 || s[1] >= 0xC0)) {
            s++, n--; /* Windows-1252 NBSP */
        } else {
            break;
        }
    }
    for (;;) {
        if (n && (ls_ctab[s[n - 1]] & LSC_WS)) {
            n--;
        } else if (n >= 2 && s[n - 2] == 0xC2 && s[n - 1] == 0xA0) {
            n -= 2;
        } else if (n && s[n - 1] == 0xA0 && (n == 1 || s[n - 2] < 0xC0)) {
            n--;
        } else {
            break;
        }
    }
    *sp = (const char *)s;
    *np = n;
}

int lsv_prefix_ci(const char *s, size_t n, const char *lit)
{
    size_t i = 0;
    for (; lit[i]; i++)
        if (i >= n || lsc_lower((unsigned char)s[i]) != (unsigned char)lit[i]) return 0;
    return 1;
}

int lsv_eq_ci(const char *s, size_t n, const char *lit)
{
    size_t i = 0;
    for (; i < n; i++)
        if (!lit[i] || lsc_lower((unsigned char)s[i]) != (unsigned char)lit[i]) return 0;
    return lit[i] == '\0';
}

int lsv_alnum_upper(const char *s, size_t n, char *out, int cap, const char *seps)
{
    int k = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c && strchr(seps, c)) continue;
        if (!lsc_alnum(c) || k == cap) return -1;
        out[k++] = (char)lsc_upper(c);
    }
    return k;
}

int lsv_digits(const char *s, size_t n, char *out, int cap, const char *seps, int *nsep)
{
    int k = 0, ns = 0;
    int prev_sep = 1; /* a leading separator is refused */
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (lsc_digit(c)) {
            if (k >= cap) return -1;
            out[k++] = (char)c;
            prev_sep = 0;
        } else if (c && strchr(seps, c)) {
            if (prev_sep && k == 0) return -1;
            prev_sep = 1;
            ns++;
        } else {
            return -1;
        }
    }
    if (prev_sep && n) return -1; /* trailing separator (or nothing but separators) */
    if (nsep) *nsep = ns;
    return k;
}

int lsv_luhn(const char *d, size_t n)
{
    /* Doubling table: 2*d with digits summed. */
    static const unsigned char dbl[10] = {0, 2, 4, 6, 8, 1, 3, 5, 7, 9};
    unsigned sum = 0;
    int alt = 0;
    for (size_t i = n; i-- > 0;) {
        unsigned v = (unsigned char)d[i] - '0';
        if (v > 9) return 0;
        sum += alt ? dbl[v] : v;
        alt = !alt;
    }
    return n > 0 && sum % 10 == 0;
}

bool ls_luhn_valid(const char *digits, size_t n)
{
    return digits && lsv_luhn(digits, n);
}

/* Accent stripping for U+00C0..U+00FF (Latin-1 Supplement), indexed by code point - 0xC0.
 * '\0' marks a non-letter (×, ÷); two-letter expansions are handled in the code. */
static const char latin1_base[64] = {
    'a', 'a', 'a', 'a', 'a', 'a', 0,   'c', 'e', 'e', 'e', 'e', 'i', 'i', 'i', 'i', /* C0 */
    'd', 'n', 'o', 'o', 'o', 'o', 'o', 0,   'o', 'u', 'u', 'u', 'u', 'y', 0,   0,   /* D0 */
    'a', 'a', 'a', 'a', 'a', 'a', 0,   'c', 'e', 'e', 'e', 'e', 'i', 'i', 'i', 'i', /* E0 */
    'd', 'n', 'o', 'o', 'o', 'o', 'o', 0,   'o', 'u', 'u', 'u', 'u', 'y', 0,   'y', /* F0 */
};

/* Fold one Latin-1 code point (0xC0..0xFF) into out; returns bytes written or -1. */
static int fold_latin1(unsigned cp, char *out, size_t room)
{
    const char *two = NULL;
    if (cp == 0xC6 || cp == 0xE6)
        two = "ae";
    else if (cp == 0xDF)
        two = "ss";
    else if (cp == 0xDE || cp == 0xFE)
        two = "th";
    if (two) {
        if (room < 2) return -1;
        out[0] = two[0], out[1] = two[1];
        return 2;
    }
    char b = latin1_base[cp - 0xC0];
    if (!b || room < 1) return -1;
    out[0] = b;
    return 1;
}

/* Base letters of U+0100..U+017F (Latin Extended-A), indexed by code point - 0x100; '*'
 * marks the two-letter ligatures Ĳ ĳ (ij) and Œ œ (oe). */
static const char latin_ext_a_base[129] = "aaaaaaccccccccdd"
                                          "ddeeeeeeeeeegggg"
                                          "gggghhhhiiiiiiii"
                                          "ii**jjkkklllllll"
                                          "lllnnnnnnnnnoooo"
                                          "oo**rrrrrrssssss"
                                          "ssttttttuuuuuuuu"
                                          "uuuuwwyyyzzzzzzs";

/* Fold one Latin Extended-A code point into out; returns bytes written or -1. */
static int fold_latin_ext_a(unsigned cp, char *out, size_t room)
{
    char b = latin_ext_a_base[cp - 0x100];
    if (b == '*') {
        if (room < 2) return -1;
        out[0] = cp < 0x140 ? 'i' : 'o', out[1] = cp < 0x140 ? 'j' : 'e';
        return 2;
    }
    if (room < 1) return -1;
    out[0] = b;
    return 1;
}

int lsv_fold_name(const char *s, size_t n, char *out, size_t cap, const char *keep)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t k = 0;
    for (size_t i = 0; i < n;) {
        unsigned char c = p[i];
        if (c < 0x80) {
            if (lsc_alpha(c)) {
                if (k >= cap) return -1;
                out[k++] = (char)lsc_lower(c);
            } else if (c && strchr(keep, c)) {
                if (k >= cap) return -1;
                out[k++] = (char)c;
            } else {
                return -1;
            }
            i++;
            continue;
        }
        /* UTF-8 two-byte sequences for Latin-1 Supplement and a few Latin Extended-A. */
        if (c == 0xC3 && i + 1 < n && p[i + 1] >= 0x80 && p[i + 1] <= 0xBF) {
            int w = fold_latin1(0xC0u + (p[i + 1] - 0x80u), out + k, cap - k);
            if (w < 0) return -1;
            k += (size_t)w;
            i += 2;
            continue;
        }
        /* Latin Extended-A (U+0100..U+017F: Polish, Czech, Hungarian, Baltic, Turkish
         * letters, Œ œ Ÿ) and Romanian Ș ș Ț ț (U+0218..U+021B). */
        if ((c == 0xC4 || c == 0xC5) && i + 1 < n && p[i + 1] >= 0x80 && p[i + 1] <= 0xBF) {
            int w = fold_latin_ext_a(0x100u + ((c - 0xC4u) << 6) + (p[i + 1] - 0x80u), out + k,
                                     cap - k);
            if (w < 0) return -1;
            k += (size_t)w;
            i += 2;
            continue;
        }
        if (c == 0xC8 && i + 1 < n && p[i + 1] >= 0x98 && p[i + 1] <= 0x9B) {
            if (k >= cap) return -1;
            out[k++] = p[i + 1] <= 0x99 ? 's' : 't';
            i += 2;
            continue;
        }
        if (c == 0xE2 && i + 2 < n && p[i + 1] == 0x80 && p[i + 2] == 0x99) { /* ’ */
            if (!strchr(keep, '\'') || k >= cap) return -1;
            out[k++] = '\'';
            i += 3;
            continue;
        }
        /* Windows-1252 single bytes: a Latin-1 letter not followed by a continuation byte
         * (so that stray UTF-8 is not misread), Œ/œ (0x8C/0x9C), ’ (0x92). */
        int next_cont = i + 1 < n && p[i + 1] >= 0x80 && p[i + 1] <= 0xBF;
        if (c >= 0xC0 && !next_cont) {
            int w = fold_latin1(c, out + k, cap - k);
            if (w < 0) return -1;
            k += (size_t)w;
            i++;
            continue;
        }
        if (c == 0x8C || c == 0x9C) {
            if (cap - k < 2) return -1;
            out[k++] = 'o', out[k++] = 'e';
            i++;
            continue;
        }
        if (c == 0x8A || c == 0x9A || c == 0x8E || c == 0x9E) { /* Š š Ž ž */
            if (k >= cap) return -1;
            out[k++] = (c & 0x0F) == 0x0A ? 's' : 'z';
            i++;
            continue;
        }
        if (c == 0x92 && strchr(keep, '\'')) {
            if (k >= cap) return -1;
            out[k++] = '\'';
            i++;
            continue;
        }
        return -1;
    }
    return (int)k;
}

int lsv_data_token(const char *s, size_t n)
{
#define T(w)                                                                                       \
    {                                                                                              \
        sizeof w - 1, w                                                                            \
    }
    static const struct {
        unsigned char len;
        char w[10];
    } toks[] = {
        T("true"),      T("false"),   T("null"),    T("none"),     T("yes"),   T("no"),
        T("oui"),       T("non"),     T("ok"),      T("na"),       T("nan"),   T("nil"),
        T("undefined"), T("test"),    T("inconnu"), T("unknown"),  T("vrai"),  T("faux"),
        T("actif"),     T("inactif"), T("active"),  T("inactive"), T("admin"), T("user"),
        T("default"),   T("empty"),   T("vide"),    T("xxx"),      T("aaa"),   T("abc"),
        T("foo"),       T("bar"),
    };
#undef T
    char b[9];
    if (n < 2 || n > 9) return 0;
    for (size_t i = 0; i < n; i++)
        b[i] = (char)lsc_lower((unsigned char)s[i]);
    for (size_t i = 0; i < sizeof toks / sizeof toks[0]; i++)
        if (toks[i].len == n && memcmp(toks[i].w, b, n) == 0) return 1;
    return 0;
}

/* ISO 3166-1 alpha-2, sorted, plus XK (Kosovo, used by SWIFT). Binary search over pairs. */
static const char iso2[] =
    "ADAEAFAGAIALAMAOAQARASATAUAWAXAZBABBBDBEBFBGBHBIBJBLBMBNBOBQBRBSBTBVBWBYBZCACCCDCFCGCH"
    "CICKCLCMCNCOCRCUCVCWCXCYCZDEDJDKDMDODZECEEEGEHERESETFIFJFKFMFOFRGAGBGDGEGFGGGHGIGLGMGN"
    "GPGQGRGSGTGUGWGYHKHMHNHRHTHUIDIEILIMINIOIQIRISITJEJMJOJPKEKGKHKIKMKNKPKRKWKYKZLALBLCLI"
    "LKLRLSLTLULVLYMAMCMDMEMFMGMHMKMLMMMNMOMPMQMRMSMTMUMVMWMXMYMZNANCNENFNGNINLNONPNRNUNZOM"
    "PAPEPFPGPHPKPLPMPNPRPSPTPWPYQARERORSRURWSASBSCSDSESGSHSISJSKSLSMSNSOSRSSSTSVSXSYSZTCTD"
    "TFTGTHTJTKTLTMTNTOTRTTTVTWTZUAUGUMUSUYUZVAVCVEVGVIVNVUWFWSXKYEYTZAZMZW";

int lsv_iso_country(unsigned char a, unsigned char b)
{
    int lo = 0, hi = (int)(sizeof iso2 - 1) / 2 - 1;
    unsigned key = (unsigned)a << 8 | b;
    while (lo <= hi) {
        int mid = (lo + hi) / 2;
        unsigned k = (unsigned)(unsigned char)iso2[2 * mid] << 8 | (unsigned char)iso2[2 * mid + 1];
        if (k == key) return 1;
        if (k < key)
            lo = mid + 1;
        else
            hi = mid - 1;
    }
    return 0;
}
