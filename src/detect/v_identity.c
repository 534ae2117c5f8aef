/* v_identity.c — gender and civility titles, first/last/full names, street addresses,
 * cities, places of birth, countries; plus the generic number shape. */
#include "detect/v_common.h"
#include "detect/lexicon.h"

/* Strip one trailing '.' ("M.", "Mme.") and fold; returns the folded length or -1. */
static int fold_word(const char *s, size_t n, char *out, size_t cap)
{
    if (n && s[n - 1] == '.') n--;
    return n ? lsv_fold_name(s, n, out, cap, "") : -1;
}

static const struct {
    const char *w;
    unsigned char g;
    unsigned char title;
} gender_words[] = {
    {"dr", LS_GENDER_UNSPECIFIED, 1}, {"docteur", LS_GENDER_UNSPECIFIED, 1},
    {"f", LS_GENDER_FEMALE, 0},       {"fem", LS_GENDER_FEMALE, 0},
    {"female", LS_GENDER_FEMALE, 0},  {"feminin", LS_GENDER_FEMALE, 0},
    {"femme", LS_GENDER_FEMALE, 0},   {"fille", LS_GENDER_FEMALE, 0},
    {"garcon", LS_GENDER_MALE, 0},    {"h", LS_GENDER_MALE, 0},
    {"homme", LS_GENDER_MALE, 0},     {"m", LS_GENDER_MALE, 0},
    {"madame", LS_GENDER_FEMALE, 1},  {"mademoiselle", LS_GENDER_FEMALE, 1},
    {"male", LS_GENDER_MALE, 0},      {"man", LS_GENDER_MALE, 0},
    {"masc", LS_GENDER_MALE, 0},      {"masculin", LS_GENDER_MALE, 0},
    {"miss", LS_GENDER_FEMALE, 1},    {"mlle", LS_GENDER_FEMALE, 1},
    {"mme", LS_GENDER_FEMALE, 1},     {"monsieur", LS_GENDER_MALE, 1},
    {"mr", LS_GENDER_MALE, 1},        {"mrs", LS_GENDER_FEMALE, 1},
    {"ms", LS_GENDER_FEMALE, 1},      {"mx", LS_GENDER_UNSPECIFIED, 1},
    {"pr", LS_GENDER_UNSPECIFIED, 1}, {"woman", LS_GENDER_FEMALE, 0},
    {"x", LS_GENDER_UNSPECIFIED, 0}, /* sex "X" of passports; also our normal form */
};

/* ls_validate_gender_ex: sex or civility title.
 *
 * Accepted (any case, accents optional, one trailing '.' ignored): M F H; homme femme
 * garçon fille; male female man woman; masculin féminin masc fem; X; and the titles M.
 * Monsieur Mme Madame Mlle Mademoiselle Mr Mrs Ms Miss Mx Dr Docteur Pr (Dr, Pr and Mx
 * carry no sex). NIR-style 1/2 codes are NOT accepted: a 1/2 column is far more often a
 * flag or a count, and the classifier can map it from a header hint. No INVALID verdict:
 * a word is in the list or not. Normal form "M", "F" or "X". detail: ls_gender |
 * LS_GENDER_F_TITLE. */
ls_verdict ls_validate_gender_ex(const char *s, size_t n, char *norm, size_t *norm_len,
                                 uint32_t *detail)
{
    char b[16];
    lsv_set_detail(detail, 0);
    lsv_trim(&s, &n);
    if (n == 0 || n > 16) return lsv_not(norm_len);
    int k = fold_word(s, n, b, sizeof b);
    if (k <= 0) return lsv_not(norm_len);
    for (size_t i = 0; i < sizeof gender_words / sizeof gender_words[0]; i++) {
        const char *w = gender_words[i].w;
        if (strlen(w) == (size_t)k && memcmp(w, b, (size_t)k) == 0) {
            unsigned g = gender_words[i].g;
            /* "M." with its dot is the French title Monsieur. */
            int title = gender_words[i].title || (k == 1 && s[n - 1] == '.');
            lsv_set_detail(detail, g | (title ? LS_GENDER_F_TITLE : 0));
            const char *o = g == LS_GENDER_MALE ? "M" : g == LS_GENDER_FEMALE ? "F" : "X";
            return lsv_out(LS_VERDICT_VALID, norm, norm_len, o, 1);
        }
    }
    return lsv_not(norm_len);
}

static int name_cmp(const char *a, size_t n, const char *b)
{
    size_t i = 0;
    for (; i < n && b[i]; i++)
        if (a[i] != b[i]) return (unsigned char)a[i] < (unsigned char)b[i] ? -1 : 1;
    if (i < n) return 1;  /* a is longer */
    return b[i] ? -1 : 0; /* b is longer */
}

