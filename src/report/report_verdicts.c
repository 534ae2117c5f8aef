/* The report blocks of issue 9: `claim`, `subjects` and `gdpr`, in JSON and in text. They
 * print figures, type names, column names and reasons; never a value of the data. */
#include "report/report_verdicts.h"
#include "report/report.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>

#include "report/mask.h"

#define SUBJECT_LIMITS                                                                             \
    "an estimate: a person known by different identifiers in different records (a NIR here, "      \
    "only an e-mail there; two e-mail addresses) counts more than once; people sharing a name "    \
    "and birth date, or the same user id in unrelated dumps, count once; records without any "     \
    "identifier are not counted"

#define ENISA_METHOD                                                                               \
    "ENISA, Recommendations for a methodology of the assessment of severity of personal data "     \
    "breaches (2013)"

static void key_u64(ls_jsonw *w, const char *k, uint64_t v)
{
    ls_jw_key(w, k);
    ls_jw_u64(w, v);
}

static void key_str(ls_jsonw *w, const char *k, const char *v)
{
    ls_jw_key(w, k);
    ls_jw_string(w, v);
}

/* A name from the data (input path, table, column) or a sentence that may hold one (a
 * claim's reason names a column named like a claimed field): masked as report_json.c masks
 * names (issue 13: a header or a file may be named after a person). */
static void key_name(ls_jsonw *w, const char *k, const char *v)
{
    ls_jw_key(w, k);
    ls__jw_name(w, v);
}

static void string_array(ls_jsonw *w, const char *k, const char *const *v, uint32_t n)
{
    ls_jw_key(w, k);
    ls_jw_array_begin(w);
    for (uint32_t i = 0; i < n; i++)
        ls_jw_string(w, v[i]);
    ls_jw_array_end(w);
}

void ls__json_subjects(ls_jsonw *w, const ls_analysis *a)
{
    const ls_subjects_summary *s = ls_analysis_subjects(a);
    if (!s) return;
    ls_jw_key(w, "subjects");
    ls_jw_object_begin(w);
    ls_jw_key(w, "available");
    ls_jw_bool(w, s->available);
    ls_jw_key(w, "estimate");
    if (s->available)
        ls_jw_u64(w, s->subjects);
    else
        ls_jw_null(w);
    ls_jw_key(w, "approximate");
    ls_jw_bool(w, s->approximate);
    key_str(w, "rule", s->rule);
    key_str(w, "method",
            "xxh3-128 of a tag naming the rule and the normalised values; exact "
            "distinct count of the keys across all inputs");
    key_u64(w, "records_keyed", s->records_keyed);
    key_u64(w, "records_without_identifier", s->records_without_identifier);
    key_u64(w, "records_with_personal_data", s->records_with_personal_data);
    ls_jw_key(w, "by_rule");
    ls_jw_array_begin(w);
    for (uint32_t i = 0; i < s->rule_count; i++) {
        const ls_subject_rule_summary *r = &s->rules[i];
        if (!r->records_with) continue;
        ls_jw_object_begin(w);
        key_str(w, "rule", r->rule);
        key_str(w, "identifier", r->identifier);
        key_u64(w, "records", r->records);
        key_u64(w, "subjects", r->subjects);
        key_u64(w, "records_with", r->records_with);
        key_u64(w, "distinct", r->distinct);
        ls_jw_object_end(w);
    }
    ls_jw_array_end(w);
    key_str(w, "limits", SUBJECT_LIMITS);
    ls_jw_object_end(w);
}

