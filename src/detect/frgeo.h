/* frgeo: French geography for the fabrication signals' cross-column checks — which
 * département a commune, a postal code and a NIR's birth place point to.
 *
 * The commune list is deliberately small and documented (frgeo.c): the 101 prefectures
 * and ~170 other large communes, which together cover most of the population of a national
 * dump. A commune not in the list is "not checkable", never a mismatch, so the list's size
 * only limits coverage (the report states how many records could be checked).
 *
 * Département codes are compared in a canonical form: "01".."95" (Corsica "2A", "2B" and
 * the pre-1976 "20" all become "20", as Corsican postal codes are 20xxx), "971".."976".
 * No allocation, no locale, no global state after the first call: safe from any thread. */
#ifndef LS_FRGEO_H
#define LS_FRGEO_H

#include <stdbool.h>
#include <stddef.h>

/* Canonical département codes: up to 3 characters, the rest of the 4 bytes NUL (every
 * function here fills all 4, so two codes compare with memcmp(a, b, sizeof(ls_dept))). */
typedef char ls_dept[4];

/* Fold a commune name for lookup: ASCII lower case, Latin-1 accents removed (œ → oe),
 * hyphens, apostrophes, dots and brackets as spaces, "st"/"ste" as "saint"/"sainte", and
 * everything from "cedex" on, trailing numbers and ordinals ("Paris 15e", "Lyon 3") dropped.
 * Returns the length written to out (cap bytes), 0 when nothing is left. */
size_t ls_frgeo_fold(const char *s, size_t n, char *out, size_t cap);

/* The départements a commune name (UTF-8, any spelling) may be in: 0 when the commune is
 * not in the list, 1, or 2 for names shared by two large communes (Saint-Denis 93 / 974). */
int ls_frgeo_city_depts(const char *s, size_t n, ls_dept out[2]);

/* The département of a 5-digit French postal code (01000 → "01", 20137 → "20", 97400 →
 * "974"); false when s is not 5 digits. Postal codes follow départements except for a few
 * communes served from a neighbouring département's office (a small, real mismatch rate). */
bool ls_frgeo_postal_dept(const char *s, size_t n, ls_dept out);

/* The birth département of a NIR in its 15-character normal form (positions 6-7, or 6-8
 * for 97x/98x); false for 99 (born abroad) and anything that is not such a NIR. */
bool ls_frgeo_nir_dept(const char *nir15, ls_dept out);

/* Canonical comparison ("2A" == "20"). */
bool ls_frgeo_same_dept(const char *a, const char *b);

#endif
