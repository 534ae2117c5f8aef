/* SHA-256 for the evidence manifest: known vectors (FIPS 180-2) fed in pieces of every
 * size, and the digest each kind of input gets through ls_source — a mapped file (hashed
 * by its own thread), a pipe (hashed as read), a zstd file and a zstd stream (raw bytes
 * hashed by the decoder) — equal to the SHA-256 of the file's bytes. */
#include <criterion/criterion.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <zstd.h>

#include "common/sha256.h"
#include "input/source.h"
#include "test_files.h"

static void setup(void)
{
    test_dir_make("ls-sha");
}
TestSuite(sha256, .init = setup, .fini = test_dir_remove);

static void digest_in_pieces(const char *data, size_t n, size_t piece, char *hex)
{
    ls_sha256 h;
    cr_assert_eq(ls_sha256_init(&h), 0);
    for (size_t off = 0; off < n; off += piece)
        ls_sha256_update(&h, data + off, n - off < piece ? n - off : piece);
    cr_assert_eq(h.bytes, n);
    cr_assert_eq(ls_sha256_final_hex(&h, hex), 0);
}

Test(sha256, known_vectors_in_any_pieces)
{
    static const struct {
        const char *msg, *hex;
    } v[] = {
        {"", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"},
        {"abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"},
        {"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
         "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"},
    };
    char hex[LS_SHA256_HEX];
    for (size_t i = 0; i < sizeof v / sizeof v[0]; i++)
        for (size_t piece = 1; piece <= 64; piece *= 3) {
            digest_in_pieces(v[i].msg, strlen(v[i].msg), piece, hex);
            cr_assert_str_eq(hex, v[i].hex, "vector %zu in pieces of %zu", i, piece);
        }
    /* one million 'a' (FIPS 180-2, appendix B.3) */
    size_t n = 1000000;
    char *a = malloc(n);
    memset(a, 'a', n);
    digest_in_pieces(a, n, 4093, hex);
    cr_assert_str_eq(hex, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
    free(a);
}

Test(sha256, file_and_errors)
{
    const char *p = test_write_file("abc.txt", "abc", 3);
    char hex[LS_SHA256_HEX];
    uint64_t bytes = 0;
    cr_assert_eq(ls_sha256_file(p, hex, &bytes), 0);
    cr_assert_eq(bytes, 3);
    cr_assert_str_eq(hex, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    cr_assert_eq(ls_sha256_file("/nonexistent/x", hex, &bytes), -1);
    cr_assert_str_eq(hex, "");
    ls_sha256 h = {0};
    cr_assert_eq(ls_sha256_final_hex(&h, hex), -1); /* never started */
}

/* A few MB of text, so the mapping thread and the decoder ring both take several steps. */
static char *make_text(size_t *n)
{
    size_t cap = 9u << 20;
    char *t = malloc(cap);
    size_t o = 0;
    for (unsigned i = 0; o + 64 < cap; i++)
        o += (size_t)snprintf(t + o, cap - o, "%u;name%u;x%u@example.org\n", i, i * 7, i % 977);
    *n = o;
    return t;
}

/* Read the source to its end, then take its digest. */
static void read_and_digest(ls_source *src, ls_source_digest *d, size_t read_first)
{
    char *buf = malloc(1 << 20);
    size_t got = 0;
    while (got < read_first) {
        ssize_t r = ls_source_read(src, buf, 1 << 20);
        if (r <= 0) break;
        got += (size_t)r;
    }
    free(buf);
    ls_source_take_digest(src, d);
}

Test(sha256, every_kind_of_input_hashes_the_bytes_as_received)
{
    size_t n;
    char *text = make_text(&n);
    char want[LS_SHA256_HEX];
    digest_in_pieces(text, n, n, want);
    const char *plain = test_write_file("plain.csv", text, n);

    /* mapped: hashed by a thread while nothing else reads it */
    ls_source src;
    char msg[256];
    cr_assert_eq(ls_source_open(plain, &src, msg, sizeof msg), LS_OK);
    cr_assert(src.mapped);
    ls_source_digest d;
    ls_source_take_digest(&src, &d);
    cr_assert_str_eq(d.sha256, want);
    cr_assert_eq(d.bytes, n);
    cr_assert(d.complete);
    cr_assert_eq(d.decoded_bytes, 0);
    ls_source_close(&src);

    /* mapped, its hashing held while a scan reads the file (pipeline/table_scan.c), then
     * let go: the same digest; held again before the digest is taken, or before the
     * source is closed untaken: no hang (taking or closing lets it go) */
    for (int k = 0; k < 3; k++) {
        cr_assert_eq(ls_source_open(plain, &src, msg, sizeof msg), LS_OK);
        ls_source_hold_hashing(&src, true);
        usleep(20000);
        if (k == 0) ls_source_hold_hashing(&src, false);
        if (k < 2) {
            ls_source_take_digest(&src, &d);
            cr_assert_str_eq(d.sha256, want, "hold case %d", k);
            cr_assert_eq(d.bytes, n);
            cr_assert(d.complete);
        }
        ls_source_close(&src);
    }

    /* zstd file: the digest is of the compressed bytes, whether or not the reader stopped
     * early (the rest is drained) */
    size_t zcap = ZSTD_compressBound(n);
    char *z = malloc(zcap);
    size_t zn = ZSTD_compress(z, zcap, text, n, 3);
    cr_assert(!ZSTD_isError(zn));
    char zwant[LS_SHA256_HEX];
    digest_in_pieces(z, zn, zn, zwant);
    const char *zpath = test_write_file("plain.csv.zst", z, zn);
    for (size_t first = 0; first <= n; first += n) {
        cr_assert_eq(ls_source_open(zpath, &src, msg, sizeof msg), LS_OK);
        cr_assert_not_null(src.decoder);
        read_and_digest(&src, &d, first);
        cr_assert_str_eq(d.sha256, zwant, "zstd file, %zu bytes read first", first);
        cr_assert_eq(d.bytes, zn);
        cr_assert_eq(d.decoded_bytes, n);
        cr_assert(d.complete);
        ls_source_close(&src);
    }

    /* pipes: plain and zstd, hashed as read */
    const struct {
        const char *data;
        size_t len;
        const char *want;
    } pipes[] = {{text, n, want}, {z, zn, zwant}};
    for (size_t i = 0; i < 2; i++) {
        int fds[2];
        cr_assert_eq(pipe(fds), 0);
        test_writer_arg w = {fds[1], pipes[i].data, pipes[i].len};
        pthread_t t;
        pthread_create(&t, NULL, test_writer_main, &w);
        cr_assert_eq(ls_source_from_fd(fds[0], &src, msg, sizeof msg), LS_OK);
        cr_assert(!src.mapped);
        read_and_digest(&src, &d, i == 0 ? 12345 : 0); /* stop early: the rest is drained */
        cr_assert_str_eq(d.sha256, pipes[i].want, "pipe %zu", i);
        cr_assert_eq(d.bytes, pipes[i].len);
        cr_assert(d.complete);
        ls_source_close(&src);
        pthread_join(t, NULL);
        close(fds[0]);
    }
    /* closing without taking the digest stops the mapping's thread cleanly */
    cr_assert_eq(ls_source_open(plain, &src, msg, sizeof msg), LS_OK);
    ls_source_close(&src);
    free(z);
    free(text);
}
