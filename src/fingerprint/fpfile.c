/* fpfile: writing and reading .lsfp files (fpfile.h; byte layout in FORMAT.md). */
#include "fingerprint/fpfile.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#define XXH_INLINE_ALL
#include <xxhash.h>

#include "leakscope/version.h"

#define OUTBUF      ((size_t)1 << 20)
#define BLOCK_HDR   16
#define KIND_BYTES  56
#define TABLE_AT    400
#define CHECKSUM_AT (TABLE_AT + LS_FP_MAX_KINDS * KIND_BYTES)

static void seterr(char *err, size_t cap, const char *fmt, ...)
{
    if (!err || !cap) return;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err, cap, fmt, ap);
    va_end(ap);
}

/* ---- 128-bit arithmetic and varints ----------------------------------------------------- */

typedef unsigned __int128 u128;
static inline u128 to128(ls_fpkey a)
{
    return ((u128)a.hi << 64) | a.lo;
}
static inline ls_fpkey from128(u128 v)
{
    return (ls_fpkey){(uint64_t)v, (uint64_t)(v >> 64)};
}

static inline ls_fpkey key_sub(ls_fpkey a, ls_fpkey b)
{
    return from128(to128(a) - to128(b));
}

/* a + b; *overflow set when it wraps past 2^128. */
static inline ls_fpkey key_add(ls_fpkey a, ls_fpkey b, bool *overflow)
{
    u128 r = to128(a) + to128(b);
    if (r < to128(a)) *overflow = true;
    return from128(r);
}

size_t ls_fp_varint_put(unsigned char *p, ls_fpkey v)
{
    size_t n = 0;
    if (!v.hi) { /* the common case (64-bit kinds): a 64-bit loop */
        uint64_t x = v.lo;
        while (x >= 0x80) {
            p[n++] = (unsigned char)(x | 0x80);
            x >>= 7;
        }
        p[n++] = (unsigned char)x;
        return n;
    }
    while (v.hi || v.lo >= 0x80) {
        p[n++] = (unsigned char)(v.lo | 0x80);
        v.lo = (v.lo >> 7) | (v.hi << 57);
        v.hi >>= 7;
    }
    p[n++] = (unsigned char)v.lo;
    return n;
}

size_t ls_fp_varint_get(const unsigned char *p, size_t n, ls_fpkey *v)
{
    /* the common case: at most 9 bytes (63 bits), decoded in a 64-bit word */
    uint64_t x = 0;
    for (size_t i = 0; i < n && i < 9; i++) {
        x |= (uint64_t)(p[i] & 0x7f) << (7 * i);
        if (!(p[i] & 0x80)) {
            if (i > 0 && p[i] == 0) return 0; /* not the shortest form */
            *v = (ls_fpkey){x, 0};
            return i + 1;
        }
    }
    u128 r = 0;
    for (size_t i = 0; i < n && i < 19; i++) {
        uint64_t b = p[i] & 0x7f;
        unsigned sh = (unsigned)(7 * i);
        if (sh > 121 && (b >> (128 - sh))) return 0; /* more than 128 bits */
        r |= (u128)b << sh;
        if (!(p[i] & 0x80)) {
            if (i > 0 && p[i] == 0) return 0; /* not the shortest form */
            *v = from128(r);
            return i + 1;
        }
    }
    return 0;
}

/* ---- the header ------------------------------------------------------------------------- */

void ls_fp_header_init(ls_fp_header *h)
{
    memset(h, 0, sizeof *h);
    h->version = LS_FP_VERSION;
    h->shards = 1;
    snprintf(h->tool, sizeof h->tool, "%s", LS_VERSION_STRING);
}

int ls_fp_header_find(const ls_fp_header *h, const char *name)
{
    for (uint32_t i = 0; i < h->nkinds; i++)
        if (strcmp(h->kinds[i].name, name) == 0) return (int)i;
    return -1;
}

