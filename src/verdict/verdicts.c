/* verdicts: computed once, at the end of ls_analysis_finish(): the claim check (claim.c)
 * and the GDPR Art. 33 figures with the ENISA severity (gdpr.c). */
#include "verdict/verdicts.h"

#include <stdlib.h>
#include <string.h>

#include "pipeline/analysis.h"

struct ls_verdicts {
    struct ls_claim_eval *claim;
    ls_enisa_storage *enisa;
    ls_gdpr_summary gdpr;
    const char *cats[LS_TYPE__COUNT], *groups[LS_TYPE__COUNT], *special[LS_TYPE__COUNT],
        *hints[LS_TYPE__COUNT];
};

void ls__verdicts_free(ls_verdicts *v)
{
    if (!v) return;
    ls__claim_eval_free(v->claim);
    ls__enisa_storage_free(v->enisa);
    free(v);
}

/* A type is present when the dump holds valid values of it (or, for a type without a
 * validator such as health, a column of it). */
static bool category_present(const ls_category_summary *c)
{
    return c->validated ? c->valid > 0 : c->columns > 0;
}

static void fill_gdpr(const ls_analysis *a, ls_verdicts *v)
{
    ls_gdpr_summary *g = &v->gdpr;
    bool present[LS_TYPE__COUNT] = {false};
    for (size_t i = 0; i < a->ncat; i++) {
        const ls_category_summary *c = &a->cat_summaries[i];
        ls_type t = ls_type_from_name(c->type, strlen(c->type));
        if (!category_present(c)) continue;
        if (t == LS_TYPE_FR_RPPS || t == LS_TYPE_FR_ADELI || t == LS_TYPE_FR_FINESS)
            v->hints[g->health_hint_count++] = c->type;
        if (!c->pii && !c->special_category) continue;
        present[t] = true;
        v->cats[g->category_count++] = c->type;
        if (c->special_category) v->special[g->special_count++] = c->type;
        bool seen = false;
        for (uint32_t k = 0; k < g->group_count; k++)
            seen |= strcmp(v->groups[k], c->group) == 0;
        if (!seen) v->groups[g->group_count++] = c->group;
    }
    g->categories = v->cats;
    g->groups = v->groups;
    g->special_categories = v->special;
    g->health_hints = v->hints;
    const ls_subjects_summary *s = ls_analysis_subjects(a);
    g->subjects_available = s && s->available;
    g->subjects = s ? s->subjects : 0;
    g->records = a->totals.records;
    g->records_with_personal_data = s ? s->records_with_personal_data : 0;
    g->unique_records = a->totals.unique_records_normalized;
    ls__enisa_compute(present, a->opt.enisa_cb, a->opt.enisa_cb_given, v->enisa, g);
}

ls_status ls__verdicts_compute(ls_analysis *a)
{
    if (a->verdicts) return LS_OK;
    ls_verdicts *v = calloc(1, sizeof *v);
    if (!v) return LS_ERR_NOMEM;
    a->verdicts = v;
    if (!(v->enisa = ls__enisa_storage_create())) return LS_ERR_NOMEM;
    fill_gdpr(a, v);
    if (a->opt.claim && !(v->claim = ls__claim_evaluate(a, a->opt.claim))) return LS_ERR_NOMEM;
    return LS_OK;
}

const ls_claim_result *ls_analysis_claim(const ls_analysis *a)
{
    return (a && a->finished && a->verdicts) ? ls__claim_eval_result(a->verdicts->claim) : NULL;
}

const ls_gdpr_summary *ls_analysis_gdpr(const ls_analysis *a)
{
    return (a && a->finished && a->verdicts && a->verdicts->enisa) ? &a->verdicts->gdpr : NULL;
}
