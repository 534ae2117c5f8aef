/* Normalisation does what the report says (the distinct engine: test_distinct.c). */
#include <criterion/criterion.h>
#include <string.h>

#include "dedup/normalize.h"

static uint64_t splitmix(uint64_t *s)
{
    uint64_t z = (*s += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

static void expect_norm(ls_encoding e, const char *in, const char *want)
{
    char out[256];
    uint64_t bad = 0;
    size_t n = ls_normalize_value(e, in, strlen(in), out, &bad);
    out[n] = 0;
    cr_expect_str_eq(out, want, "normalize(\"%s\")", in);
}

Test(normalize, trim_collapse_fold)
{
    expect_norm(LS_ENCODING_UTF8, "  Jean   DUPONT\t", "jean dupont");
    expect_norm(LS_ENCODING_UTF8, "a\r\n\tb", "a b");
    expect_norm(LS_ENCODING_UTF8, "", "");
    expect_norm(LS_ENCODING_UTF8, "   ", "");
    expect_norm(LS_ENCODING_UTF8, "H\xC3\x89L\xC3\x88NE", "h\xC3\xA9l\xC3\xA8ne"); /* HÉLÈNE */
    expect_norm(LS_ENCODING_UTF8, "\xC5\x92UVRE", "\xC5\x93uvre");                 /* ŒUVRE */
    expect_norm(LS_ENCODING_UTF8,
                "\xC3\x87"
                "A",
                "\xC3\xA7"
                "a"); /* ÇA */
    expect_norm(LS_ENCODING_UTF8,
                "1\xC2\xA0"
                "000",
                "1 000");                                                  /* NBSP */
    expect_norm(LS_ENCODING_UTF8, "\xD0\x9F\xD0\xA0", "\xD0\xBF\xD1\x80"); /* ПР */
    expect_norm(LS_ENCODING_CP1252, "H\xC9L\xC8NE", "h\xC3\xA9l\xC3\xA8ne");
    expect_norm(LS_ENCODING_CP1252, "\x8C", "\xC5\x93"); /* Œ in cp1252 → œ */
    expect_norm(LS_ENCODING_LATIN1, "\xC9t\xE9", "\xC3\xA9t\xC3\xA9");
    /* ISO-8859-15: A4 is the euro sign, BC Œ (folded to œ); in Latin-1 they are ¤ and ¼ */
    expect_norm(LS_ENCODING_ISO8859_15, "\xA4 \xBC", "\xE2\x82\xAC \xC5\x93");
    expect_norm(LS_ENCODING_LATIN1, "\xA4 \xBC", "\xC2\xA4 \xC2\xBC");
}

Test(normalize, invalid_utf8_is_counted_and_replaced)
{
    char out[64];
    uint64_t bad = 0;
    size_t n = ls_normalize_value(LS_ENCODING_UTF8,
                                  "a\xFF"
                                  "b\xC3",
                                  4, out, &bad);
    cr_expect_eq(bad, 2);
    cr_expect_eq(n, 1 + 3 + 1 + 3);
    cr_expect_eq(memcmp(out,
                        "a\xEF\xBF\xBD"
                        "b\xEF\xBF\xBD",
                        n),
                 0);
}

Test(normalize, exact_value_transcodes_single_byte)
{
    char out[16];
    size_t n = ls_exact_value(LS_ENCODING_CP1252, "\x80", 1, out);
    cr_expect_eq(n, 3);
    cr_expect_eq(memcmp(out, "\xE2\x82\xAC", 3), 0); /* € */
    n = ls_exact_value(LS_ENCODING_UTF8, "Ab ", 3, out);
    cr_expect_eq(n, 3);
    cr_expect_eq(memcmp(out, "Ab ", 3), 0, "exact keeps case and spaces");
}


/* The SWAR fast path must give exactly what the plain definition gives: trim, collapse
 * runs of whitespace to one space, lower-case ASCII. Random ASCII strings heavy in spaces,
 * tabs and capitals, of every length around the 8-byte blocks. */
static size_t reference_normalize(const char *s, size_t n, char *out)
{
    size_t o = 0;
    bool pending = false;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c == ' ' || (c >= 0x09 && c <= 0x0D)) {
            pending = o > 0;
            continue;
        }
        if (pending) out[o++] = ' ', pending = false;
        out[o++] = (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
    }
    return o;
}

Test(normalize, swar_path_matches_the_definition)
{
    static const char alphabet[] = "aB  Z\t!~ 0 @ x Y";
    uint64_t seed = 99;
    char in[64], want[64], got[LS_NORMALIZED_CAP(64)];
    for (int iter = 0; iter < 200000; iter++) {
        size_t n = splitmix(&seed) % 40;
        for (size_t i = 0; i < n; i++)
            in[i] = alphabet[splitmix(&seed) % (sizeof alphabet - 1)];
        uint64_t bad = 0;
        size_t gn = ls_normalize_value(LS_ENCODING_UTF8, in, n, got, &bad);
        size_t wn = reference_normalize(in, n, want);
        cr_assert_eq(gn, wn, "iter %d: length %zu vs %zu for \"%.*s\"", iter, gn, wn, (int)n, in);
        cr_assert_eq(memcmp(got, want, wn), 0, "iter %d: \"%.*s\"", iter, (int)n, in);
    }
}
