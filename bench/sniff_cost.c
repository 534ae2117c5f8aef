/* sniff_cost: time the sniffer alone (dialect, header layout, stacked-table scan) on a
 * mapped file, to set against the full analysis time (bench/RESULTS.md, issue 11).
 *   cc -O2 -Iinclude -Isrc -Ibuild/include bench/sniff_cost.c build/libleakscope.a ... */
#include <fcntl.h>
#include <stdio.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "sniff/sniff.h"

int main(int argc, char **argv)
{
    if (argc < 2) return 2;
    int fd = open(argv[1], O_RDONLY);
    struct stat st;
    if (fd < 0 || fstat(fd, &st) != 0) return 1;
    const char *m = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
    if (m == MAP_FAILED) return 1;
    ls_options o;
    ls_options_init(&o);
    double best = 1e9;
    uint32_t tables = 0;
    for (int r = 0; r < 5; r++) {
        struct timespec a, b;
        clock_gettime(CLOCK_MONOTONIC, &a);
        ls_sniff_result res;
        if (ls_sniff(m, (size_t)st.st_size, true, &o, &res) != LS_OK) return 1;
        clock_gettime(CLOCK_MONOTONIC, &b);
        tables = res.ntables;
        ls_sniff_result_free(&res);
        double t = (double)(b.tv_sec - a.tv_sec) + (double)(b.tv_nsec - a.tv_nsec) / 1e9;
        if (t < best) best = t;
    }
    printf("%.4f s sniff (best of 5), %u tables, %lld bytes\n", best, tables ? tables : 1,
           (long long)st.st_size);
    return 0;
}
