/* tokenize: cut one record into fields, zero-copy (fields point into the input).
 *
 * The rules, shared by the splitter so that batch boundaries and records always agree:
 *  R1 In an unquoted field, a quote opens a quoted field only as the field's first byte;
 *     anywhere else it is a literal ("stray quote", the record is flagged, not malformed).
 *  R2 In a quoted field, "" is a literal quote; a quote followed by the delimiter, the
 *     newline, CR+LF or the end of input closes the field; any other quote is a literal
 *     (stray) and the field stays open (libcsv's non-strict behaviour).
 *  R3 A quoted field may span newlines only if it closes within max_quoted_span bytes of
 *     its opening quote and, when the expected field count is known, the record then has
 *     exactly that many fields, and it is no longer than max_record_bytes. Otherwise the
 *     record is re-read with quotes as literals up to the first newline and flagged
 *     "unbalanced quote" (malformed). This is what stops
 *     one unclosed quote from swallowing the rest of a 40 GB file.
 *  R4 A line that is empty (or only CR) is a blank line, not a record. CR before LF, and a
 *     CR that is the last byte of the input, are part of the line ending. A last line
 *     without a newline is still a record.
 *  R5 Combo lists split on the first separator only: passwords may contain it.
 *
 * Lines around the records (the sniffer decides them, sniff/layout.c and sniff/tables.c,
 * judging the first lines as a person reading the file does):
 *  R6 A line is a record when its fields have the body's column types; it is a header line
 *     when it holds names instead: no value (no '@', nothing mostly digits), no repeat of a
 *     value of its column, and names over columns of typed values ("email" over e-mails)
 *     or half of its names header words. The body's types come from the lines under the
 *     top ones (a column is typed when 80% of its values hold a digit or an '@').
 *  R7 A damaged header line (a stray quote, one separator too many or too few) is still
 *     the header when the records under it are regular: with another field count it must
 *     hold names only, at least two, half of them header words or as many as the columns
 *     less one. Its names are used when they can be matched to the columns (one empty
 *     field from a stray separator is dropped); otherwise the columns stay unnamed.
 *  R8 The header is the names line right above the first record, with at most one units
 *     line under it (no value, fewer names) and one title line above it (one name, the
 *     other fields empty): all are header lines (layout.header_rows). Everything before
 *     it is preamble (key/value lines, titles, comments); without a header only comments
 *     and lines without a delimiter are preamble, and a malformed first line stays a
 *     record.
 *  R9 Several tables stacked in one file: a later line starts a new table when it reads as
 *     a header (R6) against the lines under it, at least 3 records follow with its field
 *     count (80% of them, up to a blank line or two lines of another count), and either
 *     the field count changes or its names are mostly distinct, half of them header
 *     words, and it does not read as a record of the table above. Blank and title lines
 *     before it belong to the new table. A line identical to the current table's header
 *     is a repeated header of the same table (skipped, counted in anomalies), and a body
 *     line identical to a line being judged is no evidence that it is data. Each table is
 *     an entry ("table": N) sniffed on its own range. A mapping is scanned by the
 *     sniffer; a stream (compressed input, a pipe, an archive member) as it is read,
 *     window by window, the records past the scan held back until it has judged them
 *     (sniff/tables.h) — the same tables either way.
 *
 * Two implementations give every answer: the block tokenizer (block.h: 64-byte bitmasks,
 * SSE2/AVX2) answers the plain records, quoted fields with "" pairs included, and declines
 * everything else to the scalar code in tokenize.c, which implements R1-R5 directly and is
 * the reference (ls__parse_record_scalar).
 */
#ifndef LS_TOKENIZE_H
#define LS_TOKENIZE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "parse/dialect.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

/* A record with more fields than this keeps the first LS_MAX_FIELDS (flagged malformed). */
#define LS_MAX_FIELDS 16384u

typedef struct {
    const char *p;   /* first byte of the value (inside the quotes for a quoted field) */
    uint32_t len;    /* bytes of the value as it stands in the input */
    uint8_t quoted;  /* the field was quoted */
    uint8_t escaped; /* the value holds doubled quotes: unescape before use */
} ls_field;

enum {
    LS_REC_STRAY_QUOTE = 1u << 0,
    LS_REC_UNBALANCED = 1u << 1, /* R3 fallback */
    LS_REC_MULTILINE = 1u << 2,
    LS_REC_NUL = 1u << 3,
    LS_REC_FIELDS_CAPPED = 1u << 4,
};

