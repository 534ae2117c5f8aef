/* report_overlap: overlap results as JSON and text (report_overlap.h). */
#include "report/report_overlap.h"

#include <stdlib.h>
#include <string.h>

#include "report/mask.h"
#include "report/report.h"

void ls__overlap_json(ls_jsonw *w, const ls_overlap_result *r, bool with_schema)
{
    ls_jw_object_begin(w);
    if (with_schema) {
        ls_jw_key(w, "schema");
        ls_jw_string(w, "leakscope-overlap/1");
    }
    ls_jw_key(w, "keyed");
    ls_jw_bool(w, r->keyed);
    ls_jw_key(w, "exact");
    ls_jw_bool(w, r->exact);
    if (!r->keyed) {
        ls_jw_key(w, "warning");
        ls_jw_string(w, LS_UNKEYED_WARNING);
    }
    if (r->error[0]) {
        ls_jw_key(w, "error");
        ls_jw_string(w, r->error);
    }
    ls_jw_key(w, "files");
    ls_jw_array_begin(w);
    for (size_t i = 0; i < r->nfiles; i++) {
        const ls_overlap_file *f = &r->files[i];
        ls_jw_object_begin(w);
        ls_jw_key(w, "name");
        ls__jw_name(w, f->name ? f->name : "");
        ls_jw_key(w, "source");
        ls__jw_name(w, f->source ? f->source : "");
        ls_jw_key(w, "manifest_sha256");
        ls_jw_string_or_null(w, f->manifest);
        ls_jw_key(w, "keyed");
        ls_jw_bool(w, f->keyed);
        ls_jw_key(w, "key_id");
        ls_jw_string_or_null(w, f->key_id);
        ls_jw_key(w, "merged");
        ls_jw_bool(w, f->merged);
        ls_jw_key(w, "complete");
        ls_jw_bool(w, !f->incomplete);
        ls_jw_key(w, "records");
        ls_jw_u64(w, f->records);
        ls_jw_key(w, "inputs");
        ls_jw_u64(w, f->inputs);
        ls_jw_key(w, "shards");
        ls_jw_u64(w, f->shards);
        ls_jw_object_end(w);
    }
    ls_jw_array_end(w);
    ls_jw_key(w, "pairs");
    ls_jw_array_begin(w);
    for (size_t p = 0; p < r->npairs; p++) {
        const ls_overlap_pair *pr = &r->pairs[p];
        ls_jw_object_begin(w);
        ls_jw_key(w, "a");
        ls_jw_u64(w, pr->index_a);
        ls_jw_key(w, "b");
        ls_jw_u64(w, pr->index_b);
        ls_jw_key(w, "same_key");
        ls_jw_bool(w, pr->same_key);
        ls_jw_key(w, "kinds");
        ls_jw_object_begin(w);
        for (size_t k = 0; k < pr->nkinds; k++) {
            const ls_overlap_kind *ok = &pr->kinds[k];
            bool both = ok->present_a && ok->present_b;
            ls_jw_key(w, ok->kind);
            ls_jw_object_begin(w);
            ls_jw_key(w, "a");
            if (ok->present_a)
                ls_jw_u64(w, ok->a);
            else
                ls_jw_null(w);
            ls_jw_key(w, "b");
            if (ok->present_b)
                ls_jw_u64(w, ok->b);
            else
                ls_jw_null(w);
            ls_jw_key(w, "both");
            if (both)
                ls_jw_u64(w, ok->both);
            else
                ls_jw_null(w);
            ls_jw_key(w, "a_in_b");
            if (both)
                ls_jw_double(w, ok->a_in_b);
            else
                ls_jw_null(w);
            ls_jw_key(w, "b_in_a");
            if (both)
                ls_jw_double(w, ok->b_in_a);
            else
                ls_jw_null(w);
            ls_jw_key(w, "jaccard");
            if (both)
                ls_jw_double(w, ok->jaccard);
            else
                ls_jw_null(w);
            ls_jw_object_end(w);
        }
        ls_jw_object_end(w);
        ls_jw_object_end(w);
    }
    ls_jw_array_end(w);
    ls_jw_object_end(w);
}

static const char *masked(const char *s, char *buf, size_t cap)
{
    snprintf(buf, cap, "%s", s ? s : "");
    ls_mask_name(buf);
    return buf;
}

void ls__overlap_text(FILE *out, const ls_overlap_result *r)
{
    char b1[32], b2[32], b3[32], nb[512], sb[300];
    const char *kid = r->nfiles && r->files[0].key_id[0] ? r->files[0].key_id : "";
    fprintf(out, "Overlap of %zu fingerprint files (%s%.16s%s; %s)\n", r->nfiles,
            r->keyed ? "keyed, key id " : "UNKEYED", kid, kid[0] ? "..." : "",
            r->exact ? "every count exact" : "some file is incomplete: counts are lower bounds");
    if (!r->keyed) fprintf(out, "WARNING: %s\n", LS_UNKEYED_WARNING);
    for (size_t i = 0; i < r->nfiles; i++) {
        const ls_overlap_file *f = &r->files[i];
        fprintf(out, "  [%zu] %s: %s, %s records%s%s%.16s%s\n", i + 1,
                masked(f->name, nb, sizeof nb), masked(f->source, sb, sizeof sb),
                ls__group_digits(f->records, b1), f->merged ? " (merged)" : "",
                f->manifest[0] ? ", manifest " : "", f->manifest, f->manifest[0] ? "..." : "");
    }
    for (size_t p = 0; p < r->npairs; p++) {
        const ls_overlap_pair *pr = &r->pairs[p];
        fprintf(out, "\n[%zu] vs [%zu]%s\n", pr->index_a + 1, pr->index_b + 1,
                pr->same_key ? "" : " (DIFFERENT KEYS: intersections are meaningless)");
        fprintf(out, "  %-20s %14s %14s %14s %8s %8s %8s\n", "kind", "in A", "in B", "in both",
                "A in B", "B in A", "Jaccard");
        for (size_t k = 0; k < pr->nkinds; k++) {
            const ls_overlap_kind *ok = &pr->kinds[k];
            if (!(ok->present_a && ok->present_b)) {
                fprintf(out, "  %-20s %14s %14s   (only in [%zu]: not compared)\n", ok->kind,
                        ok->present_a ? ls__group_digits(ok->a, b1) : "-",
                        ok->present_b ? ls__group_digits(ok->b, b2) : "-",
                        ok->present_a ? pr->index_a + 1 : pr->index_b + 1);
                continue;
            }
            fprintf(out, "  %-20s %14s %14s %14s %7.2f%% %7.2f%% %8.4f\n", ok->kind,
                    ls__group_digits(ok->a, b1), ls__group_digits(ok->b, b2),
                    ls__group_digits(ok->both, b3), 100 * ok->a_in_b, 100 * ok->b_in_a,
                    ok->jaccard);
        }
    }
    if (r->error[0]) fprintf(out, "error: %s\n", r->error);
}
