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

#endif
