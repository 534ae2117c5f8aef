/* Helpers shared by the pipeline tests: a temporary directory per suite, files written
 * into it, and a pipe fed by a thread (to analyse bytes as a stream, not a mapping). */
#ifndef LS_TEST_FILES_H
#define LS_TEST_FILES_H

#include <criterion/criterion.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "leakscope/leakscope.h"

static char test_dir[64];

/* mkdtemp under /tmp with the given prefix ("ls-test"); call from the suite's .init. */
static inline void test_dir_make(const char *prefix)
{
    snprintf(test_dir, sizeof test_dir, "/tmp/%s-XXXXXX", prefix);
    cr_assert_not_null(mkdtemp(test_dir));
}

/* rm -rf the directory; call from the suite's .fini. */
static inline void test_dir_remove(void)
{
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", test_dir);
    (void)!system(cmd);
}

/* Write n bytes to test_dir/name; the returned path stays valid for 16 more calls. */
static inline char *test_write_file(const char *name, const char *data, size_t n)
{
    static char paths[16][512];
    static int next;
    char *p = paths[next++ % 16];
    snprintf(p, 512, "%s/%s", test_dir, name);
    FILE *f = fopen(p, "wb");
    cr_assert_not_null(f);
    cr_assert_eq(fwrite(data, 1, n, f), n);
    cr_assert_eq(fclose(f), 0);
    return p;
}

typedef struct {
    int fd;
    const char *data;
    size_t len;
} test_writer_arg;

static inline void *test_writer_main(void *p)
{
    test_writer_arg *w = p;
    size_t off = 0;
    while (off < w->len) {
        ssize_t r = write(w->fd, w->data + off, w->len - off > 65536 ? 65536 : w->len - off);
        if (r <= 0) break;
        off += (size_t)r;
    }
    close(w->fd);
    return NULL;
}

/* The JSON report (no timing) of an analysis of `path` with options `o`, as a malloc'd
 * string; *ninputs (may be NULL) gets the number of inputs reported. */
static inline char *test_report_json(const ls_options *o, const char *path, size_t *ninputs,
                                     bool pretty)
{
    ls_analysis *a = ls_analysis_create(o);
    cr_assert_not_null(a);
    ls_analysis_add_path(a, path);
    ls_analysis_finish(a);
    if (ninputs) *ninputs = ls_analysis_input_count(a);
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    cr_assert_not_null(f);
    ls_report_options ro = {.include_timing = false, .pretty = pretty};
    cr_assert_eq(ls_report_write_json(a, f, &ro), LS_OK);
    fclose(f);
    ls_analysis_free(a);
    return buf;
}

/* Analyse the bytes streamed through a pipe (8 MiB windows, records crossing them). */
static inline ls_analysis *test_run_pipe(const char *data, size_t len, unsigned threads,
                                         size_t max_record)
{
    int fds[2];
    cr_assert_eq(pipe(fds), 0);
    test_writer_arg w = {fds[1], data, len};
    pthread_t t;
    pthread_create(&t, NULL, test_writer_main, &w);
    ls_options o;
    ls_options_init(&o);
    o.threads = threads;
    o.max_record_bytes = max_record;
    ls_analysis *a = ls_analysis_create(&o);
    cr_assert_not_null(a);
    ls_analysis_add_fd(a, fds[0], "<pipe>");
    pthread_join(t, NULL);
    close(fds[0]);
    ls_analysis_finish(a);
    return a;
}

#endif
