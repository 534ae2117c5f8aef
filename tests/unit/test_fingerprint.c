/* Fingerprint files (issue 10): the keyed PRF against the SipHash reference vectors and
 * libcrypto, varints and sorts against obvious implementations, the file round trip, the
 * reader's refusal of damaged files with a sentence saying where, and overlap / merge on
 * sets whose intersections are known by construction. */
#include <criterion/criterion.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/params.h>

#include "fingerprint/fpfile.h"
#include "fingerprint/fpsort.h"
#include "fingerprint/merge.h"
#include "fingerprint/overlap.h"
#include "fingerprint/prf.h"
#include "test_rng.h"

static const ls_sipkey ref_key = {0x0706050403020100ull, 0x0f0e0d0c0b0a0908ull};

/* ---- PRF -------------------------------------------------------------------------------- */

Test(prf, siphash24_reference_vectors)
{
    unsigned char m[16];
    for (int i = 0; i < 16; i++)
        m[i] = (unsigned char)i;
    cr_assert_eq(ls_siphash24(&ref_key, m, 0), 0x726fdb47dd0e0e31ull);
    cr_assert_eq(ls_siphash24(&ref_key, m, 8), 0x93f5f5799a932462ull);
    cr_assert_eq(ls_siphash24(&ref_key, m, 15), 0xa129ca6149be45e5ull);
}

Test(prf, siphash128_reference_vectors)
{
    static const unsigned char want[3][16] = {
        {0xa3, 0x81, 0x7f, 0x04, 0xba, 0x25, 0xa8, 0xe6, 0x6d, 0xf6, 0x72, 0x14, 0xc7, 0x55, 0x02,
         0x93},
        {0xda, 0x87, 0xc1, 0xd8, 0x6b, 0x99, 0xaf, 0x44, 0x34, 0x76, 0x59, 0x11, 0x9b, 0x22, 0xfc,
         0x45},
        {0x81, 0x77, 0x22, 0x8d, 0xa4, 0xa4, 0x5d, 0xc7, 0xfc, 0xa3, 0x8b, 0xde, 0xf6, 0x0a, 0xff,
         0xe4},
    };
    unsigned char m[2] = {0, 1};
    for (size_t len = 0; len < 3; len++) {
        uint64_t o[2];
        ls_siphash24_128(&ref_key, m, len, o);
        unsigned char got[16];
        for (int i = 0; i < 8; i++) {
            got[i] = (unsigned char)(o[0] >> (8 * i));
            got[8 + i] = (unsigned char)(o[1] >> (8 * i));
        }
        cr_assert_arr_eq(got, want[len], 16, "SipHash-128 vector %zu", len);
    }
}

/* libcrypto's SIPHASH over the same key and message; out of outlen bytes. */
static void openssl_siphash(const ls_sipkey *k, const unsigned char *m, size_t n, size_t outlen,
                            unsigned char *out)
{
    unsigned char key[16];
    for (int i = 0; i < 8; i++) {
        key[i] = (unsigned char)(k->k0 >> (8 * i));
        key[8 + i] = (unsigned char)(k->k1 >> (8 * i));
    }
    EVP_MAC *mac = EVP_MAC_fetch(NULL, "SIPHASH", NULL);
    cr_assert_not_null(mac);
    EVP_MAC_CTX *c = EVP_MAC_CTX_new(mac);
    size_t sz = outlen;
    OSSL_PARAM p[] = {OSSL_PARAM_construct_size_t(OSSL_MAC_PARAM_SIZE, &sz), OSSL_PARAM_END};
    cr_assert(EVP_MAC_init(c, key, 16, p) == 1);
    cr_assert(EVP_MAC_update(c, m, n) == 1);
    size_t got = 0;
    cr_assert(EVP_MAC_final(c, out, &got, outlen) == 1);
    cr_assert_eq(got, outlen);
    EVP_MAC_CTX_free(c);
    EVP_MAC_free(mac);
}

