/* vcache: a worker's memory of the verdicts it just gave, per validated column.
 *
 * Validators (checksum, syntax, name and place dictionaries) are pure functions of the
 * type and the value, and they cost more than anything else a value goes through. Many
 * columns repeat a few values over and over (civility, city, postal code, first names,
 * birth places): a small direct-mapped cache of short values per column, keyed by the
 * value's exact bytes (compared in full, so a hit is never a guess), hands back the
 * verdict, its detail, the normal form and its fingerprint without running the validator
 * again. High-cardinality columns (e-mail, NIR) just miss, at the price of one probe. */
#ifndef LS_PIPELINE_VCACHE_H
#define LS_PIPELINE_VCACHE_H

#include <stdint.h>
#include <string.h>

#define LS_VCACHE_SLOTS  64u
#define LS_VCACHE_MAXLEN 46u /* values (raw and normal form) longer than this are not cached */

typedef struct {
    uint8_t len; /* raw length; 0 = empty slot (empty values are never validated) */
    uint8_t nlen;
    uint8_t verdict;
    uint32_t detail;
    uint64_t hnorm; /* fingerprint of the normal form (valid values) */
    char raw[LS_VCACHE_MAXLEN];
    char norm[LS_VCACHE_MAXLEN];
} ls_vcache_entry;

/* A column whose values rarely repeat (e-mail, NIR) would pay a probe and a copy per value
 * for nothing: after LS_VCACHE_TRIAL lookups with fewer than one hit in LS_VCACHE_MIN_HIT,
 * the cache turns itself off for that column (per worker; the verdicts are the same). */
#define LS_VCACHE_TRIAL   4096u
#define LS_VCACHE_MIN_HIT 8u

typedef struct {
    ls_vcache_entry slot[LS_VCACHE_SLOTS];
    uint32_t lookups, hits;
    uint8_t off; /* 1: not worth it for this column */
} ls_vcache;

/* Should this column's values go through the cache? (counts the lookup) */
static inline int ls_vcache_on(ls_vcache *c)
{
    if (c->off) return 0;
    if (++c->lookups == LS_VCACHE_TRIAL && c->hits * LS_VCACHE_MIN_HIT < LS_VCACHE_TRIAL)
        c->off = 1;
    return 1;
}

/* The slot for a value: its length and first and last 8 bytes, mixed. */
static inline ls_vcache_entry *ls_vcache_slot(ls_vcache *c, const char *v, size_t n)
{
    uint64_t a = 0, b = 0;
    if (n >= 8) {
        memcpy(&a, v, 8);
        memcpy(&b, v + n - 8, 8);
    } else {
        memcpy(&a, v, n);
    }
    uint64_t h =
        (a * 0x9E3779B97F4A7C15ull) ^ (b * 0xC2B2AE3D27D4EB4Full) ^ (n * 0x165667B19E3779F9ull);
    return &c->slot[h >> (64 - 6)];
}

/* The entry holding exactly this value, or NULL. */
static inline const ls_vcache_entry *ls_vcache_get(ls_vcache_entry *e, const char *v, size_t n)
{
    return (e->len == n && n && memcmp(e->raw, v, n) == 0) ? e : NULL;
}

/* Remember a verdict (when both forms are short enough). */
static inline void ls_vcache_put(ls_vcache_entry *e, const char *v, size_t n, uint8_t verdict,
                                 uint32_t detail, const char *norm, size_t nlen, uint64_t hnorm)
{
    if (n == 0 || n > LS_VCACHE_MAXLEN || nlen > LS_VCACHE_MAXLEN) return;
    e->len = (uint8_t)n;
    e->nlen = (uint8_t)nlen;
    e->verdict = verdict;
    e->detail = detail;
    e->hnorm = hnorm;
    memcpy(e->raw, v, n);
    if (nlen) memcpy(e->norm, norm, nlen);
}

#endif
