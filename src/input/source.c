#include "input/source.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

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
            return got ? (ssize_t)got : -1;
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
    ls_decoder_free(src->decoder);
    src->decoder = NULL;
    if (src->mapped && src->map) munmap((void *)src->map, src->size);
    if (src->own_fd && src->fd >= 0) close(src->fd);
    src->map = NULL;
    src->mapped = false;
    src->own_fd = false;
    src->fd = -1;
}
