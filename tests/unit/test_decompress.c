/* Tests of src/input/decompress.c: magic sniffing, round trips of each format on generated data
 * (compressed here with the same libraries), multi-frame / multi-member / multi-stream files,
 * truncation at many offsets (the flag is set and what is delivered is an exact prefix),
 * corrupted bytes (flagged or harmless, never a crash), read errors, the committed samples,
 * and freeing a decoder while its thread is busy or blocked (no hang, no leak). */
#include <criterion/criterion.h>
#include <bzlib.h>
#include <errno.h>
#include <fcntl.h>
#include <lzma.h>
#include <pthread.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include <zlib.h>
#include <zstd.h>

#include "input/decompress.h"

#define SLOT LS_DECODER_SLOT_BYTES
#define RING (LS_DECODER_SLOTS * LS_DECODER_SLOT_BYTES)

static char tmpdir[] = "/tmp/ls-decompress-XXXXXX";

/* A scratch directory per run; SIGPIPE ignored for the pipe writers. */
static void setup(void)
{
    cr_assert_not_null(mkdtemp(tmpdir));
    signal(SIGPIPE, SIG_IGN);
}

/* Remove the scratch directory. */
static void teardown(void)
{
    char cmd[512];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmpdir);
    (void)!system(cmd);
}

TestSuite(decompress, .init = setup, .fini = teardown, .timeout = 300);

/* ---- data ------------------------------------------------------------------------------ */

static uint64_t rng_state = 42;

