/* leakscope inspect: what a fingerprint file holds, and whether it is intact.
 *
 * Prints the header (format version, keyed or not, key id, source manifest SHA-256, records,
 * shards, per-kind counts) and reads every block of every section, checking checksums,
 * order and counts, so a file received from someone else can be checked before it is used.
 * Exit codes: 0 intact, 1 damaged or unreadable (the error says where), 2 usage. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>

#include "cli/cli.h"
#include "report/jsonw.h"
#include "report/mask.h"
#include "report/report.h"
#include "report/report_overlap.h"

static void inspect_usage(FILE *f)
{
    fprintf(f, "usage: leakscope inspect [--json] FILE.lsfp\n"
               "\n"
               "Shows what a fingerprint file holds (key id, source manifest, records, distinct\n"
               "values per kind) and checks every block of it. Exit 0 intact, 1 damaged.\n");
}

void ls__cli_print_fp_header(FILE *out, const char *path, const ls_fp_header *h, bool json,
                             const char *damage)
{
    char kid[33], man[65], nb[512], *heap, b1[32];
    ls_fp_hex(h->key_id, LS_FP_KEY_ID_BYTES, kid);
    ls_fp_hex(h->manifest, 32, man);
    const char *name = ls_mask_name_into(path, nb, sizeof nb, &heap);
    bool keyed = h->flags & LS_FP_KEYED;
    if (json) {
        ls_jsonw w;
        ls_jw_init(&w, out, false);
        ls_jw_object_begin(&w);
        ls_jw_key(&w, "schema");
        ls_jw_string(&w, "leakscope-fingerprints/1");
        ls_jw_key(&w, "file");
        ls_jw_string(&w, name);
        ls_jw_key(&w, "format_version");
        ls_jw_u64(&w, h->version);
        ls_jw_key(&w, "keyed");
        ls_jw_bool(&w, keyed);
        ls_jw_key(&w, "key_id");
        if (kid[0])
            ls_jw_string(&w, kid);
        else
            ls_jw_null(&w);
        ls_jw_key(&w, "manifest_sha256");
        if (man[0])
            ls_jw_string(&w, man);
        else
            ls_jw_null(&w);
        ls_jw_key(&w, "source");
        ls_jw_string(&w, h->source);
        ls_jw_key(&w, "tool_version");
        ls_jw_string(&w, h->tool);
        ls_jw_key(&w, "merged");
        ls_jw_bool(&w, h->flags & LS_FP_MERGED);
        ls_jw_key(&w, "complete");
        ls_jw_bool(&w, !(h->flags & LS_FP_INCOMPLETE));
        ls_jw_key(&w, "records");
        ls_jw_u64(&w, h->records);
        ls_jw_key(&w, "inputs");
        ls_jw_u64(&w, h->inputs);
        ls_jw_key(&w, "shards");
        ls_jw_u64(&w, h->shards);
        ls_jw_key(&w, "kinds");
        ls_jw_object_begin(&w);
        for (uint32_t k = 0; k < h->nkinds; k++) {
            ls_jw_key(&w, h->kinds[k].name);
            ls_jw_object_begin(&w);
            ls_jw_key(&w, "keys");
            ls_jw_u64(&w, h->kinds[k].count);
            ls_jw_key(&w, "key_bits");
            ls_jw_u64(&w, h->kinds[k].key_bytes * 8u);
            ls_jw_key(&w, "bytes");
            ls_jw_u64(&w, h->kinds[k].length);
            ls_jw_key(&w, "complete");
            ls_jw_bool(&w, !(h->kinds[k].flags & LS_FP_KIND_INCOMPLETE));
            ls_jw_object_end(&w);
        }
        ls_jw_object_end(&w);
        ls_jw_key(&w, "intact");
        ls_jw_bool(&w, damage == NULL);
        if (damage) {
            ls_jw_key(&w, "damage");
            ls_jw_string(&w, damage);
        }
        if (!keyed) {
            ls_jw_key(&w, "warning");
            ls_jw_string(&w, LS_UNKEYED_WARNING);
        }
        ls_jw_object_end(&w);
        fputc('\n', out);
    } else {
        fprintf(out, "%s: leakscope fingerprint file, format %u, %s%s%s\n", name, h->version,
                keyed ? "keyed, key id " : "UNKEYED", kid,
                h->flags & LS_FP_MERGED ? ", merged" : "");
        fprintf(out, "  source: %s\n", h->source);
        fprintf(out, "  source manifest SHA-256: %s\n", man[0] ? man : "(none)");
        fprintf(out,
                "  records analysed: %s in %llu input(s), %llu shard(s); written by leakscope %s\n",
                ls__group_digits(h->records, b1), (unsigned long long)h->inputs,
                (unsigned long long)h->shards, h->tool);
        for (uint32_t k = 0; k < h->nkinds; k++)
            fprintf(out, "  %-20s %14s distinct (%u-bit keys)%s\n", h->kinds[k].name,
                    ls__group_digits(h->kinds[k].count, b1), h->kinds[k].key_bytes * 8,
                    h->kinds[k].flags & LS_FP_KIND_INCOMPLETE ? "  INCOMPLETE (lower bound)" : "");
        if (!keyed) fprintf(out, "  WARNING: %s\n", LS_UNKEYED_WARNING);
        if (damage) fprintf(out, "  DAMAGED: %s\n", damage);
    }
    free(heap);
}

int ls_cmd_inspect(int argc, char **argv)
{
    enum { OPT_JSON = 256 };
    static const struct option longopts[] = {
        {"json", no_argument, NULL, OPT_JSON},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    bool json = false;
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "h", longopts, NULL)) != -1) {
        if (c == OPT_JSON) {
            json = true;
        } else if (c == 'h') {
            inspect_usage(stdout);
            return LS_EXIT_OK;
        } else {
            inspect_usage(stderr);
            return LS_EXIT_USAGE;
        }
    }
    if (argc - optind != 1) {
        inspect_usage(stderr);
        return LS_EXIT_USAGE;
    }
    const char *path = argv[optind];
    char err[256];
    ls_fp_file *f = ls_fp_open(path, err, sizeof err);
    if (!f) {
        fprintf(stderr, "leakscope inspect: %s: %s\n", path, err);
        return LS_EXIT_PARTIAL;
    }
    const ls_fp_header *h = ls_fp_file_header(f);
    const char *damage = NULL;
    for (uint32_t k = 0; k < h->nkinds && !damage; k++) {
        ls_fp_cursor *cur = ls_fp_cursor_open(f, (int)k);
        ls_fpkey key;
        int r;
        while (cur && (r = ls_fp_cursor_next(cur, &key)) == 1) {
        }
        if (!cur)
            damage = "out of memory";
        else if (r < 0)
            damage = ls_fp_file_error(f);
        ls_fp_cursor_close(cur);
    }
    ls__cli_print_fp_header(stdout, path, h, json, damage);
    if (damage) fprintf(stderr, "leakscope inspect: %s\n", damage);
    int rc = damage ? LS_EXIT_PARTIAL : LS_EXIT_OK;
    ls_fp_close(f);
    return rc;
}
