/* tokenize: the record parser. Rules R1–R5 are documented in tokenize.h. */
#include "parse/tokenize.h"

#include <string.h>

#include "common/macros.h"
#include "parse/block.h"

/* Store a field unless the record already holds LS_MAX_FIELDS (then it only counts). */
static inline void push_field(ls_record *rec, const char *p, size_t len, int quoted, int escaped)
{
    if (LS_UNLIKELY(rec->nfields >= LS_MAX_FIELDS)) {
        rec->flags |= LS_REC_FIELDS_CAPPED;
        return;
    }
    ls_field *f = &rec->field_store[rec->nfields++];
    f->p = p;
    f->len = (uint32_t)len;
    f->quoted = (uint8_t)quoted;
    f->escaped = (uint8_t)escaped;
}

typedef enum { PARSE_DONE, PARSE_NEED_MORE, PARSE_FALLBACK } parse_outcome;

/* Where a quoted reading would need data past `end`: a multi-line reading already longer
 * than max_record_bytes is rejected (R3) rather than waited for, so no verdict ever needs
 * more than max_record_bytes + 1 bytes — and "oversized" means exactly "first line longer
 * than max_record_bytes". */
static inline parse_outcome more_or_fallback(const ls_dialect *d, const ls_record *rec, size_t pos,
                                             size_t end)
{
    if ((rec->flags & LS_REC_MULTILINE) && end - pos > d->max_record_bytes) return PARSE_FALLBACK;
    return PARSE_NEED_MORE;
}

/* Read a record with quotes honoured (R1, R2, R3). PARSE_FALLBACK means R3 rejected the
 * quoted reading and the caller must re-read the line literally. */
#define NONE ((size_t)-1)

/* Is the quote at q one that could close a field (followed by the delimiter, the newline,
 * CR+LF, or the end of the data)? */
static inline bool closing_capable(const ls_dialect *d, const char *data, size_t q, size_t end)
{
    if (q + 1 >= end) return true;
    uint8_t nx = (uint8_t)data[q + 1];
    if (nx == d->delimiter || nx == d->newline_char) return true;
    return nx == '\r' && d->newline_char == '\n' && (q + 2 >= end || data[q + 2] == '\n');
}

/* Remember that [from, to) holds no closing-capable quote (see ls_parse_memo). */
static inline void memo_store(ls_parse_memo *m, const char *data, size_t from, size_t to,
                              size_t last_nl, size_t last_nul)
{
    if (!m || to <= from) return;
    m->data = data;
    m->from = from;
    m->to = to;
    m->last_nl = last_nl;
    m->last_nul = last_nul;
}

