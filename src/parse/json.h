/* json: a streaming reader for JSON exports: JSON lines (NDJSON, mongoexport default), a
 * top-level JSON array of records (mongoexport --jsonArray, most "export to JSON" tools),
 * and one top-level object wrapping the array of records (web API and admin panel dumps:
 * {"status":"ok","data":[{...},{...}],"page":1}).
 *
 * A record is one line (JSON lines), one element of the top-level array, or one element of
 * the wrapped array (wrapped mode, below). Its values are
 * flattened to field paths: {"a":{"b":1}} gives the path "a.b"; array elements share the
 * path of their array plus "[]": {"phones":["1","2"]} gives "phones[]" twice, and
 * {"x":[{"zip":"1"}]} gives "x[].zip". A record that is not an object (a bare string,
 * number...) gives one value at the path "$"; a record that is an array gives its elements
 * at "$[]" ([[1],{"a":2}] gives "$[][]" and "$[].a"). Paths are interned: each distinct
 * path gets an id (0, 1, ... in order of first sight in delivered values) and values carry
 * the id in ls_value.col. Values come in document order; a key repeated in one object
 * gives all its values. An empty object or array gives no value (the record may have none).
 * Keys are not escaped in paths: a key "a.b" and the nesting {"a":{"b":..}} both print as
 * "a.b" (two ids), an empty key gives "" or "a.".
 *
 * MongoDB extended JSON is unwrapped: an object whose only key is one of $oid, $date,
 * $numberLong, $numberInt, $numberDouble, $numberDecimal, $symbol, $uuid is replaced by
 * its value ({"$date":{"$numberLong":"1"}} nests), with the kind it stands for (numbers
 * as LS_VAL_NUMBER, the rest LS_VAL_STRING, $date included). $binary
 * {"base64":..,"subType":..} gives the base64 text. The wrapped value must be a string or a
 * number; an object with more keys than the single $-key (the legacy {"$binary":..,
 * "$type":..} included) is an ordinary object.
 *
 * Strings are unescaped (\" \\ \/ \b \f \n \r \t \uXXXX with surrogate pairs to UTF-8; a
 * lone surrogate becomes U+FFFD); raw control bytes and invalid UTF-8 inside strings are
 * kept as they are. Numbers, true/false and null keep their text (null has len 0, kind
 * LS_VAL_NULL). Numbers follow the JSON grammar (01, +1, .5, 0x1F are syntax errors) plus
 * NaN, Infinity and -Infinity, which Python's json module writes.
 *
 * Push parser, like sql.h: the caller feeds chunks of any size, and the records, values,
 * problems, offsets and paths do not depend on where the chunks were cut. A value that
 * needs no unescaping points into the caller's chunk when its record lies whole in it;
 * unescaped strings, and records read from the parser's copy of the bytes (a record cut by
 * a chunk boundary; in array and wrapped modes also the elements copied with it, at most
 * about its size + 4 KiB; in auto mode the head held until the mode is decided: an input
 * starting with '[' up to the end of its first line, one starting with '{' up to the first
 * non-blank byte after its first value or the end of the input, at most 1 MiB) point into
 * parser-owned memory. Memory is bounded by one record plus the path table: a record
 * longer than max_record_bytes (JSON lines: the line's bytes before '\n'; array and wrapped
 * modes: the element's bytes) is skipped to its end -- the line end, or the element's end
 * by bracket depth, string-aware -- and delivered as LS_VREC_OVERSIZED. Depth is capped at
 * LS_JSON_MAX_DEPTH (64) nested objects/arrays per record, the enclosing array of array mode
 * and the wrapper of wrapped mode not counted: a deeper record is delivered as
 * LS_VREC_TOO_DEEP (an array element or multi-line document is skipped to its end by
 * bracket depth, a JSON line to its line end). Linear time on any input.
 *
 * Keys that are data. Exports keyed by the person (Firebase: {"users": {"alice@x.fr":
 * {"phone": ..}, "uid42..": {..}}}) must not turn each person into a path: a path is printed
 * in reports. A key is data when (a) it is shaped like personal data or an identifier (an
 * e-mail, 6+ digits, 4+ digits without letters, a 16+ byte token of letters and digits
 * without blanks or '_', a Firebase push id "-M..."; see key_is_data_shaped), or (b) its
 * object is a map: an object seen with 16 or more keys whose values are all objects, or
 * 4 or more whose values are all objects opening with the same key -- from then on every
 * key of an object at that path is data (the record where this is found is parsed again,
 * so none of its keys becomes a path). A data key under path P is delivered as a string
 * value at "P.*" ("*" at the top level); its value's paths hang under it: "P.*.phone",
 * "P.*[]", and a scalar value goes to "P.*=". So {"users":{"a@x.fr":{"phone":"1"}}} gives
 * "users.*" = "a@x.fr" and "users.*.phone" = "1"; {"a@x.fr": "x"} gives "*" = "a@x.fr"
 * and "*=" = "x". Keys of an object met before its path was known as a map (in earlier
 * records) keep their paths -- which is why a reader should first call
 * ls_json_parser_prescan with the input's head: (c) a path whose objects, over the records
 * of the head, mostly hold keys no other object there holds (16+ objects and 16+ distinct
 * keys, more than 3 in 4 key occurrences distinct: JSON lines keyed by user name,
 * {"alice":{..}} then {"bob":{..}}) is a map from the first record on, so none of its keys
 * ever becomes a path.
 *
 * Errors: a record that is not valid JSON is delivered with no values, as LS_VREC_NUL when
 * the parse stopped at a NUL byte (outside a string), else LS_VREC_SYNTAX. JSON lines: a
 * bad line is one record; the next line is read normally. Array mode: after a malformed
 * element the parser resynchronises at the next '{' that starts a line (after blanks) or
 * follows a ',' (after blanks) -- the element boundary of pretty-printed and of one-line
 * exports; a stray byte between elements is a malformed record of its own, followed by the
 * same resynchronisation; a missing comma between objects and a trailing comma before ']'
 * are tolerated. Input after the closing ']' that is not blank is reported in the stats
 * (trailing_garbage); the input ending before the closing ']' sets unterminated (records
 * read are kept; when the input ends while resynchronising, unterminated is set unless its
 * last non-blank byte is ']').
 *
 * Pretty-printed documents in JSON lines (mongoexport --pretty, `jq .`): a line holding
 * only '{' or '[' starts a document read across lines up to its closing bracket (offset:
 * that line). If it is malformed, the lines up to the next one that starts with '{' in its
 * first column are skipped; bytes after the closing bracket on its line are read as a line
 * of their own.
 *
 * Blank lines (blanks only, CRLF included) are counted in JSON lines mode, never records.
 * A UTF-8 BOM at the start is skipped. Offsets: a JSON lines record starts at its line's
 * first byte (after the BOM), an array element at its first byte.
 *
 * Mode: LS_JSON_AUTO decides from the first non-blank byte (after a BOM): '[' is an array
 * export, '{' JSON lines or a wrapper (below), anything else JSON lines -- except that a
 * first line holding a whole JSON value (of at most 1 MiB) followed by a line that starts
 * with '[' too is JSON lines whose records are arrays (["Ann", "a@b.fr"] per line, the
 * tabular form of jsonlines.org). Forced LS_JSON_ARRAY on input that does not start with
 * '[' reads the objects one after another as elements (and reports unterminated).
 *
 * Wrapped mode (LS_JSON_WRAPPED): the input is one object W wrapping the records:
 *     {"status": "ok", "count": 2, "users": [{"email": ..}, {"email": ..}], "page": 1}
 *     {"result": {"total": 2, "items": [{..}, {..}]}}
 * A candidate is an array whose first element is an object ('[', blanks, '{') and that is
 * the value of a key of W (depth 1) or of a key of an object that is the value of a key of
 * W (depth 2: "result.items"). Arrays of scalars, of arrays, and empty arrays never are.
 * The records array is the largest candidate (in bytes; the first of equal ones); its
 * elements are the records, read exactly like the elements of array mode (paths relative
 * to the element: "email", not "users[].email"; offsets at the element's first byte;
 * malformed element -> LS_VREC_SYNTAX and the same resynchronisation; oversized elements
 * skipped). ls_json_records_key() names it ("users", "result.items"). The rest of W is
 * metadata, not records: wrapper_values counts its scalar values (those of a metadata value
 * longer than max_record_bytes are skipped uncounted), and every other candidate is skipped
 * (by bracket depth, string-aware) and counted in other_record_arrays -- a second array of
 * objects beside the records is not read, so the caller can warn. The input ending before
 * W's closing '}' sets unterminated (while resynchronising after a malformed element: unless
 * the last non-blank byte is '}'); non-blank bytes after it set trailing_garbage, and so
 * does a syntax error in W outside the records (the rest of the input is then not read).
 *
 * Auto mode tells a wrapper from JSON lines (whose first document may be pretty-printed over
 * many lines and hold arrays of objects, "orders": [{..}]) from the head: the bytes from the
 * first '{' on, at most 1 MiB. The input is wrapped when, in the head, (a) the first value
 * W is valid JSON outside its candidates as far as it goes, (b) no non-blank byte follows
 * W's closing '}' (a second document means JSON lines), and (c) W has a candidate that
 * starts in the head (one after 1 MiB of metadata is not seen: JSON lines). The
 * records array is then chosen from the head too: the candidate still open where the head
 * ends (or the input ends inside it) wins, else the largest closed one. So a file holding
 * a single document with an array of objects, however small, is a wrapper; a JSON lines
 * file whose first document is longer than 1 MiB and holds an array of objects is also read
 * as a wrapper (its later documents are then trailing_garbage). The decision depends only on
 * the bytes, never on how they are fed. Forced LS_JSON_WRAPPED chooses the records array the
 * same way (none if W has no candidate: no records); on input whose first non-blank byte is
 * not '{' it reads nothing and sets trailing_garbage.
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

/* Nesting limit of one record (objects and arrays; array mode's enclosing array and wrapped
 * mode's wrapper not counted). A deeper record is one malformed record (LS_VREC_TOO_DEEP),
 * skipped to its end by bracket depth however deep it goes; the sniffer does not look
 * deeper than this either (a head valid as far as it goes is JSON). */
