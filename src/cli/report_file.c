#include "cli/report_file.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli/cli.h"

/* "DIR/.NAME.XXXXXX" for path "DIR/NAME" (the same file system, so rename is atomic, and a
 * dot file, so a half-written report is not mistaken for one). NULL on out of memory. */
static char *temp_template(const char *path)
{
    const char *slash = strrchr(path, '/');
    size_t dir = slash ? (size_t)(slash - path) + 1 : 0;
    size_t n = strlen(path);
    char *t = malloc(n + 16);
    if (!t) return NULL;
    memcpy(t, path, dir);
    snprintf(t + dir, n + 16 - dir, ".%s.XXXXXX", path + dir);
    return t;
}

static int fail(const char *what, const char *path, const char *step, int err)
{
    fprintf(stderr, "leakscope: cannot write the %s to %s: %s%s%s\n", what, path, step,
            *step ? ": " : "", strerror(err));
    return LS_EXIT_OUTPUT;
}

/* See report_file.h. mkstemp creates the file 0600 and exclusively; the umask cannot
 * widen it. */
int ls_cli_write_report_file(const char *path, const char *what, ls_report_writer write,
                             const void *ctx)
{
    char *tmp = temp_template(path);
    if (!tmp) return fail(what, path, "", ENOMEM);
    int fd = mkstemp(tmp);
    if (fd < 0) {
        int e = errno;
        free(tmp);
        return fail(what, path, "cannot create a file in its directory", e);
    }
    FILE *f = fdopen(fd, "w");
    if (!f) {
        int e = errno;
        close(fd);
        unlink(tmp);
        free(tmp);
        return fail(what, path, "", e);
    }
    errno = 0;
    ls_status st = write(f, ctx);
    int e = 0; /* errno only after a failure: stdio may set it on success (ENOTTY) */
    if (st != LS_OK || ferror(f)) e = errno ? errno : EIO;
    if (!e && fflush(f) != 0) e = errno ? errno : EIO;
    if (!e && fsync(fileno(f)) != 0) e = errno;
    if (fclose(f) != 0 && !e) e = errno;
    if (!e && rename(tmp, path) != 0) e = errno;
    if (e) {
        unlink(tmp);
        free(tmp);
        return fail(what, path, "", e);
    }
    free(tmp);
    return 0;
}

bool ls_cli_same_file(const char *a, const char *b)
{
    struct stat sa, sb;
    return stat(a, &sa) == 0 && stat(b, &sb) == 0 && sa.st_dev == sb.st_dev &&
           sa.st_ino == sb.st_ino;
}
