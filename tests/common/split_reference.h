/* The batch cutter as it was before the block skip (src/parse/split.c), one record at a
 * time: the reference the block-skipping ls_split_batch must agree with, shared by the unit
 * test (tests/unit/test_block.c) and the fuzz target (tests/fuzz/fuzz_parse.c) so that both
 * check against one definition. scratch is a record the caller owns. */
#ifndef LS_TESTS_SPLIT_REFERENCE_H
#define LS_TESTS_SPLIT_REFERENCE_H

#include <string.h>

#include "parse/split.h"
#include "parse/tokenize.h"

static inline ls_split_result split_reference(const ls_dialect *d, const char *data, size_t pos,
                                              size_t end, bool eof, size_t target,
                                              ls_record *scratch, size_t *batch_end)
{
    const size_t max = d->max_record_bytes;
    size_t i = pos;
    while (i < end) {
        size_t view = (end - i > max + 1) ? i + max + 1 : end;
        bool view_eof = eof && view == end;
        size_t next = ls_record_next(d, data, i, view, view_eof, scratch);
        if (next == LS_SPLIT_NEED_MORE && view < end) next = view;
        if (next == LS_SPLIT_NEED_MORE || next - i > max) {
            if (next == LS_SPLIT_NEED_MORE && end - i <= max) {
                if (i > pos) break;
                return LS_SPLIT_MORE;
            }
            if (i > pos) break;
            const char *lf = memchr(data + i, d->newline_char, end - i);
            *batch_end = lf ? (size_t)(lf - data) + 1 : (eof ? end : LS_SPLIT_NEED_MORE);
            return LS_SPLIT_OVERSIZED;
        }
        i = next;
        if (i - pos >= target) break;
    }
    *batch_end = i;
    return LS_SPLIT_BATCH;
}

#endif
