/* The human summary. It prints counts, file layout and column names — never a value. */
#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "pipeline/analysis.h"
#include "fingerprint/fp_analysis.h"
#include "report/mask.h"
#include "report/report_overlap.h"
#include "report/report.h"
#include "report/report_verdicts.h"

/* A name from the data (path, table, column), masked where PII-shaped: in one of a few
 * rotating buffers, so that several may appear in one printf; longer names are cut (the
 * text report shows a column name in 24 characters anyway). */
static const char *mask_name_rot(const char *s)
{
    static char bufs[4][4096];
    static unsigned k;
    char *b = bufs[k++ % 4];
    snprintf(b, sizeof bufs[0], "%s", s);
    ls_mask_name(b);
    return b;
}
#define NAME(s) mask_name_rot(s)

const char *ls__listed_kind(const char *evidence)
{
    if (!evidence) return NULL;
    if (!strcmp(evidence, "first_name_list")) return "first names";
    if (!strcmp(evidence, "surname_list")) return "surnames";
    if (!strcmp(evidence, "place_list")) return "places";
    return NULL;
}

const char *ls__group_digits(uint64_t v, char *buf)
{
    char tmp[32];
    int n = snprintf(tmp, sizeof tmp, "%" PRIu64, v);
    int o = 0;
    for (int i = 0; i < n; i++) {
        buf[o++] = tmp[i];
        int left = n - i - 1;
        if (left && left % 3 == 0) buf[o++] = ',';
    }
    buf[o] = 0;
    return buf;
}

static const char *delim_name(int c, char *buf)
{
    if (c == '\t') return "tab";
    if (!c) return "none";
    snprintf(buf, 8, "'%c'", c);
    return buf;
}

static void write_signals_text(const ls_analysis *a, FILE *out);
static void write_manifest_text(const ls_analysis *a, FILE *out);
static void write_fingerprints_text(const ls_analysis *a, FILE *out);

