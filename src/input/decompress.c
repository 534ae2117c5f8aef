/* decompress: see decompress.h. One decoder = one thread that reads fd, decodes, and fills a
 * ring of LS_DECODER_SLOTS buffers; the reader copies out of the ring.
 *
 * Ring protocol (all under `mu`): slots head .. head+count-1 (mod SLOTS) hold data for the
 * reader, the reader's current slot (head) included until it is drained. The thread writes
 * into slot (head+count) mod SLOTS, outside the lock, only while count < SLOTS; publishing
 * it is count++. The reader drains head outside the lock too, then frees it (head++,
 * count--). head+count only moves when the thread publishes, so the slot being written
 * never changes under the thread, and at most SLOTS buffers exist. */
#include "input/decompress.h"

#include <bzlib.h>
#include <errno.h>
#include <inttypes.h>
#include <lzma.h>
#include <poll.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>
#include <zstd.h>
#include <zstd_errors.h>

#include "common/sha256.h"
#include "common/thread.h"
#include "sniff/encoding.h"

/* Compressed input is read in chunks of this size (zstd's own CLI reads 128 KiB..1 MiB). */
#define IN_BYTES ((size_t)1 << 20)

struct ls_decoder {
    /* fixed at start */
    int fd;
    ls_compression kind;
    ls_transcode transcode; /* UTF-16 to UTF-8 instead of a codec */
    bool poll_fd;           /* not a regular file: wait in poll() on fd and wake[0], so free() can
                               interrupt a read that would never return */
    int wake[2];            /* self-pipe written by ls_decoder_free() (when poll_fd) */
    unsigned char *prefix;
    size_t prefix_len;
    ls_decoder *upstream; /* chained: the input is another decoder's output (fd unused) */
    pthread_t thread;
    bool thread_started;

    /* decoder thread only */
    size_t prefix_pos;
    unsigned char *in; /* IN_BYTES of compressed input */
    unsigned w_slot;   /* slot being written, when w_active */
    size_t w_pos;
    bool w_active;

    /* reader only */
    size_t r_pos; /* read position in slot `head` */

    /* shared, under mu */
    pthread_mutex_t mu;
    pthread_cond_t not_full;  /* the thread waits for a free slot */
    pthread_cond_t not_empty; /* the reader waits for data or the end */
    unsigned char *slot[LS_DECODER_SLOTS];
    size_t len[LS_DECODER_SLOTS];
    unsigned head, count;
    bool done; /* the thread has published everything it will */

    /* results: written by the thread before it stores `finished` (release) */
    bool truncated, corrupt, hard_error;
    int err_no;
    char msg[256];
    atomic_bool finished;
    atomic_bool stop; /* set by free(); polled by the thread */
    _Atomic uint64_t bytes_in, bytes_out;

    /* evidence manifest: SHA-256 of the raw input (prefix, then every read() of fd), kept
     * by the decoder thread; a chained decoder has none (its upstream's is the input's) */
    ls_sha256 raw_hash;
};

/* ---- sniffing ------------------------------------------------------------------------------ */

/* Compression kind from magic numbers only, so a misnamed file is still read right; a head
 * shorter than the magic is "none" (the caller then treats the bytes as text). */
ls_compression ls_compression_sniff(const unsigned char *head, size_t n)
{
    if (!head) return LS_COMPRESSION_NONE;
    if (n >= 4 && head[0] == 0x28 && head[1] == 0xB5 && head[2] == 0x2F && head[3] == 0xFD)
        return LS_COMPRESSION_ZSTD;
    /* zstd skippable frame: magic 0x184D2A50..0x184D2A5F, little-endian */
    if (n >= 4 && (head[0] & 0xF0) == 0x50 && head[1] == 0x2A && head[2] == 0x4D && head[3] == 0x18)
        return LS_COMPRESSION_ZSTD;
    if (n >= 2 && head[0] == 0x1F && head[1] == 0x8B) return LS_COMPRESSION_GZIP;
    if (n >= 6 && memcmp(head,
                         "\xFD"
                         "7zXZ\0",
                         6) == 0)
        return LS_COMPRESSION_XZ;
    if (n >= 4 && head[0] == 'B' && head[1] == 'Z' && head[2] == 'h' && head[3] >= '1' &&
        head[3] <= '9') {
        /* "BZh1" could start a text line: with 10 bytes, also require the first block's
         * magic (pi) or the end-of-stream magic (sqrt(pi)) of an empty stream. */
        if (n < 10) return LS_COMPRESSION_BZIP2;
        if (memcmp(head + 4, "\x31\x41\x59\x26\x53\x59", 6) == 0 ||
            memcmp(head + 4, "\x17\x72\x45\x38\x50\x90", 6) == 0)
            return LS_COMPRESSION_BZIP2;
    }
    return LS_COMPRESSION_NONE;
}

