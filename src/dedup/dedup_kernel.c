#include "dedup/dedup_kernel.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

/* Entries per leaf: 128 KiB of keys, a 256 KiB table — together well inside L2. */
#define LEAF_BYTES (128u << 10)
#define MAX_LEVEL  4

static void *scratch_get(void **p, size_t *have, size_t need, ls_engine *e)
{
    if (*have >= need) return *p;
    void *n = realloc(*p, need);
    if (!n) return NULL;
    if (e) ls__engine_charge(e, (ptrdiff_t)(need - *have));
    *p = n;
    *have = need;
    return n;
}

void *ls__dedup_gather(ls_dedup_scratch *sc, size_t bytes)
{
    return scratch_get(&sc->gather, &sc->gather_bytes, bytes ? bytes : 1, sc->charge_to);
}

void ls__dedup_scratch_free(ls_dedup_scratch *sc)
{
    size_t total = sc->table_bytes + sc->gather_bytes;
    free(sc->table);
    free(sc->gather);
    for (int i = 0; i < 4; i++) {
        free(sc->tmp[i]);
        total += sc->tmp_bytes[i];
    }
    if (sc->charge_to && total) ls__engine_charge(sc->charge_to, -(ptrdiff_t)total);
    memset(sc, 0, sizeof *sc);
}

static size_t table_slots(size_t n)
{
    size_t t = 16;
    while (t < 2 * n)
        t <<= 1;
    return t;
}

/* ---- 64-bit keys ------------------------------------------------------------------------- */

/* Grow a leaf table in place of a too-small one (rare: the leaf is sized for its entries,
 * capped at the cache budget, and a leaf holding more distinct keys than that happens only
 * when one partition is all one radix bucket, e.g. a dump of identical rows). */
static uint64_t *grow64(ls_dedup_scratch *sc, size_t *slots)
{
    size_t ns = *slots * 2;
    uint64_t *old = malloc(*slots * 8);
    if (!old) return NULL;
    memcpy(old, sc->table, *slots * 8);
    uint64_t *t = scratch_get(&sc->table, &sc->table_bytes, ns * 8, sc->charge_to);
    if (!t) {
        free(old);
        return NULL;
    }
    memset(t, 0, ns * 8);
    for (size_t i = 0; i < *slots; i++) {
        if (!old[i]) continue;
        size_t s = (size_t)old[i] & (ns - 1);
        while (t[s])
            s = (s + 1) & (ns - 1);
        t[s] = old[i];
    }
    free(old);
    *slots = ns;
    return t;
}

static size_t leaf64(uint64_t *a, size_t n, ls_dedup_scratch *sc, bool *zero)
{
    size_t slots = table_slots(n < LEAF_BYTES / 8 ? n : LEAF_BYTES / 8), mask = slots - 1;
    uint64_t *t = scratch_get(&sc->table, &sc->table_bytes, slots * 8, sc->charge_to);
    if (!t) return (size_t)-1;
    memset(t, 0, slots * 8);
    size_t u = 0;
    for (size_t i = 0; i < n; i++) {
        uint64_t k = a[i];
        if (k == 0) {
            *zero = true;
            continue;
        }
        size_t s = (size_t)k & mask;
        for (;;) {
            if (t[s] == 0) {
                t[s] = k;
                a[u++] = k;
                if (2 * u > slots) {
                    if (!(t = grow64(sc, &slots))) return (size_t)-1;
                    mask = slots - 1;
                }
                break;
            }
            if (t[s] == k) break;
            s = (s + 1) & mask;
        }
    }
    return u;
}

static size_t rec64(uint64_t *a, size_t n, int level, ls_dedup_scratch *sc, bool *zero)
{
    if (n * 8 <= LEAF_BYTES || level >= MAX_LEVEL) return leaf64(a, n, sc, zero);
    unsigned shift = 64 - LS_DISTINCT_PARTITION_BITS - 8 * (unsigned)(level + 1);
    size_t start[257] = {0};
    for (size_t i = 0; i < n; i++)
        start[((a[i] >> shift) & 0xff) + 1]++;
    for (int b = 0; b < 256; b++) {
        if (start[b + 1] == n) return rec64(a, n, level + 1, sc, zero); /* one bucket: no copy */
        start[b + 1] += start[b];
    }
    uint64_t *tmp = scratch_get(&sc->tmp[level], &sc->tmp_bytes[level], n * 8, sc->charge_to);
    if (!tmp) return (size_t)-1;
    size_t pos[256];
    memcpy(pos, start, sizeof pos);
    for (size_t i = 0; i < n; i++)
        tmp[pos[(a[i] >> shift) & 0xff]++] = a[i];
    size_t u = 0;
    for (int b = 0; b < 256; b++) {
        size_t m = start[b + 1] - start[b];
        if (!m) continue;
        size_t ub = rec64(tmp + start[b], m, level + 1, sc, zero);
        if (ub == (size_t)-1) return ub;
        memcpy(a + u, tmp + start[b], ub * 8);
        u += ub;
    }
    return u;
}