/* Is the folded name f[0..n) a listed first name, or a compound (hyphen/space) of them?
 * The list is generated from public packages (src/detect/lexicon/SOURCES.md). */
static int folded_first_name(const char *f, size_t n)
{
    return n >= 2 && ls_lex_contains(LS_LEX_FIRST_NAMES, f, n);
}

/* ls_is_common_first_name: membership in the compiled-in list (lexicon.h, ~9,300
 * names of English and European languages), ignoring case and accents, in UTF-8 or Windows-1252.
 * "Jean-Pierre" and "Marie Claire" match when each part is a known name. One hash probe, one
 * compare. */
bool ls_is_common_first_name(const char *s, size_t n)
{
    char f[48];
    lsv_trim(&s, &n);
    if (n < 2 || n > 40) return false;
    int k = lsv_fold_name(s, n, f, sizeof f, "- ");
    return k >= 2 && folded_first_name(f, (size_t)k);
}

/* Folded-name shape: letters, single inner separators from " -'", starting and ending
 * with a letter, at least 2 letters. */
static int folded_shape(const char *f, int k)
{
    int letters = 0;
    for (int i = 0; i < k; i++) {
        char c = f[i];
        if (c >= 'a' && c <= 'z') {
            letters++;
            continue;
        }
        if (i == 0 || i == k - 1) return 0;
        char p = f[i - 1];
        if (p == ' ' || p == '-' || p == '\'') return 0;
    }
    return letters >= 2;
}

/* ls_name_shape: could s be a person's name (or a part of one)? 2-40 bytes of letters,
 * accented Latin letters (UTF-8 or Windows-1252) included, with single hyphens,
 * apostrophes (' or ’) and spaces inside ("Jean-Pierre", "O'Brien", "de la Fontaine").
 * No digits, no other punctuation. */
bool ls_name_shape(const char *s, size_t n)
{
    char f[64];
    lsv_trim(&s, &n);
    if (n < 2 || n > 40) return false;
    int k = lsv_fold_name(s, n, f, sizeof f, " -'");
    return k >= 2 && k <= 40 && folded_shape(f, k);
}

/* Shared by first_name / last_name: name shape, normal form folded lower-case ASCII (so
 * "Hélène", "HELENE" and "helene" count once). */
static int name_norm(const char *s, size_t n, char *f, size_t cap)
{
    lsv_trim(&s, &n);
    if (n < 2 || n > 40 || lsv_data_token(s, n)) return -1;
    int k = lsv_fold_name(s, n, f, cap, " -'");
    return k >= 2 && k <= 40 && folded_shape(f, k) ? k : -1;
}

/* ls_validate_first_name_ex: VALID when the value is name-shaped and a common first name
 * (ls_is_common_first_name); INVALID when name-shaped but not in the list — a rare name,
 * or a surname in the wrong column; NOT_TYPE otherwise. A first-name column therefore
 * shows a high VALID rate, a surname column a low one. Normal form: folded lower-case
 * ASCII. detail: 0. */
ls_verdict ls_validate_first_name_ex(const char *s, size_t n, char *norm, size_t *norm_len,
                                     uint32_t *detail)
{
    char f[64];
    lsv_set_detail(detail, 0);
    int k = name_norm(s, n, f, sizeof f);
    if (k < 0) return lsv_not(norm_len);
    ls_verdict v = folded_first_name(f, (size_t)k) ? LS_VERDICT_VALID : LS_VERDICT_INVALID;
    return lsv_out(v, norm, norm_len, f, (size_t)k);
}

/* ls_validate_last_name_ex: WEAK — any name-shaped value is VALID (ls_name_shape) and
 * anything else NOT_TYPE (a surname list covers only part of a population, so being
 * unlisted is no fault of a value: the list is column evidence for the classifier); data tokens
 * such as true/null/admin (lsv_data_token) are NOT_TYPE. The classifier must take last_name from a
 * header hint (nom, surname, last_name...) or from a name-shaped column next to a first-name
 * column. Normal form: folded lower-case ASCII. detail: 0. */
ls_verdict ls_validate_last_name_ex(const char *s, size_t n, char *norm, size_t *norm_len,
                                    uint32_t *detail)
{
    char f[64];
    lsv_set_detail(detail, 0);
    int k = name_norm(s, n, f, sizeof f);
    if (k < 0) return lsv_not(norm_len);
    return lsv_out(LS_VERDICT_VALID, norm, norm_len, f, (size_t)k);
}

