/* Tests of src/input/archive.c: container sniffing; every committed sample in
 * samples/archives/ walked from a file, from a pipe and through a reader, each member's bytes
 * compared with the original file; a zip inside a zip opened through a reader over the outer
 * member's descriptor; a gzip member decoded by the decompressor; truncation at many offsets
 * of a zip, a tar.gz, a tar.zst and a 7z (always terminates; what is delivered is an exact
 * prefix; incomplete delivery is always reported); corrupted data; encrypted entries; links
 * and directories; early close of a member, next/free without member_close; garbage. */
#include <criterion/criterion.h>
#include <archive.h>
#include <archive_entry.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <locale.h>
#include <pthread.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "input/archive.h"
#include "input/decompress.h"
#include "test_rng.h"

#define ARCHIVES LS_SAMPLES_DIR "/archives/"

static char tmpdir[] = "/tmp/ls-archive-XXXXXX";

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

TestSuite(archive, .init = setup, .fini = teardown, .timeout = 300);

/* ---- helpers ------------------------------------------------------------------------------ */

typedef struct {
    unsigned char *p;
    size_t n;
} blob;

/* A whole file (small samples only). */
static blob slurp(const char *path)
{
    FILE *f = fopen(path, "rb");
    cr_assert_not_null(f, "cannot open %s", path);
    blob b = {NULL, 0};
    size_t cap = 0;
    for (;;) {
        if (b.n == cap) {
            cap = cap ? cap * 2 : 65536;
            b.p = realloc(b.p, cap);
            cr_assert_not_null(b.p);
        }
        size_t k = fread(b.p + b.n, 1, cap - b.n, f);
        if (k == 0) break;
        b.n += k;
    }
    fclose(f);
    return b;
}

/* Everything a descriptor delivers until end of file. */
static blob drain(int fd)
{
    blob b = {NULL, 0};
    size_t cap = 0;
    for (;;) {
        if (b.n == cap) {
            cap = cap ? cap * 2 : 65536;
            b.p = realloc(b.p, cap);
            cr_assert_not_null(b.p);
        }
        ssize_t k = read(fd, b.p + b.n, cap - b.n);
        if (k < 0 && errno == EINTR) continue;
        cr_assert(k >= 0, "read: %s", strerror(errno));
        if (k == 0) break;
        b.n += (size_t)k;
    }
    return b;
}

/* A scratch file holding n bytes of p, opened for reading at offset 0. */
static int temp_fd(const void *p, size_t n)
{
    char path[256];
    snprintf(path, sizeof path, "%s/t-XXXXXX", tmpdir);
    int fd = mkstemp(path);
    cr_assert(fd >= 0);
    unlink(path);
    cr_assert_eq(write(fd, p, n), (ssize_t)n);
    cr_assert_eq(lseek(fd, 0, SEEK_SET), 0);
    return fd;
}

/* A descriptor on samples/archives/<name>. */
static int open_sample(const char *name)
{
    char path[512];
    snprintf(path, sizeof path, ARCHIVES "%s", name);
    int fd = open(path, O_RDONLY);
    cr_assert(fd >= 0, "cannot open %s", path);
    return fd;
}

/* Monotonic seconds, to bound how long a stop takes. */
static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + t.tv_nsec / 1e9;
}

/* A read function over a descriptor (what a caller passes for a nested member). */
static ssize_t fd_read(void *ctx, char *buf, size_t n)
{
    return read(*(int *)ctx, buf, n);
}

/* A read function over memory, in chunks of `step` bytes, failing with EIO at `fail_at`. */
typedef struct {
    const unsigned char *p;
    size_t n, pos, step, fail_at;
} mem_src;

/* The mem_src read function: chunks of at most `step` bytes, EIO from `fail_at` on. */
static ssize_t mem_read(void *ctx, char *buf, size_t n)
{
    mem_src *m = ctx;
    if (m->pos >= m->fail_at) {
        errno = EIO;
        return -1;
    }
    size_t k = m->n - m->pos;
    if (m->step && k > m->step) k = m->step;
    if (k > n) k = n;
    memcpy(buf, m->p + m->pos, k);
    m->pos += k;
    return (ssize_t)k;
}

/* Feed a blob into a pipe from a thread (the archive then sees a non-seekable fd). */
typedef struct {
    int fd;
    blob b;
    pthread_t t;
} pipe_feed;

/* Write the whole blob into the pipe, then close it (stops early if the reader went). */
static void *pipe_writer(void *arg)
{
    pipe_feed *f = arg;
    size_t off = 0;
    while (off < f->b.n) {
        ssize_t w = write(f->fd, f->b.p + off, f->b.n - off);
        if (w < 0 && errno == EINTR) continue;
        if (w <= 0) break;
        off += (size_t)w;
    }
    close(f->fd);
    return NULL;
}

/* A pipe whose read end is returned; its write end is filled by a thread. */
static int pipe_of(pipe_feed *f, blob b)
{
    int p[2];
    cr_assert_eq(pipe(p), 0);
    f->fd = p[1];
    f->b = b;
    cr_assert_eq(pthread_create(&f->t, NULL, pipe_writer, f), 0);
    return p[0];
}

/* Wait for the writer thread (after the read end was closed or drained). */
static void pipe_done(pipe_feed *f)
{
    pthread_join(f->t, NULL);
}

/* ---- walking with expectations ------------------------------------------------------------- */

typedef struct {
    const char *path;     /* member path */
    const char *original; /* file under samples/ its data must equal, or NULL */
    bool regular;
    int64_t size; /* expected size, -2 = do not check */
} expect;

/* Walk an archive: the members must be exactly `ex` in order; every regular member's data,
 * read through its descriptor, must equal its original file. */
static void walk_expect(ls_archive *ar, const expect *ex, size_t n)
{
    ls_archive_member m;
    char msg[512];
    size_t i = 0;
    int r;
    while ((r = ls_archive_next(ar, &m, msg, sizeof msg)) == 1) {
        cr_assert_lt(i, n, "unexpected member %s", m.path);
        cr_assert_str_eq(m.path, ex[i].path);
        cr_assert_eq(m.regular, ex[i].regular, "%s: regular", m.path);
        cr_assert_not(m.encrypted);
        if (ex[i].size != -2)
            cr_assert_eq(m.size, ex[i].size, "%s: size %lld", m.path, (long long)m.size);
        if (m.regular) {
            int fd;
            cr_assert_eq(ls_archive_member_open(ar, &fd), LS_OK);
            blob got = drain(fd);
            close(fd);
            cr_assert_eq(ls_archive_member_close(ar, msg, sizeof msg), LS_OK, "%s", msg);
            if (ex[i].original) {
                char path[512];
                snprintf(path, sizeof path, LS_SAMPLES_DIR "/%s", ex[i].original);
                blob want = slurp(path);
                cr_assert_eq(got.n, want.n, "%s: %zu bytes, want %zu", m.path, got.n, want.n);
                cr_assert(memcmp(got.p, want.p, want.n) == 0, "%s: bytes differ", m.path);
                free(want.p);
            }
            free(got.p);
        }
        i++;
    }
    cr_assert_eq(r, 0, "walk ended with %d: %s", r, msg);
    cr_assert_eq(i, n, "%zu members, want %zu", i, n);
    /* the end is sticky */
    cr_assert_eq(ls_archive_next(ar, &m, msg, sizeof msg), 0);
}

static const expect two_members[] = {
    {"export/", NULL, false, -2},
    {"export/fr_clients.csv", "fr_clients.csv", true, 323261},
    {"export/uk_people.tsv", "uk_people.tsv", true, 214222},
};
static const expect seven_zip[] = {{"fr_clients.csv", "fr_clients.csv", true, 323261}};
static const expect tar_uk[] = {{"uk_people.tsv", "uk_people.tsv", true, 214222}};

