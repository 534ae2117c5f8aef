/* fpsort: radix sort and sorted runs for the fingerprint writer (fpsort.h). */
#include "fingerprint/fpsort.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "common/io.h"

/* Keys are PRF outputs, spread uniformly: two MSD passes on the top bits cut them into
 * buckets of a few keys (the first pass scatters through memory once, the second within a
 * bucket that fits in cache), which insertion sort finishes. A bucket that is not small
 * (keys that are not uniform: the tests' repeats) is finished by qsort, so the result is
 * always sorted. */
#define SMALL 32

static int cmp_u64(const void *x, const void *y)
{
    uint64_t a = *(const uint64_t *)x, b = *(const uint64_t *)y;
    return a < b ? -1 : a > b;
}
static int cmp_key(const void *x, const void *y)
{
    return ls_fpkey_cmp(*(const ls_fpkey *)x, *(const ls_fpkey *)y);
}

static inline bool less_u64(uint64_t a, uint64_t b)
{
    return a < b;
}
static inline bool less_key(ls_fpkey a, ls_fpkey b)
{
    return ls_fpkey_cmp(a, b) < 0;
}
static inline uint64_t word_u64(uint64_t x)
{
    return x;
}
static inline uint64_t word_key(ls_fpkey x)
{
    return x.hi;
}

/* Bits of the two passes for n keys: about log2(n) - 2 in all (buckets of ~4 keys). */
static void digits(size_t n, unsigned *d1, unsigned *d2)
{
    unsigned b = 0;
    while (b < 63 && ((size_t)1 << b) < n)
        b++;
    b = b > 2 ? b - 2 : 1;
    if (b > 22) b = 22;
    *d1 = b < 11 ? b : 11;
    *d2 = b - *d1;
}

#define DEFINE_SORT(NAME, T, WORD, LESS, CMP)                                                      \
    static void NAME##_small(T *a, size_t n)                                                       \
    {                                                                                              \
        if (n > SMALL) {                                                                           \
            qsort(a, n, sizeof *a, CMP);                                                           \
            return;                                                                                \
        }                                                                                          \
        for (size_t i = 1; i < n; i++) {                                                           \
            T k = a[i];                                                                            \
            size_t j = i;                                                                          \
            while (j > 0 && LESS(k, a[j - 1])) {                                                   \
                a[j] = a[j - 1];                                                                   \
                j--;                                                                               \
            }                                                                                      \
            a[j] = k;                                                                              \
        }                                                                                          \
    }                                                                                              \
    static void NAME(T *a, T *t, size_t n)                                                         \
    {                                                                                              \
        if (n <= SMALL) {                                                                          \
            NAME##_small(a, n);                                                                    \
            return;                                                                                \
        }                                                                                          \
        unsigned d1, d2;                                                                           \
        digits(n, &d1, &d2);                                                                       \
        size_t *c1 = calloc(((size_t)1 << d1) + 1, sizeof *c1);                                    \
        size_t *c2 = calloc(((size_t)1 << d2) + 1, sizeof *c2);                                    \
        if (!c1 || !c2) {                                                                          \
            free(c1);                                                                              \
            free(c2);                                                                              \
            qsort(a, n, sizeof *a, CMP);                                                           \
            return;                                                                                \
        }                                                                                          \
        unsigned sh1 = 64 - d1, sh2 = 64 - d1 - d2;                                                \
        uint64_t m2 = ((uint64_t)1 << d2) - 1;                                                     \
        for (size_t i = 0; i < n; i++)                                                             \
            c1[(WORD(a[i]) >> sh1) + 1]++;                                                         \
        for (size_t d = 1; d <= ((size_t)1 << d1); d++)                                            \
            c1[d] += c1[d - 1];                                                                    \
        /* c1[d] is now where bucket d starts; scatter, then c1[d] is where it ends */             \
        for (size_t i = 0; i < n; i++)                                                             \
            t[c1[WORD(a[i]) >> sh1]++] = a[i];                                                     \
        size_t start = 0;                                                                          \
        for (size_t d = 0; d < ((size_t)1 << d1); d++) {                                           \
            size_t end = c1[d], m = end - start;                                                   \
            if (m <= SMALL || !d2) {                                                               \
                memcpy(a + start, t + start, m * sizeof *a);                                       \
                NAME##_small(a + start, m);                                                        \
                start = end;                                                                       \
                continue;                                                                          \
            }                                                                                      \
            memset(c2, 0, (((size_t)1 << d2) + 1) * sizeof *c2);                                   \
            for (size_t i = start; i < end; i++)                                                   \
                c2[((WORD(t[i]) >> sh2) & m2) + 1]++;                                              \
            for (size_t e = 1; e <= ((size_t)1 << d2); e++)                                        \
                c2[e] += c2[e - 1];                                                                \
            for (size_t i = start; i < end; i++)                                                   \
                a[start + c2[(WORD(t[i]) >> sh2) & m2]++] = t[i];                                  \
            size_t s2 = 0;                                                                         \
            for (size_t e = 0; e < ((size_t)1 << d2); e++) {                                       \
                if (c2[e] - s2 > 1) NAME##_small(a + start + s2, c2[e] - s2);                      \
                s2 = c2[e];                                                                        \
            }                                                                                      \
            start = end;                                                                           \
        }                                                                                          \
        free(c1);                                                                                  \
        free(c2);                                                                                  \
    }