void ls__json_gdpr(ls_jsonw *w, const ls_analysis *a)
{
    const ls_gdpr_summary *g = ls_analysis_gdpr(a);
    if (!g) return;
    ls_jw_key(w, "gdpr");
    ls_jw_object_begin(w);
    ls_jw_key(w, "article_33");
    ls_jw_object_begin(w);
    string_array(w, "categories_of_personal_data", g->categories, g->category_count);
    string_array(w, "groups", g->groups, g->group_count);
    string_array(w, "special_categories", g->special_categories, g->special_count);
    ls_jw_key(w, "special_categories_present");
    ls_jw_bool(w, g->special_count > 0);
    string_array(w, "health_context_hints", g->health_hints, g->health_hint_count);
    ls_jw_key(w, "approximate_subjects");
    if (g->subjects_available)
        ls_jw_u64(w, g->subjects);
    else
        ls_jw_null(w);
    key_u64(w, "approximate_records", g->records_with_personal_data);
    key_u64(w, "records", g->records);
    key_u64(w, "unique_records", g->unique_records);
    key_str(w, "note",
            "approximate_subjects: distinct data subjects (see subjects); approximate_records: "
            "records holding a valid value of a personal data type; the categories of data "
            "subjects (customers, patients, employees...) are not in the data: state them");
    ls_jw_object_end(w);

    ls_jw_key(w, "enisa");
    ls_jw_object_begin(w);
    key_str(w, "methodology", ENISA_METHOD);
    key_str(w, "formula", "SE = DPC x EI + CB");
    ls_jw_key(w, "dpc");
    ls_jw_object_begin(w);
    ls_jw_key(w, "value");
    ls_jw_double(w, g->dpc);
    key_str(w, "reason", g->dpc_reason);
    ls_jw_key(w, "categories");
    ls_jw_array_begin(w);
    for (uint32_t i = 0; i < g->dpc_part_count; i++) {
        const ls_enisa_dpc_part *p = &g->dpc_parts[i];
        ls_jw_object_begin(w);
        key_str(w, "category", p->category);
        key_u64(w, "basic", (uint64_t)p->basic);
        ls_jw_key(w, "adjustment");
        ls_jw_double(w, p->adjustment);
        key_u64(w, "score", (uint64_t)p->score);
        key_str(w, "types", p->types);
        key_str(w, "reason", p->reason);
        ls_jw_object_end(w);
    }
    ls_jw_array_end(w);
    ls_jw_object_end(w);
    ls_jw_key(w, "ei");
    ls_jw_object_begin(w);
    ls_jw_key(w, "value");
    ls_jw_double(w, g->ei);
    key_str(w, "level", g->ei_level);
    key_str(w, "reason", g->ei_reason);
    ls_jw_object_end(w);
    ls_jw_key(w, "cb");
    ls_jw_object_begin(w);
    ls_jw_key(w, "value");
    ls_jw_double(w, g->cb);
    ls_jw_key(w, "given");
    ls_jw_bool(w, g->cb_given);
    key_str(w, "reason", g->cb_reason);
    ls_jw_object_end(w);
    ls_jw_key(w, "se");
    ls_jw_double(w, g->se);
    key_str(w, "severity", g->severity);
    key_str(w, "scale", "low: SE < 2; medium: 2 <= SE < 3; high: 3 <= SE < 4; very_high: SE >= 4");
    ls_jw_object_end(w);
    ls_jw_object_end(w);
}

