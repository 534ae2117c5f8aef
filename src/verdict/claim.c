/* claim: a seller's claim ("43 million records: name, NIR, date of birth, e-mail, phone"),
 * read from "key=value" items or a JSON object, and checked against the finished analysis.
 *
 * Verdicts (each with its reason in words):
 *  - count items (records, unique_records, subjects): with T = claimed x (1 - tolerance)
 *    (claims are round figures: "43 million" for 42.7 million), a figure is
 *      not_supported  when the dump holds fewer than T records;
 *      inflated       when it holds T records, but fewer than T distinct records (after
 *                     normalisation) or, for records and subjects claims, fewer than T
 *                     distinct people: the figure counts rows, not what was claimed;
 *      supported      otherwise;
 *      not_checkable  when nothing was analysed, when the unique counts are lower bounds
 *                     that fall short, or (subjects) when no identifier column was typed or
 *                     too many records carry no identifier to tell.
 *    A records claim is compared with people only when at least 90 % of the records carry
 *    an identifier (else people are a lower bound and the reason says so).
 *  - fields: supported when some column of a type the field stands for holds valid values
 *    (the reason gives the share of records); not_supported when none does (a column named
 *    like it whose values are not of the type is named in the reason); not_checkable for
 *    a field leakscope cannot recognise, or when detection was off. */
#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "parse/json.h"
#include "pipeline/analysis.h"
#include "verdict/verdicts.h"

#define MAX_FIELDS   64
#define MAX_COUNTS   16
#define MAX_TYPES    8
#define DEFAULT_TOL  0.05
#define PEOPLE_SHARE 0.90 /* records claims are compared with people above this coverage */

enum { C_RECORDS, C_UNIQUE, C_SUBJECTS, C__COUNT };

struct ls_claim {
    int kind[MAX_COUNTS]; /* C_RECORDS, C_UNIQUE, C_SUBJECTS, in the order given */
    uint64_t count[MAX_COUNTS];
    char text[MAX_COUNTS][48];
    size_t ncounts;
    char *fields[MAX_FIELDS];
    size_t nfields;
    double tolerance;
    bool tolerance_set;
    char *source;
};

ls_claim *ls_claim_create(void)
{
    return calloc(1, sizeof(ls_claim));
}

void ls_claim_free(ls_claim *c)
{
    if (!c) return;
    for (size_t i = 0; i < c->nfields; i++)
        free(c->fields[i]);
    free(c->source);
    free(c);
}

const char *ls_claim_verdict_name(ls_claim_verdict v)
{
    switch (v) {
    case LS_CLAIM_SUPPORTED:
        return "supported";
    case LS_CLAIM_INFLATED:
        return "inflated";
    case LS_CLAIM_NOT_SUPPORTED:
        return "not_supported";
    case LS_CLAIM_NOT_CHECKABLE:
        return "not_checkable";
    default:
        return "unknown";
    }
}

/* ---- reading a claim ------------------------------------------------------------------- */

/* A multiplier word after the number: k, M, million(s), bn, billion(s), milliard(s), G. */
static int multiplier(const char *w, double *mul)
{
    static const struct {
        const char *w;
        double m;
    } words[] = {{"", 1},           {"k", 1e3},         {"thousand", 1e3}, {"m", 1e6},
                 {"mn", 1e6},       {"million", 1e6},   {"millions", 1e6}, {"b", 1e9},
                 {"bn", 1e9},       {"g", 1e9},         {"billion", 1e9},  {"billions", 1e9},
                 {"milliard", 1e9}, {"milliards", 1e9}, {"mds", 1e9}};
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
        if (strcasecmp(w, words[i].w) == 0) return *mul = words[i].m, 0;
    return -1;
}

/* ls__claim_parse_count: separators are read as people write them: "43,000,000" and
 * "43 000 000" and "43_000_000" (groups of three digits) are thousands; "4,3M" is a decimal
 * comma (French). */