DEFINE_SORT(sort64, uint64_t, word_u64, less_u64, cmp_u64)
DEFINE_SORT(sort128, ls_fpkey, word_key, less_key, cmp_key)

void ls_fp_radix64(uint64_t *a, uint64_t *t, size_t n)
{
    sort64(a, t, n);
}

void ls_fp_radix128(ls_fpkey *a, ls_fpkey *t, size_t n)
{
    sort128(a, t, n);
}

/* ---- the sorter ------------------------------------------------------------------------- */

typedef struct {
    uint64_t off, n; /* keys at byte offset off of the run file */
} run_t;

struct ls_fp_sorter {
    unsigned kb;
    size_t cap; /* keys the buffer holds */
    void *buf, *scratch;
    size_t n;
    const char *tmp_dir;
    int fd;              /* run file, -1 until the first run */
    uint64_t file_bytes; /* written to it */
    run_t *runs;
    size_t nruns, runs_cap;
    int err_no;
    uint64_t total_runs;
};

ls_fp_sorter *ls_fp_sorter_create(unsigned key_bytes, size_t budget, const char *tmp_dir)
{
    if (key_bytes != 8 && key_bytes != 16) return NULL;
    if (budget < ((size_t)1 << 20)) budget = (size_t)1 << 20;
    ls_fp_sorter *s = calloc(1, sizeof *s);
    if (!s) return NULL;
    s->kb = key_bytes;
    s->cap = budget / 2 / key_bytes;
    s->tmp_dir = tmp_dir;
    s->fd = -1;
    s->buf = malloc(s->cap * key_bytes);
    s->scratch = malloc(s->cap * key_bytes);
    if (!s->buf || !s->scratch) {
        ls_fp_sorter_free(s);
        return NULL;
    }
    return s;
}

void ls_fp_sorter_free(ls_fp_sorter *s)
{
    if (!s) return;
    if (s->fd >= 0) close(s->fd);
    free(s->buf);
    free(s->scratch);
    free(s->runs);
    free(s);
}

uint64_t ls_fp_sorter_runs(const ls_fp_sorter *s)
{
    return s->total_runs;
}

static void sort_buffer(ls_fp_sorter *s)
{
    if (s->kb == 8)
        ls_fp_radix64(s->buf, s->scratch, s->n);
    else
        ls_fp_radix128(s->buf, s->scratch, s->n);
}

/* The run file: unlinked from the start (O_TMPFILE), else created and unlinked at once. */
static int open_runs(ls_fp_sorter *s)
{
    const char *dir = s->tmp_dir ? s->tmp_dir : getenv("TMPDIR");
    if (!dir || !*dir) dir = "/tmp";
#ifdef O_TMPFILE
    s->fd = open(dir, O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);
    if (s->fd >= 0) return 0;
#endif
    char path[4096];
    snprintf(path, sizeof path, "%s/leakscope-fp-XXXXXX", dir);
    s->fd = mkstemp(path);
    if (s->fd < 0) return -1;
    unlink(path);
    return 0;
}

static int write_all(int fd, const void *p, size_t n, uint64_t off)
{
    const char *c = p;
    while (n) {
        ssize_t r = pwrite(fd, c, n, (off_t)off);
        if (r < 0 && errno == EINTR) continue;
        if (r <= 0) return r < 0 ? errno : EIO;
        c += r;
        n -= (size_t)r;
        off += (uint64_t)r;
    }
    return 0;
}

/* Sort the buffer and write it out as a run. */
static int flush_run(ls_fp_sorter *s)
{
    if (!s->n) return 0;
    if (s->err_no) return -1;
    if (s->fd < 0 && open_runs(s) != 0) {
        s->err_no = errno;
        return -1;
    }
    if (s->nruns == s->runs_cap) {
        size_t nc = s->runs_cap ? 2 * s->runs_cap : 16;
        run_t *r = realloc(s->runs, nc * sizeof *r);
        if (!r) {
            s->err_no = ENOMEM;
            return -1;
        }
        s->runs = r;
        s->runs_cap = nc;
    }
    sort_buffer(s);
    int e = write_all(s->fd, s->buf, s->n * s->kb, s->file_bytes);
    if (e) {
        s->err_no = e;
        return -1;
    }
    s->runs[s->nruns++] = (run_t){s->file_bytes, s->n};
    s->file_bytes += s->n * s->kb;
    s->total_runs++;
    s->n = 0;
    return 0;
}

