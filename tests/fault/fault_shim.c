/* fault_shim: an LD_PRELOAD library that makes one system call fail (or come up short) at a
 * chosen point, so the tests can check what leakscope does when the disk, the input or the
 * temporary directory lets it down (issue 12). Test-only: never linked into leakscope.
 *
 * Environment (read once, at the first intercepted call):
 *   LS_FAULT_CALL   read, pread, mmap, write, pwrite, open or opendir (pread covers pread64,
 *                   mmap mmap64, open open64/openat/openat64). Unset: the shim does nothing.
 *   LS_FAULT_PATH   only calls on this path prefix count: the path argument of open/opendir,
 *                   for the fd calls the file the fd is open on (/proc/self/fd: an unlinked
 *                   temporary file still matches its directory). Unset: every call counts.
 *   LS_FAULT_NTH    the Nth counted call (1-based, default 1) is the first to fail ...
 *   LS_FAULT_TIMES  ... and this many in a row fail (default 1; 0 = every one from then on).
 *   LS_FAULT_ERRNO  EIO (default), ENOSPC, EACCES, ENOMEM, EINTR, or a number.
 *   LS_FAULT_SHORT  set to 1: read/pread/write/pwrite do not fail but move half the bytes
 *                   (at least 1): a short count, which callers must handle by looping.
 *   LS_FAULT_LOG    a file to which one line is appended per injected fault, so a test can
 *                   check that the fault it asked for really happened.
 * Counting is atomic: with several threads "the Nth call" is the Nth to reach the shim. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <dirent.h>
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/types.h>
#include <unistd.h>

enum { C_NONE, C_READ, C_PREAD, C_MMAP, C_WRITE, C_PWRITE, C_OPEN, C_OPENDIR };

static struct {
    atomic_int ready; /* 0: not read yet, 1: being read, 2: read */
    int call;
    const char *path;
    size_t path_len;
    unsigned long nth, times;
    int err;
    bool short_io;
    const char *log;
    atomic_ulong seen;
} cfg;

/* Read the environment once (every hook calls this first). */
static void config(void)
{
    int expect = 0;
    if (atomic_load(&cfg.ready) == 2) return;
    if (!atomic_compare_exchange_strong(&cfg.ready, &expect, 1)) {
        while (atomic_load(&cfg.ready) != 2)
            ;
        return;
    }
    static const char *const names[] = {"",      "read",   "pread", "mmap",
                                        "write", "pwrite", "open",  "opendir"};
    const char *c = getenv("LS_FAULT_CALL");
    for (int i = 1; c && i < (int)(sizeof names / sizeof names[0]); i++)
        if (strcmp(c, names[i]) == 0) cfg.call = i;
    cfg.path = getenv("LS_FAULT_PATH");
    cfg.path_len = cfg.path ? strlen(cfg.path) : 0;
    const char *n = getenv("LS_FAULT_NTH");
    cfg.nth = n ? strtoul(n, NULL, 10) : 1;
    if (cfg.nth == 0) cfg.nth = 1;
    const char *t = getenv("LS_FAULT_TIMES");
    cfg.times = t ? strtoul(t, NULL, 10) : 1;
    const char *e = getenv("LS_FAULT_ERRNO");
    cfg.err = EIO;
    if (e) {
        if (!strcmp(e, "ENOSPC"))
            cfg.err = ENOSPC;
        else if (!strcmp(e, "EACCES"))
            cfg.err = EACCES;
        else if (!strcmp(e, "ENOMEM"))
            cfg.err = ENOMEM;
        else if (!strcmp(e, "EINTR"))
            cfg.err = EINTR;
        else if (strcmp(e, "EIO"))
            cfg.err = atoi(e);
    }
    const char *s = getenv("LS_FAULT_SHORT");
    cfg.short_io = s && *s == '1';
    cfg.log = getenv("LS_FAULT_LOG");
    atomic_store(&cfg.ready, 2);
}

