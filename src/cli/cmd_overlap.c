/* leakscope overlap: how much two (or more) dumps share, from their fingerprint files.
 *
 * For each pair of files and each kind (records, normalised records, e-mail, phone, NIR...):
 * |A|, |B|, |A ∩ B|, containment both ways and Jaccard, computed by one streaming merge of
 * the sorted files per kind (memory: one block per file, any size). Files made with
 * different keys are refused (every intersection would be 0) unless
 * --force-mismatched-keys. Exit codes: 0 computed, 1 a file is damaged or unreadable
 * (nothing printed but the error), 2 usage, 4 output error (main.c). */
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "cli/cli.h"
#include "fingerprint/overlap.h"
#include "report/report_overlap.h"

static void overlap_usage(FILE *f)
{
    fprintf(f, "usage: leakscope overlap [options] A.lsfp B.lsfp [C.lsfp ...]\n"
               "\n"
               "Compares fingerprint files written by 'leakscope analyze --fingerprints': for\n"
               "every pair and every kind (records, records_normalized, email, phone, fr_nir,\n"
               "iban, card_number, user_id, name_dob...), the distinct values in each, in both,\n"
               "containment (A in B, B in A) and Jaccard. No value is ever read or shown: the\n"
               "files hold keyed fingerprints only.\n"
               "\n"
               "  --json                   print JSON (schema leakscope-overlap/1)\n"
               "  --pretty                 indent the JSON\n"
               "  --force-mismatched-keys  compare files made with different keys anyway\n"
               "  -h, --help               this help\n"
               "\n"
               "Exit codes: 0 computed, 1 a file cannot be read or is damaged, 2 usage,\n"
               "4 output error.\n");
}

int ls_cmd_overlap(int argc, char **argv)
{
    enum { OPT_JSON = 256, OPT_PRETTY, OPT_FORCE };
    static const struct option longopts[] = {
        {"json", no_argument, NULL, OPT_JSON},
        {"pretty", no_argument, NULL, OPT_PRETTY},
        {"force-mismatched-keys", no_argument, NULL, OPT_FORCE},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    bool json = false, pretty = false;
    unsigned flags = 0;
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "h", longopts, NULL)) != -1) {
        switch (c) {
        case OPT_JSON:
            json = true;
            break;
        case OPT_PRETTY:
            pretty = true;
            break;
        case OPT_FORCE:
            flags |= LS_OVERLAP_FORCE_KEYS;
            break;
        case 'h':
            overlap_usage(stdout);
            return LS_EXIT_OK;
        default:
            overlap_usage(stderr);
            return LS_EXIT_USAGE;
        }
    }
    size_t n = (size_t)(argc - optind);
    if (n < 2 || n > LS_OVERLAP_MAX_FILES) {
        fprintf(stderr, "leakscope overlap: give 2 to %d fingerprint files\n",
                LS_OVERLAP_MAX_FILES);
        overlap_usage(stderr);
        return LS_EXIT_USAGE;
    }
    ls_overlap_result r;
    if (ls_overlap_compute((const char *const *)(argv + optind), n, flags, &r) != 0) {
        fprintf(stderr, "leakscope overlap: %s\n", r.error);
        bool keys = strstr(r.error, "different keys") != NULL;
        ls_overlap_result_free(&r);
        return keys ? LS_EXIT_USAGE : LS_EXIT_PARTIAL;
    }
    if (!r.keyed) fprintf(stderr, "leakscope overlap: warning: %s\n", LS_UNKEYED_WARNING);
    if (json) {
        ls_jsonw w;
        ls_jw_init(&w, stdout, pretty);
        ls__overlap_json(&w, &r, true);
        fputc('\n', stdout);
    } else {
        ls__overlap_text(stdout, &r);
    }
    ls_overlap_result_free(&r);
    return LS_EXIT_OK;
}
