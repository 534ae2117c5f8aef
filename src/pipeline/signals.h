/* signals: fabrication signals (issue 9, item 3) — measurements that tell real data from
 * invented data, each with what real data of that kind shows and a plain-language reading.
 * Signals are evidence, never a verdict: the report lists them, the reader weighs them.
 *
 * Where the numbers come from:
 *  - checksum pass rates per type, from the columns' valid/invalid counts (a NIR written
 *    without its key is VALID but proves nothing: those are taken out);
 *  - duplicate and near-duplicate rates, from the totals;
 *  - everything else from a per-value and per-record hook in the workers (this file's
 *    ls_sigw): cross-column consistency of one record (NIR against date of birth, gender
 *    and place of birth; postal code against city), e-mail domains, implausible dates, and
 *    the digits of identifiers (per-position uniformity, range density). Each worker keeps
 *    its own state; the states are added up when the worker finishes, so the result is the
 *    same for every thread count.
 *
 * HowTo (the pipeline's side; see analysis.c)
 *     a->signals = ls__signals_new();                    // with the analysis
 *     wk->sig = ls__sigw_new(a->signals, in);            // per worker, columns typed
 *     ls__sigw_value(wk->sig, col, verdict, norm, len, detail);   // each validated value
 *     ls__sigw_record(wk->sig);                          // after each record's commit
 *     ls__sigw_finish(wk->sig);                          // fold in, free (single thread)
 *     ls__signals_compute(a);                            // in ls_analysis_finish
 * Every function accepts a NULL state (signals then stay silent, the analysis goes on). */
#ifndef LS_SIGNALS_H
#define LS_SIGNALS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "detect/validate.h"
#include "leakscope/leakscope.h"

typedef struct ls_signals ls_signals;
typedef struct ls_sigw ls_sigw;

ls_signals *ls__signals_new(void);
void ls__signals_free(ls_signals *s);

/* A worker's state for input `in` (its columns typed: in->cols, in->tracked_columns). */
ls_sigw *ls__sigw_new(ls_signals *s, const void *input);

/* The start of every worker state, read by the inline fast paths below: most values and
 * many records need no signal work, and they should not pay a call for it. */
typedef struct {
    const uint8_t *want; /* per tracked column: its type when a signal looks at it, else 0 */
    uint32_t ncols;
    bool pending; /* the record being read gave a value to a cross-column check */
} ls_sigw_head;

void ls__sigw_value_slow(ls_sigw *w, uint32_t col, ls_verdict vd, const char *norm, size_t len,
                         uint32_t detail);
void ls__sigw_record_slow(ls_sigw *w);

/* One value of column `col` that the column's validator judged (VALID or INVALID; others
 * are ignored), with its normal form and the validator's detail code. Only copies what it
 * needs into the worker's state: it never reads the input. */
static inline void ls__sigw_value(ls_sigw *w, uint32_t col, ls_verdict vd, const char *norm,
                                  size_t len, uint32_t detail)
{
    const ls_sigw_head *h = (const ls_sigw_head *)(void *)w;
    if (h && col < h->ncols && h->want[col] && vd != LS_VERDICT_NOT_TYPE)
        ls__sigw_value_slow(w, col, vd, norm, len, detail);
}

/* The record whose values were just given is complete: check it across columns. */
static inline void ls__sigw_record(ls_sigw *w)
{
    const ls_sigw_head *h = (const ls_sigw_head *)(void *)w;
    if (h && h->pending) ls__sigw_record_slow(w);
}
/* Add the worker's counts to the analysis's and free the worker state. */
void ls__sigw_finish(ls_sigw *w);

/* Build the public signal list from the merged state, the columns and the totals. Called
 * by ls_analysis_finish() once the totals and categories are known. */
struct ls_analysis;
void ls__signals_compute(struct ls_analysis *a);

#endif
