/* manifest: the evidence manifest's data (issue 9, item 5) — when and where the analysis
 * ran, and the SHA-256 of every input as received (computed by the input layer in the pass
 * that reads it: src/input/source.c, src/input/decompress.c). The JSON writer prints it as
 * the report's "manifest" block; `leakscope verify-manifest` checks files against it. */
#ifndef LS_MANIFEST_H
#define LS_MANIFEST_H

#include "input/source.h"
#include "leakscope/leakscope.h"

/* Start and end of the run: UTC ISO 8601 times, and the host name at the start. */
void ls__manifest_run_start(ls_run_info *r);
void ls__manifest_run_end(ls_run_info *r);

/* After an input was analysed from src: finish its digest into the public summary. */
void ls__manifest_take(ls_input_summary *pub, ls_source *src);

/* UTC time t as "YYYY-MM-DDTHH:MM:SSZ" into out (at least 21 bytes). */
void ls__iso8601_utc(long long t, char *out, size_t cap);

#endif