int ls_fp_header_add_kind(ls_fp_header *h, const char *name, unsigned key_bytes)
{
    if (h->nkinds >= LS_FP_MAX_KINDS || strlen(name) >= LS_FP_NAME_BYTES ||
        (key_bytes != 8 && key_bytes != 16) || ls_fp_header_find(h, name) >= 0)
        return -1;
    ls_fp_kind *k = &h->kinds[h->nkinds];
    memset(k, 0, sizeof *k);
    snprintf(k->name, sizeof k->name, "%s", name);
    k->key_bytes = key_bytes;
    return (int)h->nkinds++;
}

void ls_fp_hex(const unsigned char *p, size_t n, char *out)
{
    static const char hx[] = "0123456789abcdef";
    bool zero = true;
    for (size_t i = 0; i < n; i++)
        if (p[i]) zero = false;
    if (zero) {
        out[0] = 0;
        return;
    }
    for (size_t i = 0; i < n; i++) {
        out[2 * i] = hx[p[i] >> 4];
        out[2 * i + 1] = hx[p[i] & 15];
    }
    out[2 * n] = 0;
}

static void put32(unsigned char *p, uint32_t v)
{
    for (int i = 0; i < 4; i++)
        p[i] = (unsigned char)(v >> (8 * i));
}
static void put64(unsigned char *p, uint64_t v)
{
    for (int i = 0; i < 8; i++)
        p[i] = (unsigned char)(v >> (8 * i));
}
static uint32_t get32(const unsigned char *p)
{
    uint32_t v = 0;
    for (int i = 3; i >= 0; i--)
        v = (v << 8) | p[i];
    return v;
}
static uint64_t get64(const unsigned char *p)
{
    uint64_t v = 0;
    for (int i = 7; i >= 0; i--)
        v = (v << 8) | p[i];
    return v;
}

/* The header's bytes (LS_FP_HEADER_BYTES), checksum included. */
static void header_encode(const ls_fp_header *h, unsigned char *b)
{
    memset(b, 0, LS_FP_HEADER_BYTES);
    memcpy(b, LS_FP_MAGIC, 8);
    put32(b + 8, h->version);
    put32(b + 12, LS_FP_HEADER_BYTES);
    put32(b + 16, h->flags);
    put32(b + 20, h->nkinds);
    memcpy(b + 24, h->key_id, 16);
    memcpy(b + 40, h->manifest, 32);
    put64(b + 72, h->records);
    put64(b + 80, h->inputs);
    put64(b + 88, h->shards);
    memcpy(b + 96, h->tool, LS_FP_TOOL_BYTES - 1);
    memcpy(b + 112, h->source, LS_FP_SOURCE_BYTES - 1);
    for (uint32_t i = 0; i < h->nkinds; i++) {
        unsigned char *e = b + TABLE_AT + i * KIND_BYTES;
        const ls_fp_kind *k = &h->kinds[i];
        memcpy(e, k->name, LS_FP_NAME_BYTES - 1);
        put32(e + 24, k->key_bytes);
        put32(e + 28, k->flags);
        put64(e + 32, k->count);
        put64(e + 40, k->offset);
        put64(e + 48, k->length);
    }
    put64(b + CHECKSUM_AT, XXH3_64bits(b, CHECKSUM_AT));
}