/* Street-type words (folded), sorted for binary search. */
static const char *const street_words[] = {
    "all",        "allee",    "alley",     "approach", "av",          "ave",      "avenue",
    "bank",       "bd",       "bld",       "blvd",     "boulevard",   "broadway", "brow",
    "causeway",   "ch",       "chase",     "chaussee", "che",         "chemin",   "cir",
    "circle",     "circus",   "cite",      "close",    "common",      "copse",    "corner",
    "cours",      "court",    "cres",      "crescent", "crest",       "croft",    "cross",
    "crossing",   "crs",      "ct",        "dale",     "dr",          "drive",    "drove",
    "embankment", "end",      "esplanade", "estate",   "faubourg",    "fbg",      "field",
    "fields",     "fold",     "gardens",   "garth",    "gate",        "glade",    "glen",
    "grange",     "green",    "grove",     "hameau",   "heights",     "highway",  "hill",
    "hollow",     "hwy",      "imp",       "impasse",  "junction",    "knoll",    "lane",
    "lawn",       "lawns",    "lea",       "ln",       "lotissement", "mail",     "manor",
    "market",     "mead",     "meadow",    "meadows",  "mews",        "mill",     "montee",
    "mount",      "nook",     "orchard",   "paddock",  "parade",      "park",     "parkway",
    "parvis",     "pass",     "passage",   "pastures", "path",        "pkwy",     "pl",
    "place",      "point",    "promenade", "quadrant", "quai",        "quay",     "r",
    "rd",         "reach",    "residence", "ridge",    "rise",        "road",     "rond-point",
    "route",      "row",      "rte",       "rue",      "sentier",     "side",     "spur",
    "sq",         "square",   "st",        "steps",    "strand",      "street",   "terrace",
    "trail",      "traverse", "vale",      "view",     "villa",       "villas",   "voie",
    "walk",       "way",      "wharf",     "wood",     "woods",       "wynd",     "yard",
};

/* Is the folded word f[0..n) in `words` (count entries, sorted by name_cmp's order)? The
 * one binary search of the short compiled-in word tables of this file. */
static int folded_in(const char *const *words, size_t count, const char *f, size_t n)
{
    size_t lo = 0, hi = count;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = name_cmp(f, n, words[mid]);
        if (c == 0) return 1;
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return 0;
}

static int street_word(const char *f, size_t n)
{
    return folded_in(street_words, sizeof street_words / sizeof street_words[0], f, n);
}

/* Split s into tokens at white space and commas; calls are cheap enough to re-scan. Returns
 * the next token [*ts, *te) from position *i, or 0 at the end. */
static int tok_sep(unsigned char c)
{
    return c == ',' || (ls_ctab[c] & LSC_WS);
}

static int next_token(const char *s, size_t n, size_t *i, size_t *ts, size_t *te)
{
    while (*i < n && tok_sep((unsigned char)s[*i]))
        (*i)++;
    if (*i >= n) return 0;
    *ts = *i;
    while (*i < n && !tok_sep((unsigned char)s[*i]))
        (*i)++;
    *te = *i;
    return 1;
}

static int is_street_token(const char *s, size_t ts, size_t te)
{
    char f[24];
    if (te - ts > 20) return 0;
    int k = fold_word(s + ts, te - ts, f, sizeof f);
    return k > 0 && street_word(f, (size_t)k);
}

/* Collapse white space and lower-case ASCII: the normal form of free-form values. */
static size_t collapse_lower(const char *s, size_t n, char *o)
{
    size_t k = 0;
    int sp = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (ls_ctab[c] & LSC_WS) {
            sp = 1;
            continue;
        }
        if (sp && k) o[k++] = ' ';
        sp = 0;
        o[k++] = (char)lsc_lower(c);
    }
    return k;
}

/* ls_validate_street_address_ex: a street line, "12 rue de la Paix", "12bis, av. Foch",
 * "3 ter boulevard Voltaire", "221B Baker Street".
 *
 * VALID: a house number (1-5 digits, optionally glued to a letter or bis/ter/quater, or
 * followed by one of those as a word) and, further on, a street-type word: rue avenue av
 * bd boulevard chemin allée impasse place route quai cours passage square cité résidence
 * lotissement hameau sentier voie faubourg rond-point esplanade promenade, road street st
 * lane ln drive dr way close court crescent terrace gardens grove mews... (abbreviations
 * with or without a dot). INVALID: a street-type word first but no number ("rue de la
 * Paix": an address, incomplete). NOT_TYPE otherwise ("3 pommes", lieux-dits such as
 * "Le Bourg": weak spot). At most 200 bytes. Normal form: white space collapsed, ASCII
 * lower-cased. detail: 0. */
