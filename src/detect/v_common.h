/* v_common.h — byte-level helpers shared by the validators (internal to src/detect).
 *
 * Everything here is locale-free on purpose: <ctype.h> consults the current locale on
 * every call, is undefined for negative chars, and is slower than a 256-byte table. The
 * validators run on every field of multi-GB dumps, so they classify bytes with the table
 * below and never allocate. */
#ifndef LEAKSCOPE_DETECT_V_COMMON_H
#define LEAKSCOPE_DETECT_V_COMMON_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "detect/validate.h"

/* Byte classes (bit flags). */
enum {
    LSC_DIGIT = 1u << 0, /* 0-9 */
    LSC_UPPER = 1u << 1, /* A-Z */
    LSC_LOWER = 1u << 2, /* a-z */
    LSC_HEX = 1u << 3,   /* 0-9 a-f A-F */
    LSC_WS = 1u << 4,    /* space \t \n \v \f \r */
    LSC_ELOC = 1u << 5,  /* e-mail local-part atext plus '.' */
    LSC_CRYPT = 1u << 6, /* crypt(3) base64 alphabet: ./0-9A-Za-z */
    LSC_B64 = 1u << 7,   /* RFC 4648 base64 alphabet: A-Za-z0-9+/ */
    LSC_VIS = 1u << 8,   /* printable ASCII except space (0x21-0x7e) */
    LSC_DSEP = 1u << 9,  /* digit-group separators: space . - */
    LSC_TRIM = 1u << 10, /* may start a trimmable sequence: white space, 0xA0, 0xC2 */
};
#define LSC_ALPHA (LSC_UPPER | LSC_LOWER)
#define LSC_ALNUM (LSC_ALPHA | LSC_DIGIT)

extern const uint16_t ls_ctab[256];

static inline int lsc_is(unsigned char c, unsigned cls)
{
    return (ls_ctab[c] & cls) != 0;
}
static inline int lsc_digit(unsigned char c)
{
    return (unsigned)(c - '0') < 10u;
}
static inline int lsc_alpha(unsigned char c)
{
    return (unsigned)((c | 0x20) - 'a') < 26u;
}
static inline int lsc_alnum(unsigned char c)
{
    return lsc_digit(c) || lsc_alpha(c);
}
static inline int lsc_upper_c(unsigned char c)
{
    return (unsigned)(c - 'A') < 26u;
}
static inline unsigned char lsc_lower(unsigned char c)
{
    return (unsigned)(c - 'A') < 26u ? (unsigned char)(c | 0x20) : c;
}
static inline unsigned char lsc_upper(unsigned char c)
{
    return (unsigned)(c - 'a') < 26u ? (unsigned char)(c & ~0x20) : c;
}
static inline int lsc_hexval(unsigned char c)
{
    if (lsc_digit(c)) return c - '0';
    c = lsc_lower(c);
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;
}

/* Trim ASCII white space and UTF-8 / Latin-1 no-break spaces from both ends. The inline
 * test handles the common case (nothing to trim) without a call. */
void lsv_trim_slow(const char **s, size_t *n);
static inline void lsv_trim(const char **s, size_t *n)
{
    if (*n) {
        unsigned char a = (unsigned char)(*s)[0], z = (unsigned char)(*s)[*n - 1];
        if (!(ls_ctab[a] & LSC_TRIM) && !(ls_ctab[z] & LSC_TRIM)) return;
        lsv_trim_slow(s, n);
    }
}

/* Case-insensitive ASCII prefix test: does s[0..n) start with lower-case literal `lit`? */
int lsv_prefix_ci(const char *s, size_t n, const char *lit);

/* Case-insensitive ASCII equality of s[0..n) with lower-case literal `lit`. */
int lsv_eq_ci(const char *s, size_t n, const char *lit);

/* Collect the digits of s[0..n) into out (at most cap), skipping separators drawn
 * from `seps` (a NUL-terminated set) between digits. Returns the digit count, or -1 when a
 * byte outside digits+seps appears, a separator leads or trails, or more than cap digits
 * are present (runs of separators such as " - " are accepted). *nsep receives the separator count
 * when non-NULL. */
int lsv_digits(const char *s, size_t n, char *out, int cap, const char *seps, int *nsep);

/* Collect the letters and digits of s[0..n) into out, upper-cased, skipping any byte of
 * `seps` wherever it stands. Returns the count, or -1 when another byte appears or more
 * than cap letters and digits are present. (Identifiers such as NINO and passports.) */
int lsv_alnum_upper(const char *s, size_t n, char *out, int cap, const char *seps);

/* Luhn over ASCII digits d[0..n). */
int lsv_luhn(const char *d, size_t n);

/* Fold a name-like UTF-8 (or Windows-1252) string to lower-case ASCII without accents,
 * copying into out (cap bytes). Letters map to a-z (æ->ae, œ->oe, ß->ss; Latin
 * Extended-A and Romanian ș ț to their base letter: ł->l, ř->r, ő->o), and the bytes
 * listed in `keep` (e.g. " -'") are kept as-is. Returns the folded length, or -1 on any
 * other byte (digit, punctuation, non-Latin letter) or when out is too small. The
 * right single quote U+2019 is folded to '\''. */
int lsv_fold_name(const char *s, size_t n, char *out, size_t cap, const char *keep);

/* Parse exactly `w` ASCII digits at s; returns the value or -1. */
static inline int lsv_num(const char *s, int w)
{
    int v = 0;
    for (int i = 0; i < w; i++) {
        unsigned d = (unsigned char)s[i] - '0';
        if (d > 9) return -1;
        v = v * 10 + (int)d;
    }
    return v;
}

/* Output helpers: every validator funnels its result through these so that `norm` may be
 * NULL and `norm_len` is always set. */
static inline ls_verdict lsv_out(ls_verdict v, char *norm, size_t *norm_len, const char *src,
                                 size_t len)
{
    if (norm && len) memcpy(norm, src, len);
    if (norm_len) *norm_len = len;
    return v;
}
static inline ls_verdict lsv_not(size_t *norm_len)
{
    if (norm_len) *norm_len = 0;
    return LS_VERDICT_NOT_TYPE;
}
static inline void lsv_set_detail(uint32_t *detail, uint32_t v)
{
    if (detail) *detail = v;
}

/* Is s[0..n) (any case, ASCII) a placeholder or data token that fills non-name columns
 * — true/false/null/none/yes/no/oui/non/ok/n/a/nan/undefined/test/inconnu/unknown/vrai/
 * faux/actif/inactif/active/inactive/admin/user/default? The weak shape-only validators
 * (names, city, username) refuse these so that boolean and status columns stay unknown. */
int lsv_data_token(const char *s, size_t n);

/* ISO 3166-1 alpha-2 code (upper-case pair) known? Includes XK (Kosovo). */
int lsv_iso_country(unsigned char a, unsigned char b);

#endif
