/* leakscope-gen — the truth for leakscope's distinct data subjects, computed from what the
 * generator knows: which identifier each record carries and whether the generator made it
 * valid (check digits), normalised by the generator's own code (never leakscope's).
 *
 * The rule being checked (leakscope README, "Distinct data subjects"): a record's key is its
 * first identifier present and valid in the order fr_nir > uk_nino > uk_nhs > email > phone
 * > last_name + first_name + date_of_birth > user_id; subjects = distinct keys. Identifier
 * values are compared as: NIR, NHS number, phone: their digits (a person's values are
 * written the same way in all its records; different people's values are distinct by
 * construction); NINO: letters and digits; e-mail and names: trimmed and case-folded; date
 * of birth: year, month, day from dd/mm/yyyy or yyyy-mm-dd[...]. */
#include "gen.h"

#include <stdio.h>

static const char *const rule_names[GSUBJ_RULES] = {"fr_nir", "uk_nino",  "uk_nhs", "email",
                                                    "phone",  "name_dob", "user_id"};

void gsubj_init(gsubj_t *s)
{
    memset(s, 0, sizeof(*s));
    for (int r = 0; r < GSUBJ_RULES; r++)
        hset_init(&s->keys[r]);
}

void gsubj_free(gsubj_t *s)
{
    for (int r = 0; r < GSUBJ_RULES; r++)
        hset_free(&s->keys[r]);
}

/* Append the characters of s kept by `keep` (1: digits, 2: letters and digits, upper). */
static size_t squeeze(const char *s, size_t n, char *out, int keep)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c >= '0' && c <= '9')
            out[k++] = c;
        else if (keep == 2 && c >= 'a' && c <= 'z')
            out[k++] = (char)(c - 32);
        else if (keep == 2 && c >= 'A' && c <= 'Z')
            out[k++] = c;
    }
    return k;
}

/* dd/mm/yyyy or yyyy-mm-dd... -> yyyymmdd (8 characters), else 0. */
static size_t ymd(const char *s, size_t n, char *out)
{
    while (n && *s == ' ')
        s++, n--;
    if (n >= 10 && s[2] == '/' && s[5] == '/') {
        memcpy(out, s + 6, 4);
        memcpy(out + 4, s + 3, 2);
        memcpy(out + 6, s, 2);
        return 8;
    }
    if (n >= 10 && s[4] == '-' && s[7] == '-') {
        memcpy(out, s, 4);
        memcpy(out + 4, s + 5, 2);
        memcpy(out + 6, s + 8, 2);
        return 8;
    }
    return 0;
}

static h128_t key_of(int rule, const char *buf, size_t n)
{
    vh_t h;
    vh_init(&h);
    vh_kind(&h, 100 + (uint64_t)rule);
    vh_field(&h, buf, n);
    return vh_final(&h);
}

void gsubj_add(gsubj_t *s, const coldef_t *cols, int ncols, const rec_t *r, const meta_t *m)
{
    int first[T_COUNT];
    for (int t = 0; t < T_COUNT; t++)
        first[t] = -1;
    for (int j = 0; j < ncols && j < r->nf; j++) {
        enum coltype t = cols[j].type;
        if (!r->len[j] || first[t] >= 0) continue;
        if ((t == T_NIR || t == T_NHS) && !m->valid[j]) continue; /* fails its check digit */
        first[t] = j;
    }
    static char buf[3 * GEN_REC_CAP];
    size_t n = 0;
    int rule = -1;
#define FIELD(t) rec_field(r, first[t]), r->len[first[t]]
    if (first[T_NIR] >= 0) {
        rule = 0;
        n = squeeze(FIELD(T_NIR), buf, 1);
    } else if (first[T_NINO] >= 0) {
        rule = 1;
        n = squeeze(FIELD(T_NINO), buf, 2);
    } else if (first[T_NHS] >= 0) {
        rule = 2;
        n = squeeze(FIELD(T_NHS), buf, 1);
    } else if (first[T_EMAIL] >= 0) {
        rule = 3;
        n = norm_field(FIELD(T_EMAIL), buf);
    } else if (first[T_PHONE] >= 0) {
        rule = 4;
        n = squeeze(FIELD(T_PHONE), buf, 1);
    } else if (first[T_LAST] >= 0 && first[T_FIRST] >= 0 && first[T_DOB] >= 0 &&
               ymd(FIELD(T_DOB), buf) == 8) {
        rule = 5;
        n = 8;
        buf[n++] = '|';
        n += norm_field(FIELD(T_LAST), buf + n);
        buf[n++] = '|';
        n += norm_field(FIELD(T_FIRST), buf + n);
    } else if (first[T_USERID] >= 0) {
        rule = 6;
        n = squeeze(FIELD(T_USERID), buf, 1);
    }
#undef FIELD
    if (rule < 0) return;
    s->records[rule]++;
    if (hset_insert(&s->keys[rule], key_of(rule, buf, n))) s->subjects[rule]++;
}

void gsubj_write(FILE *f, const gsubj_t *s)
{
    uint64_t total = 0;
    for (int r = 0; r < GSUBJ_RULES; r++)
        total += s->subjects[r];
    fprintf(f, "\"subjects\":%llu,\"subjects_by_rule\":{", (unsigned long long)total);
    bool first = true;
    for (int r = 0; r < GSUBJ_RULES; r++) {
        if (!s->records[r]) continue;
        fprintf(f, "%s\"%s\":{\"records\":%llu,\"subjects\":%llu}", first ? "" : ",", rule_names[r],
                (unsigned long long)s->records[r], (unsigned long long)s->subjects[r]);
        first = false;
    }
    fputs("}", f);
}
