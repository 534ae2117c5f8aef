/* archive: see archive.h. libarchive walks the container; each member's bytes are pushed by
 * a feeder thread into one end of a socketpair while the caller reads the other end.
 *
 * Who touches what: the caller's thread drives libarchive (open, next header) except between
 * member_open and the join in member_close / next / free, when only the feeder does
 * (archive_read_data_block). The feeder owns `feed_fd` only to send and to shut down its
 * write side; the joining thread closes it, so an fd number is never closed twice or reused
 * under a concurrent shutdown(). Results travel from the feeder to the joiner through the
 * join itself (pthread_join is a full barrier). */
#include "input/archive.h"

#include <archive.h>
#include <archive_entry.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <locale.h>
#include <poll.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include "common/thread.h"
#include "sniff/encoding.h"

/* The container is read in chunks of this size (as the decoders do). */
#define IN_BYTES ((size_t)1 << 20)
/* Socket buffers asked for (the kernel caps them at net.core.wmem_max / rmem_max): large
 * buffers let the feeder run a few blocks ahead of the reader. */
#define SOCK_BYTES (1 << 20)
/* Bytes read through a reader to sniff a 7z signature (its magic is 6 bytes). */
#define HEAD_BYTES 64

struct ls_archive {
    struct archive *a;

    /* input: a descriptor (seekable, or a pipe polled beside `wake`) or a read callback */
    int fd;
    bool own_fd;   /* a 7z spool file: closed by free() */
    bool seekable; /* lseek works: libarchive gets a seek callback */
    off_t base;    /* offset of the container's first byte in fd (seekable) */
    int64_t size;  /* container bytes when known (seekable), else -1 */
    bool poll_fd;  /* a pipe or socket: reads wait in poll() so free() can interrupt them */
    int wake[2];   /* self-pipe written by free() when poll_fd */
    ls_archive_read_fn read;
    void *ctx;
    unsigned char *prefix; /* bytes read before libarchive took over, delivered first */
    size_t prefix_len, prefix_pos;
    unsigned char *in;  /* IN_BYTES read buffer handed to libarchive */
    bool in_eof;        /* a stream said 0: do not ask it again */
    bool read_failed;   /* the read callback failed (errno-style error, not damage) */
    char read_err[160]; /* and why: a filter may replace libarchive's error with its own */
    bool at_eof;        /* the last read hit the end of the input (cleared by a seek) */
    _Atomic uint64_t bytes_in;
    atomic_bool stop; /* free(): reads give up */

    /* walk (caller thread) */
    int end;                 /* 0: walking; 1: clean end seen; -1: damaged header seen */
    char end_msg[512];       /* why the walk ended (end == -1) */
    unsigned long long seen; /* members returned so far */
    char *path;
    size_t path_cap;
    bool have_entry; /* the last next() returned a member */
    bool opened;     /* its data was handed to member_open (once per member) */
    bool encrypted;
    int64_t entry_size;
    const char *format_name, *filter_name;

    /* feeder: results are written by the thread and read after the join */
    pthread_t thread;
    bool running; /* started and not joined */
    int feed_fd;
    ls_status result;
    char result_msg[320];
    uint64_t delivered;
};

/* ---- small helpers ------------------------------------------------------------------------- */

/* printf into a caller's message buffer, which may be NULL or empty. */
static void put_msg(char *msg, size_t cap, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static void put_msg(char *msg, size_t cap, const char *fmt, ...)
{
    if (!msg || cap == 0) return;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, cap, fmt, ap);
    va_end(ap);
}

/* libarchive's last error sentence, never NULL. */
static const char *la_error(struct archive *a)
{
    const char *s = a ? archive_error_string(a) : NULL;
    return s && *s ? s : "unknown error";
}

/* Make a message one line: libarchive's sentences may end in "\n" (and a member name may
 * hold control characters); each run of them and of spaces becomes one space. */
static void one_line(char *s)
{
    char *o = s;
    for (const char *p = s; *p; p++) {
        bool blank = (unsigned char)*p < 0x20 || *p == 0x7F || *p == ' ';
        if (blank && o > s && o[-1] == ' ') continue;
        *o++ = blank ? ' ' : *p;
    }
    while (o > s && o[-1] == ' ')
        o--;
    *o = '\0';
}

/* Short container name for messages, from libarchive's format code once it has chosen. */
static const char *kind_name(const ls_archive *ar)
{
    if (!ar->a) return "archive";
    switch (archive_format(ar->a) & ARCHIVE_FORMAT_BASE_MASK) {
    case ARCHIVE_FORMAT_ZIP:
        return "zip";
    case ARCHIVE_FORMAT_7ZIP:
        return "7z";
    case ARCHIVE_FORMAT_TAR:
        return "tar";
    default:
        return "archive";
    }
}

/* Does libarchive's sentence say the input ended early? Its readers phrase it as
 * "Truncated ...", "Premature end of ..." or "unexpected end/EOF". */
static bool says_truncated(const char *s)
{
    static const char *const words[] = {"truncated", "premature", "unexpected end",
                                        "unexpected eof"};
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
        if (strcasestr(s, words[i])) return true;
    return false;
}

/* ---- names in UTF-8 ------------------------------------------------------------------------ */

