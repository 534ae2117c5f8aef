/* merge: one fingerprint file from the files of the shards of one dump.
 *
 * A dump split over several machines (or a compilation of many files analysed apart) is
 * counted as one: per kind, the union of the shards' keys, in one streaming k-way pass
 * (one block of each file in memory), written as a new file. Distinct counts are then
 * exactly those of analysing the whole (a value in two shards is one key); records,
 * inputs and shards are summed. The shards must share one key (or all be unkeyed). The
 * merged file's manifest is SHA-256("leakscope-lsfp/1 merge" || the shards' manifest
 * digests, sorted): the same shards give the same digest whatever their order. */
#ifndef LS_FINGERPRINT_MERGE_H
#define LS_FINGERPRINT_MERGE_H

#include <stddef.h>

#include "fingerprint/fpfile.h"

/* Merge n >= 1 files into out_path (written like any fingerprint file: a temporary renamed
 * into place, mode 0600). 0 with *result (the merged header), or -1 with err. */
int ls_fp_merge(const char *const *paths, size_t n, const char *out_path, ls_fp_header *result,
                char *err, size_t cap);

#endif
