/* leakscope-gen — base people: each is a pure function of (seed, base index b). */
#include "gen.h"

const char *const gen_type_names[T_COUNT] = {
    [T_ID] = "number",           [T_GENDER] = "gender",        [T_FIRST] = "first_name",
    [T_LAST] = "last_name",      [T_DOB] = "date_of_birth",    [T_POB] = "place_of_birth",
    [T_NIR] = "fr_nir",          [T_EMAIL] = "email",          [T_PHONE] = "phone",
    [T_ADDR] = "street_address", [T_POSTCODE] = "postal_code", [T_CITY] = "city",
    [T_IBAN] = "iban",           [T_CARD] = "card_number",     [T_NINO] = "uk_nino",
    [T_NHS] = "uk_nhs",          [T_FREE] = "free_text",       [T_PASSWORD] = "password",
    [T_USERID] = "user_id",      [T_OID] = "unknown",          [T_NUMBER] = "number",
    [T_IPV4] = "ipv4",           [T_DATETIME] = "datetime",
};

#define TXT (CF_CASE | CF_SPACE | CF_INNER)

static const coldef_t cols_fr[] = {
    {"id", T_ID, 0},
    {"civilite", T_GENDER, CF_CASE | CF_SPACE},
    {"nom", T_LAST, TXT},
    {"prenom", T_FIRST, TXT},
    {"date_naissance", T_DOB, CF_SPACE},
    {"lieu_naissance", T_POB, TXT},
    {"nir", T_NIR, CF_SPACE | CF_UNIQUE},
    {"email", T_EMAIL, CF_CASE | CF_SPACE | CF_UNIQUE},
    {"telephone", T_PHONE, CF_SPACE | CF_UNIQUE},
    {"adresse", T_ADDR, TXT},
    {"code_postal", T_POSTCODE, CF_SPACE},
    {"ville", T_CITY, TXT},
    {"iban", T_IBAN, CF_CASE | CF_SPACE | CF_UNIQUE},
    {"carte_bancaire", T_CARD, CF_SPACE | CF_UNIQUE},
    {"commentaire", T_FREE, TXT},
};

static const coldef_t cols_uk[] = {
    {"id", T_ID, 0},
    {"title", T_GENDER, CF_CASE | CF_SPACE},
    {"first_name", T_FIRST, TXT},
    {"last_name", T_LAST, TXT},
    {"dob", T_DOB, CF_SPACE},
    {"email", T_EMAIL, CF_CASE | CF_SPACE | CF_UNIQUE},
    {"phone", T_PHONE, CF_SPACE | CF_UNIQUE},
    {"address", T_ADDR, TXT},
    {"postcode", T_POSTCODE, CF_SPACE},
    {"city", T_CITY, TXT},
    {"nino", T_NINO, CF_SPACE | CF_UNIQUE},
    {"nhs_number", T_NHS, CF_SPACE | CF_UNIQUE},
    {"iban", T_IBAN, CF_CASE | CF_SPACE | CF_UNIQUE},
    {"card_number", T_CARD, CF_SPACE | CF_UNIQUE},
    {"notes", T_FREE, TXT},
};

static const coldef_t cols_combo[] = {
    {"email", T_EMAIL, CF_CASE | CF_SPACE | CF_UNIQUE},
    {"password", T_PASSWORD, CF_CASE | CF_SPACE},
};

static const coldef_t cols_lines[] = {
    {"email", T_EMAIL, CF_CASE | CF_SPACE | CF_UNIQUE},
};

/* SQL dumps: the csv columns, the id being the table's integer key (a customer number). */
static const coldef_t cols_fr_sql[] = {
    {"id", T_USERID, 0},
    {"civilite", T_GENDER, CF_CASE | CF_SPACE},
    {"nom", T_LAST, TXT},
    {"prenom", T_FIRST, TXT},
    {"date_naissance", T_DOB, CF_SPACE},
    {"lieu_naissance", T_POB, TXT},
    {"nir", T_NIR, CF_SPACE | CF_UNIQUE},
    {"email", T_EMAIL, CF_CASE | CF_SPACE | CF_UNIQUE},
    {"telephone", T_PHONE, CF_SPACE | CF_UNIQUE},
    {"adresse", T_ADDR, TXT},
    {"code_postal", T_POSTCODE, CF_SPACE},
    {"ville", T_CITY, TXT},
    {"iban", T_IBAN, CF_CASE | CF_SPACE | CF_UNIQUE},
    {"carte_bancaire", T_CARD, CF_SPACE | CF_UNIQUE},
    {"commentaire", T_FREE, TXT},
};

static const coldef_t cols_uk_sql[] = {
    {"id", T_USERID, 0},
    {"title", T_GENDER, CF_CASE | CF_SPACE},
    {"first_name", T_FIRST, TXT},
    {"last_name", T_LAST, TXT},
    {"dob", T_DOB, CF_SPACE},
    {"email", T_EMAIL, CF_CASE | CF_SPACE | CF_UNIQUE},
    {"phone", T_PHONE, CF_SPACE | CF_UNIQUE},
    {"address", T_ADDR, TXT},
    {"postcode", T_POSTCODE, CF_SPACE},
    {"city", T_CITY, TXT},
    {"nino", T_NINO, CF_SPACE | CF_UNIQUE},
    {"nhs_number", T_NHS, CF_SPACE | CF_UNIQUE},
    {"iban", T_IBAN, CF_CASE | CF_SPACE | CF_UNIQUE},
    {"card_number", T_CARD, CF_SPACE | CF_UNIQUE},
    {"notes", T_FREE, TXT},
};

/* The second SQL table. people_id and the e-mail refer to a person of the first table. */
const coldef_t gen_order_cols[] = {
    {"id", T_NUMBER, 0},
    {"people_id", T_USERID, 0},
    {"email", T_EMAIL, CF_CASE | CF_SPACE | CF_UNIQUE | CF_SUBSET},
    {"ip_address", T_IPV4, 0},
    {"created_at", T_DATETIME, 0},
    {"amount", T_NUMBER, 0},
};
const int gen_order_ncols = (int)(sizeof(gen_order_cols) / sizeof(gen_order_cols[0]));

/* mongoexport documents: a column is a field path; both "phones[]" columns are elements of
 * one array. The birth date is a $date (never padded with spaces). */
