/* report_file: a report written to a file named on the command line (analyze --html FILE),
 * all at once or not at all: into a temporary file beside it (mode 0600, like every file
 * leakscope writes), flushed and synced, then renamed over FILE. A run that fails half way
 * leaves FILE as it was (absent, or the previous report) and no temporary file behind. */
#ifndef LS_CLI_REPORT_FILE_H
#define LS_CLI_REPORT_FILE_H

#include <stdbool.h>
#include <stdio.h>

#include "leakscope/leakscope.h"

/* Writes the report into the FILE it is given; LS_OK or LS_ERR_OUTPUT. */
typedef ls_status (*ls_report_writer)(FILE *out, const void *ctx);

/* Write path with write(out, ctx). what names the report in the error message ("HTML
 * report"). Returns 0, or prints why to stderr and returns LS_EXIT_OUTPUT. */
int ls_cli_write_report_file(const char *path, const char *what, ls_report_writer write,
                             const void *ctx);

/* Are a and b the same existing file (same device and inode)? So that `--html FILE` never
 * overwrites an input: `analyze --html dump.csv other.csv` would otherwise destroy the
 * evidence it was asked to analyse. */
bool ls_cli_same_file(const char *a, const char *b);

#endif
