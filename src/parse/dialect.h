/* ls_dialect: how the bytes of one input are cut into records and fields. The sniffer
 * fills it; the splitter and tokenizer read it. */
#ifndef LS_DIALECT_H
#define LS_DIALECT_H

#include <stddef.h>
#include <stdint.h>

#include "leakscope/leakscope.h"

/* A quoted field may hold newlines, but only within this many bytes of its opening quote:
 * past it, the quote is taken as a stray literal (see tokenize.h, rule R3). */
#define LS_DEFAULT_MAX_QUOTED_SPAN ((size_t)1 << 20)

typedef struct {
    ls_format format;
    uint8_t delimiter;        /* CSV/COMBO separator; for LINES equal to newline_char */
    uint8_t quote;            /* 0: quoting off (combo lists, one value per line) */
    uint8_t newline_char;     /* '\n' (LF and CRLF files) or '\r' (classic Mac files) */
    uint32_t expected_fields; /* header or modal field count; 0 = unknown */
    size_t max_quoted_span;
    size_t max_record_bytes;
} ls_dialect;

#endif