/* Stable lower-case names, as the JSON report's "compression" field uses them. */
const char *ls_compression_name(ls_compression c)
{
    switch (c) {
    case LS_COMPRESSION_NONE:
        return "none";
    case LS_COMPRESSION_ZSTD:
        return "zstd";
    case LS_COMPRESSION_GZIP:
        return "gzip";
    case LS_COMPRESSION_XZ:
        return "xz";
    case LS_COMPRESSION_BZIP2:
        return "bzip2";
    }
    return "unknown";
}

/* ---- results (decoder thread) -------------------------------------------------------------- */

/* Record the first failure only (the first one explains the rest) as a sentence in d->msg. */
static void set_result(ls_decoder *d, bool truncated, bool corrupt, int hard_errno, const char *fmt,
                       ...) __attribute__((format(printf, 5, 6)));
static void set_result(ls_decoder *d, bool truncated, bool corrupt, int hard_errno, const char *fmt,
                       ...)
{
    if (d->truncated || d->corrupt || d->hard_error) return;
    d->truncated = truncated;
    d->corrupt = corrupt;
    d->hard_error = hard_errno != 0;
    d->err_no = hard_errno;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(d->msg, sizeof d->msg, fmt, ap);
    va_end(ap);
}

/* Compressed bytes consumed so far, for messages. */
static unsigned long long consumed(const ls_decoder *d)
{
    return (unsigned long long)atomic_load_explicit(&d->bytes_in, memory_order_relaxed);
}

/* Whether free() asked the thread to stop (cheap: checked once per codec call). */
static bool stopping(ls_decoder *d)
{
    return atomic_load_explicit(&d->stop, memory_order_relaxed);
}

/* ---- output ring (decoder thread side) ----------------------------------------------------- */

/* Free space in the slot being written, waiting for a free slot first when there is none
 * (bounded memory: the thread never runs more than SLOTS buffers ahead). NULL once free()
 * asked the thread to stop. */
static unsigned char *out_space(ls_decoder *d, size_t *avail)
{
    if (stopping(d)) return NULL;
    if (!d->w_active) {
        pthread_mutex_lock(&d->mu);
        while (d->count == LS_DECODER_SLOTS && !stopping(d))
            pthread_cond_wait(&d->not_full, &d->mu);
        d->w_slot = (d->head + d->count) % LS_DECODER_SLOTS;
        pthread_mutex_unlock(&d->mu);
        if (stopping(d)) return NULL;
        d->w_active = true;
        d->w_pos = 0;
    }
    *avail = LS_DECODER_SLOT_BYTES - d->w_pos;
    return d->slot[d->w_slot] + d->w_pos;
}

/* Hand the slot being written to the reader (if it holds anything). */
static void out_publish(ls_decoder *d)
{
    if (!d->w_active || d->w_pos == 0) return;
    pthread_mutex_lock(&d->mu);
    d->len[d->w_slot] = d->w_pos;
    d->count++;
    pthread_cond_signal(&d->not_empty);
    pthread_mutex_unlock(&d->mu);
    d->w_active = false;
}

/* n bytes were written at out_space(); a full slot goes to the reader at once. */
static void out_commit(ls_decoder *d, size_t n)
{
    if (n == 0) return;
    d->w_pos += n;
    atomic_fetch_add_explicit(&d->bytes_out, n, memory_order_relaxed);
    if (d->w_pos == LS_DECODER_SLOT_BYTES) out_publish(d);
}

/* ---- input (decoder thread side) ----------------------------------------------------------- */

/* Wait until fd is readable or free() wrote to the wake pipe. false = stop. Only for
 * descriptors that can block (pipes, sockets, terminals); a regular file never waits here. */
static bool wait_readable(ls_decoder *d)
{
    for (;;) {
        struct pollfd p[2] = {{.fd = d->fd, .events = POLLIN},
                              {.fd = d->wake[0], .events = POLLIN}};
        int r = poll(p, 2, -1);
        if (r < 0 && errno == EINTR) continue;
        if (stopping(d) || (r > 0 && p[1].revents)) return false;
        return true; /* readable, hung up, error or poll failure: read() tells which */
    }
}

/* Fill buf with the next compressed bytes: the caller's prefix first, then read(fd).
 * Returns the count (> 0), 0 at the end of the input, or -1 when the thread must stop (free()
 * asked, or a read error, recorded as a hard error). */
