#include "dedup/normalize.h"

#include <stdbool.h>
#include <string.h>

#if defined(__SSE2__) && defined(__x86_64__)
#include <emmintrin.h>
#define LS_NORM_FAST 1 /* the fast path needs 64-bit moves between SSE and general registers */
#endif

#include "common/macros.h"
#include "sniff/encoding.h"

/* Copy n <= 16 bytes with at most two overlapping loads and stores: values are short, and
 * a call to memcpy costs more than the copy. Never touches a byte outside [0, n). */
static inline void copy_small(char *dst, const char *src, size_t n)
{
    if (n >= 8) {
        uint64_t a, b;
        memcpy(&a, src, 8);
        memcpy(&b, src + n - 8, 8);
        memcpy(dst, &a, 8);
        memcpy(dst + n - 8, &b, 8);
    } else if (n >= 4) {
        uint32_t a, b;
        memcpy(&a, src, 4);
        memcpy(&b, src + n - 4, 4);
        memcpy(dst, &a, 4);
        memcpy(dst + n - 4, &b, 4);
    } else if (n) {
        char a = src[0], b = src[n / 2], c = src[n - 1];
        dst[0] = a;
        dst[n / 2] = b;
        dst[n - 1] = c;
    }
}

size_t ls_exact_value(ls_encoding enc, const char *s, size_t n, char *out)
{
    if (enc == LS_ENCODING_UTF8) {
        if (n <= 16)
            copy_small(out, s, n);
        else
            memcpy(out, s, n);
        return n;
    }
    return ls_transcode_to_utf8(enc, s, n, out);
}

static inline bool is_space_cp(uint32_t cp)
{
    return cp == ' ' || (cp >= 0x09 && cp <= 0x0D) || cp == 0xA0;
}

/* One pass: decode (UTF-8 or single-byte), fold, and emit with whitespace collapsed.
 * `pending` holds a space until a non-space follows, which trims both ends for free. */
#define ONES  0x0101010101010101ull
#define HIGHS 0x8080808080808080ull

/* Eight bytes that need nothing but lower-casing (done all at once, SWAR): plain ASCII
 * (no byte >= 0x80), no control character, and spaces only where collapsing would keep
 * them: not doubled, not the block's first byte (it may follow a space, or lead the value)
 * nor its last (it may precede one, or trail the value). */
static inline bool plain_ascii8(uint64_t x)
{
    uint64_t lt_space = (x - ONES * 0x20) & ~x & HIGHS; /* some byte < 0x20 */
    if ((x & HIGHS) | lt_space) return false;
    uint64_t sp = x ^ (ONES * 0x20);                   /* zero bytes where x is ' ' */
    uint64_t is_sp = ((sp - ONES) & ~sp & HIGHS) >> 7; /* 1 in each space byte's low bit */
    if (!is_sp) return true;
    if ((is_sp & 1) || (is_sp >> 56)) return false; /* first or last byte is a space */
    return (is_sp & (is_sp >> 8)) == 0;             /* no two spaces in a row */
}

static inline uint64_t lower8(uint64_t x)
{
    uint64_t ge_a = x + ONES * 0x3F; /* bit 7 set where byte >= 'A' */
    uint64_t gt_z = x + ONES * 0x25; /* bit 7 set where byte > 'Z' */
    uint64_t upper = ge_a & ~gt_z & HIGHS;
    return x | (upper >> 2); /* +0x20 */
}

/* The general normaliser, byte by byte (with the SWAR step above): the definition the fast
 * path below is checked against. */
size_t ls__normalize_value_general(ls_encoding enc, const char *s, size_t n, char *out,
                                   uint64_t *invalid_utf8)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t o = 0, i = 0;
    bool pending = false;
    while (i < n) {
        uint32_t cp;
        if (i + 8 <= n) {
            uint64_t x;
            memcpy(&x, u + i, 8);
            if (plain_ascii8(x)) {
                if (pending) out[o++] = ' ', pending = false;
                x = lower8(x);
                memcpy(out + o, &x, 8);
                o += 8;
                i += 8;
                continue;
            }
        }
        unsigned char b = u[i];
        if (b < 0x80) {
            /* ASCII fast path */
            i++;
            if (b == ' ' || (b >= 0x09 && b <= 0x0D)) {
                pending = o > 0;
                continue;
            }
            if (pending) out[o++] = ' ', pending = false;
            out[o++] = (char)((b >= 'A' && b <= 'Z') ? b + 32 : b);
            continue;
        }
        if (enc == LS_ENCODING_UTF8) {
            size_t l = ls_utf8_decode(u + i, n - i, &cp);
            if (l == 0) {
                cp = 0xFFFD;
                l = 1;
                (*invalid_utf8)++;
            }
            i += l;
        } else {
            cp = ls_single_byte_to_cp(enc, b);
            i++;
        }
        if (is_space_cp(cp)) {
            pending = o > 0;
            continue;
        }
        if (pending) out[o++] = ' ', pending = false;
        o += ls_utf8_encode(ls_casefold_cp(cp), out + o);
    }
    return o;
}

#if defined(LS_NORM_FAST)
static inline uint64_t load8(const char *p)
{
    uint64_t v;
    memcpy(&v, p, 8);
    return v;
}

static inline uint32_t load4(const char *p)
{
    uint32_t v;
    memcpy(&v, p, 4);
    return v;
}