static bool path_matches(const char *p)
{
    return !cfg.path || (p && strncmp(p, cfg.path, cfg.path_len) == 0);
}

static bool fd_matches(int fd)
{
    if (!cfg.path) return true;
    char link[64], target[4096];
    snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    ssize_t n = readlink(link, target, sizeof target - 1);
    if (n < 0) return false;
    target[n] = '\0';
    return path_matches(target);
}

/* Log an injected fault with the raw syscall (our write hook must not see it). */
static void note(const char *what, const char *detail)
{
    if (!cfg.log) return;
    int fd = (int)syscall(SYS_openat, AT_FDCWD, cfg.log, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC,
                          0600);
    if (fd < 0) return;
    char line[600];
    int len = snprintf(line, sizeof line, "%s %s%s%s\n", what, cfg.short_io ? "short " : "",
                       cfg.short_io ? "" : strerror(cfg.err), detail ? detail : "");
    if (len > 0) (void)!syscall(SYS_write, fd, line, (size_t)len < sizeof line ? (size_t)len : 0);
    syscall(SYS_close, fd);
}

/* Is this call (of kind call, already known to match the path) one that must fail? */
static bool hit(int call)
{
    if (cfg.call != call) return false;
    unsigned long k = atomic_fetch_add(&cfg.seen, 1) + 1;
    if (k < cfg.nth) return false;
    return cfg.times == 0 || k < cfg.nth + cfg.times;
}