/* Parse and check; 0, or -1 with err. file_size bounds the sections. */
static int header_decode(const unsigned char *b, size_t n, uint64_t file_size, ls_fp_header *h,
                         char *err, size_t cap)
{
    if (n < 8 || memcmp(b, LS_FP_MAGIC, 8) != 0) {
        seterr(err, cap, "not a leakscope fingerprint file (no LSFP signature)");
        return -1;
    }
    if (n < 16) {
        seterr(err, cap, "truncated: %zu bytes, shorter than the header", n);
        return -1;
    }
    uint32_t version = get32(b + 8), hbytes = get32(b + 12);
    if (version != LS_FP_VERSION) {
        seterr(err, cap, "format version %u, this leakscope reads version %u", version,
               LS_FP_VERSION);
        return -1;
    }
    if (hbytes != LS_FP_HEADER_BYTES || n < LS_FP_HEADER_BYTES) {
        seterr(err, cap, "truncated or damaged header (%zu bytes read, %u expected)", n,
               LS_FP_HEADER_BYTES);
        return -1;
    }
    if (get64(b + CHECKSUM_AT) != XXH3_64bits(b, CHECKSUM_AT)) {
        seterr(err, cap, "damaged header (checksum mismatch)");
        return -1;
    }
    memset(h, 0, sizeof *h);
    h->version = version;
    h->flags = get32(b + 16);
    h->nkinds = get32(b + 20);
    memcpy(h->key_id, b + 24, 16);
    memcpy(h->manifest, b + 40, 32);
    h->records = get64(b + 72);
    h->inputs = get64(b + 80);
    h->shards = get64(b + 88);
    memcpy(h->tool, b + 96, LS_FP_TOOL_BYTES - 1);
    memcpy(h->source, b + 112, LS_FP_SOURCE_BYTES - 1);
    if (h->nkinds > LS_FP_MAX_KINDS) {
        seterr(err, cap, "damaged header (%u kinds, at most %u)", h->nkinds, LS_FP_MAX_KINDS);
        return -1;
    }
    for (uint32_t i = 0; i < h->nkinds; i++) {
        const unsigned char *e = b + TABLE_AT + i * KIND_BYTES;
        ls_fp_kind *k = &h->kinds[i];
        memcpy(k->name, e, LS_FP_NAME_BYTES - 1);
        k->key_bytes = get32(e + 24);
        k->flags = get32(e + 28);
        k->count = get64(e + 32);
        k->offset = get64(e + 40);
        k->length = get64(e + 48);
        if (!k->name[0] || (k->key_bytes != 8 && k->key_bytes != 16)) {
            seterr(err, cap, "damaged header (kind %u)", i);
            return -1;
        }
        if (k->offset < LS_FP_HEADER_BYTES || k->offset > file_size ||
            k->length > file_size - k->offset) {
            seterr(err, cap, "truncated: section '%s' ends at byte %llu, the file has %llu bytes",
                   k->name, (unsigned long long)(k->offset + k->length),
                   (unsigned long long)file_size);
            return -1;
        }
        if ((k->count == 0) != (k->length == 0) || k->length < k->count) {
            seterr(err, cap, "damaged header (section '%s': %llu keys in %llu bytes)", k->name,
                   (unsigned long long)k->count, (unsigned long long)k->length);
            return -1;
        }
    }
    return 0;
}

/* ---- writing ---------------------------------------------------------------------------- */

struct ls_fp_writer {
    int fd;
    char *path, *tmp; /* tmp: a named temporary (mkstemp); NULL with O_TMPFILE */
    ls_fp_header h;
    unsigned char *out;
    size_t outn;
    uint64_t off; /* file offset of out[0] + outn */
    int err_no;   /* first write error */
    int kind;     /* section being written, -1 none */
    ls_fpkey prev;
    bool have_prev, unordered;
    unsigned char *blk; /* payload of the block being built */
    size_t blkn;
    uint32_t blk_keys;
};

static void out_flush(ls_fp_writer *w)
{
    size_t done = 0;
    while (done < w->outn && !w->err_no) {
        ssize_t r = write(w->fd, w->out + done, w->outn - done);
        if (r < 0 && errno == EINTR) continue;
        if (r <= 0)
            w->err_no = r < 0 ? errno : EIO;
        else
            done += (size_t)r;
    }
    w->outn = 0;
}

static void out_put(ls_fp_writer *w, const void *p, size_t n)
{
    if (w->outn + n > OUTBUF) out_flush(w);
    memcpy(w->out + w->outn, p, n);
    w->outn += n;
    w->off += n;
}

