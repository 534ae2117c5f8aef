/* split: find batch boundaries — where a run of whole records ends — quickly.
 *
 * Workers parse batches in parallel; the splitter only has to know where records end,
 * which for quote-free data is a newline search, done a 64-byte block at a time (block.h).
 * Records whose quoted fields hold newlines are handed to ls_parse_record() itself, so the
 * splitter and the tokenizer can never disagree on a boundary (tests/unit/test_split.c
 * checks this on random input, test_block.c against the record-by-record walk). */
#ifndef LS_SPLIT_H
#define LS_SPLIT_H

#include <stdbool.h>
#include <stddef.h>

#include "parse/tokenize.h"

#define LS_SPLIT_NEED_MORE ((size_t)-1)

/* Offset where the record (or blank line) starting at pos ends — the start of the next
 * one — or LS_SPLIT_NEED_MORE when the answer needs data past `end` (never when eof).
 * scratch is a record the function may use for hard cases. */
size_t ls_record_next(const ls_dialect *d, const char *data, size_t pos, size_t end, bool eof,
                      ls_record *scratch);

/* With a memo for the R3 look-ahead (see ls_parse_memo); may be NULL. */
size_t ls_record_next_memo(const ls_dialect *d, const char *data, size_t pos, size_t end, bool eof,
                           ls_record *scratch, ls_parse_memo *memo);

typedef enum {
    LS_SPLIT_BATCH,     /* [pos, *batch_end) holds whole records */
    LS_SPLIT_MORE,      /* no whole record before `end`: give more data */
    LS_SPLIT_OVERSIZED, /* the record at pos exceeds max_record_bytes — by R3 that means its
                           first line does: *batch_end is where that line ends
                           (LS_SPLIT_NEED_MORE if not in view) */
} ls_split_result;

/* Cut a batch of whole records starting at the record boundary pos: it covers at least
 * `target` bytes unless the data ends first, and stops before any oversized record (which
 * comes back alone as LS_SPLIT_OVERSIZED so the caller can count and skip it). */
ls_split_result ls_split_batch(const ls_dialect *d, const char *data, size_t pos, size_t end,
                               bool eof, size_t target, ls_record *scratch, size_t *batch_end);

ls_split_result ls_split_batch_memo(const ls_dialect *d, const char *data, size_t pos, size_t end,
                                    bool eof, size_t target, ls_record *scratch, size_t *batch_end,
                                    ls_parse_memo *memo);

#endif
