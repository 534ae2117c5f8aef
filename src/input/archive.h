/* archive: containers — zip, 7z, tar (also tar inside gzip / zstd / xz / bzip2) — read
 * with libarchive, one member at a time.
 *
 * Each member's bytes are handed out as a readable descriptor: one end of a socketpair
 * that a thread of the archive fills from archive_read_data(). The pipeline then analyses
 * a member exactly like any stream — compressed members (users.csv.gz inside a zip) are
 * decompressed, UTF-16 is transcoded, a member that is itself an archive is opened again
 * with ls_archive_open_reader() — and memory stays bounded: nothing is extracted to disk
 * or held whole.
 *
 * Damage is never fatal: a member whose data stops early (truncated archive, bad CRC,
 * encrypted entry, unsupported compression) delivers the bytes read before the damage,
 * then end of file; ls_archive_member_close() says what happened. A header that cannot be
 * read ends the walk (ls_archive_next returns -1 with the reason).
 *
 * HowTo
 *     ls_archive *ar;
 *     if (ls_archive_open_fd(fd, &ar, msg, sizeof msg) != LS_OK) ...;
 *     ls_archive_member m;
 *     int r;
 *     while ((r = ls_archive_next(ar, &m, msg, sizeof msg)) == 1) {
 *         if (!m.regular) continue;                 // directories, links, devices
 *         int mfd;
 *         if (ls_archive_member_open(ar, &mfd) != LS_OK) ...;
 *         analyse_stream(mfd, m.path);              // reads to EOF (or stops early)
 *         close(mfd);
 *         ls_status s = ls_archive_member_close(ar, msg, sizeof msg);  // LS_OK or damage
 *     }
 *     if (r < 0) report(msg);                       // the rest of the archive is lost
 *     ls_archive_free(ar);
 *
 * Thread safety: one caller thread per ls_archive; the feeder thread only runs between
 * member_open and member_close. */
#ifndef LS_ARCHIVE_H
#define LS_ARCHIVE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#include "leakscope/leakscope.h"

typedef enum {
    LS_CONTAINER_NONE = 0,
    LS_CONTAINER_ZIP,
    LS_CONTAINER_7Z,
    LS_CONTAINER_TAR
} ls_container;

/* Bytes ls_container_sniff() wants to see (a tar header block). */
#define LS_CONTAINER_SNIFF_BYTES 512

/* Kind of container from the first bytes (never the name): zip "PK\3\4" (also an empty
 * zip "PK\5\6" and a spanned one "PK\7\8"), 7z "7z\xBC\xAF\x27\x1C", tar: "ustar" at
 * offset 257, or a pre-POSIX (v7) header whose checksum field matches its block. Anything
 * shorter than the magic it would need is LS_CONTAINER_NONE. */
ls_container ls_container_sniff(const unsigned char *head, size_t n);
const char *ls_container_name(ls_container c); /* "zip", "7z", "tar", "none" */

typedef struct ls_archive ls_archive;

/* Open a container from a descriptor. Seeking is used when the descriptor allows it (zip
 * central directory, 7z headers); from a pipe, zip is read in streaming mode and 7z is an
 * error. The fd is not closed by the archive. */
ls_status ls_archive_open_fd(int fd, ls_archive **out, char *msg, size_t msgcap);

/* Open a container read through a callback (a decoder's output, a nested member, a
 * mapping). `prefix` bytes, already read by the caller to sniff, come first (copied).
 * read returns bytes read, 0 at the end, -1 on error (errno set). Streaming only (no seek):
 * a 7z read this way is spooled to an unlinked temporary file (mode 0600, in $TMPDIR or
 * /tmp) because 7z keeps its directory at the end. */
typedef ssize_t (*ls_archive_read_fn)(void *ctx, char *buf, size_t n);
ls_status ls_archive_open_reader(ls_archive_read_fn read, void *ctx, const void *prefix,
                                 size_t prefix_len, ls_archive **out, char *msg,
                                 size_t msgcap);

typedef struct {
    const char *path; /* member path inside the archive (UTF-8), owned by the archive,
                       * valid until the next ls_archive_next */
    int64_t size;     /* uncompressed size when the archive says it, else -1 */
    bool regular;     /* a regular file (else directory, link, device...: not data) */
    bool encrypted;   /* the archive says the data is encrypted */
} ls_archive_member;

/* Move to the next member: 1 with *m filled, 0 at the clean end, -1 when a header cannot
 * be read (damage; msg says what; the walk is over). The previous member's data, if not
 * opened or not read to the end, is skipped. */
int ls_archive_next(ls_archive *ar, ls_archive_member *m, char *msg, size_t msgcap);

/* Start delivering the current member's data: *fd is the read end (the caller closes it;
 * it may close it before EOF to stop early). LS_ERR_NOMEM / LS_ERR_THREAD on failure. */
ls_status ls_archive_member_open(ls_archive *ar, int *fd);

/* After the caller has closed the read end: wait for the feeder thread. LS_OK when the
 * whole member was delivered, or delivery stopped because the caller closed early;
 * LS_ERR_TRUNCATED (the archive ends inside the member) or LS_ERR_READ (corrupt data, bad
 * CRC, encrypted, unsupported) with msg naming the cause and the bytes delivered. */
ls_status ls_archive_member_close(ls_archive *ar, char *msg, size_t msgcap);

/* Bytes of the container consumed so far (for the report's compressed_bytes). */
uint64_t ls_archive_bytes_in(const ls_archive *ar);
/* Format libarchive recognised ("ZIP 2.0 (deflation)", "7-Zip", "POSIX ustar format"...),
 * and the filter ("gzip", "zstd", "none"); static or owned by the archive. */
const char *ls_archive_format_name(const ls_archive *ar);
const char *ls_archive_filter_name(const ls_archive *ar);

/* Accepts NULL. Stops a running feeder (closing its end) first. */
void ls_archive_free(ls_archive *ar);

#endif
