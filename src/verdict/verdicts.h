/* verdict: what the counts mean for the people who ask — is the seller's claim supported
 * (claim.c), and what goes in a GDPR Art. 33 notification with its ENISA severity
 * (gdpr.c). Pure computations over the finished analysis; nothing here reads the input or
 * prints. ls__verdicts_compute() runs at the end of ls_analysis_finish(). */
#ifndef LS_VERDICTS_H
#define LS_VERDICTS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "detect/types.h"
#include "leakscope/leakscope.h"

typedef struct ls_verdicts ls_verdicts;

/* Compute the claim result (when opt.claim is set) and the GDPR summary into a->verdicts. */
ls_status ls__verdicts_compute(ls_analysis *a);
void ls__verdicts_free(ls_verdicts *v); /* accepts NULL */

/* ---- claim.c: the pieces, exposed for the unit tests ---------------------------------- */

/* What the dump holds, as a count claim is compared with it. */
typedef struct {
    bool analysed;    /* some input was analysed (else every count item is not_checkable) */
    bool approximate; /* unique counts are lower bounds (a hash set ran out of memory) */
    uint64_t records, unique_records, unique_records_normalized;
    bool subjects_available;
    uint64_t subjects, records_without_identifier;
} ls_claim_observed;

/* Verdict of one count claim (kind: records, unique_records or subjects) with relative
 * tolerance tol. Sets *compared_with (a key name), *observed and a reason in words. */
ls_claim_verdict ls__claim_count_verdict(ls_claim_item_kind kind, uint64_t claimed,
                                         const ls_claim_observed *obs, double tol,
                                         const char **compared_with, uint64_t *observed,
                                         char *reason, size_t cap);

/* The vocabulary types a claimed field stands for ("name" -> last_name, first_name,
 * full_name; "nir" -> fr_nir; any vocabulary name -> itself). Returns how many (at most
 * cap), 0 for a field leakscope cannot recognise. Case-insensitive. */
int ls__claim_field_types(const char *field, ls_type *out, int cap);

/* Parse a claimed figure: 43000000, 43M, 43 million, 43,000,000, 4.3e7, 1.2bn. 0 or -1. */
int ls__claim_parse_count(const char *s, uint64_t *out);

/* The claim checked against the finished analysis (NULL on out of memory). */
struct ls_claim_eval;
struct ls_claim_eval *ls__claim_evaluate(const ls_analysis *a, const ls_claim *c);
const ls_claim_result *ls__claim_eval_result(const struct ls_claim_eval *e);
void ls__claim_eval_free(struct ls_claim_eval *e); /* accepts NULL */

/* ---- gdpr.c ---------------------------------------------------------------------------- */

/* present[t]: the dump holds valid values of type t. Fills the ENISA part of *g (dpc, ei,
 * cb, se, severity, reasons, dpc_parts) into storage owned by st. */
typedef struct ls_enisa_storage ls_enisa_storage;
ls_enisa_storage *ls__enisa_storage_create(void);
void ls__enisa_storage_free(ls_enisa_storage *st);
void ls__enisa_compute(const bool present[LS_TYPE__COUNT], double cb, bool cb_given,
                       ls_enisa_storage *st, ls_gdpr_summary *g);

#endif
