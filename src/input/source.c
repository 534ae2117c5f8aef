#include "input/source.h"

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "common/sha256.h"
#include "common/thread.h"
#include "input/sigbus.h"

/* ---- evidence manifest: the SHA-256 of the bytes as received ----------------------------- */

/* A mapped file is hashed by a thread of its own that reads the mapping once, start to end,
 * while the workers parse it (the bytes come from disk into the page cache once); a stream
 * is hashed in ls_source_read(); a compressed or UTF-16 input by its decoder thread. */
struct ls_source_hash {
    ls_sha256 h;
    const char *map; /* mapped: what the thread hashes */
    size_t size;
    pthread_t thread;
    bool thread_started;
    atomic_bool stop;     /* close before the digest was taken: the thread gives up */
    pthread_mutex_t lock; /* with `resume`: the thread waits while `held` */
    pthread_cond_t resume;
    bool held;
    bool fault;             /* the mapping shrank under the thread (SIGBUS): digest incomplete */
    bool read_failed;       /* a stream read failed: digest incomplete */
    uint64_t hash_released; /* pages below this were dropped from the process */
};

#define RELEASE_STEP ((uint64_t)64 << 20)

/* Hash the mapping in 4 MiB steps under the SIGBUS guard (a file truncated while mapped
 * must not kill the run: the digest is then marked incomplete). */
static void *map_hash_main(void *arg)
{
    struct ls_source_hash *sh = arg;
    ls_sigbus_guard guard;
    if (sigsetjmp(guard.env, 1)) {
        sh->fault = true;
        return NULL;
    }
    ls_sigbus_arm(&guard);
    const size_t step = (size_t)4 << 20;
    uint64_t page = (uint64_t)sysconf(_SC_PAGESIZE);
    for (size_t off = 0; off < sh->size; off += step) {
        if (atomic_load_explicit(&sh->stop, memory_order_relaxed)) break;
        pthread_mutex_lock(&sh->lock);
        while (sh->held && !atomic_load(&sh->stop))
            pthread_cond_wait(&sh->resume, &sh->lock);
        pthread_mutex_unlock(&sh->lock);
        size_t n = sh->size - off < step ? sh->size - off : step;
        ls_sha256_update(&sh->h, sh->map + off, n);
        /* Drop what this thread has hashed, whoever is ahead: the hasher reads far faster
         * than the workers parse, and keeping its lead resident would keep the whole file
         * resident. A page the workers have not read yet faults back in from the page cache
         * (a minor fault), and the workers drop what they pass in their turn. */
        uint64_t lo = (uint64_t)(off + n);
        lo -= lo % page;
        if (lo >= sh->hash_released + RELEASE_STEP) {
            madvise((char *)sh->map + sh->hash_released, (size_t)(lo - sh->hash_released),
                    MADV_DONTNEED);
            sh->hash_released = lo;
        }
    }
    ls_sigbus_disarm();
    return NULL;
}

/* A hash state for the source; for a mapping, the thread is started too. On any failure
 * the source simply has no digest (the manifest then says so): never an analysis error. */
static void hash_start(ls_source *src)
{
    struct ls_source_hash *sh = calloc(1, sizeof *sh);
    if (!sh) return;
    atomic_init(&sh->stop, false);
    pthread_mutex_init(&sh->lock, NULL);
    pthread_cond_init(&sh->resume, NULL);
    if (!src->decoder && ls_sha256_init(&sh->h) != 0) {
        pthread_cond_destroy(&sh->resume);
        pthread_mutex_destroy(&sh->lock);
        free(sh);
        return;
    }
    src->hash = sh;
    if (src->mapped) {
        sh->map = src->map;
        sh->size = src->size;
        ls_sigbus_install();
        sh->thread_started = ls_thread_start(&sh->thread, map_hash_main, sh) == 0;
        if (!sh->thread_started) { /* no thread: hash here, still a single read */
            map_hash_main(sh);
        }
    }
}

static void hold_hashing(struct ls_source_hash *sh, bool hold)
{
    pthread_mutex_lock(&sh->lock);
    sh->held = hold;
    pthread_cond_broadcast(&sh->resume);
    pthread_mutex_unlock(&sh->lock);
}

