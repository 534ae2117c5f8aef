/* v_identity.h — internal: the compiled-in first-name list (firstnames.c). */
#ifndef LEAKSCOPE_DETECT_V_IDENTITY_H
#define LEAKSCOPE_DETECT_V_IDENTITY_H

#include <stddef.h>
#include <stdint.h>

/* Sorted (byte order), folded lower-case ASCII first names. */
extern const char *const ls_first_names[];
extern const size_t ls_first_names_count;

/* Hash table of indexes into ls_first_names (0xffff = empty), linear probing. */
#define LS_FIRST_NAMES_HASH_SIZE 4096u
extern const uint16_t ls_first_names_hash[LS_FIRST_NAMES_HASH_SIZE];

/* FNV-1a over the folded name, folded to the table size. The generator of firstnames.c
 * computes exactly this; changing it means regenerating the table. */
static inline unsigned ls_name_hash(const char *s, size_t n)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)s[i]) * 16777619u;
    return (h ^ (h >> 16)) & (LS_FIRST_NAMES_HASH_SIZE - 1);
}

#endif
