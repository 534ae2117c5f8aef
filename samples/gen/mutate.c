/* leakscope-gen — near-duplicate perturbations: visible as bytes, gone after normalisation
 * (trim spaces/tabs, collapse inner whitespace, ASCII + Latin-1 case fold). */
#include "gen.h"

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

/* Toggle the case of a few letters (ASCII or the Latin-1 letters that have a partner). */
static void utf8_toggle_some(char *s, size_t n, rng_t *R)
{
    size_t pos[256], np = 0;
    for (size_t i = 0; i < n && np < 256; i++) {
        unsigned char c = (unsigned char)s[i];
        if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
            pos[np++] = i;
        } else if (c == 0xC3 && i + 1 < n) {
            unsigned char d = (unsigned char)s[i + 1];
            if ((d >= 0x80 && d <= 0x9E && d != 0x97) || (d >= 0xA0 && d <= 0xBE && d != 0xB7))
                pos[np++] = i + 1;
            i++;
        }
    }
    if (!np) return;
    int k = 1 + (int)rng_below(R, 3);
    for (int j = 0; j < k; j++)
        s[pos[rng_below(R, (uint32_t)np)]] ^= 0x20; /* same bit for ASCII and C3 xx */
}

/* One field of a near duplicate: an optional case change, an optional doubled inner space
 * and optional extra edge spaces, as the column allows. Writes into out and returns the new
 * length; the caller checks that something changed. */
static size_t mutate_field(unsigned flags, const char *s, size_t n, char *out, rng_t *R)
{
    char tmp[GEN_REC_CAP];
    memcpy(tmp, s, n);
    size_t m = n;
    if ((flags & CF_CASE) && rng_below(R, 100) < 60) {
        uint32_t k = rng_below(R, 100);
        if (k < 35)
            utf8_upper(tmp, m);
        else if (k < 50)
            utf8_lower(tmp, m);
        else if (k < 75)
            utf8_title(tmp, m);
        else
            utf8_toggle_some(tmp, m, R);
    }
    if ((flags & CF_INNER) && rng_below(R, 100) < 25) {
        size_t pos[64], np = 0;
        for (size_t i = 1; i + 1 < m && np < 64; i++)
            if (tmp[i] == ' ') pos[np++] = i;
        if (np) {
            size_t p = pos[rng_below(R, (uint32_t)np)];
            memmove(tmp + p + 1, tmp + p, m - p);
            m++;
        }
    }
    size_t lead = 0, trail = 0;
    if ((flags & CF_SPACE) && rng_below(R, 100) < 50) {
        uint32_t k = rng_below(R, 3);
        if (k != 1) lead = 1 + rng_below(R, 3);
        if (k != 0) trail = 1 + rng_below(R, 4);
    }
    if (m == n && !lead && !trail && !memcmp(tmp, s, n) && (flags & CF_SPACE))
        trail = 1 + rng_below(R, 4); /* nothing changed (digits, already upper...): pad */
    memset(out, ' ', lead);
    memcpy(out + lead, tmp, m);
    memset(out + lead + m, ' ', trail);
    return lead + m + trail;
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
    bool chosen[GEN_MAX_FIELDS] = {false};
    for (int i = 0; i < want; i++)
        chosen[elig[i]] = true;

    rec_clear(dst);
    for (int i = 0; i < src->nf; i++) {
        const char *s = rec_field(src, i);
        size_t n = src->len[i];
        if (!chosen[i]) {
            rec_addfield(dst, s, n);
            continue;
        }
        dst->used += (uint32_t)mutate_field(g->cols[i].flags, s, n, dst->buf + dst->used, &R);
        rec_endfield(dst);
    }
}
