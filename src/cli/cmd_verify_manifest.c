/* leakscope verify-manifest: are these the files a report was made from?
 *
 * Reads a JSON report's "manifest" block and re-hashes every file it lists (SHA-256, one
 * sequential read each). An archive member is checked through its container: if the
 * container's bytes are the same, so are its members' (the member's own digest in the
 * report is what the archive delivered). Standard input cannot be read again: it is listed
 * as not checkable. Exit codes (README, "verify-manifest"):
 *   0  every file that can be checked has the size and SHA-256 of the report
 *   1  at least one file differs or cannot be read
 *   2  bad command line
 *   3  the report cannot be read or has no manifest, or no file in it can be checked
 *   4  this command's output could not be written (main.c) */
#include <errno.h>
#include <getopt.h>
#include <inttypes.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "common/sha256.h"
#include "report/jsonr.h"

static void verify_usage(FILE *f)
{
    fprintf(f, "usage: leakscope verify-manifest [options] REPORT.json\n"
               "\n"
               "Re-hashes the files a leakscope JSON report lists in its \"manifest\" and says\n"
               "whether they are the ones analysed (same size, same SHA-256). Archive members\n"
               "are checked through their archive; standard input cannot be checked again.\n"
               "\n"
               "  -C, --base DIR   resolve the report's relative paths from DIR (default: the\n"
               "                   current directory, as when the report was made)\n"
               "  -q, --quiet      print only files that differ and the summary line\n"
               "  -h, --help       this help\n"
               "\n"
               "Exit codes: 0 every checkable file matches, 1 some file differs or is missing,\n"
               "2 usage, 3 the report cannot be read, has no manifest or nothing checkable.\n");
}

/* The whole report in memory (reports are small); NULL with errno on failure. */
static char *slurp(const char *path, size_t *len)
{
    FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
    if (!f) return NULL;
    size_t cap = 1 << 16, n = 0;
    char *b = malloc(cap);
    while (b) {
        if (n == cap) {
            char *nb = realloc(b, cap * 2);
            if (!nb) {
                free(b);
                b = NULL;
                errno = ENOMEM;
                break;
            }
            b = nb;
            cap *= 2;
        }
        size_t r = fread(b + n, 1, cap - n, f);
        n += r;
        if (r == 0) {
            if (ferror(f)) {
                free(b);
                b = NULL;
                errno = EIO;
            }
            break;
        }
    }
    if (f != stdin) fclose(f);
    *len = n;
    return b;
}

typedef enum { V_MATCH, V_DIFFERS, V_MISSING, V_UNCHECKABLE } verdict_t;

typedef struct {
    const char *path, *archive, *sha256;
    uint64_t bytes;
    bool complete;
    verdict_t v;
    bool done;
    char why[200];
} entry_t;

static const entry_t *find(const entry_t *e, size_t n, const char *path)
{
    for (size_t i = 0; i < n; i++)
        if (strcmp(e[i].path, path) == 0) return &e[i];
    return NULL;
}

/* Check one entry (its container first, for members). */
static void check(entry_t *e, size_t n, entry_t *x, const char *base, int depth)
{
    if (x->done) return;
    x->done = true;
    if (x->archive) {
        entry_t *c = (entry_t *)find(e, n, x->archive);
        if (!c || depth > 8) {
            x->v = V_UNCHECKABLE;
            snprintf(x->why, sizeof x->why, "its archive is not listed in the manifest");
            return;
        }
        check(e, n, c, base, depth + 1);
        x->v = c->v;
        snprintf(x->why, sizeof x->why, "checked through its archive (%s)",
                 c->v == V_MATCH ? "unchanged" : "changed, missing or not checkable");
        return;
    }
    if (!x->sha256) {
        x->v = V_UNCHECKABLE;
        snprintf(x->why, sizeof x->why, "the report holds no digest for it (not read)");
        return;
    }
    if (strcmp(x->path, "<stdin>") == 0) {
        x->v = V_UNCHECKABLE;
        snprintf(x->why, sizeof x->why, "standard input cannot be read again");
        return;
    }
    if (!x->complete) {
        x->v = V_UNCHECKABLE;
        snprintf(x->why, sizeof x->why,
                 "the analysis could not read it to its end: its digest covers %" PRIu64
                 " bytes only",
                 x->bytes);
        return;
    }
    char full[PATH_MAX];
    const char *p = x->path;
    if (base && p[0] != '/') {
        snprintf(full, sizeof full, "%s/%s", base, p);
        p = full;
    }
    char hex[LS_SHA256_HEX];
    uint64_t bytes = 0;
    if (ls_sha256_file(p, hex, &bytes) != 0) {
        if (strchr(x->path, '*')) {
            /* The report never prints a PII-shaped name (an e-mail as a file name): the
             * manifest holds it masked, so the file cannot be found by its name. */
            x->v = V_UNCHECKABLE;
            snprintf(x->why, sizeof x->why,
                     "its name is masked in the report (it looks like personal data): compare "
                     "the SHA-256 by hand (sha256sum)");
            return;
        }
        x->v = V_MISSING;
        snprintf(x->why, sizeof x->why, "cannot read it: %s", strerror(errno));
        return;
    }
    if (bytes != x->bytes || strcmp(hex, x->sha256) != 0) {
        x->v = V_DIFFERS;
        snprintf(x->why, sizeof x->why,
                 "%" PRIu64 " bytes, SHA-256 %.16s...; the report says %" PRIu64 " bytes, %.16s...",
                 bytes, hex, x->bytes, x->sha256);
        return;
    }
    x->v = V_MATCH;
}

