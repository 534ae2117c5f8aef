#include "sniff/encoding.h"

size_t ls_utf8_decode(const unsigned char *s, size_t n, uint32_t *cp)
{
    unsigned char c = s[0];
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    size_t len;
    uint32_t v, min;
    if (c >= 0xC2 && c <= 0xDF) {
        len = 2, v = c & 0x1F, min = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
        len = 3, v = c & 0x0F, min = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4, v = c & 0x07, min = 0x10000;
    } else {
        return 0;
    }
    if (n < len) return 0;
    for (size_t i = 1; i < len; i++) {
        if ((s[i] & 0xC0) != 0x80) return 0;
        v = (v << 6) | (s[i] & 0x3F);
    }
    if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) return 0;
    *cp = v;
    return len;
}

size_t ls_utf8_encode(uint32_t cp, char *out)
{
    unsigned char *o = (unsigned char *)out;
    if (cp < 0x80) {
        o[0] = (unsigned char)cp;
        return 1;
    }
    if (cp < 0x800) {
        o[0] = (unsigned char)(0xC0 | (cp >> 6));
        o[1] = (unsigned char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        o[0] = (unsigned char)(0xE0 | (cp >> 12));
        o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
        o[2] = (unsigned char)(0x80 | (cp & 0x3F));
        return 3;
    }
    o[0] = (unsigned char)(0xF0 | (cp >> 18));
    o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
    o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
    o[3] = (unsigned char)(0x80 | (cp & 0x3F));
    return 4;
}

void ls_utf8_scan(const unsigned char *s, size_t n, uint64_t *multibyte, uint64_t *invalid)
{
    size_t i = 0;
    while (i < n) {
        if (s[i] < 0x80) {
            i++;
            continue;
        }
        uint32_t cp;
        size_t l = ls_utf8_decode(s + i, n - i, &cp);
        if (l) {
            (*multibyte)++;
            i += l;
        } else {
            (*invalid)++;
            i++;
        }
    }
}

/* Windows-1252's 0x80–0x9F; the five unassigned bytes map to the C1 controls, as
 * Windows itself does, so decoding never fails. */
static const uint16_t cp1252_high[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

uint32_t ls_single_byte_to_cp(ls_encoding e, unsigned char b)
{
    if (e == LS_ENCODING_CP1252 && b >= 0x80 && b <= 0x9F) return cp1252_high[b - 0x80];
    if (e == LS_ENCODING_ISO8859_15) {
        /* the eight places where Latin-9 differs from Latin-1 */
        switch (b) {
        case 0xA4:
            return 0x20AC; /* € */
        case 0xA6:
            return 0x0160; /* Š */
        case 0xA8:
            return 0x0161; /* š */
        case 0xB4:
            return 0x017D; /* Ž */
        case 0xB8:
            return 0x017E; /* ž */
        case 0xBC:
            return 0x0152; /* Œ */
        case 0xBD:
            return 0x0153; /* œ */
        case 0xBE:
            return 0x0178; /* Ÿ */
        default:
            break;
        }
    }
    return b;
}

size_t ls_transcode_to_utf8(ls_encoding e, const char *s, size_t n, char *out)
{
    size_t o = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char b = (unsigned char)s[i];
        if (b < 0x80)
            out[o++] = (char)b;
        else
            o += ls_utf8_encode(ls_single_byte_to_cp(e, b), out + o);
    }
    return o;
}

uint32_t ls_casefold_cp(uint32_t cp)
{
    if (cp < 0x80) return (cp >= 'A' && cp <= 'Z') ? cp + 32 : cp;
    if (cp < 0xC0) return cp == 0xB5 ? 0x3BC : cp; /* MICRO SIGN folds to mu */
    if (cp <= 0xDE) return cp == 0xD7 ? cp : cp + 32;
    if (cp < 0x100) return cp;
    if (cp < 0x180) {
        /* Latin Extended-A: pairs upper/lower, with the odd-aligned runs noted below. */
        if (cp == 0x130) return 0x69; /* İ → i (simple folding keeps one code point) */
        if (cp == 0x178) return 0xFF;
        if ((cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E))
            return (cp & 1) ? cp + 1 : cp;
        if (cp == 0x131 || cp == 0x138 || cp == 0x149 || cp == 0x17F)
            return cp == 0x17F ? 0x73 : cp;
        return (cp & 1) ? cp : cp + 1;
    }
    if (cp >= 0x391 && cp <= 0x3AB && cp != 0x3A2) return cp + 32; /* Greek */
    if (cp == 0x3C2) return 0x3C3;                                 /* final sigma */
    if (cp >= 0x410 && cp <= 0x42F) return cp + 32;                /* Cyrillic */
    if (cp >= 0x400 && cp <= 0x40F) return cp + 80;
    return cp;
}
