#include "dedup/engine.h"

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

#include "common/io.h"

#define LS_MAX_SZ(a, b) ((a) > (b) ? (a) : (b))

struct ls_engine {
    size_t limit;
    unsigned threads;
    char tmp_dir[256];
    _Atomic size_t bytes, peak;
    _Atomic size_t next_relief; /* no relief before bytes pass this (>= limit) */
    atomic_int relieving;
    pthread_mutex_t lock;     /* the spill file's offset and error */
    pthread_mutex_t reg_lock; /* the registry of sets */
    struct ls_distinct **sets;
    size_t nsets, sets_cap;
    int fd; /* the spill file, -1 until the first spill */
    uint64_t end;
    _Atomic uint64_t spilled, spill_writes;
    atomic_bool failed;
    atomic_bool read_failed;
    char error[256];
    /* the chunk pool */
    pthread_mutex_t pool_lock;
    void *free_chunks; /* a list threaded through the chunks' first word */
    unsigned char *arena_next, *arena_end;
    void **arenas;
    size_t narenas, arenas_cap;
};

#define ARENA_BYTES ((size_t)32 << 20)

/* Half of physical memory: the engine's sets, not the mapped input, which the kernel can
 * drop and re-read at will. Enough to count a 43-million-record dump without spilling on a
 * 16 GB laptop, while leaving the rest of the machine usable. */
size_t ls_engine_default_limit(void)
{
    long pages = sysconf(_SC_PHYS_PAGES), psz = sysconf(_SC_PAGESIZE);
    if (pages <= 0 || psz <= 0) return (size_t)4 << 30;
    return (size_t)pages * (size_t)psz / 2;
}

ls_engine *ls_engine_create(const ls_engine_config *cfg)
{
    ls_engine *e = calloc(1, sizeof *e);
    if (!e) return NULL;
    e->limit = cfg && cfg->memory_limit ? cfg->memory_limit : ls_engine_default_limit();
    e->threads = cfg && cfg->threads ? cfg->threads : 1;
    e->next_relief = e->limit;
    const char *dir = cfg && cfg->tmp_dir ? cfg->tmp_dir : getenv("TMPDIR");
    if (!dir || !*dir) dir = "/tmp";
    if (strlen(dir) >= 200) { /* never a silently cut path: spilling will fail, and say so */
        snprintf(e->tmp_dir, sizeof e->tmp_dir, "%.190s...", dir);
        atomic_store(&e->failed, true);
        snprintf(e->error, sizeof e->error, "the spill directory's path is too long (%zu bytes)",
                 strlen(dir));
    } else {
        snprintf(e->tmp_dir, sizeof e->tmp_dir, "%s", dir);
    }
    e->fd = -1;
    pthread_mutex_init(&e->lock, NULL);
    pthread_mutex_init(&e->reg_lock, NULL);
    pthread_mutex_init(&e->pool_lock, NULL);
    return e;
}

void ls_engine_free(ls_engine *e)
{
    if (!e) return;
    if (e->fd >= 0) close(e->fd); /* unlinked since its creation: this removes it */
    pthread_mutex_destroy(&e->lock);
    pthread_mutex_destroy(&e->reg_lock);
    pthread_mutex_destroy(&e->pool_lock);
    for (size_t i = 0; i < e->narenas; i++)
        munmap(e->arenas[i], ARENA_BYTES);
    free(e->arenas);
    free(e->sets);
    free(e);
}

void ls_engine_get_stats(const ls_engine *e, ls_engine_stats *out)
{
    memset(out, 0, sizeof *out);
    out->memory_limit = e->limit;
    out->peak_bytes = atomic_load(&e->peak);
    out->spilled_bytes = atomic_load(&e->spilled);
    out->spill_writes = atomic_load(&e->spill_writes);
    out->spill_failed = atomic_load(&e->failed);
    out->spill_read_failed = atomic_load(&e->read_failed);
    ls_engine *m = (ls_engine *)e;
    pthread_mutex_lock(&m->lock);
    snprintf(out->spill_error, sizeof out->spill_error, "%s", e->error);
    pthread_mutex_unlock(&m->lock);
    snprintf(out->tmp_dir, sizeof out->tmp_dir, "%s", e->tmp_dir);
}