void ls__json_claim(ls_jsonw *w, const ls_analysis *a)
{
    const ls_claim_result *c = ls_analysis_claim(a);
    if (!c) return;
    ls_jw_key(w, "claim");
    ls_jw_object_begin(w);
    if (c->source) key_str(w, "source", c->source);
    ls_jw_key(w, "tolerance");
    ls_jw_double(w, c->tolerance);
    ls_jw_key(w, "items");
    ls_jw_array_begin(w);
    for (uint32_t i = 0; i < c->item_count; i++) {
        const ls_claim_item *it = &c->items[i];
        ls_jw_object_begin(w);
        key_str(w, "item", it->item);
        if (it->kind == LS_CLAIM_ITEM_FIELD) {
            key_str(w, "claimed", it->claimed_text);
            string_array(w, "types", it->types, it->type_count);
            ls_jw_key(w, "present");
            ls_jw_bool(w, it->present);
            key_u64(w, "records_with", it->records_with);
            key_u64(w, "valid", it->valid);
            key_u64(w, "unique", it->unique);
            ls_jw_key(w, "columns");
            ls_jw_array_begin(w);
            for (uint32_t k = 0; k < it->column_count; k++) {
                const ls_claim_column *col = &it->columns[k];
                ls_jw_object_begin(w);
                key_name(w, "input", col->input);
                if (col->table) key_name(w, "table", col->table);
                key_u64(w, "index", col->index);
                key_name(w, "name", col->name);
                key_str(w, "type", col->type);
                key_u64(w, "non_empty", col->non_empty);
                key_u64(w, "valid", col->valid);
                key_u64(w, "invalid", col->invalid);
                ls_jw_key(w, "unique");
                if (col->unique == LS_UNIQUE_UNKNOWN)
                    ls_jw_null(w);
                else
                    ls_jw_u64(w, col->unique);
                ls_jw_object_end(w);
            }
            ls_jw_array_end(w);
            ls_jw_key(w, "coverage");
            ls_jw_double(w, it->ratio);
        } else {
            key_u64(w, "claimed", it->claimed);
            key_str(w, "claimed_as", it->claimed_text);
            ls_jw_key(w, "observed");
            ls_jw_object_begin(w);
            key_u64(w, "records", it->records);
            key_u64(w, "unique_records", it->unique_records);
            key_u64(w, "unique_records_normalized", it->unique_records_normalized);
            ls_jw_key(w, "subjects");
            if (it->subjects_available)
                ls_jw_u64(w, it->subjects);
            else
                ls_jw_null(w);
            ls_jw_object_end(w);
            key_str(w, "compared_with", it->compared_with);
            ls_jw_key(w, "ratio");
            ls_jw_double(w, it->ratio);
        }
        key_str(w, "verdict", ls_claim_verdict_name(it->verdict));
        key_name(w, "reason", it->reason);
        ls_jw_object_end(w);
    }
    ls_jw_array_end(w);
    ls_jw_key(w, "summary");
    ls_jw_object_begin(w);
    for (int v = 0; v < LS_CLAIM__VERDICTS; v++)
        key_u64(w, ls_claim_verdict_name((ls_claim_verdict)v), c->verdicts[v]);
    ls_jw_object_end(w);
    ls_jw_object_end(w);
}

/* ---- text ------------------------------------------------------------------------------- */

void ls__text_claim(FILE *out, const ls_analysis *a)
{
    const ls_claim_result *c = ls_analysis_claim(a);
    if (!c) return;
    char b[32];
    fprintf(out, "\nclaim check (tolerance %.0f %% for round figures)%s%s\n", 100.0 * c->tolerance,
            c->source ? ": " : "", c->source ? c->source : "");
    for (uint32_t i = 0; i < c->item_count; i++) {
        const ls_claim_item *it = &c->items[i];
        char what[96];
        if (it->kind == LS_CLAIM_ITEM_FIELD)
            snprintf(what, sizeof what, "field %s", it->claimed_text);
        else
            snprintf(what, sizeof what, "%s %s", it->item, ls__group_digits(it->claimed, b));
        char rbuf[1024];
        snprintf(rbuf, sizeof rbuf, "%s", it->reason);
        ls_mask_name(rbuf); /* it may name a column (key_name) */
        fprintf(out, "  %-28.28s %-14s %s\n", what, ls_claim_verdict_name(it->verdict), rbuf);
    }
    fprintf(out,
            "  => %" PRIu64 " supported, %" PRIu64 " inflated, %" PRIu64 " not supported, %" PRIu64
            " not checkable\n",
            c->verdicts[LS_CLAIM_SUPPORTED], c->verdicts[LS_CLAIM_INFLATED],
            c->verdicts[LS_CLAIM_NOT_SUPPORTED], c->verdicts[LS_CLAIM_NOT_CHECKABLE]);
}