/* A file beside path: anonymous (O_TMPFILE) when the filesystem allows, else named. */
static int open_temp(ls_fp_writer *w, const char *path)
{
    const char *slash = strrchr(path, '/');
    char *dir = slash ? strndup(path, (size_t)(slash - path) + (slash == path)) : strdup(".");
    if (!dir) return -1;
#ifdef O_TMPFILE
    w->fd = open(dir, O_TMPFILE | O_WRONLY | O_CLOEXEC, 0600);
#else
    w->fd = -1;
#endif
    free(dir);
    if (w->fd >= 0) return 0;
    size_t n = strlen(path);
    if (!(w->tmp = malloc(n + 8))) return -1;
    memcpy(w->tmp, path, n);
    memcpy(w->tmp + n, ".XXXXXX", 8);
    w->fd = mkstemp(w->tmp);
    if (w->fd < 0) {
        free(w->tmp);
        w->tmp = NULL;
        return -1;
    }
    fchmod(w->fd, 0600);
    return 0;
}

ls_fp_writer *ls_fp_writer_create(const char *path, const ls_fp_header *h, char *err, size_t cap)
{
    ls_fp_writer *w = calloc(1, sizeof *w);
    if (!w || !(w->path = strdup(path)) || !(w->out = malloc(OUTBUF)) ||
        !(w->blk = malloc(LS_FP_BLOCK_MAX))) {
        seterr(err, cap, "out of memory");
        ls_fp_writer_abort(w);
        return NULL;
    }
    w->fd = -1;
    w->kind = -1;
    w->h = *h;
    if (open_temp(w, path) != 0) {
        seterr(err, cap, "%s: cannot create the file: %s", path, strerror(errno));
        ls_fp_writer_abort(w);
        return NULL;
    }
    unsigned char hb[LS_FP_HEADER_BYTES];
    header_encode(&w->h, hb); /* a placeholder; rewritten at commit */
    out_put(w, hb, sizeof hb);
    return w;
}

const ls_fp_header *ls_fp_writer_header(const ls_fp_writer *w)
{
    return &w->h;
}

void ls_fp_writer_set_kind_flags(ls_fp_writer *w, int kind, uint32_t flags)
{
    if (kind >= 0 && (uint32_t)kind < w->h.nkinds) {
        w->h.kinds[kind].flags |= flags;
        if (flags & LS_FP_KIND_INCOMPLETE) w->h.flags |= LS_FP_INCOMPLETE;
    }
}

static void block_flush(ls_fp_writer *w)
{
    if (!w->blk_keys) return;
    unsigned char bh[BLOCK_HDR];
    put32(bh, w->blk_keys);
    put32(bh + 4, (uint32_t)w->blkn);
    put64(bh + 8, XXH3_64bits_withSeed(w->blk, w->blkn, w->blk_keys));
    out_put(w, bh, sizeof bh);
    out_put(w, w->blk, w->blkn);
    w->blkn = 0;
    w->blk_keys = 0;
}

void ls_fp_writer_begin(ls_fp_writer *w, int kind)
{
    w->kind = kind;
    w->have_prev = false;
    w->blkn = 0;
    w->blk_keys = 0;
    w->h.kinds[kind].offset = w->off;
    w->h.kinds[kind].count = 0;
}

void ls_fp_writer_add(ls_fp_writer *w, ls_fpkey k)
{
    if (w->have_prev) {
        int c = ls_fpkey_cmp(k, w->prev);
        if (c == 0) return; /* a PRF collision (or a value in two shards): one key */
        if (c < 0) {
            w->unordered = true;
            return;
        }
    }
    if (w->blk_keys == LS_FP_BLOCK_KEYS) block_flush(w);
    ls_fpkey v = w->blk_keys ? key_sub(k, w->prev) : k;
    w->blkn += ls_fp_varint_put(w->blk + w->blkn, v);
    w->blk_keys++;
    w->prev = k;
    w->have_prev = true;
    w->h.kinds[w->kind].count++;
}

void ls_fp_writer_end(ls_fp_writer *w)
{
    block_flush(w);
    ls_fp_kind *k = &w->h.kinds[w->kind];
    k->length = w->off - k->offset;
    if (!k->count) k->offset = LS_FP_HEADER_BYTES, k->length = 0;
    w->kind = -1;
}