int ls__engine_charge(ls_engine *e, ptrdiff_t delta)
{
    size_t now = atomic_fetch_add(&e->bytes, (size_t)delta) + (size_t)delta;
    if (delta > 0) {
        size_t peak = atomic_load_explicit(&e->peak, memory_order_relaxed);
        while (now > peak && !atomic_compare_exchange_weak(&e->peak, &peak, now)) {
        }
    }
    return now > atomic_load_explicit(&e->next_relief, memory_order_relaxed) &&
           !atomic_load_explicit(&e->failed, memory_order_relaxed);
}

int ls__engine_over(const ls_engine *e)
{
    return atomic_load(&e->bytes) > atomic_load(&e->next_relief) && !atomic_load(&e->failed);
}

unsigned ls__engine_threads(const ls_engine *e)
{
    return e->threads;
}

size_t ls__engine_bytes(const ls_engine *e)
{
    return atomic_load(&e->bytes);
}

/* Spill down to 3/4 of the ceiling, not just under it: each relief then frees a good share
 * at once instead of writing one partition per append once memory hovers at the limit. */
size_t ls__engine_spill_target(const ls_engine *e)
{
    return e->limit / 4 * 3;
}

int ls__engine_try_begin_relief(ls_engine *e)
{
    return atomic_exchange(&e->relieving, 1) == 0;
}

void ls__engine_end_relief(ls_engine *e, bool reached_target)
{
    size_t now = atomic_load(&e->bytes);
    atomic_store(&e->next_relief,
                 reached_target ? e->limit : LS_MAX_SZ(e->limit, now + e->limit / 8));
    atomic_store(&e->relieving, 0);
}

void ls__engine_lock(ls_engine *e)
{
    pthread_mutex_lock(&e->reg_lock);
}

void ls__engine_unlock(ls_engine *e)
{
    pthread_mutex_unlock(&e->reg_lock);
}

struct ls_distinct **ls__engine_sets(ls_engine *e, size_t *n)
{
    *n = e->nsets;
    return e->sets;
}

int ls__engine_register(ls_engine *e, struct ls_distinct *s)
{
    int rc = 0;
    pthread_mutex_lock(&e->reg_lock);
    if (e->nsets == e->sets_cap) {
        size_t ncap = e->sets_cap ? e->sets_cap * 2 : 32;
        struct ls_distinct **n = realloc(e->sets, ncap * sizeof *n);
        if (!n)
            rc = -1;
        else
            e->sets = n, e->sets_cap = ncap;
    }
    if (rc == 0) e->sets[e->nsets++] = s;
    pthread_mutex_unlock(&e->reg_lock);
    return rc;
}

void ls__engine_unregister(ls_engine *e, struct ls_distinct *s)
{
    pthread_mutex_lock(&e->reg_lock);
    for (size_t i = 0; i < e->nsets; i++)
        if (e->sets[i] == s) {
            e->sets[i] = e->sets[--e->nsets];
            break;
        }
    pthread_mutex_unlock(&e->reg_lock);
}

/* Record the first spill error and stop spilling (called with the lock held). */
static void fail(ls_engine *e, const char *what, int err)
{
    if (!atomic_load(&e->failed))
        snprintf(e->error, sizeof e->error, "%.60s in %.120s: %.60s", what, e->tmp_dir,
                 strerror(err));
    atomic_store(&e->failed, true);
}

/* The spill file: unlinked from birth, so it cannot outlive the process. O_TMPFILE does
 * that atomically; where the file system lacks it, mkstemp and an immediate unlink. */
static int open_spill(ls_engine *e)
{
    int fd = open(e->tmp_dir, O_TMPFILE | O_RDWR | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0 && (errno == EOPNOTSUPP || errno == EISDIR || errno == EINVAL)) {
        char path[300];
        snprintf(path, sizeof path, "%s/leakscope-spill-XXXXXX", e->tmp_dir);
        fd = mkostemp(path, O_CLOEXEC);
        if (fd >= 0) unlink(path);
    }
    if (fd < 0) {
        fail(e, "cannot create a spill file", errno);
        return -1;
    }
    fchmod(fd, 0600);
    e->fd = fd;
    return 0;
}