int ls_fp_sorter_add(ls_fp_sorter *s, ls_fpkey k)
{
    if (s->n == s->cap && flush_run(s) != 0) return -1;
    if (s->kb == 8)
        ((uint64_t *)s->buf)[s->n++] = k.lo;
    else
        ((ls_fpkey *)s->buf)[s->n++] = k;
    return 0;
}

/* One run being merged: a window of its keys in memory. */
typedef struct {
    uint64_t off, left; /* next key's file offset, keys not yet loaded */
    unsigned char *buf;
    size_t n, at, cap; /* keys in buf, next one, room */
    ls_fpkey cur;
} rdr_t;

static int rdr_fill(ls_fp_sorter *s, rdr_t *r)
{
    size_t m = r->left < r->cap ? (size_t)r->left : r->cap;
    size_t bytes = m * s->kb;
    int err;
    if (ls_pread_full(s->fd, r->buf, bytes, r->off, &err) != bytes) return err ? err : EIO;
    r->off += bytes;
    r->left -= m;
    r->n = m;
    r->at = 0;
    return 0;
}

/* The run's next key into r->cur: 1, 0 at its end, -1 on a read error. */
static int rdr_next(ls_fp_sorter *s, rdr_t *r)
{
    if (r->at == r->n) {
        if (!r->left) return 0;
        int e = rdr_fill(s, r);
        if (e) {
            s->err_no = e;
            return -1;
        }
    }
    if (s->kb == 8) {
        uint64_t v;
        memcpy(&v, r->buf + r->at * 8, 8);
        r->cur = (ls_fpkey){v, 0};
    } else {
        memcpy(&r->cur, r->buf + r->at * 16, 16);
    }
    r->at++;
    return 1;
}

static void heap_down(rdr_t **h, size_t n, size_t i)
{
    for (;;) {
        size_t l = 2 * i + 1, m = i;
        if (l < n && ls_fpkey_cmp(h[l]->cur, h[m]->cur) < 0) m = l;
        if (l + 1 < n && ls_fpkey_cmp(h[l + 1]->cur, h[m]->cur) < 0) m = l + 1;
        if (m == i) return;
        rdr_t *x = h[i];
        h[i] = h[m];
        h[m] = x;
        i = m;
    }
}

static int merge_runs(ls_fp_sorter *s, ls_fp_writer *w)
{
    size_t k = s->nruns;
    rdr_t *r = calloc(k, sizeof *r);
    rdr_t **heap = calloc(k, sizeof *heap);
    if (!r || !heap) {
        free(r);
        free(heap);
        s->err_no = ENOMEM;
        return -1;
    }
    /* the two key buffers, now free, are cut into one window per run: the first h1 runs
     * in buf, the others in scratch (each holds cap keys) */
    size_t h1 = (k + 1) / 2;
    size_t per = s->cap / h1;
    size_t hn = 0;
    int rc = 0;
    for (size_t i = 0; i < k; i++) {
        r[i].off = s->runs[i].off;
        r[i].left = s->runs[i].n;
        r[i].cap = per ? per : 1;
        r[i].buf =
            (unsigned char *)(i < h1 ? s->buf : s->scratch) + (i < h1 ? i : i - h1) * per * s->kb;
        int x = rdr_next(s, &r[i]);
        if (x < 0) rc = -1;
        if (x > 0) heap[hn++] = &r[i];
    }
    for (size_t i = hn / 2; i-- > 0;)
        heap_down(heap, hn, i);
    while (rc == 0 && hn) {
        ls_fp_writer_add(w, heap[0]->cur);
        int x = rdr_next(s, heap[0]);
        if (x < 0) rc = -1;
        if (x <= 0) heap[0] = heap[--hn];
        heap_down(heap, hn, 0);
    }
    free(r);
    free(heap);
    return rc;
}

int ls_fp_sorter_drain(ls_fp_sorter *s, ls_fp_writer *w, char *err, size_t cap)
{
    int rc = 0;
    if (!s->nruns) {
        sort_buffer(s);
        for (size_t i = 0; i < s->n; i++) {
            ls_fpkey k =
                s->kb == 8 ? (ls_fpkey){((uint64_t *)s->buf)[i], 0} : ((ls_fpkey *)s->buf)[i];
            ls_fp_writer_add(w, k);
        }
    } else {
        if (flush_run(s) != 0 || merge_runs(s, w) != 0) rc = -1;
    }
    if (rc != 0 || s->err_no) {
        snprintf(err, cap, "sorting the fingerprints: temporary file in %s: %s",
                 s->tmp_dir ? s->tmp_dir : "$TMPDIR", strerror(s->err_no ? s->err_no : EIO));
        rc = -1;
    }
    s->n = 0;
    s->nruns = 0;
    s->file_bytes = 0;
    if (s->fd >= 0) {
        close(s->fd); /* unlinked: the space is given back */
        s->fd = -1;
    }
    return rc;
}
