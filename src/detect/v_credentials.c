/* v_credentials.c — password hashes, plaintext passwords, user ids and usernames. */
#include "detect/v_common.h"

const char *ls_hash_family_name(ls_hash_family f)
{
    static const char *const names[LS_HASH__COUNT] = {
        [LS_HASH_NONE] = "none",
        [LS_HASH_BCRYPT] = "bcrypt",
        [LS_HASH_MD5CRYPT] = "md5crypt",
        [LS_HASH_SHA256CRYPT] = "sha256crypt",
        [LS_HASH_SHA512CRYPT] = "sha512crypt",
        [LS_HASH_YESCRYPT] = "yescrypt",
        [LS_HASH_ARGON2] = "argon2",
        [LS_HASH_PHPASS] = "phpass",
        [LS_HASH_DJANGO_PBKDF2] = "django_pbkdf2",
        [LS_HASH_MYSQL41] = "mysql41",
        [LS_HASH_HEX32] = "md5_or_ntlm",
        [LS_HASH_HEX40] = "sha1",
        [LS_HASH_HEX64] = "sha256",
        [LS_HASH_HEX128] = "sha512",
    };
    if ((unsigned)f >= LS_HASH__COUNT) return "none";
    return names[f];
}

/* Length of the run of bytes of class `cls` starting at p[i] (bounded by n). */
static size_t run(const unsigned char *p, size_t i, size_t n, unsigned cls)
{
    size_t j = i;
    while (j < n && (ls_ctab[p[j]] & cls))
        j++;
    return j - i;
}

/* "$5$[rounds=N$]salt$hash" and "$6$...": salt 0-16 crypt chars, hash `hl` crypt chars. */
static int shacrypt_ok(const unsigned char *p, size_t n, size_t hl)
{
    size_t i = 3;
    if (n - i >= 7 && memcmp(p + i, "rounds=", 7) == 0) {
        i += 7;
        size_t r = run(p, i, n, LSC_DIGIT);
        if (r == 0 || i + r >= n || p[i + r] != '$') return 0;
        i += r + 1;
    }
    size_t salt = 0;
    while (i + salt < n && p[i + salt] != '$') {
        if (!(ls_ctab[p[i + salt]] & LSC_CRYPT)) return 0;
        salt++;
    }
    if (salt > 16 || i + salt >= n) return 0;
    i += salt + 1;
    return n - i == hl && run(p, i, n, LSC_CRYPT) == hl;
}

/* Is p[0..n) made of `parts` non-empty fields separated by '$', each in class `cls`
 * (extra bytes allowed in `extra`)? */
static int fields_ok(const unsigned char *p, size_t n, int parts, unsigned cls, const char *extra)
{
    int f = 0;
    size_t len = 0;
    for (size_t i = 0; i <= n; i++) {
        if (i == n || p[i] == '$') {
            if (len == 0) return 0;
            f++;
            len = 0;
            continue;
        }
        if (!(ls_ctab[p[i]] & cls) && !(extra && strchr(extra, p[i]))) return 0;
        len++;
    }
    return f == parts;
}

/* ls_validate_password_hash_ex: a stored password hash; detail = ls_hash_family.
 *
 * Prefixed (modular crypt and framework) formats — the prefix decides the family, then
 * the layout must hold or the verdict is INVALID (a truncated or mangled hash):
 *  bcrypt   $2a$ $2b$ $2y$ $2x$ + cost 04-31 + '$' + 53 crypt-base64: exactly 60 bytes;
 *  md5crypt $1$salt$ + 22; sha256crypt $5$[rounds=N$]salt$ + 43; sha512crypt ... + 86
 *  (salt at most 8 / 16 bytes); yescrypt $y$params$salt$hash; argon2 $argon2{i,d,id}$
 *  [v=N$]m=..,t=..,p=..$salt$hash (base64); phpass $P$ or $H$ + 31 (34 bytes); Django
 *  pbkdf2_sha256$iter$salt$hash and pbkdf2_sha1$...; MySQL 4.1+ '*' + 40 hex.
 * Bare hex is classified by length: 32 MD5 or NTLM (indistinguishable), 40 SHA-1, 64
 * SHA-256, 128 SHA-512. It must contain a letter a-f (otherwise it is a long decimal
 * number: random hex of 32+ digits has no letter with probability < 1e-6) and a digit;
 * mixed upper/lower case is INVALID. Other values are NOT_TYPE (descrypt's 13 characters
 * and raw base64 digests are not recognised: too easily confused with other tokens).
 * Normal form: bare hex lower-cased, MySQL upper-cased, other formats unchanged. */
