/* ls_buf: a growable byte buffer (the library's only string builder). */
#ifndef LS_BUF_H
#define LS_BUF_H

#include <stddef.h>
#include <string.h>

typedef struct {
    char *data;
    size_t len;
    size_t cap;
} ls_buf;

/* Make room for `extra` more bytes; 0 on success, -1 on out-of-memory (buffer unchanged). */
int ls_buf_reserve(ls_buf *b, size_t extra);
void ls_buf_free(ls_buf *b);

/* Append without a capacity check: the caller reserved the room. */
static inline void ls_buf_put(ls_buf *b, const void *p, size_t n)
{
    memcpy(b->data + b->len, p, n);
    b->len += n;
}

#endif