#define LS_JSON_MAX_DEPTH 64

typedef enum { LS_JSON_AUTO = 0, LS_JSON_LINES, LS_JSON_ARRAY, LS_JSON_WRAPPED } ls_json_mode;

typedef struct {
    void *ctx;
    /* One record: nvals values in document order; vals[i].col is the path id (use
     * ls_json_path_name from inside the callback if needed). `offset`: input byte offset
     * where the record starts. Valid during the call only. Return non-zero to stop. */
    int (*on_record)(void *ctx, const ls_value *vals, uint32_t nvals, ls_vrec_problem problem,
                     uint64_t offset);
} ls_json_callbacks;

typedef struct {
    uint64_t bytes;        /* bytes fed */
    uint64_t records;      /* records delivered, malformed ones included */
    uint64_t malformed;    /* records with a problem (LS_VREC_OVERSIZED included) */
    uint64_t oversized;    /* records delivered as LS_VREC_OVERSIZED */
    uint64_t too_deep;     /* records delivered as LS_VREC_TOO_DEEP */
    uint64_t blank_lines;  /* JSON lines mode only */
    bool unterminated;     /* array/wrapped mode: the input ended before the closing ']'/'}' */
    bool trailing_garbage; /* array/wrapped mode: non-blank bytes after the closing ']'/'}' */
    ls_json_mode mode;     /* decided */
    /* wrapped mode only (0 otherwise) */
    uint64_t wrapper_values;      /* scalar values of the wrapper's metadata */
    uint64_t other_record_arrays; /* arrays of objects beside the records array, not read */
} ls_json_stats;

