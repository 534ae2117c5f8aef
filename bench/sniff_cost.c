/* sniff_cost: time what sniffing costs a mapped input's analysis before its workers start
 * (dialect, header layout, stacked-table scan), the way the pipeline pays it: in a fresh
 * process (so the mapping's pages are touched for the first time, as in a real run), with
 * the source opened as the pipeline opens it (its SHA-256 thread started), one
 * measurement per process. Set the figure against the full analysis time (issue 11:
 * sniffing within 2 % of it); bench/RESULTS-sniff.md has the figures and how they were run.
 *   sniff_cost FILE MODE    MODE: mmap   the one-pass scan through the mapping (ls_sniff)
 *                                 pread1 the scan (pread) on one thread, the hashing beside
 *                                 pread2 the scan (pread), second half beside, hashing held
 *                                 plan   the pipeline's plan for this machine's cores
 *                                 none   no stacked-table scan (the rest of the sniffing)
 *   cc -O2 -Iinclude -Isrc -Ibuild/generated bench/sniff_cost.c build/libleakscope.a \
 *      -lpthread -lzstd -lxxhash -lm -larchive -lcrypto -lz -llzma -lbz2 */
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "input/source.h"
#include "pipeline/table_scan.h"
#include "sniff/sniff.h"

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

int main(int argc, char **argv)
{
    if (argc < 3) return 2;
    ls_source src;
    char msg[200];
    if (ls_source_open(argv[1], &src, msg, sizeof msg) != LS_OK || !src.mapped) {
        fprintf(stderr, "%s: %s\n", argv[1], msg);
        return 1;
    }
    ls_options o;
    ls_options_init(&o);
    ls_sniff_result res;
    double t0 = now();
    ls_status st;
    if (strcmp(argv[2], "mmap") == 0) {
        st = ls_sniff(src.map, src.size, true, &o, &res);
    } else {
        st = ls_sniff_no_tables(src.map, src.size, true, &o, &res);
        if (st == LS_OK && ls_sniff_wants_tables(&res, &o) && strcmp(argv[2], "none") != 0) {
            bool two = strcmp(argv[2], "pread2") == 0; /* two halves, the hashing held */
            ls__find_mapped_tables(&src, &res,
                                   strcmp(argv[2], "plan") == 0
                                       ? ls__table_scan_plan(sysconf(_SC_NPROCESSORS_ONLN))
                                       : (ls_table_scan_plan){two, two});
        }
    }
    double t = now() - t0;
    if (st != LS_OK) return 1;
    printf("%s %.4f s sniff, %u tables, %zu bytes\n", argv[2], t, res.ntables ? res.ntables : 1,
           src.size);
    ls_sniff_result_free(&res);
    ls_source_close(&src);
    return 0;
}