int ls__claim_parse_count(const char *s, uint64_t *out)
{
    char num[64];
    size_t n = 0;
    const char *p = s;
    while (*p == ' ' || *p == '\t')
        p++;
    /* the number: digits, separators, one decimal point, an exponent */
    const char *start = p;
    while (*p && (isdigit((unsigned char)*p) || strchr(",._ '", *p) ||
                  ((*p == 'e' || *p == 'E') && p > start && isdigit((unsigned char)p[1])) ||
                  ((*p == '+' || *p == '-') && p > start && (p[-1] == 'e' || p[-1] == 'E')))) {
        if (n + 1 >= sizeof num) return -1;
        num[n++] = *p++;
    }
    num[n] = 0;
    while (n && (num[n - 1] == ' ' || num[n - 1] == '\'')) /* "43 million": the space before */
        num[--n] = 0;
    if (!n || !isdigit((unsigned char)num[0])) return -1;
    /* thousands separators: every group after one has exactly three digits */
    char clean[64];
    size_t m = 0;
    for (size_t i = 0; i < n; i++) {
        char ch = num[i];
        if (ch == ',' || ch == '_' || ch == ' ' || ch == '\'') {
            size_t k = i + 1, digits = 0;
            while (k < n && isdigit((unsigned char)num[k]))
                k++, digits++;
            bool thousands = digits == 3 && (k == n || strchr(",_ '.eE", num[k]));
            if (thousands) continue;
            if (ch != ',') return -1;
            ch = '.'; /* decimal comma */
        }
        clean[m++] = ch;
    }
    clean[m] = 0;
    char *end;
    errno = 0;
    double v = strtod(clean, &end);
    if (errno || *end) return -1;
    char word[24];
    size_t w = 0;
    while (*p == ' ')
        p++;
    while (*p && *p != ' ' && w + 1 < sizeof word)
        word[w++] = *p++;
    word[w] = 0;
    while (*p == ' ')
        p++;
    double mul;
    if (*p || multiplier(word, &mul) != 0) return -1;
    v *= mul;
    if (!(v >= 0) || v > 1e15) return -1;
    *out = (uint64_t)(v + 0.5); /* no libm: v is within 0..1e15 */
    return 0;
}

/* The count a key names, or -1. */
static int count_key(const char *k)
{
    static const char *const records[] = {"records", "rows",   "lines",
                                          "entries", "lignes", "enregistrements"};
    static const char *const unique[] = {"unique_records", "unique", "distinct_records",
                                         "unique_rows", "unique_lines"};
    static const char *const subjects[] = {"subjects",      "people",    "persons", "individuals",
                                           "users",         "customers", "clients", "accounts",
                                           "data_subjects", "personnes"};
    for (size_t i = 0; i < sizeof records / sizeof *records; i++)
        if (!strcasecmp(k, records[i])) return C_RECORDS;
    for (size_t i = 0; i < sizeof unique / sizeof *unique; i++)
        if (!strcasecmp(k, unique[i])) return C_UNIQUE;
    for (size_t i = 0; i < sizeof subjects / sizeof *subjects; i++)
        if (!strcasecmp(k, subjects[i])) return C_SUBJECTS;
    return -1;
}

__attribute__((format(printf, 3, 4))) static ls_status fail(char *err, size_t cap, const char *fmt,
                                                            ...)
{
    if (err && cap) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(err, cap, fmt, ap);
        va_end(ap);
    }
    return LS_ERR_INVALID_ARGUMENT;
}

/* Add the fields of a comma-separated list (blanks around names ignored). */
static ls_status add_fields(ls_claim *c, const char *v, size_t vlen, char *err, size_t cap)
{
    size_t i = 0;
    while (i < vlen) {
        size_t j = i;
        while (j < vlen && v[j] != ',')
            j++;
        size_t a = i, b = j;
        while (a < b && isspace((unsigned char)v[a]))
            a++;
        while (b > a && isspace((unsigned char)v[b - 1]))
            b--;
        if (b > a) {
            if (c->nfields == MAX_FIELDS)
                return fail(err, cap, "%s", "more than 64 claimed fields");
            if (b - a > 64) return fail(err, cap, "%s", "a claimed field name is too long");
            char *f = strndup(v + a, b - a);
            if (!f) return LS_ERR_NOMEM;
            c->fields[c->nfields++] = f;
        }
        i = j + 1;
    }
    return LS_OK;
}

/* One key and its value (not NUL-terminated). */
static ls_status claim_set(ls_claim *c, const char *key, const char *v, size_t vlen, char *err,
                           size_t cap)
{
    char val[256];
    if (vlen >= sizeof val && strcasecmp(key, "source") != 0)
        return fail(err, cap, "the value of '%s' is too long", key);
    if (vlen < sizeof val) {
        memcpy(val, v, vlen);
        val[vlen] = 0;
    }
    int ck = count_key(key);
    if (ck >= 0) {
        size_t i = c->ncounts;
        if (i == MAX_COUNTS) return fail(err, cap, "%s", "more than 16 claimed figures");
        if (ls__claim_parse_count(val, &c->count[i]) != 0)
            return fail(err, cap, "cannot read the claimed figure '%s' (try 43000000 or 43M)", val);
        c->kind[i] = ck;
        snprintf(c->text[i], sizeof c->text[i], "%.47s", val);
        c->ncounts++;
        return LS_OK;
    }
    if (!strcasecmp(key, "fields") || !strcasecmp(key, "field") || !strcasecmp(key, "data")) {
        return add_fields(c, v, vlen, err, cap);
    }
    if (!strcasecmp(key, "tolerance")) {
        char *end;
        double t = strtod(val, &end);
        if (end == val || *end || !(t >= 0 && t < 1))
            return fail(err, cap, "tolerance '%s' is not a fraction from 0 to 1 (0.05 = 5 %%)",
                        val);
        c->tolerance = t;
        c->tolerance_set = true;
        return LS_OK;
    }
    if (!strcasecmp(key, "source") || !strcasecmp(key, "description") || !strcasecmp(key, "note")) {
        char *s = strndup(v, vlen > 1024 ? 1024 : vlen);
        if (!s) return LS_ERR_NOMEM;
        free(c->source);
        c->source = s;
        return LS_OK;
    }
    return fail(err, cap,
                "unknown claim '%s' (records, unique_records, subjects, fields, tolerance, source)",
                key);
}

