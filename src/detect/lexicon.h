/* lexicon.h — internal: the compiled-in word lists (first names, surnames, places) and
 * their look-up.
 *
 * The lists are generated from public packages (src/detect/lexicon/SOURCES.md) and kept
 * in their natural spelling; at first use each entry is folded with lsv_fold_name (the
 * routine that folds the values looked up) and put in an open-addressing hash table.
 * Look-ups are thread-safe and allocation-free after that one-time set-up (~10 ms,
 * ~1.5 MB, never freed). */
#ifndef LEAKSCOPE_DETECT_LEXICON_H
#define LEAKSCOPE_DETECT_LEXICON_H

#include <stdbool.h>
#include <stddef.h>

typedef enum { LS_LEX_FIRST_NAMES, LS_LEX_SURNAMES, LS_LEX_PLACES, LS_LEX__COUNT } ls_lex_id;

/* Longest key kept (folded bytes); longer values are never listed. */
#define LS_LEX_KEY_MAX 63

/* ls_lex_key: the look-up key of s[0..n) for list `id`: accents and case folded
 * (lsv_fold_name), apostrophes and dots dropped, hyphens read as spaces, runs of spaces
 * collapsed; for places "saint"/"sainte" are written "st"/"ste" ("Saint-Étienne",
 * "St Etienne" and "ST. ETIENNE" share a key). Returns the key length, or -1 when s is not
 * letters of a Latin script with those separators or the key exceeds cap - 1 bytes. */
int ls_lex_key(ls_lex_id id, const char *s, size_t n, char *key, size_t cap);

/* ls_lex_has_key: is the key (as ls_lex_key writes it) listed? */
bool ls_lex_has_key(ls_lex_id id, const char *key, size_t n);

/* ls_lex_contains: is the value s[0..n) listed, ignoring case and accents? Compound names
 * count when every part is listed: "Jean-Pierre" and "Mary Ann" as first names,
 * "Smith-Jones" and "van der Berg" as surnames (particles such as de, la, van, von, der are
 * neutral, but a surname needs one listed part besides them). Places match whole. */
bool ls_lex_contains(ls_lex_id id, const char *s, size_t n);

/* Entries of the list after set-up, and those its generator wrote that could not be
 * folded (the unit test requires 0: the generator's filter and the fold agree). */
size_t ls_lex_count(ls_lex_id id);
size_t ls_lex_unfoldable(ls_lex_id id);

/* The generated lists (src/detect/lexicon/: first_names.c, surnames.c, places.c), entries
 * each ended by a newline. */
extern const char ls_lex_first_names_text[];
extern const size_t ls_lex_first_names_size;
extern const char ls_lex_surnames_text[];
extern const size_t ls_lex_surnames_size;
extern const char ls_lex_places_text[];
extern const size_t ls_lex_places_size;

#endif
