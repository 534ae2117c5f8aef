/* leakscope merge: one fingerprint file from the files of the shards of one dump, so a dump
 * analysed in pieces (several machines, or a compilation of many files) is counted as one:
 * distinct counts are those of the whole (fingerprint/merge.h). Prints the merged file's
 * summary like 'leakscope inspect'. Exit codes: 0 written, 1 a shard cannot be read or is
 * damaged, or the output cannot be written (nothing is left behind), 2 usage. */
#include <getopt.h>
#include <stdio.h>

#include "cli/cli.h"
#include "fingerprint/merge.h"

static void merge_usage(FILE *f)
{
    fprintf(f, "usage: leakscope merge [options] -o OUT.lsfp SHARD.lsfp...\n"
               "\n"
               "Merges the fingerprint files of the shards of one dump (each written by\n"
               "'leakscope analyze --fingerprints' with the same --fp-key-file) into one:\n"
               "per kind the union of the shards' values, so the distinct counts are those of\n"
               "analysing the dump whole; records are summed. OUT is written mode 0600.\n"
               "\n"
               "  -o, --output FILE   the merged file (required)\n"
               "  --json              print the merged file's summary as JSON\n"
               "  -h, --help          this help\n");
}

int ls_cmd_merge(int argc, char **argv)
{
    enum { OPT_JSON = 256 };
    static const struct option longopts[] = {
        {"output", required_argument, NULL, 'o'},
        {"json", no_argument, NULL, OPT_JSON},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    const char *out = NULL;
    bool json = false;
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "o:h", longopts, NULL)) != -1) {
        switch (c) {
        case 'o':
            out = optarg;
            break;
        case OPT_JSON:
            json = true;
            break;
        case 'h':
            merge_usage(stdout);
            return LS_EXIT_OK;
        default:
            merge_usage(stderr);
            return LS_EXIT_USAGE;
        }
    }
    if (!out || optind >= argc) {
        fprintf(stderr, "leakscope merge: give -o OUT.lsfp and at least one shard file\n");
        merge_usage(stderr);
        return LS_EXIT_USAGE;
    }
    ls_fp_header h;
    char err[512];
    if (ls_fp_merge((const char *const *)(argv + optind), (size_t)(argc - optind), out, &h, err,
                    sizeof err) != 0) {
        fprintf(stderr, "leakscope merge: %s\n", err);
        return LS_EXIT_PARTIAL;
    }
    ls__cli_print_fp_header(stdout, out, &h, json, NULL);
    return LS_EXIT_OK;
}
