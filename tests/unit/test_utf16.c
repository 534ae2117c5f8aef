/* UTF-16 input: transcoded to UTF-8 in the decoder thread. Random text (BMP and astral
 * code points, so surrogate pairs) is written to a pipe in odd-sized pieces, so code units
 * and pairs straddle the reads; the output must equal an independent UTF-8 encoding.
 * Unpaired surrogates become U+FFFD; an odd final byte is a truncation. */
#include <criterion/criterion.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <zlib.h>

#include "input/decompress.h"
#include "test_rng.h"

static size_t put_utf8(uint32_t cp, unsigned char *o)
{
    if (cp < 0x80) return o[0] = (unsigned char)cp, 1;
    if (cp < 0x800)
        return o[0] = (unsigned char)(0xC0 | cp >> 6), o[1] = (unsigned char)(0x80 | (cp & 63)), 2;
    if (cp < 0x10000)
        return o[0] = (unsigned char)(0xE0 | cp >> 12),
               o[1] = (unsigned char)(0x80 | (cp >> 6 & 63)),
               o[2] = (unsigned char)(0x80 | (cp & 63)), 3;
    o[0] = (unsigned char)(0xF0 | cp >> 18);
    o[1] = (unsigned char)(0x80 | (cp >> 12 & 63));
    o[2] = (unsigned char)(0x80 | (cp >> 6 & 63));
    o[3] = (unsigned char)(0x80 | (cp & 63));
    return 4;
}

static size_t put_unit(uint32_t u, bool be, unsigned char *o)
{
    o[be ? 0 : 1] = (unsigned char)(u >> 8);
    o[be ? 1 : 0] = (unsigned char)u;
    return 2;
}

typedef struct {
    int fd;
    const unsigned char *p;
    size_t n;
} writer_t;

static void *writer(void *arg)
{
    writer_t *w = arg;
    size_t off = 0;
    while (off < w->n) {
        size_t k = 1 + rnd_below(4097); /* odd sizes: units straddle the reads */
        if (k > w->n - off) k = w->n - off;
        ssize_t r = write(w->fd, w->p + off, k);
        if (r <= 0) break;
        off += (size_t)r;
    }
    close(w->fd);
    return NULL;
}

/* Decode `in` through a pipe; returns the output (caller frees) and its length. */
static unsigned char *decode(ls_transcode t, const unsigned char *in, size_t n, size_t *out_n,
                             bool *truncated)
{
    int fds[2];
    cr_assert_eq(pipe(fds), 0);
    writer_t w = {fds[1], in, n};
    pthread_t th;
    pthread_create(&th, NULL, writer, &w);
    ls_decoder *d = NULL;
    cr_assert_eq(ls_transcoder_start(fds[0], t, NULL, 0, &d), LS_OK);
    size_t cap = 4 * n + 16, len = 0;
    unsigned char *out = malloc(cap);
    for (;;) {
        ssize_t r = ls_decoder_read(d, (char *)out + len, cap - len);
        cr_assert_geq(r, 0);
        if (r == 0) break;
        len += (size_t)r;
    }
    *truncated = ls_decoder_truncated(d);
    ls_decoder_free(d);
    pthread_join(th, NULL);
    close(fds[0]);
    *out_n = len;
    return out;
}