/* Open a sample from its file, walk it against `ex`, check names and bytes consumed. */
static void check_sample_fd(const char *name, const expect *ex, size_t n, const char *format,
                            const char *filter)
{
    int fd = open_sample(name);
    struct stat st;
    cr_assert_eq(fstat(fd, &st), 0);
    ls_archive *ar;
    char msg[512];
    cr_assert_eq(ls_archive_open_fd(fd, &ar, msg, sizeof msg), LS_OK, "%s: %s", name, msg);
    walk_expect(ar, ex, n);
    cr_assert(strstr(ls_archive_format_name(ar), format), "%s: format %s", name,
              ls_archive_format_name(ar));
    cr_assert_str_eq(ls_archive_filter_name(ar), filter);
    uint64_t in = ls_archive_bytes_in(ar);
    cr_assert(in > 0 && in <= (uint64_t)st.st_size, "%s: bytes_in %llu", name,
              (unsigned long long)in);
    ls_archive_free(ar);
    close(fd);
}

/* The same sample streamed through a reader (zip in streaming mode, 7z spooled). */
static void check_sample_reader(const char *name, const expect *ex, size_t n, size_t step,
                                size_t prefix)
{
    char path[512];
    snprintf(path, sizeof path, ARCHIVES "%s", name);
    blob b = slurp(path);
    mem_src src = {b.p + prefix, b.n - prefix, 0, step, SIZE_MAX};
    ls_archive *ar;
    char msg[512];
    cr_assert_eq(ls_archive_open_reader(mem_read, &src, b.p, prefix, &ar, msg, sizeof msg), LS_OK,
                 "%s: %s", name, msg);
    walk_expect(ar, ex, n);
    ls_archive_free(ar);
    free(b.p);
}

/* ... and from a pipe through ls_archive_open_fd. */
static void check_sample_pipe(const char *name, const expect *ex, size_t n)
{
    char path[512];
    snprintf(path, sizeof path, ARCHIVES "%s", name);
    pipe_feed f;
    int fd = pipe_of(&f, slurp(path));
    ls_archive *ar;
    char msg[512];
    cr_assert_eq(ls_archive_open_fd(fd, &ar, msg, sizeof msg), LS_OK, "%s: %s", name, msg);
    walk_expect(ar, ex, n);
    ls_archive_free(ar);
    close(fd);
    pipe_done(&f);
    free(f.b.p);
}

/* Open member `index` (0-based) of an archive opened by the caller. */
static int open_member(ls_archive *ar, int index, const char *path)
{
    ls_archive_member m;
    char msg[512];
    for (int i = 0; i <= index; i++)
        cr_assert_eq(ls_archive_next(ar, &m, msg, sizeof msg), 1, "%s", msg);
    cr_assert_str_eq(m.path, path);
    int fd;
    cr_assert_eq(ls_archive_member_open(ar, &fd), LS_OK);
    return fd;
}

/* The rest of the walk: the next member is `path` holding exactly `want`, then the end. */
static void rest_is(ls_archive *ar, const char *path, const void *want, size_t n)
{
    ls_archive_member m;
    char msg[512];
    cr_assert_eq(ls_archive_next(ar, &m, msg, sizeof msg), 1, "%s", msg);
    cr_assert_str_eq(m.path, path);
    int fd;
    cr_assert_eq(ls_archive_member_open(ar, &fd), LS_OK);
    blob b = drain(fd);
    close(fd);
    cr_assert_eq(ls_archive_member_close(ar, msg, sizeof msg), LS_OK, "%s", msg);
    cr_assert(b.n == n && memcmp(b.p, want, n) == 0, "%s: %zu bytes, want %zu", path, b.n, n);
    free(b.p);
    cr_assert_eq(ls_archive_next(ar, &m, msg, sizeof msg), 0, "%s", msg);
}

/* ---- sniffing ------------------------------------------------------------------------------ */

/* Fill the checksum field of a 512-byte tar header. */
static void tar_checksum(unsigned char *h)
{
    memset(h + 148, ' ', 8);
    unsigned sum = 0;
    for (int i = 0; i < 512; i++)
        sum += h[i];
    snprintf((char *)h + 148, 8, "%06o", sum);
    h[155] = ' ';
}

/* A pre-POSIX tar header (no magic): name, mode, ids, size, mtime, checksum. */
static void v7_header(unsigned char *h)
{
    memset(h, 0, 512);
    strcpy((char *)h, "dump.csv");
    strcpy((char *)h + 100, "0000644");
    strcpy((char *)h + 108, "0000000");
    strcpy((char *)h + 116, "0000000");
    strcpy((char *)h + 124, "00000001750");
    strcpy((char *)h + 136, "14544400200");
    h[156] = '0';
    tar_checksum(h);
}

Test(archive, sniff_magic)
{
    cr_assert_eq(ls_container_sniff((const unsigned char *)"PK\3\4\24\0", 6), LS_CONTAINER_ZIP);
    cr_assert_eq(ls_container_sniff((const unsigned char *)"PK\5\6", 4), LS_CONTAINER_ZIP);
    cr_assert_eq(ls_container_sniff((const unsigned char *)"PK\7\x08", 4), LS_CONTAINER_ZIP);
    cr_assert_eq(ls_container_sniff((const unsigned char *)"PK\3", 3), LS_CONTAINER_NONE);
    cr_assert_eq(ls_container_sniff((const unsigned char *)"PK\1\2", 4), LS_CONTAINER_NONE);
    cr_assert_eq(ls_container_sniff((const unsigned char *)"7z\xBC\xAF\x27\x1C\0\4", 8),
                 LS_CONTAINER_7Z);
    cr_assert_eq(ls_container_sniff((const unsigned char *)"7z\xBC\xAF\x27", 5), LS_CONTAINER_NONE);
    cr_assert_eq(ls_container_sniff(NULL, 0), LS_CONTAINER_NONE);
    cr_assert_eq(ls_container_sniff((const unsigned char *)"", 0), LS_CONTAINER_NONE);

    /* the committed samples, by their first bytes */
    blob z = slurp(ARCHIVES "two_members.zip");
    cr_assert_eq(ls_container_sniff(z.p, z.n), LS_CONTAINER_ZIP);
    blob s = slurp(ARCHIVES "people.7z");
    cr_assert_eq(ls_container_sniff(s.p, LS_CONTAINER_SNIFF_BYTES), LS_CONTAINER_7Z);
    /* compressed tars are not containers by their first bytes (the decoder comes first) */
    blob g = slurp(ARCHIVES "people.tar.gz");
    cr_assert_eq(ls_container_sniff(g.p, LS_CONTAINER_SNIFF_BYTES), LS_CONTAINER_NONE);
    blob zs = slurp(ARCHIVES "people.tar.zst");
    cr_assert_eq(ls_container_sniff(zs.p, LS_CONTAINER_SNIFF_BYTES), LS_CONTAINER_NONE);
    blob csv = slurp(LS_SAMPLES_DIR "/fr_clients.csv");
    cr_assert_eq(ls_container_sniff(csv.p, LS_CONTAINER_SNIFF_BYTES), LS_CONTAINER_NONE);
    blob gz = slurp(LS_SAMPLES_DIR "/compressed/fr_clients.csv.gz");
    cr_assert_eq(ls_container_sniff(gz.p, LS_CONTAINER_SNIFF_BYTES), LS_CONTAINER_NONE);
    blob zst = slurp(LS_SAMPLES_DIR "/compressed/fr_clients.csv.zst");
    cr_assert_eq(ls_container_sniff(zst.p, LS_CONTAINER_SNIFF_BYTES), LS_CONTAINER_NONE);
    free(z.p);
    free(s.p);
    free(g.p);
    free(zs.p);
    free(csv.p);
    free(gz.p);
    free(zst.p);
    cr_assert_str_eq(ls_container_name(LS_CONTAINER_ZIP), "zip");
    cr_assert_str_eq(ls_container_name(LS_CONTAINER_7Z), "7z");
    cr_assert_str_eq(ls_container_name(LS_CONTAINER_TAR), "tar");
    cr_assert_str_eq(ls_container_name(LS_CONTAINER_NONE), "none");
}

