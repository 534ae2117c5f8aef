/* source: where an input's bytes come from. A regular file is memory-mapped whole
 * (MADV_SEQUENTIAL; any size on 64-bit); anything else (pipe, terminal, socket, device)
 * is streamed with read() into buffers the pipeline owns. Nothing loads a whole stream. */
#ifndef LS_SOURCE_H
#define LS_SOURCE_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>

#include "input/decompress.h"
#include "leakscope/leakscope.h"

typedef struct {
    int fd;
    bool own_fd;
    bool mapped;
    const char *map; /* mapped: the whole file */
    size_t size;     /* mapped: file size at open */
    /* compressed input (detected by magic bytes, never by name): decoded in a thread */
    ls_compression compression;
    ls_transcode transcode; /* UTF-16 text, delivered as UTF-8 by the decoder thread */
    ls_decoder *decoder;
    uint64_t file_size; /* a regular file's size (compressed size when compressed) */
    /* a stream's first bytes, read to look for a magic number, handed out first */
    unsigned char peek[LS_COMPRESSION_SNIFF_BYTES];
    size_t peek_len, peek_pos;
    /* the first decoded bytes, read to look for a UTF-16 byte-order mark, handed out first */
    unsigned char dpeek[4];
    size_t dpeek_len, dpeek_pos;
    int read_errno; /* a read error met (after some bytes, it is returned by the next read) */
    struct ls_source_hash *hash; /* evidence manifest: SHA-256 of the bytes as received */
} ls_source;

/* Open path ("-" = stdin). On error, msg says why in a sentence naming nothing but the
 * cause (the caller adds the path). */
ls_status ls_source_open(const char *path, ls_source *src, char *msg, size_t msgcap);
/* Wrap an open descriptor (not closed by ls_source_close). */
ls_status ls_source_from_fd(int fd, ls_source *src, char *msg, size_t msgcap);

/* Read up to n bytes, looping over short reads; returns the bytes read (< n at the end of
 * the input, or before a read error: the bytes read are handed out first, and the next call
 * returns -1 with errno set). A short read is not the end: read until 0. */
ssize_t ls_source_read(ls_source *src, char *buf, size_t n);

/* The errno of a read error met so far, 0 if none. */
int ls_source_failed(const ls_source *src);

/* After the end of a compressed input: LS_OK, or LS_ERR_TRUNCATED / LS_ERR_READ (corrupt,
 * or a read error under the decoder) with msg saying what the decoder met. */
ls_status ls_source_decoder_status(const ls_source *src, char *msg, size_t msgcap);

/* Current size of the mapped file (to explain a truncation), or -1. */
long long ls_source_current_size(const ls_source *src);

void ls_source_close(ls_source *src);

/* Hold (true) or let go on (false) the hashing of a mapped file's thread, at its next
 * 4 MiB step: the sniffer's scan of the whole file, which the workers wait for, then has
 * the cores to itself (the hashing's work is the same, done while the workers run). */
void ls_source_hold_hashing(const ls_source *src, bool hold);

/* Evidence manifest: the SHA-256 of the input's bytes as received — a mapped file's
 * mapping (hashed in a thread of its own while the workers run), a stream's bytes as read,
 * a compressed input's raw bytes (hashed by the decoder thread). Call once, after the
 * analysis of the source: bytes the analysis did not consume (it stopped early) are read
 * to the end of the input and hashed, never read twice. */
typedef struct {
    char sha256[65];        /* hex; "" when no digest could be computed */
    uint64_t bytes;         /* bytes the digest covers */
    bool complete;          /* ... which are the whole input (no read error, no shrinking) */
    uint64_t decoded_bytes; /* bytes after decompression / transcoding (0: not decoded) */
} ls_source_digest;
void ls_source_take_digest(ls_source *src, ls_source_digest *out);

#endif