/* The n < 16 bytes at p in the low bytes of a register, zeros above; reads only [p, p+n). */
static inline __m128i load_partial(const char *p, size_t n)
{
    uint64_t lo, hi = 0;
    if (n >= 8) {
        lo = load8(p);
        if (n > 8) hi = load8(p + n - 8) >> ((16 - n) * 8);
    } else if (n >= 4) {
        lo = load4(p) | (uint64_t)load4(p + n - 4) << ((n - 4) * 8);
    } else {
        const unsigned char *u = (const unsigned char *)p;
        lo = u[0] | (uint64_t)u[n / 2] << (n / 2 * 8) | (uint64_t)u[n - 1] << ((n - 1) * 8);
    }
    return _mm_set_epi64x((long long)hi, (long long)lo);
}

/* Store the low n < 16 bytes of y at p; writes only [p, p+n). */
static inline void store_partial(char *p, __m128i y, size_t n)
{
    uint64_t lo = (uint64_t)_mm_cvtsi128_si64(y);
    if (n >= 8) {
        uint64_t hi = (uint64_t)_mm_cvtsi128_si64(_mm_unpackhi_epi64(y, y));
        uint64_t last = n == 8 ? lo : (lo >> ((n - 8) * 8)) | (hi << ((16 - n) * 8));
        memcpy(p, &lo, 8);
        memcpy(p + n - 8, &last, 8);
    } else if (n >= 4) {
        uint32_t a = (uint32_t)lo, b = (uint32_t)(lo >> ((n - 4) * 8));
        memcpy(p, &a, 4);
        memcpy(p + n - 4, &b, 4);
    } else {
        p[0] = (char)lo;
        p[n / 2] = (char)(lo >> (n / 2 * 8));
        p[n - 1] = (char)(lo >> ((n - 1) * 8));
    }
}

/* The fast check: is the value already in normal form but for case, i.e. is normalising it
 * a byte-for-byte fold? True when every byte is printable ASCII or (UTF-8 input) part of a
 * two-byte sequence C3 80..BF (U+00C0..U+00FF: the accented letters of French, German,
 * Spanish...), with no space first, last or next to another space. Then the normal form
 * has the value's length: A-Z become a-z and C3 80..9E (but C3 97, the multiplication sign)
 * become C3 A0..BE, exactly as ls_casefold_cp folds those code points. Sixteen bytes per
 * step (SSE2); the value's last 0..15 bytes are gathered into a register by overlapping
 * loads (not through a stack buffer: narrow stores then a wide load stall store
 * forwarding), so that nothing outside the value is read or written. Writes the folded value to out
 * and returns true, or returns false having written part of out. */
static bool fold_if_plain(const char *s, size_t n, bool utf8, char *out)
{
    const __m128i c20 = _mm_set1_epi8(0x20), sp = c20, c3 = _mm_set1_epi8((char)0xC3);
    const __m128i c0 = _mm_set1_epi8((char)0xC0), c9f = _mm_set1_epi8((char)0x9F);
    const __m128i c97 = _mm_set1_epi8((char)0x97);
    const __m128i a1 = _mm_set1_epi8('A' - 1), z1 = _mm_set1_epi8('Z' + 1);
    if (n == 0) return true;
    unsigned prev_sp = 1; /* a space first in the value is a leading space */
    unsigned prev_c3 = 0; /* the previous chunk ended with C3: this one opens with its tail */
    for (size_t off = 0; off < n; off += 16) {
        size_t len = n - off < 16 ? n - off : 16;
        unsigned vm = len == 16 ? 0xFFFFu : (1u << len) - 1;
        __m128i x = len == 16 ? _mm_loadu_si128((const __m128i *)(const void *)(s + off))
                              : load_partial(s + off, len);
        /* signed compares: bytes >= 0x80 are negative, so "< 0x20" catches them too */
        unsigned lt = (unsigned)_mm_movemask_epi8(_mm_cmplt_epi8(x, c20)) & vm;
        unsigned hi = (unsigned)_mm_movemask_epi8(x) & vm;
        __m128i add = _mm_and_si128(_mm_cmpgt_epi8(x, a1), _mm_cmplt_epi8(x, z1));
        if (lt & ~hi) return false; /* control characters, tabs, CR/LF */
        if (hi) {
            if (!utf8) return false;
            unsigned lead = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(x, c3)) & vm;
            unsigned cont = (unsigned)_mm_movemask_epi8(_mm_cmplt_epi8(x, c0)) & vm; /* 80..BF */
            unsigned want = (lead << 1) | prev_c3;
            if ((hi & ~(lead | cont)) || (want & vm) != cont) return false;
            prev_c3 = (want >> len) & 1;
            /* continuation bytes 80..9E but 97 fold by +0x20 */
            __m128i up = _mm_andnot_si128(_mm_cmpeq_epi8(x, c97), _mm_cmplt_epi8(x, c9f));
            add = _mm_or_si128(add, up); /* only at continuation bytes: others are >= 0x9F */
        } else if (prev_c3) {
            return false; /* C3 not followed by a continuation byte */
        }
        unsigned spaces = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(x, sp)) & vm;
        if (spaces & ((spaces << 1) | prev_sp)) return false; /* leading or doubled */
        prev_sp = (spaces >> (len - 1)) & 1;
        __m128i y = _mm_add_epi8(x, _mm_and_si128(add, c20));
        if (len == 16)
            _mm_storeu_si128((__m128i *)(void *)(out + off), y);
        else
            store_partial(out + off, y, len);
    }
    return !prev_sp && !prev_c3; /* no trailing space, no cut sequence */
}
#endif

size_t ls_normalize_value(ls_encoding enc, const char *s, size_t n, char *out,
                          uint64_t *invalid_utf8)
{
#if defined(LS_NORM_FAST)
    if (LS_LIKELY(fold_if_plain(s, n, enc == LS_ENCODING_UTF8, out))) return n;
#endif
    return ls__normalize_value_general(enc, s, n, out, invalid_utf8);
}