Test(archive, sniff_tar)
{
    /* a ustar archive, as GNU tar writes it (decompressed from the sample) */
    blob g = slurp(ARCHIVES "people.tar.gz");
    ls_decoder *d;
    int fd = temp_fd(g.p, g.n);
    cr_assert_eq(ls_decoder_start(fd, LS_COMPRESSION_GZIP, NULL, 0, &d), LS_OK);
    unsigned char tar[1024];
    cr_assert_eq(ls_decoder_read(d, (char *)tar, sizeof tar), (ssize_t)sizeof tar);
    ls_decoder_free(d);
    close(fd);
    free(g.p);
    cr_assert_eq(ls_container_sniff(tar, 512), LS_CONTAINER_TAR);
    cr_assert_eq(ls_container_sniff(tar, 511), LS_CONTAINER_TAR); /* "ustar" is reachable */
    cr_assert_eq(ls_container_sniff(tar, 265), LS_CONTAINER_TAR); /* GNU "ustar  \0" */
    cr_assert_eq(ls_container_sniff(tar, 264), LS_CONTAINER_NONE);

    /* pre-POSIX: only the checksum tells, so the whole block is needed */
    unsigned char h[512];
    v7_header(h);
    cr_assert_eq(ls_container_sniff(h, 512), LS_CONTAINER_TAR);
    cr_assert_eq(ls_container_sniff(h, 511), LS_CONTAINER_NONE);
    h[10] ^= 1; /* checksum no longer matches */
    cr_assert_eq(ls_container_sniff(h, 512), LS_CONTAINER_NONE);
    v7_header(h);
    memcpy(h + 124, "12a45678901", 11); /* size not octal, checksum recomputed */
    tar_checksum(h);
    cr_assert_eq(ls_container_sniff(h, 512), LS_CONTAINER_NONE);
    /* a zero block (tar's end marker) is not a header */
    memset(h, 0, sizeof h);
    cr_assert_eq(ls_container_sniff(h, 512), LS_CONTAINER_NONE);
}

/* ---- the samples --------------------------------------------------------------------------- */

Test(archive, two_members_zip)
{
    check_sample_fd("two_members.zip", two_members, 3, "ZIP", "none");
    check_sample_reader("two_members.zip", two_members, 3, 0, 0);
    check_sample_reader("two_members.zip", two_members, 3, 4093, 3); /* odd chunks, 3-byte prefix */
    check_sample_pipe("two_members.zip", two_members, 3);
}

Test(archive, people_7z)
{
    check_sample_fd("people.7z", seven_zip, 1, "7-Zip", "none");
}

Test(archive, people_7z_spooled)
{
    /* the spool file goes to $TMPDIR and is unlinked at once: the directory stays empty */
    char spool[300];
    snprintf(spool, sizeof spool, "%s/spool", tmpdir);
    cr_assert_eq(mkdir(spool, 0700), 0);
    const char *old = getenv("TMPDIR");
    char *saved = old ? strdup(old) : NULL;
    setenv("TMPDIR", spool, 1);

    blob b = slurp(ARCHIVES "people.7z");
    for (size_t prefix = 0; prefix <= 16; prefix += 2) {
        mem_src src = {b.p + prefix, b.n - prefix, 0, 1000, SIZE_MAX};
        ls_archive *ar;
        char msg[512];
        cr_assert_eq(ls_archive_open_reader(mem_read, &src, b.p, prefix, &ar, msg, sizeof msg),
                     LS_OK, "%s", msg);
        DIR *d = opendir(spool);
        cr_assert_not_null(d);
        struct dirent *de;
        int files = 0;
        while ((de = readdir(d)))
            if (de->d_name[0] != '.') files++;
        closedir(d);
        cr_assert_eq(files, 0, "the spool file is visible in $TMPDIR");
        walk_expect(ar, seven_zip, 1);
        cr_assert_str_eq(ls_archive_format_name(ar), "7-Zip");
        ls_archive_free(ar);
    }

    /* a pipe handed to open_fd cannot be a 7z (documented): a clean error */
    pipe_feed f;
    int fd = pipe_of(&f, b);
    ls_archive *ar;
    char msg[512];
    cr_assert_eq(ls_archive_open_fd(fd, &ar, msg, sizeof msg), LS_ERR_OPEN);
    cr_assert_null(ar);
    cr_assert(strstr(msg, "7z") && strstr(msg, "pipe"), "%s", msg);
    close(fd);
    pipe_done(&f);
    free(b.p);

    /* an unusable $TMPDIR is an error, not a crash */
    setenv("TMPDIR", "/nonexistent/leakscope", 1);
    b = slurp(ARCHIVES "people.7z");
    mem_src src = {b.p, b.n, 0, 0, SIZE_MAX};
    cr_assert_eq(ls_archive_open_reader(mem_read, &src, NULL, 0, &ar, msg, sizeof msg),
                 LS_ERR_OPEN);
    cr_assert(strstr(msg, "spool"), "%s", msg);
    free(b.p);

    if (saved) {
        setenv("TMPDIR", saved, 1);
        free(saved);
    } else {
        unsetenv("TMPDIR");
    }
}

Test(archive, compressed_tars)
{
    check_sample_fd("people.tar.gz", tar_uk, 1, "ustar", "gzip");
    check_sample_fd("people.tar.zst", tar_uk, 1, "pax", "zstd");
    check_sample_reader("people.tar.gz", tar_uk, 1, 777, 10);
    check_sample_reader("people.tar.zst", tar_uk, 1, 0, 0);
    check_sample_pipe("people.tar.zst", tar_uk, 1);
}

Test(archive, container_not_at_offset_zero)
{
    /* a descriptor positioned after some other bytes: offsets are relative to it */
    blob z = slurp(ARCHIVES "two_members.zip");
    blob all = {malloc(z.n + 100), z.n + 100};
    cr_assert_not_null(all.p);
    memset(all.p, 'x', 100);
    memcpy(all.p + 100, z.p, z.n);
    int fd = temp_fd(all.p, all.n);
    cr_assert_eq(lseek(fd, 100, SEEK_SET), 100);
    ls_archive *ar;
    char msg[512];
    cr_assert_eq(ls_archive_open_fd(fd, &ar, msg, sizeof msg), LS_OK, "%s", msg);
    walk_expect(ar, two_members, 3);
    cr_assert_eq(ls_archive_bytes_in(ar), z.n);
    ls_archive_free(ar);
    close(fd);
    free(z.p);
    free(all.p);
}

Test(archive, nested_zip)
{
    int fd = open_sample("nested.zip");
    ls_archive *outer;
    char msg[512];
    cr_assert_eq(ls_archive_open_fd(fd, &outer, msg, sizeof msg), LS_OK, "%s", msg);
    ls_archive_member m;
    cr_assert_eq(ls_archive_next(outer, &m, msg, sizeof msg), 1, "%s", msg);
    cr_assert_str_eq(m.path, "inner.zip");
    cr_assert(m.regular);

    int mfd;
    cr_assert_eq(ls_archive_member_open(outer, &mfd), LS_OK);
    /* sniff as the pipeline does: read the head, then hand it over as the prefix */
    unsigned char head[LS_CONTAINER_SNIFF_BYTES];
    size_t got = 0;
    while (got < sizeof head) {
        ssize_t k = read(mfd, head + got, sizeof head - got);
        cr_assert(k > 0);
        got += (size_t)k;
    }
    cr_assert_eq(ls_container_sniff(head, got), LS_CONTAINER_ZIP);
    ls_archive *inner;
    cr_assert_eq(ls_archive_open_reader(fd_read, &mfd, head, got, &inner, msg, sizeof msg), LS_OK,
                 "%s", msg);
    walk_expect(inner, tar_uk, 1); /* inner.zip holds uk_people.tsv */
    ls_archive_free(inner);
    close(mfd);
    cr_assert_eq(ls_archive_member_close(outer, msg, sizeof msg), LS_OK, "%s", msg);

    cr_assert_eq(ls_archive_next(outer, &m, msg, sizeof msg), 1, "%s", msg);
    cr_assert_str_eq(m.path, "notes.txt");
    cr_assert_eq(ls_archive_member_open(outer, &mfd), LS_OK);
    blob b = drain(mfd);
    close(mfd);
    cr_assert_eq(ls_archive_member_close(outer, msg, sizeof msg), LS_OK, "%s", msg);
    const char *note = "leakscope sample: inner.zip holds uk_people.tsv\n";
    cr_assert_eq(b.n, strlen(note));
    cr_assert(memcmp(b.p, note, b.n) == 0);
    free(b.p);
    cr_assert_eq(ls_archive_next(outer, &m, msg, sizeof msg), 0);
    ls_archive_free(outer);
    close(fd);
}