static ssize_t in_fill(ls_decoder *d, unsigned char *buf, size_t cap)
{
    if (d->prefix_pos < d->prefix_len) {
        size_t n = d->prefix_len - d->prefix_pos;
        if (n > cap) n = cap;
        memcpy(buf, d->prefix + d->prefix_pos, n);
        d->prefix_pos += n;
        if (!d->upstream) ls_sha256_update(&d->raw_hash, buf, n);
        return (ssize_t)n;
    }
    if (d->upstream) {
        if (stopping(d)) return -1;
        ssize_t r = ls_decoder_read(d->upstream, (char *)buf, cap);
        if (r >= 0) return r;
        int e = errno;
        set_result(d, false, false, e, "read error after %llu bytes: %s", consumed(d), strerror(e));
        return -1;
    }
    for (;;) {
        if (stopping(d)) return -1;
        if (d->poll_fd && !wait_readable(d)) return -1;
        ssize_t r = read(d->fd, buf, cap);
        if (r > 0) ls_sha256_update(&d->raw_hash, buf, (size_t)r); /* the bytes as received */
        if (r >= 0) return r;
        if (errno == EINTR || errno == EAGAIN || errno == EWOULDBLOCK) continue;
        int e = errno;
        if (d->kind == LS_COMPRESSION_NONE)
            set_result(d, false, false, e, "read error after %llu bytes: %s", consumed(d),
                       strerror(e));
        else
            set_result(d, false, false, e, "%s: read error after %llu compressed bytes: %s",
                       ls_compression_name(d->kind), consumed(d), strerror(e));
        return -1;
    }
}

/* Count n compressed bytes as consumed by the codec. */
static void in_consumed(ls_decoder *d, size_t n)
{
    atomic_fetch_add_explicit(&d->bytes_in, n, memory_order_relaxed);
}

/* After the last complete gzip member or bzip2 stream, input that is not another one is only
 * accepted as zero padding (tapes, dd): consume the rest and flag anything else as corrupt.
 * `p`/`n`: the unconsumed part of the current input chunk. */
static void check_trailing(ls_decoder *d, const unsigned char *p, size_t n, const char *unit)
{
    unsigned long long at = consumed(d);
    for (;;) {
        for (size_t i = 0; i < n; i++) {
            if (p[i] != 0) {
                set_result(d, false, true, 0,
                           "%s: data after the last complete %s (at compressed byte %llu) is "
                           "not %s",
                           ls_compression_name(d->kind), unit, at, ls_compression_name(d->kind));
                return;
            }
        }
        in_consumed(d, n);
        ssize_t r = in_fill(d, d->in, IN_BYTES);
        if (r <= 0) return;
        p = d->in;
        n = (size_t)r;
    }
}

/* ---- codecs (decoder thread) --------------------------------------------------------------- */

/* LS_COMPRESSION_NONE: read straight into the ring (a read-ahead thread, no copy). */
static void run_copy(ls_decoder *d)
{
    for (;;) {
        size_t avail;
        unsigned char *o = out_space(d, &avail);
        if (!o) return;
        ssize_t r = in_fill(d, o, avail);
        if (r <= 0) return;
        in_consumed(d, (size_t)r);
        out_commit(d, (size_t)r);
    }
}

/* zstd, every frame of the file in turn (ZSTD_decompressStream starts the next frame by
 * itself and skips skippable frames). Its return value is 0 exactly at a frame boundary,
 * so a non-zero value at the end of the input means the input stops inside a frame. */
static void run_zstd(ls_decoder *d)
{
    ZSTD_DCtx *z = ZSTD_createDCtx();
    if (!z) {
        set_result(d, false, false, ENOMEM, "zstd: out of memory");
        return;
    }
    /* Accept every window a zstd encoder can produce (--long=31, --ultra): an investigator
     * must be able to read what the seller shipped, without a --memory switch. */
    ZSTD_DCtx_setParameter(z, ZSTD_d_windowLogMax, sizeof(size_t) == 8 ? 31 : 30);
    ZSTD_inBuffer in = {d->in, 0, 0};
    size_t last = 0;
    bool out_full = false;
    for (;;) {
        if (in.pos == in.size && !out_full) {
            ssize_t r = in_fill(d, d->in, IN_BYTES);
            if (r < 0) goto out;
            if (r == 0) break;
            in.size = (size_t)r;
            in.pos = 0;
        }
        size_t avail;
        unsigned char *o = out_space(d, &avail);
        if (!o) goto out;
        ZSTD_outBuffer ob = {o, avail, 0};
        size_t before = in.pos;
        size_t ret = ZSTD_decompressStream(z, &ob, &in);
        in_consumed(d, in.pos - before);
        out_commit(d, ob.pos);
        if (ZSTD_isError(ret)) {
            if (ZSTD_getErrorCode(ret) == ZSTD_error_memory_allocation)
                set_result(d, false, false, ENOMEM,
                           "zstd: out of memory after %llu compressed bytes", consumed(d));
            else
                set_result(d, false, true, 0,
                           "zstd: corrupt input (%s) after %llu compressed bytes",
                           ZSTD_getErrorName(ret), consumed(d));
            goto out;
        }
        /* 0 = a frame ends here, fully flushed: nothing is pending even if the output is
         * full (a call after it without input would return the next header's size) */
        if (in.pos != before || ob.pos != 0) last = ret;
        out_full = ret != 0 && ob.pos == ob.size;
    }
    if (last != 0)
        set_result(d, true, false, 0, "zstd: input ends inside a frame after %llu compressed bytes",
                   consumed(d));
out:
    ZSTD_freeDCtx(z);
}