Test(prf, fast_paths_equal_reference_and_libcrypto)
{
    rng_state = 10;
    for (int t = 0; t < 200; t++) {
        ls_sipkey k = {rnd(), rnd()};
        uint64_t lo = rnd(), hi = rnd();
        unsigned char m[16];
        memcpy(m, &lo, 8); /* little-endian host, as the sets store them */
        memcpy(m + 8, &hi, 8);
        uint64_t o[2];
        unsigned char ref[16], got[16];
        /* 8-byte message, 64-bit output */
        cr_assert_eq(ls_fp_prf64(&k, lo), ls_siphash24(&k, m, 8));
        openssl_siphash(&k, m, 8, 8, ref);
        uint64_t v = ls_fp_prf64(&k, lo);
        memcpy(got, &v, 8);
        cr_assert_arr_eq(got, ref, 8);
        /* 16-byte message, 64-bit output */
        cr_assert_eq(ls_fp_prf64x2(&k, lo, hi), ls_siphash24(&k, m, 16));
        openssl_siphash(&k, m, 16, 8, ref);
        v = ls_fp_prf64x2(&k, lo, hi);
        memcpy(got, &v, 8);
        cr_assert_arr_eq(got, ref, 8);
        /* 16-byte message, 128-bit output */
        ls_fp_prf128(&k, lo, hi, o);
        uint64_t r[2];
        ls_siphash24_128(&k, m, 16, r);
        cr_assert(o[0] == r[0] && o[1] == r[1]);
        openssl_siphash(&k, m, 16, 16, ref);
        memcpy(got, o, 16);
        cr_assert_arr_eq(got, ref, 16);
    }
}

Test(prf, key_ids_and_subkeys)
{
    unsigned char id0[16], id1[16], id2[16], zero[16] = {0};
    ls_fp_key_id(NULL, 0, id0);
    cr_assert_arr_eq(id0, zero, 16, "unkeyed: the id is all zero");
    ls_fp_key_id("0123456789abcdef", 16, id1);
    ls_fp_key_id("0123456789abcdeg", 16, id2);
    cr_assert(memcmp(id1, zero, 16) != 0);
    cr_assert(memcmp(id1, id2, 16) != 0);
    unsigned char again[16];
    ls_fp_key_id("0123456789abcdef", 16, again);
    cr_assert_arr_eq(id1, again, 16, "the id is a function of the key");
    ls_sipkey a, b, c, d;
    cr_assert_eq(ls_fp_subkey("0123456789abcdef", 16, "email", &a), 0);
    cr_assert_eq(ls_fp_subkey("0123456789abcdef", 16, "phone", &b), 0);
    cr_assert_eq(ls_fp_subkey("0123456789abcdeg", 16, "email", &c), 0);
    cr_assert_eq(ls_fp_subkey(NULL, 0, "email", &d), 0);
    cr_assert(a.k0 != b.k0 && a.k0 != c.k0 && a.k0 != d.k0, "one subkey per kind and secret");
    /* the key id is not the subkey material */
    uint64_t idw;
    memcpy(&idw, id1, 8);
    cr_assert(idw != a.k0 && idw != b.k0);
}

/* ---- varints and sorts ------------------------------------------------------------------ */

Test(varint, round_trip_and_malformed)
{
    rng_state = 20;
    ls_fpkey edge[] = {{0, 0},
                       {1, 0},
                       {127, 0},
                       {128, 0},
                       {UINT64_MAX, 0},
                       {0, 1},
                       {UINT64_MAX, UINT64_MAX},
                       {0, 1ull << 63}};
    unsigned char buf[32];
    for (size_t i = 0; i < 1000 + sizeof edge / sizeof *edge; i++) {
        ls_fpkey v = i < sizeof edge / sizeof *edge ? edge[i]
                                                    : (ls_fpkey){rnd(), rnd() >> (rnd() % 65 & 63)};
        size_t n = ls_fp_varint_put(buf, v);
        cr_assert(n >= 1 && n <= 19);
        ls_fpkey w;
        cr_assert_eq(ls_fp_varint_get(buf, n, &w), n);
        cr_assert(w.lo == v.lo && w.hi == v.hi);
        cr_assert_eq(ls_fp_varint_get(buf, n - 1, &w), 0, "a cut varint is malformed");
    }
    memset(buf, 0xff, sizeof buf);
    ls_fpkey w;
    cr_assert_eq(ls_fp_varint_get(buf, sizeof buf, &w), 0, "more than 19 bytes");
    buf[18] = 0x04; /* bit 128 */
    cr_assert_eq(ls_fp_varint_get(buf, 19, &w), 0, "more than 128 bits");
}

static int cmp64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}
static int cmpk(const void *a, const void *b)
{
    return ls_fpkey_cmp(*(const ls_fpkey *)a, *(const ls_fpkey *)b);
}