/* libarchive converts member names to and from "the current locale" (nl_langinfo), which in a
 * program that never called setlocale() is ASCII: a UTF-8 zip name, or any 7z name beyond
 * ASCII, then fails to convert and comes back empty. So every libarchive call runs with the
 * calling thread's locale set to C.UTF-8 (uselocale: this thread only, restored after; the
 * process locale is never touched). */
static locale_t utf8_locale;
static pthread_once_t utf8_once = PTHREAD_ONCE_INIT;

/* Once per process: the UTF-8 locale object (NULL when the system has none: names then
 * come out as libarchive converts them in the "C" locale). */
static void utf8_init(void)
{
    utf8_locale = newlocale(LC_CTYPE_MASK, "C.UTF-8", (locale_t)0);
    if (!utf8_locale) utf8_locale = newlocale(LC_CTYPE_MASK, "en_US.UTF-8", (locale_t)0);
}

/* Enter the UTF-8 locale; returns what to restore with leave_utf8() (0: nothing). */
static locale_t enter_utf8(void)
{
    pthread_once(&utf8_once, utf8_init);
    return utf8_locale ? uselocale(utf8_locale) : (locale_t)0;
}

/* Back to the thread's previous locale. */
static void leave_utf8(locale_t old)
{
    if (old) uselocale(old);
}

/* Length of the valid UTF-8 sequence at p (1-4), or 0 when p does not start one. */
static size_t utf8_seq(const unsigned char *p)
{
    if (p[0] < 0x80) return 1;
    size_t n;
    unsigned cp;
    if (p[0] >= 0xC2 && p[0] <= 0xDF) {
        n = 2;
        cp = p[0] & 0x1F;
    } else if (p[0] >= 0xE0 && p[0] <= 0xEF) {
        n = 3;
        cp = p[0] & 0x0F;
    } else if (p[0] >= 0xF0 && p[0] <= 0xF4) {
        n = 4;
        cp = p[0] & 0x07;
    } else {
        return 0;
    }
    for (size_t i = 1; i < n; i++) {
        if ((p[i] & 0xC0) != 0x80) return 0;
        cp = cp << 6 | (p[i] & 0x3F);
    }
    if ((n == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) ||
        (n == 4 && (cp < 0x10000 || cp > 0x10FFFF)))
        return 0;
    return n;
}

/* Code page 437, 0x80-0xFF: what a zip name without the UTF-8 flag is by the zip
 * specification (and Windows' own zip folders write the OEM code page, which for Western
 * European letters agrees with it). */
static const unsigned short cp437_high[128] = {
    0x00C7, 0x00FC, 0x00E9, 0x00E2, 0x00E4, 0x00E0, 0x00E5, 0x00E7, 0x00EA, 0x00EB, 0x00E8, 0x00EF,
    0x00EE, 0x00EC, 0x00C4, 0x00C5, 0x00C9, 0x00E6, 0x00C6, 0x00F4, 0x00F6, 0x00F2, 0x00FB, 0x00F9,
    0x00FF, 0x00D6, 0x00DC, 0x00A2, 0x00A3, 0x00A5, 0x20A7, 0x0192, 0x00E1, 0x00ED, 0x00F3, 0x00FA,
    0x00F1, 0x00D1, 0x00AA, 0x00BA, 0x00BF, 0x2310, 0x00AC, 0x00BD, 0x00BC, 0x00A1, 0x00AB, 0x00BB,
    0x2591, 0x2592, 0x2593, 0x2502, 0x2524, 0x2561, 0x2562, 0x2556, 0x2555, 0x2563, 0x2551, 0x2557,
    0x255D, 0x255C, 0x255B, 0x2510, 0x2514, 0x2534, 0x252C, 0x251C, 0x2500, 0x253C, 0x255E, 0x255F,
    0x255A, 0x2554, 0x2569, 0x2566, 0x2560, 0x2550, 0x256C, 0x2567, 0x2568, 0x2564, 0x2565, 0x2559,
    0x2558, 0x2552, 0x2553, 0x256B, 0x256A, 0x2518, 0x250C, 0x2588, 0x2584, 0x258C, 0x2590, 0x2580,
    0x03B1, 0x00DF, 0x0393, 0x03C0, 0x03A3, 0x03C3, 0x00B5, 0x03C4, 0x03A6, 0x0398, 0x03A9, 0x03B4,
    0x221E, 0x03C6, 0x03B5, 0x2229, 0x2261, 0x00B1, 0x2265, 0x2264, 0x2320, 0x2321, 0x00F7, 0x2248,
    0x00B0, 0x2219, 0x00B7, 0x221A, 0x207F, 0x00B2, 0x25A0, 0x00A0};

/* ---- sniffing ------------------------------------------------------------------------------ */

/* A tar numeric field: leading spaces, octal digits, then only spaces or NULs to the field's
 * end. -1 when the field is not such a number. */
static long long tar_octal(const unsigned char *p, size_t n)
{
    size_t i = 0;
    while (i < n && p[i] == ' ')
        i++;
    long long v = 0;
    size_t digits = 0;
    for (; i < n && p[i] >= '0' && p[i] <= '7'; i++, digits++)
        v = v * 8 + (p[i] - '0');
    if (digits == 0) return -1;
    for (; i < n; i++)
        if (p[i] != ' ' && p[i] != '\0') return -1;
    return v;
}

/* A pre-POSIX (v7) tar header: a name, and a checksum field that matches the block (summed
 * with the field as spaces; old tars summed signed bytes, so either sum is accepted). */