ls_verdict ls_validate_street_address_ex(const char *s, size_t n, char *norm, size_t *norm_len,
                                         uint32_t *detail)
{
    lsv_set_detail(detail, 0);
    lsv_trim(&s, &n);
    if (n < 3 || n > 200) return lsv_not(norm_len);
    size_t i = 0, ts, te;
    if (!next_token(s, n, &i, &ts, &te)) return lsv_not(norm_len);
    int has_num = 0;
    size_t d = ts;
    while (d < te && lsc_digit((unsigned char)s[d]))
        d++;
    if (d > ts && d - ts <= 5) {
        size_t rest = te - d;
        if (rest == 0 || (rest == 1 && lsc_alpha((unsigned char)s[d])) ||
            lsv_eq_ci(s + d, rest, "bis") || lsv_eq_ci(s + d, rest, "ter") ||
            lsv_eq_ci(s + d, rest, "quater"))
            has_num = 1;
        else
            return lsv_not(norm_len);
    } else if (d > ts) {
        return lsv_not(norm_len);
    }
    int found = 0;
    if (has_num) {
        for (int tok = 0; tok < 8 && next_token(s, n, &i, &ts, &te); tok++) {
            if (tok == 0 &&
                (lsv_eq_ci(s + ts, te - ts, "bis") || lsv_eq_ci(s + ts, te - ts, "ter") ||
                 lsv_eq_ci(s + ts, te - ts, "quater") || te - ts == 1))
                continue;
            if (is_street_token(s, ts, te)) {
                found = 1;
                break;
            }
        }
    } else if (is_street_token(s, ts, te) && te - ts >= 2 && next_token(s, n, &i, &ts, &te)) {
        found = 1; /* type word first, something after it */
    }
    if (!found) return lsv_not(norm_len);
    char tmp[200];
    size_t k = collapse_lower(s, n, norm ? norm : tmp);
    if (norm_len) *norm_len = k;
    return has_num ? LS_VERDICT_VALID : LS_VERDICT_INVALID;
}

/* City-like shape: letters (accented included), spaces, hyphens, apostrophes and the dot
 * of "St." / "Ste.", then optionally "CEDEX" [number], an arrondissement of Paris, Lyon or
 * Marseille ("Paris 15", "Lyon 3e", "Paris 1er") or a department in brackets ("Lyon (69)",
 * "Ajaccio (2A)"). 2-50 bytes. Returns the folded length or -1. */
static int city_shape(const char *s, size_t n, char *f, size_t cap)
{
    if (n < 2 || n > 50) return -1;
    size_t e = n;
    if (e > 4 && s[e - 1] == ')') { /* "(69)" */
        size_t o = e - 1;
        while (o > 0 && s[o - 1] != '(')
            o--;
        if (o < 2 || e - 1 - o < 2 || e - 1 - o > 3) return -1;
        for (size_t j = o; j < e - 1; j++)
            if (!lsc_alnum((unsigned char)s[j])) return -1;
        e = o - 1;
        while (e > 0 && s[e - 1] == ' ')
            e--;
    }
    size_t t = e; /* trailing number token: CEDEX number or arrondissement */
    while (t > 0 && s[t - 1] != ' ')
        t--;
    if (t > 0 && lsc_digit((unsigned char)s[t])) {
        size_t j = t;
        while (j < e && lsc_digit((unsigned char)s[j]))
            j++;
        if (j - t > 2 || !(j == e || lsv_eq_ci(s + j, e - j, "e") ||
                           lsv_eq_ci(s + j, e - j, "er") || lsv_eq_ci(s + j, e - j, "eme")))
            return -1;
        size_t pe = t;
        while (pe > 0 && s[pe - 1] == ' ')
            pe--;
        int cedex = pe >= 5 && lsv_eq_ci(s + pe - 5, 5, "cedex");
        if (!cedex && !lsv_eq_ci(s, pe, "paris") && !lsv_eq_ci(s, pe, "lyon") &&
            !lsv_eq_ci(s, pe, "marseille"))
            return -1;
        e = pe;
    }
    if (e > 6 && lsv_eq_ci(s + e - 5, 5, "cedex") && s[e - 6] == ' ') {
        e -= 6;
        while (e > 0 && s[e - 1] == ' ')
            e--;
    }
    if (e < 2) return -1;
    int k = lsv_fold_name(s, e, f, cap, " -'.");
    if (k < 2) return -1;
    /* A dot may only close "st" / "ste" ("St. Albans", "Ste.-Foy"); it is dropped, or read
     * as a space when a letter follows directly ("St.Albans"). */
    int o = 0;
    for (int i = 0; i < k; i++) {
        if (f[i] != '.') {
            f[o++] = f[i];
            continue;
        }
        int st = (o == 2 || (o > 2 && (f[o - 3] == ' ' || f[o - 3] == '-'))) && o >= 2 &&
                 f[o - 2] == 's' && f[o - 1] == 't';
        int ste = (o == 3 || (o > 3 && (f[o - 4] == ' ' || f[o - 4] == '-'))) && o >= 3 &&
                  f[o - 3] == 's' && f[o - 2] == 't' && f[o - 1] == 'e';
        if (!st && !ste) return -1;
        if (i + 1 < k && f[i + 1] >= 'a' && f[i + 1] <= 'z') f[o++] = ' ';
    }
    return folded_shape(f, o) ? o : -1;
}

