/* decompress: compressed inputs (zstd, gzip, xz, bzip2) streamed through a thread of their own.
 *
 * The kind of compression is told by the first bytes (magic numbers), never by the file
 * name. A decoder reads a descriptor in its own thread and produces decompressed bytes into
 * a small ring of large buffers (LS_DECODER_SLOTS x LS_DECODER_SLOT_BYTES), so it runs ahead
 * of the reader while memory stays bounded: the thread waits when the ring is full, the
 * reader waits when it is empty.
 *
 * Damaged input is never fatal: every byte decoded before the damage is delivered, then
 * ls_decoder_read() returns 0 and ls_decoder_truncated() / ls_decoder_corrupt() /
 * ls_decoder_message() say what happened. Multi-frame zstd (and skippable frames),
 * multi-member gzip, concatenated xz streams and multi-stream bzip2 (pbzip2) are read whole.
 *
 * HowTo
 * -----
 *     unsigned char head[16];
 *     ssize_t h = read(fd, head, sizeof head);               // the caller sniffs first
 *     ls_compression c = ls_compression_sniff(head, h > 0 ? (size_t)h : 0);
 *     ls_decoder *d;
 *     if (ls_decoder_start(fd, c, head, h > 0 ? (size_t)h : 0, &d) != LS_OK) ...;
 *     while ((n = ls_decoder_read(d, buf, sizeof buf)) > 0) analyse(buf, n);
 *     if (n < 0 || ls_decoder_truncated(d) || ls_decoder_corrupt(d))
 *         report(ls_decoder_message(d));                     // partial result
 *     ls_decoder_free(d);                                    // the caller closes fd
 *
 * Thread safety: one reader thread per decoder. The flags and the message are meaningful
 * once ls_decoder_read() has returned 0 or -1 (before that they read false and ""); the
 * byte counters may be read from any thread at any time (progress display). */
#ifndef LS_DECOMPRESS_H
#define LS_DECOMPRESS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#include "common/sha256.h"
#include "leakscope/leakscope.h"

/* The ring: this many buffers of this many bytes each, allocated at start. */
#define LS_DECODER_SLOTS      4
#define LS_DECODER_SLOT_BYTES ((size_t)4 << 20)

typedef enum {
    LS_COMPRESSION_NONE = 0,
    LS_COMPRESSION_ZSTD,
    LS_COMPRESSION_GZIP,
    LS_COMPRESSION_XZ,
    LS_COMPRESSION_BZIP2
} ls_compression;

/* The most bytes ls_compression_sniff() ever looks at: read this many to sniff. */
#define LS_COMPRESSION_SNIFF_BYTES 10

/* Kind of compression from the first bytes (magic numbers, never the file name): zstd
 * 28 B5 2F FD or a skippable frame 5? 2A 4D 18; gzip 1F 8B; xz FD 37 7A 58 5A 00; bzip2
 * "BZh" and a block size digit 1-9 (and, when 10 bytes are given, a block or end-of-stream
 * magic). A head too short to hold the whole magic is LS_COMPRESSION_NONE. */
ls_compression ls_compression_sniff(const unsigned char *head, size_t n);

/* "none", "zstd", "gzip", "xz", "bzip2" ("unknown" out of range). Static, never NULL. */
const char *ls_compression_name(ls_compression c);

typedef struct ls_decoder ls_decoder;

/* Start decompressing from fd in a thread of its own. `prefix`/`prefix_len`: bytes already
 * read from fd by the caller to sniff the magic; they are copied and come first (may be 0).
 * The fd is not closed by the decoder. LS_COMPRESSION_NONE copies the input as it is (a
 * read-ahead thread). Errors: LS_ERR_NOMEM, LS_ERR_THREAD, LS_ERR_INVALID_ARGUMENT. */
ls_status ls_decoder_start(int fd, ls_compression c, const void *prefix, size_t prefix_len,
                           ls_decoder **out);

/* Read up to n decompressed bytes (blocks until some are available). Returns the count,
 * 0 at the end of the stream (clean or not), -1 on a hard error (a read error on fd, out of
 * memory; errno is set) once the bytes decoded before it are delivered. Fills n unless at
 * the end. */
ssize_t ls_decoder_read(ls_decoder *d, char *buf, size_t n);

/* After the end: the compressed input ended inside a frame / member / stream / block. */
bool ls_decoder_truncated(const ls_decoder *d);
/* After the end: a checksum or format error (or data after the end that is not a frame). */
bool ls_decoder_corrupt(const ls_decoder *d);
/* After the end: a hard error (read error on the descriptor, out of memory) stopped the
 * decoding; what was decoded before it was delivered. */
bool ls_decoder_failed(const ls_decoder *d);
/* After the end: one sentence saying what went wrong, "" when fine; e.g.
 * "zstd: input ends inside a frame after 1234567 compressed bytes". */
const char *ls_decoder_message(const ls_decoder *d);

/* Compressed bytes consumed so far (prefix included). */
uint64_t ls_decoder_bytes_in(const ls_decoder *d);
/* Decompressed bytes produced so far (some may still wait in the ring). */
uint64_t ls_decoder_bytes_out(const ls_decoder *d);

/* Stop the thread and free everything; accepts NULL. Works at any time, also while the
 * thread waits on a full ring or on a descriptor that never delivers. */
void ls_decoder_free(ls_decoder *d);

/* Text encodings that are transcoded to UTF-8 on the way in, in the same thread and ring:
 * UTF-16 with a byte-order mark (the mark itself becomes a UTF-8 BOM, which the sniffer
 * skips). Unpaired surrogates become U+FFFD; an odd final byte is reported as truncation. */
typedef enum { LS_TRANSCODE_NONE = 0, LS_TRANSCODE_UTF16LE, LS_TRANSCODE_UTF16BE } ls_transcode;

/* From the first bytes: FF FE is UTF-16LE (unless FF FE 00 00, UTF-32LE), FE FF UTF-16BE. */
ls_transcode ls_transcode_sniff(const unsigned char *head, size_t n);
const char *ls_transcode_name(ls_transcode t); /* "utf-16le", "utf-16be", "none" */

/* Like ls_decoder_start, but the input is UTF-16 text delivered as UTF-8. */
ls_status ls_transcoder_start(int fd, ls_transcode t, const void *prefix, size_t prefix_len,
                              ls_decoder **out);

/* Like ls_transcoder_start, but the UTF-16 text is another decoder's output (a .csv.gz
 * saved as UTF-16): upstream is read in this decoder's thread and is owned by it from now
 * on (freed by ls_decoder_free; its truncation, corruption, message and compressed byte
 * count are reported through this one). `prefix`: bytes already read from upstream. */
ls_status ls_transcoder_chain(ls_decoder *upstream, ls_transcode t, const void *prefix,
                              size_t prefix_len, ls_decoder **out);

/* Evidence manifest: every decoder hashes its raw input (the prefix, then each read() of
 * fd) with SHA-256 in its own thread, in the same pass that feeds the codec. Once
 * ls_decoder_read() has returned 0 or -1, this moves that digest to *out (a chained
 * decoder hands over its upstream's; out->ctx is NULL when there is none, or before the
 * end). The thread no longer reads fd then: the caller may hash what is left of it. */
void ls_decoder_take_hash(ls_decoder *d, ls_sha256 *out);
/* The descriptor the decoder reads its raw input from (the upstream's when chained). */
int ls_decoder_fd(const ls_decoder *d);

#endif
