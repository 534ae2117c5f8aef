/* Fabrication signals: each one on a real-shaped dump (the columns of one record agree, as
 * in a registry) and on a fabricated variant (the same columns, invented the way sellers'
 * generators do), through the public API. Also the French geography behind the
 * cross-column checks. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "detect/frgeo.h"
#include "leakscope/leakscope.h"
#include "test_files.h"
#include "test_rng.h"

static void setup(void)
{
    test_dir_make("ls-signals");
}
TestSuite(signals, .init = setup, .fini = test_dir_remove);

/* ---- frgeo ----------------------------------------------------------------------------------- */

Test(signals, frgeo_folds_and_finds_communes)
{
    char f[64];
    cr_assert_eq(ls_frgeo_fold("Saint-Étienne", strlen("Saint-Étienne"), f, sizeof f), 13);
    cr_assert_str_eq(f, "saint etienne");
    ls_frgeo_fold("ST ETIENNE CEDEX 2", 18, f, sizeof f);
    cr_assert_str_eq(f, "saint etienne");
    ls_frgeo_fold("Paris 15e", 9, f, sizeof f);
    cr_assert_str_eq(f, "paris");
    ls_dept d[2];
    cr_assert_eq(ls_frgeo_city_depts("LYON 3", 6, d), 1);
    cr_assert_str_eq(d[0], "69");
    cr_assert_eq(ls_frgeo_city_depts("Saint-Denis", 11, d), 2); /* 93 and 974 */
    cr_assert_eq(ls_frgeo_city_depts("Ajaccio", 7, d), 1);
    cr_assert_str_eq(d[0], "20"); /* Corsica, canonical */
    cr_assert_eq(ls_frgeo_city_depts("Trifouillis-les-Oies", 20, d), 0);
    ls_dept p;
    cr_assert(ls_frgeo_postal_dept("97400", 5, p));
    cr_assert_str_eq(p, "974");
    cr_assert(ls_frgeo_postal_dept("20137", 5, p));
    cr_assert(ls_frgeo_same_dept(p, "2A"));
    cr_assert(!ls_frgeo_postal_dept("7500", 4, p));
    cr_assert(ls_frgeo_nir_dept("185076912345678", p));
    cr_assert_str_eq(p, "69");
    cr_assert(!ls_frgeo_nir_dept("185079912345678", p)); /* 99: born abroad */
    cr_assert(ls_frgeo_nir_dept("185079741234567", p));
    cr_assert_str_eq(p, "974");
}

/* ---- a dump, real-shaped or with one kind of fabrication ---------------------------------------
 */

enum {
    FAKE_NIR_RANDOM = 1 << 0,       /* 15 random digits */
    FAKE_NIR_INDEPENDENT = 1 << 1,  /* valid key, but sex/year/month/dept drawn on their own */
    FAKE_POSTAL = 1 << 2,           /* the postal code of another city */
    FAKE_EMAIL_EVEN = 1 << 3,       /* three domains, equal shares */
    FAKE_EMAIL_RESERVED = 1 << 4,   /* example.com */
    FAKE_DUPLICATES = 1 << 5,       /* 40 % of rows repeat an earlier one */
    FAKE_DATES = 1 << 6,            /* 1 January placeholders and dates in the future */
    FAKE_PHONE_SEQUENTIAL = 1 << 7, /* 0600000000, 0600000001, ... */
    FAKE_CHECKSUMS = 1 << 8,        /* IBANs and card numbers: random digits */
    FAKE_NEAR = 1 << 9              /* 20 % of rows repeat an earlier one in upper case */
};

/* Luhn check digit for a payload of n digits. */
static int luhn_digit(const char *p, size_t n)
{
    int sum = 0;
    for (size_t i = 0; i < n; i++) {
        int d = p[n - 1 - i] - '0';
        if (i % 2 == 0) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
        sum += d;
    }
    return (10 - sum % 10) % 10;
}

/* A French IBAN over a random 23-digit BBAN, with valid check digits or random ones. */
static void make_iban(char *out, bool valid)
{
    char bban[24];
    for (int i = 0; i < 23; i++)
        bban[i] = (char)('0' + rnd_below(10));
    bban[23] = '\0';
    /* the BBAN, then "FR00" as digits (F = 15, R = 27): the check is 98 - (that mod 97) */
    char num[64];
    snprintf(num, sizeof num, "%s152700", bban);
    unsigned rest = 0;
    for (const char *q = num; *q; q++)
        rest = (rest * 10 + (unsigned)(*q - '0')) % 97;
    unsigned check = valid ? 98 - rest : (unsigned)rnd_below(100);
    snprintf(out, 40, "FR%02u%s", check, bban);
}