/* ls_validate_city_ex: WEAK, shape only (data tokens such as true/null are refused) — "Paris",
 * "Saint-Étienne", "L'Haÿ-les-Roses", "St. Albans", "PARIS CEDEX 08", "Paris 15e", "Lyon (69)".
 * Every name-like word passes: VALID when the shape holds, NOT_TYPE otherwise. The place list
 * (lexicon.h) is column evidence for the classifier, not a validity rule: a hamlet missing
 * from it is still a place. Normal
 * form: the value with white space collapsed and ASCII lower-cased. detail: 0. */
ls_verdict ls_validate_city_ex(const char *s, size_t n, char *norm, size_t *norm_len,
                               uint32_t *detail)
{
    char f[64];
    lsv_set_detail(detail, 0);
    lsv_trim(&s, &n);
    if (lsv_data_token(s, n) || city_shape(s, n, f, sizeof f) < 0) return lsv_not(norm_len);
    char tmp[64];
    size_t k = collapse_lower(s, n, norm ? norm : tmp);
    if (norm_len) *norm_len = k;
    return LS_VERDICT_VALID;
}

/* ls_validate_place_of_birth_ex: as ls_validate_city_ex (a commune, optionally with its
 * department in brackets) — WEAK, header-driven. detail: 0. */
ls_verdict ls_validate_place_of_birth_ex(const char *s, size_t n, char *norm, size_t *norm_len,
                                         uint32_t *detail)
{
    return ls_validate_city_ex(s, n, norm, norm_len, detail);
}