Test(utf16, random_text_both_byte_orders)
{
    rng_state = 0x16;
    for (int be = 0; be <= 1; be++) {
        enum { CPS = 300000 };
        unsigned char *in = malloc(4 * CPS + 2), *want = malloc(4 * CPS + 3);
        size_t n = 0, wn = 0;
        n += put_unit(0xFEFF, be, in + n); /* the BOM comes out as a UTF-8 BOM */
        wn += put_utf8(0xFEFF, want + wn);
        for (int i = 0; i < CPS; i++) {
            uint64_t r = rnd();
            uint32_t cp;
            switch (r % 4) {
            case 0:
                cp = 0x20 + (uint32_t)(r >> 8) % 0x5F;
                break; /* ASCII */
            case 1:
                cp = 0xA0 + (uint32_t)(r >> 8) % 0x700;
                break; /* Latin..Cyrillic */
            case 2:
                cp = 0xE000 + (uint32_t)(r >> 8) % 0x1FFF;
                break; /* BMP above surrogates */
            default:
                cp = 0x10000 + (uint32_t)(r >> 8) % 0xFFFFF;
                break; /* astral: a pair */
            }
            if (cp >= 0x10000) {
                uint32_t v = cp - 0x10000;
                n += put_unit(0xD800 | v >> 10, be, in + n);
                n += put_unit(0xDC00 | (v & 0x3FF), be, in + n);
            } else {
                n += put_unit(cp, be, in + n);
            }
            wn += put_utf8(cp, want + wn);
        }
        size_t got_n;
        bool trunc;
        unsigned char *got =
            decode(be ? LS_TRANSCODE_UTF16BE : LS_TRANSCODE_UTF16LE, in, n, &got_n, &trunc);
        cr_expect_not(trunc);
        cr_assert_eq(got_n, wn, "byte order %s: %zu bytes, want %zu", be ? "BE" : "LE", got_n, wn);
        cr_expect_eq(memcmp(got, want, wn), 0);
        free(got);
        free(in);
        free(want);
    }
}

Test(utf16, unpaired_surrogates_and_odd_tail)
{
    /* "a", lone high, "b", lone low, high at the very end */
    const uint16_t units[] = {'a', 0xD800, 'b', 0xDC00, 0xD83D};
    unsigned char in[16];
    size_t n = 0;
    for (size_t i = 0; i < 5; i++)
        n += put_unit(units[i], false, in + n);
    size_t got_n;
    bool trunc;
    unsigned char *got = decode(LS_TRANSCODE_UTF16LE, in, n, &got_n, &trunc);
    const unsigned char want[] = "a\xEF\xBF\xBD"
                                 "b\xEF\xBF\xBD\xEF\xBF\xBD";
    cr_assert_eq(got_n, sizeof want - 1);
    cr_expect_eq(memcmp(got, want, got_n), 0);
    cr_expect_not(trunc);
    free(got);
    in[n++] = 'x'; /* an odd final byte */
    got = decode(LS_TRANSCODE_UTF16LE, in, n, &got_n, &trunc);
    cr_expect(trunc, "an odd final byte is a truncation");
    free(got);
}

Test(utf16, sniffing)
{
    cr_expect_eq(ls_transcode_sniff((const unsigned char *)"\xFF\xFE"
                                                           "a\0",
                                    4),
                 LS_TRANSCODE_UTF16LE);
    cr_expect_eq(ls_transcode_sniff((const unsigned char *)"\xFE\xFF\0a", 4), LS_TRANSCODE_UTF16BE);
    cr_expect_eq(ls_transcode_sniff((const unsigned char *)"\xFF\xFE\0\0", 4), LS_TRANSCODE_NONE,
                 "UTF-32LE is not UTF-16");
    cr_expect_eq(ls_transcode_sniff((const unsigned char *)"id;a", 4), LS_TRANSCODE_NONE);
    cr_expect_str_eq(ls_transcode_name(LS_TRANSCODE_UTF16BE), "utf-16be");
}

/* gzip-compress in memory (windowBits 31: a gzip member, as `gzip` writes). */
static unsigned char *gzip_bytes(const unsigned char *in, size_t n, size_t *out_n)
{
    z_stream z;
    memset(&z, 0, sizeof z);
    cr_assert_eq(deflateInit2(&z, 6, Z_DEFLATED, 31, 8, Z_DEFAULT_STRATEGY), Z_OK);
    size_t cap = deflateBound(&z, (uLong)n) + 64;
    unsigned char *out = malloc(cap);
    z.next_in = (unsigned char *)in;
    z.avail_in = (uInt)n;
    z.next_out = out;
    z.avail_out = (uInt)cap;
    cr_assert_eq(deflate(&z, Z_FINISH), Z_STREAM_END);
    *out_n = z.total_out;
    deflateEnd(&z);
    return out;
}