static const coldef_t cols_fr_json[] = {
    {"_id", T_OID, 0},
    {"customer_id", T_USERID, 0},
    {"title", T_GENDER, CF_CASE | CF_SPACE},
    {"first_name", T_FIRST, TXT},
    {"last_name", T_LAST, TXT},
    {"email", T_EMAIL, CF_CASE | CF_SPACE | CF_UNIQUE},
    {"birth_date", T_DOB, 0},
    {"birth_place", T_POB, TXT},
    {"nir", T_NIR, CF_SPACE | CF_UNIQUE},
    {"address.street", T_ADDR, TXT},
    {"address.zip", T_POSTCODE, CF_SPACE},
    {"address.city", T_CITY, TXT},
    {"phones[]", T_PHONE, CF_SPACE | CF_UNIQUE},
    {"phones[]", T_PHONE, CF_SPACE | CF_UNIQUE},
    {"iban", T_IBAN, CF_CASE | CF_SPACE | CF_UNIQUE},
    {"card_number", T_CARD, CF_SPACE | CF_UNIQUE},
    {"loyalty_points", T_NUMBER, 0},
    {"notes", T_FREE, TXT},
};
/* source column of each document field in the csv layout (-1: made here) */
static const int8_t fr_json_src[] = {-1, 0, 1, 3, 2, 7, 4, 5, 6, 9, 10, 11, 8, -1, 12, 13, -1, 14};

static const coldef_t cols_uk_json[] = {
    {"_id", T_OID, 0},
    {"customer_id", T_USERID, 0},
    {"title", T_GENDER, CF_CASE | CF_SPACE},
    {"first_name", T_FIRST, TXT},
    {"last_name", T_LAST, TXT},
    {"email", T_EMAIL, CF_CASE | CF_SPACE | CF_UNIQUE},
    {"birth_date", T_DOB, 0},
    {"nino", T_NINO, CF_SPACE | CF_UNIQUE},
    {"nhs_number", T_NHS, CF_SPACE | CF_UNIQUE},
    {"address.street", T_ADDR, TXT},
    {"address.postcode", T_POSTCODE, CF_SPACE},
    {"address.city", T_CITY, TXT},
    {"phones[]", T_PHONE, CF_SPACE | CF_UNIQUE},
    {"phones[]", T_PHONE, CF_SPACE | CF_UNIQUE},
    {"iban", T_IBAN, CF_CASE | CF_SPACE | CF_UNIQUE},
    {"card_number", T_CARD, CF_SPACE | CF_UNIQUE},
    {"loyalty_points", T_NUMBER, 0},
    {"notes", T_FREE, TXT},
};
static const int8_t uk_json_src[] = {-1, 0, 1, 2, 3, 5, 4, 10, 11, 7, 8, 9, 6, -1, 12, 13, -1, 14};

static const uint8_t json_kinds[] = {JK_OID,  JK_NUM, JK_STR, JK_STR, JK_STR,  JK_STR,
                                     JK_DATE, JK_STR, JK_STR, JK_STR, JK_STR,  JK_STR,
                                     JK_STR,  JK_STR, JK_STR, JK_STR, JK_LONG, JK_STR};

#define JSON_NCOLS  ((int)(sizeof(cols_fr_json) / sizeof(cols_fr_json[0])))
#define JSON_PHONE2 13 /* the second phones[] element */

enum { K_NIR, K_PHONE, K_IBAN, K_CARD, K_NINO, K_NHS };

/* NIR identity space: sex x birth year (78) x month x place (dept, commune) x order (999). */
#define N_YEARS      78 /* born 1928..2005: aged 18..95 in 2023 */
#define FIRST_YEAR   1928
#define METRO_COMM   600
#define DOM_COMM     30
#define N_DOM_DEPTS  5
#define N_LOC        (96 * METRO_COMM + N_DOM_DEPTS * DOM_COMM)
#define NIR_DOMAIN   (2ULL * N_YEARS * 12 * N_LOC * 999)
#define NINO_PFX_MAX 400

static char nino_pfx[NINO_PFX_MAX][2];
static uint32_t n_nino_pfx;

static void init_nino_prefixes(void)
{
    if (n_nino_pfx) return;
    static const char *const banned[] = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"};
    for (char a = 'A'; a <= 'Z'; a++) {
        if (strchr("DFIQUV", a)) continue;
        for (char b = 'A'; b <= 'Z'; b++) {
            if (strchr("DFIQUVO", b)) continue;
            bool bad = false;
            for (size_t i = 0; i < sizeof(banned) / sizeof(banned[0]); i++)
                if (banned[i][0] == a && banned[i][1] == b) bad = true;
            if (!bad && n_nino_pfx < NINO_PFX_MAX) {
                nino_pfx[n_nino_pfx][0] = a;
                nino_pfx[n_nino_pfx][1] = b;
                n_nino_pfx++;
            }
        }
    }
}

void gen_init(gen_t *g)
{
    uint64_t s = g->seed ^ 0x6c65616b73636f70ULL; /* "leakscop" */
    g->base_key = splitmix64(&s);
    for (int i = 0; i < 8; i++)
        g->keys[i] = splitmix64(&s);
    switch (g->format) {
    case FMT_COMBO:
        g->cols = cols_combo;
        g->ncols = 2;
        break;
    case FMT_LINES:
        g->cols = cols_lines;
        g->ncols = 1;
        break;
    case FMT_MYSQL:
    case FMT_POSTGRES:
        g->cols = g->locale == LOC_UK ? cols_uk_sql : cols_fr_sql;
        g->ncols = (int)(sizeof(cols_fr_sql) / sizeof(cols_fr_sql[0]));
        break;
    case FMT_JSONL:
    case FMT_JSON:
        g->cols = g->locale == LOC_UK ? cols_uk_json : cols_fr_json;
        g->ncols = JSON_NCOLS;
        g->jkind = json_kinds;
        break;
    default:
        if (g->locale == LOC_UK) {
            g->cols = cols_uk;
            g->ncols = (int)(sizeof(cols_uk) / sizeof(cols_uk[0]));
        } else {
            g->cols = cols_fr;
            g->ncols = (int)(sizeof(cols_fr) / sizeof(cols_fr[0]));
        }
    }
    init_nino_prefixes();
}

static const char *pick(rng_t *R, const char *const *list, size_t n)
{
    return list[rng_below(R, (uint32_t)n)];
}