/* Country names (folded), French and English, the ones seen in French and UK dumps. */
static const char *const country_names[] = {
    "afghanistan",
    "afrique du sud",
    "albania",
    "albanie",
    "algeria",
    "algerie",
    "allemagne",
    "andorra",
    "andorre",
    "angleterre",
    "angola",
    "antigua and barbuda",
    "antigua-et-barbuda",
    "arabie saoudite",
    "argentina",
    "argentine",
    "armenia",
    "armenie",
    "australia",
    "australie",
    "austria",
    "autriche",
    "azerbaidjan",
    "azerbaijan",
    "bahamas",
    "bahrain",
    "bahrein",
    "bangladesh",
    "barbade",
    "barbados",
    "belarus",
    "belgique",
    "belgium",
    "belize",
    "benin",
    "bhutan",
    "bielorussie",
    "birmanie",
    "bolivia",
    "bolivie",
    "bosnia and herzegovina",
    "bosnie-herzegovine",
    "botswana",
    "brazil",
    "bresil",
    "brunei",
    "bulgaria",
    "bulgarie",
    "burkina faso",
    "burma",
    "burundi",
    "cabo verde",
    "cambodge",
    "cambodia",
    "cameroon",
    "cameroun",
    "canada",
    "cap-vert",
    "cape verde",
    "centrafrique",
    "central african republic",
    "chad",
    "chile",
    "chili",
    "china",
    "chine",
    "chypre",
    "colombia",
    "colombie",
    "comores",
    "comoros",
    "congo",
    "coree du nord",
    "coree du sud",
    "costa rica",
    "cote d'ivoire",
    "croatia",
    "croatie",
    "cuba",
    "cyprus",
    "czech republic",
    "czechia",
    "danemark",
    "denmark",
    "djibouti",
    "dominica",
    "dominican republic",
    "dominique",
    "east timor",
    "ecosse",
    "ecuador",
    "egypt",
    "egypte",
    "el salvador",
    "emirats arabes unis",
    "england",
    "equateur",
    "equatorial guinea",
    "eritrea",
    "erythree",
    "espagne",
    "estonia",
    "estonie",
    "eswatini",
    "etats-unis",
    "ethiopia",
    "ethiopie",
    "fidji",
    "fiji",
    "finland",
    "finlande",
    "france",
    "french guiana",
    "french polynesia",
    "gabon",
    "gambia",
    "gambie",
    "georgia",
    "georgie",
    "germany",
    "ghana",
    "grande-bretagne",
    "great britain",
    "grece",
    "greece",
    "greenland",
    "grenada",
    "grenade",
    "groenland",
    "guadeloupe",
    "guatemala",
    "guinea",
    "guinea-bissau",
    "guinee",
    "guinee equatoriale",
    "guinee-bissau",
    "guyana",
    "guyane",
    "guyane francaise",
    "haiti",
    "honduras",
    "hong kong",
    "hongrie",
    "hungary",
    "iceland",
    "iles marshall",
    "iles salomon",
    "inde",
    "india",
    "indonesia",
    "indonesie",
    "irak",
    "iran",
    "iraq",
    "ireland",
    "irlande",
    "irlande du nord",
    "islande",
    "israel",
    "italie",
    "italy",
    "ivory coast",
    "jamaica",
    "jamaique",
    "japan",
    "japon",
    "jordan",
    "jordanie",
    "kazakhstan",
    "kenya",
    "kirghizistan",
    "kiribati",
    "kosovo",
    "koweit",
    "kuwait",
    "kyrgyzstan",
    "la reunion",
    "laos",
    "latvia",
    "lebanon",
    "lesotho",
    "lettonie",
    "liban",
    "liberia",
    "libya",
    "libye",
    "liechtenstein",
    "lithuania",
    "lituanie",
    "luxembourg",
    "macedoine du nord",
    "macedonia",
    "madagascar",
    "malaisie",
    "malawi",
    "malaysia",
    "maldives",
    "mali",
    "malta",
    "malte",
    "maroc",
    "marshall islands",
    "martinique",
    "maurice",
    "mauritania",
    "mauritanie",
    "mauritius",
    "mayotte",
    "mexico",
    "mexique",
    "micronesia",
    "micronesie",
    "moldavie",
    "moldova",
    "monaco",
    "mongolia",
    "mongolie",
    "montenegro",
    "morocco",
    "mozambique",
    "myanmar",
    "namibia",
    "nauru",
    "nepal",
    "netherlands",
    "new caledonia",
    "new zealand",
    "nicaragua",
    "niger",
    "nigeria",
    "north korea",
    "north macedonia",
    "northern ireland",
    "norvege",
    "norway",
    "nouvelle-caledonie",
    "nouvelle-zelande",
    "oman",
    "ouganda",
    "ouzbekistan",
    "pakistan",
    "palaos",
    "palau",
    "palestine",
    "panama",
    "papouasie-nouvelle-guinee",
    "papua new guinea",
    "paraguay",
    "pays de galles",
    "pays-bas",
    "perou",
    "peru",
    "philippines",
    "poland",
    "pologne",
    "polynesie francaise",
    "porto rico",
    "portugal",
    "puerto rico",
    "qatar",
    "republique centrafricaine",
    "republique dominicaine",
    "republique tcheque",
    "reunion",
    "romania",
    "roumanie",
    "royaume-uni",
    "russia",
    "russie",
    "rwanda",
    "saint kitts and nevis",
    "saint lucia",
    "saint-christophe-et-nieves",
    "saint-marin",
    "saint-vincent-et-les-grenadines",
    "sainte-lucie",
    "salvador",
    "samoa",
    "san marino",
    "sao tome and principe",
    "sao tome-et-principe",
    "saudi arabia",
    "scotland",
    "senegal",
    "serbia",
    "serbie",
    "seychelles",
    "sierra leone",
    "singapore",
    "singapour",
    "slovakia",
    "slovaquie",
    "slovenia",
    "slovenie",
    "solomon islands",
    "somalia",
    "somalie",
    "soudan",
    "soudan du sud",
    "south africa",
    "south korea",
    "south sudan",
    "spain",
    "sri lanka",
    "sudan",
    "suede",
    "suisse",
    "suriname",
    "swaziland",
    "sweden",
    "switzerland",
    "syria",
    "syrie",
    "tadjikistan",
    "taiwan",
    "tajikistan",
    "tanzania",
    "tanzanie",
    "tchad",
    "tchequie",
    "thailand",
    "thailande",
    "timor oriental",
    "timor-leste",
    "togo",
    "tonga",
    "trinidad and tobago",
    "trinite-et-tobago",
    "tunisia",
    "tunisie",
    "turkey",
    "turkiye",
    "turkmenistan",
    "turquie",
    "tuvalu",
    "uganda",
    "uk",
    "ukraine",
    "united arab emirates",
    "united kingdom",
    "united states",
    "uruguay",
    "usa",
    "uzbekistan",
    "vanuatu",
    "vatican",
    "venezuela",
    "vietnam",
    "wales",
    "yemen",
    "zambia",
    "zambie",
    "zimbabwe",
};