Test(archive, gzip_member_decoded)
{
    int fd = open_sample("member_gz.zip");
    ls_archive *ar;
    char msg[512];
    cr_assert_eq(ls_archive_open_fd(fd, &ar, msg, sizeof msg), LS_OK, "%s", msg);
    ls_archive_member m;
    cr_assert_eq(ls_archive_next(ar, &m, msg, sizeof msg), 1);
    cr_assert_str_eq(m.path, "fr_clients.csv.gz");
    int mfd;
    cr_assert_eq(ls_archive_member_open(ar, &mfd), LS_OK);
    unsigned char head[LS_COMPRESSION_SNIFF_BYTES];
    cr_assert_eq(read(mfd, head, sizeof head), (ssize_t)sizeof head);
    cr_assert_eq(ls_compression_sniff(head, sizeof head), LS_COMPRESSION_GZIP);
    /* the member descriptor is a stream like any other: the decoder reads it */
    ls_decoder *d;
    cr_assert_eq(ls_decoder_start(mfd, LS_COMPRESSION_GZIP, head, sizeof head, &d), LS_OK);
    blob want = slurp(LS_SAMPLES_DIR "/fr_clients.csv");
    char *out = malloc(want.n + 1);
    cr_assert_not_null(out);
    size_t n = 0;
    ssize_t k;
    while ((k = ls_decoder_read(d, out + n, want.n + 1 - n)) > 0)
        n += (size_t)k;
    cr_assert_eq(k, 0);
    cr_assert_not(ls_decoder_truncated(d));
    cr_assert_not(ls_decoder_corrupt(d));
    ls_decoder_free(d);
    close(mfd);
    cr_assert_eq(ls_archive_member_close(ar, msg, sizeof msg), LS_OK, "%s", msg);
    cr_assert_eq(n, want.n);
    cr_assert(memcmp(out, want.p, n) == 0);
    cr_assert_eq(ls_archive_next(ar, &m, msg, sizeof msg), 0);
    ls_archive_free(ar);
    close(fd);
    free(out);
    free(want.p);
}

/* ---- damage -------------------------------------------------------------------------------- */

/* Walk truncated.zip (opened by `ar`): the first member whole, the second cut short and
 * reported as a truncation naming the member and the bytes delivered. */
static void check_truncated_zip(ls_archive *ar)
{
    ls_archive_member m;
    char msg[512];
    blob fr = slurp(LS_SAMPLES_DIR "/fr_clients.csv");
    blob uk = slurp(LS_SAMPLES_DIR "/uk_people.tsv");
    cr_assert_eq(ls_archive_next(ar, &m, msg, sizeof msg), 1);
    cr_assert_str_eq(m.path, "export/");
    cr_assert_eq(ls_archive_next(ar, &m, msg, sizeof msg), 1);
    cr_assert_str_eq(m.path, "export/fr_clients.csv");
    int fd;
    cr_assert_eq(ls_archive_member_open(ar, &fd), LS_OK);
    blob b = drain(fd);
    close(fd);
    cr_assert_eq(ls_archive_member_close(ar, msg, sizeof msg), LS_OK, "%s", msg);
    cr_assert(b.n == fr.n && memcmp(b.p, fr.p, fr.n) == 0);
    free(b.p);

    cr_assert_eq(ls_archive_next(ar, &m, msg, sizeof msg), 1, "%s", msg);
    cr_assert_str_eq(m.path, "export/uk_people.tsv");
    cr_assert_eq(ls_archive_member_open(ar, &fd), LS_OK);
    b = drain(fd);
    close(fd);
    ls_status st = ls_archive_member_close(ar, msg, sizeof msg);
    cr_assert_eq(st, LS_ERR_TRUNCATED, "status %d: %s", st, msg);
    cr_assert(b.n > 0 && b.n < uk.n, "%zu bytes delivered", b.n);
    cr_assert(memcmp(b.p, uk.p, b.n) == 0, "the delivered bytes are not a prefix");
    char after[64];
    snprintf(after, sizeof after, "after %zu bytes", b.n);
    cr_assert(strstr(msg, "zip: member export/uk_people.tsv: ") == msg, "%s", msg);
    cr_assert(strstr(msg, after), "%s", msg);
    cr_log_info("truncated.zip: %s", msg);
    free(b.p);
    cr_assert_eq(ls_archive_next(ar, &m, msg, sizeof msg), -1);
    cr_assert(msg[0], "no reason given");
    cr_assert_eq(ls_archive_next(ar, &m, msg, sizeof msg), -1); /* sticky */
    free(fr.p);
    free(uk.p);
}

Test(archive, truncated_zip)
{
    int fd = open_sample("truncated.zip");
    ls_archive *ar;
    char msg[512];
    cr_assert_eq(ls_archive_open_fd(fd, &ar, msg, sizeof msg), LS_OK, "%s", msg);
    check_truncated_zip(ar);
    ls_archive_free(ar);
    close(fd);

    blob b = slurp(ARCHIVES "truncated.zip");
    mem_src src = {b.p, b.n, 0, 5000, SIZE_MAX};
    cr_assert_eq(ls_archive_open_reader(mem_read, &src, NULL, 0, &ar, msg, sizeof msg), LS_OK, "%s",
                 msg);
    check_truncated_zip(ar);
    ls_archive_free(ar);
    free(b.p);
}

/* The originals, by member path (basename). */
static blob original_of(const char *path)
{
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    char p[512];
    snprintf(p, sizeof p, LS_SAMPLES_DIR "/%s", base);
    return slurp(p);
}

/* Open the first n bytes of `full` (from a file, or through a reader when `stream`) and walk
 * it. Never a crash or a hang; every delivered member is an exact prefix of its original, and
 * a member delivered whole says LS_OK; when not every expected member came out whole, damage
 * was reported (open failed, a member status, or next -1). Returns the members delivered
 * whole. */
static int walk_prefix(const blob *full, size_t n, bool stream, int expect_whole)
{
    ls_archive *ar;
    char msg[512];
    ls_status st;
    int fd = -1;
    mem_src src = {full->p, n, 0, 3000, SIZE_MAX};
    if (stream) {
        st = ls_archive_open_reader(mem_read, &src, NULL, 0, &ar, msg, sizeof msg);
    } else {
        fd = temp_fd(full->p, n);
        st = ls_archive_open_fd(fd, &ar, msg, sizeof msg);
    }
    if (st != LS_OK) {
        cr_assert_null(ar);
        cr_assert(msg[0], "cut %zu: open failed without a reason", n);
        cr_assert(n < full->n, "cut %zu: the whole archive does not open: %s", n, msg);
        if (fd >= 0) close(fd);
        return 0;
    }
    int whole = 0, r;
    bool damage = false;
    ls_archive_member m;
    while ((r = ls_archive_next(ar, &m, msg, sizeof msg)) == 1) {
        if (!m.regular) continue;
        blob want = original_of(m.path);
        int mfd;
        cr_assert_eq(ls_archive_member_open(ar, &mfd), LS_OK);
        blob b = drain(mfd);
        close(mfd);
        st = ls_archive_member_close(ar, msg, sizeof msg);
        cr_assert(b.n <= want.n && memcmp(b.p, want.p, b.n) == 0,
                  "cut %zu: %s: %zu delivered bytes are not a prefix", n, m.path, b.n);
        if (st == LS_OK) {
            cr_assert_eq(b.n, want.n, "cut %zu: %s: LS_OK after %zu of %zu bytes", n, m.path, b.n,
                         want.n);
            whole++;
        } else {
            cr_assert(st == LS_ERR_TRUNCATED || st == LS_ERR_READ, "cut %zu: status %d", n, st);
            cr_assert(strstr(msg, m.path), "cut %zu: %s", n, msg);
            damage = true;
        }
        free(b.p);
        free(want.p);
    }
    if (r < 0) {
        cr_assert(msg[0], "cut %zu: next -1 without a reason", n);
        damage = true;
    }
    if (whole < expect_whole)
        cr_assert(damage, "cut %zu of %zu: %d of %d members whole and no damage reported", n,
                  full->n, whole, expect_whole);
    ls_archive_free(ar);
    if (fd >= 0) close(fd);
    return whole;
}

