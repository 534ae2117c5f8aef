/* Dedup: the partitioned hash set is exact; normalisation does what the report says. */
#include <criterion/criterion.h>
#include <pthread.h>
#include <string.h>

#include "dedup/hashset.h"
#include "dedup/normalize.h"

static uint64_t splitmix(uint64_t *s)
{
    uint64_t z = (*s += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

Test(hashset, exact_count_with_duplicates_and_zero_key)
{
    ls_hashset *s = ls_hashset_create();
    ls_hashset_stage *st = ls_hashset_stage_create(s);
    uint64_t seed = 42;
    enum { N = 300000 };
    for (int i = 0; i < N; i++) {
        ls_h128 h = {splitmix(&seed), splitmix(&seed)};
        ls_hashset_stage_add(st, h);
        if (i % 3 == 0) ls_hashset_stage_add(st, h); /* a duplicate */
    }
    ls_hashset_stage_add(st, (ls_h128){0, 0});
    ls_hashset_stage_add(st, (ls_h128){0, 0});
    /* keys equal in one half only are distinct */
    ls_hashset_stage_add(st, (ls_h128){1, 7});
    ls_hashset_stage_add(st, (ls_h128){2, 7});
    cr_assert_eq(ls_hashset_stage_free(st), 0);
    cr_expect_eq(ls_hashset_count(s), (uint64_t)N + 3);
    cr_expect_not(ls_hashset_failed(s));
    cr_expect_gt(ls_hashset_memory(s), (size_t)N * 16);
    ls_hashset_free(s);
    ls_hashset_free(NULL);
}

typedef struct {
    ls_hashset *set;
    uint64_t seed;
} thr_arg;

static void *insert_thread(void *p)
{
    thr_arg *a = p;
    ls_hashset_stage *st = ls_hashset_stage_create(a->set);
    uint64_t seed = a->seed;
    for (int i = 0; i < 200000; i++) {
        uint64_t k = splitmix(&seed) % 100000; /* both threads draw from the same keys */
        ls_hashset_stage_add(st, (ls_h128){k * 0x9E3779B97F4A7C15ull, k ^ 0xABCDEFull << 40});
    }
    ls_hashset_stage_free(st);
    return NULL;
}

Test(hashset, concurrent_stages_give_the_union)
{
    ls_hashset *shared = ls_hashset_create(), *single = ls_hashset_create();
    thr_arg a1 = {shared, 1}, a2 = {shared, 2};
    pthread_t t1, t2;
    pthread_create(&t1, NULL, insert_thread, &a1);
    pthread_create(&t2, NULL, insert_thread, &a2);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    thr_arg b1 = {single, 1}, b2 = {single, 2};
    insert_thread(&b1);
    insert_thread(&b2);
    cr_expect_eq(ls_hashset_count(shared), ls_hashset_count(single));
    cr_expect_gt(ls_hashset_count(shared), 90000);
    cr_expect_leq(ls_hashset_count(shared), 100000);
    ls_hashset_free(shared);
    ls_hashset_free(single);
}

static void expect_norm(ls_encoding e, const char *in, const char *want)
{
    char out[256];
    uint64_t bad = 0;
    size_t n = ls_normalize_value(e, in, strlen(in), out, &bad);
    out[n] = 0;
    cr_expect_str_eq(out, want, "normalize(\"%s\")", in);
}

Test(normalize, trim_collapse_fold)
{
    expect_norm(LS_ENCODING_UTF8, "  Jean   DUPONT\t", "jean dupont");
    expect_norm(LS_ENCODING_UTF8, "a\r\n\tb", "a b");
    expect_norm(LS_ENCODING_UTF8, "", "");
    expect_norm(LS_ENCODING_UTF8, "   ", "");
    expect_norm(LS_ENCODING_UTF8, "H\xC3\x89L\xC3\x88NE", "h\xC3\xA9l\xC3\xA8ne"); /* HÉLÈNE */
    expect_norm(LS_ENCODING_UTF8, "\xC5\x92UVRE", "\xC5\x93uvre");                 /* ŒUVRE */
    expect_norm(LS_ENCODING_UTF8,
                "\xC3\x87"
                "A",
                "\xC3\xA7"
                "a"); /* ÇA */
    expect_norm(LS_ENCODING_UTF8,
                "1\xC2\xA0"
                "000",
                "1 000");                                                  /* NBSP */
    expect_norm(LS_ENCODING_UTF8, "\xD0\x9F\xD0\xA0", "\xD0\xBF\xD1\x80"); /* ПР */
    expect_norm(LS_ENCODING_CP1252, "H\xC9L\xC8NE", "h\xC3\xA9l\xC3\xA8ne");
    expect_norm(LS_ENCODING_CP1252, "\x8C", "\xC5\x93"); /* Œ in cp1252 → œ */
    expect_norm(LS_ENCODING_LATIN1, "\xC9t\xE9", "\xC3\xA9t\xC3\xA9");
    /* ISO-8859-15: A4 is the euro sign, BC Œ (folded to œ); in Latin-1 they are ¤ and ¼ */
    expect_norm(LS_ENCODING_ISO8859_15, "\xA4 \xBC", "\xE2\x82\xAC \xC5\x93");
    expect_norm(LS_ENCODING_LATIN1, "\xA4 \xBC", "\xC2\xA4 \xC2\xBC");
}

Test(normalize, invalid_utf8_is_counted_and_replaced)
{
    char out[64];
    uint64_t bad = 0;
    size_t n = ls_normalize_value(LS_ENCODING_UTF8,
                                  "a\xFF"
                                  "b\xC3",
                                  4, out, &bad);
    cr_expect_eq(bad, 2);
    cr_expect_eq(n, 1 + 3 + 1 + 3);
    cr_expect_eq(memcmp(out,
                        "a\xEF\xBF\xBD"
                        "b\xEF\xBF\xBD",
                        n),
                 0);
}

Test(normalize, exact_value_transcodes_single_byte)
{
    char out[16];
    size_t n = ls_exact_value(LS_ENCODING_CP1252, "\x80", 1, out);
    cr_expect_eq(n, 3);
    cr_expect_eq(memcmp(out, "\xE2\x82\xAC", 3), 0); /* € */
    n = ls_exact_value(LS_ENCODING_UTF8, "Ab ", 3, out);
    cr_expect_eq(n, 3);
    cr_expect_eq(memcmp(out, "Ab ", 3), 0, "exact keeps case and spaces");
}

/* Big enough for partition tables past 2 MiB, which grow in place (mremap + rehash). */
Test(hashset, exact_count_through_in_place_growth)
{
    ls_hashset *s = ls_hashset_create();
    ls_hashset_stage *st = ls_hashset_stage_create(s);
    uint64_t seed = 7;
    enum { N = 3000000 };
    for (int i = 0; i < N; i++) {
        ls_h128 h = {splitmix(&seed), splitmix(&seed)};
        ls_hashset_stage_add(st, h);
        if ((i & 7) == 0) ls_hashset_stage_add(st, h);
    }
    cr_assert_eq(ls_hashset_stage_free(st), 0);
    cr_expect_eq(ls_hashset_count(s), (uint64_t)N);
    cr_expect_geq(ls_hashset_memory(s), (size_t)N * 16 * 4 / 3, "tables past 2 MiB were grown");
    /* every key is still found: re-adding them all changes nothing */
    st = ls_hashset_stage_create(s);
    seed = 7;
    for (int i = 0; i < N; i++)
        ls_hashset_stage_add(st, (ls_h128){splitmix(&seed), splitmix(&seed)});
    ls_hashset_stage_free(st);
    cr_expect_eq(ls_hashset_count(s), (uint64_t)N);
    ls_hashset_free(s);
}

Test(hashset, merge_is_a_union)
{
    ls_hashset *a = ls_hashset_create(), *b = ls_hashset_create();
    ls_hashset_stage *sa = ls_hashset_stage_create(a), *sb = ls_hashset_stage_create(b);
    for (uint64_t i = 0; i < 50000; i++)
        ls_hashset_stage_add(sa, (ls_h128){i * 7919 + 1, i});
    for (uint64_t i = 25000; i < 90000; i++)
        ls_hashset_stage_add(sb, (ls_h128){i * 7919 + 1, i});
    ls_hashset_stage_add(sb, (ls_h128){0, 0});
    ls_hashset_stage_free(sa);
    ls_hashset_stage_free(sb);
    cr_assert_eq(ls_hashset_merge(a, b), 0);
    cr_expect_eq(ls_hashset_count(a), 90001);
    cr_expect_eq(ls_hashset_count(b), 65001, "the source is left as it was");
    ls_hashset_free(a);
    ls_hashset_free(b);
}

/* The SWAR fast path must give exactly what the plain definition gives: trim, collapse
 * runs of whitespace to one space, lower-case ASCII. Random ASCII strings heavy in spaces,
 * tabs and capitals, of every length around the 8-byte blocks. */
static size_t reference_normalize(const char *s, size_t n, char *out)
{
    size_t o = 0;
    bool pending = false;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c == ' ' || (c >= 0x09 && c <= 0x0D)) {
            pending = o > 0;
            continue;
        }
        if (pending) out[o++] = ' ', pending = false;
        out[o++] = (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
    }
    return o;
}

Test(normalize, swar_path_matches_the_definition)
{
    static const char alphabet[] = "aB  Z\t!~ 0 @ x Y";
    uint64_t seed = 99;
    char in[64], want[64], got[LS_NORMALIZED_CAP(64)];
    for (int iter = 0; iter < 200000; iter++) {
        size_t n = splitmix(&seed) % 40;
        for (size_t i = 0; i < n; i++)
            in[i] = alphabet[splitmix(&seed) % (sizeof alphabet - 1)];
        uint64_t bad = 0;
        size_t gn = ls_normalize_value(LS_ENCODING_UTF8, in, n, got, &bad);
        size_t wn = reference_normalize(in, n, want);
        cr_assert_eq(gn, wn, "iter %d: length %zu vs %zu for \"%.*s\"", iter, gn, wn, (int)n, in);
        cr_assert_eq(memcmp(got, want, wn), 0, "iter %d: \"%.*s\"", iter, (int)n, in);
    }
}
