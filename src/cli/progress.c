/* Progress display: a thread that redraws one stderr line four times a second. It only
 * reads the library's atomic counters, so it never slows the workers. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

#include "cli/cli.h"

struct ls_progress_display {
    const ls_analysis *a;
    pthread_t tid;
    atomic_bool stop;
    int drawn;
};

static void draw(struct ls_progress_display *p)
{
    ls_progress pr;
    ls_analysis_progress(p->a, &pr);
    if (!pr.path) return;
    double mb = (double)pr.bytes_done / 1e6;
    double rate = pr.seconds > 0 ? mb / pr.seconds : 0;
    char eta[32] = "";
    if (pr.bytes_total && rate > 0 && pr.bytes_done <= pr.bytes_total)
        snprintf(eta, sizeof eta, "  ETA %.0fs",
                 ((double)(pr.bytes_total - pr.bytes_done) / 1e6) / rate);
    if (pr.bytes_total)
        fprintf(stderr, "\r\033[K%.40s  %.0f/%.0f MB  %.0f MB/s  %llu records%s", pr.path, mb,
                (double)pr.bytes_total / 1e6, rate, (unsigned long long)pr.records_done, eta);
    else
        fprintf(stderr, "\r\033[K%.40s  %.0f MB  %.0f MB/s  %llu records", pr.path, mb, rate,
                (unsigned long long)pr.records_done);
    p->drawn = 1;
}

static void *run(void *arg)
{
    struct ls_progress_display *p = arg;
    struct timespec ts = {0, 250 * 1000 * 1000};
    while (!atomic_load(&p->stop)) {
        nanosleep(&ts, NULL);
        if (!atomic_load(&p->stop)) draw(p);
    }
    return NULL;
}

ls_progress_display *ls_progress_start(const ls_analysis *a)
{
    if (!isatty(STDERR_FILENO)) return NULL;
    struct ls_progress_display *p = calloc(1, sizeof *p);
    if (!p) return NULL;
    p->a = a;
    atomic_init(&p->stop, false);
    if (pthread_create(&p->tid, NULL, run, p) != 0) {
        free(p);
        return NULL;
    }
    return p;
}

void ls_progress_stop(ls_progress_display *p)
{
    if (!p) return;
    atomic_store(&p->stop, true);
    pthread_join(p->tid, NULL);
    if (p->drawn) fputs("\r\033[K", stderr);
    free(p);
}
