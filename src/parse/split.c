#include "parse/split.h"

#include <stdint.h>
#include <string.h>

#include "parse/block.h"

static size_t slow_next(const ls_dialect *d, const char *data, size_t pos, size_t end, bool eof,
                        ls_record *scratch, ls_parse_memo *memo)
{
    ls_scan_result r = ls_parse_record_memo(d, data, pos, end, eof, scratch, memo);
    return r == LS_SCAN_NEED_MORE ? LS_SPLIT_NEED_MORE : scratch->next;
}

/* Mirrors ls_parse_record's rules on the only bytes that move a boundary: quotes and
 * newlines. Delimiters matter only to tell a field-opening quote (R1). Anything that is
 * not a plain single-line record goes to the real parser. */
size_t ls_record_next(const ls_dialect *d, const char *data, size_t pos, size_t end, bool eof,
                      ls_record *scratch)
{
    return ls_record_next_memo(d, data, pos, end, eof, scratch, NULL);
}

size_t ls_record_next_memo(const ls_dialect *d, const char *data, size_t pos, size_t end, bool eof,
                           ls_record *scratch, ls_parse_memo *memo)
{
    const uint8_t nl = d->newline_char, quote = d->quote, delim = d->delimiter;
    if (!quote) {
        const char *lf = memchr(data + pos, nl, end - pos);
        if (!lf) return eof ? end : LS_SPLIT_NEED_MORE;
        return (size_t)(lf - data) + 1;
    }
    size_t i = pos;
    for (;;) {
        size_t k = ls_find4(data, i, end, quote, nl, nl, nl);
        if (k == end) return eof ? end : LS_SPLIT_NEED_MORE;
        if ((uint8_t)data[k] == nl) return k + 1;
        if (k != pos && (uint8_t)data[k - 1] != delim) {
            i = k + 1; /* stray quote inside an unquoted field: a literal */
            continue;
        }
        size_t j = k + 1;
        for (;;) {
            size_t c = ls_find4(data, j, end, quote, nl, nl, nl);
            if (c == end || (uint8_t)data[c] == nl || c + 1 >= end)
                return slow_next(d, data, pos, end, eof, scratch, memo);
            uint8_t nx = (uint8_t)data[c + 1];
            if (nx == quote) {
                j = c + 2;
                continue;
            }
            if (nx == delim || nx == nl) {
                i = c + 1;
                break;
            }
            if (nx == '\r' && nl == '\n') {
                if (c + 2 < end && data[c + 2] == '\n') {
                    i = c + 1;
                    break;
                }
                return slow_next(d, data, pos, end, eof, scratch, memo);
            }
            j = c + 1; /* stray quote inside a quoted field: a literal (R2) */
        }
    }
}

ls_split_result ls_split_batch(const ls_dialect *d, const char *data, size_t pos, size_t end,
                               bool eof, size_t target, ls_record *scratch, size_t *batch_end)
{
    return ls_split_batch_memo(d, data, pos, end, eof, target, scratch, batch_end, NULL);
}

ls_split_result ls_split_batch_memo(const ls_dialect *d, const char *data, size_t pos, size_t end,
                                    bool eof, size_t target, ls_record *scratch, size_t *batch_end,
                                    ls_parse_memo *memo)
{
    const size_t max = d->max_record_bytes;
    /* Quote-free single-line records are skipped a 64-byte block at a time (block.h); the
     * batch then ends where the record-by-record walk below would end it. */
    const bool blocks = max >= 64 && ls__block_dialect_ok(d);
    /* a record ending with a newline at `want` or later reaches the target */
    const size_t want = !target ? pos : target - 1 > SIZE_MAX - pos ? SIZE_MAX : pos + target - 1;
    size_t i = pos;
    while (i < end) {
        if (blocks) {
            bool reached = false;
            i = ls__block_skip_records(d, data, i, end, want, &reached);
            if (reached || i >= end) break;
        }
        /* Look no further than max_record_bytes past a record's start: a longer record is
         * oversized whatever the rest says, and the bound keeps stream windows small. */
        size_t view = (end - i > max + 1) ? i + max + 1 : end;
        bool view_eof = eof && view == end;
        size_t next = ls_record_next_memo(d, data, i, view, view_eof, scratch, memo);
        if (next == LS_SPLIT_NEED_MORE && view < end) next = view; /* longer than max */
        if (next == LS_SPLIT_NEED_MORE || next - i > max) {
            if (next == LS_SPLIT_NEED_MORE && end - i <= max) {
                if (i > pos) break; /* hand out what we have; the rest needs more data */
                return LS_SPLIT_MORE;
            }
            if (i > pos) break; /* the oversized record comes back on its own next call */
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