int ls_fp_writer_commit(ls_fp_writer *w, char *err, size_t cap)
{
    int rc = -1;
    out_flush(w);
    unsigned char hb[LS_FP_HEADER_BYTES];
    header_encode(&w->h, hb);
    if (!w->err_no && pwrite(w->fd, hb, sizeof hb, 0) != (ssize_t)sizeof hb)
        w->err_no = errno ? errno : EIO;
    if (!w->err_no && fsync(w->fd) != 0) w->err_no = errno;
    if (w->unordered) {
        seterr(err, cap, "%s: internal error: keys not in order", w->path);
    } else if (w->err_no) {
        seterr(err, cap, "%s: cannot write: %s", w->path, strerror(w->err_no));
    } else if (w->tmp) {
        if (rename(w->tmp, w->path) != 0)
            seterr(err, cap, "%s: cannot rename the temporary into place: %s", w->path,
                   strerror(errno));
        else
            free(w->tmp), w->tmp = NULL, rc = 0;
    } else {
        /* O_TMPFILE: give it a name beside the target, then move it over the target */
        char proc[64], *name = malloc(strlen(w->path) + 32);
        snprintf(proc, sizeof proc, "/proc/self/fd/%d", w->fd);
        if (name) sprintf(name, "%s.tmp%ld", w->path, (long)getpid());
        if (!name) {
            seterr(err, cap, "out of memory");
        } else if (linkat(AT_FDCWD, proc, AT_FDCWD, name, AT_SYMLINK_FOLLOW) != 0) {
            seterr(err, cap, "%s: cannot create the file: %s", w->path, strerror(errno));
        } else if (rename(name, w->path) != 0) {
            seterr(err, cap, "%s: cannot rename the temporary into place: %s", w->path,
                   strerror(errno));
            unlink(name);
        } else {
            rc = 0;
        }
        free(name);
    }
    ls_fp_writer_abort(w);
    return rc;
}

void ls_fp_writer_abort(ls_fp_writer *w)
{
    if (!w) return;
    if (w->fd >= 0) close(w->fd);
    if (w->tmp) unlink(w->tmp);
    free(w->tmp);
    free(w->path);
    free(w->out);
    free(w->blk);
    free(w);
}

/* ---- reading ---------------------------------------------------------------------------- */

struct ls_fp_file {
    int fd;
    char *path;
    uint64_t size;
    ls_fp_header h;
    char err[320];
};

ls_fp_file *ls_fp_open(const char *path, char *err, size_t cap)
{
    ls_fp_file *f = calloc(1, sizeof *f);
    if (!f || !(f->path = strdup(path))) {
        free(f);
        seterr(err, cap, "out of memory");
        return NULL;
    }
    f->fd = open(path, O_RDONLY | O_CLOEXEC);
    struct stat st;
    if (f->fd < 0 || fstat(f->fd, &st) != 0) {
        seterr(err, cap, "%s", strerror(errno));
        ls_fp_close(f);
        return NULL;
    }
    if (!S_ISREG(st.st_mode)) {
        seterr(err, cap, "not a regular file");
        ls_fp_close(f);
        return NULL;
    }
    f->size = (uint64_t)st.st_size;
    unsigned char hb[LS_FP_HEADER_BYTES];
    ssize_t n = pread(f->fd, hb, sizeof hb, 0);
    if (n < 0) {
        seterr(err, cap, "read error: %s", strerror(errno));
        ls_fp_close(f);
        return NULL;
    }
    if (header_decode(hb, (size_t)n, f->size, &f->h, err, cap) != 0) {
        ls_fp_close(f);
        return NULL;
    }
    return f;
}

void ls_fp_close(ls_fp_file *f)
{
    if (!f) return;
    if (f->fd >= 0) close(f->fd);
    free(f->path);
    free(f);
}

const ls_fp_header *ls_fp_file_header(const ls_fp_file *f)
{
    return &f->h;
}

const char *ls_fp_file_error(const ls_fp_file *f)
{
    return f->err;
}

struct ls_fp_cursor {
    ls_fp_file *f;
    const ls_fp_kind *k;
    uint64_t pos, end; /* next block's offset; the section's end */
    uint64_t left;     /* keys of the section not yet returned */
    uint32_t blk_left; /* keys of the current block not yet returned */
    const unsigned char *p, *pend;
    ls_fpkey prev;
    bool started, failed;
    unsigned char buf[LS_FP_BLOCK_MAX];
};