static parse_outcome parse_quoted(const ls_dialect *d, const char *data, size_t pos, size_t end,
                                  bool eof, ls_record *rec, ls_parse_memo *memo)
{
    const uint8_t delim = d->delimiter, quote = d->quote, nl = d->newline_char;
    const bool combo = d->format == LS_FORMAT_COMBO;
    size_t i = pos;

    for (;;) {
        /* i is at the start of a field. */
        if (quote && i < end && (uint8_t)data[i] == quote) {
            size_t open = i, j = i + 1, close;
            int escaped = 0, crossed = 0;
            size_t first_cc = NONE, last_nl = NONE, last_nul = NONE;
            int jumped = 0;
            for (;;) {
                if (memo && memo->data == data && j >= memo->from && j < memo->to) {
                    /* No quote in [j, to) can close this field: skip it, keeping what a
                     * scan would have noted on the way (newlines, NUL bytes). */
                    /* Whether a quote can close depends on the byte or two after it: near a
                     * shorter view's end that can differ from what the memo saw, so those
                     * last bytes are always scanned for real. */
                    size_t to = memo->to;
                    if (to + 2 > end) to = end >= 2 ? end - 2 : 0;
                    if (to < j) to = j;
                    /* never land inside a run of quotes: how a run pairs up ("" "") depends
                     * on where it starts, so the scan re-reads it from its start */
                    while (to > j && (uint8_t)data[to - 1] == quote)
                        to--;
                    size_t mnl = memo->last_nl, mnul = memo->last_nul;
                    if (to < memo->to) { /* a shorter stretch than the memo's: look here */
                        const char *x = memrchr(data + j, nl, to - j);
                        mnl = x ? (size_t)(x - data) : NONE;
                        x = memrchr(data + j, 0, to - j);
                        mnul = x ? (size_t)(x - data) : NONE;
                    }
                    if (mnl != NONE && mnl >= j) {
                        crossed = 1;
                        rec->flags |= LS_REC_MULTILINE;
                        last_nl = mnl;
                    }
                    if (mnul != NONE && mnul >= j) {
                        rec->flags |= LS_REC_NUL;
                        last_nul = mnul;
                    }
                    jumped |= to > j;
                    j = to;
                }
                size_t k = ls_find4(data, j, end, quote, nl, 0, quote);
                /* The span bound applies once this field has crossed a newline; checking
                 * it at every stop (and at `end`) keeps the verdict independent of how
                 * much data the caller happened to have. */
                if (k == end) {
                    if (eof || (crossed && end - open > d->max_quoted_span)) {
                        memo_store(memo, data, open + 1, LS_MIN(first_cc, end), last_nl, last_nul);
                        return PARSE_FALLBACK;
                    }
                    return more_or_fallback(d, rec, pos, end);
                }
                uint8_t ch = (uint8_t)data[k];
                if ((crossed || ch == nl) && k - open > d->max_quoted_span) {
                    memo_store(memo, data, open + 1, LS_MIN(first_cc, k), last_nl, last_nul);
                    return PARSE_FALLBACK;
                }
                if (ch == nl) {
                    rec->flags |= LS_REC_MULTILINE;
                    crossed = 1;
                    last_nl = k;
                    j = k + 1;
                    continue;
                }
                if (ch == 0) {
                    rec->flags |= LS_REC_NUL;
                    last_nul = k;
                    j = k + 1;
                    continue;
                }
                /* a quote: what follows decides (R2) */
                if (k + 1 >= end) {
                    if (!eof) return more_or_fallback(d, rec, pos, end);
                    close = k;
                    break;
                }
                uint8_t nx = (uint8_t)data[k + 1];
                if (nx == quote) {
                    /* a pair; its second quote could close a field for a scan that starts
                     * between the two, so the memo must stop there */
                    if (first_cc == NONE && closing_capable(d, data, k + 1, end)) first_cc = k + 1;
                    escaped = 1;
                    j = k + 2;
                    continue;
                }
                if (nx == delim || nx == nl) {
                    close = k;
                    break;
                }
                if (nx == '\r' && nl == '\n') {
                    if (k + 2 >= end) {
                        if (!eof) return more_or_fallback(d, rec, pos, end);
                        close = k; /* "x"\r at the very end: CR is the line ending */
                        break;
                    }
                    if (data[k + 2] == '\n') {
                        close = k;
                        break;
                    }
                }
                rec->flags |= LS_REC_STRAY_QUOTE;
                j = k + 1;
            }
            if (jumped) {
                /* The jump skipped quotes a scan would have read as pairs ("") or strays:
                 * re-read the field's content with the same rules (rare: a field that
                 * closes after a failed look-ahead from an earlier line). */
                for (size_t q = open + 1; q < close; q++) {
                    if ((uint8_t)data[q] != quote) continue;
                    if (q + 1 < close && (uint8_t)data[q + 1] == quote) {
                        escaped = 1;
                        q++;
                    } else {
                        rec->flags |= LS_REC_STRAY_QUOTE;
                    }
                }
            }
            push_field(rec, data + open + 1, close - open - 1, 1, escaped);
            i = close + 1;
            if (i < end && data[i] == '\r' && nl == '\n') i++; /* CR of CRLF */
        } else {
            size_t k = i;
            for (;;) {
                uint8_t stop1 = (combo && rec->nfields >= 1) ? nl : delim;
                k = ls_find4(data, k, end, stop1, nl, quote ? quote : nl, 0);
                if (k < end && data[k] != (char)stop1 && (uint8_t)data[k] != nl) {
                    if (data[k] == 0)
                        rec->flags |= LS_REC_NUL;
                    else
                        rec->flags |= LS_REC_STRAY_QUOTE; /* R1: quote inside a field */
                    k++;
                    continue;
                }
                break;
            }
            if (k == end && !eof) return more_or_fallback(d, rec, pos, end);
            size_t flen = k - i;
            if (nl == '\n' && flen && data[k - 1] == '\r' &&
                ((k < end && (uint8_t)data[k] == nl) || (k == end && eof)))
                flen--; /* R4: CR before LF, or last in the input, ends the line */
            push_field(rec, data + i, flen, 0, 0);
            i = k;
        }

        /* R3 decided early: a multi-line reading that already has more fields than
         * expected, or is longer than max_record_bytes, can only end rejected (fields are
         * never taken back), so stop now rather than at the end of a chain of quoted
         * fields that close on one line and reopen on the next (`N;x";"y`). */
        if ((rec->flags & LS_REC_MULTILINE) &&
            ((d->expected_fields && rec->nfields > d->expected_fields) ||
             i - pos > d->max_record_bytes))
            return PARSE_FALLBACK;

        /* i is at a separator, the newline, or the end. */
        if (i >= end) {
            rec->end = (nl == '\n' && end > pos && data[end - 1] == '\r') ? end - 1 : end;
            rec->next = end;
            break;
        }
        uint8_t c = (uint8_t)data[i];
        if (c == nl) {
            rec->end = (nl == '\n' && i > pos && data[i - 1] == '\r') ? i - 1 : i;
            rec->next = i + 1;
            break;
        }
        /* the delimiter: another field follows (possibly empty) */
        i++;
    }

    if ((rec->flags & LS_REC_MULTILINE) &&
        ((d->expected_fields && rec->nfields != d->expected_fields) ||
         rec->next - pos > d->max_record_bytes))
        return PARSE_FALLBACK; /* R3: a multi-line reading that breaks the shape or the bound */
    return PARSE_DONE;
}