/* UTF-16 inside a compressed stream: a transcoder chained on the decoder gives the UTF-8
 * text; a cut in the compressed bytes is reported through the chain. */
Test(utf16, chained_on_a_gzip_decoder)
{
    rng_state = 0x1607;
    enum { CPS = 200000 };
    unsigned char *in = malloc(4 * CPS + 2), *want = malloc(4 * CPS + 3);
    size_t n = 0, wn = 0;
    n += put_unit(0xFEFF, false, in + n);
    wn += put_utf8(0xFEFF, want + wn);
    for (int i = 0; i < CPS; i++) {
        uint32_t cp =
            (rnd() & 1) ? 0x20 + (uint32_t)rnd_below(0x5F) : 0xC0 + (uint32_t)rnd_below(0x300);
        n += put_unit(cp, false, in + n);
        wn += put_utf8(cp, want + wn);
    }
    size_t zn;
    unsigned char *z = gzip_bytes(in, n, &zn);
    for (int cut = 0; cut <= 1; cut++) {
        int fds[2];
        cr_assert_eq(pipe(fds), 0);
        writer_t w = {fds[1], z, cut ? zn / 2 : zn};
        pthread_t th;
        pthread_create(&th, NULL, writer, &w);
        ls_decoder *d = NULL, *chain = NULL;
        cr_assert_eq(ls_decoder_start(fds[0], LS_COMPRESSION_GZIP, NULL, 0, &d), LS_OK);
        cr_assert_eq(ls_transcoder_chain(d, LS_TRANSCODE_UTF16LE, NULL, 0, &chain), LS_OK);
        size_t cap = 4 * n + 16, len = 0;
        unsigned char *out = malloc(cap);
        ssize_t r;
        while ((r = ls_decoder_read(chain, (char *)out + len, cap - len)) > 0)
            len += (size_t)r;
        cr_expect_eq(r, 0);
        if (!cut) {
            cr_expect_not(ls_decoder_truncated(chain));
            cr_assert_eq(len, wn);
            cr_expect_eq(memcmp(out, want, wn), 0);
        } else {
            cr_expect(ls_decoder_truncated(chain), "the gzip cut is seen through the chain");
            cr_expect(strstr(ls_decoder_message(chain), "gzip") != NULL, "%s",
                      ls_decoder_message(chain));
            cr_expect_lt(len, wn);
            cr_expect_eq(memcmp(out, want, len), 0, "what was decoded is a prefix");
        }
        cr_expect_eq(ls_decoder_bytes_in(chain), cut ? zn / 2 : zn, "compressed bytes, upstream's");
        ls_decoder_free(chain); /* frees the upstream decoder too */
        pthread_join(th, NULL);
        close(fds[0]);
        free(out);
    }
    free(z);
    free(in);
    free(want);
}

/* Freeing a chain while its upstream waits on a pipe that never delivers must not hang. */
Test(utf16, chain_freed_while_the_input_stalls, .timeout = 10)
{
    int fds[2];
    cr_assert_eq(pipe(fds), 0);
    cr_assert_eq(write(fds[1],
                       "\xFF\xFE"
                       "a\0b\0",
                       6),
                 6); /* then nothing, never closed */
    ls_decoder *d = NULL, *chain = NULL;
    cr_assert_eq(ls_decoder_start(fds[0], LS_COMPRESSION_NONE, NULL, 0, &d), LS_OK);
    cr_assert_eq(ls_transcoder_chain(d, LS_TRANSCODE_UTF16LE, NULL, 0, &chain), LS_OK);
    usleep(50000);
    ls_decoder_free(chain);
    close(fds[0]);
    close(fds[1]);
}