static bool tar_v7_header(const unsigned char *h)
{
    if (h[0] == '\0') return false;
    long long want = tar_octal(h + 148, 8);
    if (want < 0) return false;
    long long u = 0, s = 0;
    for (size_t i = 0; i < 512; i++) {
        unsigned char c = (i >= 148 && i < 156) ? ' ' : h[i];
        u += c;
        s += (signed char)c;
    }
    if (want != u && want != s) return false;
    /* the size and mtime fields are numbers too (a text block that happens to sum right
     * would not have them) */
    return tar_octal(h + 124, 12) >= 0 && tar_octal(h + 136, 12) >= 0;
}

/* Container kind from magic bytes only (archive.h lists them). */
ls_container ls_container_sniff(const unsigned char *head, size_t n)
{
    if (!head) return LS_CONTAINER_NONE;
    if (n >= 4 && head[0] == 'P' && head[1] == 'K' &&
        ((head[2] == 3 && head[3] == 4) || (head[2] == 5 && head[3] == 6) ||
         (head[2] == 7 && head[3] == 8)))
        return LS_CONTAINER_ZIP;
    if (n >= 6 && memcmp(head, "7z\xBC\xAF\x27\x1C", 6) == 0) return LS_CONTAINER_7Z;
    /* POSIX "ustar\0" or GNU "ustar  \0": the NUL keeps out text that says "mustard"
     * at offset 256 */
    if (n >= 265 && memcmp(head + 257, "ustar", 5) == 0 &&
        (head[262] == '\0' || memcmp(head + 262, "  \0", 3) == 0))
        return LS_CONTAINER_TAR;
    if (n >= 512 && tar_v7_header(head)) return LS_CONTAINER_TAR;
    return LS_CONTAINER_NONE;
}

/* Stable lower-case names. */
const char *ls_container_name(ls_container c)
{
    switch (c) {
    case LS_CONTAINER_ZIP:
        return "zip";
    case LS_CONTAINER_7Z:
        return "7z";
    case LS_CONTAINER_TAR:
        return "tar";
    default:
        return "none";
    }
}

/* ---- libarchive callbacks (caller thread, or the feeder while it runs) --------------------- */

/* Wait until fd is readable or free() wrote to the wake pipe. false = stop. */
static bool wait_readable(ls_archive *ar)
{
    for (;;) {
        struct pollfd p[2] = {{.fd = ar->fd, .events = POLLIN},
                              {.fd = ar->wake[0], .events = POLLIN}};
        int r = poll(p, 2, -1);
        if (r < 0 && errno == EINTR) continue;
        if (atomic_load(&ar->stop) || (r > 0 && p[1].revents)) return false;
        return true; /* readable, hung up, or an error that read() will report */
    }
}

/* One read from the source into ar->in: the descriptor (EINTR/EAGAIN retried) or the
 * caller's read function (EINTR retried). Returns as read(2). */
static ssize_t source_read(ls_archive *ar)
{
    for (;;) {
        if (atomic_load(&ar->stop)) {
            errno = ECANCELED;
            return -1;
        }
        ssize_t r;
        if (ar->read) {
            r = ar->read(ar->ctx, (char *)ar->in, IN_BYTES);
            if (r < 0 && errno == EINTR) continue;
            return r;
        }
        if (ar->poll_fd && !wait_readable(ar)) {
            errno = ECANCELED;
            return -1;
        }
        r = read(ar->fd, ar->in, IN_BYTES);
        if (r < 0 && (errno == EINTR || errno == EAGAIN || errno == EWOULDBLOCK)) continue;
        return r;
    }
}

/* libarchive's read callback: the prefix first, then the source. A failure is set as the
 * archive's error (libarchive keeps it) and remembered as a read error, not damage. */
static la_ssize_t cb_read(struct archive *a, void *data, const void **buf)
{
    ls_archive *ar = data;
    if (ar->prefix_pos < ar->prefix_len) {
        size_t n = ar->prefix_len - ar->prefix_pos;
        *buf = ar->prefix + ar->prefix_pos;
        ar->prefix_pos = ar->prefix_len;
        atomic_fetch_add_explicit(&ar->bytes_in, n, memory_order_relaxed);
        return (la_ssize_t)n;
    }
    if (ar->in_eof) {
        ar->at_eof = true;
        return 0;
    }
    ssize_t r = source_read(ar);
    if (r < 0) {
        int e = errno;
        ar->read_failed = true;
        snprintf(ar->read_err, sizeof ar->read_err, "read error after %llu bytes: %s",
                 (unsigned long long)atomic_load(&ar->bytes_in),
                 e == ECANCELED ? "stopped" : strerror(e));
        archive_set_error(a, e, "%s", ar->read_err);
        return -1;
    }
    if (r == 0) {
        if (!ar->seekable) ar->in_eof = true;
        ar->at_eof = true;
        return 0;
    }
    if ((size_t)r > IN_BYTES) r = (ssize_t)IN_BYTES; /* a read function that overstates */
    atomic_fetch_add_explicit(&ar->bytes_in, (uint64_t)r, memory_order_relaxed);
    *buf = ar->in;
    return r;
}

