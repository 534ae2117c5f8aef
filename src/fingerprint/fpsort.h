/* fpsort: sorting the keyed fingerprints of one kind within a memory budget.
 *
 * Keyed fingerprints come out of the run's distinct sets in the sets' order, which the PRF
 * scrambles; a file needs them ascending. Keys are gathered in a buffer of at most half the
 * budget (the other half is the radix sort's scratch); a full buffer is sorted and written
 * out as a run to an unlinked temporary file (O_TMPFILE in the spill directory, mode 0600:
 * nothing is left behind however the process ends), and the runs are merged at the end
 * through one read buffer each. So a 43-million-record dump never needs all its keys in
 * memory at once, and a dump that fits is sorted in memory without touching the disk.
 *
 * The sort is a two-pass MSD radix sort on the top bits (keys are PRF outputs, uniformly
 * spread: buckets of a few keys, finished by insertion sort; a bucket that is not small, for
 * keys that are not uniform, by qsort); 128-bit keys are bucketed by their high word and
 * finished comparing both words. */
#ifndef LS_FINGERPRINT_FPSORT_H
#define LS_FINGERPRINT_FPSORT_H

#include <stddef.h>
#include <stdint.h>

#include "fingerprint/fpfile.h"

typedef struct ls_fp_sorter ls_fp_sorter;

/* key_bytes 8 (keys have hi = 0) or 16; budget in bytes (at least 1 MiB is used); tmp_dir
 * NULL = $TMPDIR, else /tmp. NULL on out of memory. */
ls_fp_sorter *ls_fp_sorter_create(unsigned key_bytes, size_t budget, const char *tmp_dir);
void ls_fp_sorter_free(ls_fp_sorter *s); /* accepts NULL */

/* Add a key (any order, duplicates allowed). 0, or -1 when a run could not be written (the
 * error is kept and returned by drain). */
int ls_fp_sorter_add(ls_fp_sorter *s, ls_fpkey k);

/* Hand every key added, ascending, to w's current section (ls_fp_writer_begin first).
 * 0, or -1 with err. The sorter is empty and reusable afterwards. */
int ls_fp_sorter_drain(ls_fp_sorter *s, ls_fp_writer *w, char *err, size_t cap);

/* Runs written to the temporary file so far (for the tests and the figures). */
uint64_t ls_fp_sorter_runs(const ls_fp_sorter *s);

/* The sorts themselves, exposed for the tests: a[0..n) ascending, t is scratch of n keys. */
void ls_fp_radix64(uint64_t *a, uint64_t *t, size_t n);
void ls_fp_radix128(ls_fpkey *a, ls_fpkey *t, size_t n);

#endif