ls_status ls_report_write_text(const ls_analysis *a, FILE *out)
{
    if (!a || !out || !a->finished) return LS_ERR_INVALID_ARGUMENT;
    const ls_totals *t = &a->totals;
    char b1[32], b2[32], b3[8];
    fprintf(out, "leakscope %s: %" PRIu64 " input%s, %.1f MB in %.2f s (%.0f MB/s, %u thread%s)\n",
            LS_VERSION_STRING, t->inputs, t->inputs == 1 ? "" : "s", (double)t->bytes / 1e6,
            t->seconds, t->seconds > 0 ? (double)t->bytes / 1e6 / t->seconds : 0.0, a->threads,
            a->threads == 1 ? "" : "s");
    ls__text_claim(out, a); /* issue 9: the claim check comes first */
    for (size_t i = 0; i < a->ninputs; i++) {
        const ls_input_summary *in = &a->inputs[i]->pub;
        bool analysed = in->status == LS_OK || ls_status_is_partial(in->status);
        fprintf(out, "\n%s\n", NAME(in->path));
        if (!analysed) {
            fprintf(out, "  NOT ANALYSED: %s\n",
                    in->message[0] ? in->message : ls_strerror(in->status));
            continue;
        }
        if (in->format == LS_FORMAT_ARCHIVE) {
            fprintf(out, "  format      %s archive (%s), %" PRIu64 " member(s) analysed below\n",
                    in->container ? in->container : "?", in->compression ? in->compression : "none",
                    in->members);
            if (in->status != LS_OK)
                fprintf(out, "  PARTIAL     %s\n",
                        in->message[0] ? in->message : ls_strerror(in->status));
            continue;
        }
        if (in->format == LS_FORMAT_SQL || in->format == LS_FORMAT_JSONL ||
            in->format == LS_FORMAT_JSON) {
            fprintf(out, "  format      %s%s%s%s, %s%s\n", ls_format_name(in->format),
                    in->sql_dialect ? " (" : "", in->sql_dialect ? in->sql_dialect : "",
                    in->sql_dialect ? ")" : "", ls_encoding_name(in->encoding),
                    in->bom ? " (BOM)" : "");
            if (in->table) fprintf(out, "  table       %s\n", NAME(in->table));
        } else {
            fprintf(out, "  format      %s, delimiter %s, %s, %s%s, %s line endings\n",
                    ls_format_name(in->format), delim_name(in->delimiter, b3),
                    in->header ? "header" : "no header", ls_encoding_name(in->encoding),
                    in->bom ? " (BOM)" : "", ls_newline_name(in->newline));
        }
        fprintf(out, "  records     %s", ls__group_digits(in->records, b1));
        fprintf(out, "  (malformed %s, blank lines %" PRIu64 ")\n",
                ls__group_digits(in->malformed, b2), in->blank_lines);
        if (in->preamble_lines || in->header_rows > 1 || in->footer_lines)
            fprintf(out,
                    "  layout      %u preamble line(s), %u header row(s), %u footnote line(s) "
                    "skipped\n",
                    in->preamble_lines, in->header_rows, in->footer_lines);
        const ls_malformed_counts *m = &in->malformed_by;
        if (in->malformed)
            fprintf(out,
                    "  malformed   %" PRIu64 " too many fields, %" PRIu64 " too few, %" PRIu64
                    " unbalanced quote, %" PRIu64 " NUL byte, %" PRIu64 " oversized, %" PRIu64
                    " syntax\n",
                    m->too_many_fields, m->too_few_fields, m->unbalanced_quote, m->nul_byte,
                    m->oversized, m->syntax);
        if (m->too_deep)
            fprintf(out,
                    "  too deep    %" PRIu64
                    " record(s) nested deeper than 64 levels (the limit)\n",
                    m->too_deep);
        const ls_anomaly_counts *an = &in->anomalies;
        if (an->stray_quotes || an->multiline_records || an->invalid_utf8 || an->repeated_headers)
            fprintf(out,
                    "  noted       %" PRIu64 " stray quote(s), %" PRIu64
                    " multi-line record(s), %" PRIu64 " invalid UTF-8 sequence(s), %" PRIu64
                    " repeated header(s)\n",
                    an->stray_quotes, an->multiline_records, an->invalid_utf8,
                    an->repeated_headers);
        if (in->status != LS_OK)
            fprintf(out, "  PARTIAL     %s\n",
                    in->message[0] ? in->message : ls_strerror(in->status));
        if (in->table_scan_note)
            fprintf(out,
                    "  NOTE        the search for stacked tables stopped at byte %" PRIu64
                    " (%s): tables past it, if any, are counted as records of this one\n",
                    in->table_scan_stopped_at, in->table_scan_note);
        if (in->column_count) {
            fprintf(out, "  %-4s %-24s %-15s %12s %12s %12s  %s\n", "col", "name", "type",
                    "non-empty", "valid", "unique", "samples (masked)");
            for (uint32_t j = 0; j < in->column_count && j < 64; j++) {
                const ls_column_summary *c = &in->columns[j];
                char u[32], v[32];
                fprintf(out, "  %-4u %-24.24s %-15s %12s %12s %12s ", c->index,
                        c->name ? NAME(c->name) : "-", c->type, ls__group_digits(c->non_empty, b1),
                        c->validated ? ls__group_digits(c->valid, v) : "-",
                        c->unique == LS_UNIQUE_UNKNOWN ? "?" : ls__group_digits(c->unique, u));
                for (uint32_t k = 0; k < c->sample_count; k++)
                    fprintf(out, " %s%s", c->samples[k], k + 1 < c->sample_count ? "," : "");
                for (uint32_t k = 0; k < c->family_count; k++)
                    fprintf(out, "%s%s %" PRIu64, k ? ", " : " [", c->families[k].name,
                            c->families[k].count);
                fprintf(out, "%s", c->family_count ? "]" : "");
                const char *list = ls__listed_kind(c->evidence);
                if (list)
                    fprintf(out, " (by value: %.0f%% listed %s)", 100.0 * c->listed_share, list);
                fputc('\n', out);
            }
            if (in->column_count > 64)
                fprintf(out, "  ... %u more columns (see --json)\n", in->column_count - 64);
        }
    }
    if (a->ncat) {
        fprintf(out, "\ncategories of personal data\n");
        fprintf(out, "  %-16s %-12s %8s %14s %14s %14s\n", "type", "group", "columns", "records",
                "valid", "unique");
        for (size_t i = 0; i < a->ncat; i++) {
            const ls_category_summary *c = &a->cat_summaries[i];
            char r[32], v[32], u[32];
            fprintf(out, "  %-16s %-12s %8" PRIu64 " %14s %14s %14s%s\n", c->type, c->group,
                    c->columns, c->validated ? ls__group_digits(c->records, r) : "-",
                    c->validated ? ls__group_digits(c->valid, v) : "-",
                    c->validated ? ls__group_digits(c->unique, u) : "-",
                    c->special_category ? "  (GDPR Art. 9 special category)" : "");
        }
    }
    ls__text_subjects(out, a); /* issue 9 */
    ls__text_gdpr(out, a);
    if (a->nskipped) {
        fprintf(out, "\nskipped (not analysed)\n");
        for (size_t i = 0; i < a->nskipped; i++)
            fprintf(out, "  %s: %s\n", NAME(a->skipped[i].path), a->skipped[i].reason);
    }
    fprintf(out, "\ntotals\n");
    fprintf(out, "  records                     %s\n", ls__group_digits(t->records, b1));
    fprintf(out, "  malformed                   %s\n", ls__group_digits(t->malformed, b1));
    fprintf(out, "  unique records              %s\n", ls__group_digits(t->unique_records, b1));
    fprintf(out, "  duplicate records           %s\n", ls__group_digits(t->duplicate_records, b1));
    fprintf(out, "  unique records (normalized) %s\n",
            ls__group_digits(t->unique_records_normalized, b1));
    if (t->records_not_deduplicated)
        fprintf(out, "  not deduplicated (oversized) %s\n",
                ls__group_digits(t->records_not_deduplicated, b1));
    fprintf(out, "  dedup: %s\n",
            t->approximate ? "APPROXIMATE (out of memory): unique counts are lower bounds"
                           : "exact (XXH3-128)");
    const ls_engine_summary *e = ls_analysis_engine(a);
    if (e) {
        char b4[32];
        fprintf(out, "  engine: peak %s MiB of a %s MiB ceiling",
                ls__group_digits(e->peak_memory >> 20, b1),
                ls__group_digits(e->memory_limit >> 20, b2));
        if (e->spilled_bytes)
            fprintf(out, ", %s MiB spilled to %s", ls__group_digits(e->spilled_bytes >> 20, b4),
                    e->tmp_dir);
        if (!e->ceiling_kept) fputs(" (ceiling exceeded)", out);
        fputc('\n', out);
        if (e->spill_failed && !e->spill_read_failed)
            fprintf(out,
                    "  SPILLING FAILED (%s): counts are exact, but the memory ceiling was "
                    "exceeded\n",
                    e->spill_error);
    }
    if (t->inputs_failed)
        fprintf(out, "  %" PRIu64 " input(s) failed or are partial: see above\n", t->inputs_failed);
    write_signals_text(a, out);  /* issue 9 */
    write_manifest_text(a, out); /* issue 9 */
    write_fingerprints_text(a, out);
    return ferror(out) ? LS_ERR_OUTPUT : LS_OK;
}

