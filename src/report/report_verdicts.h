/* report_verdicts: the report blocks of issue 9 (`claim`, `subjects`, `gdpr`), called by
 * report_json.c and report_text.c. Each writes nothing when its result is absent. */
#ifndef LS_REPORT_VERDICTS_H
#define LS_REPORT_VERDICTS_H

#include <stdio.h>

#include "leakscope/leakscope.h"
#include "report/jsonw.h"

void ls__json_claim(ls_jsonw *w, const ls_analysis *a);
void ls__json_subjects(ls_jsonw *w, const ls_analysis *a);
void ls__json_gdpr(ls_jsonw *w, const ls_analysis *a);

void ls__text_claim(FILE *out, const ls_analysis *a);
void ls__text_subjects(FILE *out, const ls_analysis *a);
void ls__text_gdpr(FILE *out, const ls_analysis *a);

#endif
