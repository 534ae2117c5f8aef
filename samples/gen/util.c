/* leakscope-gen — bijections, record buffers, hashing, hash sets, normalisation. */
#include <stdio.h>
#include <stdlib.h>

#include "gen.h"

uint64_t perm64(uint64_t x, uint64_t domain, uint64_t key)
{
    int bits = 64 - __builtin_clzll((domain - 1) | 1);
    if (bits & 1) bits++;
    int h = bits / 2;
    uint64_t mask = (1ULL << h) - 1;
    do {
        uint64_t l = x >> h, r = x & mask;
        for (uint64_t i = 0; i < 4; i++) {
            uint64_t t = l ^ (mix64(r ^ (key + i * 0x9e3779b97f4a7c15ULL)) & mask);
            l = r;
            r = t;
        }
        x = (l << h) | r;
    } while (x >= domain);
    return x;
}

/* ---- records ------------------------------------------------------------------------------ */
void rec_putu(rec_t *r, uint64_t v)
{
    char tmp[24];
    int n = 0;
    do {
        tmp[n++] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    while (n)
        r->buf[r->used++] = tmp[--n];
}

void rec_putu_pad(rec_t *r, uint64_t v, int width)
{
    for (int i = width - 1; i >= 0; i--) {
        r->buf[r->used + (uint32_t)i] = (char)('0' + v % 10);
        v /= 10;
    }
    r->used += (uint32_t)width;
}

void rec_endfield(rec_t *r)
{
    if (r->nf >= GEN_MAX_FIELDS || r->used > GEN_REC_CAP - 512) {
        fprintf(stderr, "leakscope-gen: internal error: record buffer overflow\n");
        abort();
    }
    r->off[r->nf] = r->start;
    r->len[r->nf] = r->used - r->start;
    r->nf++;
    r->start = r->used;
}

void rec_addfield(rec_t *r, const char *s, size_t n)
{
    rec_put(r, s, n);
    rec_endfield(r);
}

void rec_copy(rec_t *dst, const rec_t *src)
{
    dst->nf = src->nf;
    dst->start = src->start;
    dst->used = src->used;
    memcpy(dst->off, src->off, sizeof(src->off[0]) * (size_t)src->nf);
    memcpy(dst->len, src->len, sizeof(src->len[0]) * (size_t)src->nf);
    memcpy(dst->buf, src->buf, src->used);
}

/* ---- construction hash: two FNV-1a lanes with a final mix, length-prefixed fields ---------- */
h128_t hash_rec_construct(const rec_t *r)
{
    uint64_t a = 0xcbf29ce484222325ULL, b = 0x84222325cbf29ce4ULL;
    for (int i = 0; i < r->nf; i++) {
        const unsigned char *p = (const unsigned char *)rec_field(r, i);
        uint32_t n = r->len[i];
        for (int k = 0; k < 4; k++) {
            unsigned char c = (unsigned char)(n >> (8 * k));
            a = (a ^ c) * 0x100000001b3ULL;
            b = (b ^ c) * 0x100000001b3ULL + 1;
        }
        for (uint32_t j = 0; j < n; j++) {
            a = (a ^ p[j]) * 0x100000001b3ULL;
            b = (b ^ p[j]) * 0x100000001b3ULL + 1;
        }
    }
    a ^= (uint64_t)r->nf;
    h128_t h = {mix64(a), mix64(b ^ 0x5bd1e995u)};
    return h;
}

/* ---- verify hash: 8-byte blocks, multiply-rotate, two independent lanes -------------------- */
void vh_init(vh_t *h)
{
    h->a = 0x243f6a8885a308d3ULL;
    h->b = 0x13198a2e03707344ULL;
    h->n = 0;
}

static inline void vh_word(vh_t *h, uint64_t w)
{
    h->a = rotl64(h->a ^ (w * 0x87c37b91114253d5ULL), 31) * 0x4cf5ad432745937fULL;
    h->b = rotl64(h->b + (w * 0xff51afd7ed558ccdULL), 27) * 0xc4ceb9fe1a85ec53ULL + 0x52dce729;
}

void vh_field(vh_t *h, const char *s, size_t n)
{
    vh_word(h, 0xa0761d6478bd642fULL ^ (uint64_t)n);
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        vh_word(h, w);
    }
    if (i < n) {
        uint64_t w = 0;
        memcpy(&w, s + i, n - i);
        vh_word(h, w ^ ((uint64_t)(n - i) << 59));
    }
    h->n++;
}