/* Every prefix length at some step, plus a few around each end. */
static void truncation_sweep(const char *name, int members, size_t step, bool stream)
{
    char path[512];
    snprintf(path, sizeof path, ARCHIVES "%s", name);
    blob full = slurp(path);
    int cuts = 0;
    for (size_t n = 0; n <= full.n; n += (n < 64 || n + 64 > full.n) ? 1 : step) {
        int whole = walk_prefix(&full, n, stream, members);
        if (n == full.n) cr_assert_eq(whole, members, "%s: whole archive", name);
        cuts++;
    }
    cr_log_info("%s (%s): %d cuts", name, stream ? "stream" : "file", cuts);
    free(full.p);
}

Test(archive, truncation_zip)
{
    truncation_sweep("two_members.zip", 2, 997, false);
    truncation_sweep("two_members.zip", 2, 1499, true);
}

Test(archive, truncation_tar)
{
    truncation_sweep("people.tar.gz", 1, 499, false);
    truncation_sweep("people.tar.zst", 1, 701, true);
}

Test(archive, truncation_7z)
{
    truncation_sweep("people.7z", 1, 601, false);
    truncation_sweep("people.7z", 1, 1999, true); /* spooled */
}

Test(archive, corrupt_data)
{
    /* bytes flipped inside fr_clients.csv's compressed data: the member reports damage
     * (inflate error or bad CRC), never LS_OK with wrong bytes, and nothing crashes */
    blob z = slurp(ARCHIVES "two_members.zip");
    rng_state = 7;
    for (int t = 0; t < 40; t++) {
        blob c = {malloc(z.n), z.n};
        cr_assert_not_null(c.p);
        memcpy(c.p, z.p, z.n);
        size_t at = 200 + rnd_below(120000); /* fr_clients.csv data: 76 .. 124170 */
        c.p[at] ^= (unsigned char)(1 + rnd_below(255));
        int fd = temp_fd(c.p, c.n);
        ls_archive *ar;
        char msg[512];
        cr_assert_eq(ls_archive_open_fd(fd, &ar, msg, sizeof msg), LS_OK, "%s", msg);
        ls_archive_member m;
        cr_assert_eq(ls_archive_next(ar, &m, msg, sizeof msg), 1);
        cr_assert_eq(ls_archive_next(ar, &m, msg, sizeof msg), 1);
        cr_assert_str_eq(m.path, "export/fr_clients.csv");
        int mfd;
        cr_assert_eq(ls_archive_member_open(ar, &mfd), LS_OK);
        blob b = drain(mfd);
        close(mfd);
        ls_status st = ls_archive_member_close(ar, msg, sizeof msg);
        cr_assert_eq(st, LS_ERR_READ, "flip at %zu: status %d (%s), %zu bytes", at, st, msg, b.n);
        cr_assert(strstr(msg, "zip: member export/fr_clients.csv: "), "%s", msg);
        cr_assert_null(strchr(msg, '\n'), "%s", msg); /* one line */
        if (t < 3) cr_log_info("corrupt zip: %s", msg);
        /* the walk goes on or stops with a reason */
        int r = ls_archive_next(ar, &m, msg, sizeof msg);
        cr_assert(r == 1 || (r == -1 && msg[0]));
        free(b.p);
        ls_archive_free(ar);
        close(fd);
        free(c.p);
    }
    free(z.p);
}

Test(archive, unsupported_method)
{
    /* export/fr_clients.csv marked as compressed with a method libarchive does not read
     * (97, WavPack) in its local header and central directory: that member is LS_ERR_READ,
     * the walk goes on and the next member is whole */
    blob z = slurp(ARCHIVES "two_members.zip");
    const char *name = "export/fr_clients.csv";
    size_t nl = strlen(name);
    int patched = 0;
    for (size_t i = 0; i + 46 + nl <= z.n; i++) {
        if (memcmp(z.p + i, "PK\3\4", 4) == 0 && memcmp(z.p + i + 30, name, nl) == 0) {
            z.p[i + 8] = 97;
            patched++;
        }
        if (memcmp(z.p + i, "PK\1\2", 4) == 0 && memcmp(z.p + i + 46, name, nl) == 0) {
            z.p[i + 10] = 97;
            patched++;
        }
    }
    cr_assert_eq(patched, 2);
    for (int stream = 0; stream < 2; stream++) {
        ls_archive *ar;
        char msg[512];
        int fd = -1;
        mem_src src = {z.p, z.n, 0, 0, SIZE_MAX};
        if (stream) {
            cr_assert_eq(ls_archive_open_reader(mem_read, &src, NULL, 0, &ar, msg, sizeof msg),
                         LS_OK);
        } else {
            fd = temp_fd(z.p, z.n);
            cr_assert_eq(ls_archive_open_fd(fd, &ar, msg, sizeof msg), LS_OK);
        }
        int mfd = open_member(ar, 1, name);
        blob b = drain(mfd);
        close(mfd);
        cr_assert_eq(b.n, 0);
        cr_assert_eq(ls_archive_member_close(ar, msg, sizeof msg), LS_ERR_READ, "%s", msg);
        cr_assert(strstr(msg, "zip: member export/fr_clients.csv: "), "%s", msg);
        cr_log_info("unsupported method (%s): %s", stream ? "stream" : "file", msg);
        free(b.p);
        blob uk = slurp(LS_SAMPLES_DIR "/uk_people.tsv");
        rest_is(ar, "export/uk_people.tsv", uk.p, uk.n);
        free(uk.p);
        ls_archive_free(ar);
        if (fd >= 0) close(fd);
    }
    free(z.p);
}

/* ---- entries of every kind, made here with libarchive's writer ---------------------------- */

typedef struct {
    unsigned char *p;
    size_t n;
    size_t used;
} membuf;

/* Is s valid UTF-8 (structure only: enough for the test names)? */
static bool is_utf8(const char *s)
{
    const unsigned char *u = (const unsigned char *)s;
    while (*u) {
        int n = *u < 0x80             ? 0
                : (*u & 0xE0) == 0xC0 ? 1
                : (*u & 0xF0) == 0xE0 ? 2
                : (*u & 0xF8) == 0xF0 ? 3
                                      : -1;
        if (n < 0) return false;
        u++;
        for (int i = 0; i < n; i++, u++)
            if ((*u & 0xC0) != 0x80) return false;
    }
    return true;
}

/* Write a tar (format) or zip with the given entries into memory. kinds: 'f' file holding
 * `data`, 'F' file holding `data2`, 'd' directory, 's' symlink to "target", 'h' hard link
 * to the first entry. */
