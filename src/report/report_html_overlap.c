/* The "Overlap with other dumps" section of the HTML report: what an ls_overlap_result
 * (fingerprint/overlap.h) says, per pair of files and per key kind. An absent kind is
 * said to be absent, never shown as "0 shared"; unkeyed files and pairs made with
 * different keys are stated before any figure, since they change what the figures mean. */
#include <inttypes.h>
#include <stdio.h>

#include "report/html.h"
#include "report/report_html.h"

static void side(FILE *out, const char *label, const char *name, const char *source,
                 const char *manifest)
{
    fprintf(out, "<li><strong>%s</strong>: <q>", label);
    ls__html_name(out, name, "(unnamed)");
    fputs("</q>", out);
    if (source && *source) {
        fputs(", made from ", out);
        ls__html_name(out, source, "");
    }
    if (manifest && *manifest) {
        fputs(", manifest SHA-256 <code class=\"sha\">", out);
        ls__html_text(out, manifest);
        fputs("</code>", out);
    } else {
        fputs(", no manifest recorded", out);
    }
    fputs("</li>\n", out);
}

static void kind_row(FILE *out, size_t p, const ls_overlap_kind *k)
{
    char path[160];
    fputs("<tr><th scope=\"row\">", out);
    ls__html_text(out, k->kind);
    fputs("</th>", out);
    if (!k->present_a || !k->present_b) {
        const char *where = !k->present_a && !k->present_b ? "either file"
                            : !k->present_a                ? "file A"
                                                           : "file B";
        fputs("<td class=\"n\">", out);
        if (k->present_a) {
            snprintf(path, sizeof path, "overlap.pairs.%zu.kinds.%s.a", p, k->kind);
            ls__html_figure(out, "span", path, k->a);
        } else {
            fputs("absent", out);
        }
        fputs("</td><td class=\"n\">", out);
        if (k->present_b) {
            snprintf(path, sizeof path, "overlap.pairs.%zu.kinds.%s.b", p, k->kind);
            ls__html_figure(out, "span", path, k->b);
        } else {
            fputs("absent", out);
        }
        fprintf(out,
                "</td><td colspan=\"4\" class=\"absent\">not compared: this kind is not in %s "
                "(absent is not &#8220;0 shared&#8221;)</td></tr>\n",
                where);
        return;
    }
    static const char *const fig[] = {"a", "b", "both"};
    const uint64_t v[] = {k->a, k->b, k->both};
    for (int i = 0; i < 3; i++) {
        snprintf(path, sizeof path, "overlap.pairs.%zu.kinds.%s.%s", p, k->kind, fig[i]);
        fputs("<td class=\"n\">", out);
        ls__html_figure(out, "span", path, v[i]);
        fputs("</td>", out);
    }
    static const char *const share[] = {"a_in_b", "b_in_a", "jaccard"};
    const double s[] = {k->a_in_b, k->b_in_a, k->jaccard};
    for (int i = 0; i < 3; i++) {
        char txt[32];
        snprintf(path, sizeof path, "overlap.pairs.%zu.kinds.%s.%s", p, k->kind, share[i]);
        snprintf(txt, sizeof txt, i < 2 ? "%.1f %%" : "%.3f", i < 2 ? 100.0 * s[i] : s[i]);
        fputs("<td class=\"n\">", out);
        ls__html_figure_double(out, "span", path, s[i], txt);
        fputs("</td>", out);
    }
    fputs("</tr>\n", out);
}

static void pair(FILE *out, size_t p, const ls_overlap_pair *pr)
{
    fprintf(out, "<h3>Pair %zu: <q>", p + 1);
    ls__html_name(out, pr->name_a, "A");
    fputs("</q> and <q>", out);
    ls__html_name(out, pr->name_b, "B");
    fputs("</q></h3>\n<ul>\n", out);
    side(out, "A", pr->name_a, pr->source_a, pr->manifest_a);
    side(out, "B", pr->name_b, pr->source_b, pr->manifest_b);
    fputs("</ul>\n", out);
    if (!pr->same_key)
        fputs("<p class=\"alert bad\"><strong>The two files were made with different "
              "keys.</strong> The same value has different fingerprints in each, so shared "
              "counts cannot show an overlap: recompute both files with one key.</p>\n",
              out);
    ls_html_bar_row rows[32];
    size_t nrows = 0;
    for (size_t i = 0; i < pr->nkinds && nrows < 32; i++) {
        const ls_overlap_kind *k = &pr->kinds[i];
        if (!k->present_a || !k->present_b) continue;
        rows[nrows++] = (ls_html_bar_row){
            .label = k->kind, .shares = {k->a_in_b, k->b_in_a}, .has = {true, true}};
    }
    if (nrows) {
        char id[32];
        snprintf(id, sizeof id, "chart-overlap-%zu", p + 1);
        static const char *const series[] = {"share of A in B", "share of B in A"};
        static const char *const classes[] = {"s0", "s1"};
        ls__html_bar_chart(out, id, "Shared keys, by kind",
                           "For each kind of key present in both files: the share of A's "
                           "distinct keys found in B, and of B's found in A.",
                           series, classes, 2, rows, nrows, true);
    }
    fputs("<table>\n<caption>Distinct keys of each kind in A and B, and how many both "
          "hold</caption>\n<thead><tr><th scope=\"col\">kind</th><th scope=\"col\" "
          "class=\"n\">|A|</th><th scope=\"col\" class=\"n\">|B|</th><th scope=\"col\" "
          "class=\"n\">shared</th><th scope=\"col\" class=\"n\">A in B</th><th scope=\"col\" "
          "class=\"n\">B in A</th><th scope=\"col\" class=\"n\">Jaccard</th></tr></thead>\n"
          "<tbody>\n",
          out);
    for (size_t i = 0; i < pr->nkinds; i++)
        kind_row(out, p, &pr->kinds[i]);
    if (!pr->nkinds) fputs("<tr><td colspan=\"7\">no key kind in either file</td></tr>\n", out);
    fputs("</tbody></table>\n", out);
}

/* See report_html.h. */
void ls__html_overlap(FILE *out, const ls_overlap_result *r)
{
    fputs("<section id=\"overlap\">\n<h2>Overlap with other dumps</h2>\n<p>Computed from "
          "fingerprint files (hashes of the normalised values), without either side's values. "
          "<em>A in B</em> is the share of A's distinct keys that B also holds; Jaccard is "
          "shared / (|A| + |B| &#8722; shared).</p>\n",
          out);
    if (!r->keyed)
        fputs("<p class=\"alert bad\"><strong>Unkeyed fingerprint files.</strong> At least one "
              "file was made without a secret key: anyone holding it can test guessed values "
              "(a phone number, an e-mail address) against it. Keep it as protected as the "
              "dump itself.</p>\n",
              out);
    if (r->error[0]) {
        fputs("<p class=\"alert bad\"><strong>Not every pair could be compared:</strong> ", out);
        ls__html_name(out, r->error, "");
        fputs("</p>\n", out);
    }
    for (size_t p = 0; p < r->npairs; p++)
        pair(out, p, &r->pairs[p]);
    if (!r->npairs) fputs("<p>No pair was compared.</p>\n", out);
    fputs("</section>\n", out);
}
