/* v_identity.h — internal: the compiled-in first-name list (firstnames.c). */
#ifndef LEAKSCOPE_DETECT_V_IDENTITY_H
#define LEAKSCOPE_DETECT_V_IDENTITY_H

#include <stddef.h>

/* Sorted (byte order), folded lower-case ASCII first names. */
extern const char *const ls_first_names[];
extern const size_t ls_first_names_count;

#endif
