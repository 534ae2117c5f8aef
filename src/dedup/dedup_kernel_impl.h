/* The deduplication kernel for one key width, included once per width by dedup_kernel.c
 * (the way zstd instantiates its per-width loops): one body, two compiled copies, each with
 * its key compares inlined. Before including, define
 *   DK_KEY           the key type (uint64_t, ls_h128)
 *   DK_ZERO(k)       is k the all-zero key (the table's empty slot)?
 *   DK_EQ(a, b)      are keys a and b equal?
 *   DK_SLOT(k)       the bits of k that choose its table slot
 *   DK_RADIX(k)      the 64 bits of k whose top bits choose its partition, then its buckets
 *   DK_NAME(x)       x with the width appended (leaf ## 64 ...)
 * This file undefines them. Not a public header: no include guard on purpose. */

/* Grow a leaf table in place of a too-small one (rare: the leaf is sized for its entries,
 * capped at the cache budget, and a leaf holding more distinct keys than that happens only
 * when one partition is all one radix bucket, e.g. a dump of identical rows). */
static DK_KEY *DK_NAME(grow)(ls_dedup_scratch *sc, size_t *slots)
{
    size_t ns = *slots * 2;
    DK_KEY *old = malloc(*slots * sizeof(DK_KEY));
    if (!old) return NULL;
    memcpy(old, sc->table, *slots * sizeof(DK_KEY));
    DK_KEY *t = scratch_get(&sc->table, &sc->table_bytes, ns * sizeof(DK_KEY), sc->charge_to);
    if (!t) {
        free(old);
        return NULL;
    }
    memset(t, 0, ns * sizeof(DK_KEY));
    for (size_t i = 0; i < *slots; i++) {
        if (DK_ZERO(old[i])) continue;
        size_t s = (size_t)DK_SLOT(old[i]) & (ns - 1);
        while (!DK_ZERO(t[s]))
            s = (s + 1) & (ns - 1);
        t[s] = old[i];
    }
    free(old);
    *slots = ns;
    return t;
}

/* Remove the duplicates of a[0..n) in place with an open-addressing table sized for the
 * leaf (kept inside L2). The zero key cannot be stored (it marks empty slots): it is noted
 * in *zero and put back by the caller. Returns the distinct keys, or (size_t)-1. */
static size_t DK_NAME(leaf)(DK_KEY *a, size_t n, ls_dedup_scratch *sc, bool *zero)
{
    const size_t per_leaf = LEAF_BYTES / sizeof(DK_KEY);
    size_t slots = table_slots(n < per_leaf ? n : per_leaf), mask = slots - 1;
    DK_KEY *t = scratch_get(&sc->table, &sc->table_bytes, slots * sizeof(DK_KEY), sc->charge_to);
    if (!t) return (size_t)-1;
    memset(t, 0, slots * sizeof(DK_KEY));
    size_t u = 0;
    for (size_t i = 0; i < n; i++) {
        DK_KEY k = a[i];
        if (DK_ZERO(k)) {
            *zero = true;
            continue;
        }
        size_t s = (size_t)DK_SLOT(k) & mask;
        for (;;) {
            if (DK_ZERO(t[s])) {
                t[s] = k;
                a[u++] = k;
                if (2 * u > slots) {
                    if (!(t = DK_NAME(grow)(sc, &slots))) return (size_t)-1;
                    mask = slots - 1;
                }
                break;
            }
            if (DK_EQ(t[s], k)) break;
            s = (s + 1) & mask;
        }
    }
    return u;
}

/* Scatter a[0..n) by the next 8 radix bits into 256 buckets until a bucket fits a leaf,
 * deduplicate each, and gather the survivors back into a. A level where every key falls in
 * one bucket is skipped without copying (one repeated key must not cost a copy a level). */
static size_t DK_NAME(rec)(DK_KEY *a, size_t n, int level, ls_dedup_scratch *sc, bool *zero)
{
    if (n * sizeof(DK_KEY) <= LEAF_BYTES || level >= MAX_LEVEL)
        return DK_NAME(leaf)(a, n, sc, zero);
    unsigned shift = 64 - LS_DISTINCT_PARTITION_BITS - 8 * (unsigned)(level + 1);
    size_t start[257] = {0};
    for (size_t i = 0; i < n; i++)
        start[((DK_RADIX(a[i]) >> shift) & 0xff) + 1]++;
    for (int b = 0; b < 256; b++) {
        if (start[b + 1] == n) return DK_NAME(rec)(a, n, level + 1, sc, zero);
        start[b + 1] += start[b];
    }
    DK_KEY *tmp =
        scratch_get(&sc->tmp[level], &sc->tmp_bytes[level], n * sizeof(DK_KEY), sc->charge_to);
    if (!tmp) return (size_t)-1;
    size_t pos[256];
    memcpy(pos, start, sizeof pos);
    for (size_t i = 0; i < n; i++)
        tmp[pos[(DK_RADIX(a[i]) >> shift) & 0xff]++] = a[i];
    size_t u = 0;
    for (int b = 0; b < 256; b++) {
        size_t m = start[b + 1] - start[b];
        if (!m) continue;
        size_t ub = DK_NAME(rec)(tmp + start[b], m, level + 1, sc, zero);
        if (ub == (size_t)-1) return ub;
        memcpy(a + u, tmp + start[b], ub * sizeof(DK_KEY));
        u += ub;
    }
    return u;
}

#undef DK_KEY
#undef DK_ZERO
#undef DK_EQ
#undef DK_SLOT
#undef DK_RADIX
#undef DK_NAME