#define REAL(name, type)                                                                           \
    static type real_##name;                                                                       \
    if (!real_##name) real_##name = (type)dlsym(RTLD_NEXT, #name)

typedef ssize_t (*read_fn)(int, void *, size_t);
typedef ssize_t (*pread_fn)(int, void *, size_t, off_t);
typedef ssize_t (*write_fn)(int, const void *, size_t);
typedef ssize_t (*pwrite_fn)(int, const void *, size_t, off_t);
typedef void *(*mmap_fn)(void *, size_t, int, int, int, off_t);
typedef int (*open_fn)(const char *, int, ...);
typedef int (*openat_fn)(int, const char *, int, ...);
typedef DIR *(*opendir_fn)(const char *);

ssize_t read(int fd, void *buf, size_t n)
{
    REAL(read, read_fn);
    config();
    if (cfg.call == C_READ && fd_matches(fd) && hit(C_READ)) {
        note("read", NULL);
        if (cfg.short_io && n > 1) return real_read(fd, buf, n / 2);
        if (!cfg.short_io) return errno = cfg.err, -1;
    }
    return real_read(fd, buf, n);
}

static ssize_t do_pread(pread_fn real, int fd, void *buf, size_t n, off_t off)
{
    config();
    if (cfg.call == C_PREAD && fd_matches(fd) && hit(C_PREAD)) {
        note("pread", NULL);
        if (cfg.short_io && n > 1) return real(fd, buf, n / 2, off);
        if (!cfg.short_io) return errno = cfg.err, -1;
    }
    return real(fd, buf, n, off);
}
ssize_t pread(int fd, void *buf, size_t n, off_t off)
{
    REAL(pread, pread_fn);
    return do_pread(real_pread, fd, buf, n, off);
}
ssize_t pread64(int fd, void *buf, size_t n, off_t off)
{
    REAL(pread64, pread_fn);
    return do_pread(real_pread64, fd, buf, n, off);
}

ssize_t write(int fd, const void *buf, size_t n)
{
    REAL(write, write_fn);
    config();
    if (cfg.call == C_WRITE && fd_matches(fd) && hit(C_WRITE)) {
        note("write", NULL);
        if (cfg.short_io && n > 1) return real_write(fd, buf, n / 2);
        if (!cfg.short_io) return errno = cfg.err, -1;
    }
    return real_write(fd, buf, n);
}

static ssize_t do_pwrite(pwrite_fn real, int fd, const void *buf, size_t n, off_t off)
{
    config();
    if (cfg.call == C_PWRITE && fd_matches(fd) && hit(C_PWRITE)) {
        note("pwrite", NULL);
        if (cfg.short_io && n > 1) return real(fd, buf, n / 2, off);
        if (!cfg.short_io) return errno = cfg.err, -1;
    }
    return real(fd, buf, n, off);
}
ssize_t pwrite(int fd, const void *buf, size_t n, off_t off)
{
    REAL(pwrite, pwrite_fn);
    return do_pwrite(real_pwrite, fd, buf, n, off);
}
ssize_t pwrite64(int fd, const void *buf, size_t n, off_t off)
{
    REAL(pwrite64, pwrite_fn);
    return do_pwrite(real_pwrite64, fd, buf, n, off);
}

static void *do_mmap(mmap_fn real, void *addr, size_t len, int prot, int flags, int fd, off_t off)
{
    config();
    /* only file mappings: anonymous ones are the allocator's and the hash sets' */
    if (cfg.call == C_MMAP && fd >= 0 && !(flags & MAP_ANONYMOUS) && fd_matches(fd) &&
        hit(C_MMAP)) {
        note("mmap", NULL);
        errno = cfg.err == EIO ? ENODEV : cfg.err; /* mmap's way of saying "cannot map this" */
        return MAP_FAILED;
    }
    return real(addr, len, prot, flags, fd, off);
}
void *mmap(void *addr, size_t len, int prot, int flags, int fd, off_t off)
{
    REAL(mmap, mmap_fn);
    return do_mmap(real_mmap, addr, len, prot, flags, fd, off);
}
void *mmap64(void *addr, size_t len, int prot, int flags, int fd, off_t off)
{
    REAL(mmap64, mmap_fn);
    return do_mmap(real_mmap64, addr, len, prot, flags, fd, off);
}

static bool open_fails(const char *path)
{
    config();
    if (cfg.call == C_OPEN && path_matches(path) && hit(C_OPEN)) {
        note("open ", path);
        errno = cfg.err;
        return true;
    }
    return false;
}

/* The mode argument is only there with O_CREAT or O_TMPFILE. */
#define OPEN_MODE(flags, mode)                                                                     \
    do {                                                                                           \
        if ((flags) & (O_CREAT | __O_TMPFILE)) {                                                   \
            va_list ap;                                                                            \
            va_start(ap, flags);                                                                   \
            mode = va_arg(ap, int);                                                                \
            va_end(ap);                                                                            \
        }                                                                                          \
    } while (0)

int open(const char *path, int flags, ...)
{
    REAL(open, open_fn);
    int mode = 0;
    OPEN_MODE(flags, mode);
    if (open_fails(path)) return -1;
    return real_open(path, flags, mode);
}
int open64(const char *path, int flags, ...)
{
    REAL(open64, open_fn);
    int mode = 0;
    OPEN_MODE(flags, mode);
    if (open_fails(path)) return -1;
    return real_open64(path, flags, mode);
}
int openat(int dirfd, const char *path, int flags, ...)
{
    REAL(openat, openat_fn);
    int mode = 0;
    OPEN_MODE(flags, mode);
    if (open_fails(path)) return -1;
    return real_openat(dirfd, path, flags, mode);
}
int openat64(int dirfd, const char *path, int flags, ...)
{
    REAL(openat64, openat_fn);
    int mode = 0;
    OPEN_MODE(flags, mode);
    if (open_fails(path)) return -1;
    return real_openat64(dirfd, path, flags, mode);
}

DIR *opendir(const char *path)
{
    REAL(opendir, opendir_fn);
    config();
    if (cfg.call == C_OPENDIR && path_matches(path) && hit(C_OPENDIR)) {
        note("opendir ", path);
        errno = cfg.err;
        return NULL;
    }
    return real_opendir(path);
}
