/* leakscope: entry point. Dispatches subcommands and owns the process exit code; checks
 * that stdout was really written, so a full disk or closed pipe is an error, not a
 * silently truncated report. */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>

#include "cli/cli.h"

static void usage(FILE *f)
{
    fprintf(
        f,
        "usage: leakscope <command> [options]\n"
        "\n"
        "commands:\n"
        "  analyze [--json] [-j N] [--quiet] FILE...   count records, duplicates, columns\n"
        "  verify-manifest REPORT.json                 are these the files the report was made\n"
        "                                              from? (re-hashes them; exit 0 yes, 1 no)\n"
        "  overlap A.lsfp B.lsfp [...]                 what dumps share, from fingerprint files\n"
        "  merge -o ALL.lsfp SHARD.lsfp...             one fingerprint file from a dump's shards\n"
        "  inspect FILE.lsfp                           what a fingerprint file holds, intact?\n"
        "  version                                     print the version\n"
        "\n"
        "'leakscope analyze --help' lists the options. Exit codes: 0 complete, 1 partial,\n"
        "2 usage, 3 nothing analysed, 4 output error, 5 internal error.\n");
}

int main(int argc, char **argv)
{
    signal(SIGPIPE, SIG_IGN); /* a closed pipe becomes a write error we report */
    signal(SIGXFSZ, SIG_IGN); /* a file-size limit hit while spilling: a write error too */
    int rc;
    if (argc < 2) {
        usage(stderr);
        return LS_EXIT_USAGE;
    }
    const char *cmd = argv[1];
    if (strcmp(cmd, "analyze") == 0 || strcmp(cmd, "analyse") == 0) {
        rc = ls_cmd_analyze(argc - 1, argv + 1);
    } else if (strcmp(cmd, "verify-manifest") == 0) {
        rc = ls_cmd_verify_manifest(argc - 1, argv + 1);
    } else if (strcmp(cmd, "overlap") == 0) { /* issue 10 */
        rc = ls_cmd_overlap(argc - 1, argv + 1);
    } else if (strcmp(cmd, "merge") == 0) {
        rc = ls_cmd_merge(argc - 1, argv + 1);
    } else if (strcmp(cmd, "inspect") == 0) {
        rc = ls_cmd_inspect(argc - 1, argv + 1);
    } else if (strcmp(cmd, "version") == 0 || strcmp(cmd, "--version") == 0) {
        printf("leakscope %s\n", ls_version());
        rc = LS_EXIT_OK;
    } else if (strcmp(cmd, "help") == 0 || strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0) {
        usage(stdout);
        rc = LS_EXIT_OK;
    } else {
        fprintf(stderr, "leakscope: unknown command '%s'\n", cmd);
        usage(stderr);
        return LS_EXIT_USAGE;
    }
    if (fflush(stdout) != 0 || ferror(stdout)) {
        fprintf(stderr, "leakscope: error writing the report: %s\n", strerror(errno));
        return LS_EXIT_OUTPUT;
    }
    if (fclose(stdout) != 0) {
        fprintf(stderr, "leakscope: error writing the report: %s\n", strerror(errno));
        return LS_EXIT_OUTPUT;
    }
    return rc;
}
