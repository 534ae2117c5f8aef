/* json: a streaming reader for JSON exports: JSON lines (NDJSON, mongoexport default) and
 * a top-level JSON array of records (mongoexport --jsonArray, most "export to JSON" tools).
 *
 * A record is one line (JSON lines) or one element of the top-level array. Its values are
 * flattened to field paths: {"a":{"b":1}} gives the path "a.b"; array elements share the
 * path of their array plus "[]": {"phones":["1","2"]} gives "phones[]" twice, and
 * {"x":[{"zip":"1"}]} gives "x[].zip". A record that is not an object (a bare string,
 * number...) gives one value at the path "$". Paths are interned: each distinct path gets
 * an id (0, 1, ... in order of first sight) and values carry the id in ls_value.col. An
 * empty object or array gives no value (the record may have none).
 *
 * MongoDB extended JSON is unwrapped: an object whose only key is one of $oid, $date,
 * $numberLong, $numberInt, $numberDouble, $numberDecimal, $symbol, $uuid is replaced by
 * its value ({"$date":{"$numberLong":"1"}} nests), with the kind it stands for (numbers
 * as LS_VAL_NUMBER, the rest LS_VAL_STRING). $binary {"base64":..} gives the base64 text.
 *
 * Strings are unescaped (\" \\ \/ \b \f \n \r \t \uXXXX with surrogate pairs to UTF-8; a
 * lone surrogate becomes U+FFFD). Numbers, true/false and null keep their text (null has
 * len 0, kind LS_VAL_NULL).
 *
 * Push parser, like sql.h: the caller feeds chunks of any size; memory is bounded by one
 * record (max_record_bytes; a longer record is skipped and delivered as
 * LS_VREC_OVERSIZED). Depth is capped at 64 (deeper → LS_VREC_SYNTAX).
 *
 * Errors: JSON lines: a line that is not valid JSON is one record, LS_VREC_SYNTAX, with no
 * values; the next line is read normally. Array mode: an element that is not valid JSON is
 * LS_VREC_SYNTAX and the parser resynchronises at the next line that starts (after blanks)
 * with '{' or ",{"; input after the closing ']' that is not blank is reported in the stats
 * (trailing_garbage). Blank lines are counted, never records. Linear time on any input.
 *
 * Mode: LS_JSON_AUTO decides from the first non-blank byte (after a BOM): '[' is an array
 * export, anything else JSON lines.
 *
 * HowTo
 *     ls_json_callbacks cb = {.on_record = r, .ctx = me};
 *     ls_json_parser *p = ls_json_parser_create(LS_JSON_AUTO, 64 << 20, &cb);
 *     while ((n = read_chunk(buf)) > 0) if (ls_json_parser_feed(p, buf, n) != 0) break;
 *     ls_json_parser_finish(p);
 *     for (uint32_t i = 0; i < ls_json_path_count(p); i++) puts(ls_json_path_name(p, i));
 *     ls_json_parser_free(p);
 */
#ifndef LS_JSON_H
#define LS_JSON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "parse/values.h"

typedef enum { LS_JSON_AUTO = 0, LS_JSON_LINES, LS_JSON_ARRAY } ls_json_mode;

typedef struct {
    void *ctx;
    /* One record: nvals values in document order; vals[i].col is the path id (use
     * ls_json_path_name from inside the callback if needed). `offset`: input byte offset
     * where the record starts. Valid during the call only. Return non-zero to stop. */
    int (*on_record)(void *ctx, const ls_value *vals, uint32_t nvals, ls_vrec_problem problem,
                     uint64_t offset);
} ls_json_callbacks;

typedef struct {
    uint64_t bytes;
    uint64_t records, malformed, oversized, blank_lines;
    bool unterminated;     /* array mode: the input ended before the closing ']' */
    bool trailing_garbage; /* array mode: non-blank bytes after the closing ']' */
    ls_json_mode mode;     /* decided */
} ls_json_stats;

typedef struct ls_json_parser ls_json_parser;

ls_json_parser *ls_json_parser_create(ls_json_mode mode, size_t max_record_bytes,
                                      const ls_json_callbacks *cb);
int ls_json_parser_feed(ls_json_parser *p, const char *data, size_t len);
int ls_json_parser_finish(ls_json_parser *p);
void ls_json_parser_stats(const ls_json_parser *p, ls_json_stats *out);
/* Path by id ("address.zip", "phones[]", "$"), NUL-terminated, owned by the parser. */
const char *ls_json_path_name(const ls_json_parser *p, uint32_t id);
uint32_t ls_json_path_count(const ls_json_parser *p);
void ls_json_parser_free(ls_json_parser *p); /* accepts NULL */

/* Does this look like JSON lines or a JSON array export? True when the first non-blank
 * byte (after a BOM) is '{' or '[' and the head parses as JSON up to where it is cut. */
bool ls_json_sniff(const char *head, size_t len);

#endif