/* libarchive's seek callback (seekable descriptors only), relative to the container's start. */
static la_int64_t cb_seek(struct archive *a, void *data, la_int64_t off, int whence)
{
    ls_archive *ar = data;
    ar->at_eof = false;
    off_t r;
    if (whence == SEEK_SET) {
        if (off < 0 || off > (la_int64_t)(INT64_MAX - ar->base)) {
            archive_set_error(a, EINVAL, "seek outside the file");
            return ARCHIVE_FATAL;
        }
        r = lseek(ar->fd, ar->base + (off_t)off, SEEK_SET);
    } else {
        r = lseek(ar->fd, (off_t)off, whence);
    }
    if (r < 0 || r < ar->base) {
        archive_set_error(a, r < 0 ? errno : EINVAL, "seek failed");
        return ARCHIVE_FATAL;
    }
    return (la_int64_t)(r - ar->base);
}

/* ---- opening ------------------------------------------------------------------------------- */

/* An empty archive object: every descriptor -1. */
static ls_archive *archive_alloc(void)
{
    ls_archive *ar = calloc(1, sizeof *ar);
    if (!ar) return NULL;
    ar->fd = ar->wake[0] = ar->wake[1] = ar->feed_fd = -1;
    ar->size = -1;
    atomic_init(&ar->bytes_in, 0);
    atomic_init(&ar->stop, false);
    ar->in = malloc(IN_BYTES);
    if (!ar->in) {
        free(ar);
        return NULL;
    }
    return ar;
}

/* Register the formats and filters we accept: real containers only. No "raw" or "empty"
 * format (they would make any file an archive), no cpio/ar/iso/rar; filters only where
 * libarchive was built with the library, so it never forks an external program. */
static void support_formats(struct archive *a, bool seekable)
{
    if (seekable)
        archive_read_support_format_zip(a); /* central directory, else streaming (damage) */
    else
        archive_read_support_format_zip_streamable(a);
    archive_read_support_format_7zip(a);
    archive_read_support_format_tar(a); /* ustar, pax, GNU, v7 */
    if (archive_zlib_version()) archive_read_support_filter_gzip(a);
    if (archive_bzlib_version()) archive_read_support_filter_bzip2(a);
    if (archive_liblzma_version()) archive_read_support_filter_xz(a);
    if (archive_libzstd_version()) archive_read_support_filter_zstd(a);
    if (archive_liblz4_version()) archive_read_support_filter_lz4(a);
}

/* Hand the configured source to libarchive and let it recognise the container. */
static ls_status start_utf8(ls_archive *ar, char *msg, size_t cap)
{
    ar->a = archive_read_new();
    if (!ar->a) return LS_ERR_NOMEM;
    support_formats(ar->a, ar->seekable);
    archive_read_set_callback_data(ar->a, ar);
    archive_read_set_read_callback(ar->a, cb_read);
    if (ar->seekable) archive_read_set_seek_callback(ar->a, cb_seek);
    if (archive_read_open1(ar->a) != ARCHIVE_OK) {
        if (ar->read_failed) {
            put_msg(msg, cap, "archive: %s", ar->read_err);
            return LS_ERR_READ;
        }
        if (atomic_load(&ar->bytes_in) == 0) {
            put_msg(msg, cap, "archive: the input is empty");
            return LS_ERR_EMPTY;
        }
        if (archive_errno(ar->a) == ENOMEM) {
            put_msg(msg, cap, "archive: out of memory");
            return LS_ERR_NOMEM;
        }
        put_msg(msg, cap, "archive: not a zip, 7z or tar container (%s)", la_error(ar->a));
        if (msg && cap) one_line(msg);
        return LS_ERR_OPEN;
    }
    ar->format_name = archive_format_name(ar->a);
    ar->filter_name = archive_filter_name(ar->a, 0);
    return LS_OK;
}

/* start_utf8() with the thread in the UTF-8 locale (libarchive caches the charset it sees
 * first per archive). */
static ls_status start(ls_archive *ar, char *msg, size_t cap)
{
    locale_t old = enter_utf8();
    ls_status st = start_utf8(ar, msg, cap);
    leave_utf8(old);
    return st;
}

/* The common end of the open functions: *out on success, everything freed on failure. */
static ls_status finish_open(ls_archive *ar, ls_status st, ls_archive **out)
{
    if (st != LS_OK) {
        ls_archive_free(ar);
        return st;
    }
    *out = ar;
    return LS_OK;
}

/* A regular file or block device is read with a seek callback from its current offset; a
 * pipe is streamed (its first bytes are looked at first, to refuse a 7z with a clear
 * message instead of libarchive's failure to seek). */
