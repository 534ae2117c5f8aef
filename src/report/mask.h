/* mask: the only way a value of the data may reach a report. A masked sample shows the
 * shape of a value (that a column holds French mobile numbers, Gmail addresses, NIRs of
 * people born in 1985) without identifying anyone. */
#ifndef LS_MASK_H
#define LS_MASK_H

#include <stddef.h>

#include "detect/types.h"

#define LS_MASK_MAX 64 /* a masked value, NUL included, always fits */

/* Mask a value of type t (normalised form preferred: E.164 phone, 15-char NIR, ...) into
 * out (LS_MASK_MAX bytes, NUL-terminated). Never copies more than a few characters of the
 * input, and none at all for passwords. */
void ls_mask_value(ls_type t, const char *s, size_t n, char *out);

/* Mask, in place, what is shaped like personal data inside a name the report prints: a
 * column name, a SQL table, a JSON key, a file or archive member path (issue 13: a
 * header, a table or a file may be named after a person). E-mail addresses keep their
 * first characters and top-level domain (a***@e******.com), runs of 9 digits or more their
 * last two (06******78). The length does not change. */
void ls_mask_name(char *s);

/* s masked with ls_mask_name: in buf (cap bytes) when it fits, else in *heap, which the
 * caller frees (NULL when buf was used). NULL for NULL; never the raw name. */
const char *ls_mask_name_into(const char *s, char *buf, size_t cap, char **heap);

#endif