ls_status ls_claim_add(ls_claim *c, const char *kv, char *err, size_t errlen)
{
    if (!c || !kv) return LS_ERR_INVALID_ARGUMENT;
    const char *eq = strchr(kv, '=');
    if (!eq || eq == kv)
        return fail(err, errlen, "a claim is KEY=VALUE (records=43000000, fields=name,email): '%s'",
                    kv);
    char key[48];
    size_t kl = (size_t)(eq - kv);
    if (kl >= sizeof key) return fail(err, errlen, "%s", "claim key too long");
    memcpy(key, kv, kl);
    key[kl] = 0;
    return claim_set(c, key, eq + 1, strlen(eq + 1), err, errlen);
}

typedef struct {
    ls_claim *c;
    ls_json_parser *p;
    ls_status st;
    char *err;
    size_t cap;
    int docs;
} json_ctx;

static int on_claim_doc(void *vctx, const ls_value *vals, uint32_t n, ls_vrec_problem problem,
                        uint64_t offset)
{
    (void)offset;
    json_ctx *x = vctx;
    if (++x->docs > 1) {
        x->st = fail(x->err, x->cap, "%s", "a claim file holds one JSON object");
        return 1;
    }
    if (problem != LS_VREC_OK) {
        x->st = fail(x->err, x->cap, "%s", "the claim file is not valid JSON");
        return 1;
    }
    for (uint32_t i = 0; i < n; i++) {
        const char *path = ls_json_path_name(x->p, vals[i].col);
        char key[48];
        snprintf(key, sizeof key, "%s", path ? path : "");
        size_t kl = strlen(key);
        if (kl > 2 && !strcmp(key + kl - 2, "[]")) key[kl - 2] = 0; /* "fields": [...] */
        if (vals[i].kind == LS_VAL_NULL) continue;
        ls_status st = claim_set(x->c, key, vals[i].p, vals[i].len, x->err, x->cap);
        if (st != LS_OK) {
            x->st = st;
            return 1;
        }
    }
    return 0;
}

/* The claim file is read by the JSON export reader in array mode, which reads a lone
 * object of any layout as one element. */
ls_status ls_claim_load_json(ls_claim *c, const char *text, size_t len, char *err, size_t errlen)
{
    if (!c || !text) return LS_ERR_INVALID_ARGUMENT;
    size_t k = 0;
    while (k < len && isspace((unsigned char)text[k]))
        k++;
    if (k == len || text[k] != '{') return fail(err, errlen, "%s", "a claim file is a JSON object");
    json_ctx x = {c, NULL, LS_OK, err, errlen, 0};
    ls_json_callbacks cb = {.ctx = &x, .on_record = on_claim_doc};
    x.p = ls_json_parser_create(LS_JSON_ARRAY, 1 << 20, &cb);
    if (!x.p) return LS_ERR_NOMEM;
    int rc = ls_json_parser_feed(x.p, text, len);
    if (rc == 0) rc = ls_json_parser_finish(x.p);
    ls_json_parser_free(x.p);
    if (rc < 0) return LS_ERR_NOMEM;
    if (x.st != LS_OK) return x.st;
    if (x.docs == 0) return fail(err, errlen, "%s", "the claim file holds no JSON object");
    return LS_OK;
}

/* ---- field names --------------------------------------------------------------------- */