ls_status ls_archive_open_fd(int fd, ls_archive **out, char *msg, size_t msgcap)
{
    if (msg && msgcap) msg[0] = '\0';
    if (!out) return LS_ERR_INVALID_ARGUMENT;
    *out = NULL;
    if (fd < 0) return LS_ERR_INVALID_ARGUMENT;
    struct stat st;
    if (fstat(fd, &st) != 0) {
        put_msg(msg, msgcap, "archive: %s", strerror(errno));
        return LS_ERR_OPEN;
    }
    if (S_ISDIR(st.st_mode)) {
        put_msg(msg, msgcap, "archive: the input is a directory");
        return LS_ERR_IS_DIRECTORY;
    }
    ls_archive *ar = archive_alloc();
    if (!ar) return LS_ERR_NOMEM;
    ar->fd = fd;
    off_t pos = lseek(fd, 0, SEEK_CUR);
    if (pos >= 0 && (S_ISREG(st.st_mode) || S_ISBLK(st.st_mode))) {
        ar->seekable = true;
        ar->base = pos;
        if (S_ISREG(st.st_mode)) ar->size = st.st_size > pos ? (int64_t)(st.st_size - pos) : 0;
        return finish_open(ar, start(ar, msg, msgcap), out);
    }

    /* A pipe or socket: stream it, polling beside a wake pipe so free() can interrupt a
     * read. Look at the first bytes first: a 7z needs its end before its start. */
    ar->poll_fd = true;
    if (pipe(ar->wake) != 0) {
        ar->wake[0] = ar->wake[1] = -1;
        put_msg(msg, msgcap, "archive: %s", strerror(errno));
        return finish_open(ar, LS_ERR_OPEN, out);
    }
    ar->prefix = malloc(HEAD_BYTES);
    if (!ar->prefix) return finish_open(ar, LS_ERR_NOMEM, out);
    while (ar->prefix_len < 6) {
        if (!wait_readable(ar)) break;
        ssize_t r = read(fd, ar->prefix + ar->prefix_len, HEAD_BYTES - ar->prefix_len);
        if (r < 0 && (errno == EINTR || errno == EAGAIN || errno == EWOULDBLOCK)) continue;
        if (r < 0) {
            put_msg(msg, msgcap, "archive: read error: %s", strerror(errno));
            return finish_open(ar, LS_ERR_READ, out);
        }
        if (r == 0) break;
        ar->prefix_len += (size_t)r;
    }
    if (ls_container_sniff(ar->prefix, ar->prefix_len) == LS_CONTAINER_7Z) {
        put_msg(msg, msgcap,
                "7z: cannot be read from a pipe (its directory is at the end); "
                "read it from a file");
        return finish_open(ar, LS_ERR_OPEN, out);
    }
    return finish_open(ar, start(ar, msg, msgcap), out);
}

/* write(2) all of n bytes (EINTR retried). */
static bool write_all(int fd, const unsigned char *p, size_t n)
{
    while (n > 0) {
        ssize_t w = write(fd, p, n);
        if (w < 0 && errno == EINTR) continue;
        if (w <= 0) return false;
        p += w;
        n -= (size_t)w;
    }
    return true;
}

/* Copy a streamed 7z (head already in ar->prefix, the rest from the reader) into an unlinked
 * temporary file and make that the seekable source. */
static ls_status spool_7z(ls_archive *ar, char *msg, size_t cap)
{
    const char *dir = getenv("TMPDIR");
    if (!dir || !*dir) dir = "/tmp";
    char path[PATH_MAX];
    if (snprintf(path, sizeof path, "%s/leakscope-7z-XXXXXX", dir) >= (int)sizeof path) {
        put_msg(msg, cap, "7z: temporary directory path too long");
        return LS_ERR_OPEN;
    }
    int fd = mkostemp(path, O_CLOEXEC);
    if (fd < 0) {
        put_msg(msg, cap, "7z: cannot create a spool file in %s: %s", dir, strerror(errno));
        return LS_ERR_OPEN;
    }
    unlink(path);
    (void)fchmod(fd, 0600);
    ar->fd = fd;
    ar->own_fd = true;
    uint64_t total = ar->prefix_len;
    if (!write_all(fd, ar->prefix, ar->prefix_len)) goto write_error;
    for (;;) {
        ssize_t r = source_read(ar);
        if (r < 0) {
            put_msg(msg, cap, "7z: read error after %llu bytes: %s", (unsigned long long)total,
                    strerror(errno));
            return LS_ERR_READ;
        }
        if (r == 0) break;
        if ((size_t)r > IN_BYTES) r = (ssize_t)IN_BYTES;
        if (!write_all(fd, ar->in, (size_t)r)) goto write_error;
        total += (uint64_t)r;
    }
    if (lseek(fd, 0, SEEK_SET) != 0) goto write_error;
    ar->read = NULL;
    ar->ctx = NULL;
    ar->prefix_len = ar->prefix_pos = 0;
    ar->seekable = true;
    ar->base = 0;
    ar->size = (int64_t)total;
    return start(ar, msg, cap);

write_error:
    put_msg(msg, cap, "7z: cannot spool to %s after %llu bytes: %s", dir, (unsigned long long)total,
            strerror(errno));
    return LS_ERR_OPEN;
}

/* Streamed through the caller's function, the prefix first; at least 6 bytes are gathered
 * to tell a 7z, which is spooled to a temporary file (it cannot be streamed). */
