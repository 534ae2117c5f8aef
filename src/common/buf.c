#include "common/buf.h"

#include <stdlib.h>

/* Growth doubles so appends are amortised O(1); the first allocation is 4 KiB so small
 * scratch buffers do not reallocate on every record. */
int ls_buf_reserve(ls_buf *b, size_t extra)
{
    if (b->cap - b->len >= extra) return 0;
    size_t need = b->len + extra;
    if (need < b->len) return -1; /* overflow */
    size_t cap = b->cap ? b->cap : 4096;
    while (cap < need) {
        if (cap > ((size_t)-1) / 2) {
            cap = need;
            break;
        }
        cap *= 2;
    }
    char *p = realloc(b->data, cap);
    if (!p) return -1;
    b->data = p;
    b->cap = cap;
    return 0;
}

void ls_buf_free(ls_buf *b)
{
    free(b->data);
    b->data = NULL;
    b->len = b->cap = 0;
}
