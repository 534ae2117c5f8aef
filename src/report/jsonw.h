/* jsonw: a minimal streaming JSON writer (comma and nesting bookkeeping, string escaping).
 * Strings are written as valid JSON whatever their bytes: control characters are escaped
 * and invalid UTF-8 becomes U+FFFD, so a report is always parseable. */
#ifndef LS_JSONW_H
#define LS_JSONW_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#define LS_JSONW_MAX_DEPTH 32

typedef struct {
    FILE *out;
    bool pretty;
    int depth;
    bool first[LS_JSONW_MAX_DEPTH]; /* no element written yet at this depth */
    bool after_key;
} ls_jsonw;

void ls_jw_init(ls_jsonw *w, FILE *out, bool pretty);
void ls_jw_object_begin(ls_jsonw *w);
void ls_jw_object_end(ls_jsonw *w);
void ls_jw_array_begin(ls_jsonw *w);
void ls_jw_array_end(ls_jsonw *w);
void ls_jw_key(ls_jsonw *w, const char *key);
void ls_jw_string(ls_jsonw *w, const char *s);
void ls_jw_string_n(ls_jsonw *w, const char *s, size_t n);
void ls_jw_u64(ls_jsonw *w, uint64_t v);
void ls_jw_double(ls_jsonw *w, double v);
void ls_jw_bool(ls_jsonw *w, bool v);
void ls_jw_null(ls_jsonw *w);
/* s, or null when s is NULL or empty (an optional digest or id the report keeps as a key). */
void ls_jw_string_or_null(ls_jsonw *w, const char *s);

#endif