typedef struct ls_json_parser ls_json_parser;

/* max_record_bytes: the longest record delivered (0 = 64 MiB; at most 4 GiB - 3). cb is
 * copied; it may be NULL (records are only counted). NULL on out of memory. */
ls_json_parser *ls_json_parser_create(ls_json_mode mode, size_t max_record_bytes,
                                      const ls_json_callbacks *cb);
/* Feed the next len bytes. Returns 0, a callback's non-zero value, or -1 on out of memory;
 * once it returned non-zero, every later feed/finish returns the same value. */
int ls_json_parser_feed(ls_json_parser *p, const char *data, size_t len);
/* End of input: delivers the last record. Same returns as feed. */
int ls_json_parser_finish(ls_json_parser *p);

/* Before the first feed: parse a copy of the input's first len bytes (its head; a record
 * cut at the end marks nothing) with a throwaway parser, and mark as maps in p the paths
 * whose keys are data there (rule (c) above, and (b) as found in the head). Nothing is
 * delivered. 0, or -1 when out of memory (p is then as created, maps unmarked). */
int ls_json_parser_prescan(ls_json_parser *p, const char *head, size_t len);
void ls_json_parser_stats(const ls_json_parser *p, ls_json_stats *out);
/* Path by id ("address.zip", "phones[]", "$"), NUL-terminated, owned by the parser and
 * valid until ls_json_parser_free; NULL if out of range. */
const char *ls_json_path_name(const ls_json_parser *p, uint32_t id);
uint32_t ls_json_path_count(const ls_json_parser *p);
/* Wrapped mode: the key of the records array ("users", "result.items": the two keys joined
 * by '.', unescaped, a NUL byte written \u0000), owned by the parser, valid until free.
 * NULL in the other modes, before the mode is decided, or when the wrapper has no records
 * array (forced LS_JSON_WRAPPED). */
const char *ls_json_records_key(const ls_json_parser *p);
void ls_json_parser_free(ls_json_parser *p); /* accepts NULL */

/* Does this look like JSON lines, a JSON array export or a wrapper? True when the first
 * non-blank byte (after a BOM) is '{' or '[' and the head parses as JSON up to where it is
 * cut: JSON lines: the first non-blank line (or pretty-printed document) and three in four
 * of the first 16 do; array: the array up to the cut (then only blanks or more JSON); a
 * first line starting with '{' that is not a whole value: the value from there up to the
 * cut (then only blanks or more JSON), as in {"data": [\n{..},\n{..}\n]}. */
bool ls_json_sniff(const char *head, size_t len);

#endif