static const struct {
    const char *city, *dept, *postal;
} cities[] = {
    {"Lyon", "69", "69003"},       {"Lille", "59", "59000"},     {"Nantes", "44", "44000"},
    {"Rennes", "35", "35000"},     {"Toulouse", "31", "31000"},  {"Bordeaux", "33", "33000"},
    {"Strasbourg", "67", "67000"}, {"Nice", "06", "06000"},      {"Dijon", "21", "21000"},
    {"Reims", "51", "51100"},      {"Marseille", "13", "13001"}, {"Paris", "75", "75011"},
};
#define NCITIES (sizeof cities / sizeof cities[0])

static const char *const domains[] = {
    "gmail.com",   "orange.fr",  "hotmail.fr",     "free.fr",          "yahoo.fr", "sfr.fr",
    "laposte.net", "wanadoo.fr", "outlook.fr",     "icloud.com",       "neuf.fr",  "aol.com",
    "bbox.fr",     "live.fr",    "numericable.fr", "club-internet.fr", "voila.fr", "gmx.fr"};

/* A NIR with its key: sex, yy, mm, département (2 digits), commune and order. */
static void make_nir(char *out, int sex, int yy, int mm, const char *dept, unsigned commune,
                     unsigned order)
{
    char body[14];
    snprintf(body, sizeof body, "%d%02d%02d%s%03u%03u", sex, yy, mm, dept, commune % 1000,
             order % 1000 ? order % 1000 : 1);
    unsigned long long n = strtoull(body, NULL, 10);
    snprintf(out, 16, "%s%02llu", body, 97 - n % 97);
}

static ls_analysis *analyse_dump(unsigned fake, unsigned records, uint64_t seed)
{
    rng_state = seed;
    size_t cap = (size_t)records * 300 + 256, o = 0;
    char *t = malloc(cap);
    o += (size_t)snprintf(t + o, cap - o,
                          "id;civilite;date_naissance;lieu_naissance;nir;email;telephone;"
                          "code_postal;ville;iban;carte_bancaire;date_inscription\n");
    size_t *starts = malloc(records * sizeof *starts);
    for (unsigned i = 0; i < records; i++) {
        starts[i] = o;
        if ((fake & FAKE_DUPLICATES) && i > 10 && rnd_below(10) < 4) {
            /* a copy of an earlier row */
            size_t k = starts[rnd_below(i)];
            const char *nl = strchr(t + k, '\n');
            size_t len = (size_t)(nl - (t + k)) + 1;
            memmove(t + o, t + k, len);
            o += len;
            continue;
        }
        if ((fake & FAKE_NEAR) && i > 10 && rnd_below(10) < 2) {
            /* an earlier row again, in upper case: the same record once normalised */
            size_t k = starts[rnd_below(i)];
            const char *nl = strchr(t + k, '\n');
            size_t len = (size_t)(nl - (t + k)) + 1;
            memmove(t + o, t + k, len);
            for (size_t q = 0; q < len; q++)
                if (t[o + q] >= 'a' && t[o + q] <= 'z') t[o + q] = (char)(t[o + q] - 32);
            o += len;
            continue;
        }
        int sex = 1 + (int)rnd_below(2);
        int year = 1940 + (int)rnd_below(65), month = 1 + (int)rnd_below(12);
        int day = 1 + (int)rnd_below(28);
        if (fake & FAKE_DATES) {
            unsigned r = (unsigned)rnd_below(100);
            if (r < 30) month = day = 1;
            if (r >= 30 && r < 35) year = 2090;
        }
        size_t bc = rnd_below(NCITIES), ac = rnd_below(NCITIES);
        char nir[32];
        if (fake & FAKE_NIR_RANDOM) {
            snprintf(nir, sizeof nir, "%d%014llu", 1 + (int)rnd_below(2),
                     (unsigned long long)(rnd() % 100000000000000ull));
        } else if (fake & FAKE_NIR_INDEPENDENT) {
            make_nir(nir, 1 + (int)rnd_below(2), (int)rnd_below(100), 1 + (int)rnd_below(12),
                     cities[rnd_below(NCITIES)].dept, (unsigned)rnd(), (unsigned)rnd());
        } else {
            make_nir(nir, sex, year % 100, month, cities[bc].dept, (unsigned)rnd(),
                     (unsigned)rnd());
        }
        const char *dom;
        if (fake & FAKE_EMAIL_RESERVED)
            dom = "example.com";
        else if (fake & FAKE_EMAIL_EVEN)
            dom = domains[rnd_below(3)];
        else /* a long tail: the first domains are far more common */
            dom = domains[rnd_below(1 + rnd_below(sizeof domains / sizeof domains[0]))];
        char phone[32];
        if (fake & FAKE_PHONE_SEQUENTIAL)
            snprintf(phone, sizeof phone, "06%08u", i);
        else
            snprintf(phone, sizeof phone, "0%d%08u", 6 + (int)rnd_below(2),
                     (unsigned)rnd_below(100000000));
        const char *postal = cities[(fake & FAKE_POSTAL) ? rnd_below(NCITIES) : ac].postal;
        char iban[40], card[20];
        make_iban(iban, !(fake & FAKE_CHECKSUMS));
        card[0] = '4';
        for (int q = 1; q < 15; q++)
            card[q] = (char)('0' + rnd_below(10));
        card[15] =
            (char)('0' + ((fake & FAKE_CHECKSUMS) ? (int)rnd_below(10) : luhn_digit(card, 15)));
        card[16] = '\0';
        int iy = 2010 + (int)rnd_below(10);
        if ((fake & FAKE_DATES) && rnd_below(10) < 2) iy = 2091;
        o += (size_t)snprintf(
            t + o, cap - o, "%u;%s;%02d/%02d/%04d;%s;%s;p%u.n%u@%s;%s;%s;%s;%s;%s;%04d-%02d-%02d\n",
            i, sex == 1 ? "M." : "Mme", day, month, year, cities[bc].city, nir, i,
            (unsigned)rnd_below(1000), dom, phone, postal, cities[ac].city, iban, card, iy,
            1 + (int)rnd_below(12), 1 + (int)rnd_below(28));
    }
    const char *p = test_write_file("dump.csv", t, o);
    free(starts);
    free(t);
    ls_options opt;
    ls_options_init(&opt);
    opt.threads = 2;
    ls_analysis *a = ls_analysis_create(&opt);
    cr_assert_not_null(a);
    cr_assert_eq(ls_analysis_add_path(a, p), LS_OK);
    cr_assert_eq(ls_analysis_finish(a), LS_OK);
    return a;
}

