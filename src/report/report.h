/* report internals shared by the JSON and text writers. */
#ifndef LS_REPORT_H
#define LS_REPORT_H

#include <stdbool.h>

#include "leakscope/leakscope.h"
#include "report/jsonw.h"

/* Stable snake_case code of a status, as used in the JSON report ("empty", "binary"...). */
const char *ls_status_code(ls_status s);

/* 1234567 → "1,234,567" in buf (at least 32 bytes), returned (investigators read these
 * aloud). Shared by the text writers. */
const char *ls__group_digits(uint64_t v, char *buf);

/* A name from the data (path, member, table, column, key) as a JSON string, masked where
 * PII-shaped (mask.h): the one place the JSON writers (report_json.c, report_verdicts.c,
 * report_overlap.c) print a name. */
void ls__jw_name(ls_jsonw *w, const char *s);

/* Is input i a further entry of a file listed before it (another table of a SQL dump or of
 * a delimited file)? Such an entry has no digest of its own: the manifests (JSON and HTML)
 * list the file once. Defined in report_json.c. */
bool ls__repeated_file(const ls_analysis *a, size_t i);

/* For a column typed by a word list (evidence "first_name_list", "surname_list",
 * "place_list"): what the list holds, in words ("first names", "surnames", "places");
 * NULL for any other evidence. Shared by the text and HTML writers. */
const char *ls__listed_kind(const char *evidence);

#endif