static const struct {
    const char *alias;
    ls_type t[4];
} aliases[] = {
    {"name", {LS_TYPE_LAST_NAME, LS_TYPE_FIRST_NAME, LS_TYPE_FULL_NAME}},
    {"names", {LS_TYPE_LAST_NAME, LS_TYPE_FIRST_NAME, LS_TYPE_FULL_NAME}},
    {"nom", {LS_TYPE_LAST_NAME, LS_TYPE_FULL_NAME}},
    {"nom_prenom", {LS_TYPE_LAST_NAME, LS_TYPE_FIRST_NAME, LS_TYPE_FULL_NAME}},
    {"lastname", {LS_TYPE_LAST_NAME}},
    {"surname", {LS_TYPE_LAST_NAME}},
    {"family_name", {LS_TYPE_LAST_NAME}},
    {"nom_de_famille", {LS_TYPE_LAST_NAME}},
    {"firstname", {LS_TYPE_FIRST_NAME}},
    {"given_name", {LS_TYPE_FIRST_NAME}},
    {"forename", {LS_TYPE_FIRST_NAME}},
    {"prenom", {LS_TYPE_FIRST_NAME}},
    {"pr\xc3\xa9nom", {LS_TYPE_FIRST_NAME}},
    {"fullname", {LS_TYPE_FULL_NAME}},
    {"dob", {LS_TYPE_DATE_OF_BIRTH}},
    {"birthdate", {LS_TYPE_DATE_OF_BIRTH}},
    {"birth_date", {LS_TYPE_DATE_OF_BIRTH}},
    {"birthday", {LS_TYPE_DATE_OF_BIRTH}},
    {"date_naissance", {LS_TYPE_DATE_OF_BIRTH}},
    {"date_de_naissance", {LS_TYPE_DATE_OF_BIRTH}},
    {"ddn", {LS_TYPE_DATE_OF_BIRTH}},
    {"pob", {LS_TYPE_PLACE_OF_BIRTH}},
    {"birthplace", {LS_TYPE_PLACE_OF_BIRTH}},
    {"lieu_naissance", {LS_TYPE_PLACE_OF_BIRTH}},
    {"lieu_de_naissance", {LS_TYPE_PLACE_OF_BIRTH}},
    {"sex", {LS_TYPE_GENDER}},
    {"sexe", {LS_TYPE_GENDER}},
    {"civilite", {LS_TYPE_GENDER}},
    {"civilit\xc3\xa9", {LS_TYPE_GENDER}},
    {"title", {LS_TYPE_GENDER}},
    {"e_mail", {LS_TYPE_EMAIL}},
    {"mail", {LS_TYPE_EMAIL}},
    {"emails", {LS_TYPE_EMAIL}},
    {"email_address", {LS_TYPE_EMAIL}},
    {"courriel", {LS_TYPE_EMAIL}},
    {"phones", {LS_TYPE_PHONE}},
    {"tel", {LS_TYPE_PHONE}},
    {"t\xc3\xa9l", {LS_TYPE_PHONE}},
    {"telephone", {LS_TYPE_PHONE}},
    {"t\xc3\xa9l\xc3\xa9phone", {LS_TYPE_PHONE}},
    {"mobile", {LS_TYPE_PHONE}},
    {"portable", {LS_TYPE_PHONE}},
    {"gsm", {LS_TYPE_PHONE}},
    {"phone_number", {LS_TYPE_PHONE}},
    {"address", {LS_TYPE_STREET_ADDRESS}},
    {"adresse", {LS_TYPE_STREET_ADDRESS}},
    {"street", {LS_TYPE_STREET_ADDRESS}},
    {"postal_address", {LS_TYPE_STREET_ADDRESS}},
    {"postcode", {LS_TYPE_POSTAL_CODE}},
    {"zip", {LS_TYPE_POSTAL_CODE}},
    {"zipcode", {LS_TYPE_POSTAL_CODE}},
    {"code_postal", {LS_TYPE_POSTAL_CODE}},
    {"cp", {LS_TYPE_POSTAL_CODE}},
    {"ville", {LS_TYPE_CITY}},
    {"town", {LS_TYPE_CITY}},
    {"pays", {LS_TYPE_COUNTRY}},
    {"nir", {LS_TYPE_FR_NIR}},
    {"secu", {LS_TYPE_FR_NIR}},
    {"num_secu", {LS_TYPE_FR_NIR}},
    {"numero_secu", {LS_TYPE_FR_NIR}},
    {"securite_sociale", {LS_TYPE_FR_NIR}},
    {"s\xc3\xa9"
     "curit\xc3\xa9_sociale",
     {LS_TYPE_FR_NIR}},
    {"insee", {LS_TYPE_FR_NIR}},
    {"ssn", {LS_TYPE_US_SSN, LS_TYPE_FR_NIR}},
    {"social_security", {LS_TYPE_US_SSN, LS_TYPE_FR_NIR}},
    {"social_security_number", {LS_TYPE_US_SSN, LS_TYPE_FR_NIR}},
    {"nino", {LS_TYPE_UK_NINO}},
    {"ni_number", {LS_TYPE_UK_NINO}},
    {"national_insurance", {LS_TYPE_UK_NINO}},
    {"nhs", {LS_TYPE_UK_NHS}},
    {"nhs_number", {LS_TYPE_UK_NHS}},
    {"passeport", {LS_TYPE_PASSPORT}},
    {"national_id", {LS_TYPE_FR_NIR, LS_TYPE_UK_NINO, LS_TYPE_US_SSN, LS_TYPE_PASSPORT}},
    {"rib", {LS_TYPE_IBAN}},
    {"bank_account", {LS_TYPE_IBAN}},
    {"compte_bancaire", {LS_TYPE_IBAN}},
    {"swift", {LS_TYPE_BIC}},
    {"card", {LS_TYPE_CARD_NUMBER}},
    {"cards", {LS_TYPE_CARD_NUMBER}},
    {"cc", {LS_TYPE_CARD_NUMBER}},
    {"credit_card", {LS_TYPE_CARD_NUMBER}},
    {"carte", {LS_TYPE_CARD_NUMBER}},
    {"carte_bancaire", {LS_TYPE_CARD_NUMBER}},
    {"cb", {LS_TYPE_CARD_NUMBER}},
    {"siren", {LS_TYPE_FR_SIREN}},
    {"siret", {LS_TYPE_FR_SIRET}},
    {"rpps", {LS_TYPE_FR_RPPS}},
    {"adeli", {LS_TYPE_FR_ADELI}},
    {"finess", {LS_TYPE_FR_FINESS}},
    {"medical", {LS_TYPE_HEALTH}},
    {"sante", {LS_TYPE_HEALTH}},
    {"sant\xc3\xa9", {LS_TYPE_HEALTH}},
    {"health_data", {LS_TYPE_HEALTH}},
    {"userid", {LS_TYPE_USER_ID}},
    {"customer_id", {LS_TYPE_USER_ID}},
    {"client_id", {LS_TYPE_USER_ID}},
    {"id", {LS_TYPE_USER_ID}},
    {"login", {LS_TYPE_USERNAME}},
    {"user", {LS_TYPE_USERNAME}},
    {"pseudo", {LS_TYPE_USERNAME}},
    {"handle", {LS_TYPE_USERNAME}},
    {"password", {LS_TYPE_PASSWORD, LS_TYPE_PASSWORD_HASH}},
    {"passwords", {LS_TYPE_PASSWORD, LS_TYPE_PASSWORD_HASH}},
    {"pass", {LS_TYPE_PASSWORD, LS_TYPE_PASSWORD_HASH}},
    {"pwd", {LS_TYPE_PASSWORD, LS_TYPE_PASSWORD_HASH}},
    {"mot_de_passe", {LS_TYPE_PASSWORD, LS_TYPE_PASSWORD_HASH}},
    {"mdp", {LS_TYPE_PASSWORD, LS_TYPE_PASSWORD_HASH}},
    {"hash", {LS_TYPE_PASSWORD_HASH}},
    {"hashes", {LS_TYPE_PASSWORD_HASH}},
    {"ip", {LS_TYPE_IPV4, LS_TYPE_IPV6}},
    {"ips", {LS_TYPE_IPV4, LS_TYPE_IPV6}},
    {"ip_address", {LS_TYPE_IPV4, LS_TYPE_IPV6}},
    {"adresse_ip", {LS_TYPE_IPV4, LS_TYPE_IPV6}},
    {"website", {LS_TYPE_URL}},
};