ls_verdict ls_validate_password_hash_ex(const char *s, size_t n, char *norm, size_t *norm_len,
                                        uint32_t *detail)
{
    lsv_set_detail(detail, LS_HASH_NONE);
    lsv_trim(&s, &n);
    if (n < 32 || n > 512) return lsv_not(norm_len);
    const unsigned char *p = (const unsigned char *)s;
    ls_hash_family fam = LS_HASH_NONE;
    int ok = 0;

    if (p[0] == '$') {
        if (p[1] == '2' && p[2] && strchr("abyx", p[2]) && p[3] == '$') {
            fam = LS_HASH_BCRYPT;
            int cost = n == 60 ? lsv_num(s + 4, 2) : -1;
            ok = cost >= 4 && cost <= 31 && p[6] == '$' && run(p, 7, n, LSC_CRYPT) == 53;
        } else if (p[1] == '1' && p[2] == '$') {
            fam = LS_HASH_MD5CRYPT;
            size_t salt = 0;
            while (3 + salt < n && p[3 + salt] != '$' && (ls_ctab[p[3 + salt]] & LSC_CRYPT))
                salt++;
            size_t h = 3 + salt + 1;
            ok = salt <= 8 && h < n && p[h - 1] == '$' && n - h == 22 &&
                 run(p, h, n, LSC_CRYPT) == 22;
        } else if (p[1] == '5' && p[2] == '$') {
            fam = LS_HASH_SHA256CRYPT;
            ok = shacrypt_ok(p, n, 43);
        } else if (p[1] == '6' && p[2] == '$') {
            fam = LS_HASH_SHA512CRYPT;
            ok = shacrypt_ok(p, n, 86);
        } else if (p[1] == 'y' && p[2] == '$') {
            fam = LS_HASH_YESCRYPT;
            ok = fields_ok(p + 3, n - 3, 3, LSC_CRYPT, NULL);
        } else if (lsv_prefix_ci(s, n, "$argon2")) {
            size_t i = 7; /* after "$argon2": "id$", "i$" or "d$" */
            if (memcmp(p + i, "id$", 3) == 0)
                i += 2;
            else if ((p[i] == 'i' || p[i] == 'd') && p[i + 1] == '$')
                i += 1;
            else
                return lsv_not(norm_len);
            fam = LS_HASH_ARGON2;
            i++;
            if (p[i] == 'v' && p[i + 1] == '=') {
                size_t r = run(p, i + 2, n, LSC_DIGIT);
                i += 2 + r;
                if (r == 0 || i >= n || p[i] != '$')
                    i = n; /* force failure */
                else
                    i++;
            }
            ok = i < n && fields_ok(p + i, n - i, 3, LSC_ALNUM, "=,+/");
        } else if ((p[1] == 'P' || p[1] == 'H') && p[2] == '$') {
            fam = LS_HASH_PHPASS;
            ok = n == 34 && run(p, 3, n, LSC_CRYPT) == 31;
        } else {
            return lsv_not(norm_len);
        }
    } else if (lsv_prefix_ci(s, n, "pbkdf2_sha256$") || lsv_prefix_ci(s, n, "pbkdf2_sha1$")) {
        fam = LS_HASH_DJANGO_PBKDF2;
        size_t i = p[11] == '$' ? 12 : 14;
        size_t r = run(p, i, n, LSC_DIGIT);
        ok = r > 0 && i + r < n && p[i + r] == '$' &&
             fields_ok(p + i + r + 1, n - i - r - 1, 2, LSC_B64, "=");
    } else if (p[0] == '*') {
        if (n != 41 || run(p, 1, n, LSC_HEX) != 40) return lsv_not(norm_len);
        fam = LS_HASH_MYSQL41;
        ok = 1;
        if (norm)
            for (size_t i = 0; i < n; i++)
                norm[i] = (char)lsc_upper(p[i]);
        lsv_set_detail(detail, fam);
        if (norm_len) *norm_len = n;
        return LS_VERDICT_VALID;
    } else {
        if (n != 32 && n != 40 && n != 64 && n != 128) return lsv_not(norm_len);
        unsigned all = LSC_HEX, any = 0; /* AND / OR of the byte classes */
        for (size_t i = 0; i < n; i++) {
            unsigned c = ls_ctab[p[i]];
            all &= c, any |= c;
        }
        if (!all) return lsv_not(norm_len);
        int up = (any & LSC_UPPER) != 0, lo = (any & LSC_LOWER) != 0;
        if (!(up || lo) || !(any & LSC_DIGIT)) return lsv_not(norm_len);
        fam = n == 32   ? LS_HASH_HEX32
              : n == 40 ? LS_HASH_HEX40
              : n == 64 ? LS_HASH_HEX64
                        : LS_HASH_HEX128;
        ok = !(up && lo);
        if (norm)
            for (size_t i = 0; i < n; i++)
                norm[i] = (char)lsc_lower(p[i]);
        lsv_set_detail(detail, fam);
        if (norm_len) *norm_len = n;
        return ok ? LS_VERDICT_VALID : LS_VERDICT_INVALID;
    }
    lsv_set_detail(detail, fam);
    return lsv_out(ok ? LS_VERDICT_VALID : LS_VERDICT_INVALID, norm, norm_len, s, n);
}