/* gzip, member after member (inflateInit2 with 15 + 32 reads the gzip header and checks each
 * member's CRC-32 and length). The input ending with a member open is a truncation. */
static void run_gzip(ls_decoder *d)
{
    z_stream z;
    memset(&z, 0, sizeof z);
    if (inflateInit2(&z, 15 + 32) != Z_OK) {
        set_result(d, false, false, ENOMEM, "gzip: out of memory");
        return;
    }
    bool member_open = false, out_full = false;
    unsigned long long members = 0;
    for (;;) {
        if (z.avail_in == 0 && !out_full) {
            ssize_t r = in_fill(d, d->in, IN_BYTES);
            if (r < 0) goto out;
            if (r == 0) break;
            z.next_in = d->in;
            z.avail_in = (uInt)r;
        }
        if (members > 0 && !member_open && z.next_in[0] != 0x1F) {
            check_trailing(d, z.next_in, z.avail_in, "member");
            goto out;
        }
        size_t avail;
        unsigned char *o = out_space(d, &avail);
        if (!o) goto out;
        z.next_out = o;
        z.avail_out = (uInt)avail;
        uInt in_before = z.avail_in;
        int ret = inflate(&z, Z_NO_FLUSH);
        in_consumed(d, in_before - z.avail_in);
        out_commit(d, avail - z.avail_out);
        if (ret == Z_STREAM_END) {
            members++;
            member_open = false;
            out_full = false;
            inflateReset(&z);
        } else if (ret == Z_OK || ret == Z_BUF_ERROR) {
            member_open = true;
            out_full = z.avail_out == 0;
        } else if (ret == Z_MEM_ERROR) {
            set_result(d, false, false, ENOMEM, "gzip: out of memory after %llu compressed bytes",
                       consumed(d));
            goto out;
        } else {
            set_result(d, false, true, 0,
                       "gzip: corrupt input (%s) in member %llu after %llu "
                       "compressed bytes",
                       z.msg ? z.msg : "invalid data", members + 1, consumed(d));
            goto out;
        }
    }
    if (member_open)
        set_result(d, true, false, 0,
                   "gzip: input ends inside member %llu after %llu compressed bytes", members + 1,
                   consumed(d));
out:
    inflateEnd(&z);
}

/* A sentence for a liblzma error code. */
static const char *lzma_what(lzma_ret r)
{
    switch (r) {
    case LZMA_FORMAT_ERROR:
        return "not in the .xz format";
    case LZMA_OPTIONS_ERROR:
        return "unsupported compression options";
    case LZMA_DATA_ERROR:
        return "compressed data is corrupt";
    case LZMA_UNSUPPORTED_CHECK:
        return "unsupported integrity check";
    default:
        return "internal error";
    }
}

/* xz, every concatenated stream and its padding (LZMA_CONCATENATED; the checks are verified).
 * At the end of the input the decoder is told LZMA_FINISH: LZMA_STREAM_END means complete,
 * LZMA_BUF_ERROR (no progress possible) means truncated. */
static void run_xz(ls_decoder *d)
{
    lzma_stream s = LZMA_STREAM_INIT;
    if (lzma_stream_decoder(&s, UINT64_MAX, LZMA_CONCATENATED) != LZMA_OK) {
        set_result(d, false, false, ENOMEM, "xz: out of memory");
        return;
    }
    lzma_action action = LZMA_RUN;
    bool out_full = false;
    for (;;) {
        if (s.avail_in == 0 && action == LZMA_RUN && !out_full) {
            ssize_t r = in_fill(d, d->in, IN_BYTES);
            if (r < 0) goto out;
            if (r == 0) action = LZMA_FINISH;
            s.next_in = d->in;
            s.avail_in = (size_t)r;
        }
        size_t avail;
        unsigned char *o = out_space(d, &avail);
        if (!o) goto out;
        s.next_out = o;
        s.avail_out = avail;
        size_t in_before = s.avail_in;
        lzma_ret ret = lzma_code(&s, action);
        in_consumed(d, in_before - s.avail_in);
        out_commit(d, avail - s.avail_out);
        out_full = s.avail_out == 0;
        if (ret == LZMA_OK) continue;
        if (ret == LZMA_STREAM_END) break;
        if (ret == LZMA_BUF_ERROR && action == LZMA_FINISH)
            set_result(d, true, false, 0,
                       "xz: input ends inside a stream after %llu compressed bytes", consumed(d));
        else if (ret == LZMA_MEM_ERROR)
            set_result(d, false, false, ENOMEM, "xz: out of memory after %llu compressed bytes",
                       consumed(d));
        else
            set_result(d, false, true, 0, "xz: corrupt input (%s) after %llu compressed bytes",
                       lzma_what(ret), consumed(d));
        goto out;
    }
out:
    lzma_end(&s);
}

