/* fp_analysis: an analysis's fingerprint file (issue 10), written at ls_analysis_finish()
 * from the distinct sets the run already holds — "in the same pass": nothing of the input is
 * read or hashed again; each set is counted keeping its partitions, its fingerprints are
 * re-keyed (prf.h), sorted within a memory budget (fpsort.h) and written (fpfile.h).
 *
 * Kinds written (FORMAT.md, "Kinds"): records, records_normalized (128-bit keys); each
 * identifier category a column was typed as — email, phone, fr_nir, uk_nino, uk_nhs,
 * us_ssn, passport, iban, card_number, user_id, username (64-bit keys of the validator's
 * normal form, exactly what the report's categories.<type>.unique counts); and the
 * composite identifiers name_dob (last + first name + birth date) and full_name_dob
 * (64-bit keys of the subjects' composite fingerprints, subjects.h), when any record has
 * one. With ls_options.fp_compare, the new file is then compared with prior files
 * (overlap.h) for the report's "overlap" block. */
#ifndef LS_FINGERPRINT_FP_ANALYSIS_H
#define LS_FINGERPRINT_FP_ANALYSIS_H

#include "fingerprint/overlap.h"
#include "leakscope/leakscope.h"

typedef struct ls_fp_run ls_fp_run;

/* Write the file (and compare) for a, whose inputs are all analysed; its record and
 * category sets are counted here (keeping their partitions, so later counts return the
 * same numbers). LS_OK, LS_ERR_OUTPUT (the file could not be written, nothing left behind)
 * or LS_ERR_NOMEM; the reason is in ls_analysis_fingerprints()->error. */
ls_status ls__fp_analysis_write(ls_analysis *a);
void ls__fp_run_free(ls_fp_run *r); /* accepts NULL */

/* analyze --compare: the overlap of this run's file with the prior files; NULL without. */
const ls_overlap_result *ls__fp_overlap(const ls_analysis *a);

#endif
