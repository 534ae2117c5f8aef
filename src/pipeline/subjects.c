/* subjects: distinct data subjects, keyed by each record's strongest identifier (the rule
 * and its limits are in subjects.h). */
#include "pipeline/subjects.h"

#include <stdlib.h>
#include <string.h>
#define XXH_INLINE_ALL
#include <xxhash.h>

#include "pipeline/analysis.h"

/* What each rule needs (slots, all of them valid in the record) and its public names. */
static const struct {
    const char *name, *identifier;
    uint32_t slots; /* bit mask of LS_SLOT_* */
    ls_type type;   /* single-type rules: the category giving `distinct`; else UNKNOWN */
} rules[LS_SUBJ__COUNT] = {
    [LS_SUBJ_FR_NIR] = {"fr_nir", "fr_nir", 1u << LS_SLOT_FR_NIR, LS_TYPE_FR_NIR},
    [LS_SUBJ_UK_NINO] = {"uk_nino", "uk_nino", 1u << LS_SLOT_UK_NINO, LS_TYPE_UK_NINO},
    [LS_SUBJ_UK_NHS] = {"uk_nhs", "uk_nhs", 1u << LS_SLOT_UK_NHS, LS_TYPE_UK_NHS},
    [LS_SUBJ_US_SSN] = {"us_ssn", "us_ssn", 1u << LS_SLOT_US_SSN, LS_TYPE_US_SSN},
    [LS_SUBJ_EMAIL] = {"email", "email", 1u << LS_SLOT_EMAIL, LS_TYPE_EMAIL},
    [LS_SUBJ_PHONE] = {"phone", "phone", 1u << LS_SLOT_PHONE, LS_TYPE_PHONE},
    [LS_SUBJ_NAME_DOB] = {"name_dob", "last_name+first_name+date_of_birth",
                          (1u << LS_SLOT_LAST) | (1u << LS_SLOT_FIRST) | (1u << LS_SLOT_DOB),
                          LS_TYPE_UNKNOWN},
    [LS_SUBJ_FULL_NAME_DOB] = {"full_name_dob", "full_name+date_of_birth",
                               (1u << LS_SLOT_FULL) | (1u << LS_SLOT_DOB), LS_TYPE_UNKNOWN},
    [LS_SUBJ_USER_ID] = {"user_id", "user_id", 1u << LS_SLOT_USER_ID, LS_TYPE_USER_ID},
    [LS_SUBJ_USERNAME] = {"username", "username", 1u << LS_SLOT_USERNAME, LS_TYPE_USERNAME},
};

#define RULE_TEXT                                                                                  \
    "fr_nir > uk_nino > uk_nhs > us_ssn > email > phone > last_name+first_name+date_of_birth > "   \
    "full_name+date_of_birth > user_id > username (first valid value of each)"

struct ls_subjects {
    ls_distinct *keys[LS_SUBJ__COUNT]; /* per rule; disjoint by the rule's tag */
    ls_distinct *ids[LS_SUBJ__COUNT];  /* composite rules: distinct identifier values */
    uint64_t keyed[LS_SUBJ__COUNT], with[LS_SUBJ__COUNT], pii_records;
    bool failed;
    ls_subject_rule_summary pub_rules[LS_SUBJ__COUNT];
    ls_subjects_summary pub;
};

const char *ls__subjects_rule_name(ls_subj_rule r)
{
    return (unsigned)r < LS_SUBJ__COUNT ? rules[r].name : "unknown";
}

ls_distinct *ls__subjects_identifier_set(ls_subjects *s, ls_subj_rule r)
{
    return (s && (unsigned)r < LS_SUBJ__COUNT) ? s->ids[r] : NULL;
}

/* The sets are made up front (creating one is cheap: empty partitions); the per-thread
 * stages are made on first use, since most dumps use two or three rules. */
ls_subjects *ls__subjects_create(ls_engine *e)
{
    ls_subjects *s = calloc(1, sizeof *s);
    if (!s) return NULL;
    for (int r = 0; r < LS_SUBJ__COUNT; r++) {
        s->keys[r] = ls_distinct_create(e, 16);
        bool composite = rules[r].type == LS_TYPE_UNKNOWN;
        if (composite) s->ids[r] = ls_distinct_create(e, 16);
        if (!s->keys[r] || (composite && !s->ids[r])) {
            ls__subjects_free(s);
            return NULL;
        }
    }
    return s;
}

void ls__subjects_free(ls_subjects *s)
{
    if (!s) return;
    for (int r = 0; r < LS_SUBJ__COUNT; r++) {
        ls_distinct_free(s->keys[r]);
        ls_distinct_free(s->ids[r]);
    }
    free(s);
}

int ls__subjects_worker_init(ls_subjects_worker *w, ls_subjects *s)
{
    memset(w, 0, sizeof *w);
    w->s = s;
    return s ? 0 : -1;
}

