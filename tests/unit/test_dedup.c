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

/* The fast path of ls_normalize_value (a value already normal but for case is folded 16
 * bytes at a time) must give byte for byte what the general loop gives, and count the same
 * invalid sequences: random values of every length up to 80 (across the 16-byte steps),
 * built from pieces that sit on each side of the fast check (ASCII of both cases, spaces
 * alone or doubled, tabs, CR/LF, NUL, DEL, U+00C0..U+00FF as C3 xx including C3 97 and
 * C3 9F, other two- and three-byte sequences, NBSP, the micro sign, a lone C3, a lone
 * continuation byte, FF), in UTF-8 and in single-byte encodings. Input and output are
 * heap blocks of the exact size, so a read or write outside them shows under ASan. */
Test(normalize, fast_path_matches_the_general_loop)
{
    static const char *const pieces[] = {
        "a",
        "Z",
        "m",
        "Q",
        "0",
        "-",
        "@",
        ".",
        "é",
        "É",
        "À",
        "Þ",
        "ß",
        "ÿ",
        "×",
        "÷",
        "\xC3\x9E",
        "\xC3\x9F",
        "\xC3\xBF",
        "\xC3\x80",
        " ",
        "  ",
        "\t",
        "\r\n",
        "\x7F",
        "\xC2\xA0",
        "\xC2\xB5",
        "\xC5\x92",
        "\xE2\x82\xAC",
        "\xC3",
        "\xA9",
        "\xFF",
        "Jean",
        "DUPONT",
        "rue de la Paix",
        "x",
        "\x01",
        "\x1F",
    };
    static const ls_encoding encs[] = {LS_ENCODING_UTF8, LS_ENCODING_UTF8, LS_ENCODING_UTF8,
                                       LS_ENCODING_CP1252, LS_ENCODING_LATIN1};
    uint64_t seed = 2026;
    char tmp[128];
    size_t plain = 0;
    for (int iter = 0; iter < 300000; iter++) {
        size_t n = 0, want_len = splitmix(&seed) % 81;
        /* mostly "plain" values (letters, single spaces, accents), sometimes anything */
        unsigned npieces = (splitmix(&seed) % 4 == 0) ? sizeof pieces / sizeof *pieces : 20;
        while (n < want_len) {
            const char *p = pieces[splitmix(&seed) % npieces];
            size_t l = strlen(p);
            if (n + l > sizeof tmp) break;
            memcpy(tmp + n, p, l);
            n += l;
        }
        if (n > want_len && splitmix(&seed) % 2) n = want_len; /* may cut a sequence */
        ls_encoding e = encs[splitmix(&seed) % (sizeof encs / sizeof *encs)];
        char *in = malloc(n ? n : 1), *got = malloc(LS_NORMALIZED_CAP(n));
        char *want = malloc(LS_NORMALIZED_CAP(n));
        cr_assert(in && got && want);
        memcpy(in, tmp, n);
        uint64_t bad1 = 0, bad2 = 0;
        size_t gn = ls_normalize_value(e, in, n, got, &bad1);
        size_t wn = ls__normalize_value_general(e, in, n, want, &bad2);
        cr_assert_eq(gn, wn, "iter %d (enc %d): length %zu vs %zu for \"%.*s\"", iter, (int)e, gn,
                     wn, (int)n, in);
        cr_assert_eq(memcmp(got, want, wn), 0, "iter %d (enc %d): \"%.*s\"", iter, (int)e, (int)n,
                     in);
        cr_assert_eq(bad1, bad2, "iter %d: invalid counts differ", iter);
        plain += wn == n;
        free(in);
        free(got);
        free(want);
    }
    cr_expect_gt(plain, 100000, "too few values of the fast path's shape were drawn");
}

/* ls_exact_value copies short values itself: the same bytes as memcpy, for every length
 * around its 4- and 8-byte steps, from and to exact-size heap blocks. */
Test(normalize, exact_value_copies_every_length)
{
    for (size_t n = 0; n <= 40; n++) {
        char *in = malloc(n ? n : 1), *out = malloc(n ? n : 1);
        cr_assert(in && out);
        for (size_t i = 0; i < n; i++)
            in[i] = (char)('A' + (i * 7) % 26);
        cr_assert_eq(ls_exact_value(LS_ENCODING_UTF8, in, n, out), n);
        cr_assert_eq(memcmp(in, out, n), 0, "length %zu", n);
        free(in);
        free(out);
    }
}
