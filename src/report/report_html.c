/* The HTML report (report_html.h): one self-contained page, sections in the order a reader
 * of the findings asks their questions — does the claim hold, how many records and people,
 * what kind of data, how serious, then the evidence (inputs, columns, signals, manifest).
 * Figures come from the same accessors as report_json.c and carry their JSON path. */
#include "report/report_html.h"

#include <inttypes.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "pipeline/analysis.h"
#include "report/html.h"
#include "report/report.h"

/* Print-friendly, readable offline: system fonts only, colours kept when printed. */
static const char PAGE_CSS[] =
    ":root{--fg:#1b1f24;--muted:#57606a;--line:#d0d7de;--head:#f6f8fa;--ok:#1a7f37;"
    "--warn:#9a6700;--bad:#cf222e;--na:#6e7781;--s0:#0969da;--s1:#8250df;--s2:#bf8700}\n"
    "body{font:15px/1.45 system-ui,-apple-system,'Segoe UI',Roboto,'Helvetica Neue',Arial,"
    "sans-serif;color:var(--fg);background:#fff;margin:0}\n"
    "header.page,main,footer{max-width:1180px;margin:0 auto;padding:0 24px}\n"
    "h1{font-size:1.7em;margin:.7em 0 .2em}\n"
    "h2{font-size:1.3em;border-bottom:2px solid var(--line);padding-bottom:.2em;"
    "margin-top:1.8em}\n"
    "h3{font-size:1.05em;margin:1.3em 0 .3em}\n"
    "table{border-collapse:collapse;width:100%;margin:.5em 0 1em;font-size:.92em}\n"
    "caption{text-align:left;color:var(--muted);padding:.2em 0}\n"
    "th,td{border-bottom:1px solid var(--line);padding:.3em .5em;text-align:left;"
    "vertical-align:top}\n"
    "th{background:var(--head);font-weight:600}\n"
    "th.n,td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}\n"
    "code,.mono{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;"
    "font-size:.9em}\n"
    ".sha{word-break:break-all}\n"
    ".sample{display:inline-block;margin:0 .5em .15em 0;padding:0 .3em;background:var(--head);"
    "border-radius:3px;white-space:nowrap}\n"
    ".figures{display:grid;grid-template-columns:repeat(auto-fill,minmax(200px,1fr));"
    "gap:12px;margin:1em 0}\n"
    ".figures div{border:1px solid var(--line);border-radius:6px;padding:.6em .8em}\n"
    ".figures dt{color:var(--muted);font-size:.85em}\n"
    ".figures dd{margin:0;font-size:1.6em;font-weight:650;font-variant-numeric:tabular-nums}\n"
    ".figures dd.sub{font-size:.8em;font-weight:400;color:var(--muted)}\n"
    ".badge{display:inline-block;padding:0 .5em;border-radius:1em;font-size:.85em;"
    "font-weight:600;border:1px solid currentColor;white-space:nowrap}\n"
    ".v-supported,.c-real_data,.st-ok{color:var(--ok)}\n"
    ".v-inflated,.st-partial,.sev-medium{color:var(--warn)}\n"
    ".v-not_supported,.c-fabrication,.st-error,.sev-high,.sev-very_high{color:var(--bad)}\n"
    ".v-not_checkable,.c-either,.c-too_few_values,.sev-low{color:var(--na)}\n"
    ".alert{border-left:4px solid var(--warn);background:#fff8c5;padding:.5em .8em;"
    "margin:.8em 0}\n"
    ".alert.bad{border-color:var(--bad);background:#ffebe9}\n"
    ".alert.ok{border-color:var(--ok);background:#dafbe1}\n"
    ".note{color:var(--muted);font-size:.9em}\n"
    "tr.partial td{background:#fff8c5}tr.error td{background:#ffebe9}\n"
    "svg.chart{max-width:100%;height:auto;display:block;margin:.5em 0}\n"
    "svg .s0{fill:var(--s0)}svg .s1{fill:var(--s1)}svg .s2{fill:var(--s2)}\n"
    "svg text{font:12px system-ui,sans-serif;fill:var(--fg)}\n"
    "svg text.na{fill:var(--na);font-style:italic}\n"
    "nav ol{columns:3;font-size:.9em}\n"
    "footer{margin-top:2.5em;padding-bottom:2em;color:var(--muted);font-size:.85em}\n"
    "@media print{nav{display:none}body{font-size:10pt}h2{break-after:avoid}"
    "tr,svg,.figures div,.alert{break-inside:avoid}"
    "*{-webkit-print-color-adjust:exact;print-color-adjust:exact}"
    "header.page,main,footer{max-width:none;padding:0}}\n";

/* The page may load nothing: no script, no image, no font, no frame, no form target. Only
 * the inline stylesheet is allowed (and data: images, which the page does not use today). */
#define PAGE_CSP                                                                                   \
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action "  \
    "'none'"

static void th(FILE *out, const char *cls, const char *text)
{
    fprintf(out, "<th scope=\"col\"%s%s%s>", cls ? " class=\"" : "", cls ? cls : "",
            cls ? "\"" : "");
    ls__html_text(out, text);
    fputs("</th>", out);
}

/* A column heading: its class ("n" for figures, NULL for text) and its text. */
typedef struct {
    const char *cls, *text;
} col_head;

/* The head of every table of the page: <table>, the caption when there is one (static
 * HTML), one <th> per column, and the opening <tbody>. */
