/* values: one parsed value of a structured record (SQL tuple, JSON document), as the SQL
 * and JSON parsers hand them to the pipeline.
 *
 * A value is pointer + length. It points into the caller's input chunk when the value
 * needed no unescaping and lies whole in that chunk (zero copy), else into the parser's
 * own scratch buffer. Either way it is valid only during the callback that receives it:
 * whoever keeps it must copy it. Strings are delivered unescaped (backslash escapes,
 * doubled quotes, JSON \uXXXX resolved to UTF-8). */
#ifndef LS_VALUES_H
#define LS_VALUES_H

#include <stdint.h>

typedef enum {
    LS_VAL_STRING = 0, /* quoted string, unescaped */
    LS_VAL_NUMBER,     /* unquoted number literal, as written ("42", "-1.5e3") */
    LS_VAL_NULL,       /* SQL NULL, PostgreSQL \N, JSON null: len 0 */
    LS_VAL_BOOL,       /* "true" / "false" (SQL TRUE/FALSE, JSON true/false), lower case */
    LS_VAL_BINARY,     /* SQL 0x.. / X'..' / b'..' / _binary '..': the literal's text as
                        * written without the quotes/prefix (hex digits stay hex text) */
    LS_VAL_OTHER       /* any other unquoted SQL expression (NOW(), CURRENT_TIMESTAMP...),
                        * its text trimmed */
} ls_value_kind;

typedef struct {
    const char *p;
    uint32_t len;
    uint32_t col; /* SQL: position in the tuple (0-based); JSON: the path id */
    uint8_t kind; /* ls_value_kind */
} ls_value;

/* Why a record is malformed (0 = it is not). The record is still delivered (with the
 * values that could be read) so it is counted, never silently dropped. */
typedef enum {
    LS_VREC_OK = 0,
    LS_VREC_SYNTAX,    /* could not be parsed; values may be empty or partial */
    LS_VREC_OVERSIZED, /* longer than the parser's max_record_bytes: skipped, no values */
    LS_VREC_NUL,       /* held a NUL byte outside a string */
    LS_VREC_TOO_DEEP   /* JSON: nested deeper than LS_JSON_MAX_DEPTH; skipped, no values */
} ls_vrec_problem;

#endif
