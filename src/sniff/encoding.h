/* encoding: what the bytes of a dump mean — UTF-8 validation, Windows-1252/Latin-1 to
 * UTF-8, and Unicode simple case folding for the scripts found in European dumps. */
#ifndef LS_ENCODING_H
#define LS_ENCODING_H

#include <stddef.h>
#include <stdint.h>

#include "leakscope/leakscope.h"

/* Length of the valid UTF-8 sequence at s[0..n), or 0 if it is invalid (overlong forms,
 * surrogates and code points above U+10FFFF are invalid). *cp receives the code point. */
size_t ls_utf8_decode(const unsigned char *s, size_t n, uint32_t *cp);

/* Encode cp as UTF-8 into out (room for 4 bytes); returns the length. */
size_t ls_utf8_encode(uint32_t cp, char *out);

/* Count valid multi-byte sequences and invalid bytes in s (ASCII runs are skipped fast). */
void ls_utf8_scan(const unsigned char *s, size_t n, uint64_t *multibyte, uint64_t *invalid);

/* The Unicode code point of a single-byte-encoded byte. */
uint32_t ls_single_byte_to_cp(ls_encoding e, unsigned char b);

/* Transcode a Windows-1252 / Latin-1 value to UTF-8. out must hold 3*n bytes. */
size_t ls_transcode_to_utf8(ls_encoding e, const char *s, size_t n, char *out);

/* Simple (1:1) case folding: Latin-1, Latin Extended-A, Greek, Cyrillic basic. Code points
 * outside these blocks are returned unchanged. */
uint32_t ls_casefold_cp(uint32_t cp);

#endif