void ls_source_hold_hashing(const ls_source *src, bool hold)
{
    if (src->hash && src->hash->thread_started) hold_hashing(src->hash, hold);
}

/* Stop (if asked) and join the mapping's hash thread. */
static void hash_join(struct ls_source_hash *sh, bool stop)
{
    if (!sh || !sh->thread_started) return;
    if (stop) atomic_store(&sh->stop, true);
    hold_hashing(sh, false);
    pthread_join(sh->thread, NULL);
    sh->thread_started = false;
}

/* Start the decoder if the first bytes are a compression magic. For a regular file the
 * decoder reads the descriptor from offset 0; for a stream the peeked bytes go first. */
static ls_status maybe_decode(ls_source *src, const unsigned char *head, size_t n, bool seekable,
                              char *msg, size_t msgcap)
{
    ls_compression c = ls_compression_sniff(head, n);
    ls_transcode t = c == LS_COMPRESSION_NONE ? ls_transcode_sniff(head, n) : LS_TRANSCODE_NONE;
    if (c == LS_COMPRESSION_NONE && t == LS_TRANSCODE_NONE) return LS_OK;
    if (t != LS_TRANSCODE_NONE) {
        src->transcode = t;
        if (seekable && lseek(src->fd, 0, SEEK_SET) != 0) {
            snprintf(msg, msgcap, "cannot rewind: %s", strerror(errno));
            return LS_ERR_READ;
        }
        ls_status st = ls_transcoder_start(src->fd, t, seekable ? NULL : head, seekable ? 0 : n,
                                           &src->decoder);
        if (st != LS_OK) snprintf(msg, msgcap, "cannot start the UTF-16 decoder");
        src->peek_len = src->peek_pos = 0;
        return st;
    }
    src->compression = c;
    if (seekable && lseek(src->fd, 0, SEEK_SET) != 0) {
        snprintf(msg, msgcap, "cannot rewind: %s", strerror(errno));
        return LS_ERR_READ;
    }
    ls_status st =
        ls_decoder_start(src->fd, c, seekable ? NULL : head, seekable ? 0 : n, &src->decoder);
    if (st != LS_OK) snprintf(msg, msgcap, "cannot start the %s decoder", ls_compression_name(c));
    src->peek_len = src->peek_pos = 0;
    if (st != LS_OK) return st;
    /* UTF-16 text inside the compression: its byte-order mark opens the decoded bytes. Then
     * a transcoder is chained on the decoder; else the bytes peeked are handed out first. */
    ssize_t got = 0;
    while ((size_t)got < sizeof src->dpeek) {
        ssize_t r = ls_decoder_read(src->decoder, (char *)src->dpeek + got,
                                    sizeof src->dpeek - (size_t)got);
        if (r <= 0) break;
        got += r;
    }
    ls_transcode t16 = ls_transcode_sniff(src->dpeek, (size_t)got);
    if (t16 != LS_TRANSCODE_NONE) {
        ls_decoder *chain;
        st = ls_transcoder_chain(src->decoder, t16, src->dpeek, (size_t)got, &chain);
        if (st != LS_OK) {
            snprintf(msg, msgcap, "cannot start the UTF-16 decoder");
            return st;
        }
        src->decoder = chain;
        src->transcode = t16;
        return LS_OK;
    }
    src->dpeek_len = (size_t)got;
    src->dpeek_pos = 0;
    return LS_OK;
}

