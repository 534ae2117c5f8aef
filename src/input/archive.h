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
 * member_open and member_close (or the next ls_archive_next / ls_archive_free, which stop
 * it when member_close was not called). The member descriptor may be read by any thread.
 * libarchive is called with the calling thread's locale switched to C.UTF-8 (uselocale,
 * restored before returning) so member names convert to UTF-8 in a program whose locale
 * is "C"; the process locale is never changed. */
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

/* Open a container from a descriptor, from its current offset. Seeking is used when the
 * descriptor allows it (zip central directory, 7z headers; a zip whose central directory is
 * missing, e.g. truncated, is read in streaming mode so its complete members still come
 * out); from a pipe, zip is read in streaming mode and 7z is an error. Formats: zip, 7z and
 * tar (ustar, pax, GNU, v7), the tar possibly inside gzip, bzip2, xz, zstd or lz4; nothing
 * else is an archive (no cpio, ar, iso, "raw"). The fd is not closed by the archive.
 * Errors: LS_ERR_OPEN (not such a container, or a pipe holding a 7z; msg has libarchive's
 * reason, e.g. "truncated gzip input" for a .tar.gz cut before its first 64 KiB), LS_ERR_EMPTY,
 * LS_ERR_IS_DIRECTORY, LS_ERR_READ (read error), LS_ERR_NOMEM, LS_ERR_INVALID_ARGUMENT. */
ls_status ls_archive_open_fd(int fd, ls_archive **out, char *msg, size_t msgcap);

/* Open a container read through a callback (a decoder's output, a nested member, a
 * mapping). `prefix` bytes, already read by the caller to sniff, come first (copied).
 * read returns bytes read, 0 at the end, -1 on error (errno set; EINTR is retried). It is
 * called from the caller's thread and, while a member is open, from the feeder thread
 * (never both at once); it must return eventually: ls_archive_free() cannot interrupt it.
 * Streaming only (no seek): zip in streaming mode; a 7z read this way is spooled to an
 * unlinked temporary file (mode 0600, in $TMPDIR or /tmp) because 7z keeps its directory
 * at the end. Disk use: the whole 7z (its compressed size) is read through `read` and
 * written there before this returns, and stays allocated until ls_archive_free(); a full
 * or unwritable $TMPDIR is LS_ERR_OPEN ("7z: cannot spool..."). Other errors as
 * ls_archive_open_fd(). */
typedef ssize_t (*ls_archive_read_fn)(void *ctx, char *buf, size_t n);
ls_status ls_archive_open_reader(ls_archive_read_fn read, void *ctx, const void *prefix,
                                 size_t prefix_len, ls_archive **out, char *msg, size_t msgcap);

typedef struct {
    const char *path; /* member path inside the archive (UTF-8), owned by the archive,
                       * valid until the next ls_archive_next. A name stored in a legacy
                       * code page (a zip without the UTF-8 flag, an old tar) has its
                       * non-UTF-8 bytes read as CP437 (zip) or Latin-1 (others) */
    int64_t size;     /* uncompressed size when the archive says it, else -1 */
    bool regular;     /* a regular file (else directory, link, device...: not data; a tar
                       * hard link without data of its own is not regular either) */
    bool encrypted;   /* the archive says the data is encrypted */
} ls_archive_member;

/* Move to the next member: 1 with *m filled, 0 at the clean end, -1 when a header cannot
 * be read (damage; msg says what; the walk is over; later calls return the same). The
 * previous member's data, if not opened or not read to the end, is skipped. Every entry is
 * returned (directories and links too: see `regular`). The caller should call
 * ls_archive_member_close() before this; if it did not, the feeder is shut down here
 * (shutdown() of its socket end, then joined): the old descriptor ends early and its
 * status is lost. */
int ls_archive_next(ls_archive *ar, ls_archive_member *m, char *msg, size_t msgcap);

/* Start delivering the current member's data: *fd is the read end of a socketpair (the
 * caller closes it; it may close it before EOF to stop early). It reads like a pipe: no
 * seeking, no mapping. Once per member; a non-regular entry delivers no bytes.
 * LS_ERR_NOMEM / LS_ERR_THREAD on failure (*fd = -1), LS_ERR_INVALID_ARGUMENT when there is
 * no current member or it was already opened. */
ls_status ls_archive_member_open(ls_archive *ar, int *fd);

/* After the caller has closed the read end: wait for the feeder thread. LS_OK when the
 * whole member was delivered, or delivery stopped because the caller closed early;
 * LS_ERR_TRUNCATED (the archive ends inside the member) or LS_ERR_READ (corrupt data, bad
 * CRC, encrypted, unsupported, a read error of the container) with msg naming the cause and
 * the bytes delivered: "zip: member users.csv: <reason> after 123456 bytes". Called while
 * the read end is still open, it waits until the member is read to its end (by another
 * thread) or the descriptor is closed. Calling it again returns the same status. */
ls_status ls_archive_member_close(ls_archive *ar, char *msg, size_t msgcap);

/* Bytes of the container consumed so far (for the report's compressed_bytes): bytes read
 * from it, never more than its size when that is known. May be called from any thread. */
uint64_t ls_archive_bytes_in(const ls_archive *ar);
/* Format libarchive recognised ("ZIP 2.0 (deflation)", "7-Zip", "POSIX ustar format"...;
 * per member for zip; "archive" before the first member), and the filter ("gzip", "zstd",
 * "none"); static or owned by the archive. */
const char *ls_archive_format_name(const ls_archive *ar);
const char *ls_archive_filter_name(const ls_archive *ar);

/* Accepts NULL. Stops a running feeder first (shutdown() of its socket end; a read of a
 * pipe given to ls_archive_open_fd is interrupted, a read callback is not). */
void ls_archive_free(ls_archive *ar);

#endif