static blob make_archive2(int format, const char *options, const char *passphrase,
                          const char *const *names, const char *kinds, const char *data,
                          const char *data2)
{
    struct archive *a = archive_write_new();
    cr_assert_not_null(a);
    cr_assert_eq(archive_write_set_format(a, format), ARCHIVE_OK);
    if (options)
        cr_assert_eq(archive_write_set_options(a, options), ARCHIVE_OK, "%s",
                     archive_error_string(a));
    if (passphrase) cr_assert_eq(archive_write_set_passphrase(a, passphrase), ARCHIVE_OK);
    size_t cap = ((size_t)1 << 20) + 2 * strlen(data) + (data2 ? 2 * strlen(data2) : 0);
    blob b = {malloc(cap), 0};
    cr_assert_not_null(b.p);
    cr_assert_eq(archive_write_open_memory(a, b.p, cap, &b.n), ARCHIVE_OK);
    for (size_t i = 0; kinds[i]; i++) {
        struct archive_entry *e = archive_entry_new();
        /* a UTF-8 name as UTF-8; anything else as raw bytes */
        if (is_utf8(names[i]))
            archive_entry_set_pathname_utf8(e, names[i]);
        else
            archive_entry_copy_pathname(e, names[i]);
        archive_entry_set_mtime(e, 1704067200, 0);
        const char *d = kinds[i] == 'F' ? data2 : data;
        switch (kinds[i]) {
        case 'f':
        case 'F':
            archive_entry_set_filetype(e, AE_IFREG);
            archive_entry_set_perm(e, 0644);
            archive_entry_set_size(e, (la_int64_t)strlen(d));
            break;
        case 'd':
            archive_entry_set_filetype(e, AE_IFDIR);
            archive_entry_set_perm(e, 0755);
            break;
        case 's':
            archive_entry_set_filetype(e, AE_IFLNK);
            archive_entry_set_perm(e, 0777);
            archive_entry_set_symlink(e, "target");
            break;
        case 'h':
            archive_entry_set_filetype(e, AE_IFREG);
            archive_entry_set_perm(e, 0644);
            archive_entry_set_hardlink(e, names[0]);
            archive_entry_set_size(e, 0);
            break;
        }
        cr_assert_eq(archive_write_header(a, e), ARCHIVE_OK, "%s", archive_error_string(a));
        if (kinds[i] == 'f' || kinds[i] == 'F')
            cr_assert_eq(archive_write_data(a, d, strlen(d)), (la_ssize_t)strlen(d));
        archive_entry_free(e);
    }
    cr_assert_eq(archive_write_close(a), ARCHIVE_OK);
    archive_write_free(a);
    return b;
}

/* make_archive2() with every file holding `data`. */
static blob make_archive(int format, const char *options, const char *passphrase,
                         const char *const *names, const char *kinds, const char *data)
{
    return make_archive2(format, options, passphrase, names, kinds, data, NULL);
}

/* n bytes of CSV-like lines (NUL-terminated). */
static char *gen_text(size_t n)
{
    char *p = malloc(n + 1);
    cr_assert_not_null(p);
    size_t i = 0;
    for (unsigned long k = 0; i < n; k++) {
        char line[64];
        int w = snprintf(line, sizeof line, "%lu;user%lu@example.fr;0%09lu\n", k, k % 9973,
                         (k * 7919) % 1000000000UL);
        for (int j = 0; j < w && i < n; j++)
            p[i++] = line[j];
    }
    p[n] = '\0';
    return p;
}

/* A tar with a 16 MiB member (far more than a socket buffer) and a small one after it. */
static blob big_tar(char **big, const char **small)
{
    static const char *const names[] = {"big.csv", "small.csv"};
    *big = gen_text((size_t)16 << 20);
    *small = "id;email\n1;a@example.fr\n";
    return make_archive2(ARCHIVE_FORMAT_TAR_USTAR, NULL, NULL, names, "Ff", *small, *big);
}

Test(archive, entry_kinds)
{
    const char *names[] = {"data/a.csv", "data/", "data/link", "data/hard", "data/b.csv"};
    const char *data = "id;email\n1;a@example.fr\n";
    blob t = make_archive(ARCHIVE_FORMAT_TAR_PAX_RESTRICTED, NULL, NULL, names, "fdshf", data);
    int fd = temp_fd(t.p, t.n);
    ls_archive *ar;
    char msg[512];
    cr_assert_eq(ls_archive_open_fd(fd, &ar, msg, sizeof msg), LS_OK, "%s", msg);
    ls_archive_member m;
    const bool regular[] = {true, false, false, false, true};
    for (int i = 0; i < 5; i++) {
        cr_assert_eq(ls_archive_next(ar, &m, msg, sizeof msg), 1, "%s", msg);
        cr_assert_str_eq(m.path, names[i]);
        cr_assert_eq(m.regular, regular[i], "%s", m.path);
        /* every entry can be opened: a non-file delivers nothing */
        int mfd, again;
        cr_assert_eq(ls_archive_member_open(ar, &mfd), LS_OK);
        cr_assert_eq(ls_archive_member_open(ar, &again), LS_ERR_INVALID_ARGUMENT); /* once */
        cr_assert_eq(again, -1);
        blob b = drain(mfd);
        close(mfd);
        cr_assert_eq(ls_archive_member_close(ar, msg, sizeof msg), LS_OK, "%s", msg);
        cr_assert_eq(b.n, regular[i] ? strlen(data) : 0);
        if (regular[i]) cr_assert(memcmp(b.p, data, b.n) == 0);
        free(b.p);
    }
    cr_assert_eq(ls_archive_next(ar, &m, msg, sizeof msg), 0);
    int none;
    cr_assert_eq(ls_archive_member_open(ar, &none), LS_ERR_INVALID_ARGUMENT); /* no member */
    ls_archive_free(ar);
    close(fd);
    free(t.p);
}

/* The first member's path of an archive in memory (through a reader). */
static void first_path_is(const blob *b, const char *want)
{
    mem_src src = {b->p, b->n, 0, 0, SIZE_MAX};
    ls_archive *ar;
    char msg[512];
    cr_assert_eq(ls_archive_open_reader(mem_read, &src, NULL, 0, &ar, msg, sizeof msg), LS_OK, "%s",
                 msg);
    ls_archive_member m;
    cr_assert_eq(ls_archive_next(ar, &m, msg, sizeof msg), 1, "%s", msg);
    cr_assert_str_eq(m.path, want);
    /* the library switched this thread's locale for libarchive only, and put it back */
    cr_assert_eq(uselocale((locale_t)0), LC_GLOBAL_LOCALE);
    ls_archive_free(ar);
}

Test(archive, names_utf8)
{
    const char *data = "id;email\n1;a@example.fr\n";
    const char *utf8[] = {"données/clés_été.csv"};
    /* zip with the UTF-8 flag (and a 7z, whose names are UTF-16 inside): UTF-8 out, though
     * the process locale is "C" */
    blob z = make_archive(ARCHIVE_FORMAT_ZIP, "zip:hdrcharset=UTF-8", NULL, utf8, "f", data);
    first_path_is(&z, utf8[0]);
    free(z.p);
    locale_t u = newlocale(LC_CTYPE_MASK, "C.UTF-8", (locale_t)0);
    cr_assert(u, "the C.UTF-8 locale is needed to write a 7z with this name");
    locale_t old = uselocale(u);
    blob s = make_archive(ARCHIVE_FORMAT_7ZIP, NULL, NULL, utf8, "f", data);
    uselocale(old);
    freelocale(u);
    int fd = temp_fd(s.p, s.n);
    ls_archive *ar;
    char msg[512];
    cr_assert_eq(ls_archive_open_fd(fd, &ar, msg, sizeof msg), LS_OK, "%s", msg);
    ls_archive_member m;
    cr_assert_eq(ls_archive_next(ar, &m, msg, sizeof msg), 1, "%s", msg);
    cr_assert_str_eq(m.path, utf8[0]);
    ls_archive_free(ar);
    close(fd);
    free(s.p);

    /* names in legacy code pages: a zip without the UTF-8 flag is CP437 (0x82 = é, 0x87 =
     * ç), a tar name in Latin-1 (0xE9 = é) */
    const char *cp437[] = {"r\x82sum\x82_fran\x87"
                           "ais.csv"};
    z = make_archive(ARCHIVE_FORMAT_ZIP, NULL, NULL, cp437, "f", data);
    cr_assert_eq(z.p[7] & 0x08, 0, "the writer set the UTF-8 flag");
    first_path_is(&z, "résumé_français.csv");
    free(z.p);
    const char *latin1[] = {"r\xe9sum\xe9.csv"};
    blob t = make_archive(ARCHIVE_FORMAT_TAR_USTAR, NULL, NULL, latin1, "f", data);
    first_path_is(&t, "résumé.csv");
    free(t.p);
}