static const ls_signal *signal_of(const ls_analysis *a, const char *id)
{
    for (size_t i = 0; i < ls_analysis_signal_count(a); i++)
        if (strcmp(ls_analysis_signal(a, i)->id, id) == 0) return ls_analysis_signal(a, i);
    cr_assert_fail("no signal %s", id);
    return NULL;
}

/* The signal leans as expected, and its value lies in [lo, hi]. */
static void expect(const ls_analysis *a, const char *id, const char *leaning, double lo, double hi)
{
    const ls_signal *s = signal_of(a, id);
    cr_assert_str_eq(s->consistent_with, leaning, "%s: %s (value %g: %s)", id, s->consistent_with,
                     s->value, s->reading);
    cr_assert(s->value >= lo && s->value <= hi, "%s = %g, want [%g, %g]", id, s->value, lo, hi);
    cr_assert(s->checked >= 30 && s->reading[0] && s->real_data[0]);
}

Test(signals, real_shaped_dump_reads_as_real)
{
    ls_analysis *a = analyse_dump(0, 4000, 1);
    expect(a, "checksum.fr_nir", "real_data", 1.0, 1.0);
    expect(a, "nir_vs_date_of_birth", "real_data", 1.0, 1.0);
    expect(a, "nir_vs_gender", "real_data", 1.0, 1.0);
    expect(a, "nir_vs_place_of_birth", "real_data", 1.0, 1.0);
    expect(a, "postal_code_vs_city", "real_data", 1.0, 1.0);
    expect(a, "email_domains", "real_data", 0.10, 0.60);
    expect(a, "email_disposable_domains", "real_data", 0, 0);
    expect(a, "duplicates.exact", "real_data", 0, 0);
    expect(a, "dates.date_of_birth_implausible", "real_data", 0, 0);
    expect(a, "dates.date_of_birth_1_january", "real_data", 0, 0.01);
    expect(a, "digits.fr_nir", "real_data", 0, 0.34);
    expect(a, "range_density.fr_nir", "real_data", 0, 0.01);
    expect(a, "range_density.phone", "real_data", 0, 0.01);
    expect(a, "checksum.iban", "real_data", 1.0, 1.0);
    expect(a, "checksum.card_number", "real_data", 1.0, 1.0);
    expect(a, "duplicates.near", "either", 0, 0);
    expect(a, "dates.other_implausible", "real_data", 0, 0);
    /* no raw value in the signals: only counts, and domains for e-mail */
    const ls_signal *e = signal_of(a, "email_domains");
    cr_assert_gt(e->item_count, 0);
    for (uint32_t k = 0; k < e->item_count; k++)
        cr_assert_null(strchr(e->items[k].name, '@'));
    ls_analysis_free(a);
}