int ls__claim_field_types(const char *field, ls_type *out, int cap)
{
    char f[80];
    size_t n = 0;
    for (const char *p = field; *p && n + 1 < sizeof f; p++) {
        unsigned char ch = (unsigned char)*p;
        f[n++] = (ch == ' ' || ch == '-') ? '_' : (char)tolower(ch);
    }
    f[n] = 0;
    /* aliases first: "password" stands for plain and hashed passwords */
    for (size_t i = 0; i < sizeof aliases / sizeof aliases[0]; i++) {
        if (strcmp(aliases[i].alias, f) != 0) continue;
        int k = 0;
        for (int j = 0; j < 4 && aliases[i].t[j] != LS_TYPE_UNKNOWN && k < cap; j++)
            out[k++] = aliases[i].t[j];
        return k;
    }
    ls_type t = ls_type_from_name(f, n);
    if (t != LS_TYPE_UNKNOWN && cap > 0) {
        out[0] = t;
        return 1;
    }
    return 0;
}

/* ---- count verdicts ------------------------------------------------------------------- */

/* "1,234,567" for the reasons (investigators read them aloud). */
static const char *grp(uint64_t v, char *buf)
{
    char tmp[32];
    int n = snprintf(tmp, sizeof tmp, "%llu", (unsigned long long)v);
    int o = 0;
    for (int i = 0; i < n; i++) {
        buf[o++] = tmp[i];
        int left = n - i - 1;
        if (left && left % 3 == 0) buf[o++] = ',';
    }
    buf[o] = 0;
    return buf;
}

static double pct(uint64_t part, uint64_t whole)
{
    return whole ? 100.0 * (double)part / (double)whole : 0.0;
}

