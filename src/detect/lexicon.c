/* lexicon.c — the compiled-in word lists and their look-up (see lexicon.h). */
#include "detect/lexicon.h"

#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "detect/v_common.h"

typedef struct {
    char *arena;     /* keys, each NUL-terminated */
    uint32_t *slots; /* arena offset + 1 of a key; 0 = empty */
    uint32_t mask;
    size_t count, unfoldable;
} lexicon;

static lexicon lexicons[LS_LEX__COUNT];
static pthread_once_t lex_once = PTHREAD_ONCE_INIT;

static uint32_t key_hash(const char *k, size_t n)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)k[i]) * 16777619u;
    return h ^ (h >> 15);
}

/* ls_lex_key: see lexicon.h. Separators become one space between letters; apostrophes
 * vanish ("O'Brien" = "OBrien"), so do the dots of "St." (read as a word break). */
int ls_lex_key(ls_lex_id id, const char *s, size_t n, char *key, size_t cap)
{
    char f[2 * LS_LEX_KEY_MAX + 2];
    while (n && (*s == ' ' || *s == '\t'))
        s++, n--;
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t'))
        n--;
    if (n == 0 || n > 2 * LS_LEX_KEY_MAX) return -1;
    /* Values the validators pass in are often folded already (lower-case ASCII): copy
     * them rather than fold them a second time. */
    size_t plain = 0;
    while (plain < n && ((s[plain] >= 'a' && s[plain] <= 'z') || s[plain] == ' ' ||
                         s[plain] == '-' || s[plain] == '\'' || s[plain] == '.'))
        plain++;
    int k;
    if (plain == n) {
        memcpy(f, s, n);
        k = (int)n;
    } else {
        k = lsv_fold_name(s, n, f, sizeof f, " -'.");
    }
    if (k <= 0) return -1;
    size_t o = 0;
    int gap = 0;
    for (int i = 0; i < k; i++) {
        char c = f[i];
        if (c == '\'') continue;
        if (c == ' ' || c == '-' || c == '.') {
            gap = 1;
            continue;
        }
        if (o + 2 >= cap) return -1;
        if (gap && o) key[o++] = ' ';
        gap = 0;
        key[o++] = c;
    }
    if (o == 0) return -1;
    if (id == LS_LEX_PLACES) { /* saint -> st, sainte -> ste, word by word */
        size_t w = 0, r = 0;
        while (r < o) {
            size_t e = r;
            while (e < o && key[e] != ' ')
                e++;
            size_t len = e - r;
            if ((len == 5 || len == 6) && memcmp(key + r, "saint", 5) == 0 &&
                (len == 5 || key[r + 5] == 'e')) {
                key[w++] = 's', key[w++] = 't';
                if (len == 6) key[w++] = 'e';
            } else {
                memmove(key + w, key + r, len);
                w += len;
            }
            if (e < o) key[w++] = ' ';
            r = e + 1;
        }
        o = w;
    }
    key[o] = '\0';
    return (int)o;
}

static bool has_key(const lexicon *lx, const char *key, size_t n)
{
    for (uint32_t h = key_hash(key, n) & lx->mask;; h = (h + 1) & lx->mask) {
        uint32_t off = lx->slots[h];
        if (!off) return false;
        const char *w = lx->arena + off - 1;
        if (strncmp(w, key, n) == 0 && w[n] == '\0') return true;
    }
}

/* Fold one generated list into its table. Entries that fold to the same key ("Zoé",
 * "Zoe") are stored once. Allocation failure leaves an empty table (nothing listed): the
 * classifier then falls back to its other rules, it never crashes. */
