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
size_t ls_normalize_value(ls_encoding enc, const char *s, size_t n, char *out,
                          uint64_t *invalid_utf8)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t o = 0, i = 0;
    bool pending = false;
    while (i < n) {
        uint32_t cp;
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