/* ls_validate_country_ex: WEAK. VALID: an ISO 3166-1 alpha-2 code written in upper case
 * ("FR"), or one of ~330 country names in French or English (any case, accents optional:
 * "France", "Royaume-Uni", "Côte d'Ivoire"). NOT_TYPE otherwise (no INVALID: unknown
 * names are simply not recognised). Normal form: folded lower-case name, or the upper-case
 * code. detail: 0. */
ls_verdict ls_validate_country_ex(const char *s, size_t n, char *norm, size_t *norm_len,
                                  uint32_t *detail)
{
    char f[32];
    lsv_set_detail(detail, 0);
    lsv_trim(&s, &n);
    if (n == 2 && lsc_upper_c((unsigned char)s[0]) && lsc_upper_c((unsigned char)s[1]))
        return lsv_iso_country((unsigned char)s[0], (unsigned char)s[1])
                   ? lsv_out(LS_VERDICT_VALID, norm, norm_len, s, 2)
                   : lsv_not(norm_len);
    if (n < 2 || n > 30) return lsv_not(norm_len);
    int k = lsv_fold_name(s, n, f, sizeof f, " -'");
    if (k < 2) return lsv_not(norm_len);
    if (folded_in(country_names, sizeof country_names / sizeof country_names[0], f, (size_t)k))
        return lsv_out(LS_VERDICT_VALID, norm, norm_len, f, (size_t)k);
    return lsv_not(norm_len);
}

/* One name token of a full name: name-shaped, or an initial ("J."). Writes the folded
 * token to f and returns its length, or -1. */
static int name_token(const char *s, size_t n, char *f, size_t cap)
{
    if (n == 2 && lsc_alpha((unsigned char)s[0]) && s[1] == '.') {
        f[0] = (char)lsc_lower((unsigned char)s[0]), f[1] = '.';
        return 2;
    }
    if (n > 40) return -1;
    int k = lsv_fold_name(s, n, f, cap, "-'");
    return k >= 2 && k <= 40 && folded_shape(f, k) ? k : -1;
}

/* Words that make a name-shaped value a company or a pair rather than one person:
 * legal forms ("Richard SARL", "Meyer GmbH", "Smith Ltd") and "et"/"and" ("Lopez et
 * Louis": a firm named after its partners). Folded, sorted for binary search. */
static int firm_word(const char *f, size_t n)
{
    static const char *const w[] = {"ag",   "and", "bv",   "co",   "corp", "ei",   "eirl", "et",
                                    "eurl", "gie", "gmbh", "inc",  "kg",   "llc",  "llp",  "ltd",
                                    "nv",   "plc", "sa",   "sarl", "sas",  "sasu", "sca",  "sci",
                                    "scop", "scs", "snc",  "spa",  "srl",  "und"};
    return folded_in(w, sizeof w / sizeof w[0], f, n);
}

/* ls_validate_full_name_ex: a person's full name, "Marie Dupont", "DUPONT Marie",
 * "Dupont, Marie", "Jean-Pierre de la Fontaine".
 *
 * Shape (else NOT_TYPE): 3-80 bytes, 2-6 space-separated name tokens (initials "J."
 * allowed), at most one comma right after the first token; no token may be a street-type
 * word in first position ("Rue Victor Hugo"), nor a company's legal form or a joining
 * "et"/"and" anywhere ("Richard SARL", "Lopez et Louis"). VALID: one token is a common first name
 * (ls_is_common_first_name); INVALID: name-shaped but no known first name. detail:
 * LS_NAME_F_FIRST_LAST when the first name comes first, LS_NAME_F_LAST_FIRST when a
 * surname precedes it (comma form, or an upper-case first token followed by a mixed-case
 * first name). Normal form: folded lower-case ASCII, first name(s) first, single spaces —
 * so "DUPONT Marie" and "Marie Dupont" count as one person. */