/* A sentence for a libbz2 error code. */
static const char *bz_what(int r)
{
    switch (r) {
    case BZ_DATA_ERROR:
        return "data integrity error";
    case BZ_DATA_ERROR_MAGIC:
        return "bad stream magic";
    default:
        return "internal error";
    }
}

/* bzip2, stream after stream (pbzip2 writes many): libbz2 stops at each stream's end, so a
 * new decompressor is started for the next one. The input ending with a stream open is a
 * truncation; block and stream CRCs are checked by libbz2. */
static void run_bzip2(ls_decoder *d)
{
    bz_stream b;
    memset(&b, 0, sizeof b);
    bool open = false, out_full = false;
    unsigned long long streams = 0;
    for (;;) {
        if (b.avail_in == 0 && !out_full) {
            ssize_t r = in_fill(d, d->in, IN_BYTES);
            if (r < 0) goto out;
            if (r == 0) break;
            b.next_in = (char *)d->in;
            b.avail_in = (unsigned)r;
        }
        if (!open) {
            if (streams > 0 && b.next_in[0] != 'B') {
                check_trailing(d, (const unsigned char *)b.next_in, b.avail_in, "stream");
                goto out;
            }
            char *next_in = b.next_in;
            unsigned avail_in = b.avail_in;
            memset(&b, 0, sizeof b);
            if (BZ2_bzDecompressInit(&b, 0, 0) != BZ_OK) {
                set_result(d, false, false, ENOMEM, "bzip2: out of memory");
                goto out;
            }
            b.next_in = next_in;
            b.avail_in = avail_in;
            open = true;
        }
        size_t avail;
        unsigned char *o = out_space(d, &avail);
        if (!o) goto out;
        b.next_out = (char *)o;
        b.avail_out = (unsigned)avail;
        unsigned in_before = b.avail_in;
        int ret = BZ2_bzDecompress(&b);
        in_consumed(d, in_before - b.avail_in);
        out_commit(d, avail - b.avail_out);
        if (ret == BZ_STREAM_END) {
            streams++;
            BZ2_bzDecompressEnd(&b);
            open = false;
            out_full = false;
        } else if (ret == BZ_OK) {
            out_full = b.avail_out == 0;
        } else if (ret == BZ_MEM_ERROR) {
            set_result(d, false, false, ENOMEM, "bzip2: out of memory after %llu compressed bytes",
                       consumed(d));
            goto out;
        } else {
            set_result(d, false, true, 0,
                       "bzip2: corrupt input (%s) in stream %llu after %llu "
                       "compressed bytes",
                       bz_what(ret), streams + 1, consumed(d));
            goto out;
        }
    }
    if (open)
        set_result(d, true, false, 0,
                   "bzip2: input ends inside stream %llu after %llu compressed bytes", streams + 1,
                   consumed(d));
out:
    if (open) BZ2_bzDecompressEnd(&b);
}

/* The thread: decode everything (or until stopped), hand over the last partial slot, then
 * publish the results and wake the reader. */
/* Room for at least `need` bytes in the ring: a slot with less left is handed over first. */
static unsigned char *reserve(ls_decoder *d, size_t need, size_t *avail)
{
    unsigned char *o = out_space(d, avail);
    if (o && *avail < need) {
        out_publish(d);
        o = out_space(d, avail);
    }
    return o;
}

/* UTF-16 (LE or BE) to UTF-8. A code unit or a surrogate pair may straddle two input
 * chunks: the odd byte and a pending high surrogate are carried over. */