ls_status ls_archive_open_reader(ls_archive_read_fn read, void *ctx, const void *prefix,
                                 size_t prefix_len, ls_archive **out, char *msg, size_t msgcap)
{
    if (msg && msgcap) msg[0] = '\0';
    if (!out) return LS_ERR_INVALID_ARGUMENT;
    *out = NULL;
    if (!read || (prefix_len > 0 && !prefix)) return LS_ERR_INVALID_ARGUMENT;
    ls_archive *ar = archive_alloc();
    if (!ar) return LS_ERR_NOMEM;
    ar->read = read;
    ar->ctx = ctx;
    size_t cap = prefix_len > HEAD_BYTES ? prefix_len : HEAD_BYTES;
    ar->prefix = malloc(cap);
    if (!ar->prefix) return finish_open(ar, LS_ERR_NOMEM, out);
    if (prefix_len) memcpy(ar->prefix, prefix, prefix_len);
    ar->prefix_len = prefix_len;
    /* enough bytes to tell a 7z, which must be spooled */
    while (ar->prefix_len < 6) {
        ssize_t r = read(ctx, (char *)ar->prefix + ar->prefix_len, cap - ar->prefix_len);
        if (r < 0 && errno == EINTR) continue;
        if (r < 0) {
            put_msg(msg, msgcap, "archive: read error: %s", strerror(errno));
            return finish_open(ar, LS_ERR_READ, out);
        }
        if (r == 0) {
            ar->in_eof = true;
            break;
        }
        if ((size_t)r > cap - ar->prefix_len) r = (ssize_t)(cap - ar->prefix_len);
        ar->prefix_len += (size_t)r;
    }
    if (ls_container_sniff(ar->prefix, ar->prefix_len) == LS_CONTAINER_7Z)
        return finish_open(ar, spool_7z(ar, msg, msgcap), out);
    return finish_open(ar, start(ar, msg, msgcap), out);
}

/* ---- feeder thread ------------------------------------------------------------------------- */

/* Send all of n bytes to the reader. 1 = sent; 0 = the reader is gone (closed its end, or
 * next/free shut ours down): stop quietly; -1 = another socket error (errno). */
static int send_all(ls_archive *ar, const void *p, size_t n)
{
    const char *c = p;
    while (n > 0) {
        ssize_t w = send(ar->feed_fd, c, n, MSG_NOSIGNAL);
        if (w < 0 && errno == EINTR) continue;
        if (w < 0 && (errno == EPIPE || errno == ECONNRESET)) return 0;
        if (w <= 0) return -1;
        c += w;
        n -= (size_t)w;
        ar->delivered += (uint64_t)w;
    }
    return 1;
}

/* Deliver zeros up to member offset `to` (a hole of a sparse tar member). */
static int send_zeros(ls_archive *ar, uint64_t to)
{
    static const char zeros[64 << 10];
    while (ar->delivered < to) {
        uint64_t k = to - ar->delivered;
        int r = send_all(ar, zeros, k < sizeof zeros ? (size_t)k : sizeof zeros);
        if (r <= 0) return r;
    }
    return 1;
}

/* Record why delivery stopped, as "zip: member users.csv: <why> after N bytes". */
static void feed_fail(ls_archive *ar, ls_status st, const char *why)
{
    ar->result = st;
    snprintf(ar->result_msg, sizeof ar->result_msg, "%s: member %s: %s after %llu bytes",
             kind_name(ar), ar->path ? ar->path : "", why, (unsigned long long)ar->delivered);
    one_line(ar->result_msg);
}

/* A libarchive data error: a truncation when libarchive says the input ended early, or
 * when it had read to the end of the input (a complete member is always followed by more:
 * a zip's central directory, a tar's end blocks; zlib then only says "buffer error");
 * otherwise damage (LS_ERR_READ), as is a failure of our own read callback. */
static void feed_archive_error(ls_archive *ar)
{
    const char *why = ar->read_failed ? ar->read_err : la_error(ar->a);
    if (ar->read_failed || (!says_truncated(why) && !ar->at_eof)) {
        feed_fail(ar, LS_ERR_READ, why);
    } else if (says_truncated(why)) {
        feed_fail(ar, LS_ERR_TRUNCATED, why);
    } else {
        char s[200];
        snprintf(s, sizeof s, "the input ends inside the data (%s)", why);
        feed_fail(ar, LS_ERR_TRUNCATED, s);
    }
}

/* The feeder: the member's data blocks, in order, into the socket; holes of sparse members
 * as zeros; then end of file (shutdown of our write side). Stops at the first error, or
 * quietly when the reader goes away. */
static void *feeder_main(void *arg)
{
    ls_archive *ar = arg;
    enter_utf8(); /* this thread's own locale, for as long as it lives */
    if (ar->encrypted) {
        feed_fail(ar, LS_ERR_READ, "encrypted");
        goto out;
    }
    for (;;) {
        const void *buf = NULL;
        size_t size = 0;
        la_int64_t off = 0;
        int r = archive_read_data_block(ar->a, &buf, &size, &off);
        if (r == ARCHIVE_OK || r == ARCHIVE_WARN || r == ARCHIVE_EOF) {
            /* a block (or, at the end, the member's size) beyond what was sent: a hole of a
             * sparse tar member (which always has a size; without one, offsets are not
             * trusted to fill anything) */
            if (ar->entry_size >= 0 && off > 0 && (uint64_t)off > ar->delivered) {
                if (off > ar->entry_size) {
                    feed_fail(ar, LS_ERR_READ, "data offset beyond the member's size");
                    goto out;
                }
                int z = send_zeros(ar, (uint64_t)off);
                if (z == 0) goto out;
                if (z < 0) goto send_error;
            }
            if (size > 0 && buf && r != ARCHIVE_EOF) {
                int s = send_all(ar, buf, size);
                if (s == 0) goto out;
                if (s < 0) goto send_error;
            }
        }
        if (r == ARCHIVE_EOF) goto out;
        if (r == ARCHIVE_OK) continue;
        /* ARCHIVE_WARN here is a bad CRC or a wrong size at the member's end; FAILED and
         * FATAL are damage, unsupported compression or encryption, or a read error */
        feed_archive_error(ar);
        goto out;
    }
send_error:
    feed_fail(ar, LS_ERR_READ, strerror(errno));
out:
    shutdown(ar->feed_fd, SHUT_WR); /* end of file for the reader */
    return NULL;
}

