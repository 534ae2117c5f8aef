/* normalize: the canonical forms records are deduplicated on.
 *
 * exact:       the parsed value (quotes removed, "" undone), as UTF-8 text — a
 *              Windows-1252 file and its UTF-8 twin hold the same records.
 * normalized:  exact, then trimmed, inner whitespace runs (space, tab, CR, LF, VT, FF,
 *              NBSP) collapsed to one space, and simple case folding; invalid UTF-8
 *              sequences become U+FFFD (and are counted). */
#ifndef LS_NORMALIZE_H
#define LS_NORMALIZE_H

#include <stddef.h>
#include <stdint.h>

#include "leakscope/leakscope.h"

/* Worst-case output size for an n-byte input, for either function. */
#define LS_NORMALIZED_CAP(n) (3 * (size_t)(n) + 4)

/* Exact form of a value already unescaped: for UTF-8 input a copy-free no-op is the
 * caller's business; this transcodes single-byte encodings. Returns the length. */
size_t ls_exact_value(ls_encoding enc, const char *s, size_t n, char *out);

/* Normalised form; *invalid_utf8 is increased by the invalid sequences met. */
size_t ls_normalize_value(ls_encoding enc, const char *s, size_t n, char *out,
                          uint64_t *invalid_utf8);

/* The same answer without the fast check (a value already normal but for case is folded
 * in one pass, see normalize.c): the reference the fast path is tested against. */
size_t ls__normalize_value_general(ls_encoding enc, const char *s, size_t n, char *out,
                                   uint64_t *invalid_utf8);

#endif