ls_claim_verdict ls__claim_count_verdict(ls_claim_item_kind kind, uint64_t claimed,
                                         const ls_claim_observed *o, double tol,
                                         const char **compared_with, uint64_t *observed,
                                         char *reason, size_t cap)
{
    char a[32], b[32], c[32], d[32];
    double need = (double)claimed * (1.0 - tol);
    bool people_ok =
        o->subjects_available &&
        (double)(o->records - o->records_without_identifier) >= PEOPLE_SHARE * (double)o->records;
    *compared_with = "records";
    *observed = o->records;
    if (!o->analysed) {
        snprintf(reason, cap, "no input could be analysed");
        return LS_CLAIM_NOT_CHECKABLE;
    }
    if (kind == LS_CLAIM_ITEM_SUBJECTS) {
        *compared_with = "subjects";
        *observed = o->subjects;
        if (!o->subjects_available) {
            snprintf(reason, cap,
                     "no column was typed as an identifier of people (NIR, NINO, NHS number, SSN, "
                     "e-mail, phone, names with date of birth, user id, username): distinct "
                     "people cannot be counted");
            return LS_CLAIM_NOT_CHECKABLE;
        }
        if ((double)o->subjects >= need) {
            snprintf(reason, cap, "%s distinct people found for %s claimed (subject rule below)",
                     grp(o->subjects, a), grp(claimed, b));
            return LS_CLAIM_SUPPORTED;
        }
        if ((double)(o->subjects + o->records_without_identifier) >= need) {
            snprintf(reason, cap,
                     "%s distinct people found for %s claimed, but %s records carry no "
                     "identifier: they may or may not be other people",
                     grp(o->subjects, a), grp(claimed, b), grp(o->records_without_identifier, c));
            return LS_CLAIM_NOT_CHECKABLE;
        }
        if ((double)o->records >= need) {
            snprintf(reason, cap,
                     "the figure matches the %s records (%s distinct), not the %s distinct "
                     "people they describe (%.1f %% of the claim)",
                     grp(o->records, a), grp(o->unique_records_normalized, b), grp(o->subjects, c),
                     pct(o->subjects, claimed));
            return LS_CLAIM_INFLATED;
        }
        snprintf(reason, cap, "only %s distinct people (%.1f %% of the %s claimed) in %s records",
                 grp(o->subjects, a), pct(o->subjects, claimed), grp(claimed, b),
                 grp(o->records, c));
        return LS_CLAIM_NOT_SUPPORTED;
    }
    /* records and unique_records */
    if ((double)o->records < need) {
        snprintf(reason, cap, "the dump holds %s records, %.1f %% of the %s claimed",
                 grp(o->records, a), pct(o->records, claimed), grp(claimed, b));
        return LS_CLAIM_NOT_SUPPORTED;
    }
    *compared_with = "unique_records_normalized";
    *observed = o->unique_records_normalized;
    if ((double)o->unique_records_normalized < need) {
        if (o->approximate) {
            snprintf(reason, cap,
                     "%s records, but the distinct count (at least %s) is a lower bound (memory "
                     "ran out): cannot tell whether duplicates make up the figure",
                     grp(o->records, a), grp(o->unique_records_normalized, b));
            return LS_CLAIM_NOT_CHECKABLE;
        }
        snprintf(reason, cap,
                 "the figure matches the %s records, but only %s are distinct (%s exact "
                 "duplicates, %s more after normalisation): %.1f %% of the claim",
                 grp(o->records, a), grp(o->unique_records_normalized, b),
                 grp(o->records - o->unique_records, c),
                 grp(o->unique_records - o->unique_records_normalized, d),
                 pct(o->unique_records_normalized, claimed));
        return LS_CLAIM_INFLATED;
    }
    if (kind == LS_CLAIM_ITEM_RECORDS && people_ok && (double)o->subjects < need) {
        *compared_with = "subjects";
        *observed = o->subjects;
        snprintf(reason, cap,
                 "%s distinct records, but they describe only %s distinct people (%.1f %% of "
                 "the claim): several records per person",
                 grp(o->unique_records_normalized, a), grp(o->subjects, b),
                 pct(o->subjects, claimed));
        return LS_CLAIM_INFLATED;
    }
    if (kind == LS_CLAIM_ITEM_RECORDS && people_ok) {
        *compared_with = "subjects";
        *observed = o->subjects;
    }
    int n = snprintf(reason, cap, "%s distinct records", grp(o->unique_records_normalized, a));
    if (kind == LS_CLAIM_ITEM_RECORDS && people_ok && n > 0 && (size_t)n < cap)
        n += snprintf(reason + n, cap - (size_t)n, " of %s distinct people", grp(o->subjects, b));
    else if (kind == LS_CLAIM_ITEM_RECORDS && o->subjects_available && n > 0 && (size_t)n < cap)
        n += snprintf(reason + n, cap - (size_t)n,
                      " (people not compared: %.1f %% of records carry no identifier)",
                      pct(o->records_without_identifier, o->records));
    if (n > 0 && (size_t)n < cap)
        snprintf(reason + n, cap - (size_t)n, " for %s claimed%s", grp(claimed, c),
                 (double)*observed > (double)claimed * (1.0 + tol) ? " (the dump holds more)" : "");
    return LS_CLAIM_SUPPORTED;
}

/* ---- evaluation --------------------------------------------------------------------------- */

typedef struct {
    char reason[512];
    char text[80];
    ls_type t[MAX_TYPES];
    const char *tn[MAX_TYPES];
    ls_claim_column *cols;
} item_store;