Test(archive, sparse_tar)
{
    /* a pax sparse member: data at 0 and 200000, holes between and after (to 300000); the
     * holes come out as zeros, the tail hole included */
    struct archive *a = archive_write_new();
    cr_assert_not_null(a);
    archive_write_set_format_pax(a);
    size_t cap = 1 << 20;
    blob t = {malloc(cap), 0};
    cr_assert_not_null(t.p);
    cr_assert_eq(archive_write_open_memory(a, t.p, cap, &t.n), ARCHIVE_OK);
    struct archive_entry *e = archive_entry_new();
    archive_entry_set_pathname(e, "sparse.csv");
    archive_entry_set_filetype(e, AE_IFREG);
    archive_entry_set_perm(e, 0644);
    archive_entry_set_size(e, 300000);
    archive_entry_sparse_add_entry(e, 0, 10);
    archive_entry_sparse_add_entry(e, 200000, 10);
    cr_assert_eq(archive_write_header(a, e), ARCHIVE_OK, "%s", archive_error_string(a));
    char *want = calloc(1, 300000);
    cr_assert_not_null(want);
    memcpy(want, "abcdefghij", 10);
    memcpy(want + 200000, "0123456789", 10);
    cr_assert_eq(archive_write_data(a, want, 300000), 300000);
    archive_entry_free(e);
    cr_assert_eq(archive_write_close(a), ARCHIVE_OK);
    archive_write_free(a);
    cr_assert_lt(t.n, (size_t)20000, "the writer did not write a sparse member");

    int fd = temp_fd(t.p, t.n);
    ls_archive *ar;
    char msg[512];
    cr_assert_eq(ls_archive_open_fd(fd, &ar, msg, sizeof msg), LS_OK, "%s", msg);
    int mfd = open_member(ar, 0, "sparse.csv");
    blob b = drain(mfd);
    close(mfd);
    cr_assert_eq(ls_archive_member_close(ar, msg, sizeof msg), LS_OK, "%s", msg);
    cr_assert_eq(b.n, (size_t)300000);
    cr_assert(memcmp(b.p, want, b.n) == 0);
    free(b.p);
    ls_archive_free(ar);
    close(fd);
    free(want);
    free(t.p);
}

Test(archive, encrypted_zip)
{
    const char *names[] = {"secret.csv", "plain.csv"};
    const char *data = "id;email\n1;a@example.fr\n";
    /* one encrypted entry, then (second archive) a plain one after it */
    blob z = make_archive(ARCHIVE_FORMAT_ZIP, "zip:encryption=zipcrypt", "pw", names, "f", data);
    int fd = temp_fd(z.p, z.n);
    ls_archive *ar;
    char msg[512];
    cr_assert_eq(ls_archive_open_fd(fd, &ar, msg, sizeof msg), LS_OK, "%s", msg);
    ls_archive_member m;
    cr_assert_eq(ls_archive_next(ar, &m, msg, sizeof msg), 1, "%s", msg);
    cr_assert_str_eq(m.path, "secret.csv");
    cr_assert(m.encrypted);
    cr_assert(m.regular);
    int mfd;
    cr_assert_eq(ls_archive_member_open(ar, &mfd), LS_OK);
    blob b = drain(mfd);
    close(mfd);
    cr_assert_eq(b.n, 0);
    cr_assert_eq(ls_archive_member_close(ar, msg, sizeof msg), LS_ERR_READ);
    cr_assert_str_eq(msg, "zip: member secret.csv: encrypted after 0 bytes");
    cr_assert_eq(ls_archive_next(ar, &m, msg, sizeof msg), 0, "%s", msg);
    free(b.p);
    ls_archive_free(ar);
    close(fd);
    free(z.p);
}

/* ---- stopping early ------------------------------------------------------------------------ */

Test(archive, early_close)
{
    /* the sample: read 1000 bytes of the first file, close, the second is whole */
    int fd = open_sample("two_members.zip");
    ls_archive *ar;
    char msg[512];
    cr_assert_eq(ls_archive_open_fd(fd, &ar, msg, sizeof msg), LS_OK, "%s", msg);
    int mfd = open_member(ar, 1, "export/fr_clients.csv");
    char buf[1000];
    cr_assert_eq(read(mfd, buf, sizeof buf), (ssize_t)sizeof buf);
    close(mfd);
    double t0 = now();
    cr_assert_eq(ls_archive_member_close(ar, msg, sizeof msg), LS_OK, "%s", msg);
    cr_assert_lt(now() - t0, 2.0);
    cr_assert_eq(ls_archive_member_close(ar, msg, sizeof msg), LS_OK); /* again: same result */
    blob uk = slurp(LS_SAMPLES_DIR "/uk_people.tsv");
    rest_is(ar, "export/uk_people.tsv", uk.p, uk.n);
    free(uk.p);
    ls_archive_free(ar);
    close(fd);

    /* a member far larger than the socket buffers: the feeder is blocked in send() when the
     * reader closes; it must see EPIPE and stop, and the archive go on */
    char *big;
    const char *small;
    blob t = big_tar(&big, &small);
    for (int stream = 0; stream < 2; stream++) {
        mem_src src = {t.p, t.n, 0, 0, SIZE_MAX};
        fd = -1;
        if (stream) {
            cr_assert_eq(ls_archive_open_reader(mem_read, &src, NULL, 0, &ar, msg, sizeof msg),
                         LS_OK);
        } else {
            fd = temp_fd(t.p, t.n);
            cr_assert_eq(ls_archive_open_fd(fd, &ar, msg, sizeof msg), LS_OK);
        }
        mfd = open_member(ar, 0, "big.csv");
        cr_assert_eq(read(mfd, buf, sizeof buf), (ssize_t)sizeof buf);
        cr_assert(memcmp(buf, big, sizeof buf) == 0);
        usleep(100000); /* the feeder fills the socket and blocks */
        close(mfd);
        t0 = now();
        cr_assert_eq(ls_archive_member_close(ar, msg, sizeof msg), LS_OK, "%s", msg);
        cr_assert_lt(now() - t0, 2.0);
        rest_is(ar, "small.csv", small, strlen(small));
        ls_archive_free(ar);
        if (fd >= 0) close(fd);
    }
    free(t.p);
    free(big);
}