Test(signals, random_nirs_fail_their_key)
{
    ls_analysis *a = analyse_dump(FAKE_NIR_RANDOM, 4000, 2);
    expect(a, "checksum.fr_nir", "fabrication", 0.0, 0.03); /* about 1 % */
    expect(a, "digits.fr_nir", "fabrication", 1.0, 1.0);
    ls_analysis_free(a);
}

Test(signals, generated_valid_nirs_pass_but_disagree_with_the_record)
{
    ls_analysis *a = analyse_dump(FAKE_NIR_INDEPENDENT, 4000, 3);
    expect(a, "checksum.fr_nir", "real_data", 1.0, 1.0); /* the key alone proves nothing */
    expect(a, "nir_vs_date_of_birth", "fabrication", 0.0, 0.02);
    expect(a, "nir_vs_gender", "fabrication", 0.4, 0.6);
    expect(a, "nir_vs_place_of_birth", "fabrication", 0.0, 0.2);
    ls_analysis_free(a);
}

Test(signals, postal_codes_of_other_cities)
{
    ls_analysis *a = analyse_dump(FAKE_POSTAL, 4000, 4);
    expect(a, "postal_code_vs_city", "fabrication", 0.0, 0.2);
    ls_analysis_free(a);
}

Test(signals, email_domains_even_or_reserved)
{
    ls_analysis *a = analyse_dump(FAKE_EMAIL_EVEN, 4000, 5);
    expect(a, "email_domains", "fabrication", 0.3, 0.37);
    ls_analysis_free(a);
    a = analyse_dump(FAKE_EMAIL_RESERVED, 4000, 6);
    expect(a, "email_disposable_domains", "fabrication", 1.0, 1.0);
    expect(a, "email_domains", "either", 1.0, 1.0);
    ls_analysis_free(a);
}

Test(signals, padding_by_duplicates)
{
    ls_analysis *a = analyse_dump(FAKE_DUPLICATES, 4000, 7);
    expect(a, "duplicates.exact", "fabrication", 0.35, 0.45);
    ls_analysis_free(a);
}

Test(signals, placeholder_and_future_dates)
{
    ls_analysis *a = analyse_dump(FAKE_DATES, 4000, 8);
    expect(a, "dates.date_of_birth_1_january", "fabrication", 0.25, 0.35);
    expect(a, "dates.date_of_birth_implausible", "fabrication", 0.03, 0.07);
    ls_analysis_free(a);
}

Test(signals, random_ibans_and_card_numbers)
{
    ls_analysis *a = analyse_dump(FAKE_CHECKSUMS, 4000, 11);
    expect(a, "checksum.iban", "fabrication", 0.0, 0.03);         /* about 1 % */
    expect(a, "checksum.card_number", "fabrication", 0.05, 0.15); /* about 10 % */
    ls_analysis_free(a);
}

Test(signals, padding_with_altered_copies)
{
    ls_analysis *a = analyse_dump(FAKE_NEAR, 4000, 12);
    expect(a, "duplicates.near", "fabrication", 0.1, 0.25); /* some copies repeat a copy */
    ls_analysis_free(a);
}

Test(signals, event_dates_in_the_future)
{
    ls_analysis *a = analyse_dump(FAKE_DATES, 4000, 13);
    expect(a, "dates.other_implausible", "fabrication", 0.15, 0.25);
    ls_analysis_free(a);
}

Test(signals, sequential_phone_numbers)
{
    ls_analysis *a = analyse_dump(FAKE_PHONE_SEQUENTIAL, 4000, 9);
    expect(a, "range_density.phone", "fabrication", 0.99, 1.0);
    ls_analysis_free(a);
}

Test(signals, same_for_every_thread_count)
{
    /* merged per-worker state: -j1 and -j2 give the same list */
    ls_analysis *a = analyse_dump(FAKE_DUPLICATES | FAKE_POSTAL, 3000, 10);
    char path[600];
    snprintf(path, sizeof path, "%s/dump.csv", test_dir);
    ls_options o;
    ls_options_init(&o);
    o.threads = 1;
    ls_analysis *b = ls_analysis_create(&o);
    ls_analysis_add_path(b, path);
    ls_analysis_finish(b);
    cr_assert_eq(ls_analysis_signal_count(a), ls_analysis_signal_count(b));
    for (size_t i = 0; i < ls_analysis_signal_count(a); i++) {
        const ls_signal *x = ls_analysis_signal(a, i), *y = ls_analysis_signal(b, i);
        cr_assert_str_eq(x->id, y->id);
        cr_assert_eq(x->checked, y->checked, "%s", x->id);
        cr_assert_eq(x->matched, y->matched, "%s", x->id);
        cr_assert_str_eq(x->reading, y->reading);
    }
    ls_analysis_free(a);
    ls_analysis_free(b);
}
