/* leakscope-gen — near-duplicate perturbations: visible as bytes, gone after normalisation
 * (trim spaces/tabs, collapse inner whitespace, ASCII + Latin-1 case fold). */
#include "gen.h"

enum { OP_UPPER, OP_LOWER, OP_TITLE, OP_LEAD, OP_TRAIL, OP_BOTH, OP_INNER };

static bool is_boundary(unsigned char c)
{
    return c == ' ' || c == '-' || c == '\'' || c == '.' || c == '@' || c == '_';
}

/* Title case on UTF-8 text: first letter of each word upper, the rest lower. */
static void utf8_title(char *s, size_t n)
{
    bool start = true;
    for (size_t i = 0; i < n;) {
        unsigned char c = (unsigned char)s[i];
        size_t len = 1;
        if (c >= 0xC0)
            while (i + len < n && ((unsigned char)s[i + len] & 0xC0) == 0x80)
                len++;
        if (start)
            utf8_upper(s + i, len);
        else
            utf8_lower(s + i, len);
        start = is_boundary(c);
        i += len;
    }
}

/* Apply op to value s[0..n) into out; returns the new length, or (size_t)-1 if the op
 * is not applicable or would not change the bytes. */
static size_t apply_op(int op, const char *s, size_t n, char *out, rng_t *R)
{
    size_t k;
    switch (op) {
    case OP_UPPER:
    case OP_LOWER:
    case OP_TITLE:
        memcpy(out, s, n);
        if (op == OP_UPPER)
            utf8_upper(out, n);
        else if (op == OP_LOWER)
            utf8_lower(out, n);
        else
            utf8_title(out, n);
        return memcmp(out, s, n) ? n : (size_t)-1;
    case OP_LEAD:
        k = 1 + rng_below(R, 2);
        memset(out, ' ', k);
        memcpy(out + k, s, n);
        return n + k;
    case OP_TRAIL:
        k = 1 + rng_below(R, 3);
        memcpy(out, s, n);
        memset(out + n, ' ', k);
        return n + k;
    case OP_BOTH:
        out[0] = ' ';
        memcpy(out + 1, s, n);
        out[n + 1] = ' ';
        return n + 2;
    default: { /* OP_INNER: double one inner space */
        size_t pos[64], np = 0;
        for (size_t i = 1; i + 1 < n && np < 64; i++)
            if (s[i] == ' ') pos[np++] = i;
        if (!np) return (size_t)-1;
        size_t p = pos[rng_below(R, (uint32_t)np)];
        memcpy(out, s, p);
        out[p] = ' ';
        memcpy(out + p + 1, s + p, n - p);
        return n + 1;
    }
    }
}

static int pick_op(rng_t *R, unsigned flags)
{
    for (;;) {
        uint32_t k = rng_below(R, 100);
        if (k < 45 && (flags & CF_CASE)) return k < 20 ? OP_UPPER : k < 32 ? OP_LOWER : OP_TITLE;
        if (k >= 45 && k < 85 && (flags & CF_SPACE))
            return k < 60 ? OP_TRAIL : k < 75 ? OP_LEAD : OP_BOTH;
        if (k >= 85 && (flags & CF_INNER)) return OP_INNER;
    }
}

void gen_perturb(const gen_t *g, rec_t *dst, const rec_t *src, uint64_t pseed)
{
    rng_t R;
    rng_seed(&R, pseed);
    int elig[GEN_MAX_FIELDS], ne = 0;
    for (int i = 0; i < src->nf && i < g->ncols; i++) {
        const char *s = rec_field(src, i);
        size_t n = src->len[i];
        if (!n || !(g->cols[i].flags & (CF_CASE | CF_SPACE | CF_INNER))) continue;
        /* leave quoted-looking and multi-line values alone */
        if (memchr(s, '\n', n) || memchr(s, '"', n) || memchr(s, g->delim, n)) continue;
        elig[ne++] = i;
    }
    int want = 1 + (int)rng_below(&R, 3);
    if (want > ne) want = ne;
    for (int i = 0; i < want; i++) { /* partial Fisher-Yates: chosen fields first */
        int j = i + (int)rng_below(&R, (uint32_t)(ne - i));
        int t = elig[i];
        elig[i] = elig[j];
        elig[j] = t;
    }
    int op_of[GEN_MAX_FIELDS];
    for (int i = 0; i < GEN_MAX_FIELDS; i++)
        op_of[i] = -1;
    for (int i = 0; i < want; i++)
        op_of[elig[i]] = pick_op(&R, g->cols[elig[i]].flags);

    rec_clear(dst);
    for (int i = 0; i < src->nf; i++) {
        const char *s = rec_field(src, i);
        size_t n = src->len[i];
        if (op_of[i] < 0) {
            rec_addfield(dst, s, n);
            continue;
        }
        char *out = dst->buf + dst->used;
        size_t m = apply_op(op_of[i], s, n, out, &R);
        if (m == (size_t)-1) /* e.g. upper-casing digits: fall back to a trailing space */
            m = apply_op(OP_TRAIL, s, n, out, &R);
        dst->used += (uint32_t)m;
        rec_endfield(dst);
    }
}
