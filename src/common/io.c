#include "common/io.h"

#include <errno.h>
#include <unistd.h>

size_t ls_pread_full(int fd, void *buf, size_t n, uint64_t off, int *err)
{
    char *p = buf;
    size_t got = 0;
    *err = 0;
    while (got < n) {
        ssize_t r = pread(fd, p + got, n - got, (off_t)(off + got));
        if (r < 0 && errno == EINTR) continue;
        if (r < 0) *err = errno;
        if (r <= 0) break;
        got += (size_t)r;
    }
    return got;
}
