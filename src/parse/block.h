/* block: the block tokenizer — delimited text classified 64 bytes at a time.
 *
 * Each 64-byte block becomes bitmasks (bit i = byte i): quotes, delimiters, newlines. The
 * bytes inside quoted fields come from a prefix XOR of the quote mask (a quote toggles
 * "inside"), as simdjson and simdcsv do, so field and record boundaries are the set bits
 * of (delimiter | newline) & ~inside, walked with count-trailing-zeros instead of a
 * byte-by-byte state machine.
 *
 * The scalar parser (tokenize.c, rules R1–R5 in tokenize.h) stays the reference: the block
 * path only answers for records where the prefix-XOR reading provably equals the scalar
 * reading, and declines everything else — a newline inside quotes (R3), a stray quote
 * (R1/R2), a NUL byte, a field count past LS_MAX_FIELDS, combo lists (R5), a record that
 * runs into the last 64 bytes of the data — which the caller then hands to the scalar path.
 * The check that makes the two readings equal, per record:
 *  - every quote that switches "inside" on is either a field's first byte (an opening
 *    quote) or directly follows a quote (the second of a "" pair);
 *  - a quoted field's last byte (before the delimiter, newline or CR+LF) is a quote.
 * Then an unquoted field holds no quote at all (its first quote would switch "inside" on
 * after a non-quote), and each quoted field reads open, pairs, close, exactly as R2 reads
 * it. tests/unit/test_block.c checks the equality on random nasty input and the fuzz
 * corpus; tests/fuzz/fuzz_parse.c checks it on every record it sees.
 *
 * SSE2 is the baseline (builds are portable); AVX2 is used when the CPU has it. Only whole
 * 64-byte blocks inside [pos, end) are read: nothing past `end` is touched. */
#ifndef LS_BLOCK_H
#define LS_BLOCK_H

#include <stdbool.h>
#include <stddef.h>

#include "parse/tokenize.h"

/* Can the block path serve this dialect at all (CSV/TSV/lines, not combo lists; quote,
 * delimiter and newline distinct)? Cheap: a few compares. */
bool ls__block_dialect_ok(const ls_dialect *d);

/* Parse the record starting at data[pos] (pos < end; data[pos] does not start a blank
 * line) from bitmasks. true: *rec holds exactly what the scalar ls_parse_record would give
 * for it (fields, flags, start/end/next). false: a hard case, *rec is partially written and
 * the caller must parse the record with the scalar path. Needs ls__block_dialect_ok(d). */
bool ls__block_parse_record(const ls_dialect *d, const char *data, size_t pos, size_t end,
                            ls_record *rec);

/* The splitter's fast step: from the record boundary i, skip whole records that are free
 * of quotes (so each is one line, and its end is its first newline), a 64-byte block at a
 * time. Stops at the first record ending at or after offset `want` (its end is returned
 * and *reached set), at the start of a record that holds a quote, is longer than
 * max_record_bytes or runs into the data's last partial block. Returns the new record
 * boundary (i itself when nothing could be skipped). Needs ls__block_dialect_ok(d) and
 * max_record_bytes >= 64 (a record that fits in a block then never exceeds it). */
size_t ls__block_skip_records(const ls_dialect *d, const char *data, size_t i, size_t end,
                              size_t want, bool *reached);

/* Tests only: use instruction set l (1: the baseline, 2: AVX2 if the CPU has it, 0: decide
 * again from the CPU). Returns the level in use before. */
int ls__block_set_level(int l);

#endif