/* Wait for a running feeder and close its end. `force`: shut the socket down first so a
 * feeder blocked in send() (the reader not reading) returns at once. */
static void join_feeder(ls_archive *ar, bool force)
{
    if (!ar->running) return;
    if (force) shutdown(ar->feed_fd, SHUT_RDWR);
    pthread_join(ar->thread, NULL);
    close(ar->feed_fd);
    ar->feed_fd = -1;
    ar->running = false;
}

/* ---- walking ------------------------------------------------------------------------------- */

/* Keep a copy of the member's path (libarchive's storage changes with the next header). */
static bool set_path(ls_archive *ar, struct archive_entry *e)
{
    const char *p = archive_entry_pathname_utf8(e);
    if (!p) p = archive_entry_pathname(e);
    if (!p) p = "";
    size_t n = strlen(p);
    /* the name as stored, when it is not UTF-8 (a zip without the UTF-8 flag, a tar
     * written in a legacy locale): each invalid byte read as CP437 (zip) or Latin-1 */
    if (3 * n + 1 > ar->path_cap) {
        size_t cap = 3 * n + 1;
        char *q = realloc(ar->path, cap);
        if (!q) return false;
        ar->path = q;
        ar->path_cap = cap;
    }
    bool zip = (archive_format(ar->a) & ARCHIVE_FORMAT_BASE_MASK) == ARCHIVE_FORMAT_ZIP;
    const unsigned char *u = (const unsigned char *)p;
    size_t o = 0;
    for (size_t i = 0; i < n;) {
        size_t k = utf8_seq(u + i);
        if (k > 0 && i + k <= n) {
            memcpy(ar->path + o, u + i, k);
            o += k;
            i += k;
        } else {
            o += ls_utf8_encode(zip ? cp437_high[u[i] - 0x80] : u[i], ar->path + o);
            i++;
        }
    }
    ar->path[o] = '\0';
    return true;
}

/* A 7z keeps its directory at the end, and libarchive gives no reason when it is missing:
 * read the signature header's "next header" offset and size and compare with the file. */
static bool seven_zip_cut(ls_archive *ar, unsigned long long *need)
{
    unsigned char h[32];
    if (!ar->seekable || ar->size < 0 || pread(ar->fd, h, sizeof h, ar->base) != (ssize_t)sizeof h)
        return false;
    if (memcmp(h, "7z\xBC\xAF\x27\x1C", 6) != 0) return false;
    unsigned long long off = 0, len = 0;
    for (int i = 7; i >= 0; i--) {
        off = off << 8 | h[12 + i];
        len = len << 8 | h[20 + i];
    }
    if (off > UINT64_MAX / 2 || len > UINT64_MAX / 2) return false;
    *need = 32 + off + len;
    return *need > (unsigned long long)ar->size;
}

/* Why a header could not be read, into ar->end_msg. libarchive's sentence when it has one;
 * else the damage the previous member's data reported (libarchive fails the skip over it
 * silently); else a 7z directory beyond the end of the file; else a generic sentence. */
static void header_failure(ls_archive *ar)
{
    const char *why = ar->a ? archive_error_string(ar->a) : NULL;
    unsigned long long need = 0;
    if (ar->read_failed) why = ar->read_err;
    if (why && *why)
        snprintf(ar->end_msg, sizeof ar->end_msg,
                 "%s: cannot read the header after %llu members: %s", kind_name(ar), ar->seen, why);
    else if (ar->result != LS_OK && ar->result_msg[0])
        snprintf(ar->end_msg, sizeof ar->end_msg, "%s (no member can be read after it)",
                 ar->result_msg);
    else if (seven_zip_cut(ar, &need))
        snprintf(ar->end_msg, sizeof ar->end_msg,
                 "7z: truncated: the directory ends at byte %llu but the archive has %lld bytes",
                 need, (long long)ar->size);
    else
        snprintf(ar->end_msg, sizeof ar->end_msg,
                 "%s: cannot read the header after %llu members: damaged archive", kind_name(ar),
                 ar->seen);
    one_line(ar->end_msg);
}

/* ls_archive_next, in the UTF-8 locale. */
static int next_utf8(ls_archive *ar, ls_archive_member *m, char *msg, size_t msgcap)
{
    if (msg && msgcap) msg[0] = '\0';
    if (!ar || !m) {
        put_msg(msg, msgcap, "archive: invalid argument");
        return -1;
    }
    memset(m, 0, sizeof *m);
    join_feeder(ar, true); /* the caller did not call member_close: stop the feeder */
    ar->have_entry = ar->opened = false;
    if (ar->end != 0) {
        if (ar->end < 0) put_msg(msg, msgcap, "%s", ar->end_msg);
        return ar->end > 0 ? 0 : -1;
    }
    struct archive_entry *e = NULL;
    int r = archive_read_next_header(ar->a, &e);
    if (r == ARCHIVE_EOF) {
        ar->end = 1;
        return 0;
    }
    if ((r != ARCHIVE_OK && r != ARCHIVE_WARN) || !e) {
        ar->end = -1;
        header_failure(ar);
        put_msg(msg, msgcap, "%s", ar->end_msg);
        return -1;
    }
    if (!set_path(ar, e)) {
        ar->end = -1;
        snprintf(ar->end_msg, sizeof ar->end_msg, "%s: out of memory", kind_name(ar));
        put_msg(msg, msgcap, "%s", ar->end_msg);
        return -1;
    }
    ar->seen++;
    ar->result = LS_OK; /* the failure of an earlier member no longer explains anything */
    ar->result_msg[0] = '\0';
    ar->format_name = archive_format_name(ar->a);
    ar->filter_name = archive_filter_name(ar->a, 0);
    ar->entry_size = archive_entry_size_is_set(e) ? archive_entry_size(e) : -1;
    ar->encrypted = archive_entry_is_data_encrypted(e) != 0;
    ar->have_entry = true;
    /* a hard link entry of a tar has no data of its own (it names an earlier member) */
    bool hardlink = archive_entry_hardlink(e) != NULL && ar->entry_size <= 0;
    m->path = ar->path;
    m->size = ar->entry_size;
    m->regular = archive_entry_filetype(e) == AE_IFREG && !hardlink;
    m->encrypted = ar->encrypted;
    return 1;
}