/* ---- issue 9: fabrication signals and evidence manifest ------------------------------------- */

/* One line per signal: what it leans towards, its id, and the reading (which carries the
 * numbers). "Evidence, not a verdict" is said once, above the list. */
static void write_signals_text(const ls_analysis *a, FILE *out)
{
    size_t n = ls_analysis_signal_count(a);
    if (!n) return;
    fprintf(out, "\nfabrication signals (evidence to weigh, not a verdict)\n");
    for (size_t i = 0; i < n; i++) {
        const ls_signal *s = ls_analysis_signal(a, i);
        const char *c = s->consistent_with;
        const char *tag = !strcmp(c, "real_data")     ? "real-like "
                          : !strcmp(c, "fabrication") ? "FABRICATED?"
                          : !strcmp(c, "either")      ? "either    "
                                                      : "too few   ";
        fprintf(out, "  %s %-32s %s\n", tag, s->id, s->reading);
        for (uint32_t k = 0; k < s->item_count; k++)
            fprintf(out, "  %11s %-32s   %s: %" PRIu64 "\n", "", "", s->items[k].name,
                    s->items[k].count);
    }
}

/* The manifest: each file's SHA-256 (sha256sum's layout, so it can be compared by eye),
 * then when and where the analysis ran. */
static void write_manifest_text(const ls_analysis *a, FILE *out)
{
    const ls_run_info *r = ls_analysis_run_info(a);
    fprintf(out, "\nevidence manifest (SHA-256 of the bytes as received)\n");
    for (size_t i = 0; i < a->ninputs; i++) {
        const ls_input_summary *in = &a->inputs[i]->pub;
        if (!in->sha256[0]) continue;
        char b[32];
        fprintf(out, "  %s  %s  (%s bytes%s)\n", in->sha256, NAME(in->path),
                ls__group_digits(in->sha256_bytes, b),
                in->sha256_complete ? "" : ", INCOMPLETE: the input could not be read to its end");
    }
    fprintf(out, "  leakscope %s on %s, %s to %s (UTC)\n", LS_VERSION_STRING, r->host, r->started,
            r->finished);
}

/* ---- issue 10: fingerprint file and overlap ------------------------------------------------ */

static void write_fingerprints_text(const ls_analysis *a, FILE *out)
{
    const ls_fingerprints_summary *f = ls_analysis_fingerprints(a);
    if (!f) return;
    char b1[32];
    fputc('\n', out);
    if (f->path) {
        fprintf(out, "Fingerprints: %s %s (%s%s%s)\n", NAME(f->path),
                f->written ? "written" : "NOT written", f->keyed ? "keyed, key id " : "UNKEYED",
                f->key_id, "");
        for (size_t k = 0; k < f->kind_count; k++)
            fprintf(out, "  %-20s %14s%s\n", f->kinds[k].name,
                    ls__group_digits(f->kinds[k].keys, b1),
                    f->kinds[k].complete ? "" : "  INCOMPLETE (lower bound)");
        if (!f->keyed) fprintf(out, "  WARNING: %s\n", LS_UNKEYED_WARNING);
    }
    if (f->error[0]) fprintf(out, "  error: %s\n", f->error);
    const ls_overlap_result *o = ls__fp_overlap(a);
    if (o) ls__overlap_text(out, o);
}