Test(sort, radix_equals_qsort)
{
    rng_state = 30;
    size_t sizes[] = {0, 1, 2, 3, 100, 5000, 100000};
    for (size_t s = 0; s < sizeof sizes / sizeof *sizes; s++) {
        size_t n = sizes[s];
        uint64_t *a = malloc((n + 1) * 8), *b = malloc((n + 1) * 8), *t = malloc((n + 1) * 8);
        ls_fpkey *ka = malloc((n + 1) * 16), *kb = malloc((n + 1) * 16), *kt = malloc((n + 1) * 16);
        for (size_t i = 0; i < n; i++) {
            a[i] = b[i] = s == 5 ? rnd() % 50 : rnd(); /* many repeats in one case */
            /* equal high words for some keys: the tie-break by the low word */
            ka[i] = kb[i] = (ls_fpkey){rnd(), s >= 4 && i % 3 == 0 ? 42 : rnd()};
        }
        ls_fp_radix64(a, t, n);
        qsort(b, n, 8, cmp64);
        cr_assert(n == 0 || memcmp(a, b, n * 8) == 0, "64-bit sort, n = %zu", n);
        ls_fp_radix128(ka, kt, n);
        qsort(kb, n, 16, cmpk);
        cr_assert(n == 0 || memcmp(ka, kb, n * 16) == 0, "128-bit sort, n = %zu", n);
        free(a), free(b), free(t), free(ka), free(kb), free(kt);
    }
}

/* ---- files ------------------------------------------------------------------------------ */

static char dir[64];

static void mkdir_tmp(void)
{
    snprintf(dir, sizeof dir, "/tmp/ls-fp-test-XXXXXX");
    cr_assert_not_null(mkdtemp(dir));
}

static void rm_tmp(void)
{
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
    cr_assert_eq(system(cmd), 0);
}

static const char *pth(const char *name)
{
    static char b[8][128];
    static int k;
    char *p = b[k++ % 8];
    snprintf(p, 128, "%s/%s", dir, name);
    return p;
}

/* A file with kind "ids" = {lo..hi} (scrambled by a bijection, so spread like PRF output)
 * and, when with_records, kind "records" = 16-byte keys of the same draws. */
