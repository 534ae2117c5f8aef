/* report_overlap: an overlap result (fingerprint/overlap.h) as JSON and as text, for
 * `leakscope overlap` and for the analyze report's "overlap" block (analyze --compare).
 * File names are masked like every name the reports print (issue 13); no value of the data
 * is in an overlap result at all. */
#ifndef LS_REPORT_OVERLAP_H
#define LS_REPORT_OVERLAP_H

#include <stdbool.h>
#include <stdio.h>

#include "fingerprint/overlap.h"
#include "report/jsonw.h"

/* The overlap as one JSON object value (the caller wrote the key, if any); with_schema adds
 * "schema": "leakscope-overlap/1" (the standalone command's output). */
void ls__overlap_json(ls_jsonw *w, const ls_overlap_result *r, bool with_schema);
/* The overlap as text an investigator reads. */
void ls__overlap_text(FILE *out, const ls_overlap_result *r);

/* The sentence every output carries for unkeyed files. */
#define LS_UNKEYED_WARNING                                                                         \
    "unkeyed fingerprints: anyone holding the file can test whether a guessed value (an "          \
    "e-mail address, a phone number) is in the dump; make shared files with --fp-key-file"

#endif
