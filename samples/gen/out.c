/* leakscope-gen — big-buffer output with explicit error checks. */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "gen.h"

#define OUT_CAP (8u << 20)

int out_open(out_t *o, const char *path)
{
    memset(o, 0, sizeof(*o));
    o->cap = OUT_CAP;
    o->buf = malloc(o->cap);
    if (!o->buf) return ENOMEM;
    if (strcmp(path, "-") == 0) {
        o->fd = STDOUT_FILENO;
        o->is_stdout = true;
        return 0;
    }
    o->fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (o->fd < 0) {
        int e = errno;
        free(o->buf);
        o->buf = NULL;
        return e;
    }
    struct stat st;
    if (fstat(o->fd, &st) == 0 && S_ISREG(st.st_mode) && (st.st_mode & 0077))
        (void)fchmod(o->fd, 0600); /* an existing file keeps its mode on O_TRUNC: tighten it */
    return 0;
}

static void out_flush(out_t *o)
{
    size_t done = 0;
    while (done < o->len && !o->err) {
        ssize_t w = write(o->fd, o->buf + done, o->len - done);
        if (w < 0) {
            if (errno == EINTR) continue;
            o->err = errno;
            break;
        }
        done += (size_t)w;
    }
    o->flushed += o->len;
    o->len = 0;
}

/* Make room for n contiguous bytes in the buffer (n <= OUT_CAP), flushing if needed, so a
 * caller can write a piece and still edit it in place before the next flush. */
void out_reserve(out_t *o, size_t n)
{
    if (o->cap - o->len < n) out_flush(o);
}

void out_write(out_t *o, const void *p, size_t n)
{
    const char *s = p;
    while (n) {
        if (o->len == o->cap) out_flush(o);
        size_t k = o->cap - o->len;
        if (k > n) k = n;
        memcpy(o->buf + o->len, s, k);
        o->len += k;
        s += k;
        n -= k;
    }
}

int out_close(out_t *o)
{
    out_flush(o);
    if (!o->is_stdout) {
        if (close(o->fd) != 0 && !o->err) o->err = errno;
    }
    free(o->buf);
    o->buf = NULL;
    return o->err;
}

static void put_quoted(out_t *o, const char *s, size_t n)
{
    out_putc(o, '"');
    for (;;) {
        const char *q = memchr(s, '"', n);
        if (!q) {
            out_write(o, s, n);
            break;
        }
        size_t k = (size_t)(q - s) + 1;
        out_write(o, s, k); /* up to and including the quote, then double it */
        out_putc(o, '"');
        s += k;
        n -= k;
    }
    out_putc(o, '"');
}

void out_record(out_t *o, char delim, const rec_t *r, const uint8_t *quote, bool crlf)
{
    for (int i = 0; i < r->nf; i++) {
        const char *s = rec_field(r, i);
        size_t n = r->len[i];
        if (i) out_putc(o, delim);
        if (quote && quote[i]) {
            put_quoted(o, s, n);
        } else if (o->cap - o->len >= n) {
            memcpy(o->buf + o->len, s, n);
            o->len += n;
        } else {
            out_write(o, s, n);
        }
    }
    if (crlf) out_putc(o, '\r');
    out_putc(o, '\n');
}