void ls__text_subjects(FILE *out, const ls_analysis *a)
{
    const ls_subjects_summary *s = ls_analysis_subjects(a);
    if (!s) return;
    char b1[32], b2[32], b3[32], b4[32];
    fprintf(out, "\ndistinct data subjects (people)\n");
    if (!s->available) {
        fprintf(out, "  not available: no column was typed as an identifier of people\n");
        return;
    }
    fprintf(out, "  estimate    %s%s\n", ls__group_digits(s->subjects, b1),
            s->approximate ? "  (APPROXIMATE: out of memory, lower bound)" : "");
    fprintf(out, "  rule        %s\n", s->rule);
    fprintf(out, "  records     %s keyed, %s without identifier\n",
            ls__group_digits(s->records_keyed, b1),
            ls__group_digits(s->records_without_identifier, b2));
    fprintf(out, "  %-16s %14s %14s %14s %14s\n", "by rule", "records", "subjects", "holding it",
            "distinct");
    for (uint32_t i = 0; i < s->rule_count; i++) {
        const ls_subject_rule_summary *r = &s->rules[i];
        if (!r->records_with) continue;
        fprintf(out, "  %-16s %14s %14s %14s %14s\n", r->rule, ls__group_digits(r->records, b1),
                ls__group_digits(r->subjects, b2), ls__group_digits(r->records_with, b3),
                ls__group_digits(r->distinct, b4));
    }
    fprintf(out, "  limits      %s\n", SUBJECT_LIMITS);
}

void ls__text_gdpr(FILE *out, const ls_analysis *a)
{
    const ls_gdpr_summary *g = ls_analysis_gdpr(a);
    if (!g) return;
    char b1[32], b2[32];
    fprintf(out, "\nGDPR Art. 33 figures\n");
    fprintf(out, "  personal data   ");
    for (uint32_t i = 0; i < g->category_count; i++)
        fprintf(out, "%s%s", i ? ", " : "", g->categories[i]);
    fprintf(out, "%s\n", g->category_count ? "" : "none typed");
    fprintf(out, "  special (Art.9) ");
    for (uint32_t i = 0; i < g->special_count; i++)
        fprintf(out, "%s%s", i ? ", " : "", g->special_categories[i]);
    fprintf(out, "%s\n", g->special_count ? "" : "none found");
    if (g->health_hint_count) {
        fprintf(out, "  health context  ");
        for (uint32_t i = 0; i < g->health_hint_count; i++)
            fprintf(out, "%s%s", i ? ", " : "", g->health_hints[i]);
        fprintf(out, " (identifiers of health professionals or establishments)\n");
    }
    if (g->subjects_available)
        fprintf(out, "  subjects        about %s\n", ls__group_digits(g->subjects, b1));
    else
        fprintf(out, "  subjects        not available (no identifier column)\n");
    fprintf(out, "  records         about %s with personal data (%s records)\n",
            ls__group_digits(g->records_with_personal_data, b1), ls__group_digits(g->records, b2));
    fprintf(out, "ENISA severity: SE = DPC x EI + CB = %g x %g + %g = %g (%s)\n", g->dpc, g->ei,
            g->cb, g->se, g->severity);
    fprintf(out, "  DPC %g   %s\n", g->dpc, g->dpc_reason);
    for (uint32_t i = 0; i < g->dpc_part_count; i++) {
        const ls_enisa_dpc_part *p = &g->dpc_parts[i];
        fprintf(out, "        %-11s basic %d, adjustment %+d => %d  [%s] %s\n", p->category,
                p->basic, p->adjustment, p->score, p->types, p->reason);
    }
    fprintf(out, "  EI  %g   %s: %s\n", g->ei, g->ei_level, g->ei_reason);
    fprintf(out, "  CB  %g   %s\n", g->cb, g->cb_reason);
    fprintf(out, "  (%s)\n", ENISA_METHOD);
}