static ls_status setup(ls_source *src, char *msg, size_t msgcap)
{
    struct stat st;
    if (fstat(src->fd, &st) != 0) {
        snprintf(msg, msgcap, "cannot stat: %s", strerror(errno));
        return LS_ERR_OPEN;
    }
    if (S_ISDIR(st.st_mode)) {
        snprintf(msg, msgcap, "is a directory");
        return LS_ERR_IS_DIRECTORY;
    }
    if (S_ISREG(st.st_mode)) {
        if (st.st_size == 0) {
            snprintf(msg, msgcap, "empty file (0 bytes)");
            return LS_ERR_EMPTY;
        }
        src->file_size = (uint64_t)st.st_size;
        unsigned char head[LS_COMPRESSION_SNIFF_BYTES];
        ssize_t hn = pread(src->fd, head, sizeof head, 0);
        if (hn > 0 && (ls_compression_sniff(head, (size_t)hn) != LS_COMPRESSION_NONE ||
                       ls_transcode_sniff(head, (size_t)hn) != LS_TRANSCODE_NONE)) {
            src->mapped = false; /* decoded as a stream */
            return maybe_decode(src, head, (size_t)hn, true, msg, msgcap);
        }
        void *m = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE, src->fd, 0);
        if (m != MAP_FAILED) {
            madvise(m, (size_t)st.st_size, MADV_SEQUENTIAL);
            src->mapped = true;
            src->map = m;
            src->size = (size_t)st.st_size;
            return LS_OK;
        }
        /* fall through: a file we cannot map (some FUSE or /proc files) is streamed */
    }
    src->mapped = false;
    /* a stream: peek at its first bytes for a compression magic */
    ssize_t got = 0;
    while ((size_t)got < sizeof src->peek) {
        ssize_t r = read(src->fd, src->peek + got, sizeof src->peek - (size_t)got);
        if (r < 0 && errno == EINTR) continue;
        if (r <= 0) break;
        got += r;
    }
    src->peek_len = (size_t)got;
    src->peek_pos = 0;
    return maybe_decode(src, src->peek, src->peek_len, false, msg, msgcap);
}

ls_status ls_source_open(const char *path, ls_source *src, char *msg, size_t msgcap)
{
    memset(src, 0, sizeof *src);
    if (strcmp(path, "-") == 0) return ls_source_from_fd(STDIN_FILENO, src, msg, msgcap);
    src->fd = open(path, O_RDONLY | O_CLOEXEC);
    if (src->fd < 0) {
        snprintf(msg, msgcap, "cannot open: %s", strerror(errno));
        return errno == EISDIR ? LS_ERR_IS_DIRECTORY : LS_ERR_OPEN;
    }
    src->own_fd = true;
    ls_status s = setup(src, msg, msgcap);
    if (s != LS_OK) ls_source_close(src);
    if (s == LS_OK) hash_start(src);
    return s;
}

ls_status ls_source_from_fd(int fd, ls_source *src, char *msg, size_t msgcap)
{
    memset(src, 0, sizeof *src);
    src->fd = fd;
    ls_status s = setup(src, msg, msgcap);
    if (s == LS_OK) hash_start(src);
    return s;
}

ssize_t ls_source_read(ls_source *src, char *buf, size_t n)
{
    if (src->decoder) {
        size_t got = 0;
        while (got < n && src->dpeek_pos < src->dpeek_len)
            buf[got++] = (char)src->dpeek[src->dpeek_pos++];
        while (got < n) {
            ssize_t r = ls_decoder_read(src->decoder, buf + got, n - got);
            if (r < 0) { /* the decoder repeats it on the next call */
                src->read_errno = errno;
                return got ? (ssize_t)got : -1;
            }
            if (r == 0) break;
            got += (size_t)r;
        }
        return (ssize_t)got;
    }
    if (src->read_errno) { /* met after the bytes of the previous call: reported now */
        errno = src->read_errno;
        return -1;
    }
    size_t got = 0;
    while (got < n && src->peek_pos < src->peek_len)
        buf[got++] = (char)src->peek[src->peek_pos++];
    while (got < n) {
        ssize_t r = read(src->fd, buf + got, n - got);
        if (r < 0) {
            if (errno == EINTR) continue;
            /* the bytes already read are handed out; the error comes with the next call */
            src->read_errno = errno;
            if (src->hash) {
                src->hash->read_failed = true;
                ls_sha256_update(&src->hash->h, buf, got);
            }
            return got ? (ssize_t)got : -1;
        }
        if (r == 0) break;
        got += (size_t)r;
    }
    if (src->hash) ls_sha256_update(&src->hash->h, buf, got); /* the bytes as received */
    return (ssize_t)got;
}

long long ls_source_current_size(const ls_source *src)
{
    struct stat st;
    if (fstat(src->fd, &st) != 0) return -1;
    return (long long)st.st_size;
}

int ls_source_failed(const ls_source *src)
{
    return src->read_errno;
}