static void run_utf16(ls_decoder *d)
{
    const bool be = d->transcode == LS_TRANSCODE_UTF16BE;
    int carry = -1;    /* odd byte left from the previous chunk */
    uint32_t high = 0; /* pending high surrogate */
    for (;;) {
        ssize_t r = in_fill(d, d->in, IN_BYTES);
        if (r < 0) return;
        if (r == 0) break;
        in_consumed(d, (size_t)r);
        const unsigned char *p = d->in;
        size_t n = (size_t)r, i = 0;
        while (i < n) {
            size_t avail;
            unsigned char *o = reserve(d, 8, &avail);
            if (!o) return;
            size_t w = 0;
            while (i < n && w + 8 <= avail) {
                unsigned b0, b1;
                if (carry >= 0) {
                    b0 = (unsigned)carry;
                    b1 = p[i++];
                    carry = -1;
                } else if (i + 1 < n) {
                    b0 = p[i];
                    b1 = p[i + 1];
                    i += 2;
                } else {
                    carry = p[i++];
                    break;
                }
                uint32_t u = be ? (b0 << 8 | b1) : (b1 << 8 | b0);
                if (high) {
                    if (u >= 0xDC00 && u <= 0xDFFF) {
                        w += ls_utf8_encode(0x10000 + ((high - 0xD800) << 10) + (u - 0xDC00),
                                            (char *)o + w);
                        high = 0;
                        continue;
                    }
                    w += ls_utf8_encode(0xFFFD, (char *)o + w); /* unpaired high */
                    high = 0;
                }
                if (u >= 0xD800 && u <= 0xDBFF)
                    high = u;
                else if (u >= 0xDC00 && u <= 0xDFFF)
                    w += ls_utf8_encode(0xFFFD, (char *)o + w); /* unpaired low */
                else
                    w += ls_utf8_encode(u, (char *)o + w);
            }
            out_commit(d, w);
        }
    }
    size_t avail;
    unsigned char *o = high ? reserve(d, 4, &avail) : NULL;
    if (o) out_commit(d, ls_utf8_encode(0xFFFD, (char *)o));
    if (carry >= 0)
        set_result(d, true, false, 0,
                   "utf-16: input ends in the middle of a code unit after %llu bytes", consumed(d));
}

static void *decoder_main(void *arg)
{
    ls_decoder *d = arg;
    if (d->transcode != LS_TRANSCODE_NONE) {
        run_utf16(d);
        goto finish;
    }
    switch (d->kind) {
    case LS_COMPRESSION_NONE:
        run_copy(d);
        break;
    case LS_COMPRESSION_ZSTD:
        run_zstd(d);
        break;
    case LS_COMPRESSION_GZIP:
        run_gzip(d);
        break;
    case LS_COMPRESSION_XZ:
        run_xz(d);
        break;
    case LS_COMPRESSION_BZIP2:
        run_bzip2(d);
        break;
    }
finish:
    out_publish(d);
    atomic_store_explicit(&d->finished, true, memory_order_release);
    pthread_mutex_lock(&d->mu);
    d->done = true;
    pthread_cond_broadcast(&d->not_empty);
    pthread_mutex_unlock(&d->mu);
    return NULL;
}

/* ---- public API ---------------------------------------------------------------------------- */

/* Allocate the ring and start the thread (ls_thread_start: no asynchronous signals in it). */
static ls_status start(int fd, ls_decoder *upstream, ls_compression c, ls_transcode t,
                       const void *prefix, size_t prefix_len, ls_decoder **out);

ls_status ls_decoder_start(int fd, ls_compression c, const void *prefix, size_t prefix_len,
                           ls_decoder **out)
{
    return start(fd, NULL, c, LS_TRANSCODE_NONE, prefix, prefix_len, out);
}

ls_status ls_transcoder_start(int fd, ls_transcode t, const void *prefix, size_t prefix_len,
                              ls_decoder **out)
{
    if (t == LS_TRANSCODE_NONE || (unsigned)t > LS_TRANSCODE_UTF16BE) {
        if (out) *out = NULL;
        return LS_ERR_INVALID_ARGUMENT;
    }
    return start(fd, NULL, LS_COMPRESSION_NONE, t, prefix, prefix_len, out);
}

ls_status ls_transcoder_chain(ls_decoder *upstream, ls_transcode t, const void *prefix,
                              size_t prefix_len, ls_decoder **out)
{
    if (!out) return LS_ERR_INVALID_ARGUMENT;
    *out = NULL;
    if (!upstream || t == LS_TRANSCODE_NONE || (unsigned)t > LS_TRANSCODE_UTF16BE)
        return LS_ERR_INVALID_ARGUMENT;
    return start(-1, upstream, LS_COMPRESSION_NONE, t, prefix, prefix_len, out);
}