/* next_utf8() with the thread in the UTF-8 locale, so names convert (see archive.h). */
int ls_archive_next(ls_archive *ar, ls_archive_member *m, char *msg, size_t msgcap)
{
    locale_t old = enter_utf8();
    int r = next_utf8(ar, m, msg, msgcap);
    leave_utf8(old);
    return r;
}

/* A socketpair (a pipe-like stream the pipeline reads as any fd) and a feeder thread that
 * fills it; large socket buffers so the feeder runs ahead of the reader. */
ls_status ls_archive_member_open(ls_archive *ar, int *fd)
{
    if (!ar || !fd) return LS_ERR_INVALID_ARGUMENT;
    *fd = -1;
    if (!ar->have_entry || ar->opened) return LS_ERR_INVALID_ARGUMENT;
    int sv[2];
    if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv) != 0)
        return errno == ENOMEM || errno == ENOBUFS ? LS_ERR_NOMEM : LS_ERR_THREAD;
    int big = SOCK_BYTES;
    (void)setsockopt(sv[1], SOL_SOCKET, SO_SNDBUF, &big, sizeof big);
    (void)setsockopt(sv[0], SOL_SOCKET, SO_RCVBUF, &big, sizeof big);
    ar->feed_fd = sv[1];
    ar->result = LS_OK;
    ar->result_msg[0] = '\0';
    ar->delivered = 0;

    /* the feeder takes no asynchronous signals: they belong to the application's threads */
    int e = ls_thread_start(&ar->thread, feeder_main, ar);
    if (e != 0) {
        close(sv[0]);
        close(sv[1]);
        ar->feed_fd = -1;
        return e == ENOMEM ? LS_ERR_NOMEM : LS_ERR_THREAD;
    }
    ar->running = true;
    ar->opened = true;
    *fd = sv[0];
    return LS_OK;
}

/* Join the feeder (it ends by itself: end of data, damage, or EPIPE once the reader closed)
 * and report what it recorded. */
ls_status ls_archive_member_close(ls_archive *ar, char *msg, size_t msgcap)
{
    if (msg && msgcap) msg[0] = '\0';
    if (!ar || !ar->opened) {
        put_msg(msg, msgcap, "archive: no member is open");
        return LS_ERR_INVALID_ARGUMENT;
    }
    join_feeder(ar, false);
    if (ar->result != LS_OK) put_msg(msg, msgcap, "%s", ar->result_msg);
    return ar->result;
}

/* ---- accessors ----------------------------------------------------------------------------- */

/* Bytes read from the container (atomic: the progress display reads it from its thread). */
uint64_t ls_archive_bytes_in(const ls_archive *ar)
{
    if (!ar) return 0;
    uint64_t n = atomic_load_explicit(&((ls_archive *)ar)->bytes_in, memory_order_relaxed);
    /* a seekable zip or 7z reads its directory at the end first: never report more than
     * the container holds */
    if (ar->size >= 0 && n > (uint64_t)ar->size) n = (uint64_t)ar->size;
    return n;
}

/* libarchive's name for the format of the last header read (cached by the caller thread,
 * so reading it while a feeder runs is safe). */
const char *ls_archive_format_name(const ls_archive *ar)
{
    if (!ar) return "none";
    if (ar->format_name) return ar->format_name;
    return kind_name(ar);
}

/* The outermost filter libarchive applied ("gzip", "zstd"; "none"). */
const char *ls_archive_filter_name(const ls_archive *ar)
{
    if (!ar || !ar->filter_name) return "none";
    return ar->filter_name;
}

/* Stop the feeder (the stop flag and the wake pipe end a blocked read of a pipe; the
 * socket shutdown ends a blocked send), then release libarchive, the spool file, buffers. */
void ls_archive_free(ls_archive *ar)
{
    if (!ar) return;
    atomic_store(&ar->stop, true);
    if (ar->wake[1] >= 0) (void)!write(ar->wake[1], "x", 1);
    join_feeder(ar, true);
    if (ar->a) archive_read_free(ar->a);
    if (ar->own_fd && ar->fd >= 0) close(ar->fd);
    if (ar->wake[0] >= 0) close(ar->wake[0]);
    if (ar->wake[1] >= 0) close(ar->wake[1]);
    free(ar->prefix);
    free(ar->in);
    free(ar->path);
    free(ar);
}