/* Mix a marker (value kind, table, path) into the hash: NULL and '' hash apart. */
void vh_kind(vh_t *h, uint64_t kind)
{
    vh_word(h, 0x8ebc6af09c88c6e3ULL * (kind + 1) ^ 0x589965cc75374cc3ULL);
}

h128_t vh_final(const vh_t *h)
{
    uint64_t a = h->a ^ h->n, b = h->b ^ (h->n * 0x9e3779b97f4a7c15ULL);
    a ^= a >> 33;
    a *= 0xff51afd7ed558ccdULL;
    a ^= a >> 33;
    a *= 0xc4ceb9fe1a85ec53ULL;
    a ^= a >> 33;
    h128_t out = {a, mix64(b + a)};
    return out;
}

/* ---- hash set ---------------------------------------------------------------------------- */
void hset_init(hset_t *s)
{
    s->cap = 1024;
    s->count = 0;
    s->slots = calloc(s->cap, sizeof(h128_t));
    if (!s->slots) {
        fprintf(stderr, "leakscope-gen: out of memory\n");
        exit(1);
    }
}

static bool hset_put(h128_t *slots, size_t cap, h128_t k)
{
    size_t i = (size_t)k.lo & (cap - 1);
    for (;;) {
        h128_t *e = &slots[i];
        if (e->lo == 0 && e->hi == 0) {
            *e = k;
            return true;
        }
        if (e->lo == k.lo && e->hi == k.hi) return false;
        i = (i + 1) & (cap - 1);
    }
}

bool hset_insert(hset_t *s, h128_t k)
{
    if (k.lo == 0 && k.hi == 0) k.lo = 1; /* (0,0) marks an empty slot */
    if ((s->count + 1) * 2 > s->cap) {
        size_t ncap = s->cap * 2;
        h128_t *ns = calloc(ncap, sizeof(h128_t));
        if (!ns) {
            fprintf(stderr, "leakscope-gen: out of memory\n");
            exit(1);
        }
        for (size_t i = 0; i < s->cap; i++)
            if (s->slots[i].lo || s->slots[i].hi) hset_put(ns, ncap, s->slots[i]);
        free(s->slots);
        s->slots = ns;
        s->cap = ncap;
    }
    if (hset_put(s->slots, s->cap, k)) {
        s->count++;
        return true;
    }
    return false;
}

void hset_free(hset_t *s)
{
    free(s->slots);
    s->slots = NULL;
    s->cap = s->count = 0;
}

/* ---- case mapping and normalisation ------------------------------------------------------ */
void utf8_upper(char *s, size_t n)
{
    unsigned char *p = (unsigned char *)s;
    for (size_t i = 0; i < n; i++) {
        if (p[i] >= 'a' && p[i] <= 'z') {
            p[i] = (unsigned char)(p[i] - 32);
        } else if (p[i] == 0xC3 && i + 1 < n) {
            unsigned char c = p[i + 1];
            if (c >= 0xA0 && c <= 0xBE && c != 0xB7) p[i + 1] = (unsigned char)(c - 0x20);
            i++;
        } else if (p[i] >= 0xC0) {
            /* skip the continuation bytes of other sequences */
            while (i + 1 < n && (p[i + 1] & 0xC0) == 0x80)
                i++;
        }
    }
}

void utf8_lower(char *s, size_t n)
{
    unsigned char *p = (unsigned char *)s;
    for (size_t i = 0; i < n; i++) {
        if (p[i] >= 'A' && p[i] <= 'Z') {
            p[i] = (unsigned char)(p[i] + 32);
        } else if (p[i] == 0xC3 && i + 1 < n) {
            unsigned char c = p[i + 1];
            if (c >= 0x80 && c <= 0x9E && c != 0x97) p[i + 1] = (unsigned char)(c + 0x20);
            i++;
        } else if (p[i] >= 0xC0) {
            while (i + 1 < n && (p[i + 1] & 0xC0) == 0x80)
                i++;
        }
    }
}

static inline bool is_ws(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

size_t norm_field(const char *s, size_t n, char *out)
{
    size_t i = 0, j = 0;
    while (i < n && is_ws((unsigned char)s[i]))
        i++;
    while (n > i && is_ws((unsigned char)s[n - 1]))
        n--;
    while (i < n) {
        if (is_ws((unsigned char)s[i])) {
            while (i < n && is_ws((unsigned char)s[i]))
                i++;
            out[j++] = ' ';
        } else {
            out[j++] = s[i++];
        }
    }
    utf8_lower(out, j);
    return j;
}