ls_transcode ls_transcode_sniff(const unsigned char *head, size_t n)
{
    if (n >= 2 && head[0] == 0xFF && head[1] == 0xFE) {
        if (n >= 4 && head[2] == 0 && head[3] == 0) return LS_TRANSCODE_NONE; /* UTF-32LE */
        return LS_TRANSCODE_UTF16LE;
    }
    if (n >= 2 && head[0] == 0xFE && head[1] == 0xFF) return LS_TRANSCODE_UTF16BE;
    return LS_TRANSCODE_NONE;
}

const char *ls_transcode_name(ls_transcode t)
{
    return t == LS_TRANSCODE_UTF16LE ? "utf-16le" : t == LS_TRANSCODE_UTF16BE ? "utf-16be" : "none";
}

static ls_status start(int fd, ls_decoder *upstream, ls_compression c, ls_transcode t,
                       const void *prefix, size_t prefix_len, ls_decoder **out)
{
    if (!out) return LS_ERR_INVALID_ARGUMENT;
    *out = NULL;
    if ((fd < 0 && !upstream) || (unsigned)c > LS_COMPRESSION_BZIP2 || (prefix_len > 0 && !prefix))
        return LS_ERR_INVALID_ARGUMENT;
    ls_decoder *d = calloc(1, sizeof *d);
    if (!d) return LS_ERR_NOMEM;
    d->fd = fd;
    d->kind = c;
    d->transcode = t;
    d->upstream = upstream;
    d->wake[0] = d->wake[1] = -1;
    atomic_init(&d->finished, false);
    atomic_init(&d->stop, false);
    atomic_init(&d->bytes_in, 0);
    atomic_init(&d->bytes_out, 0);
    ls_status st = LS_ERR_NOMEM;
    if (pthread_mutex_init(&d->mu, NULL) != 0) goto fail_free;
    if (pthread_cond_init(&d->not_full, NULL) != 0) goto fail_mu;
    if (pthread_cond_init(&d->not_empty, NULL) != 0) goto fail_nf;
    if (prefix_len > 0) {
        d->prefix = malloc(prefix_len);
        if (!d->prefix) goto fail;
        memcpy(d->prefix, prefix, prefix_len);
        d->prefix_len = prefix_len;
    }
    if ((c != LS_COMPRESSION_NONE || t != LS_TRANSCODE_NONE) && !(d->in = malloc(IN_BYTES)))
        goto fail;
    if (!upstream && ls_sha256_init(&d->raw_hash) != 0) goto fail;
    for (unsigned i = 0; i < LS_DECODER_SLOTS; i++)
        if (!(d->slot[i] = malloc(LS_DECODER_SLOT_BYTES))) goto fail;
    struct stat sb;
    d->poll_fd = !upstream && !(fstat(fd, &sb) == 0 && S_ISREG(sb.st_mode));
    if (d->poll_fd) {
        st = LS_ERR_THREAD;
        if (pipe(d->wake) != 0) {
            d->wake[0] = d->wake[1] = -1;
            goto fail;
        }
    }

    int e = ls_thread_start(&d->thread, decoder_main, d);
    if (e != 0) {
        st = LS_ERR_THREAD;
        goto fail;
    }
    d->thread_started = true;
    *out = d;
    return LS_OK;

fail:
    d->upstream = NULL; /* still the caller's */
    ls_decoder_free(d);
    return st;
fail_nf:
    pthread_cond_destroy(&d->not_full);
fail_mu:
    pthread_mutex_destroy(&d->mu);
fail_free:
    free(d);
    return st;
}

/* Copy decoded bytes out of the ring, waiting for the thread when the ring is empty, until
 * n bytes or the end. The copy runs outside the lock: the thread never touches a published
 * slot until the reader frees it. A hard error is reported only once the data before it has
 * been read, so nothing decoded is lost. */
ssize_t ls_decoder_read(ls_decoder *d, char *buf, size_t n)
{
    if (!d || (!buf && n > 0)) {
        errno = EINVAL;
        return -1;
    }
    if (n > (size_t)SSIZE_MAX) n = (size_t)SSIZE_MAX;
    size_t got = 0;
    pthread_mutex_lock(&d->mu);
    while (got < n) {
        while (d->count == 0 && !d->done)
            pthread_cond_wait(&d->not_empty, &d->mu);
        if (d->count == 0) break; /* done and drained */
        unsigned h = d->head;
        size_t len = d->len[h];
        pthread_mutex_unlock(&d->mu);

        size_t k = len - d->r_pos;
        if (k > n - got) k = n - got;
        memcpy(buf + got, d->slot[h] + d->r_pos, k);
        got += k;
        d->r_pos += k;

        pthread_mutex_lock(&d->mu);
        if (d->r_pos == len) {
            d->r_pos = 0;
            d->head = (h + 1) % LS_DECODER_SLOTS;
            d->count--;
            pthread_cond_signal(&d->not_full);
        }
    }
    bool failed = got == 0 && n > 0 && d->count == 0 && d->done && d->hard_error;
    pthread_mutex_unlock(&d->mu);
    if (failed) {
        errno = d->err_no;
        return -1;
    }
    return (ssize_t)got;
}

