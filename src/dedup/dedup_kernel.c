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

/* ---- one instance per key width (dedup_kernel_impl.h) ------------------------------------ */

#define DK_KEY      uint64_t
#define DK_ZERO(k)  ((k) == 0)
#define DK_EQ(a, b) ((a) == (b))
#define DK_SLOT(k)  (k)
#define DK_RADIX(k) (k)
#define DK_NAME(x)  x##64
#include "dedup/dedup_kernel_impl.h"

#define DK_KEY      ls_h128
#define DK_ZERO(k)  (((k).lo | (k).hi) == 0)
#define DK_EQ(a, b) ((a).lo == (b).lo && (a).hi == (b).hi)
#define DK_SLOT(k)  ((k).lo)
#define DK_RADIX(k) ((k).hi)
#define DK_NAME(x)  x##128
#include "dedup/dedup_kernel_impl.h"

size_t ls__dedup64(uint64_t *a, size_t n, ls_dedup_scratch *sc)
{
    bool zero = false;
    size_t u = rec64(a, n, 0, sc, &zero);
    if (u == (size_t)-1) return u;
    if (zero) a[u++] = 0;
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