size_t ls__dedup64(uint64_t *a, size_t n, ls_dedup_scratch *sc)
{
    bool zero = false;
    size_t u = rec64(a, n, 0, sc, &zero);
    if (u == (size_t)-1) return u;
    if (zero) a[u++] = 0;
    return u;
}

/* ---- 128-bit keys ------------------------------------------------------------------------ */

static ls_h128 *grow128(ls_dedup_scratch *sc, size_t *slots)
{
    size_t ns = *slots * 2;
    ls_h128 *old = malloc(*slots * 16);
    if (!old) return NULL;
    memcpy(old, sc->table, *slots * 16);
    ls_h128 *t = scratch_get(&sc->table, &sc->table_bytes, ns * 16, sc->charge_to);
    if (!t) {
        free(old);
        return NULL;
    }
    memset(t, 0, ns * 16);
    for (size_t i = 0; i < *slots; i++) {
        if (!(old[i].lo | old[i].hi)) continue;
        size_t s = (size_t)old[i].lo & (ns - 1);
        while (t[s].lo | t[s].hi)
            s = (s + 1) & (ns - 1);
        t[s] = old[i];
    }
    free(old);
    *slots = ns;
    return t;
}

static size_t leaf128(ls_h128 *a, size_t n, ls_dedup_scratch *sc, bool *zero)
{
    size_t slots = table_slots(n < LEAF_BYTES / 16 ? n : LEAF_BYTES / 16), mask = slots - 1;
    ls_h128 *t = scratch_get(&sc->table, &sc->table_bytes, slots * 16, sc->charge_to);
    if (!t) return (size_t)-1;
    memset(t, 0, slots * 16);
    size_t u = 0;
    for (size_t i = 0; i < n; i++) {
        ls_h128 k = a[i];
        if ((k.lo | k.hi) == 0) {
            *zero = true;
            continue;
        }
        size_t s = (size_t)k.lo & mask;
        for (;;) {
            if ((t[s].lo | t[s].hi) == 0) {
                t[s] = k;
                a[u++] = k;
                if (2 * u > slots) {
                    if (!(t = grow128(sc, &slots))) return (size_t)-1;
                    mask = slots - 1;
                }
                break;
            }
            if (t[s].lo == k.lo && t[s].hi == k.hi) break;
            s = (s + 1) & mask;
        }
    }
    return u;
}

static size_t rec128(ls_h128 *a, size_t n, int level, ls_dedup_scratch *sc, bool *zero)
{
    if (n * 16 <= LEAF_BYTES || level >= MAX_LEVEL) return leaf128(a, n, sc, zero);
    unsigned shift = 64 - LS_DISTINCT_PARTITION_BITS - 8 * (unsigned)(level + 1);
    size_t start[257] = {0};
    for (size_t i = 0; i < n; i++)
        start[((a[i].hi >> shift) & 0xff) + 1]++;
    for (int b = 0; b < 256; b++) {
        if (start[b + 1] == n) return rec128(a, n, level + 1, sc, zero);
        start[b + 1] += start[b];
    }
    ls_h128 *tmp = scratch_get(&sc->tmp[level], &sc->tmp_bytes[level], n * 16, sc->charge_to);
    if (!tmp) return (size_t)-1;
    size_t pos[256];
    memcpy(pos, start, sizeof pos);
    for (size_t i = 0; i < n; i++)
        tmp[pos[(a[i].hi >> shift) & 0xff]++] = a[i];
    size_t u = 0;
    for (int b = 0; b < 256; b++) {
        size_t m = start[b + 1] - start[b];
        if (!m) continue;
        size_t ub = rec128(tmp + start[b], m, level + 1, sc, zero);
        if (ub == (size_t)-1) return ub;
        memcpy(a + u, tmp + start[b], ub * 16);
        u += ub;
    }
    return u;
}

size_t ls__dedup128(ls_h128 *a, size_t n, ls_dedup_scratch *sc)
{
    bool zero = false;
    size_t u = rec128(a, n, 0, sc, &zero);
    if (u == (size_t)-1) return u;
    if (zero) a[u++] = (ls_h128){0, 0};
    return u;
}
