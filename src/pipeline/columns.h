/* columns: type every column of an input before the full pass.
 *
 * Values are sampled from the head and from 20/40/60/80 % of a mapped file (the head
 * only for a stream), unescaped and transcoded to UTF-8, and handed to the classifier.
 * The chosen types then drive the per-row validation in the workers. Masked samples are
 * taken here too, so a raw value never outlives this function. */
#ifndef LS_COLUMNS_H
#define LS_COLUMNS_H

#include <stdbool.h>
#include <stddef.h>

#include "detect/classify.h"
#include "pipeline/analysis.h"

#define LS_COLUMN_SAMPLE_VALUES 2000

/* Fill in->cols[j].type/confidence/hint/samples for every column. */
ls_status ls_columns_classify(input_t *in, const char *view, size_t view_len, bool whole);

/* Structured inputs (SQL, JSON): type columns [from, ncols) from values the reader
 * sampled, samples[j] for every j < ncols (the classifier weighs neighbouring columns);
 * names are taken from in->sniff.column_names. Earlier columns keep their types. */
ls_status ls_columns_classify_values(input_t *in, uint32_t from, uint32_t ncols,
                                     ls_column_sample *samples);

/* Does type t have a value validator (so valid/invalid counts mean something)? */
bool ls_type_has_validator(ls_type t);

#endif