static void table_head(FILE *out, const char *caption, const col_head *cols, size_t ncols)
{
    fputs("<table>\n", out);
    if (caption) fprintf(out, "<caption>%s</caption>\n", caption);
    fputs("<thead><tr>", out);
    for (size_t i = 0; i < ncols; i++)
        th(out, cols[i].cls, cols[i].text);
    fputs("</tr></thead>\n<tbody>\n", out);
}
#define TABLE_HEAD(out, caption, ...)                                                              \
    do {                                                                                           \
        static const col_head cols_[] = {__VA_ARGS__};                                             \
        table_head(out, caption, cols_, sizeof cols_ / sizeof cols_[0]);                           \
    } while (0)

/* <td class="n" data-figure=path>v</td>, the path formatted from fmt. */
static void td_fig(FILE *out, uint64_t v, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static void td_fig(FILE *out, uint64_t v, const char *fmt, ...)
{
    char path[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(path, sizeof path, fmt, ap);
    va_end(ap);
    fputs("<td class=\"n\">", out);
    ls__html_figure(out, "span", path, v);
    fputs("</td>", out);
}

static void td_u64(FILE *out, uint64_t v)
{
    fputs("<td class=\"n\">", out);
    ls__html_u64(out, v);
    fputs("</td>", out);
}

static void td_text(FILE *out, const char *s)
{
    fputs("<td>", out);
    ls__html_text(out, s);
    fputs("</td>", out);
}

static void td_pct(FILE *out, double share)
{
    fprintf(out, "<td class=\"n\">%.1f %%</td>", 100.0 * share);
}

/* One headline figure: <div><dt>label</dt><dd data-figure=path>v</dd><dd class=sub>..</dd> */
static void headline(FILE *out, const char *label, const char *path, uint64_t v, const char *sub)
{
    fputs("<div><dt>", out);
    ls__html_text(out, label);
    fputs("</dt>", out);
    ls__html_figure(out, "dd", path, v);
    if (sub) {
        fputs("<dd class=\"sub\">", out);
        ls__html_text(out, sub);
        fputs("</dd>", out);
    }
    fputs("</div>\n", out);
}

/* ---- claim ---------------------------------------------------------------------------------- */

/* A verdict as a badge: its JSON name as the class, the same words for the reader
 * ("not_supported" reads "not supported"). */
static void verdict_badge(FILE *out, ls_claim_verdict v)
{
    const char *name = ls_claim_verdict_name(v);
    fprintf(out, "<span class=\"badge v-%s\">", name);
    for (const char *p = name; *p; p++)
        fputc(*p == '_' ? ' ' : *p, out);
    fputs("</span>", out);
}

/* The claim check first: it is the question a seller's advertisement raises. A chart puts
 * each claimed figure beside the figure it was checked against. Reasons may name a column
 * (a column named like a claimed field): they are masked like every name. */
static void section_claim(FILE *out, const ls_analysis *a)
{
    const ls_claim_result *c = ls_analysis_claim(a);
    if (!c) return;
    fputs("<section id=\"claim\">\n<h2>Claim check</h2>\n", out);
    if (c->source) {
        fputs("<p>Claim as read from: <q>", out);
        ls__html_name(out, c->source, "");
        fputs("</q></p>\n", out);
    }
    fputs("<p class=\"summary\">", out);
    for (int v = 0; v < LS_CLAIM__VERDICTS; v++) {
        char path[64];
        snprintf(path, sizeof path, "claim.summary.%s", ls_claim_verdict_name((ls_claim_verdict)v));
        fputs(v ? ", " : "", out);
        ls__html_figure(out, "strong", path, c->verdicts[v]);
        fputc(' ', out);
        verdict_badge(out, (ls_claim_verdict)v);
    }
    fprintf(out, ". Round figures are given %.0f %% of slack.</p>\n", 100.0 * c->tolerance);

    ls_html_bar_row rows[16];
    size_t nrows = 0;
    for (uint32_t i = 0; i < c->item_count && nrows < 16; i++) {
        const ls_claim_item *it = &c->items[i];
        if (it->kind == LS_CLAIM_ITEM_FIELD) continue;
        bool observed = !(it->compared_with && !strcmp(it->compared_with, "subjects") &&
                          !it->subjects_available);
        rows[nrows] = (ls_html_bar_row){
            .label = it->item, .counts = {it->claimed, it->observed}, .has = {true, observed}};
        nrows++;
    }
    if (nrows) {
        static const char *const series[] = {"claimed", "found in the data"};
        static const char *const classes[] = {"s2", "s0"};
        ls__html_bar_chart(out, "chart-claim", "Claimed figures and what the data holds",
                           "For each claimed count, the claimed figure and the figure of the "
                           "data it was checked against.",
                           series, classes, 2, rows, nrows, false);
    }

    TABLE_HEAD(out, "Each claimed item, its verdict and why", {NULL, "item"}, {"n", "claimed"},
               {"n", "found"}, {NULL, "checked against"}, {"n", "ratio"}, {NULL, "verdict"},
               {NULL, "reason"});
    for (uint32_t i = 0; i < c->item_count; i++) {
        const ls_claim_item *it = &c->items[i];
        fputs("<tr>", out);
        if (it->kind == LS_CLAIM_ITEM_FIELD) {
            fputs("<th scope=\"row\">field ", out);
            ls__html_text(out, it->claimed_text);
            fputs("</th><td class=\"n\">present</td>", out);
            td_fig(out, it->records_with, "claim.items.%u.records_with", i);
            fputs("<td>records with a valid value", out);
            if (it->type_count) {
                fputs(" (", out);
                for (uint32_t k = 0; k < it->type_count; k++) {
                    fputs(k ? ", " : "", out);
                    ls__html_text(out, it->types[k]);
                }
                fputs(")", out);
            }
            fputs("</td>", out);
        } else {
            fputs("<th scope=\"row\">", out);
            ls__html_text(out, it->item);
            fputs("</th>", out);
            td_fig(out, it->claimed, "claim.items.%u.claimed", i);
            bool observed = !(it->compared_with && !strcmp(it->compared_with, "subjects") &&
                              !it->subjects_available);
            if (observed && it->compared_with)
                td_fig(out, it->observed, "claim.items.%u.observed.%s", i, it->compared_with);
            else
                fputs("<td class=\"n\">&#8212;</td>", out);
            td_text(out, it->compared_with ? it->compared_with : "");
        }
        td_pct(out, it->ratio);
        fputs("<td>", out);
        verdict_badge(out, it->verdict);
        fputs("</td><td>", out);
        ls__html_name(out, it->reason, "");
        if (it->kind == LS_CLAIM_ITEM_FIELD && it->column_count) {
            fputs("<br><span class=\"note\">in ", out);
            for (uint32_t k = 0; k < it->column_count && k < 8; k++) {
                const ls_claim_column *col = &it->columns[k];
                fputs(k ? "; " : "", out);
                fprintf(out, "column %u <q>", col->index + 1);
                ls__html_name(out, col->name, "(no header)");
                fputs("</q> (", out);
                ls__html_text(out, col->type);
                fputs(") of ", out);
                ls__html_name(out, col->input, "");
                if (col->table) {
                    fputs(", table ", out);
                    ls__html_name(out, col->table, "");
                }
            }
            if (it->column_count > 8) fprintf(out, "; and %u more", it->column_count - 8);
            fputs("</span>", out);
        }
        fputs("</td></tr>\n", out);
    }
    fputs("</tbody></table>\n</section>\n", out);
}

/* ---- headline counts and people ------------------------------------------------------------- */

static void section_counts(FILE *out, const ls_analysis *a)
{
    const ls_totals *t = &a->totals;
    const ls_subjects_summary *s = ls_analysis_subjects(a);
    fputs("<section id=\"counts\">\n<h2>How many records, how many people</h2>\n", out);
    if (t->approximate)
        fputs("<p class=\"alert bad\"><strong>Approximate.</strong> A set ran out of memory, or "
              "spilled data could not be read back: the unique counts below are lower "
              "bounds.</p>\n",
              out);
    else
        fputs("<p class=\"alert ok\"><strong>Exact.</strong> Records are counted one by one; "
              "unique counts are exact up to 128-bit hash collisions (XXH3-128).</p>\n",
              out);
    fputs("<dl class=\"figures\">\n", out);
    headline(out, "records", "totals.records", t->records,
             "logical records (a quoted newline does not split one)");
    headline(out, "unique records", "totals.unique_records", t->unique_records,
             "distinct records, byte for byte");
    headline(out, "unique records, normalised", "totals.unique_records_normalized",
             t->unique_records_normalized, "after trimming, collapsing spaces and case folding");
    if (s && s->available)
        headline(out, "people (distinct data subjects)", "subjects.estimate", s->subjects,
                 s->approximate ? "APPROXIMATE: lower bound (out of memory)"
                                : "an estimate: see the rule below");
    headline(out, "duplicate records", "totals.duplicate_records", t->duplicate_records,
             "records - unique records");
    headline(out, "malformed records", "totals.malformed", t->malformed,
             "counted and deduplicated, never dropped");
    headline(out, "inputs", "totals.inputs", t->inputs, NULL);
    headline(out, "inputs that failed", "totals.inputs_failed", t->inputs_failed, NULL);
    headline(out, "bytes read", "totals.bytes", t->bytes, NULL);
    if (t->records_not_deduplicated)
        headline(out, "records not deduplicated", "totals.records_not_deduplicated",
                 t->records_not_deduplicated, "oversized or unparsable: counted, never hashed");
    fputs("</dl>\n", out);

    ls_html_bar_row rows[4] = {
        {.label = "records", .counts = {t->records}, .has = {true}},
        {.label = "unique records", .counts = {t->unique_records}, .has = {true}},
        {.label = "unique, normalised", .counts = {t->unique_records_normalized}, .has = {true}},
        {.label = "people (estimate)", .counts = {s ? s->subjects : 0}, .has = {true}},
    };
    static const char *const series[] = {"count"};
    static const char *const classes[] = {"s0"};
    ls__html_bar_chart(out, "chart-counts", "From records to people",
                       "Records, distinct records, distinct records after normalisation and the "
                       "estimated number of distinct people.",
                       series, classes, 1, rows, s && s->available ? 4 : 3, false);

    if (s) {
        fputs("<h3>People: how the estimate is made</h3>\n", out);
        if (!s->available) {
            fputs("<p>Not available: no column was typed as an identifier of people.</p>\n", out);
        } else {
            fputs("<p>", out);
            ls__html_text(out, s->rule);
            fputs("</p>\n<p class=\"note\">", out);
            ls__html_u64(out, s->records_keyed);
            fputs(" records were keyed; ", out);
            ls__html_u64(out, s->records_without_identifier);
            fputs(" had no identifier and are not counted. The estimate counts a person known "
                  "by different identifiers in different records more than once, and people "
                  "sharing a name and birth date once.</p>\n",
                  out);
            TABLE_HEAD(out, "Records and people by identifier rule", {NULL, "rule"},
                       {NULL, "identifier"}, {"n", "records keyed by it"}, {"n", "people"},
                       {"n", "records holding it"}, {"n", "distinct values"});
            unsigned k = 0; /* the JSON's by_rule lists the rules some record holds */
            for (uint32_t i = 0; i < s->rule_count; i++) {
                const ls_subject_rule_summary *r = &s->rules[i];
                if (!r->records_with) continue;
                fputs("<tr><th scope=\"row\">", out);
                ls__html_text(out, r->rule);
                fputs("</th>", out);
                td_text(out, r->identifier);
                td_fig(out, r->records, "subjects.by_rule.%u.records", k);
                td_fig(out, r->subjects, "subjects.by_rule.%u.subjects", k);
                td_fig(out, r->records_with, "subjects.by_rule.%u.records_with", k);
                td_fig(out, r->distinct, "subjects.by_rule.%u.distinct", k);
                fputs("</tr>\n", out);
                k++;
            }
            fputs("</tbody></table>\n", out);
        }
    }
    fputs("</section>\n", out);
}

/* ---- categories ----------------------------------------------------------------------------- */

/* Checksum validity of a category, from its columns: values shaped like the type that pass
 * its checks, and those that fail them. */
static void category_validity(const ls_analysis *a, const char *type, uint64_t *valid,
                              uint64_t *invalid)
{
    *valid = *invalid = 0;
    for (size_t i = 0; i < a->ninputs; i++) {
        const ls_input_summary *in = &a->inputs[i]->pub;
        for (uint32_t j = 0; j < in->column_count; j++) {
            const ls_column_summary *c = &in->columns[j];
            if (!c->validated || strcmp(c->type, type)) continue;
            *valid += c->valid;
            *invalid += c->invalid;
        }
    }
}

static void section_categories(FILE *out, const ls_analysis *a)
{
    fputs("<section id=\"categories\">\n<h2>What kind of data</h2>\n", out);
    if (!a->ncat) {
        fputs("<p>No column was typed as personal data.</p>\n</section>\n", out);
        return;
    }
    ls_html_bar_row *rows = calloc(a->ncat, sizeof *rows);
    size_t nrows = 0;
    for (size_t i = 0; rows && i < a->ncat; i++) {
        const ls_category_summary *c = &a->cat_summaries[i];
        if (!c->validated) continue;
        rows[nrows++] = (ls_html_bar_row){
            .label = c->type, .counts = {c->records, c->unique}, .has = {true, true}};
    }
    if (nrows) {
        static const char *const series[] = {"records with a valid value", "distinct values"};
        static const char *const classes[] = {"s0", "s1"};
        ls__html_bar_chart(out, "chart-categories", "Categories of personal data",
                           "For each type of personal data found: the records holding a valid "
                           "value of it, and its distinct valid values after normalisation.",
                           series, classes, 2, rows, nrows, false);
    }
    free(rows);
    TABLE_HEAD(out, "Categories of personal data across all inputs", {NULL, "type"},
               {NULL, "group"}, {"n", "columns"}, {"n", "records with a valid value"},
               {"n", "valid values"}, {"n", "distinct values"},
               {"n", "failing the checksum / rules"}, {"n", "validity"});
    for (size_t i = 0; i < a->ncat; i++) {
        const ls_category_summary *c = &a->cat_summaries[i];
        fputs("<tr><th scope=\"row\">", out);
        ls__html_text(out, c->type);
        if (c->special_category)
            fputs(" <span class=\"badge v-not_supported\">GDPR Art. 9</span>", out);
        fputs("</th>", out);
        td_text(out, c->group);
        td_fig(out, c->columns, "categories.%s.columns", c->type);
        if (c->validated) {
            uint64_t v, inv;
            category_validity(a, c->type, &v, &inv);
            td_fig(out, c->records, "categories.%s.records", c->type);
            td_fig(out, c->valid, "categories.%s.valid", c->type);
            td_fig(out, c->unique, "categories.%s.unique", c->type);
            td_u64(out, inv);
            if (v + inv)
                td_pct(out, (double)v / (double)(v + inv));
            else
                fputs("<td class=\"n\">&#8212;</td>", out);
        } else {
            fputs("<td class=\"n\" colspan=\"5\">not validated (no syntax or checksum to "
                  "check)</td>",
                  out);
        }
        fputs("</tr>\n", out);
    }
    fputs("</tbody></table>\n<p class=\"note\">Validity: values passing the type's syntax and "
          "checksum among those shaped like it. Distinct values are exact up to 64-bit "
          "fingerprint collisions.</p>\n</section>\n",
          out);
}

/* ---- GDPR / ENISA --------------------------------------------------------------------------- */

static void list_words(FILE *out, const char *const *v, uint32_t n, const char *none)
{
    if (!n) ls__html_text(out, none);
    for (uint32_t i = 0; i < n; i++) {
        fputs(i ? ", " : "", out);
        ls__html_text(out, v[i]);
    }
}

static void section_gdpr(FILE *out, const ls_analysis *a)
{
    const ls_gdpr_summary *g = ls_analysis_gdpr(a);
    if (!g) return;
    char txt[64];
    fputs("<section id=\"gdpr\">\n<h2>GDPR Art. 33 figures and ENISA severity</h2>\n", out);
    fputs("<table>\n<caption>What a notification to the supervisory authority asks "
          "(Art. 33(3)(a))</caption>\n<tbody>\n",
          out);
    fputs("<tr><th scope=\"row\">categories of personal data</th><td>", out);
    list_words(out, g->categories, g->category_count, "none typed");
    fputs("</td></tr>\n<tr><th scope=\"row\">special categories (Art. 9)</th><td>", out);
    list_words(out, g->special_categories, g->special_count, "none found");
    fputs("</td></tr>\n", out);
    if (g->health_hint_count) {
        fputs("<tr><th scope=\"row\">health context</th><td>", out);
        list_words(out, g->health_hints, g->health_hint_count, "");
        fputs(" (identifiers of health professionals or establishments)</td></tr>\n", out);
    }
    fputs("<tr><th scope=\"row\">approximate number of data subjects</th>", out);
    if (g->subjects_available)
        td_fig(out, g->subjects, "gdpr.article_33.approximate_subjects");
    else
        fputs("<td>not available (no identifier column)</td>", out);
    fputs("</tr>\n<tr><th scope=\"row\">approximate number of personal data records</th>", out);
    td_fig(out, g->records_with_personal_data, "gdpr.article_33.approximate_records");
    fputs("</tr>\n<tr><th scope=\"row\">records analysed</th>", out);
    td_fig(out, g->records, "gdpr.article_33.records");
    fputs("</tr>\n<tr><th scope=\"row\">distinct records (normalised)</th>", out);
    td_fig(out, g->unique_records, "gdpr.article_33.unique_records");
    fputs("</tr>\n</tbody></table>\n<p class=\"note\">The categories of data subjects "
          "(customers, patients, employees...) are not in the data: state them.</p>\n",
          out);

    fputs("<h3>ENISA severity: SE = DPC &#215; EI + CB</h3>\n<p>SE = ", out);
    snprintf(txt, sizeof txt, "%g", g->dpc);
    ls__html_figure_double(out, "span", "gdpr.enisa.dpc.value", g->dpc, txt);
    fputs(" &#215; ", out);
    snprintf(txt, sizeof txt, "%g", g->ei);
    ls__html_figure_double(out, "span", "gdpr.enisa.ei.value", g->ei, txt);
    fputs(" + ", out);
    snprintf(txt, sizeof txt, "%g", g->cb);
    ls__html_figure_double(out, "span", "gdpr.enisa.cb.value", g->cb, txt);
    fputs(" = <strong>", out);
    snprintf(txt, sizeof txt, "%g", g->se);
    ls__html_figure_double(out, "span", "gdpr.enisa.se", g->se, txt);
    fprintf(out, "</strong> <span class=\"badge sev-%s\">", g->severity);
    ls__html_text(out, g->severity);
    fputs("</span></p>\n", out);
    TABLE_HEAD(out,
               "Each input of the score and its reason, so an auditor can change one and "
               "recompute",
               {NULL, "part"}, {"n", "value"}, {NULL, "reason"});
    fputs("<tr><th scope=\"row\">DPC (data processing context)</th>", out);
    fprintf(out, "<td class=\"n\">%g</td>", g->dpc);
    td_text(out, g->dpc_reason);
    fputs("</tr>\n", out);
    for (uint32_t i = 0; i < g->dpc_part_count; i++) {
        const ls_enisa_dpc_part *p = &g->dpc_parts[i];
        fputs("<tr><th scope=\"row\">&#160;&#160;", out);
        ls__html_text(out, p->category);
        fprintf(out, "</th><td class=\"n\">%d</td><td>basic %d, adjustment %+d. <em>", p->score,
                p->basic, p->adjustment);
        ls__html_text(out, p->types);
        fputs("</em>. ", out);
        ls__html_text(out, p->reason);
        fputs("</td></tr>\n", out);
    }
    fputs("<tr><th scope=\"row\">EI (ease of identification)</th>", out);
    fprintf(out, "<td class=\"n\">%g</td><td>", g->ei);
    ls__html_text(out, g->ei_level);
    fputs(": ", out);
    ls__html_text(out, g->ei_reason);
    fputs("</td></tr>\n<tr><th scope=\"row\">CB (circumstances of breach)</th>", out);
    fprintf(out, "<td class=\"n\">%g</td>", g->cb);
    td_text(out, g->cb_reason);
    fputs("</tr>\n</tbody></table>\n<p class=\"note\">ENISA, Recommendations for a methodology "
          "of the assessment of severity of personal data breaches (2013). Scale: low SE &lt; "
          "2; medium 2 &#8804; SE &lt; 3; high 3 &#8804; SE &lt; 4; very high SE &#8805; "
          "4.</p>\n</section>\n",
          out);
}

/* ---- inputs and columns --------------------------------------------------------------------- */

static bool input_analysed(const ls_input_summary *in)
{
    return in->status == LS_OK || ls_status_is_partial(in->status);
}

static void input_status(FILE *out, const ls_input_summary *in)
{
    if (in->status == LS_OK) {
        fputs("<span class=\"badge st-ok\">complete</span>", out);
        return;
    }
    fputs(input_analysed(in) ? "<span class=\"badge st-partial\">PARTIAL</span> "
                             : "<span class=\"badge st-error\">NOT ANALYSED</span> ",
          out);
    ls__html_name(out, in->message[0] ? in->message : ls_strerror(in->status), "");
}

static void input_format(FILE *out, const ls_input_summary *in)
{
    if (!input_analysed(in)) {
        fputs("unknown", out);
        return;
    }
    ls__html_text(out, ls_format_name(in->format));
    if (in->format == LS_FORMAT_ARCHIVE) {
        fputs(" (", out);
        ls__html_text(out, in->container ? in->container : "?");
        fprintf(out, ", %" PRIu64 " member%s)", in->members, in->members == 1 ? "" : "s");
    }
    if (in->sql_dialect) {
        fputs(" (", out);
        ls__html_text(out, in->sql_dialect);
        fputs(")", out);
    }
    if (in->table) {
        fputs(", table <q>", out);
        ls__html_name(out, in->table, "");
        fputs("</q>", out);
    }
    if (in->format == LS_FORMAT_CSV || in->format == LS_FORMAT_COMBO) {
        if (in->delimiter == '\t')
            fputs(", tab-separated", out);
        else if (in->delimiter) {
            char d[2] = {(char)in->delimiter, 0};
            fputs(", delimiter <code>", out);
            ls__html_text(out, d);
            fputs("</code>", out);
        }
        fputs(in->header ? ", header" : ", no header", out);
    }
    fputs(", ", out);
    ls__html_text(out, ls_encoding_name(in->encoding));
    if (in->compression && strcmp(in->compression, "none")) {
        fputs(", ", out);
        ls__html_text(out, in->compression);
    }
}

static void section_inputs(FILE *out, const ls_analysis *a)
{
    fputs("<section id=\"inputs\">\n<h2>Inputs</h2>\n", out);
    size_t partial = 0, failed = 0;
    for (size_t i = 0; i < a->ninputs; i++) {
        const ls_input_summary *in = &a->inputs[i]->pub;
        if (in->status != LS_OK) *(input_analysed(in) ? &partial : &failed) += 1;
    }
    if (partial || failed)
        fprintf(out,
                "<p class=\"alert bad\"><strong>%zu input%s partial, %zu not analysed.</strong> "
                "The figures of this report hold what could be read; the rows marked below say "
                "why the rest could not.</p>\n",
                partial, partial == 1 ? "" : "s", failed);
    TABLE_HEAD(out, "Every input analysed (names masked where shaped like personal data)",
               {"n", "#"}, {NULL, "input"}, {NULL, "format"}, {"n", "bytes"}, {"n", "records"},
               {"n", "malformed"}, {NULL, "status"});
    for (size_t i = 0; i < a->ninputs; i++) {
        const ls_input_summary *in = &a->inputs[i]->pub;
        fprintf(out, "<tr class=\"%s\"><td class=\"n\">%zu</td><th scope=\"row\">",
                in->status == LS_OK  ? "ok"
                : input_analysed(in) ? "partial"
                                     : "error",
                i + 1);
        ls__html_name(out, in->path, "");
        fputs("</th><td>", out);
        input_format(out, in);
        fputs("</td>", out);
        td_fig(out, in->bytes, "inputs.%zu.bytes", i);
        td_fig(out, in->records, "inputs.%zu.records", i);
        td_fig(out, in->malformed, "inputs.%zu.malformed", i);
        fputs("<td>", out);
        input_status(out, in);
        fputs("</td></tr>\n", out);
    }
    fputs("</tbody></table>\n", out);
    if (a->nskipped) {
        fputs("<h3>Skipped (not analysed)</h3>\n<ul>\n", out);
        for (size_t i = 0; i < a->nskipped; i++) {
            fputs("<li>", out);
            ls__html_name(out, a->skipped[i].path, "");
            fputs(": ", out);
            ls__html_text(out, a->skipped[i].reason);
            fputs("</li>\n", out);
        }
        fputs("</ul>\n", out);
    }
    fputs("</section>\n", out);
}

/* Columns shown per input: past this, the JSON report has them all. */
#define HTML_MAX_COLUMNS 256

static void columns_table(FILE *out, const ls_input_summary *in, size_t i)
{
    TABLE_HEAD(out, NULL, {"n", "col"}, {NULL, "name"}, {NULL, "type"}, {"n", "confidence"},
               {"n", "non-empty"}, {"n", "valid"}, {"n", "invalid"}, {"n", "distinct"},
               {NULL, "samples (masked)"});
    for (uint32_t j = 0; j < in->column_count && j < HTML_MAX_COLUMNS; j++) {
        const ls_column_summary *c = &in->columns[j];
        fprintf(out, "<tr><td class=\"n\">%u</td><th scope=\"row\">", c->index + 1);
        ls__html_name(out, c->name, "(no header)");
        fputs("</th><td>", out);
        ls__html_text(out, c->type);
        if (c->pii) fputs(" <span class=\"badge\">PII</span>", out);
        if (c->header_hint && strcmp(c->header_hint, c->type)) {
            fputs("<br><span class=\"note\">header suggests ", out);
            ls__html_text(out, c->header_hint);
            fputs("</span>", out);
        }
        const char *list = ls__listed_kind(c->evidence);
        if (list)
            fprintf(out, "<br><span class=\"note\">by value: %.0f %% listed %s</span>",
                    100.0 * c->listed_share, list);
        fprintf(out, "</td><td class=\"n\">%.0f %%</td>", 100.0 * c->confidence);
        td_fig(out, c->non_empty, "inputs.%zu.columns.%u.non_empty", i, j);
        if (c->validated) {
            td_fig(out, c->valid, "inputs.%zu.columns.%u.valid", i, j);
            td_fig(out, c->invalid, "inputs.%zu.columns.%u.invalid", i, j);
        } else {
            fputs("<td class=\"n\">&#8212;</td><td class=\"n\">&#8212;</td>", out);
        }
        if (c->unique == LS_UNIQUE_UNKNOWN)
            fputs("<td class=\"n\" title=\"past the columns whose values are "
                  "counted\">?</td>",
                  out);
        else
            td_fig(out, c->unique, "inputs.%zu.columns.%u.unique", i, j);
        fputs("<td class=\"mono\">", out);
        for (uint32_t k = 0; k < c->sample_count; k++) {
            fputs("<span class=\"sample\">", out);
            ls__html_text(out, c->samples[k]); /* masked by the pipeline (mask.c) */
            fputs("</span>", out);
        }
        if (c->family_count) {
            fputs(c->sample_count ? "<br>" : "", out);
            fputs("<span class=\"note\">", out);
            for (uint32_t k = 0; k < c->family_count; k++) {
                fputs(k ? ", " : "", out);
                ls__html_text(out, c->families[k].name);
                fputc(' ', out);
                ls__html_u64(out, c->families[k].count);
            }
            fputs("</span>", out);
        }
        fputs("</td></tr>\n", out);
    }
    fputs("</tbody></table>\n", out);
    if (in->column_count > HTML_MAX_COLUMNS)
        fprintf(out, "<p class=\"note\">%u more columns: see the JSON report.</p>\n",
                in->column_count - HTML_MAX_COLUMNS);
}

static void section_columns(FILE *out, const ls_analysis *a)
{
    fputs("<section id=\"columns\">\n<h2>Columns</h2>\n<p class=\"note\">Samples are masked "
          "(they show the shape of a value, never a value); column, table and file names "
          "shaped like personal data are masked the same way as in the JSON report.</p>\n",
          out);
    bool any = false;
    for (size_t i = 0; i < a->ninputs; i++) {
        const ls_input_summary *in = &a->inputs[i]->pub;
        if (!in->column_count) continue;
        any = true;
        fprintf(out, "<h3>%zu. ", i + 1);
        ls__html_name(out, in->path, "");
        if (in->table) {
            fputs(", table ", out);
            ls__html_name(out, in->table, "");
        }
        fputs("</h3>\n", out);
        columns_table(out, in, i);
    }
    if (!any) fputs("<p>No column statistics (none analysed, or --no-columns).</p>\n", out);
    fputs("</section>\n", out);
}

/* ---- signals -------------------------------------------------------------------------------- */

static const char *signal_words(const char *c)
{
    return !strcmp(c, "real_data")     ? "like real data"
           : !strcmp(c, "fabrication") ? "like fabrication"
           : !strcmp(c, "either")      ? "either"
                                       : "too few values";
}

static void section_signals(FILE *out, const ls_analysis *a)
{
    size_t n = ls_analysis_signal_count(a);
    fputs("<section id=\"signals\">\n<h2>Fabrication signals</h2>\n", out);
    if (!n) {
        fputs("<p>No signal could be measured on this data.</p>\n</section>\n", out);
        return;
    }
    size_t fab = 0;
    for (size_t i = 0; i < n; i++)
        fab += !strcmp(ls_analysis_signal(a, i)->consistent_with, "fabrication");
    fprintf(out,
            "<p>Evidence to weigh, not a verdict: %zu of %zu signal%s read%s like fabricated "
            "data.</p>\n",
            fab, n, n == 1 ? "" : "s", fab == 1 ? "s" : "");
    TABLE_HEAD(out, NULL, {NULL, "signal"}, {NULL, "reads"}, {"n", "value"}, {"n", "checked"},
               {"n", "matched"}, {NULL, "reading"}, {NULL, "real data shows"});
    for (size_t i = 0; i < n; i++) {
        const ls_signal *s = ls_analysis_signal(a, i);
        char path[64], txt[32];
        fputs("<tr><th scope=\"row\"><code>", out);
        ls__html_text(out, s->id);
        fprintf(out, "</code></th><td><span class=\"badge c-%s\">%s</span></td><td class=\"n\">",
                s->consistent_with, signal_words(s->consistent_with));
        snprintf(path, sizeof path, "signals.%zu.value", i);
        snprintf(txt, sizeof txt, "%.3g", s->value);
        ls__html_figure_double(out, "span", path, s->value, txt);
        fputs("</td>", out);
        td_fig(out, s->checked, "signals.%zu.checked", i);
        td_fig(out, s->matched, "signals.%zu.matched", i);
        fputs("<td>", out);
        ls__html_text(out, s->reading);
        if (s->item_count) {
            fputs("<br><span class=\"note\">", out);
            for (uint32_t k = 0; k < s->item_count; k++) {
                fputs(k ? ", " : "", out);
                ls__html_name(out, s->items[k].name, "");
                fputc(' ', out);
                ls__html_u64(out, s->items[k].count);
            }
            fputs("</span>", out);
        }
        fputs("</td>", out);
        td_text(out, s->real_data);
        fputs("</tr>\n", out);
    }
    fputs("</tbody></table>\n</section>\n", out);
}

/* ---- manifest and engine -------------------------------------------------------------------- */

static void section_manifest(FILE *out, const ls_analysis *a, bool timing)
{
    fputs("<section id=\"manifest\">\n<h2>Evidence manifest</h2>\n<p>The SHA-256 of every "
          "file as received (a compressed file before decompression, an archive member as the "
          "archive delivered it). <code>leakscope verify-manifest REPORT.json</code> re-hashes "
          "the files of a JSON report.</p>\n",
          out);
    TABLE_HEAD(out, NULL, {NULL, "file"}, {"n", "bytes"}, {NULL, "SHA-256"},
               {NULL, "read to its end"});
    size_t k = 0;
    for (size_t i = 0; i < a->ninputs; i++) {
        if (ls__repeated_file(a, i)) continue;
        const ls_input_summary *in = &a->inputs[i]->pub;
        fputs("<tr><th scope=\"row\">", out);
        ls__html_name(out, in->path, "");
        fputs("</th>", out);
        td_fig(out, in->sha256_bytes, "manifest.files.%zu.bytes", k);
        fputs("<td class=\"mono sha\">", out);
        if (in->sha256[0])
            fprintf(out, "<span data-figure=\"manifest.files.%zu.sha256\">%s</span>", k,
                    in->sha256);
        else
            fputs("not computed", out);
        fprintf(out, "</td><td>%s</td></tr>\n",
                in->sha256_complete ? "yes"
                                    : "<strong>NO</strong>: the input could not be read to its "
                                      "end");
        k++;
    }
    fputs("</tbody></table>\n", out);
    const ls_options *o = &a->opt;
    fprintf(out,
            "<p class=\"note\">Options: detection %s, column statistics %s, maximum record %zu "
            "bytes",
            !o->no_detect && !o->no_columns ? "on" : "off", o->no_columns ? "off" : "on",
            o->max_record_bytes ? o->max_record_bytes : LS_DEFAULT_MAX_RECORD_BYTES);
    if (timing) {
        const ls_run_info *r = ls_analysis_run_info(a);
        fputs(". Run on ", out);
        ls__html_text(out, r->host);
        fputs(", from ", out);
        ls__html_text(out, r->started);
        fputs(" to ", out);
        ls__html_text(out, r->finished);
        fprintf(out, " (UTC), %u thread%s", a->threads, a->threads == 1 ? "" : "s");
    }
    fputs(".</p>\n</section>\n", out);
}

static void section_engine(FILE *out, const ls_analysis *a, bool timing)
{
    const ls_engine_summary *e = ls_analysis_engine(a);
    if (!e || (!timing && !e->spill_failed)) return;
    fputs("<section id=\"engine\">\n<h2>Counting engine</h2>\n", out);
    if (e->spill_failed) {
        fprintf(out, "<p class=\"alert%s\"><strong>", e->spill_read_failed ? " bad" : "");
        ls__html_text(out, e->spill_error);
        fputs(".</strong> ", out);
        fputs(e->spill_read_failed
                  ? "Spilled data could not be read back: the unique counts are lower bounds."
                  : "The data stayed in memory, so the counts are exact, but the memory "
                    "ceiling was exceeded.",
              out);
        fputs("</p>\n", out);
    }
    if (timing) {
        fputs("<table>\n<tbody>\n<tr><th scope=\"row\">memory ceiling (bytes)</th>", out);
        td_fig(out, e->memory_limit, "engine.memory_limit");
        fputs("</tr>\n<tr><th scope=\"row\">peak memory (bytes)</th>", out);
        td_fig(out, e->peak_memory, "engine.peak_memory");
        fputs("</tr>\n<tr><th scope=\"row\">spilled to disk (bytes)</th>", out);
        td_fig(out, e->spilled_bytes, "engine.spilled_bytes");
        fprintf(out, "</tr>\n<tr><th scope=\"row\">ceiling kept</th><td class=\"n\">%s</td></tr>\n",
                e->ceiling_kept ? "yes" : "no");
        const ls_totals *t = &a->totals;
        fprintf(out,
                "<tr><th scope=\"row\">time</th><td class=\"n\">%.2f s</td></tr>\n</tbody>"
                "</table>\n",
                t->seconds);
    }
    fputs("</section>\n", out);
}

/* ---- the page ------------------------------------------------------------------------------- */

static void page_head(FILE *out, const ls_analysis *a, bool timing)
{
    const ls_totals *t = &a->totals;
    fprintf(out,
            "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            "<meta http-equiv=\"Content-Security-Policy\" content=\"%s\">\n"
            "<meta name=\"referrer\" content=\"no-referrer\">\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            "<meta name=\"generator\" content=\"leakscope %s\">\n<title>leakscope report: ",
            PAGE_CSP, LS_VERSION_STRING);
    ls__html_u64(out, t->records);
    fprintf(out, " records in %" PRIu64 " input%s</title>\n<style>\n%s</style>\n</head>\n",
            t->inputs, t->inputs == 1 ? "" : "s", PAGE_CSS);
    fputs("<body>\n<header class=\"page\">\n<h1>Leaked data analysis</h1>\n<p>", out);
    for (size_t i = 0; i < a->ninputs && i < 3; i++) {
        fputs(i ? ", " : "", out);
        fputs("<q>", out);
        ls__html_name(out, a->inputs[i]->pub.path, "");
        fputs("</q>", out);
    }
    if (a->ninputs > 3) fprintf(out, " and %zu more inputs", a->ninputs - 3);
    fprintf(out, ". Analysed by leakscope %s", LS_VERSION_STRING);
    if (timing) {
        const ls_run_info *r = ls_analysis_run_info(a);
        fputs(" on ", out);
        ls__html_text(out, r->finished);
        fputs(" (UTC)", out);
    }
    fputs(".</p>\n<p class=\"note\">This page shows counts, types and masked samples; it "
          "holds no raw value of the data. It runs no script and loads nothing: it reads the "
          "same offline.</p>\n<nav aria-label=\"sections\"><ol>\n",
          out);
    if (ls_analysis_claim(a)) fputs("<li><a href=\"#claim\">Claim check</a></li>\n", out);
    fputs("<li><a href=\"#counts\">Records and people</a></li>\n"
          "<li><a href=\"#categories\">Kinds of data</a></li>\n",
          out);
    if (ls_analysis_gdpr(a)) fputs("<li><a href=\"#gdpr\">GDPR and ENISA</a></li>\n", out);
    fputs("<li><a href=\"#inputs\">Inputs</a></li>\n<li><a href=\"#columns\">Columns</a></li>\n"
          "<li><a href=\"#signals\">Fabrication signals</a></li>\n"
          "<li><a href=\"#manifest\">Evidence manifest</a></li>\n",
          out);
}

/* See report_html.h. */
ls_status ls_report_write_html(const ls_analysis *a, const ls_overlap_result *overlap, FILE *out,
                               const ls_report_options *opts)
{
    if (!a || !out || !a->finished) return LS_ERR_INVALID_ARGUMENT;
    bool timing = opts ? opts->include_timing : true;
    page_head(out, a, timing);
    if (overlap) fputs("<li><a href=\"#overlap\">Overlap with other dumps</a></li>\n", out);
    fputs("</ol></nav>\n</header>\n<main>\n", out);
    section_claim(out, a);
    section_counts(out, a);
    section_categories(out, a);
    section_gdpr(out, a);
    section_inputs(out, a);
    section_columns(out, a);
    section_signals(out, a);
    section_manifest(out, a, timing);
    section_engine(out, a, timing);
    if (overlap) ls__html_overlap(out, overlap);
    fprintf(out,
            "</main>\n<footer>\n<p>leakscope %s. Counts are exact unless marked approximate; "
            "the JSON report (schema leakscope-report/1) holds every figure of this page.</p>\n"
            "</footer>\n</body>\n</html>\n",
            LS_VERSION_STRING);
    return ferror(out) ? LS_ERR_OUTPUT : LS_OK;
}