static int days_in_month(int y, int m)
{
    static const int d[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return 29;
    return d[m - 1];
}

typedef struct {
    bool uk;
    int sex; /* 1 male, 2 female */
    int year, month, day;
    const char *first, *last;
    /* NIR parts (French-born) */
    const dept_t *dept;
    int commune, order;
} person_t;

/* ---- small builders ---------------------------------------------------------------------- */
static void put_digits(rec_t *r, const char *d, size_t n)
{
    rec_put(r, d, n);
}

/* ASCII-fold one UTF-8 name into lower-case letters and '-' for e-mail local parts. */
static void put_email_name(rec_t *r, const char *s)
{
    static const char fold[] = "aaaaaaaceeeeiiiidnooooo-ouuuuytsaaaaaaaceeeeiiiidnooooo-ouuuuyty";
    const unsigned char *p = (const unsigned char *)s;
    for (; *p; p++) {
        unsigned char c = *p;
        if (c >= 'A' && c <= 'Z') {
            rec_putc(r, (char)(c + 32));
        } else if ((c >= 'a' && c <= 'z') || c == '-') {
            rec_putc(r, (char)c);
        } else if (c == 0xC3 && p[1] >= 0x80 && p[1] <= 0xBF) {
            rec_putc(r, fold[p[1] - 0x80]);
            p++;
        } else if (c >= 0xC0) {
            while ((p[1] & 0xC0) == 0x80)
                p++;
        } /* spaces and apostrophes are dropped */
    }
}

static void put_email(rec_t *r, rng_t *R, const person_t *p, uint64_t b)
{
    uint32_t start = r->used;
    switch (rng_below(R, 8)) {
    case 0:
    case 1:
    case 2:
        put_email_name(r, p->first);
        rec_putc(r, '.');
        put_email_name(r, p->last);
        break;
    case 3:
        put_email_name(r, p->first);
        put_email_name(r, p->last);
        break;
    case 4:
        put_email_name(r, p->first);
        rec_putc(r, '_');
        put_email_name(r, p->last);
        break;
    case 5:
        put_email_name(r, p->last);
        rec_putc(r, '.');
        put_email_name(r, p->first);
        break;
    case 6: {
        uint32_t s = r->used;
        put_email_name(r, p->first);
        r->used = s + 1; /* keep the initial only */
        put_email_name(r, p->last);
        break;
    }
    default:
        put_email_name(r, p->last);
        break;
    }
    /* The trailing digit run is the person's number: it makes e-mails distinct by
     * construction (names never contain digits). */
    uint32_t k = rng_below(R, 10);
    if (k == 0)
        rec_putc(r, '.');
    else if (k == 1)
        rec_putc(r, '_');
    rec_putu(r, b + 1);
    rec_putc(r, '@');
    if (p->uk)
        rec_puts(r, pick(R, uk_domains, n_uk_domains));
    else
        rec_puts(r, pick(R, fr_domains, n_fr_domains));
    if (rng_below(R, 12) == 0) /* some people type their address capitalised */
        utf8_upper(r->buf + start, 1);
}

/* A French number 0<p><sub as 8 digits> in one of the usual spellings. */
static void put_phone_fr_fmt(rec_t *r, rng_t *R, uint64_t sub, char p)
{
    char d[10];
    d[0] = '0';
    d[1] = p;
    for (int i = 9; i >= 2; i--) {
        d[i] = (char)('0' + sub % 10);
        sub /= 10;
    }
    uint32_t f = rng_below(R, 100);
    if (f < 35 || f >= 95) { /* 06 12 34 56 78  or 06.12.34.56.78 */
        char sep = f < 35 ? ' ' : '.';
        for (int i = 0; i < 10; i += 2) {
            if (i) rec_putc(r, sep);
            put_digits(r, d + i, 2);
        }
    } else if (f < 65) {
        put_digits(r, d, 10);
    } else if (f < 75) {
        rec_puts(r, "+33 ");
        rec_putc(r, d[1]);
        for (int i = 2; i < 10; i += 2) {
            rec_putc(r, ' ');
            put_digits(r, d + i, 2);
        }
    } else if (f < 88) {
        rec_puts(r, "+33");
        put_digits(r, d + 1, 9);
    } else {
        rec_puts(r, "0033");
        put_digits(r, d + 1, 9);
    }
}

/* A French number for subscriber sub: mobile (06, 07) or landline/box prefix at random. */
static void put_phone_fr(rec_t *r, rng_t *R, uint64_t sub)
{
    uint32_t k = rng_below(R, 100);
    put_phone_fr_fmt(r, R, sub, k < 55 ? '6' : k < 75 ? '7' : "123459"[k % 6]);
}

/* A London landline 020 <sub as 8 digits>: disjoint from the 07 mobiles in E.164.
 * intl_only: +44 spellings only (a UK number among French ones). */
static void put_phone_uk_landline(rec_t *r, rng_t *R, uint64_t sub, bool intl_only)
{
    char d[8];
    for (int i = 7; i >= 0; i--) {
        d[i] = (char)('0' + sub % 10);
        sub /= 10;
    }
    uint32_t f = rng_below(R, 4);
    if (intl_only) f = 2 + (f & 1);
    switch (f) {
    case 0: /* 020 7946 0018 */
        rec_puts(r, "020 ");
        put_digits(r, d, 4);
        rec_putc(r, ' ');
        put_digits(r, d + 4, 4);
        break;
    case 1:
        rec_puts(r, "020");
        put_digits(r, d, 8);
        break;
    case 2:
        rec_puts(r, "+44 20 ");
        put_digits(r, d, 4);
        rec_putc(r, ' ');
        put_digits(r, d + 4, 4);
        break;
    default:
        rec_puts(r, "+4420");
        put_digits(r, d, 8);
    }
}

static void put_phone_uk(rec_t *r, rng_t *R, uint64_t sub, bool intl_only)
{
    char d[11];
    d[0] = '0';
    d[1] = '7';
    d[2] = "45789"[rng_below(R, 5)]; /* 076 is paging */
    for (int i = 10; i >= 3; i--) {
        d[i] = (char)('0' + sub % 10);
        sub /= 10;
    }
    uint32_t f = rng_below(R, 4);
    if (intl_only) f = 2 + (f & 1);
    switch (f) {
    case 0: /* 07700 900123 */
        put_digits(r, d, 5);
        rec_putc(r, ' ');
        put_digits(r, d + 5, 6);
        break;
    case 1:
        put_digits(r, d, 11);
        break;
    case 2: /* +44 7700 900123 */
        rec_puts(r, "+44 ");
        put_digits(r, d + 1, 4);
        rec_putc(r, ' ');
        put_digits(r, d + 5, 6);
        break;
    default:
        rec_puts(r, "+44");
        put_digits(r, d + 1, 10);
    }
}

static void put_grouped(rec_t *r, const char *s, size_t n, const int *groups)
{
    size_t i = 0;
    for (int g = 0; i < n; g++) {
        size_t len = groups ? (size_t)groups[g] : 4;
        if (len > n - i) len = n - i;
        if (i) rec_putc(r, ' ');
        rec_put(r, s + i, len);
        i += len;
    }
}

/* Returns true if the value was written valid. */
static bool put_iban(rec_t *r, rng_t *R, const gen_t *g, uint64_t b, bool gb)
{
    char iban[40];
    size_t n = 0;
    uint64_t acc = perm64(b, 100000000ULL, g->keys[K_IBAN]);
    char bban[32];
    size_t bn = 0;
    if (gb) {
        memcpy(bban, pick(R, uk_banks, n_uk_banks), 4);
        bn = 4;
        for (int i = 0; i < 6; i++)
            bban[bn++] = (char)('0' + rng_below(R, 10));
        for (int i = 7; i >= 0; i--) {
            bban[bn + (size_t)i] = (char)('0' + acc % 10);
            acc /= 10;
        }
        bn += 8;
    } else {
        const char *bank = pick(R, fr_banks, n_fr_banks);
        memcpy(bban, bank, 5);
        bn = 5;
        uint64_t branch = rng_below(R, 100000);
        uint64_t account = (uint64_t)rng_below(R, 1000) * 100000000ULL + acc;
        for (int i = 4; i >= 0; i--) {
            bban[bn + (size_t)i] = (char)('0' + branch % 10);
            branch /= 10;
        }
        bn += 5;
        uint64_t a = account;
        for (int i = 10; i >= 0; i--) {
            bban[bn + (size_t)i] = (char)('0' + a % 10);
            a /= 10;
        }
        bn += 11;
        uint64_t bankn = 0, brn = 0;
        for (int i = 0; i < 5; i++) {
            bankn = bankn * 10 + (uint64_t)(bank[i] - '0');
            brn = brn * 10 + (uint64_t)(bban[5 + i] - '0');
        }
        int key = rib_key(bankn, brn, account);
        bban[bn++] = (char)('0' + key / 10);
        bban[bn++] = (char)('0' + key % 10);
    }
    bban[bn] = 0;
    const char *cc = gb ? "GB" : "FR";
    int check = iban_check(bban, cc);
    bool valid = !rng_chance(R, g->invalid_rate);
    if (!valid) /* any other value in 02..98 fails the mod-97 test */
        check = 2 + (check - 2 + 1 + (int)rng_below(R, 96)) % 97;
    iban[n++] = cc[0];
    iban[n++] = cc[1];
    iban[n++] = (char)('0' + check / 10);
    iban[n++] = (char)('0' + check % 10);
    memcpy(iban + n, bban, bn);
    n += bn;
    if (rng_below(R, 10) < 4)
        put_grouped(r, iban, n, NULL);
    else
        rec_put(r, iban, n);
    return valid;
}

static bool put_card(rec_t *r, rng_t *R, const gen_t *g, uint64_t b)
{
    char d[20];
    size_t n = 0;
    uint64_t acc = perm64(b, 100000000ULL, g->keys[K_CARD]);
    uint32_t brand = rng_below(R, 100);
    bool amex = brand >= 90;
    const char *bin = brand < 55   ? pick(R, visa_bins, n_visa_bins)
                      : brand < 90 ? pick(R, mc_bins, n_mc_bins)
                                   : pick(R, amex_bins, n_amex_bins);
    memcpy(d, bin, 6);
    n = 6;
    if (!amex) d[n++] = (char)('0' + rng_below(R, 10));
    for (int i = 7; i >= 0; i--) {
        d[n + (size_t)i] = (char)('0' + acc % 10);
        acc /= 10;
    }
    n += 8;
    int check = luhn_check(d, n);
    bool valid = !rng_chance(R, g->invalid_rate);
    if (!valid) check = (check + 1 + (int)rng_below(R, 9)) % 10;
    d[n++] = (char)('0' + check);
    static const int amex_groups[] = {4, 6, 5};
    if (rng_below(R, 10) < 4)
        put_grouped(r, d, n, amex ? amex_groups : NULL);
    else
        rec_put(r, d, n);
    return valid;
}

static bool put_nir(rec_t *r, rng_t *R, const gen_t *g, const person_t *p)
{
    char body[16];
    size_t n = 0;
    body[n++] = (char)('0' + p->sex);
    body[n++] = (char)('0' + (p->year % 100) / 10);
    body[n++] = (char)('0' + p->year % 10);
    body[n++] = (char)('0' + p->month / 10);
    body[n++] = (char)('0' + p->month % 10);
    size_t dl = strlen(p->dept->code);
    memcpy(body + n, p->dept->code, dl);
    n += dl;
    int cdig = dl == 3 ? 2 : 3;
    for (int i = cdig - 1, c = p->commune; i >= 0; i--, c /= 10)
        body[n + (size_t)i] = (char)('0' + c % 10);
    n += (size_t)cdig;
    for (int i = 2, o = p->order; i >= 0; i--, o /= 10)
        body[n + (size_t)i] = (char)('0' + o % 10);
    n += 3;
    int key = nir_key(body);
    bool valid = !rng_chance(R, g->invalid_rate);
    if (!valid) /* another key in 01..97 */
        key = 1 + (key - 1 + 1 + (int)rng_below(R, 96)) % 97;
    if (rng_below(R, 5) == 0) { /* 2 55 08 14 168 025 38 */
        rec_putc(r, body[0]);
        rec_putc(r, ' ');
        rec_put(r, body + 1, 2);
        rec_putc(r, ' ');
        rec_put(r, body + 3, 2);
        rec_putc(r, ' ');
        rec_put(r, body + 5, dl);
        rec_putc(r, ' ');
        rec_put(r, body + 5 + dl, (size_t)cdig);
        rec_putc(r, ' ');
        rec_put(r, body + 10, 3);
        rec_putc(r, ' ');
    } else {
        rec_put(r, body, 13);
    }
    rec_putc(r, (char)('0' + key / 10));
    rec_putc(r, (char)('0' + key % 10));
    return valid;
}

static bool put_nhs(rec_t *r, rng_t *R, const gen_t *g, uint64_t b)
{
    char d[10];
    uint64_t x = perm64(b, 100000000ULL, g->keys[K_NHS]);
    d[0] = '4';
    for (int i = 8; i >= 1; i--) {
        d[i] = (char)('0' + x % 10);
        x /= 10;
    }
    int check = nhs_check(d);
    if (check == 10) { /* changing the first digit by 2 moves the sum off 1 mod 11 */
        d[0] = '6';
        check = nhs_check(d);
    }
    bool valid = !rng_chance(R, g->invalid_rate);
    if (!valid) check = (check + 1 + (int)rng_below(R, 9)) % 10;
    d[9] = (char)('0' + check);
    if (rng_below(R, 2)) { /* 943 476 5919 */
        static const int groups[] = {3, 3, 4};
        put_grouped(r, d, 10, groups);
    } else {
        rec_put(r, d, 10);
    }
    return valid;
}

static void put_nino(rec_t *r, rng_t *R, const gen_t *g, uint64_t b)
{
    uint64_t x = perm64(b, (uint64_t)n_nino_pfx * 1000000ULL, g->keys[K_NINO]);
    const char *pf = nino_pfx[x / 1000000];
    char d[6];
    uint64_t v = x % 1000000;
    for (int i = 5; i >= 0; i--) {
        d[i] = (char)('0' + v % 10);
        v /= 10;
    }
    char suf = (char)('A' + rng_below(R, 4));
    bool spaced = rng_below(R, 10) < 3;
    rec_put(r, pf, 2);
    for (int i = 0; i < 6; i += 2) {
        if (spaced) rec_putc(r, ' ');
        rec_put(r, d + i, 2);
    }
    if (spaced) rec_putc(r, ' ');
    rec_putc(r, suf);
}

static void put_date(rec_t *r, const person_t *p, bool iso)
{
    if (iso) {
        rec_putu_pad(r, (uint64_t)p->year, 4);
        rec_putc(r, '-');
        rec_putu_pad(r, (uint64_t)p->month, 2);
        rec_putc(r, '-');
        rec_putu_pad(r, (uint64_t)p->day, 2);
    } else {
        rec_putu_pad(r, (uint64_t)p->day, 2);
        rec_putc(r, '/');
        rec_putu_pad(r, (uint64_t)p->month, 2);
        rec_putc(r, '/');
        rec_putu_pad(r, (uint64_t)p->year, 4);
    }
}

static void put_addr_fr(rec_t *r, rng_t *R)
{
    uint32_t k = rng_below(R, 100);
    if (k < 3) {
        rec_puts(r, "Résidence ");
        rec_puts(r, pick(R,
                         (const char *const[]){"les Pins", "du Parc", "les Jardins", "Bellevue",
                                               "les Tilleuls"},
                         5));
        rec_puts(r, ", ");
    }
    rec_putu(r, 1 + rng_below(R, 1 + rng_below(R, 180)));
    uint32_t s = rng_below(R, 40);
    if (s == 0)
        rec_puts(r, " bis");
    else if (s == 1)
        rec_puts(r, " ter");
    rec_putc(r, ' ');
    rec_puts(r, pick(R, fr_street_types, n_fr_street_types));
    rec_putc(r, ' ');
    rec_puts(r, pick(R, fr_street_names, n_fr_street_names));
    if (k >= 96) {
        rec_puts(r, k == 99 ? ", Bât. B" : ", Apt ");
        if (k != 99) rec_putu(r, 1 + rng_below(R, 60));
    }
}

static void put_addr_uk(rec_t *r, rng_t *R)
{
    if (rng_below(R, 100) < 15) {
        rec_puts(r, "Flat ");
        rec_putu(r, 1 + rng_below(R, 24));
        if (rng_below(R, 4) == 0) rec_putc(r, (char)('A' + rng_below(R, 4)));
        rec_puts(r, ", ");
    }
    rec_putu(r, 1 + rng_below(R, 1 + rng_below(R, 220)));
    rec_putc(r, ' ');
    rec_puts(r, pick(R, uk_streets, n_uk_streets));
}

static void put_postcode_uk(rec_t *r, rng_t *R, const ukcity_t *c)
{
    size_t nd = 0;
    while (c->districts[nd])
        nd++;
    static const char inward[] = "ABDEFGHJLNPQRSTUWXYZ";
    rec_puts(r, c->districts[rng_below(R, (uint32_t)nd)]);
    rec_putc(r, ' ');
    rec_putc(r, (char)('0' + rng_below(R, 10)));
    rec_putc(r, inward[rng_below(R, 20)]);
    rec_putc(r, inward[rng_below(R, 20)]);
}

static void put_multiline(rec_t *r, rng_t *R, char delim, bool uk)
{
    rec_puts(r, uk ? pick(R, uk_ml_head, n_uk_ml_head) : pick(R, fr_ml_head, n_fr_ml_head));
    rec_putc(r, '\n');
    rec_puts(r, uk ? pick(R, uk_ml_body, n_uk_ml_body) : pick(R, fr_ml_body, n_fr_ml_body));
    if (rng_below(R, 3) == 0) {
        rec_putc(r, '\n');
        rec_puts(r, uk ? "see file" : "voir dossier");
    }
    rec_putc(r, delim);
    rec_putc(r, ' ');
    rec_puts(r, uk ? pick(R, uk_ml_quote, n_uk_ml_quote) : pick(R, fr_ml_quote, n_fr_ml_quote));
}

void gen_simple_comment(const gen_t *g, rng_t *R, rec_t *r, bool uk)
{
    /* never the delimiter: this text may be written unquoted on purpose */
    for (;;) {
        const char *c =
            uk ? pick(R, uk_comments, n_uk_comments) : pick(R, fr_comments, n_fr_comments);
        if (!strchr(c, g->delim)) {
            rec_puts(r, c);
            return;
        }
    }
}

static void put_comment(rec_t *r, rng_t *R, const gen_t *g, meta_t *m, bool uk)
{
    if (g->multiline_rate > 0 && rng_chance(R, g->multiline_rate)) {
        put_multiline(r, R, g->delim, uk);
        m->multiline = true;
    } else if (rng_below(R, 100) < 25) {
        rec_puts(r, uk ? pick(R, uk_comments, n_uk_comments) : pick(R, fr_comments, n_fr_comments));
    }
}

static void put_password(rec_t *r, rng_t *R, const person_t *p)
{
    uint32_t k = rng_below(R, 100);
    if (k < 35) {
        rec_puts(r, pick(R, common_passwords, n_common_passwords));
        if (rng_below(R, 2)) rec_putu(r, rng_below(R, 100));
    } else if (k < 50) {
        put_email_name(r, p->first);
        rec_putu(r, (uint64_t)p->year);
    } else {
        uint32_t len = 6 + rng_below(R, 11);
        for (uint32_t i = 0; i < len; i++)
            rec_putc(r, (char)(0x21 + rng_below(R, 94)));
    }
}

/* ---- people ------------------------------------------------------------------------------ */
static void make_person_fr(const gen_t *g, uint64_t b, rng_t *R, person_t *p)
{
    uint64_t x = perm64(b % NIR_DOMAIN, NIR_DOMAIN, g->keys[K_NIR]);
    p->uk = false;
    p->sex = 1 + (int)(x % 2);
    x /= 2;
    p->year = FIRST_YEAR + (int)(x % N_YEARS);
    x /= N_YEARS;
    p->month = 1 + (int)(x % 12);
    x /= 12;
    uint64_t loc = x % N_LOC;
    x /= N_LOC;
    p->order = 1 + (int)x;
    if (loc < 96 * METRO_COMM) {
        p->dept = &fr_depts[loc / METRO_COMM];
        p->commune = 1 + (int)(loc % METRO_COMM);
    } else {
        loc -= 96 * METRO_COMM;
        p->dept = &fr_depts[96 + loc / DOM_COMM];
        p->commune = 1 + (int)(loc % DOM_COMM);
    }
    p->day = 1 + (int)rng_below(R, (uint32_t)days_in_month(p->year, p->month));
    p->first = p->sex == 1 ? pick(R, fr_first_m, n_fr_first_m) : pick(R, fr_first_f, n_fr_first_f);
    p->last = pick(R, fr_last, n_fr_last);
}

static void make_person_uk(rng_t *R, person_t *p)
{
    p->uk = true;
    p->sex = 1 + (int)rng_below(R, 2);
    p->year = FIRST_YEAR + (int)rng_below(R, N_YEARS);
    p->month = 1 + (int)rng_below(R, 12);
    p->day = 1 + (int)rng_below(R, (uint32_t)days_in_month(p->year, p->month));
    p->first = p->sex == 1 ? pick(R, uk_first_m, n_uk_first_m) : pick(R, uk_first_f, n_uk_first_f);
    p->last = pick(R, uk_last, n_uk_last);
    p->dept = NULL;
}

static void base_fr_schema(const gen_t *g, uint64_t b, rng_t *R, rec_t *r, meta_t *m, bool uk)
{
    person_t p;
    if (uk)
        make_person_uk(R, &p);
    else
        make_person_fr(g, b, R, &p);
    const ukcity_t *ukc = &uk_cities[rng_below(R, (uint32_t)n_uk_cities)];

    rec_putu(r, b + 1); /* id */
    rec_endfield(r);
    if (p.sex == 1)
        rec_puts(r, "M.");
    else
        rec_puts(r, rng_below(R, 100) < 85 ? "Mme" : "Mlle");
    rec_endfield(r);
    rec_puts(r, p.last);
    rec_endfield(r);
    rec_puts(r, p.first);
    rec_endfield(r);
    put_date(r, &p, false);
    rec_endfield(r);
    if (rng_below(R, 100) >= 15)
        rec_puts(r, uk ? uk_cities[rng_below(R, (uint32_t)n_uk_cities)].city : p.dept->city);
    rec_endfield(r);
    if (!uk && rng_below(R, 100) >= 5) /* nir */
        m->valid[6] = put_nir(r, R, g, &p);
    rec_endfield(r);
    if (rng_below(R, 100) >= 2) put_email(r, R, &p, b);
    rec_endfield(r);
    if (rng_below(R, 100) >= 8) {
        uint64_t sub = perm64(b, 100000000ULL, g->keys[K_PHONE]);
        if (uk)
            put_phone_uk(r, R, sub, true);
        else
            put_phone_fr(r, R, sub);
    }
    rec_endfield(r);
    if (uk)
        put_addr_uk(r, R);
    else
        put_addr_fr(r, R);
    rec_endfield(r);
    const frcity_t *c = &fr_cities[rng_below(R, (uint32_t)n_fr_cities)];
    if (uk) {
        put_postcode_uk(r, R, ukc);
    } else if (c->arr) {
        rec_put(r, c->postcode, 3);
        rec_putu_pad(r, 1 + rng_below(R, (uint32_t)c->arr), 2);
    } else {
        rec_puts(r, c->postcode);
    }
    rec_endfield(r);
    rec_puts(r, uk ? ukc->city : c->city);
    rec_endfield(r);
    if (rng_below(R, 100) < (uk ? 35 : 40)) m->valid[12] = put_iban(r, R, g, b, uk);
    rec_endfield(r);
    if (rng_below(R, 100) < 25) m->valid[13] = put_card(r, R, g, b);
    rec_endfield(r);
    put_comment(r, R, g, m, false);
    rec_endfield(r);
    m->comment_col = 14;
}

static void base_uk_schema(const gen_t *g, uint64_t b, rng_t *R, rec_t *r, meta_t *m)
{
    person_t p;
    make_person_uk(R, &p);
    const ukcity_t *ukc = &uk_cities[rng_below(R, (uint32_t)n_uk_cities)];

    rec_putu(r, b + 1);
    rec_endfield(r);
    uint32_t t = rng_below(R, 100);
    if (p.sex == 1)
        rec_puts(r, t < 92 ? "Mr" : "Dr");
    else
        rec_puts(r, t < 45 ? "Mrs" : t < 75 ? "Ms" : t < 96 ? "Miss" : "Dr");
    rec_endfield(r);
    rec_puts(r, p.first);
    rec_endfield(r);
    rec_puts(r, p.last);
    rec_endfield(r);
    put_date(r, &p, true);
    rec_endfield(r);
    if (rng_below(R, 100) >= 2) put_email(r, R, &p, b);
    rec_endfield(r);
    if (rng_below(R, 100) >= 8)
        put_phone_uk(r, R, perm64(b, 100000000ULL, g->keys[K_PHONE]), false);
    rec_endfield(r);
    put_addr_uk(r, R);
    rec_endfield(r);
    put_postcode_uk(r, R, ukc);
    rec_endfield(r);
    rec_puts(r, ukc->city);
    rec_endfield(r);
    if (rng_below(R, 100) < 90) put_nino(r, R, g, b);
    rec_endfield(r);
    if (rng_below(R, 100) < 60) m->valid[11] = put_nhs(r, R, g, b);
    rec_endfield(r);
    if (rng_below(R, 100) < 35) m->valid[12] = put_iban(r, R, g, b, true);
    rec_endfield(r);
    if (rng_below(R, 100) < 25) m->valid[13] = put_card(r, R, g, b);
    rec_endfield(r);
    put_comment(r, R, g, m, true);
    rec_endfield(r);
    m->comment_col = 14;
}

/* ---- sql and json extras -------------------------------------------------------------- */
typedef struct {
    const char *s;
    uint8_t n;
    bool nul; /* holds a NUL byte: never in PostgreSQL text */
} snippet_t;

#define SNIP(x)                                                                                    \
    {                                                                                              \
        x, (uint8_t)(sizeof(x) - 1), false                                                         \
    }
#define SNIPNUL(x)                                                                                 \
    {                                                                                              \
        x, (uint8_t)(sizeof(x) - 1), true                                                          \
    }

/* Free text that needs escaping in SQL and JSON: backslashes (one at the very end), tabs,
 * CR LF, control characters, Ctrl-Z, quotes, a NUL byte, a 4-byte UTF-8 character. */
static const snippet_t fr_snippets[] = {
    SNIP("scan CNI : C:\\Users\\accueil\\Documents\\CNI_recto.pdf"),
    SNIP("copie sur \\\\srv-fichiers\\clients\\2022\\"),
    SNIP("import\tcolonne décalée"),
    SNIP("réponse : \"oui\" (sic)"),
    SNIP("ligne 1\r\nligne 2"),
    SNIP("saisie interrompue \x1a"),
    SNIP("code\x01"
         "erreur 0x01"),
    SNIPNUL("fin de saisie\0"),
    SNIP("à l'attention de M. O'Neil, s'il vous plaît"),
    SNIP("motif : \\n non interprété"),
    SNIP("remise 50%_ok"),
    SNIP("\\"),
    SNIP("client ravi \xf0\x9f\x98\x80 !"),
};

static const snippet_t uk_snippets[] = {
    SNIP("ID scan: C:\\Users\\frontdesk\\Documents\\passport.pdf"),
    SNIP("copied to \\\\fileserver\\customers\\2022\\"),
    SNIP("import\tshifted column"),
    SNIP("answer: \"yes\" (sic)"),
    SNIP("line 1\r\nline 2"),
    SNIP("input cut \x1a"),
    SNIP("code\x01"
         "error 0x01"),
    SNIPNUL("end of input\0"),
    SNIP("for the attention of Mr O'Neil, it's urgent"),
    SNIP("reason: \\n not interpreted"),
    SNIP("discount 50%_ok"),
    SNIP("\\"),
    SNIP("happy customer \xf0\x9f\x98\x80 !"),
};

/* With probability escape_rate, replace the last (free-text) value by a snippet. */
static void maybe_escape(const gen_t *g, rng_t *R, rec_t *r, meta_t *m)
{
    if (!rng_chance(R, g->escape_rate)) return;
    bool uk = g->locale == LOC_UK;
    const snippet_t *list = uk ? uk_snippets : fr_snippets;
    size_t n = uk ? sizeof(uk_snippets) / sizeof(uk_snippets[0])
                  : sizeof(fr_snippets) / sizeof(fr_snippets[0]);
    const snippet_t *sn;
    do
        sn = &list[rng_below(R, (uint32_t)n)];
    while (sn->nul && g->format == FMT_POSTGRES);
    r->nf--;
    r->used = r->start = r->off[r->nf];
    rec_put(r, sn->s, sn->n);
    rec_endfield(r);
    m->multiline = memchr(sn->s, '\n', sn->n) != NULL;
}

/* A MongoDB ObjectId: 4-byte timestamp rising with b, 5 bytes per seed, 3-byte counter;
 * distinct for distinct b (equal counters are 2^24 people apart, so are their times). */
static void put_oid(rec_t *r, const gen_t *g, uint64_t b)
{
    static const char hex[] = "0123456789abcdef";
    uint64_t k = mix64(g->base_key ^ 0x6f6964ULL);
    uint64_t ts = 1546300800ULL + b * 13 / 10;
    uint64_t mid = k >> 24, cnt = (k + b) & 0xFFFFFF;
    for (int i = 7; i >= 0; i--)
        rec_putc(r, hex[(ts >> (4 * i)) & 15]);
    for (int i = 9; i >= 0; i--)
        rec_putc(r, hex[(mid >> (4 * i)) & 15]);
    for (int i = 5; i >= 0; i--)
        rec_putc(r, hex[(cnt >> (4 * i)) & 15]);
}

/* dd/mm/yyyy or yyyy-mm-dd -> yyyy-mm-ddT00:00:00Z */
static void put_iso_midnight(rec_t *r, const char *s, size_t n)
{
    if (n == 10 && s[2] == '/') {
        rec_put(r, s + 6, 4);
        rec_putc(r, '-');
        rec_put(r, s + 3, 2);
        rec_putc(r, '-');
        rec_put(r, s, 2);
    } else {
        rec_put(r, s, n);
    }
    rec_puts(r, "T00:00:00Z");
}

/* A second phone for the person whose first phone is p: same subscriber number, another
 * prefix (mobile <-> landline), so every phone stays distinct in E.164. */
static void put_phone2(rec_t *r, rng_t *R, const char *p, size_t n, uint64_t sub, bool uk_locale)
{
    char d[24];
    size_t k = 0;
    for (size_t i = 0; i < n && k < sizeof(d); i++)
        if (p[i] >= '0' && p[i] <= '9') d[k++] = p[i];
    if ((n >= 3 && !memcmp(p, "+44", 3)) || (k >= 2 && d[0] == '0' && d[1] == '7' && k == 11)) {
        put_phone_uk_landline(r, R, sub, !uk_locale);
        return;
    }
    char first = k >= 5 && !memcmp(d, "0033", 4) ? d[4]
                 : k >= 3 && !memcmp(d, "33", 2) ? d[2]
                                                 : d[1];
    char p2 =
        (first == '6' || first == '7') ? "123459"[rng_below(R, 6)] : (rng_below(R, 2) ? '6' : '7');
    put_phone_fr_fmt(r, R, sub, p2);
}

/* A mongoexport document: the csv person re-arranged as field paths, plus _id, a second
 * phone for some people and loyalty points. */
static void base_json(const gen_t *g, uint64_t b, rng_t *R, rec_t *r, meta_t *m)
{
    rec_t tmp;
    meta_t tm;
    memset(tm.valid, 1, sizeof(tm.valid));
    tm.multiline = false;
    tm.comment_col = -1;
    rec_clear(&tmp);
    bool uk = g->locale == LOC_UK;
    if (uk)
        base_uk_schema(g, b, R, &tmp, &tm);
    else
        base_fr_schema(g, b, R, &tmp, &tm, g->locale == LOC_MIXED && rng_below(R, 5) == 0);
    const int8_t *src = uk ? uk_json_src : fr_json_src;
    int phone = uk ? 6 : 8;
    for (int i = 0; i < JSON_NCOLS; i++) {
        int s = src[i];
        m->valid[i] = s >= 0 ? tm.valid[s] : 1;
        if (i == 0) {
            if (!g->no_oid) put_oid(r, g, b);
        } else if (i == JSON_PHONE2) {
            if (tmp.len[phone] && rng_below(R, 100) < 30)
                put_phone2(r, R, rec_field(&tmp, phone), tmp.len[phone],
                           perm64(b, 100000000ULL, g->keys[K_PHONE]), uk);
        } else if (g->jkind[i] == JK_DATE) {
            put_iso_midnight(r, rec_field(&tmp, s), tmp.len[s]);
        } else if (g->jkind[i] == JK_LONG) {
            rec_putu(r, rng_below(R, 5) == 0 ? 0 : rng_below(R, 25000));
        } else {
            rec_put(r, rec_field(&tmp, s), tmp.len[s]);
        }
        rec_endfield(r);
    }
    m->multiline = tm.multiline;
    m->comment_col = JSON_NCOLS - 1;
}

/* Days since 1970-01-01 -> civil date (Howard Hinnant's algorithm). */
static void civil_from_days(int64_t z, int *y, int *mo, int *d)
{
    z += 719468;
    int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    int64_t doe = z - era * 146097;
    int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    int64_t mp = (5 * doy + 2) / 153;
    *d = (int)(doy - (153 * mp + 2) / 5 + 1);
    *mo = (int)(mp < 10 ? mp + 3 : mp - 9);
    *y = (int)(yoe + era * 400 + (*mo <= 2));
}

/* See gen.h: a pure function of (seed, o, b); the e-mail is person b's, as written in the
 * first table (NULL when the person has none). */
void gen_order(const gen_t *g, uint64_t o, uint64_t b, rec_t *r, meta_t *m)
{
    static const uint8_t first_octets[] = {2,   5,   31,  37,  46,  62,  77,  78,  80, 81, 82,
                                           83,  84,  85,  86,  87,  88,  90,  91,  92, 93, 109,
                                           176, 178, 188, 193, 194, 195, 212, 213, 217};
    rng_t R;
    rng_seed(&R, mix64(g->base_key ^ 0x6f72646572730000ULL) ^ (o * 0xd1342543de82ef95ULL));
    rec_t person;
    meta_t pm;
    gen_base(g, b, &person, &pm);
    rec_clear(r);
    memset(m->valid, 1, sizeof(m->valid));
    m->multiline = false;
    m->comment_col = -1;
    rec_putu(r, o + 1);
    rec_endfield(r);
    rec_putu(r, b + 1);
    rec_endfield(r);
    for (int i = 0; i < g->ncols; i++)
        if (g->cols[i].type == T_EMAIL) rec_put(r, rec_field(&person, i), person.len[i]);
    rec_endfield(r);
    rec_putu(r, first_octets[rng_below(&R, sizeof(first_octets))]);
    for (int i = 0; i < 3; i++) {
        rec_putc(r, '.');
        rec_putu(r, i < 2 ? rng_below(&R, 256) : 1 + rng_below(&R, 254));
    }
    rec_endfield(r);
    int64_t t = 1546300800 + (int64_t)rng_below(&R, 1682899200u - 1546300800u);
    int y, mo, d;
    civil_from_days(t / 86400, &y, &mo, &d);
    rec_putu_pad(r, (uint64_t)y, 4);
    rec_putc(r, '-');
    rec_putu_pad(r, (uint64_t)mo, 2);
    rec_putc(r, '-');
    rec_putu_pad(r, (uint64_t)d, 2);
    rec_putc(r, ' ');
    rec_putu_pad(r, (uint64_t)(t % 86400 / 3600), 2);
    rec_putc(r, ':');
    rec_putu_pad(r, (uint64_t)(t % 3600 / 60), 2);
    rec_putc(r, ':');
    rec_putu_pad(r, (uint64_t)(t % 60), 2);
    rec_endfield(r);
    uint32_t cents = rng_below(&R, 4) == 0 ? 100 * (5 + rng_below(&R, 200))
                                           : 490 + rng_below(&R, rng_below(&R, 2) ? 5000 : 40000);
    rec_putu(r, cents / 100);
    rec_putc(r, '.');
    rec_putu_pad(r, cents % 100, 2);
    rec_endfield(r);
}

void gen_base(const gen_t *g, uint64_t b, rec_t *r, meta_t *m)
{
    rng_t R;
    rng_seed(&R, g->base_key ^ (b * 0xd1342543de82ef95ULL));
    rec_clear(r);
    memset(m->valid, 1, sizeof(m->valid));
    m->multiline = false;
    m->comment_col = -1;
    switch (g->format) {
    case FMT_COMBO:
    case FMT_LINES: {
        person_t p;
        if (g->locale == LOC_UK || (g->locale == LOC_MIXED && rng_below(&R, 5) == 0))
            make_person_uk(&R, &p);
        else
            make_person_fr(g, b, &R, &p);
        put_email(r, &R, &p, b);
        rec_endfield(r);
        if (g->format == FMT_COMBO) {
            put_password(r, &R, &p);
            rec_endfield(r);
        }
        break;
    }
    case FMT_JSONL:
    case FMT_JSON:
        base_json(g, b, &R, r, m);
        maybe_escape(g, &R, r, m);
        break;
    default:
        if (g->locale == LOC_UK)
            base_uk_schema(g, b, &R, r, m);
        else
            base_fr_schema(g, b, &R, r, m, g->locale == LOC_MIXED && rng_below(&R, 5) == 0);
        if (fmt_is_sql(g->format)) maybe_escape(g, &R, r, m);
    }
}

void gen_stray_quote(rec_t *dst, const rec_t *src, int col)
{
    rec_clear(dst);
    for (int i = 0; i < src->nf; i++) {
        const char *s = rec_field(src, i);
        size_t n = src->len[i];
        if (i == col && n >= 2) {
            const char *ap = memchr(s, '\'', n);
            if (ap) { /* D'Almeida -> D"Almeida */
                rec_put(dst, s, (size_t)(ap - s));
                rec_putc(dst, '"');
                rec_put(dst, ap + 1, n - (size_t)(ap - s) - 1);
            } else { /* after the first character: Dupont -> D"upont */
                size_t k = ((unsigned char)s[0] >= 0xC0) ? 2 : 1;
                rec_put(dst, s, k);
                rec_putc(dst, '"');
                rec_put(dst, s + k, n - k);
            }
            rec_endfield(dst);
        } else {
            rec_addfield(dst, s, n);
        }
    }
}