/* Read a record with every quote taken literally, up to the first newline (R3 fallback,
 * and the only mode for dialects without quoting). */
static parse_outcome parse_literal(const ls_dialect *d, const char *data, size_t pos, size_t end,
                                   bool eof, ls_record *rec)
{
    const uint8_t delim = d->delimiter, nl = d->newline_char;
    const bool combo = d->format == LS_FORMAT_COMBO;
    size_t i = pos;
    for (;;) {
        size_t k = i;
        for (;;) {
            uint8_t stop1 = (combo && rec->nfields >= 1) ? nl : delim;
            k = ls_find4(data, k, end, stop1, nl, 0, stop1);
            if (k < end && data[k] == 0) {
                rec->flags |= LS_REC_NUL;
                k++;
                continue;
            }
            break;
        }
        if (k == end && !eof) return PARSE_NEED_MORE;
        size_t flen = k - i;
        if (nl == '\n' && flen && data[k - 1] == '\r' &&
            ((k < end && (uint8_t)data[k] == nl) || (k == end && eof)))
            flen--;
        push_field(rec, data + i, flen, 0, 0);
        if (k >= end) {
            rec->end = (nl == '\n' && end > pos && data[end - 1] == '\r') ? end - 1 : end;
            rec->next = end;
            return PARSE_DONE;
        }
        if ((uint8_t)data[k] == nl) {
            rec->end = (nl == '\n' && k > pos && data[k - 1] == '\r') ? k - 1 : k;
            rec->next = k + 1;
            return PARSE_DONE;
        }
        i = k + 1;
    }
}

ls_scan_result ls_parse_record(const ls_dialect *d, const char *data, size_t pos, size_t end,
                               bool eof, ls_record *rec)
{
    return ls_parse_record_memo(d, data, pos, end, eof, rec, NULL);
}

/* The record parser: blank lines (R4), then the block path when it can answer (block.h),
 * else the scalar reading (R1–R3), else the literal re-read (R3 fallback). */
static ls_scan_result parse_record(const ls_dialect *d, const char *data, size_t pos, size_t end,
                                   bool eof, ls_record *rec, ls_parse_memo *memo, bool block)
{
    const uint8_t nl = d->newline_char;
    rec->fields = rec->field_store;
    rec->nfields = 0;
    rec->flags = 0;
    rec->start = pos;

    /* R4: blank lines. */
    if ((uint8_t)data[pos] == nl) {
        rec->end = pos;
        rec->next = pos + 1;
        return LS_SCAN_BLANK;
    }
    if (nl == '\n' && data[pos] == '\r') {
        if (pos + 1 >= end) {
            if (!eof) return LS_SCAN_NEED_MORE;
            rec->end = rec->next = end;
            return LS_SCAN_BLANK;
        }
        if (data[pos + 1] == '\n') {
            rec->end = pos;
            rec->next = pos + 2;
            return LS_SCAN_BLANK;
        }
    }

    if (block && ls__block_dialect_ok(d)) {
        if (LS_LIKELY(ls__block_parse_record(d, data, pos, end, rec))) return LS_SCAN_RECORD;
        rec->nfields = 0; /* a hard case: the scalar path reads it from the start */
    }

    parse_outcome o = d->quote ? parse_quoted(d, data, pos, end, eof, rec, memo)
                               : parse_literal(d, data, pos, end, eof, rec);
    if (o == PARSE_NEED_MORE) return LS_SCAN_NEED_MORE;
    if (o == PARSE_FALLBACK) {
        rec->nfields = 0;
        rec->flags = LS_REC_UNBALANCED | (rec->flags & LS_REC_NUL);
        o = parse_literal(d, data, pos, end, eof, rec);
        if (o == PARSE_NEED_MORE) return LS_SCAN_NEED_MORE;
        if (rec->flags & LS_REC_NUL) {
            /* the literal reading may cover less ground: recompute NUL on what it covers */
            rec->flags &= ~(uint32_t)LS_REC_NUL;
            if (memchr(data + pos, 0, rec->end - pos)) rec->flags |= LS_REC_NUL;
        }
    }
    return LS_SCAN_RECORD;
}

ls_scan_result ls_parse_record_memo(const ls_dialect *d, const char *data, size_t pos, size_t end,
                                    bool eof, ls_record *rec, ls_parse_memo *memo)
{
    return parse_record(d, data, pos, end, eof, rec, memo, true);
}

ls_scan_result ls__parse_record_scalar(const ls_dialect *d, const char *data, size_t pos,
                                       size_t end, bool eof, ls_record *rec, ls_parse_memo *memo)
{
    return parse_record(d, data, pos, end, eof, rec, memo, false);
}

size_t ls_field_unescape(const ls_dialect *d, const ls_field *f, char *out)
{
    size_t o = 0;
    const char q = (char)d->quote;
    for (size_t i = 0; i < f->len; i++) {
        out[o++] = f->p[i];
        if (f->p[i] == q && i + 1 < f->len && f->p[i + 1] == q) i++;
    }
    return o;
}
