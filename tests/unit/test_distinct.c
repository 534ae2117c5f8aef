/* The distinct-counting engine: exact counts whatever the path (in cache, scattered,
 * spilled, drained), the memory ceiling kept, spill failures reported with nothing lost
 * and no file left behind. */
#include <criterion/criterion.h>
#include <dirent.h>
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

#include "dedup/dedup_kernel.h"
#include "dedup/distinct.h"

static uint64_t splitmix(uint64_t *s)
{
    uint64_t z = (*s += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

/* The key of draw k: a bijection, so keys are distinct exactly when draws are. */
static ls_h128 key128(uint64_t k)
{
    uint64_t s = k;
    uint64_t hi = splitmix(&s);
    return (ls_h128){k, hi};
}

static uint64_t key64(uint64_t k)
{
    /* splitmix's finaliser is a bijection on 64-bit words */
    uint64_t z = k;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

static ls_engine *engine(size_t limit, const char *dir, unsigned threads)
{
    ls_engine_config c = {.memory_limit = limit, .tmp_dir = dir, .threads = threads};
    ls_engine *e = ls_engine_create(&c);
    cr_assert_not_null(e);
    return e;
}

/* n draws from [0, range): returns how many distinct draws there were (a bitmap). */
static uint64_t add_draws(ls_distinct *s, uint64_t seed, size_t n, uint64_t range, int wide)
{
    uint8_t *seen = calloc(range / 8 + 1, 1);
    uint64_t distinct = 0;
    ls_distinct_stage *st = ls_distinct_stage_create(s);
    cr_assert_not_null(st);
    for (size_t i = 0; i < n; i++) {
        uint64_t k = splitmix(&seed) % range;
        if (!(seen[k / 8] & (1u << (k % 8)))) seen[k / 8] |= (uint8_t)(1u << (k % 8)), distinct++;
        if (wide)
            ls_distinct_add128(st, key128(k));
        else
            ls_distinct_add64(st, key64(k));
    }
    cr_assert_eq(ls_distinct_stage_free(st), 0);
    free(seen);
    return distinct;
}

Test(distinct, exact_with_duplicates_and_the_zero_key)
{
    ls_engine *e = engine(0, NULL, 2);
    ls_distinct *w = ls_distinct_create(e, 16), *n = ls_distinct_create(e, 8);
    ls_distinct_stage *sw = ls_distinct_stage_create(w), *sn = ls_distinct_stage_create(n);
    for (uint64_t i = 1; i <= 5000; i++) {
        ls_distinct_add128(sw, key128(i));
        ls_distinct_add64(sn, key64(i));
        if (i % 3 == 0) ls_distinct_add128(sw, key128(i)), ls_distinct_add64(sn, key64(i));
    }
    /* the all-zero fingerprint is a value (the stage cache's empty slot must not hide it) */
    ls_distinct_add128(sw, (ls_h128){0, 0});
    ls_distinct_add128(sw, (ls_h128){0, 0});
    ls_distinct_add64(sn, 0);
    ls_distinct_add64(sn, 0);
    cr_assert_eq(ls_distinct_stage_free(sw), 0);
    cr_assert_eq(ls_distinct_stage_free(sn), 0);
    uint64_t cw = 0, cn = 0;
    cr_assert_eq(ls_distinct_count(w, 0, &cw), 0);
    cr_assert_eq(ls_distinct_count(n, 0, &cn), 0);
    cr_expect_eq(cw, 5001);
    cr_expect_eq(cn, 5001);
    /* counting again gives the same number */
    cr_assert_eq(ls_distinct_count(w, 0, &cw), 0);
    cr_expect_eq(cw, 5001);
    cr_expect_eq(ls_distinct_memory(w), 0, "keep = 0 releases the memory once counted");
    ls_distinct_free(w);
    ls_distinct_free(n);
    ls_distinct_free(NULL);
    ls_engine_free(e);
    ls_engine_free(NULL);
}

Test(distinct, empty_set_counts_zero)
{
    ls_engine *e = engine(0, NULL, 1);
    ls_distinct *s = ls_distinct_create(e, 16);
    uint64_t c = 99;
    cr_assert_eq(ls_distinct_count(s, 1, &c), 0);
    cr_expect_eq(c, 0);
    ls_distinct_free(s);
    cr_expect_null(ls_distinct_create(e, 4), "only 8- and 16-byte keys");
    ls_engine_free(e);
}

/* Large sets go through the scatter levels of the kernel (partitions past the leaf). */
Test(distinct, large_sets_are_exact_in_both_widths)
{
    ls_engine *e = engine(0, NULL, 2);
    for (int wide = 0; wide <= 1; wide++) {
        ls_distinct *s = ls_distinct_create(e, wide ? 16 : 8);
        uint64_t truth = add_draws(s, 42 + (uint64_t)wide, 3000000, 2000000, wide);
        uint64_t c = 0;
        cr_assert_eq(ls_distinct_count(s, 0, &c), 0);
        cr_expect_eq(c, truth, "width %d: %llu counted, %llu true", wide ? 128 : 64,
                     (unsigned long long)c, (unsigned long long)truth);
        ls_distinct_free(s);
    }
    ls_engine_stats st;
    ls_engine_get_stats(e, &st);
    cr_expect_eq(st.spilled_bytes, 0, "the default ceiling is not reached");
    cr_expect_gt(st.peak_bytes, (size_t)2000000 * 8);
    ls_engine_free(e);
}

Test(kernel, dedup_in_place_against_a_bitmap)
{
    ls_dedup_scratch sc = {0};
    uint64_t seed = 7;
    for (size_t n = 0; n < 300000; n = n * 3 + 1) {
        uint64_t *a = malloc((n + 1) * 8);
        ls_h128 *b = malloc((n + 1) * 16);
        for (size_t i = 0; i < n; i++) {
            uint64_t k = splitmix(&seed) % (n / 2 + 1);
            a[i] = k ? key64(k) : 0;
            b[i] = k ? key128(k) : (ls_h128){0, 0};
        }
        uint8_t *seen = calloc(n / 16 + 2, 1);
        uint64_t truth = 0;
        for (size_t i = 0; i < n; i++) {
            /* recover k: key64 is a bijection, but it is simpler to recount from b.lo */
            uint64_t k = b[i].lo;
            if (!(seen[k / 8] & (1u << (k % 8)))) seen[k / 8] |= (uint8_t)(1u << (k % 8)), truth++;
        }
        size_t ua = ls__dedup64(a, n, &sc), ub = ls__dedup128(b, n, &sc);
        cr_expect_eq(ua, truth, "n=%zu", n);
        cr_expect_eq(ub, truth, "n=%zu", n);
        /* what is left is duplicate-free: dedup it again, nothing goes */
        cr_expect_eq(ls__dedup64(a, ua, &sc), ua);
        cr_expect_eq(ls__dedup128(b, ub, &sc), ub);
        free(seen);
        free(a);
        free(b);
    }
    ls__dedup_scratch_free(&sc);
}

typedef struct {
    ls_distinct *set;
    uint64_t seed;
} thr_arg;

static void *insert_thread(void *p)
{
    thr_arg *a = p;
    ls_distinct_stage *st = ls_distinct_stage_create(a->set);
    uint64_t seed = a->seed;
    for (int i = 0; i < 400000; i++) {
        uint64_t k = splitmix(&seed) % 300000; /* both threads draw from the same keys */
        ls_distinct_add128(st, key128(k));
    }
    ls_distinct_stage_free(st);
    return NULL;
}

/* Two threads appending to one set (with a ceiling low enough to spill while they do)
 * give the same count as one thread adding both streams. */
Test(distinct, concurrent_stages_give_the_union_even_while_spilling)
{
    char dir[] = "/tmp/ls-distinct-XXXXXX";
    cr_assert_not_null(mkdtemp(dir));
    ls_engine *e = engine((size_t)2 << 20, dir, 2);
    ls_distinct *shared = ls_distinct_create(e, 16);
    thr_arg a1 = {shared, 1}, a2 = {shared, 2};
    pthread_t t1, t2;
    pthread_create(&t1, NULL, insert_thread, &a1);
    pthread_create(&t2, NULL, insert_thread, &a2);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    ls_engine *e2 = engine(0, NULL, 1);
    ls_distinct *single = ls_distinct_create(e2, 16);
    a1.set = a2.set = single;
    insert_thread(&a1);
    insert_thread(&a2);
    uint64_t cs = 0, c1 = 0;
    cr_assert_eq(ls_distinct_count(shared, 0, &cs), 0);
    cr_assert_eq(ls_distinct_count(single, 0, &c1), 0);
    cr_expect_eq(cs, c1);
    cr_expect_gt(cs, 250000);
    ls_engine_stats st;
    ls_engine_get_stats(e, &st);
    cr_expect_gt(st.spilled_bytes, 0, "a 2 MiB ceiling on ~8 MB of keys spills");
    cr_expect_not(st.spill_failed);
    ls_distinct_free(shared);
    ls_distinct_free(single);
    ls_engine_free(e);
    ls_engine_free(e2);
    cr_expect_eq(rmdir(dir), 0, "nothing left in the spill directory");
}

static int dir_entries(const char *dir)
{
    DIR *d = opendir(dir);
    if (!d) return -1;
    int n = 0;
    struct dirent *de;
    while ((de = readdir(d)))
        if (strcmp(de->d_name, ".") && strcmp(de->d_name, "..")) n++;
    closedir(d);
    return n;
}

/* Spilled or not, the same counts; the ceiling holds (give or take one partition being
 * compacted and the scratch of one relief); the spill file is never visible. */
Test(distinct, spilling_gives_identical_counts_and_keeps_the_ceiling)
{
    char dir[] = "/tmp/ls-distinct-XXXXXX";
    cr_assert_not_null(mkdtemp(dir));
    size_t limit = (size_t)4 << 20;
    uint64_t counts[2][3];
    for (int spill = 0; spill <= 1; spill++) {
        ls_engine *e = engine(spill ? limit : 0, dir, 2);
        ls_distinct *rec = ls_distinct_create(e, 16), *col = ls_distinct_create(e, 8);
        ls_distinct *cat = ls_distinct_create(e, 8);
        uint64_t t1 = add_draws(rec, 11, 1500000, 1200000, 1);
        uint64_t t2 = add_draws(col, 12, 1500000, 900000, 0);
        if (spill) cr_expect_eq(dir_entries(dir), 0, "the spill file is unlinked from birth");
        uint64_t cr = 0, cc = 0, ck = 0;
        cr_assert_eq(ls_distinct_count(rec, 0, &cr), 0);
        cr_assert_eq(ls_distinct_count(col, 1, &cc), 0);
        cr_expect_eq(cr, t1);
        cr_expect_eq(cc, t2);
        /* the category: the column drained into it, plus a second column's values */
        cr_assert_eq(ls_distinct_drain_into(cat, col), 0);
        ls_distinct *col2 = ls_distinct_create(e, 8);
        add_draws(col2, 12, 1500000, 1800000, 0); /* a superset's prefix: overlaps col */
        cr_assert_eq(ls_distinct_drain_into(cat, col2), 0);
        cr_assert_eq(ls_distinct_count(cat, 0, &ck), 0);
        counts[spill][0] = cr;
        counts[spill][1] = cc;
        counts[spill][2] = ck;
        ls_engine_stats st;
        ls_engine_get_stats(e, &st);
        if (spill) {
            cr_expect_gt(st.spilled_bytes, 0);
            cr_expect_gt(st.spill_writes, 0);
            cr_expect_not(st.spill_failed, "%s", st.spill_error);
            /* ceiling + one relief's compaction scratch and one partition read back */
            cr_expect_leq(st.peak_bytes, limit * 2, "peak %zu under a %zu ceiling", st.peak_bytes,
                          limit);
        } else {
            cr_expect_eq(st.spilled_bytes, 0);
        }
        ls_distinct_free(rec);
        ls_distinct_free(col);
        ls_distinct_free(col2);
        ls_distinct_free(cat);
        ls_engine_free(e);
    }
    for (int k = 0; k < 3; k++)
        cr_expect_eq(counts[0][k], counts[1][k], "count %d differs when spilled", k);
    cr_expect_gt(counts[0][2], counts[0][1]);
    cr_expect_eq(rmdir(dir), 0, "nothing left in the spill directory");
}

/* A spill directory that cannot be written: the error is recorded, the data stays in
 * memory, the counts stay exact. */
Test(distinct, unwritable_spill_directory_loses_nothing)
{
    ls_engine *e = engine((size_t)1 << 20, "/nonexistent/leakscope-spill", 2);
    ls_distinct *s = ls_distinct_create(e, 16);
    uint64_t truth = add_draws(s, 5, 600000, 500000, 1);
    uint64_t c = 0;
    cr_assert_eq(ls_distinct_count(s, 0, &c), 0);
    cr_expect_eq(c, truth);
    ls_engine_stats st;
    ls_engine_get_stats(e, &st);
    cr_expect(st.spill_failed);
    cr_expect_eq(st.spilled_bytes, 0);
    cr_expect_not_null(strstr(st.spill_error, "/nonexistent/leakscope-spill"), "%s",
                       st.spill_error);
    ls_distinct_free(s);
    ls_engine_free(e);
}

/* A disk that fills up while spilling (RLIMIT_FSIZE: writes past 3 MB fail, as on a full
 * disk): the failing piece stays in memory, the counts stay exact, the error says so,
 * and no file is left. */
Test(distinct, disk_full_while_spilling_loses_nothing)
{
    signal(SIGXFSZ, SIG_IGN);
    struct rlimit rl = {(rlim_t)3 << 20, (rlim_t)3 << 20};
    cr_assert_eq(setrlimit(RLIMIT_FSIZE, &rl), 0);
    char dir[] = "/tmp/ls-distinct-XXXXXX";
    cr_assert_not_null(mkdtemp(dir));
    ls_engine *e = engine((size_t)2 << 20, dir, 2);
    ls_distinct *s = ls_distinct_create(e, 16);
    uint64_t truth = add_draws(s, 9, 1200000, 1000000, 1);
    uint64_t c = 0;
    cr_assert_eq(ls_distinct_count(s, 0, &c), 0);
    cr_expect_eq(c, truth);
    ls_engine_stats st;
    ls_engine_get_stats(e, &st);
    cr_expect(st.spill_failed);
    cr_expect_gt(st.spilled_bytes, 0, "some pieces were written before the disk filled");
    cr_expect_leq(st.spilled_bytes, (uint64_t)3 << 20);
    cr_expect_not_null(strstr(st.spill_error, "cannot write"), "%s", st.spill_error);
    ls_distinct_free(s);
    ls_engine_free(e);
    cr_expect_eq(rmdir(dir), 0, "nothing left in the spill directory");
}

/* A dump of identical rows: every fingerprint of a partition is one value, so each radix
 * level would be one bucket. Exact, and the scratch stays small (no copy per level, a
 * leaf table sized by the distinct keys it meets). Regression for the review finding
 * "one key x 2M: peak 227 MB". */
Test(distinct, one_key_repeated_keeps_scratch_small)
{
    for (int wide = 0; wide <= 1; wide++) {
        ls_engine *e = engine(0, NULL, 2);
        ls_distinct *s = ls_distinct_create(e, wide ? 16 : 8);
        ls_distinct_stage *st = ls_distinct_stage_create(s);
        for (int i = 0; i < 2000000; i++) {
            if (wide)
                ls_distinct_add128(st, key128(77));
            else
                ls_distinct_add64(st,
                                  key64(77 + (uint64_t)(i % 3))); /* 3 keys, defeats the cache */
        }
        cr_assert_eq(ls_distinct_stage_free(st), 0);
        uint64_t c = 0;
        cr_assert_eq(ls_distinct_count(s, 0, &c), 0);
        cr_expect_eq(c, wide ? 1 : 3);
        ls_engine_stats es;
        ls_engine_get_stats(e, &es);
        size_t data = (size_t)2000000 * (wide ? 16 : 8);
        /* the log itself, one gathered copy, and a small table: not 7x */
        cr_expect_leq(es.peak_bytes, data * 5 / 2, "peak %zu for %zu bytes of fingerprints",
                      es.peak_bytes, data);
        ls_distinct_free(s);
        ls_engine_free(e);
    }
}

typedef struct {
    ls_distinct *set;
    uint64_t seed;
} thr64_arg;

static void *insert64_thread(void *p)
{
    thr64_arg *a = p;
    ls_distinct_stage *st = ls_distinct_stage_create(a->set);
    uint64_t seed = a->seed;
    for (int i = 0; i < 300000; i++)
        ls_distinct_add64(st, key64(splitmix(&seed) % 200000 + 1));
    ls_distinct_stage_free(st);
    return NULL;
}

/* Four threads adding 64-bit fingerprints (the stage cache in play) under a ceiling that
 * spills, then counted with keep and drained into a category that spills too: the same
 * counts as one thread without a ceiling. */
Test(distinct, four_threads_64bit_spilling_keep_and_drain)
{
    char dir[] = "/tmp/ls-distinct-XXXXXX";
    cr_assert_not_null(mkdtemp(dir));
    uint64_t got[2][2];
    for (int spill = 0; spill <= 1; spill++) {
        ls_engine *e = engine(spill ? (size_t)1 << 20 : 0, dir, 4);
        ls_distinct *col = ls_distinct_create(e, 8), *cat = ls_distinct_create(e, 8);
        thr64_arg args[4];
        pthread_t th[4];
        for (int t = 0; t < 4; t++) {
            args[t] = (thr64_arg){col, 100 + (uint64_t)t};
            if (spill)
                pthread_create(&th[t], NULL, insert64_thread, &args[t]);
            else
                insert64_thread(&args[t]);
        }
        for (int t = 0; spill && t < 4; t++)
            pthread_join(th[t], NULL);
        cr_assert_eq(ls_distinct_count(col, 1, &got[spill][0]), 0);
        cr_assert_eq(ls_distinct_drain_into(cat, col), 0);
        cr_expect_eq(ls_distinct_drain_into(cat, col), 0, "a drained set drains nothing more");
        cr_assert_eq(ls_distinct_count(cat, 0, &got[spill][1]), 0);
        ls_distinct *other = ls_distinct_create(e, 16);
        cr_expect_eq(ls_distinct_drain_into(other, cat), -1, "released or of another size");
        ls_engine_stats es;
        ls_engine_get_stats(e, &es);
        if (spill) cr_expect_gt(es.spilled_bytes, 0);
        ls_distinct_free(other);
        ls_distinct_free(col);
        ls_distinct_free(cat);
        ls_engine_free(e);
    }
    cr_expect_eq(got[0][0], got[1][0]);
    cr_expect_eq(got[0][1], got[1][1]);
    cr_expect_eq(got[0][0], got[0][1]);
    cr_expect_gt(got[0][0], 150000);
    cr_expect_eq(rmdir(dir), 0, "nothing left in the spill directory");
}

/* The inverse of key64 (splitmix's finaliser), to map a visited fingerprint to its draw. */
static uint64_t unkey64(uint64_t z)
{
    z = (z ^ (z >> 31) ^ (z >> 62)) * 0x319642B2D24D8EC3ull;
    z = (z ^ (z >> 27) ^ (z >> 54)) * 0x96DE1B173F119089ull;
    return z ^ (z >> 30) ^ (z >> 60);
}

typedef struct {
    uint8_t *seen;
    uint64_t range, visits, repeats, strays;
} visit_tally;

static int tally_keys(void *ctx, const void *keys, size_t n, unsigned kw)
{
    visit_tally *t = ctx;
    cr_assert_eq(kw, 8);
    for (size_t i = 0; i < n; i++) {
        uint64_t k;
        memcpy(&k, (const unsigned char *)keys + i * 8, 8);
        uint64_t d = unkey64(k);
        t->visits++;
        if (d >= t->range) {
            t->strays++;
            continue;
        }
        if (t->seen[d / 8] & (1u << (d % 8))) t->repeats++;
        t->seen[d / 8] |= (uint8_t)(1u << (d % 8));
    }
    return 0;
}

/* Visiting a kept set hands over each distinct fingerprint exactly once, spilled or not,
 * and a set counted without keep refuses to be visited. */
Test(distinct, visit_hands_over_each_distinct_key_once_spilled_or_not)
{
    for (uint64_t z = 0; z < 1000; z++)
        cr_assert_eq(unkey64(key64(z)), z);
    char dir[] = "/tmp/ls-distinct-XXXXXX";
    cr_assert_not_null(mkdtemp(dir));
    for (int spill = 0; spill <= 1; spill++) {
        ls_engine *e = engine(spill ? (size_t)2 << 20 : 0, dir, 2);
        ls_distinct *s = ls_distinct_create(e, 8);
        uint64_t range = 700000;
        uint64_t truth = add_draws(s, 21, 1000000, range, 0);
        uint64_t c = 0;
        cr_assert_eq(ls_distinct_count(s, 1, &c), 0);
        cr_expect_eq(c, truth);
        visit_tally t = {.seen = calloc(range / 8 + 1, 1), .range = range};
        cr_assert_eq(ls_distinct_visit(s, tally_keys, &t), 0);
        cr_expect_eq(t.visits, truth, "visited %llu of %llu (spill %d)",
                     (unsigned long long)t.visits, (unsigned long long)truth, spill);
        cr_expect_eq(t.repeats, 0);
        cr_expect_eq(t.strays, 0);
        free(t.seen);
        ls_engine_stats st;
        ls_engine_get_stats(e, &st);
        if (spill) cr_expect_gt(st.spilled_bytes, 0);
        ls_distinct *r = ls_distinct_create(e, 8);
        add_draws(r, 22, 1000, 100, 0);
        cr_assert_eq(ls_distinct_count(r, 0, &c), 0);
        cr_expect_eq(ls_distinct_visit(r, tally_keys, &t), -1, "a released set cannot be visited");
        ls_distinct_free(r);
        ls_distinct_free(s);
        ls_engine_free(e);
    }
    cr_expect_eq(rmdir(dir), 0);
}