typedef struct {
    ls_field *fields;
    uint32_t nfields;
    uint32_t flags;
    size_t start; /* offset of the record's first byte */
    size_t end;   /* offset one past its last byte, line ending excluded */
    size_t next;  /* offset where the next record (or blank line) starts */
    ls_field field_store[LS_MAX_FIELDS];
} ls_record;

typedef enum {
    LS_SCAN_RECORD,    /* *rec holds a record */
    LS_SCAN_BLANK,     /* a blank line: rec->next is set, no fields */
    LS_SCAN_NEED_MORE, /* the record may continue past `end`: give more data (or eof) */
} ls_scan_result;

/* What a failed R3 look-ahead learnt, so the next record does not pay for it again: in
 * data[from, to) no quote can close a field (none is followed by the delimiter or a line
 * end). Without it, a file whose every line opens a quote it never closes costs
 * O(lines x max_quoted_span). The memo describes the bytes at `data`: reset it whenever
 * the bytes at that address may change (a new stream window). */
typedef struct {
    const char *data; /* NULL: empty */
    size_t from, to;
    size_t last_nl, last_nul; /* last newline / NUL in [from, to); SIZE_MAX if none */
} ls_parse_memo;

static inline void ls_parse_memo_reset(ls_parse_memo *m)
{
    m->data = NULL;
}

/* Parse the record (or blank line) starting at data[pos], pos < end. `eof` says whether
 * `end` is the end of the input; if not, the function may answer LS_SCAN_NEED_MORE and
 * the caller retries with more data. Deterministic: the answer depends only on the bytes
 * from pos (up to what it needed) and on eof at the point it stopped. */
ls_scan_result ls_parse_record(const ls_dialect *d, const char *data, size_t pos, size_t end,
                               bool eof, ls_record *rec);

/* ls_parse_record with a memo (may be NULL): the same verdicts, in linear time on inputs
 * full of unclosed quotes. */
ls_scan_result ls_parse_record_memo(const ls_dialect *d, const char *data, size_t pos, size_t end,
                                    bool eof, ls_record *rec, ls_parse_memo *memo);

/* The same answers from the scalar path alone (no block tokenizer): the reference the
 * block path is tested against (tests/unit/test_block.c, tests/fuzz/fuzz_parse.c). */
ls_scan_result ls__parse_record_scalar(const ls_dialect *d, const char *data, size_t pos,
                                       size_t end, bool eof, ls_record *rec, ls_parse_memo *memo);

/* Copy a field's value to out, undoing doubled quotes; returns the length. out must hold
 * f->len bytes. */
size_t ls_field_unescape(const ls_dialect *d, const ls_field *f, char *out);

/* First index in [i, end) whose byte equals a, b, c or d; end if none. SSE2 where the
 * machine has it. Shared with the splitter; inline so the broadcasts leave the loops. */
/* Finding the next structural byte is where a CSV parser spends its time: with SSE2 we
 * test 16 bytes per step (short fields resolve in one step), with a scalar tail so we
 * never read past `end` (the input may be a mapping that ends on a page boundary). */
static inline size_t ls_find4(const char *s, size_t i, size_t end, uint8_t a, uint8_t b, uint8_t c,
                              uint8_t d)
{
    const unsigned char *u = (const unsigned char *)s;
#if defined(__SSE2__)
    const __m128i va = _mm_set1_epi8((char)a), vb = _mm_set1_epi8((char)b);
    const __m128i vc = _mm_set1_epi8((char)c), vd = _mm_set1_epi8((char)d);
    while (i + 16 <= end) {
        __m128i x = _mm_loadu_si128((const __m128i *)(u + i));
        __m128i m = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, va), _mm_cmpeq_epi8(x, vb)),
                                 _mm_or_si128(_mm_cmpeq_epi8(x, vc), _mm_cmpeq_epi8(x, vd)));
        unsigned mask = (unsigned)_mm_movemask_epi8(m);
        if (mask) return i + (size_t)__builtin_ctz(mask);
        i += 16;
    }
#endif
    for (; i < end; i++) {
        unsigned char x = u[i];
        if (x == a || x == b || x == c || x == d) return i;
    }
    return end;
}

#endif