ls_status ls_source_decoder_status(const ls_source *src, char *msg, size_t msgcap)
{
    if (!src->decoder) return LS_OK;
    if (ls_decoder_failed(src->decoder)) {
        snprintf(msg, msgcap, "%s",
                 ls_decoder_message(src->decoder)[0] ? ls_decoder_message(src->decoder)
                                                     : "read error in the decoder");
        return LS_ERR_READ;
    }
    if (ls_decoder_corrupt(src->decoder)) {
        snprintf(msg, msgcap, "%s", ls_decoder_message(src->decoder));
        return LS_ERR_READ;
    }
    if (ls_decoder_truncated(src->decoder)) {
        snprintf(msg, msgcap, "%s", ls_decoder_message(src->decoder));
        return LS_ERR_TRUNCATED;
    }
    return LS_OK;
}

void ls_source_close(ls_source *src)
{
    if (src->hash) {
        hash_join(src->hash, true);
        pthread_cond_destroy(&src->hash->resume);
        pthread_mutex_destroy(&src->hash->lock);
        ls_sha256_free(&src->hash->h);
        free(src->hash);
        src->hash = NULL;
    }
    ls_decoder_free(src->decoder);
    src->decoder = NULL;
    if (src->mapped && src->map) munmap((void *)src->map, src->size);
    if (src->own_fd && src->fd >= 0) close(src->fd);
    src->map = NULL;
    src->mapped = false;
    src->own_fd = false;
    src->fd = -1;
}

/* Read the rest of a descriptor into the digest (what the analysis did not consume: a
 * decoder stopped at damage, a sniffer gave up). false on a read error. */
static bool hash_rest_of_fd(int fd, ls_sha256 *h)
{
    enum { BLOCK = 1 << 20 };
    char *buf = malloc(BLOCK);
    if (!buf) return false;
    bool ok = true;
    for (;;) {
        ssize_t r = read(fd, buf, BLOCK);
        if (r < 0 && errno == EINTR) continue;
        if (r < 0) ok = false;
        if (r <= 0) break;
        ls_sha256_update(h, buf, (size_t)r);
    }
    free(buf);
    return ok;
}

/* Finish the digest (see source.h). A stream or decoder is first drained to its end, so the
 * digest covers the whole input even when the analysis stopped early. */
void ls_source_take_digest(ls_source *src, ls_source_digest *out)
{
    memset(out, 0, sizeof *out);
    struct ls_source_hash *sh = src->hash;
    if (!sh) return;
    if (src->mapped) {
        hash_join(sh, false);
        out->complete = !sh->fault && sh->h.bytes == src->size;
    } else if (src->decoder) {
        enum { BLOCK = 1 << 20 };
        char *buf = malloc(BLOCK);
        ssize_t r = 0;
        while (buf && (r = ls_source_read(src, buf, BLOCK)) > 0)
            ;
        free(buf);
        out->decoded_bytes = ls_decoder_bytes_out(src->decoder);
        ls_sha256_free(&sh->h);
        ls_decoder_take_hash(src->decoder, &sh->h);
        /* the decoder stops reading at damage: the rest of the input is hashed here */
        bool rest_ok = sh->h.ctx && hash_rest_of_fd(ls_decoder_fd(src->decoder), &sh->h);
        out->complete = buf && r == 0 && rest_ok && !ls_decoder_failed(src->decoder);
    } else if (src->file_size && !sh->read_failed) {
        /* a regular file read as a stream (it could not be mapped): the rest from where the
         * stream stopped, by offset (a seekable archive reader may have moved the fd) */
        enum { BLOCK = 1 << 20 };
        char *buf = malloc(BLOCK);
        bool ok = buf != NULL;
        for (;;) {
            ssize_t r = buf ? pread(src->fd, buf, BLOCK, (off_t)sh->h.bytes) : -1;
            if (r < 0 && errno == EINTR) continue;
            if (r < 0) ok = false;
            if (r <= 0) break;
            ls_sha256_update(&sh->h, buf, (size_t)r);
        }
        free(buf);
        out->complete = ok;
    } else {
        enum { BLOCK = 1 << 20 };
        char *buf = malloc(BLOCK);
        ssize_t r = 0;
        while (buf && (r = ls_source_read(src, buf, BLOCK)) > 0)
            ;
        free(buf);
        out->complete = buf && r == 0 && !sh->read_failed;
    }
    out->bytes = sh->h.bytes;
    ls_sha256_final_hex(&sh->h, out->sha256);
}