/* ls_validate_password_ex: a plaintext password. Whether a value is a password cannot be
 * decided from the value: "soleil", "Marseille13" and "azerty" are also words and city
 * names. The classifier types a column `password` only from a header hint (mdp, pwd,
 * password, mot_de_passe...) or as the second field of an email:password combo list; this
 * check only says whether a value is plausible as one, to count valid rows once typed.
 * VALID: 4-128 bytes, no control bytes, no leading/trailing space, not a recognised hash.
 * INVALID: 1-3 bytes (too short for any real policy, but still a password-shaped value).
 * NOT_TYPE otherwise. The value is not trimmed (spaces inside a password are significant,
 * at its ends they are an export artefact) and is its own normal form. detail: 0. */
ls_verdict ls_validate_password_ex(const char *s, size_t n, char *norm, size_t *norm_len,
                                   uint32_t *detail)
{
    lsv_set_detail(detail, 0);
    if (n == 0 || n > 128) return lsv_not(norm_len);
    const unsigned char *p = (const unsigned char *)s;
    if (p[0] == ' ' || p[n - 1] == ' ') return lsv_not(norm_len);
    for (size_t i = 0; i < n; i++)
        if (p[i] < 0x20 || p[i] == 0x7f) return lsv_not(norm_len);
    if (n >= 32 && ls_validate_password_hash_ex(s, n, NULL, NULL, NULL) != LS_VERDICT_NOT_TYPE)
        return lsv_not(norm_len);
    return lsv_out(n >= 4 ? LS_VERDICT_VALID : LS_VERDICT_INVALID, norm, norm_len, s, n);
}

/* ls_validate_user_id_ex: an account identifier — WEAK, header-driven. VALID: a decimal
 * integer of 1-20 digits, or a UUID (8-4-4-4-12 hex, normalised to lower case). Every
 * number column has this shape, so the classifier must never vote user_id from values
 * alone. NOT_TYPE otherwise. detail: 0. */
ls_verdict ls_validate_user_id_ex(const char *s, size_t n, char *norm, size_t *norm_len,
                                  uint32_t *detail)
{
    lsv_set_detail(detail, 0);
    lsv_trim(&s, &n);
    const unsigned char *p = (const unsigned char *)s;
    if (n >= 1 && n <= 20 && run(p, 0, n, LSC_DIGIT) == n)
        return lsv_out(LS_VERDICT_VALID, norm, norm_len, s, n);
    if (n == 36) {
        for (size_t i = 0; i < 36; i++) {
            int dash = i == 8 || i == 13 || i == 18 || i == 23;
            if (dash ? p[i] != '-' : !(ls_ctab[p[i]] & LSC_HEX)) return lsv_not(norm_len);
        }
        if (norm)
            for (size_t i = 0; i < n; i++)
                norm[i] = (char)lsc_lower(p[i]);
        if (norm_len) *norm_len = n;
        return LS_VERDICT_VALID;
    }
    return lsv_not(norm_len);
}

/* ls_validate_username_ex: a login name — WEAK, header-driven. VALID: 2-64 bytes of
 * letters, digits, '.', '_' and '-', starting with a letter or digit, with at least one
 * letter, and not a data token such as true/null (logins that are e-mail addresses are
 * typed email). Normal form: lower case.
 * NOT_TYPE otherwise. detail: 0. */
ls_verdict ls_validate_username_ex(const char *s, size_t n, char *norm, size_t *norm_len,
                                   uint32_t *detail)
{
    lsv_set_detail(detail, 0);
    lsv_trim(&s, &n);
    if (n < 2 || n > 64) return lsv_not(norm_len);
    const unsigned char *p = (const unsigned char *)s;
    if (!lsc_alnum(p[0])) return lsv_not(norm_len);
    int letter = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = p[i];
        if (lsc_alpha(c))
            letter = 1;
        else if (!lsc_digit(c) && c != '.' && c != '_' && c != '-')
            return lsv_not(norm_len);
    }
    if (!letter || lsv_data_token(s, n)) return lsv_not(norm_len);
    if (norm)
        for (size_t i = 0; i < n; i++)
            norm[i] = (char)lsc_lower(p[i]);
    if (norm_len) *norm_len = n;
    return LS_VERDICT_VALID;
}
