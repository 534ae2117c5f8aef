/* report_html: the HTML report (issue 10) — one self-contained page for a reader of the
 * findings (a newsroom, a DPO, a regulator): inline CSS, inline SVG charts, no script, and a
 * Content-Security-Policy that forbids every load, so it reads offline and leaks nothing
 * when opened. The same figures as the JSON report, each tagged with its JSON path
 * (data-figure), and only masked samples and masked names, exactly as the JSON has them. */
#ifndef LS_REPORT_HTML_H
#define LS_REPORT_HTML_H

#include <stdio.h>

#include "fingerprint/overlap.h"
#include "leakscope/leakscope.h"

/* Write the page for a finished analysis to out. overlap: the comparison with other dumps
 * (analyze --compare), or NULL for none; the page then has no overlap section. opts as for
 * the JSON (NULL: timing on): include_timing false leaves out what changes from run to run
 * (times, host, threads, engine figures), so two pages of one input compare byte for byte;
 * include_samples is ignored: the page always shows the masked samples, as the text report
 * does. LS_ERR_INVALID_ARGUMENT before ls_analysis_finish(), LS_ERR_OUTPUT if a write
 * failed. */
ls_status ls_report_write_html(const ls_analysis *a, const ls_overlap_result *overlap, FILE *out,
                               const ls_report_options *opts);

/* Internal (report_html_overlap.c): the "Overlap with other dumps" section. */
void ls__html_overlap(FILE *out, const ls_overlap_result *r);

#endif