Test(archive, next_and_free_without_member_close)
{
    char *big;
    const char *small;
    blob t = big_tar(&big, &small);
    int fd = temp_fd(t.p, t.n);
    ls_archive *ar;
    char msg[512];
    cr_assert_eq(ls_archive_open_fd(fd, &ar, msg, sizeof msg), LS_OK, "%s", msg);
    int mfd = open_member(ar, 0, "big.csv");
    usleep(100000); /* blocked in send(): nobody reads */
    double t0 = now();
    /* next() shuts the feeder down itself; the old descriptor then ends early, after an
     * exact prefix */
    rest_is(ar, "small.csv", small, strlen(small));
    cr_assert_lt(now() - t0, 2.0);
    blob old = drain(mfd);
    close(mfd);
    cr_assert_lt(old.n, strlen(big));
    cr_assert(memcmp(old.p, big, old.n) == 0);
    free(old.p);
    ls_archive_free(ar);
    close(fd);

    /* a member opened and left unread: free() stops its feeder */
    for (int stream = 0; stream < 2; stream++) {
        mem_src src = {t.p, t.n, 0, 0, SIZE_MAX};
        fd = -1;
        if (stream) {
            cr_assert_eq(ls_archive_open_reader(mem_read, &src, NULL, 0, &ar, msg, sizeof msg),
                         LS_OK);
        } else {
            fd = temp_fd(t.p, t.n);
            cr_assert_eq(ls_archive_open_fd(fd, &ar, msg, sizeof msg), LS_OK);
        }
        mfd = open_member(ar, 0, "big.csv");
        char buf[100];
        cr_assert_eq(read(mfd, buf, sizeof buf), (ssize_t)sizeof buf);
        usleep(100000);
        t0 = now();
        ls_archive_free(ar);
        cr_assert_lt(now() - t0, 2.0);
        blob rest = drain(mfd); /* what was in the socket, then end of file */
        cr_assert_lt(rest.n + sizeof buf, strlen(big));
        free(rest.p);
        close(mfd);
        if (fd >= 0) close(fd);
    }
    free(t.p);
    free(big);
    cr_assert_eq(ls_archive_member_close(NULL, msg, sizeof msg), LS_ERR_INVALID_ARGUMENT);
}

/* A pipe writer that sends the first bytes of a zip and then stalls (never closes) until
 * told to stop: free() must still return, interrupting the blocked read. */
typedef struct {
    int fd;
    blob b;
    size_t n;
    volatile int stop;
} stall_feed;

/* Write the first n bytes, then hold the pipe open until told to stop. */
static void *stall_writer(void *arg)
{
    stall_feed *f = arg;
    cr_assert_eq(write(f->fd, f->b.p, f->n), (ssize_t)f->n);
    while (!f->stop)
        usleep(10000);
    close(f->fd);
    return NULL;
}

Test(archive, free_interrupts_a_stalled_pipe)
{
    stall_feed f = {.b = slurp(ARCHIVES "two_members.zip"), .n = 60000};
    int p[2];
    cr_assert_eq(pipe(p), 0);
    f.fd = p[1];
    pthread_t t;
    cr_assert_eq(pthread_create(&t, NULL, stall_writer, &f), 0);
    ls_archive *ar;
    char msg[512];
    cr_assert_eq(ls_archive_open_fd(p[0], &ar, msg, sizeof msg), LS_OK, "%s", msg);
    ls_archive_member m;
    cr_assert_eq(ls_archive_next(ar, &m, msg, sizeof msg), 1);
    cr_assert_eq(ls_archive_next(ar, &m, msg, sizeof msg), 1);
    int mfd;
    cr_assert_eq(ls_archive_member_open(ar, &mfd), LS_OK);
    char buf[4096];
    cr_assert(read(mfd, buf, sizeof buf) > 0);
    usleep(100000); /* the feeder waits for input that does not come */
    double t0 = now();
    ls_archive_free(ar);
    cr_assert_lt(now() - t0, 2.0);
    close(mfd);
    f.stop = 1;
    pthread_join(t, NULL);
    close(p[0]);
    free(f.b.p);
}

/* ---- not archives --------------------------------------------------------------------------- */

Test(archive, garbage_and_errors)
{
    ls_archive *ar = (ls_archive *)1;
    char msg[512];
    /* random bytes, a CSV, a gzip'd CSV (a compressed stream is not a container) */
    rng_state = 3;
    unsigned char junk[4096];
    for (size_t i = 0; i < sizeof junk; i++)
        junk[i] = (unsigned char)rnd();
    const char *files[] = {LS_SAMPLES_DIR "/fr_clients.csv",
                           LS_SAMPLES_DIR "/compressed/fr_clients.csv.gz",
                           LS_SAMPLES_DIR "/compressed/fr_clients.csv.zst", NULL};
    int fd = temp_fd(junk, sizeof junk);
    cr_assert_eq(ls_archive_open_fd(fd, &ar, msg, sizeof msg), LS_ERR_OPEN);
    cr_assert_null(ar);
    cr_assert(strstr(msg, "not a zip, 7z or tar"), "%s", msg);
    close(fd);
    for (int i = 0; files[i]; i++) {
        fd = open(files[i], O_RDONLY);
        cr_assert(fd >= 0);
        cr_assert_eq(ls_archive_open_fd(fd, &ar, msg, sizeof msg), LS_ERR_OPEN, "%s", files[i]);
        cr_assert(msg[0]);
        close(fd);
        blob b = slurp(files[i]);
        mem_src src = {b.p, b.n, 0, 0, SIZE_MAX};
        cr_assert_eq(ls_archive_open_reader(mem_read, &src, NULL, 0, &ar, msg, sizeof msg),
                     LS_ERR_OPEN, "%s", files[i]);
        free(b.p);
    }
    /* a zip magic with nothing behind it, and random bytes behind a zip magic */
    memcpy(junk, "PK\3\4", 4);
    for (size_t n = 4; n <= sizeof junk; n *= 2) {
        fd = temp_fd(junk, n);
        if (ls_archive_open_fd(fd, &ar, msg, sizeof msg) == LS_OK) {
            ls_archive_member m;
            int r = ls_archive_next(ar, &m, msg, sizeof msg);
            cr_assert(r == -1 && msg[0], "%zu junk bytes behind PK: %d", n, r);
            ls_archive_free(ar);
        } else {
            cr_assert(msg[0]);
        }
        close(fd);
    }
    /* empty input, a directory, bad arguments */
    fd = temp_fd("", 0);
    cr_assert_eq(ls_archive_open_fd(fd, &ar, msg, sizeof msg), LS_ERR_EMPTY);
    close(fd);
    fd = open(tmpdir, O_RDONLY | O_DIRECTORY);
    cr_assert_eq(ls_archive_open_fd(fd, &ar, msg, sizeof msg), LS_ERR_IS_DIRECTORY);
    close(fd);
    cr_assert_eq(ls_archive_open_fd(-1, &ar, msg, sizeof msg), LS_ERR_INVALID_ARGUMENT);
    cr_assert_eq(ls_archive_open_fd(0, NULL, msg, sizeof msg), LS_ERR_INVALID_ARGUMENT);
    cr_assert_eq(ls_archive_open_reader(NULL, NULL, NULL, 0, &ar, msg, sizeof msg),
                 LS_ERR_INVALID_ARGUMENT);
    ls_archive_member m;
    cr_assert_eq(ls_archive_next(NULL, &m, msg, sizeof msg), -1);
    ls_archive_free(NULL);
    cr_assert_eq(ls_archive_bytes_in(NULL), 0);

    /* a read error: at open, and inside a member */
    blob z = slurp(ARCHIVES "people.tar.gz");
    mem_src src = {z.p, z.n, 0, 0, 0};
    cr_assert_eq(ls_archive_open_reader(mem_read, &src, NULL, 0, &ar, msg, sizeof msg),
                 LS_ERR_READ);
    cr_assert(strstr(msg, "read error"), "%s", msg);
    mem_src src2 = {z.p, z.n, 0, 4096, 40000};
    cr_assert_eq(ls_archive_open_reader(mem_read, &src2, NULL, 0, &ar, msg, sizeof msg), LS_OK,
                 "%s", msg);
    cr_assert_eq(ls_archive_next(ar, &m, msg, sizeof msg), 1);
    int mfd;
    cr_assert_eq(ls_archive_member_open(ar, &mfd), LS_OK);
    blob b = drain(mfd);
    close(mfd);
    cr_assert_eq(ls_archive_member_close(ar, msg, sizeof msg), LS_ERR_READ, "%s", msg);
    cr_assert(strstr(msg, "read error") && strstr(msg, "Input/output error"), "%s", msg);
    cr_assert_lt(b.n, (size_t)214222);
    cr_assert_eq(ls_archive_next(ar, &m, msg, sizeof msg), -1);
    free(b.p);
    ls_archive_free(ar);
    free(z.p);
}