/* The flags and message are published by the thread's release store of `finished`. */
bool ls_decoder_truncated(const ls_decoder *d)
{
    return d && atomic_load_explicit(&d->finished, memory_order_acquire) &&
           (d->truncated || ls_decoder_truncated(d->upstream));
}

/* See ls_decoder_truncated(). */
bool ls_decoder_corrupt(const ls_decoder *d)
{
    return d && atomic_load_explicit(&d->finished, memory_order_acquire) &&
           (d->corrupt || ls_decoder_corrupt(d->upstream));
}

/* After the end: a hard error (a read error on fd, out of memory) stopped the thread. */
bool ls_decoder_failed(const ls_decoder *d)
{
    return d && atomic_load_explicit(&d->finished, memory_order_acquire) &&
           (d->hard_error || ls_decoder_failed(d->upstream));
}

/* See ls_decoder_truncated(); never NULL. */
const char *ls_decoder_message(const ls_decoder *d)
{
    if (!d || !atomic_load_explicit(&d->finished, memory_order_acquire)) return "";
    /* the upstream's damage is the cause (a cut gzip also cuts a UTF-16 code unit) */
    if (d->upstream && ls_decoder_message(d->upstream)[0]) return ls_decoder_message(d->upstream);
    return d->msg;
}

/* Progress counters: relaxed atomics, readable from any thread. */
uint64_t ls_decoder_bytes_in(const ls_decoder *d)
{
    if (d && d->upstream) return ls_decoder_bytes_in(d->upstream);
    return d ? atomic_load_explicit(&d->bytes_in, memory_order_relaxed) : 0;
}

/* See ls_decoder_bytes_in(). */
uint64_t ls_decoder_bytes_out(const ls_decoder *d)
{
    return d ? atomic_load_explicit(&d->bytes_out, memory_order_relaxed) : 0;
}

/* Ask the thread to stop wherever it waits, without joining it: it publishes `done`, so a
 * reader blocked in ls_decoder_read() returns. */
static void ls__decoder_interrupt(ls_decoder *d)
{
    if (!d->thread_started) return;
    pthread_mutex_lock(&d->mu);
    atomic_store_explicit(&d->stop, true, memory_order_relaxed);
    pthread_cond_broadcast(&d->not_full);
    pthread_mutex_unlock(&d->mu);
    if (d->wake[1] >= 0) {
        ssize_t w;
        do
            w = write(d->wake[1], "", 1);
        while (w < 0 && errno == EINTR);
    }
}

/* Stop the thread wherever it waits (full ring: condition variable; blocking descriptor:
 * the wake pipe; decoding: the stop flag, checked once per codec call), join it, free. */
void ls_decoder_free(ls_decoder *d)
{
    if (!d) return;
    if (d->upstream) {
        /* A chained thread may wait on the upstream ring: stop the upstream first (its
         * thread ends and wakes the waiting reader), then this one. */
        ls__decoder_interrupt(d->upstream);
    }
    if (d->thread_started) {
        ls__decoder_interrupt(d);
        pthread_join(d->thread, NULL);
    }
    if (d->wake[0] >= 0) close(d->wake[0]);
    if (d->wake[1] >= 0) close(d->wake[1]);
    for (unsigned i = 0; i < LS_DECODER_SLOTS; i++)
        free(d->slot[i]);
    free(d->in);
    free(d->prefix);
    ls_sha256_free(&d->raw_hash);
    pthread_cond_destroy(&d->not_empty);
    pthread_cond_destroy(&d->not_full);
    pthread_mutex_destroy(&d->mu);
    ls_decoder_free(d->upstream);
    free(d);
}

/* The digest moves to the caller once the thread has published its end (the reader saw 0 or
 * -1, so it took the mutex after the thread's last update): no lock is needed. */
void ls_decoder_take_hash(ls_decoder *d, ls_sha256 *out)
{
    out->ctx = NULL;
    out->bytes = 0;
    if (!d) return;
    if (d->upstream) {
        ls_decoder_take_hash(d->upstream, out);
        return;
    }
    if (!atomic_load_explicit(&d->finished, memory_order_acquire)) return;
    *out = d->raw_hash;
    d->raw_hash.ctx = NULL;
}

/* The descriptor the raw bytes come from (-1 for a chained decoder's own). */
int ls_decoder_fd(const ls_decoder *d)
{
    if (!d) return -1;
    return d->upstream ? ls_decoder_fd(d->upstream) : d->fd;
}
