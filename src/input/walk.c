#include "input/walk.h"

#include "input/archive.h"
#include "input/decompress.h"

#include <dirent.h>
#include <stdbool.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

typedef struct {
    const char *magic;
    size_t len;
    size_t offset;
    const char *what;
} magic_t;

/* Formats that are never a dump. Archives and compressed files are not here: they hold
 * data (issue 4 reads them). */
static const magic_t not_data[] = {
    {"\x89PNG\r\n\x1a\n", 8, 0, "PNG image"},
    {"\xff\xd8\xff", 3, 0, "JPEG image"},
    {"GIF87a", 6, 0, "GIF image"},
    {"GIF89a", 6, 0, "GIF image"},
    {"BM", 2, 0, "BMP image"},
    {"RIFF", 4, 0, "RIFF media (WAV/AVI/WebP)"},
    {"%PDF-", 5, 0, "PDF document"},
    {"\x7f"
     "ELF",
     4, 0, "ELF executable"},
    {"MZ", 2, 0, "Windows executable"},
    {"ftyp", 4, 4, "MP4/QuickTime media"},
    {"ID3", 3, 0, "MP3 audio"},
    {"OggS", 4, 0, "Ogg media"},
    {"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 8, 0, "MS Office (OLE) document"},
    {"SQLite format 3", 15, 0, "SQLite database"},
};

const char *ls_not_data_reason(const unsigned char *head, size_t n)
{
    for (size_t i = 0; i < sizeof not_data / sizeof *not_data; i++) {
        const magic_t *m = &not_data[i];
        if (n >= m->offset + m->len && memcmp(head + m->offset, m->magic, m->len) == 0)
            return m->what;
    }
    /* NUL bytes in the head: binary, unless it starts like UTF-16/32 text (a BOM) or a
     * compressed file (gzip, zstd, xz, bzip2), which the analysis reports on itself. */
    bool bom =
        n >= 2 && ((head[0] == 0xFF && head[1] == 0xFE) || (head[0] == 0xFE && head[1] == 0xFF));
    /* compressed: whatever the decoder reads, and containers (zip, 7z, tar) the archive
     * reader takes — one definition of each magic number, theirs */
    bool compressed = ls_compression_sniff(head, n) != LS_COMPRESSION_NONE ||
                      ls_container_sniff(head, n) != LS_CONTAINER_NONE;
    if (!bom && !compressed && memchr(head, 0, n)) return "binary (NUL bytes)";
    return NULL;
}

static int cmp_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Read the first bytes of a file to classify it; NULL when it may be data. */
static const char *classify_file(const char *path, char *why, size_t cap)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) return NULL; /* the analysis will report why it cannot be opened */
    unsigned char head[4096];
    ssize_t n = read(fd, head, sizeof head);
    close(fd);
    if (n <= 0) return NULL; /* empty or unreadable: reported by the analysis */
    const char *r = ls_not_data_reason(head, (size_t)n);
    if (!r) return NULL;
    snprintf(why, cap, "not data: %s", r);
    return why;
}

static int walk_dir(const char *dir, ls_walk_fn fn, void *ctx, int depth)
{
    if (depth > 64)
        return fn(ctx, dir, LS_WALK_ERROR, "directory nested more than 64 levels: not read");
    DIR *d = opendir(dir);
    if (!d) {
        char msg[160];
        snprintf(msg, sizeof msg, "cannot read directory: %s", strerror(errno));
        return fn(ctx, dir, LS_WALK_ERROR, msg);
    }
    size_t n = 0, cap = 64;
    char **names = malloc(cap * sizeof *names);
    struct dirent *e;
    int rc = names ? 0 : -1, list_errno = 0;
    for (;;) {
        errno = 0;
        if (rc != 0 || !(e = readdir(d))) {
            list_errno = rc == 0 ? errno : 0; /* NULL with errno set: a read error */
            break;
        }
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, "..")) continue;
        if (n == cap) {
            char **nn = realloc(names, 2 * cap * sizeof *names);
            if (!nn) {
                rc = -1;
                break;
            }
            names = nn;
            cap *= 2;
        }
        if (!(names[n] = strdup(e->d_name)))
            rc = -1;
        else
            n++;
    }
    closedir(d);
    if (rc == 0 && list_errno) {
        /* the entries listed before the error are still walked */
        char msg[160];
        snprintf(msg, sizeof msg, "cannot list the whole directory: %s", strerror(list_errno));
        rc = fn(ctx, dir, LS_WALK_ERROR, msg);
    }
    if (rc == 0) qsort(names, n, sizeof *names, cmp_names);
    for (size_t i = 0; i < n && rc == 0; i++) {
        size_t len = strlen(dir) + strlen(names[i]) + 2;
        char *p = malloc(len);
        if (!p) {
            rc = -1;
            break;
        }
        snprintf(p, len, "%s%s%s", dir, dir[strlen(dir) - 1] == '/' ? "" : "/", names[i]);
        struct stat st;
        char why[128];
        if (lstat(p, &st) != 0) {
            char msg[160];
            snprintf(msg, sizeof msg, "cannot stat directory entry: %s", strerror(errno));
            rc = fn(ctx, p, LS_WALK_ERROR, msg);
        } else if (S_ISLNK(st.st_mode)) {
            rc = fn(ctx, p, LS_WALK_SKIP, "symbolic link (not followed)");
        } else if (S_ISDIR(st.st_mode)) {
            rc = walk_dir(p, fn, ctx, depth + 1);
        } else if (!S_ISREG(st.st_mode)) {
            rc = fn(ctx, p, LS_WALK_SKIP, "not a regular file (device, pipe or socket)");
        } else {
            const char *r = classify_file(p, why, sizeof why);
            rc = fn(ctx, p, r ? LS_WALK_SKIP : LS_WALK_FILE, r);
        }
        free(p);
    }
    for (size_t i = 0; i < n; i++)
        free(names[i]);
    free(names);
    return rc;
}

int ls_walk_tree(const char *root, ls_walk_fn fn, void *ctx)
{
    return walk_dir(root, fn, ctx, 0) < 0 ? -1 : 0;
}