ls_verdict ls_validate_full_name_ex(const char *s, size_t n, char *norm, size_t *norm_len,
                                    uint32_t *detail)
{
    struct {
        size_t fo, fl; /* folded token: fb[fo .. fo + fl) */
        int known;
        int upper; /* written all upper-case */
    } tk[6];
    char fb[176];
    size_t fused = 0;
    int nt = 0, comma = 0;
    lsv_set_detail(detail, 0);
    lsv_trim(&s, &n);
    if (n < 3 || n > 80) return lsv_not(norm_len);
    for (size_t i = 0; i < n;) {
        while (i < n && s[i] == ' ')
            i++;
        if (i >= n) break;
        size_t ts = i;
        while (i < n && s[i] != ' ' && s[i] != ',')
            i++;
        size_t te = i;
        if (i < n && s[i] == ',') {
            if (nt != 0 || comma) return lsv_not(norm_len);
            comma = 1, i++;
        }
        if (te == ts || nt == 6) return lsv_not(norm_len);
        char *f = fb + fused;
        int k = name_token(s + ts, te - ts, f, sizeof fb - fused);
        if (k < 0) return lsv_not(norm_len);
        if (nt == 0 && street_word(f, (size_t)k)) return lsv_not(norm_len);
        if (firm_word(f, (size_t)k)) return lsv_not(norm_len);
        tk[nt].fo = fused, tk[nt].fl = (size_t)k;
        fused += (size_t)k;
        tk[nt].known = f[k - 1] != '.' && folded_first_name(f, (size_t)k);
        int up = 1, lo = 0;
        for (size_t j = ts; j < te; j++) {
            unsigned char c = (unsigned char)s[j];
            if (c >= 'a' && c <= 'z') lo = 1, up = 0;
        }
        tk[nt].upper = up && !lo;
        nt++;
    }
    if (nt < 2 || fused + (size_t)nt - 1 > 80) return lsv_not(norm_len); /* folded limit */

    /* Which token starts the given name(s)? */
    int first = -1;
    uint32_t order = 0;
    int known_after = 0;
    for (int j = 1; j < nt; j++)
        known_after |= tk[j].known;
    if (comma && known_after) { /* "Dupont, Marie": the given names start at the first
                                 * known name after the comma */
        order = LS_NAME_F_LAST_FIRST, first = 1;
        while (!tk[first].known)
            first++;
    } else if (comma) {
        if (tk[0].known) order = LS_NAME_F_FIRST_LAST, first = 0;
    } else if (tk[0].known && !(tk[0].upper && !tk[nt - 1].upper && tk[nt - 1].known)) {
        order = LS_NAME_F_FIRST_LAST, first = 0;
    } else {
        for (int j = nt - 1; j >= 1; j--)
            if (tk[j].known && (j == nt - 1 || tk[j + 1].known)) first = j;
        if (first > 0) order = LS_NAME_F_LAST_FIRST;
    }
    int any = 0;
    for (int j = 0; j < nt; j++)
        any |= tk[j].known;
    lsv_set_detail(detail, order);

    /* Normal form: tokens [first..nt) then [0..first), folded, single spaces. */
    char o[192]; /* tokens (<= sizeof fb) + 5 spaces; never above LS_NORM_CAP(n) */
    size_t k = 0;
    int start = first > 0 ? first : 0;
    for (int c = 0; c < nt; c++) {
        int j = (start + c) % nt;
        if (k) o[k++] = ' ';
        memcpy(o + k, fb + tk[j].fo, tk[j].fl);
        k += tk[j].fl;
    }
    return lsv_out(any ? LS_VERDICT_VALID : LS_VERDICT_INVALID, norm, norm_len, o, k);
}

/* ls_validate_number_ex: a plain number — the "other" type that keeps ranks, counts and
 * amounts out of PII types. VALID: optional sign, 1-40 digits, optional decimal part
 * after '.' or ',' , optional exponent. NOT_TYPE otherwise. Normal form: the value with
 * ',' as '.'. detail: 0. */
ls_verdict ls_validate_number_ex(const char *s, size_t n, char *norm, size_t *norm_len,
                                 uint32_t *detail)
{
    lsv_set_detail(detail, 0);
    lsv_trim(&s, &n);
    if (n == 0 || n > 64) return lsv_not(norm_len);
    size_t i = 0;
    if (s[0] == '-' || s[0] == '+') i++;
    size_t st = i;
    while (i < n && lsc_digit((unsigned char)s[i]))
        i++;
    size_t ip = i - st;
    if (ip == 0 || ip > 40) return lsv_not(norm_len);
    if (i < n && (s[i] == '.' || s[i] == ',')) {
        size_t f = ++i;
        while (i < n && lsc_digit((unsigned char)s[i]))
            i++;
        if (i == f) return lsv_not(norm_len);
    }
    if (i < n && (s[i] == 'e' || s[i] == 'E')) {
        i++;
        if (i < n && (s[i] == '-' || s[i] == '+')) i++;
        size_t f = i;
        while (i < n && lsc_digit((unsigned char)s[i]))
            i++;
        if (i == f || i - f > 3) return lsv_not(norm_len);
    }
    if (i != n) return lsv_not(norm_len);
    if (norm)
        for (size_t j = 0; j < n; j++)
            norm[j] = s[j] == ',' ? '.' : s[j];
    if (norm_len) *norm_len = n;
    return LS_VERDICT_VALID;
}