static void build(lexicon *lx, ls_lex_id id, const char *text, size_t size)
{
    size_t entries = 0;
    for (size_t i = 0; i < size; i++)
        entries += text[i] == '\n';
    uint32_t cap = 1024;
    while (cap < 2 * entries + 1)
        cap <<= 1;
    lx->slots = calloc(cap, sizeof *lx->slots);
    lx->arena = malloc(size + 2);
    if (!lx->slots || !lx->arena) {
        free(lx->slots), free(lx->arena);
        static uint32_t empty_slot;
        lx->slots = &empty_slot, lx->arena = NULL, lx->mask = 0;
        return;
    }
    lx->mask = cap - 1;
    size_t used = 0;
    for (size_t i = 0; i < size;) {
        const char *line = text + i;
        const char *nl = memchr(line, '\n', size - i);
        size_t len = nl ? (size_t)(nl - line) : size - i;
        i += len + 1;
        char key[LS_LEX_KEY_MAX + 1];
        int k = ls_lex_key(id, line, len, key, sizeof key);
        if (k < 0) {
            lx->unfoldable++;
            continue;
        }
        if (has_key(lx, key, (size_t)k)) continue;
        /* Keys are never longer than their entry, so the arena (size + 2) suffices. */
        memcpy(lx->arena + used, key, (size_t)k + 1);
        uint32_t h = key_hash(key, (size_t)k) & lx->mask;
        while (lx->slots[h])
            h = (h + 1) & lx->mask;
        lx->slots[h] = (uint32_t)used + 1;
        used += (size_t)k + 1;
        lx->count++;
    }
}

static void build_all(void)
{
    build(&lexicons[LS_LEX_FIRST_NAMES], LS_LEX_FIRST_NAMES, ls_lex_first_names_text,
          ls_lex_first_names_size);
    build(&lexicons[LS_LEX_SURNAMES], LS_LEX_SURNAMES, ls_lex_surnames_text, ls_lex_surnames_size);
    build(&lexicons[LS_LEX_PLACES], LS_LEX_PLACES, ls_lex_places_text, ls_lex_places_size);
}

static const lexicon *get(ls_lex_id id)
{
    if ((unsigned)id >= LS_LEX__COUNT) return NULL;
    pthread_once(&lex_once, build_all);
    return &lexicons[id];
}

bool ls_lex_has_key(ls_lex_id id, const char *key, size_t n)
{
    const lexicon *lx = get(id);
    return lx && n && has_key(lx, key, n);
}

/* Surname particles: neutral parts of "van der Berg", "de la Fontaine", "dos Santos". */
static bool particle(const char *w, size_t n)
{
    static const char *const p[] = {"af",  "d",   "da",  "das", "de",  "del", "della", "den",
                                    "der", "des", "di",  "do",  "dos", "du",  "la",    "le",
                                    "les", "lo",  "ten", "ter", "van", "von", "y",     "zu"};
    for (size_t i = 0; i < sizeof p / sizeof p[0]; i++)
        if (strlen(p[i]) == n && memcmp(p[i], w, n) == 0) return true;
    return false;
}

bool ls_lex_contains(ls_lex_id id, const char *s, size_t n)
{
    const lexicon *lx = get(id);
    char key[LS_LEX_KEY_MAX + 1];
    int k = lx ? ls_lex_key(id, s, n, key, sizeof key) : -1;
    if (k < 2) return false;
    if (has_key(lx, key, (size_t)k)) return true;
    if (id == LS_LEX_PLACES) return false;
    size_t listed = 0, parts = 0;
    for (size_t a = 0; a < (size_t)k;) {
        size_t e = a;
        while (e < (size_t)k && key[e] != ' ')
            e++;
        parts++;
        if (id == LS_LEX_SURNAMES && particle(key + a, e - a)) {
            a = e + 1;
            continue;
        }
        if (!has_key(lx, key + a, e - a)) return false;
        listed++;
        a = e + 1;
    }
    return id == LS_LEX_FIRST_NAMES ? parts >= 2 && listed == parts : parts >= 2 && listed >= 1;
}

size_t ls_lex_count(ls_lex_id id)
{
    const lexicon *lx = get(id);
    return lx ? lx->count : 0;
}

size_t ls_lex_unfoldable(ls_lex_id id)
{
    const lexicon *lx = get(id);
    return lx ? lx->unfoldable : 0;
}