int ls__subjects_worker_finish(ls_subjects_worker *w)
{
    ls_subjects *s = w->s;
    int rc = w->nomem ? -1 : 0;
    for (int r = 0; r < LS_SUBJ__COUNT; r++) {
        rc |= ls_distinct_stage_free(w->st[r]);
        rc |= ls_distinct_stage_free(w->ist[r]);
        w->st[r] = w->ist[r] = NULL;
        if (s) {
            s->keyed[r] += w->keyed[r];
            s->with[r] += w->with[r];
        }
    }
    if (s) {
        s->pii_records += w->pii_records;
        if (rc) s->failed = true;
    }
    memset(w->keyed, 0, sizeof w->keyed);
    memset(w->with, 0, sizeof w->with);
    w->pii_records = 0;
    return rc;
}

/* Hash of a rule's values: a one-byte tag (the rule) and the values' 64-bit fingerprints
 * in slot order, so "email x" and "phone x" never give one key. */
static ls_h128 rule_key(const ls_subjects_worker *w, int r)
{
    unsigned char buf[64] = {0}; /* 1 + 8 * 4 used; room that silences -Warray-bounds */
    size_t n = 0;
    buf[n++] = (unsigned char)(r + 1);
    for (int k = 0; k < LS_SLOT__COUNT; k++) {
        if (!((rules[r].slots >> k) & 1u)) continue;
        memcpy(buf + n, &w->val[k], 8);
        n += 8;
    }
    XXH128_hash_t h = XXH3_128bits(buf, n);
    return (ls_h128){h.low64, h.high64};
}

/* Stage a key in set `set` through the worker's stage *st, made on first use. */
static void stage_add(ls_subjects_worker *w, ls_distinct_stage **st, ls_distinct *set, ls_h128 h)
{
    if (!*st && !(*st = ls_distinct_stage_create(set))) {
        w->nomem = true;
        return;
    }
    ls_distinct_add128(*st, h);
}

void ls__subjects_commit(ls_subjects_worker *w)
{
    uint32_t seen = w->seen;
    if (w->pii) w->pii_records++;
    w->seen = 0;
    w->pii = false;
    if (!seen || !w->s) return;
    int chosen = -1;
    for (int r = 0; r < LS_SUBJ__COUNT; r++) {
        if ((seen & rules[r].slots) != rules[r].slots) continue;
        w->with[r]++;
        bool composite = rules[r].type == LS_TYPE_UNKNOWN;
        ls_h128 key = (chosen < 0 || composite) ? rule_key(w, r) : (ls_h128){0, 0};
        if (composite) stage_add(w, &w->ist[r], w->s->ids[r], key);
        if (chosen < 0) {
            chosen = r;
            w->keyed[r]++;
            stage_add(w, &w->st[r], w->s->keys[r], key);
        }
    }
}

ls_status ls__subjects_finish(ls_analysis *a)
{
    ls_subjects *s = a->subjects;
    if (!s) return LS_ERR_NOMEM;
    ls_subjects_summary *p = &s->pub;
    memset(p, 0, sizeof *p);
    p->rule = RULE_TEXT;
    p->rule_count = LS_SUBJ__COUNT;
    p->rules = s->pub_rules;
    p->approximate = s->failed;
    for (int r = 0; r < LS_SUBJ__COUNT; r++) {
        ls_subject_rule_summary *ps = &s->pub_rules[r];
        ps->rule = rules[r].name;
        ps->identifier = rules[r].identifier;
        ps->records = s->keyed[r];
        if (ls_distinct_count(s->keys[r], 0, &ps->subjects) != 0) p->approximate = true;
        ps->records_with = s->with[r];
        if (s->ids[r] && ls_distinct_count(s->ids[r], 0, &ps->distinct) != 0) p->approximate = true;
        p->subjects += ps->subjects;
        p->records_keyed += ps->records;
    }
    /* Single-type identifiers: their distinct values are the category's; and the rule is
     * available when some column got one of the rule's types. */
    for (size_t i = 0; i < a->ncat; i++) {
        const ls_category_summary *c = &a->cat_summaries[i];
        ls_type t = ls_type_from_name(c->type, strlen(c->type));
        if (ls__subjects_slot(t) >= 0 && c->columns && c->validated) p->available = true;
        for (int r = 0; r < LS_SUBJ__COUNT; r++)
            if (rules[r].type == t && t != LS_TYPE_UNKNOWN) s->pub_rules[r].distinct = c->unique;
    }
    uint64_t records = a->totals.records;
    p->records_without_identifier = records > p->records_keyed ? records - p->records_keyed : 0;
    p->records_with_personal_data = s->pii_records;
    return LS_OK;
}

const ls_subjects_summary *ls_analysis_subjects(const ls_analysis *a)
{
    return (a && a->finished && a->subjects) ? &a->subjects->pub : NULL;
}