/* splitmix64: deterministic pseudo-random numbers. */
static uint64_t rnd(void)
{
    uint64_t z = (rng_state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

/* n bytes of CSV-like text (some repetition, some entropy) so every codec has work to do. */
static char *gen_data(size_t n, uint64_t seed)
{
    static const char *words[] = {"martin", "bernard", "dubois", "thomas", "robert", "richard",
                                  "petit",  "durand",  "leroy",  "moreau", "simon",  "laurent"};
    char *p = malloc(n ? n : 1);
    cr_assert_not_null(p);
    uint64_t s = rng_state;
    rng_state = seed;
    size_t i = 0;
    while (i < n) {
        char line[128];
        uint64_t r = rnd();
        int k = snprintf(line, sizeof line, "%s;%s;%s%llu@example.fr;0%09llu\n", words[r % 12],
                         words[(r >> 8) % 12], words[(r >> 16) % 12],
                         (unsigned long long)((r >> 24) % 100000),
                         (unsigned long long)((r >> 20) % 1000000000ULL));
        for (int j = 0; j < k && i < n; j++)
            p[i++] = line[j];
    }
    rng_state = s;
    return p;
}

typedef struct {
    unsigned char *p;
    size_t n;
} blob;

/* Append b to a (the concatenation of two compressed files). */
static void blob_cat(blob *a, const void *p, size_t n)
{
    a->p = realloc(a->p, a->n + n + 1);
    cr_assert_not_null(a->p);
    memcpy(a->p + a->n, p, n);
    a->n += n;
}

/* One zstd frame with content size and checksum (or, when `streamed`, without a content size,
 * as a pipe would produce it). */
static blob zstd_frame(const char *src, size_t n, int level, bool streamed)
{
    ZSTD_CCtx *c = ZSTD_createCCtx();
    ZSTD_CCtx_setParameter(c, ZSTD_c_compressionLevel, level);
    ZSTD_CCtx_setParameter(c, ZSTD_c_checksumFlag, 1);
    blob b = {malloc(ZSTD_compressBound(n) + 64), 0};
    cr_assert_not_null(b.p);
    if (!streamed) {
        b.n = ZSTD_compress2(c, b.p, ZSTD_compressBound(n) + 64, src, n);
        cr_assert(!ZSTD_isError(b.n));
    } else {
        ZSTD_outBuffer out = {b.p, ZSTD_compressBound(n) + 64, 0};
        ZSTD_inBuffer in = {src, n, 0};
        cr_assert(!ZSTD_isError(ZSTD_compressStream2(c, &out, &in, ZSTD_e_continue)));
        ZSTD_inBuffer none = {NULL, 0, 0};
        size_t left;
        do {
            left = ZSTD_compressStream2(c, &out, &none, ZSTD_e_end);
            cr_assert(!ZSTD_isError(left));
        } while (left);
        b.n = out.pos;
    }
    ZSTD_freeCCtx(c);
    return b;
}

/* One gzip member. */
static blob gzip_member(const char *src, size_t n, int level)
{
    z_stream z;
    memset(&z, 0, sizeof z);
    cr_assert_eq(deflateInit2(&z, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY), Z_OK);
    size_t cap = deflateBound(&z, (uLong)n) + 64;
    blob b = {malloc(cap), 0};
    cr_assert_not_null(b.p);
    z.next_in = (Bytef *)src;
    z.avail_in = (uInt)n;
    z.next_out = b.p;
    z.avail_out = (uInt)cap;
    cr_assert_eq(deflate(&z, Z_FINISH), Z_STREAM_END);
    b.n = cap - z.avail_out;
    deflateEnd(&z);
    return b;
}

/* One xz stream (CRC64). */
static blob xz_stream(const char *src, size_t n, uint32_t preset)
{
    size_t cap = lzma_stream_buffer_bound(n) + 64;
    blob b = {malloc(cap), 0};
    cr_assert_not_null(b.p);
    cr_assert_eq(lzma_easy_buffer_encode(preset, LZMA_CHECK_CRC64, NULL, (const uint8_t *)src, n,
                                         b.p, &b.n, cap),
                 LZMA_OK);
    return b;
}

/* One bzip2 stream. */
static blob bz2_stream(const char *src, size_t n, int level)
{
    unsigned cap = (unsigned)(n + n / 100 + 1000);
    blob b = {malloc(cap), 0};
    cr_assert_not_null(b.p);
    cr_assert_eq(
        BZ2_bzBuffToBuffCompress((char *)b.p, &cap, (char *)src, (unsigned)n, level, 0, 30), BZ_OK);
    b.n = cap;
    return b;
}

/* One compressed file of format c, quick settings. */
static blob compress_as(ls_compression c, const char *src, size_t n)
{
    switch (c) {
    case LS_COMPRESSION_ZSTD:
        return zstd_frame(src, n, 1, false);
    case LS_COMPRESSION_GZIP:
        return gzip_member(src, n, 1);
    case LS_COMPRESSION_XZ:
        return xz_stream(src, n, 0);
    case LS_COMPRESSION_BZIP2:
        return bz2_stream(src, n, 1);
    default: {
        blob b = {malloc(n + 1), n};
        memcpy(b.p, src, n);
        return b;
    }
    }
}

static const ls_compression KINDS[] = {LS_COMPRESSION_ZSTD, LS_COMPRESSION_GZIP, LS_COMPRESSION_XZ,
                                       LS_COMPRESSION_BZIP2};

/* ---- decoding ------------------------------------------------------------------------- */

typedef struct {
    char *out;
    size_t len;
    ssize_t last; /* the last ls_decoder_read() return */
    int err;      /* errno when last == -1 */
    bool truncated, corrupt;
    char msg[256];
    uint64_t bytes_in, bytes_out;
} result;

typedef enum { VIA_FILE, VIA_PIPE } via;

typedef struct {
    int fd;
    const unsigned char *p;
    size_t n;
} writer_arg;

/* Pipe writer: the compressed bytes in uneven chunks, then EOF. Stops on EPIPE. */
static void *writer(void *arg)
{
    writer_arg *w = arg;
    size_t off = 0;
    while (off < w->n) {
        size_t k = 1 + rnd() % 70000;
        if (k > w->n - off) k = w->n - off;
        ssize_t r = write(w->fd, w->p + off, k);
        if (r < 0) {
            if (errno == EINTR) continue;
            break;
        }
        off += (size_t)r;
    }
    close(w->fd);
    return NULL;
}

/* Write bytes to a fresh file in the scratch directory; returns a descriptor open on it. */
static int tmp_fd(const void *p, size_t n)
{
    char path[600];
    static unsigned counter;
    snprintf(path, sizeof path, "%s/f%u", tmpdir, counter++);
    int fd = open(path, O_RDWR | O_CREAT | O_TRUNC, 0600);
    cr_assert(fd >= 0);
    cr_assert_eq(write(fd, p, n), (ssize_t)n);
    cr_assert_eq(lseek(fd, 0, SEEK_SET), 0);
    return fd;
}

/* Read all of d with reads of `readsz` bytes (0: random sizes) into r. */
static void drain(ls_decoder *d, size_t readsz, result *r)
{
    size_t cap = 1 << 16;
    r->out = malloc(cap);
    cr_assert_not_null(r->out);
    r->len = 0;
    for (;;) {
        size_t want = readsz ? readsz : 1 + rnd() % (rnd() % 2 ? 100 : 2 * SLOT);
        if (r->len + want > cap) {
            while (r->len + want > cap)
                cap *= 2;
            r->out = realloc(r->out, cap);
            cr_assert_not_null(r->out);
        }
        ssize_t k = ls_decoder_read(d, r->out + r->len, want);
        r->last = k;
        if (k <= 0) {
            r->err = k < 0 ? errno : 0;
            break;
        }
        cr_assert_leq((size_t)k, want);
        r->len += (size_t)k;
        if ((size_t)k < want) { /* only at the end: the next read must say so */
            cr_assert_leq(ls_decoder_read(d, r->out + r->len, 1), 0);
            r->last = ls_decoder_read(d, r->out + r->len, 1);
            r->err = r->last < 0 ? errno : 0;
            break;
        }
    }
    r->truncated = ls_decoder_truncated(d);
    r->corrupt = ls_decoder_corrupt(d);
    snprintf(r->msg, sizeof r->msg, "%s", ls_decoder_message(d));
    r->bytes_in = ls_decoder_bytes_in(d);
    r->bytes_out = ls_decoder_bytes_out(d);
}

/* Decode comp (format c) read from a file or a pipe, the first `prefix` bytes read by the
 * caller as a sniffer would, the rest by the decoder. */
static result decode(ls_compression c, const void *comp, size_t clen, size_t prefix, size_t readsz,
                     via how)
{
    result r;
    memset(&r, 0, sizeof r);
    int fd, wfd = -1;
    pthread_t wt;
    writer_arg wa;
    if (how == VIA_FILE) {
        fd = tmp_fd(comp, clen);
    } else {
        int pfd[2];
        cr_assert_eq(pipe(pfd), 0);
        fd = pfd[0];
        wfd = pfd[1];
        wa = (writer_arg){wfd, comp, clen};
        cr_assert_eq(pthread_create(&wt, NULL, writer, &wa), 0);
    }
    if (prefix > clen) prefix = clen;
    unsigned char *head = malloc(prefix + 1);
    size_t got = 0;
    while (got < prefix) {
        ssize_t k = read(fd, head + got, prefix - got);
        cr_assert_gt(k, 0);
        got += (size_t)k;
    }
    ls_decoder *d = NULL;
    cr_assert_eq(ls_decoder_start(fd, c, head, prefix, &d), LS_OK);
    free(head);
    drain(d, readsz, &r);
    ls_decoder_free(d);
    close(fd); /* a writer still blocked on a full pipe now gets EPIPE */
    if (how == VIA_PIPE) pthread_join(wt, NULL);
    return r;
}

/* The decoded bytes are all of `data`, with no flag and no message. */
static void expect_whole(const result *r, const char *data, size_t n, const char *what)
{
    cr_assert_eq(r->last, 0, "%s: last read %zd (%s)", what, r->last, r->msg);
    cr_assert(!r->truncated && !r->corrupt, "%s: flagged: %s", what, r->msg);
    cr_assert_str_empty(r->msg, "%s", what);
    cr_assert_eq(r->len, n, "%s: %zu bytes out, want %zu", what, r->len, n);
    cr_assert(n == 0 || memcmp(r->out, data, n) == 0, "%s: bytes differ", what);
    cr_assert_eq(r->bytes_out, (uint64_t)n, "%s", what);
}

/* ---- sniffing ------------------------------------------------------------------------- */

Test(decompress, sniff_magic)
{
    const unsigned char zst[] = {0x28, 0xB5, 0x2F, 0xFD, 0x24, 0x00};
    const unsigned char skip[] = {0x5E, 0x2A, 0x4D, 0x18, 0x01, 0, 0, 0};
    const unsigned char gz[] = {0x1F, 0x8B, 0x08, 0x00};
    const unsigned char xz[] = {0xFD, '7', 'z', 'X', 'Z', 0x00, 0x00, 0x04};
    const unsigned char bz[] = {'B', 'Z', 'h', '9', 0x31, 0x41, 0x59, 0x26, 0x53, 0x59, 0xAA};
    const unsigned char bz_empty[] = {'B', 'Z', 'h', '9', 0x17, 0x72, 0x45, 0x38, 0x50, 0x90};
    cr_assert_eq(ls_compression_sniff(zst, sizeof zst), LS_COMPRESSION_ZSTD);
    cr_assert_eq(ls_compression_sniff(zst, 4), LS_COMPRESSION_ZSTD);
    cr_assert_eq(ls_compression_sniff(skip, sizeof skip), LS_COMPRESSION_ZSTD);
    cr_assert_eq(ls_compression_sniff(gz, sizeof gz), LS_COMPRESSION_GZIP);
    cr_assert_eq(ls_compression_sniff(gz, 2), LS_COMPRESSION_GZIP);
    cr_assert_eq(ls_compression_sniff(xz, sizeof xz), LS_COMPRESSION_XZ);
    cr_assert_eq(ls_compression_sniff(bz, sizeof bz), LS_COMPRESSION_BZIP2);
    cr_assert_eq(ls_compression_sniff(bz, 4), LS_COMPRESSION_BZIP2);
    cr_assert_eq(ls_compression_sniff(bz_empty, sizeof bz_empty), LS_COMPRESSION_BZIP2);

    /* text, and heads too short for their magic */
    const char *text = "nom;prenom;email\nMartin;Paul;paul@example.fr\n";
    cr_assert_eq(ls_compression_sniff((const unsigned char *)text, strlen(text)),
                 LS_COMPRESSION_NONE);
    cr_assert_eq(ls_compression_sniff((const unsigned char *)"BZh1 and text", 13),
                 LS_COMPRESSION_NONE);
    cr_assert_eq(ls_compression_sniff((const unsigned char *)"BZh", 3), LS_COMPRESSION_NONE);
    cr_assert_eq(ls_compression_sniff((const unsigned char *)"BZhx", 4), LS_COMPRESSION_NONE);
    cr_assert_eq(ls_compression_sniff(zst, 3), LS_COMPRESSION_NONE);
    cr_assert_eq(ls_compression_sniff(gz, 1), LS_COMPRESSION_NONE);
    cr_assert_eq(ls_compression_sniff(xz, 5), LS_COMPRESSION_NONE);
    cr_assert_eq(ls_compression_sniff(zst, 0), LS_COMPRESSION_NONE);
    cr_assert_eq(ls_compression_sniff(NULL, 0), LS_COMPRESSION_NONE);
    const unsigned char not_skip[] = {0x60, 0x2A, 0x4D, 0x18};
    cr_assert_eq(ls_compression_sniff(not_skip, 4), LS_COMPRESSION_NONE);
    const unsigned char utf16[] = {0xFF, 0xFE, 'a', 0};
    cr_assert_eq(ls_compression_sniff(utf16, 4), LS_COMPRESSION_NONE);

    /* what the libraries write is recognised */
    for (size_t i = 0; i < sizeof KINDS / sizeof *KINDS; i++) {
        blob b = compress_as(KINDS[i], "a;b\n", 4);
        cr_assert_eq(ls_compression_sniff(b.p, b.n < 10 ? b.n : 10), KINDS[i], "%s",
                     ls_compression_name(KINDS[i]));
        free(b.p);
    }
}

Test(decompress, names)
{
    cr_assert_str_eq(ls_compression_name(LS_COMPRESSION_NONE), "none");
    cr_assert_str_eq(ls_compression_name(LS_COMPRESSION_ZSTD), "zstd");
    cr_assert_str_eq(ls_compression_name(LS_COMPRESSION_GZIP), "gzip");
    cr_assert_str_eq(ls_compression_name(LS_COMPRESSION_XZ), "xz");
    cr_assert_str_eq(ls_compression_name(LS_COMPRESSION_BZIP2), "bzip2");
    cr_assert_str_eq(ls_compression_name((ls_compression)99), "unknown");
}

Test(decompress, invalid_arguments)
{
    ls_decoder *d = (ls_decoder *)1;
    cr_assert_eq(ls_decoder_start(0, LS_COMPRESSION_ZSTD, NULL, 0, NULL), LS_ERR_INVALID_ARGUMENT);
    cr_assert_eq(ls_decoder_start(-1, LS_COMPRESSION_ZSTD, NULL, 0, &d), LS_ERR_INVALID_ARGUMENT);
    cr_assert_null(d);
    cr_assert_eq(ls_decoder_start(0, (ls_compression)7, NULL, 0, &d), LS_ERR_INVALID_ARGUMENT);
    cr_assert_eq(ls_decoder_start(0, LS_COMPRESSION_GZIP, NULL, 3, &d), LS_ERR_INVALID_ARGUMENT);
    ls_decoder_free(NULL);
    cr_assert_not(ls_decoder_truncated(NULL));
    cr_assert_not(ls_decoder_corrupt(NULL));
    cr_assert_str_empty(ls_decoder_message(NULL));
    cr_assert_eq(ls_decoder_bytes_in(NULL), 0);
    cr_assert_eq(ls_decoder_read(NULL, NULL, 0), -1);
}

/* ---- round trips ---------------------------------------------------------------------- */

/* Every format at sizes 0, 1, small, exactly one slot, exactly the whole ring and more than
 * the ring, through a file and through a pipe, with the sniffed prefix of different lengths. */
Test(decompress, round_trips)
{
    const size_t sizes[] = {0, 1, 4099, SLOT, RING, RING + SLOT / 2 + 12345};
    for (size_t k = 0; k < sizeof KINDS / sizeof *KINDS; k++) {
        ls_compression c = KINDS[k];
        for (size_t s = 0; s < sizeof sizes / sizeof *sizes; s++) {
            size_t n = sizes[s];
            /* bzip2 is slow (~10 MB/s to compress): its largest case is one slot + 1 */
            if (c == LS_COMPRESSION_BZIP2 && n > SLOT) n = SLOT + 1;
            char *data = gen_data(n, 1000 + s);
            blob b = compress_as(c, data, n);
            char what[96];
            for (int v = 0; v < 2; v++) {
                size_t prefix = (size_t[]){0, 1, 6, 10, 1 << 20}[(s + (size_t)v) % 5];
                size_t readsz = v ? 0 : (size_t)1 << 20;
                snprintf(what, sizeof what, "%s n=%zu via %s prefix %zu", ls_compression_name(c), n,
                         v ? "pipe" : "file", prefix);
                result r = decode(c, b.p, b.n, prefix, readsz, v ? VIA_PIPE : VIA_FILE);
                expect_whole(&r, data, n, what);
                cr_assert_eq(r.bytes_in, (uint64_t)b.n, "%s: bytes_in %llu of %zu", what,
                             (unsigned long long)r.bytes_in, b.n);
                free(r.out);
            }
            free(b.p);
            free(data);
        }
    }
}

/* LS_COMPRESSION_NONE passes the bytes through (read-ahead thread). */
Test(decompress, passthrough)
{
    size_t n = SLOT * 2 + 77;
    char *data = gen_data(n, 5);
    result r = decode(LS_COMPRESSION_NONE, data, n, 13, 0, VIA_FILE);
    expect_whole(&r, data, n, "none via file");
    free(r.out);
    r = decode(LS_COMPRESSION_NONE, data, n, 0, 4096, VIA_PIPE);
    expect_whole(&r, data, n, "none via pipe");
    cr_assert_eq(r.bytes_in, (uint64_t)n);
    free(r.out);
    free(data);
}

/* Reads of one byte at a time deliver the same bytes. */
Test(decompress, byte_reads)
{
    size_t n = 70001;
    char *data = gen_data(n, 9);
    for (size_t k = 0; k < sizeof KINDS / sizeof *KINDS; k++) {
        blob b = compress_as(KINDS[k], data, n);
        result r = decode(KINDS[k], b.p, b.n, 4, 1, VIA_FILE);
        expect_whole(&r, data, n, ls_compression_name(KINDS[k]));
        free(r.out);
        free(b.p);
    }
    free(data);
}

/* ---- several frames / members / streams ----------------------------------------------- */

Test(decompress, zstd_multi_frame_and_skippable)
{
    size_t n = 300000;
    char *data = gen_data(n, 11);
    size_t cut1 = 100000, cut2 = 250000;
    blob f = {NULL, 0};
    const unsigned char skippable[] = {0x53, 0x2A, 0x4D, 0x18, 5, 0, 0, 0, 'h', 'e', 'l', 'l', 'o'};
    blob_cat(&f, skippable, sizeof skippable); /* a file may begin with a skippable frame */
    blob a = zstd_frame(data, cut1, 3, false);
    blob e = zstd_frame("", 0, 3, false); /* an empty frame */
    blob b = zstd_frame(data + cut1, cut2 - cut1, 1, true);
    blob c = zstd_frame(data + cut2, n - cut2, 19, false);
    blob_cat(&f, a.p, a.n);
    blob_cat(&f, e.p, e.n);
    blob_cat(&f, skippable, sizeof skippable);
    blob_cat(&f, b.p, b.n);
    blob_cat(&f, c.p, c.n);
    cr_assert_eq(ls_compression_sniff(f.p, 4), LS_COMPRESSION_ZSTD);
    result r = decode(LS_COMPRESSION_ZSTD, f.p, f.n, 8, 0, VIA_FILE);
    expect_whole(&r, data, n, "zstd frames");
    cr_assert_eq(r.bytes_in, (uint64_t)f.n);
    free(r.out);
    r = decode(LS_COMPRESSION_ZSTD, f.p, f.n, 0, 0, VIA_PIPE);
    expect_whole(&r, data, n, "zstd frames via pipe");
    free(r.out);

    /* a cut exactly at a frame boundary is a complete file; one byte later is not */
    size_t boundary = sizeof skippable + a.n;
    r = decode(LS_COMPRESSION_ZSTD, f.p, boundary, 0, 0, VIA_FILE);
    expect_whole(&r, data, cut1, "zstd first frame");
    free(r.out);
    r = decode(LS_COMPRESSION_ZSTD, f.p, boundary + 1, 0, 0, VIA_FILE);
    cr_assert(r.truncated && !r.corrupt, "%s", r.msg);
    cr_assert_eq(r.len, cut1);
    cr_assert(strstr(r.msg, "zstd: input ends inside a frame after"), "%s", r.msg);
    free(r.out);

    /* garbage after the last frame is corrupt, and everything before it is delivered */
    blob_cat(&f, "garbage!", 8);
    r = decode(LS_COMPRESSION_ZSTD, f.p, f.n, 0, 0, VIA_FILE);
    cr_assert(r.corrupt && !r.truncated, "%s", r.msg);
    cr_assert_eq(r.len, n);
    cr_assert(memcmp(r.out, data, n) == 0);
    cr_assert_eq(r.last, 0);
    free(r.out);
    free(a.p);
    free(b.p);
    free(c.p);
    free(e.p);
    free(f.p);
    free(data);
}

Test(decompress, gzip_multi_member)
{
    size_t n = 200000;
    char *data = gen_data(n, 12);
    blob f = {NULL, 0};
    blob a = gzip_member(data, 50000, 6);
    blob e = gzip_member("", 0, 6);
    blob b = gzip_member(data + 50000, n - 50000, 1);
    blob_cat(&f, a.p, a.n);
    blob_cat(&f, e.p, e.n);
    blob_cat(&f, b.p, b.n);
    result r = decode(LS_COMPRESSION_GZIP, f.p, f.n, 2, 0, VIA_FILE);
    expect_whole(&r, data, n, "gzip members");
    free(r.out);

    /* zero padding after the last member is accepted (tapes, dd) */
    static const unsigned char zeros[1000];
    blob_cat(&f, zeros, sizeof zeros);
    r = decode(LS_COMPRESSION_GZIP, f.p, f.n, 2, 0, VIA_PIPE);
    expect_whole(&r, data, n, "gzip members + zeros");
    cr_assert_eq(r.bytes_in, (uint64_t)f.n);
    free(r.out);

    /* anything else after it is corrupt; the data is still all there */
    blob_cat(&f, "x", 1);
    r = decode(LS_COMPRESSION_GZIP, f.p, f.n, 2, 0, VIA_FILE);
    cr_assert(r.corrupt && !r.truncated, "%s", r.msg);
    cr_assert(strstr(r.msg, "gzip: data after the last complete member"), "%s", r.msg);
    cr_assert_eq(r.len, n);
    cr_assert(memcmp(r.out, data, n) == 0);
    free(r.out);

    /* cut exactly between members: complete */
    r = decode(LS_COMPRESSION_GZIP, f.p, a.n, 0, 0, VIA_FILE);
    expect_whole(&r, data, 50000, "gzip first member");
    free(r.out);
    free(a.p);
    free(b.p);
    free(e.p);
    free(f.p);
    free(data);
}

Test(decompress, xz_and_bzip2_multi_stream)
{
    size_t n = 250000;
    char *data = gen_data(n, 13);
    static const unsigned char zeros[8];
    /* xz: two streams with stream padding between and after */
    blob f = {NULL, 0};
    blob a = xz_stream(data, 1000, 6);
    blob b = xz_stream(data + 1000, n - 1000, 0);
    blob_cat(&f, a.p, a.n);
    blob_cat(&f, zeros, 8);
    blob_cat(&f, b.p, b.n);
    blob_cat(&f, zeros, 4);
    result r = decode(LS_COMPRESSION_XZ, f.p, f.n, 6, 0, VIA_FILE);
    expect_whole(&r, data, n, "xz streams");
    free(r.out);
    /* padding that is not a multiple of four bytes is an error (xz -d says so too) */
    blob_cat(&f, zeros, 1);
    r = decode(LS_COMPRESSION_XZ, f.p, f.n, 6, 0, VIA_FILE);
    cr_assert(r.corrupt || r.truncated, "%s", r.msg);
    cr_assert_eq(r.len, n);
    free(r.out);
    free(a.p);
    free(b.p);
    free(f.p);

    /* bzip2: three streams (as pbzip2 writes), then zeros, then garbage */
    f = (blob){NULL, 0};
    a = bz2_stream(data, 100, 9);
    b = bz2_stream(data + 100, 200000, 1);
    blob c = bz2_stream(data + 200100, n - 200100, 2);
    blob_cat(&f, a.p, a.n);
    blob_cat(&f, b.p, b.n);
    blob_cat(&f, c.p, c.n);
    r = decode(LS_COMPRESSION_BZIP2, f.p, f.n, 10, 0, VIA_PIPE);
    expect_whole(&r, data, n, "bzip2 streams");
    free(r.out);
    blob_cat(&f, zeros, 8);
    r = decode(LS_COMPRESSION_BZIP2, f.p, f.n, 10, 0, VIA_FILE);
    expect_whole(&r, data, n, "bzip2 streams + zeros");
    free(r.out);
    blob_cat(&f, "BZ", 2);
    r = decode(LS_COMPRESSION_BZIP2, f.p, f.n, 10, 0, VIA_FILE);
    cr_assert(r.corrupt, "%s", r.msg);
    cr_assert_eq(r.len, n);
    cr_assert(memcmp(r.out, data, n) == 0);
    free(r.out);
    free(a.p);
    free(b.p);
    free(c.p);
    free(f.p);
    free(data);
}

/* ---- damage ----------------------------------------------------------------------------- */

/* The input cut at offset `cut`: flagged truncated (not corrupt), and the bytes delivered are
 * an exact prefix of the original. */
static void expect_truncated_prefix(ls_compression c, const blob *b, size_t cut, const char *data,
                                    size_t n)
{
    result r = decode(c, b->p, cut, cut % 7, 0, cut % 3 ? VIA_FILE : VIA_PIPE);
    cr_assert(r.truncated && !r.corrupt, "%s cut at %zu of %zu: truncated %d corrupt %d '%s'",
              ls_compression_name(c), cut, b->n, r.truncated, r.corrupt, r.msg);
    cr_assert_eq(r.last, 0);
    cr_assert(strstr(r.msg, ls_compression_name(c)) == r.msg, "%s", r.msg);
    cr_assert(strstr(r.msg, "input ends inside"), "%s", r.msg);
    cr_assert_leq(r.len, n);
    cr_assert(memcmp(r.out, data, r.len) == 0, "%s cut at %zu: not a prefix",
              ls_compression_name(c), cut);
    cr_assert_eq(r.bytes_in, (uint64_t)cut);
    free(r.out);
}

Test(decompress, truncated_at_many_offsets)
{
    size_t n = 400000; /* several zstd blocks, several bzip2 blocks at level 1 */
    char *data = gen_data(n, 14);
    for (size_t k = 0; k < sizeof KINDS / sizeof *KINDS; k++) {
        ls_compression c = KINDS[k];
        blob b = compress_as(c, data, n);
        size_t near = 48;
        for (size_t cut = 1; cut < near && cut < b.n; cut++)
            expect_truncated_prefix(c, &b, cut, data, n);
        for (size_t i = 1; i < 40; i++)
            expect_truncated_prefix(c, &b, b.n * i / 40, data, n);
        for (size_t cut = b.n > near ? b.n - near : 1; cut < b.n; cut++)
            expect_truncated_prefix(c, &b, cut, data, n);
        /* most of the data decoded before a late cut is delivered */
        result r = decode(c, b.p, b.n - 1, 0, 0, VIA_FILE);
        cr_assert_geq(r.len, n / 2, "%s: only %zu bytes before the last byte",
                      ls_compression_name(c), r.len);
        free(r.out);
        free(b.p);
    }
    free(data);
}

/* Flip bytes anywhere: the result is flagged, or harmless (the same bytes: a gzip mtime, say);
 * never a crash, a hang or wrong data passed off as good. */
Test(decompress, corrupted_bytes)
{
    size_t n = 150000;
    char *data = gen_data(n, 15);
    for (size_t k = 0; k < sizeof KINDS / sizeof *KINDS; k++) {
        ls_compression c = KINDS[k];
        blob b = compress_as(c, data, n);
        unsigned char *bad = malloc(b.n);
        int flagged = 0;
        for (int t = 0; t < 120; t++) {
            memcpy(bad, b.p, b.n);
            int flips = 1 + (int)(rnd() % 3);
            for (int i = 0; i < flips; i++) {
                size_t at = t < 30 ? rnd() % (b.n < 32 ? b.n : 32) : rnd() % b.n;
                bad[at] ^= (unsigned char)(1 + rnd() % 255);
            }
            result r = decode(c, bad, b.n, 0, 0, t % 4 ? VIA_FILE : VIA_PIPE);
            bool same = r.len == n && memcmp(r.out, data, n) == 0;
            cr_assert(r.truncated || r.corrupt || same, "%s try %d: %zu unflagged bytes differ",
                      ls_compression_name(c), t, r.len);
            cr_assert_geq(r.last, 0, "%s try %d: hard error '%s'", ls_compression_name(c), t,
                          r.msg);
            if (r.truncated || r.corrupt) {
                flagged++;
                cr_assert_str_not_empty(r.msg);
            }
            free(r.out);
        }
        cr_assert_gt(flagged, 60, "%s: only %d of 120 damaged inputs flagged",
                     ls_compression_name(c), flagged);
        free(bad);
        free(b.p);
    }
    free(data);
}

/* A read error on the descriptor: the bytes before it are delivered, then -1 with errno. */
Test(decompress, read_error_is_hard)
{
    int fd = open("/", O_RDONLY | O_DIRECTORY);
    cr_assert(fd >= 0);
    const unsigned char magic[] = {0x28, 0xB5, 0x2F, 0xFD};
    ls_decoder *d;
    cr_assert_eq(ls_decoder_start(fd, LS_COMPRESSION_ZSTD, magic, 4, &d), LS_OK);
    char buf[16];
    cr_assert_eq(ls_decoder_read(d, buf, sizeof buf), -1);
    cr_assert_eq(errno, EISDIR);
    cr_assert(strstr(ls_decoder_message(d), "zstd: read error after 4 compressed bytes"), "%s",
              ls_decoder_message(d));
    cr_assert_not(ls_decoder_truncated(d));
    cr_assert_not(ls_decoder_corrupt(d));
    ls_decoder_free(d);

    /* passthrough: the prefix is delivered first */
    cr_assert_eq(ls_decoder_start(fd, LS_COMPRESSION_NONE, "abc", 3, &d), LS_OK);
    cr_assert_eq(ls_decoder_read(d, buf, sizeof buf), 3);
    cr_assert_eq(memcmp(buf, "abc", 3), 0);
    cr_assert_eq(ls_decoder_read(d, buf, sizeof buf), -1);
    cr_assert(strstr(ls_decoder_message(d), "read error after 3 bytes"), "%s",
              ls_decoder_message(d));
    ls_decoder_free(d);
    close(fd);
}

/* ---- stopping early ------------------------------------------------------------------- */

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

/* free() while the thread waits on a full ring, or is still decoding, or has not started. */
Test(decompress, free_while_busy)
{
    /* 64 MiB of one repeated line: a tiny file that fills the ring at once */
    size_t n = (size_t)64 << 20;
    char *data = malloc(n);
    for (size_t i = 0; i < n; i++)
        data[i] = "leroy;paul;paul@example.fr;0611223344\n"[i % 38];
    for (size_t k = 0; k < sizeof KINDS / sizeof *KINDS; k++) {
        ls_compression c = KINDS[k];
        size_t m = c == LS_COMPRESSION_BZIP2 ? (size_t)24 << 20 : n;
        blob b = compress_as(c, data, m);
        int fd = tmp_fd(b.p, b.n);
        for (int t = 0; t < 12; t++) {
            cr_assert_eq(lseek(fd, 0, SEEK_SET), 0);
            ls_decoder *d;
            double t0 = now();
            cr_assert_eq(ls_decoder_start(fd, c, NULL, 0, &d), LS_OK);
            if (t % 3 == 1) { /* read a little */
                char buf[100];
                cr_assert_eq(ls_decoder_read(d, buf, sizeof buf), (ssize_t)sizeof buf);
                cr_assert_eq(memcmp(buf, data, sizeof buf), 0);
            } else if (t % 3 == 2) { /* let it fill the ring and block */
                usleep((useconds_t)(1000 * (1 + rnd() % 50)));
            }
            ls_decoder_free(d);
            cr_assert_lt(now() - t0, 10.0, "%s: free took too long", ls_compression_name(c));
        }
        close(fd);
        free(b.p);
    }
    free(data);
}

/* free() while the thread waits on a pipe that never delivers more (the writer keeps it open). */
Test(decompress, free_while_blocked_on_descriptor)
{
    size_t n = 100000;
    char *data = gen_data(n, 16);
    for (size_t k = 0; k < sizeof KINDS / sizeof *KINDS; k++) {
        blob b = compress_as(KINDS[k], data, n);
        int pfd[2];
        cr_assert_eq(pipe(pfd), 0);
        cr_assert_eq(write(pfd[1], b.p, b.n / 2), (ssize_t)(b.n / 2)); /* pipe holds 64 KiB */
        ls_decoder *d;
        cr_assert_eq(ls_decoder_start(pfd[0], KINDS[k], NULL, 0, &d), LS_OK);
        usleep(20000);
        double t0 = now();
        ls_decoder_free(d);
        cr_assert_lt(now() - t0, 2.0);
        close(pfd[0]);
        close(pfd[1]);
        free(b.p);
    }
    free(data);
}

/* ---- committed samples ---------------------------------------------------------------- */

/* Whole file into memory (small test files only). */
static blob slurp(const char *path)
{
    FILE *f = fopen(path, "rb");
    cr_assert_not_null(f, "%s", path);
    blob b = {NULL, 0};
    char buf[65536];
    size_t k;
    while ((k = fread(buf, 1, sizeof buf, f)) > 0)
        blob_cat(&b, buf, k);
    fclose(f);
    return b;
}

/* Open a sample, sniff its head as the pipeline does, decode it whole. */
static result decode_sample(const char *name, ls_compression want)
{
    char path[600];
    snprintf(path, sizeof path, "%s/compressed/%s", LS_SAMPLES_DIR, name);
    int fd = open(path, O_RDONLY);
    cr_assert(fd >= 0, "%s", path);
    unsigned char head[LS_COMPRESSION_SNIFF_BYTES];
    ssize_t h = read(fd, head, sizeof head);
    cr_assert_eq(h, (ssize_t)sizeof head);
    cr_assert_eq(ls_compression_sniff(head, (size_t)h), want, "%s", name);
    ls_decoder *d;
    cr_assert_eq(ls_decoder_start(fd, want, head, (size_t)h, &d), LS_OK);
    result r;
    memset(&r, 0, sizeof r);
    drain(d, 1 << 16, &r);
    ls_decoder_free(d);
    close(fd);
    return r;
}

Test(decompress, samples)
{
    char path[600];
    snprintf(path, sizeof path, "%s/fr_clients.csv", LS_SAMPLES_DIR);
    blob csv = slurp(path);
    struct {
        const char *name;
        ls_compression c;
    } ok[] = {{"fr_clients.csv.zst", LS_COMPRESSION_ZSTD},
              {"fr_clients.csv.gz", LS_COMPRESSION_GZIP},
              {"fr_clients.csv.xz", LS_COMPRESSION_XZ},
              {"fr_clients.csv.bz2", LS_COMPRESSION_BZIP2}};
    for (size_t i = 0; i < sizeof ok / sizeof *ok; i++) {
        result r = decode_sample(ok[i].name, ok[i].c);
        expect_whole(&r, (const char *)csv.p, csv.n, ok[i].name);
        free(r.out);
    }
    /* the .zst sample really holds two frames */
    snprintf(path, sizeof path, "%s/compressed/fr_clients.csv.zst", LS_SAMPLES_DIR);
    blob z = slurp(path);
    size_t first = ZSTD_findFrameCompressedSize(z.p, z.n);
    cr_assert(!ZSTD_isError(first) && first < z.n);
    cr_assert_eq(ZSTD_findFrameCompressedSize(z.p + first, z.n - first), z.n - first);
    free(z.p);

    result r = decode_sample("fr_clients_truncated.csv.zst", LS_COMPRESSION_ZSTD);
    cr_assert(r.truncated && !r.corrupt, "%s", r.msg);
    cr_assert(strstr(r.msg, "zstd: input ends inside a frame after"), "%s", r.msg);
    cr_assert_gt(r.len, 0);
    cr_assert_lt(r.len, csv.n);
    cr_assert(memcmp(r.out, csv.p, r.len) == 0);
    free(r.out);
    free(csv.p);
}
