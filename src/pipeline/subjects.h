/* subjects: how many distinct people (data subjects) a dump is about, not how many rows.
 *
 * The rule. Each record gets one subject key: its strongest identifier with a valid value,
 * in this order (the first that applies wins):
 *
 *     fr_nir > uk_nino > uk_nhs > us_ssn > email > phone
 *            > last_name + first_name + date_of_birth > full_name + date_of_birth
 *            > user_id > username
 *
 * Values are the validators' normal forms (NIR 15 characters, e-mail lower-cased, phone
 * E.164, names folded, dates ISO), i.e. exactly what the columns' `unique` counts compare;
 * the first valid value of a type in the record is used (column order; JSON: document
 * order). The key is XXH3-128 over a tag naming the rule and the 64-bit fingerprints of
 * the values, so keys of two rules never meet. Keys are counted exactly (up to 128-bit
 * collisions) across all inputs, in one set per rule (the rules' sets are disjoint, the
 * total is their sum). A record with none of these identifiers has no key.
 *
 * Known limits (stated in the report and README): a person known by a NIR in one record
 * and only by an e-mail in another counts twice (keys are not linked across rules); a
 * person with two e-mail addresses counts twice; user ids and usernames are per service, so
 * the same number in two unrelated dumps counts once; two people sharing name and birth
 * date count once.
 *
 * Threads: each worker keeps an ls_subjects_worker (offer values while reading a record,
 * commit at its end); its staged keys and counters are folded in by
 * ls__subjects_worker_finish(), called from the thread that joined the workers. */
#ifndef LS_SUBJECTS_H
#define LS_SUBJECTS_H

#include <stdbool.h>
#include <stdint.h>

#include "dedup/distinct.h"
#include "detect/types.h"
#include "leakscope/leakscope.h"

typedef enum {
    LS_SUBJ_FR_NIR = 0,
    LS_SUBJ_UK_NINO,
    LS_SUBJ_UK_NHS,
    LS_SUBJ_US_SSN,
    LS_SUBJ_EMAIL,
    LS_SUBJ_PHONE,
    LS_SUBJ_NAME_DOB,
    LS_SUBJ_FULL_NAME_DOB,
    LS_SUBJ_USER_ID,
    LS_SUBJ_USERNAME,
    LS_SUBJ__COUNT
} ls_subj_rule;

/* The values a record can offer: one slot per identifier type (names and the birth date
 * are parts of the composite rules). */
enum {
    LS_SLOT_FR_NIR = 0,
    LS_SLOT_UK_NINO,
    LS_SLOT_UK_NHS,
    LS_SLOT_US_SSN,
    LS_SLOT_EMAIL,
    LS_SLOT_PHONE,
    LS_SLOT_LAST,
    LS_SLOT_FIRST,
    LS_SLOT_FULL,
    LS_SLOT_DOB,
    LS_SLOT_USER_ID,
    LS_SLOT_USERNAME,
    LS_SLOT__COUNT
};

typedef struct ls_subjects ls_subjects;

typedef struct {
    ls_subjects *s;
    uint32_t seen; /* bit per slot: a valid value was offered in the current record */
    bool pii;      /* a valid value of a PII type was offered in the current record */
    uint64_t val[LS_SLOT__COUNT]; /* 64-bit fingerprints of the normal forms (as the columns') */
    ls_distinct_stage *st[LS_SUBJ__COUNT];  /* per rule: the keys (created on first use) */
    ls_distinct_stage *ist[LS_SUBJ__COUNT]; /* composite identifiers: their distinct values */
    uint64_t keyed[LS_SUBJ__COUNT];         /* records keyed by each rule */
    uint64_t with[LS_SUBJ__COUNT];          /* records holding each rule's identifier */
    uint64_t pii_records;
    bool nomem;
} ls_subjects_worker;

/* NULL on out of memory. */
ls_subjects *ls__subjects_create(ls_engine *e); /* the sets are charged to engine e */
void ls__subjects_free(ls_subjects *s);         /* accepts NULL */

/* A worker's state; w is zeroed first. 0, or -1 on out of memory. */
int ls__subjects_worker_init(ls_subjects_worker *w, ls_subjects *s);
/* Flush the staged keys and add the counters into s; accepts a zeroed w. 0, or -1 when
 * memory ran out at some point (the counts are then lower bounds: approximate). */
int ls__subjects_worker_finish(ls_subjects_worker *w);

/* The slot of a type, or -1 when the type plays no part in the rule. */
static inline int ls__subjects_slot(ls_type t)
{
    switch (t) {
    case LS_TYPE_FR_NIR:
        return LS_SLOT_FR_NIR;
    case LS_TYPE_UK_NINO:
        return LS_SLOT_UK_NINO;
    case LS_TYPE_UK_NHS:
        return LS_SLOT_UK_NHS;
    case LS_TYPE_US_SSN:
        return LS_SLOT_US_SSN;
    case LS_TYPE_EMAIL:
        return LS_SLOT_EMAIL;
    case LS_TYPE_PHONE:
        return LS_SLOT_PHONE;
    case LS_TYPE_LAST_NAME:
        return LS_SLOT_LAST;
    case LS_TYPE_FIRST_NAME:
        return LS_SLOT_FIRST;
    case LS_TYPE_FULL_NAME:
        return LS_SLOT_FULL;
    case LS_TYPE_DATE_OF_BIRTH:
        return LS_SLOT_DOB;
    case LS_TYPE_USER_ID:
        return LS_SLOT_USER_ID;
    case LS_TYPE_USERNAME:
        return LS_SLOT_USERNAME;
    default:
        return -1;
    }
}

/* A valid value of type t in the current record, as the hash of its normal form. The
 * first value of a slot is kept (column / document order). Cheap: called per valid value. */
static inline void ls__subjects_offer(ls_subjects_worker *w, ls_type t, uint64_t h)
{
    int slot = ls__subjects_slot(t);
    if (ls_type_is_pii(t)) w->pii = true;
    if (slot < 0 || (w->seen >> slot) & 1u) return;
    w->seen |= 1u << slot;
    w->val[slot] = h;
}

/* The record ends: key it by the first rule that applies, count it, forget its values. */
void ls__subjects_commit(ls_subjects_worker *w);

/* After the last input (called by ls_analysis_finish): fill the public summary. The
 * per-type identifiers' distinct counts come from the categories (a->cat_summaries). */
ls_status ls__subjects_finish(ls_analysis *a);

/* Name of a rule ("fr_nir", "name_dob", ...) and what it compares, in words. */
const char *ls__subjects_rule_name(ls_subj_rule r);

/* Issue 10 (fingerprint files): the set of distinct values of a composite rule's identifier
 * (name_dob, full_name_dob; 16-byte fingerprints), NULL for single-type rules. */
ls_distinct *ls__subjects_identifier_set(ls_subjects *s, ls_subj_rule r);

#endif