static uint64_t mix(uint64_t z)
{
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

static void write_range(const char *path, uint64_t lo, uint64_t hi, bool with_records,
                        const char *secret)
{
    ls_fp_header h;
    ls_fp_header_init(&h);
    if (secret) {
        h.flags |= LS_FP_KEYED;
        ls_fp_key_id(secret, strlen(secret), h.key_id);
    }
    h.records = hi - lo + 1;
    h.inputs = 1;
    snprintf(h.source, sizeof h.source, "range %llu-%llu", (unsigned long long)lo,
             (unsigned long long)hi);
    int ki = ls_fp_header_add_kind(&h, "ids", 8);
    int kr = with_records ? ls_fp_header_add_kind(&h, "records", 16) : -1;
    char err[256];
    ls_fp_writer *w = ls_fp_writer_create(path, &h, err, sizeof err);
    cr_assert_not_null(w, "%s", err);
    ls_fp_sorter *s8 = ls_fp_sorter_create(8, 1 << 20, dir);
    ls_fp_sorter *s16 = ls_fp_sorter_create(16, 1 << 20, dir);
    ls_fp_writer_begin(w, ki);
    for (uint64_t v = lo; v <= hi; v++)
        ls_fp_sorter_add(s8, (ls_fpkey){mix(v), 0});
    cr_assert_eq(ls_fp_sorter_drain(s8, w, err, sizeof err), 0, "%s", err);
    ls_fp_writer_end(w);
    if (kr >= 0) {
        ls_fp_writer_begin(w, kr);
        for (uint64_t v = lo; v <= hi; v++)
            ls_fp_sorter_add(s16, (ls_fpkey){mix(v ^ 0x5555), mix(v)});
        cr_assert_eq(ls_fp_sorter_drain(s16, w, err, sizeof err), 0, "%s", err);
        ls_fp_writer_end(w);
    }
    ls_fp_sorter_free(s8);
    ls_fp_sorter_free(s16);
    cr_assert_eq(ls_fp_writer_commit(w, err, sizeof err), 0, "%s", err);
}

/* Every key of a kind, checked ascending; returns the count, -1 on a read error. */
static long long read_all(const char *path, const char *kind, char *err, size_t cap)
{
    ls_fp_file *f = ls_fp_open(path, err, cap);
    if (!f) return -1;
    int k = ls_fp_header_find(ls_fp_file_header(f), kind);
    cr_assert_geq(k, 0);
    ls_fp_cursor *c = ls_fp_cursor_open(f, k);
    ls_fpkey key, prev = {0, 0};
    long long n = 0;
    int r;
    while ((r = ls_fp_cursor_next(c, &key)) == 1) {
        if (n) cr_assert_gt(ls_fpkey_cmp(key, prev), 0, "ascending");
        prev = key;
        n++;
    }
    if (r < 0) snprintf(err, cap, "%s", ls_fp_file_error(f)), n = -1;
    ls_fp_cursor_close(c);
    ls_fp_close(f);
    return n;
}

Test(fpfile, round_trip_mode_and_header, .init = mkdir_tmp, .fini = rm_tmp)
{
    /* 20000 keys: several blocks; with a 1 MiB sort budget the 16-byte kind spills runs */
    write_range(pth("a.lsfp"), 1, 20000, true, "a secret of 16+ bytes");
    struct stat st;
    cr_assert_eq(stat(pth("a.lsfp"), &st), 0);
    cr_assert_eq(st.st_mode & 0777, 0600, "mode 0600");
    char err[256] = "";
    cr_assert_eq(read_all(pth("a.lsfp"), "ids", err, sizeof err), 20000, "%s", err);
    cr_assert_eq(read_all(pth("a.lsfp"), "records", err, sizeof err), 20000, "%s", err);
    ls_fp_file *f = ls_fp_open(pth("a.lsfp"), err, sizeof err);
    const ls_fp_header *h = ls_fp_file_header(f);
    cr_assert_eq(h->records, 20000);
    cr_assert(h->flags & LS_FP_KEYED);
    cr_assert_str_eq(h->source, "range 1-20000");
    cr_assert_eq(h->kinds[0].count, 20000);
    cr_assert_eq(h->kinds[1].key_bytes, 16);
    /* delta + varint: 64-bit keys of 20000 values cost well under 8 bytes each */
    cr_assert_lt(h->kinds[0].length, 20000 * 8);
    ls_fp_close(f);
    /* no temporary left beside it */
    char cmd[160];
    snprintf(cmd, sizeof cmd, "test $(ls %s | wc -l) -eq 1", dir);
    cr_assert_eq(system(cmd), 0);
}

Test(fpfile, sorter_runs_merge_exactly, .init = mkdir_tmp, .fini = rm_tmp)
{
    rng_state = 40;
    ls_fp_sorter *s = ls_fp_sorter_create(8, 1 << 20, dir); /* 64k keys per run */
    size_t n = 300000;
    uint64_t *want = malloc(n * 8);
    for (size_t i = 0; i < n; i++) {
        want[i] = rnd() % 200000; /* repeats: written once */
        ls_fp_sorter_add(s, (ls_fpkey){want[i], 0});
    }
    qsort(want, n, 8, cmp64);
    size_t u = 0;
    for (size_t i = 0; i < n; i++)
        if (!u || want[i] != want[u - 1]) want[u++] = want[i];
    ls_fp_header h;
    ls_fp_header_init(&h);
    ls_fp_header_add_kind(&h, "ids", 8);
    char err[256];
    ls_fp_writer *w = ls_fp_writer_create(pth("s.lsfp"), &h, err, sizeof err);
    ls_fp_writer_begin(w, 0);
    cr_assert_eq(ls_fp_sorter_drain(s, w, err, sizeof err), 0, "%s", err);
    cr_assert_gt(ls_fp_sorter_runs(s), 2, "the budget forced runs on disk");
    ls_fp_writer_end(w);
    cr_assert_eq(ls_fp_writer_commit(w, err, sizeof err), 0);
    ls_fp_sorter_free(s);
    ls_fp_file *f = ls_fp_open(pth("s.lsfp"), err, sizeof err);
    ls_fp_cursor *c = ls_fp_cursor_open(f, 0);
    ls_fpkey k;
    size_t i = 0;
    while (ls_fp_cursor_next(c, &k) == 1) {
        cr_assert_lt(i, u);
        cr_assert_eq(k.lo, want[i], "key %zu", i);
        i++;
    }
    cr_assert_eq(i, u);
    ls_fp_cursor_close(c);
    ls_fp_close(f);
    free(want);
}

static void copy_truncated(const char *from, const char *to, off_t len)
{
    char cmd[400];
    snprintf(cmd, sizeof cmd, "head -c %lld %s > %s", (long long)len, from, to);
    cr_assert_eq(system(cmd), 0);
}

static void flip_byte(const char *path, off_t at)
{
    int fd = open(path, O_RDWR);
    unsigned char b;
    cr_assert_eq(pread(fd, &b, 1, at), 1);
    b ^= 0x40;
    cr_assert_eq(pwrite(fd, &b, 1, at), 1);
    close(fd);
}

Test(fpfile, damaged_files_are_refused_with_a_reason, .init = mkdir_tmp, .fini = rm_tmp)
{
    write_range(pth("a.lsfp"), 1, 20000, true, NULL);
    struct stat st;
    stat(pth("a.lsfp"), &st);
    char err[256];
    /* cut anywhere: refused at open (header) or while reading (section) */
    off_t cuts[] = {
        0, 7, 100, LS_FP_HEADER_BYTES - 1, LS_FP_HEADER_BYTES + 5, st.st_size / 2, st.st_size - 1};
    for (size_t i = 0; i < sizeof cuts / sizeof *cuts; i++) {
        copy_truncated(pth("a.lsfp"), pth("t.lsfp"), cuts[i]);
        err[0] = 0;
        ls_fp_file *f = ls_fp_open(pth("t.lsfp"), err, sizeof err);
        if (f) {
            ls_fp_close(f);
            long long a = read_all(pth("t.lsfp"), "ids", err, sizeof err);
            long long b = a < 0 ? -1 : read_all(pth("t.lsfp"), "records", err, sizeof err);
            cr_assert(a < 0 || b < 0, "cut at %lld: not detected", (long long)cuts[i]);
        }
        cr_assert(strstr(err, "truncated") || strstr(err, "not a leakscope"), "cut at %lld: '%s'",
                  (long long)cuts[i], err);
    }
    /* a flipped bit in a block: the checksum says so, and where */
    copy_truncated(pth("a.lsfp"), pth("c.lsfp"), st.st_size);
    flip_byte(pth("c.lsfp"), LS_FP_HEADER_BYTES + 100);
    cr_assert_lt(read_all(pth("c.lsfp"), "ids", err, sizeof err), 0);
    cr_assert(strstr(err, "checksum mismatch") && strstr(err, "'ids'"), "%s", err);
    /* a flipped bit in the header */
    copy_truncated(pth("a.lsfp"), pth("h.lsfp"), st.st_size);
    flip_byte(pth("h.lsfp"), 80);
    cr_assert_null(ls_fp_open(pth("h.lsfp"), err, sizeof err));
    cr_assert(strstr(err, "damaged header"), "%s", err);
    /* not a fingerprint file at all */
    FILE *o = fopen(pth("x.lsfp"), "w");
    fputs("email;phone\n", o);
    fclose(o);
    cr_assert_null(ls_fp_open(pth("x.lsfp"), err, sizeof err));
    cr_assert(strstr(err, "not a leakscope fingerprint file"), "%s", err);
}

/* ---- overlap and merge ---------------------------------------------------------------- */

static const ls_overlap_kind *kind_of(const ls_overlap_pair *p, const char *name)
{
    for (size_t k = 0; k < p->nkinds; k++)
        if (strcmp(p->kinds[k].kind, name) == 0) return &p->kinds[k];
    return NULL;
}

Test(overlap, known_intersections, .init = mkdir_tmp, .fini = rm_tmp)
{
    const char *s = "shared secret, 16+ bytes";
    write_range(pth("a.lsfp"), 1, 10000, true, s);    /* A = 1..10000 */
    write_range(pth("b.lsfp"), 7001, 12000, true, s); /* B = 7001..12000: 3000 with A */
    write_range(pth("c.lsfp"), 9001, 9500, false, s); /* C: inside both, no records kind */
    const char *paths[] = {pth("a.lsfp"), pth("b.lsfp"), pth("c.lsfp")};
    ls_overlap_result r;
    cr_assert_eq(ls_overlap_compute(paths, 3, 0, &r), 0, "%s", r.error);
    cr_assert_eq(r.npairs, 3);
    cr_assert(r.keyed && r.exact);
    const ls_overlap_kind *ab = kind_of(&r.pairs[0], "ids");
    cr_assert_eq(ab->a, 10000);
    cr_assert_eq(ab->b, 5000);
    cr_assert_eq(ab->both, 3000);
    cr_assert_float_eq(ab->a_in_b, 0.3, 1e-12);
    cr_assert_float_eq(ab->b_in_a, 0.6, 1e-12);
    cr_assert_float_eq(ab->jaccard, 3000.0 / 12000.0, 1e-12);
    cr_assert_eq(kind_of(&r.pairs[0], "records")->both, 3000);
    cr_assert_eq(kind_of(&r.pairs[1], "ids")->both, 500, "A and C");
    cr_assert_eq(kind_of(&r.pairs[2], "ids")->both, 500, "B and C");
    const ls_overlap_kind *rc = kind_of(&r.pairs[1], "records");
    cr_assert(rc && rc->present_a && !rc->present_b, "absent in C: not 0 shared");
    cr_assert_eq(r.files[1].records, 5000);
    ls_overlap_result_free(&r);
    /* only the pairs with the first file (analyze --compare) */
    cr_assert_eq(ls_overlap_compute(paths, 3, LS_OVERLAP_FIRST_ONLY, &r), 0, "%s", r.error);
    cr_assert_eq(r.npairs, 2);
    cr_assert_eq(kind_of(&r.pairs[0], "ids")->both, 3000);
    cr_assert_eq(kind_of(&r.pairs[1], "ids")->both, 500);
    ls_overlap_result_free(&r);
}

Test(overlap, different_keys_are_refused_unless_forced, .init = mkdir_tmp, .fini = rm_tmp)
{
    write_range(pth("a.lsfp"), 1, 100, false, "first secret, 16+ bytes");
    write_range(pth("b.lsfp"), 1, 100, false, "other secret, 16+ bytes");
    write_range(pth("u.lsfp"), 1, 100, false, NULL);
    const char *ab[] = {pth("a.lsfp"), pth("b.lsfp")}, *au[] = {pth("a.lsfp"), pth("u.lsfp")};
    ls_overlap_result r;
    cr_assert_neq(ls_overlap_compute(ab, 2, 0, &r), 0);
    cr_assert(strstr(r.error, "different keys"), "%s", r.error);
    ls_overlap_result_free(&r);
    cr_assert_neq(ls_overlap_compute(au, 2, 0, &r), 0);
    cr_assert(strstr(r.error, "unkeyed"), "%s", r.error);
    ls_overlap_result_free(&r);
    cr_assert_eq(ls_overlap_compute(ab, 2, LS_OVERLAP_FORCE_KEYS, &r), 0);
    cr_assert(!r.pairs[0].same_key);
    ls_overlap_result_free(&r);
}

Test(merge, shards_union_exactly, .init = mkdir_tmp, .fini = rm_tmp)
{
    write_range(pth("s1.lsfp"), 1, 4000, true, NULL);
    write_range(pth("s2.lsfp"), 3001, 8000, true, NULL); /* 1000 values in two shards */
    write_range(pth("s3.lsfp"), 7501, 9000, false, NULL);
    write_range(pth("whole.lsfp"), 1, 9000, true, NULL);
    const char *in[] = {pth("s1.lsfp"), pth("s2.lsfp"), pth("s3.lsfp")};
    ls_fp_header h;
    char err[256];
    cr_assert_eq(ls_fp_merge(in, 3, pth("m.lsfp"), &h, err, sizeof err), 0, "%s", err);
    cr_assert_eq(h.records, 4000 + 5000 + 1500, "records are summed");
    cr_assert_eq(h.shards, 3);
    cr_assert(h.flags & LS_FP_MERGED);
    cr_assert_eq(read_all(pth("m.lsfp"), "ids", err, sizeof err), 9000, "%s", err);
    cr_assert_eq(read_all(pth("m.lsfp"), "records", err, sizeof err), 8000, "%s", err);
    /* the merged file is the whole's, key for key */
    const char *mw[] = {pth("m.lsfp"), pth("whole.lsfp")};
    ls_overlap_result r;
    cr_assert_eq(ls_overlap_compute(mw, 2, 0, &r), 0, "%s", r.error);
    cr_assert_eq(kind_of(&r.pairs[0], "ids")->both, 9000);
    cr_assert_float_eq(kind_of(&r.pairs[0], "ids")->jaccard, 1.0, 1e-12);
    ls_overlap_result_free(&r);
    /* shards of different keys are refused, and nothing is written */
    write_range(pth("k.lsfp"), 1, 10, false, "a secret of 16+ bytes");
    const char *bad[] = {pth("s1.lsfp"), pth("k.lsfp")};
    cr_assert_neq(ls_fp_merge(bad, 2, pth("bad.lsfp"), NULL, err, sizeof err), 0);
    cr_assert(strstr(err, "different keys"), "%s", err);
    cr_assert_neq(access(pth("bad.lsfp"), F_OK), 0);
}