struct ls_claim_eval {
    ls_claim_result pub;
    ls_claim_item *items;
    item_store *store;
    uint32_t n;
};

void ls__claim_eval_free(struct ls_claim_eval *e)
{
    if (!e) return;
    for (uint32_t i = 0; i < e->n; i++)
        free(e->store[i].cols);
    free(e->items);
    free(e->store);
    free((char *)e->pub.source);
    free(e);
}

/* A claimed field: the columns of its types, over every input. */
static ls_status eval_field(const ls_analysis *a, const char *field, ls_claim_item *it,
                            item_store *st)
{
    it->kind = LS_CLAIM_ITEM_FIELD;
    it->item = "field";
    snprintf(st->text, sizeof st->text, "%s", field);
    it->claimed_text = st->text;
    it->reason = st->reason;
    int nt = ls__claim_field_types(field, st->t, MAX_TYPES);
    for (int k = 0; k < nt; k++)
        st->tn[k] = ls_type_name(st->t[k]);
    it->type_count = (uint32_t)nt;
    it->types = st->tn;
    if (nt == 0) {
        it->verdict = LS_CLAIM_NOT_CHECKABLE;
        snprintf(st->reason, sizeof st->reason,
                 "'%.60s' is not a field leakscope recognises (types: email, phone, fr_nir, "
                 "date_of_birth, last_name, ...; aliases: name, nir, dob, tel, address, ...)",
                 field);
        return LS_OK;
    }
    if (a->opt.no_detect || a->opt.no_columns) {
        it->verdict = LS_CLAIM_NOT_CHECKABLE;
        snprintf(st->reason, sizeof st->reason,
                 "PII detection was off (--no-detect / --no-columns): columns are not typed");
        return LS_OK;
    }
    /* columns of the types, and the best-named column that is not of them */
    uint32_t ncols = 0, cap = 0;
    const char *named_like = NULL, *named_type = NULL;
    for (size_t i = 0; i < a->ninputs; i++) {
        const ls_input_summary *in = &a->inputs[i]->pub;
        for (uint32_t j = 0; j < in->column_count; j++) {
            const ls_column_summary *c = &in->columns[j];
            bool match = false;
            for (int k = 0; k < nt; k++)
                match |= strcmp(c->type, st->tn[k]) == 0;
            if (!match) {
                for (int k = 0; k < nt && !named_like; k++)
                    if (c->header_hint && !strcmp(c->header_hint, st->tn[k]) && c->name)
                        named_like = c->name, named_type = c->type;
                continue;
            }
            if (ncols == cap) {
                cap = cap ? 2 * cap : 8;
                ls_claim_column *nc = realloc(st->cols, cap * sizeof *nc);
                if (!nc) return LS_ERR_NOMEM;
                st->cols = nc;
            }
            ls_claim_column *cc = &st->cols[ncols++];
            cc->input = in->path;
            cc->table = in->table;
            cc->index = c->index;
            cc->name = c->name;
            cc->type = c->type;
            cc->non_empty = c->non_empty;
            cc->valid = c->validated ? c->valid : c->non_empty;
            cc->invalid = c->validated ? c->invalid : 0;
            cc->unique = c->unique;
        }
    }
    it->columns = st->cols;
    it->column_count = ncols;
    /* category figures: records with a valid value (the largest over the types), valid
     * and distinct values (summed over the types) */
    for (size_t i = 0; i < a->ncat; i++) {
        const ls_category_summary *c = &a->cat_summaries[i];
        for (int k = 0; k < nt; k++) {
            if (strcmp(c->type, st->tn[k]) != 0) continue;
            if (c->validated) {
                if (c->records > it->records_with) it->records_with = c->records;
                it->valid += c->valid;
                it->unique += c->unique;
            }
        }
    }
    uint64_t nonempty = 0;
    bool any_validated = false;
    for (uint32_t k = 0; k < ncols; k++) {
        nonempty += st->cols[k].non_empty;
        for (size_t i = 0; i < a->ncat; i++)
            if (!strcmp(a->cat_summaries[i].type, st->cols[k].type) &&
                a->cat_summaries[i].validated)
                any_validated = true;
    }
    if (!any_validated) { /* types without a validator (health): non-empty values count */
        it->valid = nonempty;
    }
    uint64_t records = a->totals.records, invalid = 0;
    for (uint32_t k = 0; k < ncols; k++)
        invalid += st->cols[k].invalid;
    /* Values shaped like the type that mostly fail its checks (random digits in a "nir"
     * column pass the NIR key about once in 97) are not the claimed data. */
    bool mostly_invalid = any_validated && invalid > it->valid;
    it->present = it->valid > 0 && !mostly_invalid;
    it->ratio = records ? (double)it->records_with / (double)records : 0.0;
    it->observed = it->records_with;
    it->compared_with = "records_with";
    char x[32], y[32], z[32];
    if (it->present) {
        it->verdict = LS_CLAIM_SUPPORTED;
        if (any_validated)
            snprintf(st->reason, sizeof st->reason,
                     "present in %u column(s); %s records (%.1f %%) hold a valid value, %s "
                     "distinct values",
                     ncols, grp(it->records_with, x), 100.0 * it->ratio, grp(it->unique, y));
        else
            snprintf(st->reason, sizeof st->reason,
                     "present in %u column(s) with %s non-empty values (no validator for this "
                     "type: values are not checked)",
                     ncols, grp(nonempty, x));
        return LS_OK;
    }
    it->verdict = LS_CLAIM_NOT_SUPPORTED;
    if (mostly_invalid)
        snprintf(st->reason, sizeof st->reason,
                 "%u column(s) typed %s (first: '%.40s'), but only %s of their %s values shaped "
                 "like it pass its checks (%.1f %%): not real %s values",
                 ncols, st->tn[0], st->cols[0].name ? st->cols[0].name : "?", grp(it->valid, x),
                 grp(it->valid + invalid, y), pct(it->valid, it->valid + invalid), st->tn[0]);
    else if (ncols)
        snprintf(st->reason, sizeof st->reason,
                 "%u column(s) typed %s, but none of their %s values is valid", ncols, st->tn[0],
                 grp(nonempty, z));
    else if (named_like)
        snprintf(st->reason, sizeof st->reason,
                 "no column holds valid %s values; column '%.40s' is named like one but its "
                 "values are typed %s",
                 st->tn[0], named_like, named_type);
    else
        snprintf(st->reason, sizeof st->reason, "no column holds %s values%s", st->tn[0],
                 nt > 1 ? " (nor the other types the field stands for)" : "");
    return LS_OK;
}

