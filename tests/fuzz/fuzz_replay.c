/* Replay driver: runs a fuzz target's LLVMFuzzerTestOneInput over every file given on the
 * command line, or found (non-recursively, sorted) in the directories given. Used by ctest
 * without libFuzzer, so the seed corpus and the regression inputs run in every build (and
 * under ASan/UBSan with LEAKSCOPE_SANITIZE=ON). A target reports a failure by aborting.
 *
 *     fuzz_parse_replay tests/fuzz/corpus tests/fuzz/regressions
 *     fuzz_parse_replay crash-1234abcd
 *     fuzz_analysis_replay -max_as_mb=2048 tests/fuzz/regressions
 *
 * -max_as_mb=N caps the address space (RLIMIT_AS) like libFuzzer's -rss_limit_mb caps the
 * resident set: an input that makes the library allocate more fails (the targets treat
 * LS_ERR_NOMEM as a failure). Ignored under AddressSanitizer, whose shadow memory needs
 * terabytes of address space.
 */
#include <dirent.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>

#if defined(__SANITIZE_ADDRESS__)
#define LS_REPLAY_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define LS_REPLAY_ASAN 1
#endif
#endif

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int run_file(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        fprintf(stderr, "%s: %s\n", path, strerror(errno));
        return -1;
    }
    size_t cap = 4096, len = 0;
    uint8_t *buf = malloc(cap);
    for (;;) {
        if (!buf) {
            fprintf(stderr, "out of memory\n");
            fclose(f);
            return -1;
        }
        size_t r = fread(buf + len, 1, cap - len, f);
        len += r;
        if (r == 0) break;
        if (len == cap) {
            cap *= 2;
            uint8_t *nb = realloc(buf, cap);
            if (!nb) free(buf);
            buf = nb;
        }
    }
    int err = ferror(f);
    fclose(f);
    if (err) {
        fprintf(stderr, "%s: read error\n", path);
        free(buf);
        return -1;
    }
    /* An exact-size copy, as libFuzzer gives it, so that overreads are caught. */
    uint8_t *exact = malloc(len ? len : 1);
    if (!exact) {
        free(buf);
        return -1;
    }
    if (len) memcpy(exact, buf, len);
    free(buf);
    fprintf(stderr, "replay %s (%zu bytes)\n", path, len);
    LLVMFuzzerTestOneInput(exact, len);
    free(exact);
    return 0;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static int run_dir(const char *dir, size_t *count)
{
    DIR *d = opendir(dir);
    if (!d) {
        fprintf(stderr, "%s: %s\n", dir, strerror(errno));
        return -1;
    }
    char **names = NULL;
    size_t n = 0, cap = 0;
    struct dirent *e;
    while ((e = readdir(d))) {
        if (e->d_name[0] == '.') continue; /* ., .., .gitkeep */
        if (n == cap) {
            cap = cap ? 2 * cap : 64;
            char **nn = realloc(names, cap * sizeof *nn);
            if (!nn) break;
            names = nn;
        }
        size_t l = strlen(dir) + strlen(e->d_name) + 2;
        names[n] = malloc(l);
        if (!names[n]) break;
        snprintf(names[n], l, "%s/%s", dir, e->d_name);
        n++;
    }
    closedir(d);
    if (n) qsort(names, n, sizeof *names, cmp_str);
    int rc = 0;
    for (size_t i = 0; i < n; i++) {
        struct stat st;
        if (stat(names[i], &st) == 0 && S_ISREG(st.st_mode)) {
            if (run_file(names[i]) != 0) rc = -1;
            (*count)++;
        }
        free(names[i]);
    }
    free(names);
    return rc;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: %s [-max_as_mb=N] FILE|DIR...\n", argv[0]);
        return 2;
    }
    size_t count = 0;
    int rc = 0;
    for (int i = 1; i < argc; i++) {
        unsigned long mb;
        if (sscanf(argv[i], "-max_as_mb=%lu", &mb) == 1) {
#ifdef LS_REPLAY_ASAN
            fprintf(stderr, "-max_as_mb ignored under AddressSanitizer\n");
#else
            struct rlimit rl = {(rlim_t)mb << 20, (rlim_t)mb << 20};
            if (setrlimit(RLIMIT_AS, &rl) != 0) perror("setrlimit");
#endif
            continue;
        }
        struct stat st;
        if (stat(argv[i], &st) != 0) {
            fprintf(stderr, "%s: %s\n", argv[i], strerror(errno));
            rc = 1;
            continue;
        }
        if (S_ISDIR(st.st_mode)) {
            if (run_dir(argv[i], &count) != 0) rc = 1;
        } else {
            if (run_file(argv[i]) != 0) rc = 1;
            count++;
        }
    }
    fprintf(stderr, "%zu input(s) replayed without a failure\n", count);
    return rc;
}