int ls__engine_spill_write(ls_engine *e, const void *p, size_t n, uint64_t *off)
{
    pthread_mutex_lock(&e->lock);
    int rc = -1;
    if (atomic_load(&e->failed) || (e->fd < 0 && open_spill(e) != 0)) goto out;
    uint64_t at = e->end;
    const char *c = p;
    size_t done = 0;
    while (done < n) {
        ssize_t w = pwrite(e->fd, c + done, n - done, (off_t)(at + done));
        if (w < 0 && errno == EINTR) continue;
        if (w <= 0) {
            fail(e, "cannot write the spill file", w < 0 ? errno : ENOSPC);
            /* give back what this piece took: the file never holds a half piece */
            if (ftruncate(e->fd, (off_t)at) != 0) { /* nothing more to do */
            }
            goto out;
        }
        done += (size_t)w;
    }
    e->end = at + n;
    *off = at;
    atomic_fetch_add(&e->spilled, n);
    atomic_fetch_add(&e->spill_writes, 1);
    rc = 0;
out:
    pthread_mutex_unlock(&e->lock);
    return rc;
}

int ls__engine_spill_read(ls_engine *e, void *p, size_t n, uint64_t off)
{
    int err;
    if (ls_pread_full(e->fd, p, n, off, &err) != n) {
        pthread_mutex_lock(&e->lock);
        fail(e, "cannot read the spill file back", err ? err : EIO);
        atomic_store(&e->read_failed, true);
        pthread_mutex_unlock(&e->lock);
        return -1;
    }
    return 0;
}

void ls__engine_spill_release(ls_engine *e, uint64_t off, size_t n)
{
#ifdef FALLOC_FL_PUNCH_HOLE
    if (e->fd >= 0 && n)
        (void)fallocate(e->fd, FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE, (off_t)off, (off_t)n);
#else
    (void)e, (void)off, (void)n;
#endif
}

void *ls__engine_chunk_get(ls_engine *e)
{
    void *c = NULL;
    pthread_mutex_lock(&e->pool_lock);
    if (e->free_chunks) {
        c = e->free_chunks;
        memcpy(&e->free_chunks, c, sizeof(void *));
    } else {
        if (e->arena_next == e->arena_end) {
            /* A new arena: mapped, not touched (pages appear as chunks are first written) */
            void *m =
                mmap(NULL, ARENA_BYTES, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
            if (m == MAP_FAILED) goto out;
#ifdef MADV_HUGEPAGE
            madvise(m, ARENA_BYTES, MADV_HUGEPAGE);
#endif
            if (e->narenas == e->arenas_cap) {
                size_t ncap = e->arenas_cap ? e->arenas_cap * 2 : 16;
                void **n = realloc(e->arenas, ncap * sizeof *n);
                if (!n) {
                    munmap(m, ARENA_BYTES);
                    goto out;
                }
                e->arenas = n;
                e->arenas_cap = ncap;
            }
            e->arenas[e->narenas++] = m;
            e->arena_next = m;
            e->arena_end = e->arena_next + ARENA_BYTES;
        }
        c = e->arena_next;
        e->arena_next += LS_ENGINE_CHUNK_BYTES;
    }
out:
    pthread_mutex_unlock(&e->pool_lock);
    if (c) ls__engine_charge(e, (ptrdiff_t)LS_ENGINE_CHUNK_BYTES);
    return c;
}

void ls__engine_chunk_put(ls_engine *e, void *c)
{
    if (!c) return;
    pthread_mutex_lock(&e->pool_lock);
    memcpy(c, &e->free_chunks, sizeof(void *));
    e->free_chunks = c;
    pthread_mutex_unlock(&e->pool_lock);
    ls__engine_charge(e, -(ptrdiff_t)LS_ENGINE_CHUNK_BYTES);
}