const ls_claim_result *ls__claim_eval_result(const struct ls_claim_eval *e)
{
    return e ? &e->pub : NULL;
}

struct ls_claim_eval *ls__claim_evaluate(const ls_analysis *a, const ls_claim *c)
{
    struct ls_claim_eval *e = calloc(1, sizeof *e);
    if (!e) return NULL;
    uint32_t n = (uint32_t)(c->nfields + c->ncounts);
    e->items = calloc(n ? n : 1, sizeof *e->items);
    e->store = calloc(n ? n : 1, sizeof *e->store);
    e->pub.source = c->source ? strdup(c->source) : NULL;
    if (!e->items || !e->store || (c->source && !e->pub.source)) {
        ls__claim_eval_free(e);
        return NULL;
    }
    double tol = c->tolerance_set ? c->tolerance : DEFAULT_TOL;
    e->pub.tolerance = tol;
    const ls_totals *t = &a->totals;
    const ls_subjects_summary *s = ls_analysis_subjects(a);
    ls_claim_observed o = {
        .analysed = t->inputs > t->inputs_failed || t->records > 0,
        .approximate = t->approximate,
        .records = t->records,
        .unique_records = t->unique_records,
        .unique_records_normalized = t->unique_records_normalized,
        .subjects_available = s && s->available,
        .subjects = s ? s->subjects : 0,
        .records_without_identifier = s ? s->records_without_identifier : t->records,
    };
    static const ls_claim_item_kind kinds[C__COUNT] = {
        LS_CLAIM_ITEM_RECORDS, LS_CLAIM_ITEM_UNIQUE_RECORDS, LS_CLAIM_ITEM_SUBJECTS};
    static const char *const names[C__COUNT] = {"records", "unique_records", "subjects"};
    for (size_t i = 0; i < c->ncounts; i++) {
        int k = c->kind[i];
        ls_claim_item *it = &e->items[e->n];
        item_store *st = &e->store[e->n++];
        it->kind = kinds[k];
        it->item = names[k];
        snprintf(st->text, sizeof st->text, "%s", c->text[i]);
        it->claimed_text = st->text;
        it->claimed = c->count[i];
        it->records = o.records;
        it->unique_records = o.unique_records;
        it->unique_records_normalized = o.unique_records_normalized;
        it->subjects = o.subjects;
        it->subjects_available = o.subjects_available;
        it->verdict = ls__claim_count_verdict(kinds[k], c->count[i], &o, tol, &it->compared_with,
                                              &it->observed, st->reason, sizeof st->reason);
        it->ratio = c->count[i] ? (double)it->observed / (double)c->count[i] : 0.0;
        it->reason = st->reason;
    }
    for (size_t f = 0; f < c->nfields; f++) {
        ls_claim_item *it = &e->items[e->n];
        item_store *st = &e->store[e->n++];
        if (eval_field(a, c->fields[f], it, st) != LS_OK) {
            ls__claim_eval_free(e);
            return NULL;
        }
    }
    for (uint32_t i = 0; i < e->n; i++)
        e->pub.verdicts[e->items[i].verdict]++;
    e->pub.items = e->items;
    e->pub.item_count = e->n;
    return e;
}