int ls_cmd_verify_manifest(int argc, char **argv)
{
    static const struct option longopts[] = {
        {"base", required_argument, NULL, 'C'},
        {"quiet", no_argument, NULL, 'q'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    const char *base = NULL;
    bool quiet = false;
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "C:qh", longopts, NULL)) != -1) {
        switch (c) {
        case 'C':
            base = optarg;
            break;
        case 'q':
            quiet = true;
            break;
        case 'h':
            verify_usage(stdout);
            return LS_EXIT_OK;
        default:
            verify_usage(stderr);
            return LS_EXIT_USAGE;
        }
    }
    if (optind != argc - 1) {
        fprintf(stderr, "leakscope verify-manifest: give exactly one report\n");
        verify_usage(stderr);
        return LS_EXIT_USAGE;
    }
    const char *rp = argv[optind];
    size_t len;
    char *text = slurp(rp, &len);
    if (!text) {
        fprintf(stderr, "leakscope verify-manifest: %s: %s\n", rp, strerror(errno));
        return LS_EXIT_FAILED;
    }
    char err[160];
    ls_jv *root = ls_jsonr_parse(text, len, err, sizeof err);
    free(text);
    if (!root) {
        fprintf(stderr, "leakscope verify-manifest: %s: not a JSON report (%s)\n", rp,
                err[0] ? err : "out of memory");
        return LS_EXIT_FAILED;
    }
    const char *schema = ls_jv_str(ls_jv_get(root, "schema"));
    const ls_jv *files = ls_jv_get(ls_jv_get(root, "manifest"), "files");
    if (!schema || strncmp(schema, "leakscope-report/", 17) != 0 || !files ||
        files->kind != LS_JV_ARRAY) {
        fprintf(stderr, "leakscope verify-manifest: %s: not a leakscope report with a manifest\n",
                rp);
        ls_jv_free(root);
        return LS_EXIT_FAILED;
    }
    entry_t *e = calloc(files->n ? files->n : 1, sizeof *e);
    if (!e) {
        ls_jv_free(root);
        fprintf(stderr, "leakscope: out of memory\n");
        return LS_EXIT_INTERNAL;
    }
    size_t n = 0;
    for (size_t i = 0; i < files->n; i++) {
        const ls_jv *f = &files->items[i];
        const char *path = ls_jv_str(ls_jv_get(f, "path"));
        if (!path) continue;
        const ls_jv *b = ls_jv_get(f, "bytes"), *cm = ls_jv_get(f, "complete");
        e[n] = (entry_t){.path = path,
                         .archive = ls_jv_str(ls_jv_get(f, "archive")),
                         .sha256 = ls_jv_str(ls_jv_get(f, "sha256")),
                         .bytes = b && b->is_u64 ? b->u64 : 0,
                         .complete = cm && cm->kind == LS_JV_BOOL && cm->b};
        n++;
    }
    size_t counts[4] = {0};
    for (size_t i = 0; i < n; i++) {
        check(e, n, &e[i], base, 0);
        counts[e[i].v]++;
        static const char *const label[] = {"OK", "CHANGED", "MISSING", "UNCHECKED"};
        if (quiet && (e[i].v == V_MATCH || e[i].v == V_UNCHECKABLE)) continue;
        printf("%-9s %s%s%s\n", label[e[i].v], e[i].path, e[i].why[0] ? ": " : "", e[i].why);
    }
    printf("verify-manifest: %zu file(s) match, %zu changed, %zu missing, %zu not checkable\n",
           counts[V_MATCH], counts[V_DIFFERS], counts[V_MISSING], counts[V_UNCHECKABLE]);
    free(e);
    ls_jv_free(root);
    if (counts[V_DIFFERS] || counts[V_MISSING]) return LS_EXIT_PARTIAL;
    if (!counts[V_MATCH]) return LS_EXIT_FAILED;
    return LS_EXIT_OK;
}
