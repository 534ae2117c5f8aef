/* jsonr: a small JSON reader into a tree, for reading leakscope's own reports back
 * (`leakscope verify-manifest report.json`). RFC 8259: objects, arrays, strings (escapes
 * and surrogate pairs decoded to UTF-8), numbers, true/false/null; nesting is bounded
 * (LS_JSONR_MAX_DEPTH) so a hostile file cannot exhaust the stack.
 *
 * HowTo
 *     char err[128];
 *     ls_jv *root = ls_jsonr_parse(text, len, err, sizeof err);
 *     if (!root) ...err says where and why...;
 *     const ls_jv *files = ls_jv_get(ls_jv_get(root, "manifest"), "files");
 *     for (size_t i = 0; files && i < files->n; i++) ... files->items[i] ...;
 *     ls_jv_free(root); */
#ifndef LS_JSONR_H
#define LS_JSONR_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define LS_JSONR_MAX_DEPTH 64

typedef enum {
    LS_JV_NULL,
    LS_JV_BOOL,
    LS_JV_NUMBER,
    LS_JV_STRING,
    LS_JV_ARRAY,
    LS_JV_OBJECT
} ls_jv_kind;

typedef struct ls_jv {
    ls_jv_kind kind;
    bool b;       /* BOOL */
    double num;   /* NUMBER */
    uint64_t u64; /* NUMBER: the exact value when is_u64 (byte counts beyond 2^53) */
    bool is_u64;
    char *str; /* STRING: NUL-terminated UTF-8 (may hold NULs: see len) */
    size_t len;
    size_t n; /* ARRAY / OBJECT: elements */
    struct ls_jv *items;
    char **keys; /* OBJECT: keys[i] names items[i] */
} ls_jv;

/* Parse the whole of text (trailing white space allowed). NULL on error or out of memory,
 * with a sentence in err ("line 3: expected ':'"). */
ls_jv *ls_jsonr_parse(const char *text, size_t n, char *err, size_t errcap);
void ls_jv_free(ls_jv *v); /* accepts NULL */

/* The member `key` of an object (the first, if repeated); NULL if v is not an object or
 * has no such member. Accepts NULL. */
const ls_jv *ls_jv_get(const ls_jv *v, const char *key);
/* The string of a STRING value, NULL otherwise (accepts NULL). */
const char *ls_jv_str(const ls_jv *v);

#endif