ls_fp_cursor *ls_fp_cursor_open(ls_fp_file *f, int kind)
{
    ls_fp_cursor *c = malloc(sizeof *c);
    if (!c) return NULL;
    c->f = f;
    c->k = &f->h.kinds[kind];
    c->pos = c->k->offset;
    c->end = c->k->offset + c->k->length;
    c->left = c->k->count;
    c->blk_left = 0;
    c->p = c->pend = c->buf;
    c->started = c->failed = false;
    return c;
}

void ls_fp_cursor_close(ls_fp_cursor *c)
{
    free(c);
}

static int corrupt(ls_fp_cursor *c, const char *what, uint64_t at)
{
    c->failed = true;
    if (!c->f->err[0])
        snprintf(c->f->err, sizeof c->f->err, "%s: section '%s' %s at byte %llu", c->f->path,
                 c->k->name, what, (unsigned long long)at);
    return -1;
}

static int read_block(ls_fp_cursor *c)
{
    unsigned char bh[BLOCK_HDR];
    if (c->end - c->pos < BLOCK_HDR) return corrupt(c, "is truncated (block header)", c->pos);
    if (pread(c->f->fd, bh, BLOCK_HDR, (off_t)c->pos) != BLOCK_HDR)
        return corrupt(c, "cannot be read (truncated file or read error)", c->pos);
    uint32_t nk = get32(bh), plen = get32(bh + 4);
    if (nk == 0 || nk > LS_FP_BLOCK_KEYS || nk > c->left || plen > LS_FP_BLOCK_MAX || plen < nk)
        return corrupt(c, "is damaged (bad block header)", c->pos);
    if (plen > c->end - c->pos - BLOCK_HDR) return corrupt(c, "is truncated", c->pos);
    ssize_t r = pread(c->f->fd, c->buf, plen, (off_t)(c->pos + BLOCK_HDR));
    if (r != (ssize_t)plen)
        return corrupt(c, "cannot be read (truncated file or read error)", c->pos);
    if (XXH3_64bits_withSeed(c->buf, plen, nk) != get64(bh + 8))
        return corrupt(c, "is damaged (block checksum mismatch)", c->pos);
    c->pos += BLOCK_HDR + plen;
    c->p = c->buf;
    c->pend = c->buf + plen;
    c->blk_left = nk;
    /* the block's first key is absolute: it must follow the previous block's last */
    ls_fpkey v;
    size_t used = ls_fp_varint_get(c->p, (size_t)(c->pend - c->p), &v);
    if (!used) return corrupt(c, "is damaged (bad varint)", c->pos);
    if (c->started && ls_fpkey_cmp(v, c->prev) <= 0)
        return corrupt(c, "is damaged (keys out of order)", c->pos);
    c->p += used;
    c->prev = v;
    return 0;
}

int ls_fp_cursor_next(ls_fp_cursor *c, ls_fpkey *k)
{
    if (c->failed) return -1;
    if (!c->blk_left) {
        if (c->started && c->p != c->pend)
            return corrupt(c, "is damaged (bytes left in a block)", c->pos);
        if (!c->left) {
            if (c->pos != c->end)
                return corrupt(c, "is damaged (bytes after its last key)", c->pos);
            return 0;
        }
        if (read_block(c) != 0) return -1;
        c->started = true;
    } else {
        ls_fpkey d;
        size_t used = ls_fp_varint_get(c->p, (size_t)(c->pend - c->p), &d);
        if (!used || (d.lo == 0 && d.hi == 0)) return corrupt(c, "is damaged (bad delta)", c->pos);
        bool of = false;
        c->prev = key_add(c->prev, d, &of);
        if (of) return corrupt(c, "is damaged (key overflow)", c->pos);
        c->p += used;
    }
    c->blk_left--;
    c->left--;
    if (!c->blk_left && c->p != c->pend)
        return corrupt(c, "is damaged (bytes left in a block)", c->pos);
    *k = c->prev;
    return 1;
}
