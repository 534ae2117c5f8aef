#include "dedup/normalize.h"

#include <stdbool.h>
#include <string.h>

#include "sniff/encoding.h"

size_t ls_exact_value(ls_encoding enc, const char *s, size_t n, char *out)
{
    if (enc == LS_ENCODING_UTF8) {
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

size_t ls_normalize_value(ls_encoding enc, const char *s, size_t n, char *out,
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
