/* The leakscope command-line tool: exit codes and subcommands. */
#ifndef LS_CLI_H
#define LS_CLI_H

#include "leakscope/leakscope.h"

/* Exit codes (README.md, "Exit codes"). Scripts rely on them: never renumber. */
typedef enum {
    LS_EXIT_OK = 0,       /* every input analysed completely */
    LS_EXIT_PARTIAL = 1,  /* a report was written, but some input failed or is partial */
    LS_EXIT_USAGE = 2,    /* bad command line */
    LS_EXIT_FAILED = 3,   /* no input could be analysed at all */
    LS_EXIT_OUTPUT = 4,   /* the report could not be written (disk full, closed pipe) */
    LS_EXIT_INTERNAL = 5, /* out of memory, cannot start threads */
    LS_EXIT_MEMORY = 6,   /* the report is complete and exact, but the --memory ceiling could
                             not be kept: spilling to the temporary directory failed */
} ls_exit_code;

int ls_cmd_analyze(int argc, char **argv);
int ls_cmd_verify_manifest(int argc, char **argv); /* issue 9: cmd_verify_manifest.c */
/* issue 10: fingerprint files */
int ls_cmd_overlap(int argc, char **argv); /* cmd_overlap.c */
int ls_cmd_merge(int argc, char **argv);   /* cmd_merge.c */
int ls_cmd_inspect(int argc, char **argv); /* cmd_inspect.c */
#include "fingerprint/fpfile.h"
/* A fingerprint file's header as text or JSON (cmd_inspect.c); damage: NULL if intact. */
void ls__cli_print_fp_header(FILE *out, const char *path, const ls_fp_header *h, bool json,
                             const char *damage);

/* Progress on stderr while the analysis runs (only on a terminal, never with --quiet). */
typedef struct ls_progress_display ls_progress_display;
ls_progress_display *ls_progress_start(const ls_analysis *a);
void ls_progress_stop(ls_progress_display *p); /* accepts NULL; clears the line */

#endif
