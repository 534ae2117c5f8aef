#include "input/source.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

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
    return LS_OK;
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
    return s;
}

ls_status ls_source_from_fd(int fd, ls_source *src, char *msg, size_t msgcap)
{
    memset(src, 0, sizeof *src);
    src->fd = fd;
    return setup(src, msg, msgcap);
}

ssize_t ls_source_read(ls_source *src, char *buf, size_t n)
{
    size_t got = 0;
    while (got < n) {
        ssize_t r = read(src->fd, buf + got, n - got);
        if (r < 0) {
            if (errno == EINTR) continue;
            return -1;
        }
        if (r == 0) break;
        got += (size_t)r;
    }
    return (ssize_t)got;
}

long long ls_source_current_size(const ls_source *src)
{
    struct stat st;
    if (fstat(src->fd, &st) != 0) return -1;
    return (long long)st.st_size;
}

void ls_source_close(ls_source *src)
{
    if (src->mapped && src->map) munmap((void *)src->map, src->size);
    if (src->own_fd && src->fd >= 0) close(src->fd);
    src->map = NULL;
    src->mapped = false;
    src->own_fd = false;
    src->fd = -1;
}
