/* Issue 9: the claim check (figures as people write them, field names, each verdict), the
 * ENISA severity computation, and distinct data subjects through the public API. */
#include <criterion/criterion.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "leakscope/leakscope.h"
#include "test_files.h"
#include "verdict/verdicts.h"

/* ---- figures ------------------------------------------------------------------------- */

Test(claim, figures_as_written)
{
    static const struct {
        const char *s;
        uint64_t v;
    } ok[] = {
        {"43000000", 43000000},
        {"43M", 43000000},
        {"43 million", 43000000},
        {"43 millions", 43000000},
        {"43,000,000", 43000000},
        {"43 000 000", 43000000},
        {"43_000_000", 43000000},
        {"4.3e7", 43000000},
        {"4,3M", 4300000},
        {"1.2bn", 1200000000},
        {"2 milliards", 2000000000},
        {"18k", 18000},
        {"0", 0},
        {" 22M", 22000000},
    };
    for (size_t i = 0; i < sizeof ok / sizeof ok[0]; i++) {
        uint64_t v = 1;
        cr_expect_eq(ls__claim_parse_count(ok[i].s, &v), 0, "%s", ok[i].s);
        cr_expect_eq(v, ok[i].v, "%s -> %llu", ok[i].s, (unsigned long long)v);
    }
    static const char *const bad[] = {"",     "lots",  "43 zillion", "-5", "43M records",
                                      "1e20", "4,30,0"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        uint64_t v;
        cr_expect_neq(ls__claim_parse_count(bad[i], &v), 0, "'%s' accepted", bad[i]);
    }
}

Test(claim, field_names_and_aliases)
{
    ls_type t[8];
    cr_expect_eq(ls__claim_field_types("nir", t, 8), 1);
    cr_expect_eq(t[0], LS_TYPE_FR_NIR);
    cr_expect_eq(ls__claim_field_types("fr_nir", t, 8), 1);
    cr_expect_eq(t[0], LS_TYPE_FR_NIR);
    cr_expect_eq(ls__claim_field_types("Date of Birth", t, 8), 1);
    cr_expect_eq(t[0], LS_TYPE_DATE_OF_BIRTH);
    cr_expect_eq(ls__claim_field_types("DOB", t, 8), 1);
    cr_expect_eq(ls__claim_field_types("E-mail", t, 8), 1);
    cr_expect_eq(t[0], LS_TYPE_EMAIL);
    cr_expect_eq(ls__claim_field_types("t\xc3\xa9l\xc3\xa9phone", t, 8), 1);
    cr_expect_eq(t[0], LS_TYPE_PHONE);
    cr_expect_eq(ls__claim_field_types("name", t, 8), 3);
    cr_expect_eq(t[0], LS_TYPE_LAST_NAME);
    cr_expect_eq(t[1], LS_TYPE_FIRST_NAME);
    cr_expect_eq(t[2], LS_TYPE_FULL_NAME);
    cr_expect_eq(ls__claim_field_types("password", t, 8), 2);
    cr_expect_eq(ls__claim_field_types("salary", t, 8), 0);
    cr_expect_eq(ls__claim_field_types("name", t, 1), 1); /* capped */
}

/* ---- count verdicts -------------------------------------------------------------------- */

static ls_claim_observed obs(uint64_t records, uint64_t unique, uint64_t subjects, uint64_t without)
{
    ls_claim_observed o = {.analysed = true,
                           .records = records,
                           .unique_records = unique,
                           .unique_records_normalized = unique,
                           .subjects_available = subjects > 0,
                           .subjects = subjects,
                           .records_without_identifier = without};
    return o;
}

static ls_claim_verdict verdict(ls_claim_item_kind k, uint64_t claimed, ls_claim_observed o,
                                const char **with)
{
    char reason[512];
    uint64_t observed;
    const char *w;
    ls_claim_verdict v = ls__claim_count_verdict(k, claimed, &o, 0.05, with ? with : &w, &observed,
                                                 reason, sizeof reason);
    cr_expect(strlen(reason) > 10, "a reason in words");
    return v;
}

Test(claim, records_verdicts)
{
    const char *with;
    /* 1000 records, 900 distinct, 900 people */
    ls_claim_observed o = obs(1000, 900, 900, 0);
    cr_expect_eq(verdict(LS_CLAIM_ITEM_RECORDS, 1000, o, &with), LS_CLAIM_INFLATED);
    cr_expect_str_eq(with, "unique_records_normalized");
    cr_expect_eq(verdict(LS_CLAIM_ITEM_RECORDS, 900, o, &with), LS_CLAIM_SUPPORTED);
    cr_expect_str_eq(with, "subjects");
    cr_expect_eq(verdict(LS_CLAIM_ITEM_RECORDS, 940, o, NULL), LS_CLAIM_SUPPORTED); /* 5 % */
    cr_expect_eq(verdict(LS_CLAIM_ITEM_RECORDS, 960, o, NULL), LS_CLAIM_INFLATED);
    cr_expect_eq(verdict(LS_CLAIM_ITEM_RECORDS, 2000, o, &with), LS_CLAIM_NOT_SUPPORTED);
    cr_expect_str_eq(with, "records");
    cr_expect_eq(verdict(LS_CLAIM_ITEM_RECORDS, 10, o, NULL), LS_CLAIM_SUPPORTED);
    /* distinct records but few people: several records per person */
    o = obs(1000, 1000, 300, 0);
    cr_expect_eq(verdict(LS_CLAIM_ITEM_RECORDS, 1000, o, &with), LS_CLAIM_INFLATED);
    cr_expect_str_eq(with, "subjects");
    cr_expect_eq(verdict(LS_CLAIM_ITEM_UNIQUE_RECORDS, 1000, o, NULL), LS_CLAIM_SUPPORTED);
    /* people not compared when too many records carry no identifier */
    o = obs(1000, 1000, 300, 500);
    cr_expect_eq(verdict(LS_CLAIM_ITEM_RECORDS, 1000, o, &with), LS_CLAIM_SUPPORTED);
    cr_expect_str_eq(with, "unique_records_normalized");
    /* lower bounds that fall short cannot decide */
    o = obs(1000, 900, 900, 0);
    o.approximate = true;
    cr_expect_eq(verdict(LS_CLAIM_ITEM_RECORDS, 1000, o, NULL), LS_CLAIM_NOT_CHECKABLE);
    o.analysed = false;
    cr_expect_eq(verdict(LS_CLAIM_ITEM_RECORDS, 1000, o, NULL), LS_CLAIM_NOT_CHECKABLE);
}

Test(claim, subjects_verdicts)
{
    ls_claim_observed o = obs(1000, 950, 600, 0);
    cr_expect_eq(verdict(LS_CLAIM_ITEM_SUBJECTS, 600, o, NULL), LS_CLAIM_SUPPORTED);
    cr_expect_eq(verdict(LS_CLAIM_ITEM_SUBJECTS, 1000, o, NULL), LS_CLAIM_INFLATED);
    cr_expect_eq(verdict(LS_CLAIM_ITEM_SUBJECTS, 5000, o, NULL), LS_CLAIM_NOT_SUPPORTED);
    o = obs(1000, 950, 600, 400); /* 400 records without identifier could be 400 people */
    cr_expect_eq(verdict(LS_CLAIM_ITEM_SUBJECTS, 1000, o, NULL), LS_CLAIM_NOT_CHECKABLE);
    o = obs(1000, 950, 0, 1000); /* no identifier column */
    cr_expect_eq(verdict(LS_CLAIM_ITEM_SUBJECTS, 10, o, NULL), LS_CLAIM_NOT_CHECKABLE);
}

Test(claim, add_and_json)
{
    ls_claim *c = ls_claim_create();
    char err[256];
    cr_expect_eq(ls_claim_add(c, "records=43M", err, sizeof err), LS_OK);
    cr_expect_eq(ls_claim_add(c, "fields=name, nir,dob", err, sizeof err), LS_OK);
    cr_expect_eq(ls_claim_add(c, "tolerance=0.1", err, sizeof err), LS_OK);
    cr_expect_eq(ls_claim_add(c, "records", err, sizeof err), LS_ERR_INVALID_ARGUMENT);
    cr_expect_eq(ls_claim_add(c, "recrods=4", err, sizeof err), LS_ERR_INVALID_ARGUMENT);
    cr_expect(strstr(err, "recrods") != NULL, "%s", err);
    cr_expect_eq(ls_claim_add(c, "tolerance=2", err, sizeof err), LS_ERR_INVALID_ARGUMENT);
    const char *j = "{\n  \"records\": 43000000,\n  \"fields\": [\"email\", \"phone\"],\n"
                    "  \"fields\": \"iban\", \"source\": \"forum\", \"note\": null}";
    cr_expect_eq(ls_claim_load_json(c, j, strlen(j), err, sizeof err), LS_OK, "%s", err);
    const char *bad[] = {"[1]", "{\"records\": 1,", "{\"size\": 3}", "{} {}", "nope"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
        cr_expect_eq(ls_claim_load_json(c, bad[i], strlen(bad[i]), err, sizeof err),
                     LS_ERR_INVALID_ARGUMENT, "%s accepted", bad[i]);
    ls_claim_free(c);
    ls_claim_free(NULL);
}

/* ---- ENISA --------------------------------------------------------------------------- */

static ls_enisa_storage *st; /* one per test process, freed at the end of the test */

static ls_gdpr_summary enisa(const ls_type *types, size_t n, double cb, bool given)
{
    bool present[LS_TYPE__COUNT] = {false};
    for (size_t i = 0; i < n; i++)
        present[types[i]] = true;
    if (!st) st = ls__enisa_storage_create();
    cr_assert_not_null(st);
    ls_gdpr_summary g;
    memset(&g, 0, sizeof g);
    ls__enisa_compute(present, cb, given, st, &g);
    cr_expect(fabs(g.se - (g.dpc * g.ei + g.cb)) < 1e-12, "SE = DPC x EI + CB");
    return g;
}

Test(enisa, scores)
{
    /* e-mail + password: simple data, EI significant */
    ls_type combo[] = {LS_TYPE_EMAIL, LS_TYPE_PASSWORD};
    ls_gdpr_summary g = enisa(combo, 2, 0, false);
    cr_expect_eq(g.dpc, 1);
    cr_expect_eq(g.ei, 0.75);
    cr_expect_eq(g.se, 0.75);
    cr_expect_str_eq(g.severity, "low");
    cr_expect_eq(g.dpc_part_count, 1);
    cr_expect_str_eq(g.dpc_parts[0].category, "simple");
    /* names, birth date, NIR: simple +1 (national id), EI maximum */
    ls_type fr[] = {LS_TYPE_LAST_NAME, LS_TYPE_FIRST_NAME, LS_TYPE_DATE_OF_BIRTH, LS_TYPE_FR_NIR};
    g = enisa(fr, 4, 0.5, true);
    cr_expect_eq(g.dpc, 2);
    cr_expect_eq(g.ei, 1);
    cr_expect_eq(g.cb, 0.5);
    cr_expect(g.cb_given);
    cr_expect_eq(g.se, 2.5);
    cr_expect_str_eq(g.severity, "medium");
    /* card numbers: financial +1 = 4; full name + e-mail: EI 1 */
    ls_type card[] = {LS_TYPE_FULL_NAME, LS_TYPE_EMAIL, LS_TYPE_IBAN, LS_TYPE_CARD_NUMBER};
    g = enisa(card, 4, 0, false);
    cr_expect_eq(g.dpc, 4);
    cr_expect_eq(g.ei, 1);
    cr_expect_str_eq(g.severity, "very_high");
    /* IBAN alone -1; BIC alone -2 */
    ls_type iban[] = {LS_TYPE_LAST_NAME, LS_TYPE_IBAN};
    g = enisa(iban, 2, 0, false);
    cr_expect_eq(g.dpc, 2);
    cr_expect_eq(g.ei, 0.5);
    ls_type bic[] = {LS_TYPE_BIC};
    g = enisa(bic, 1, 0, false);
    cr_expect_eq(g.dpc, 1);
    cr_expect_eq(g.ei, 0.25);
    /* health: sensitive, 4 */
    ls_type health[] = {LS_TYPE_EMAIL, LS_TYPE_HEALTH};
    g = enisa(health, 2, 1, true);
    cr_expect_eq(g.dpc, 4);
    cr_expect_eq(g.se, 4 * 0.75 + 1);
    /* IP addresses: behavioural 2 - 1 */
    ls_type ip[] = {LS_TYPE_IPV4, LS_TYPE_USERNAME};
    g = enisa(ip, 2, 0, false);
    cr_expect_eq(g.dpc, 1);
    cr_expect_eq(g.ei, 0.5);
    /* nothing personal: the lowest scores, stated */
    g = enisa(NULL, 0, 0, false);
    cr_expect_eq(g.dpc, 1);
    cr_expect_eq(g.ei, 0.25);
    cr_expect_eq(g.dpc_part_count, 0);
    cr_expect(strstr(g.cb_reason, "--enisa-cb") != NULL);
    ls__enisa_storage_free(st);
    st = NULL;
}

/* ---- subjects and the claim end to end ------------------------------------------------ */

/* A valid NIR: 13 digits and the key 97 - (n mod 97). */
static void nir(const char *body13, char out[16])
{
    unsigned long long n = strtoull(body13, NULL, 10);
    snprintf(out, 16, "%s%02llu", body13, 97 - n % 97);
}

static ls_analysis *analyse(const char *name, const char *text, const ls_claim *claim)
{
    ls_options o;
    ls_options_init(&o);
    o.threads = 2;
    o.claim = claim;
    ls_analysis *a = ls_analysis_create(&o);
    cr_assert_not_null(a);
    ls_analysis_add_path(a, test_write_file(name, text, strlen(text)));
    cr_assert_eq(ls_analysis_finish(a), LS_OK);
    return a;
}

static uint64_t rule_subjects(const ls_subjects_summary *s, const char *rule)
{
    for (uint32_t i = 0; i < s->rule_count; i++)
        if (!strcmp(s->rules[i].rule, rule)) return s->rules[i].subjects;
    return UINT64_MAX;
}

TestSuite(subjects, .init = NULL, .fini = test_dir_remove);

Test(subjects, strongest_identifier_wins)
{
    test_dir_make("ls-subj");
    char n1[16], n2[16], bad[16];
    nir("1850512345678", n1);
    nir("2900175123456", n2);
    nir("1700199123456", bad);
    bad[14] = bad[14] == '9' ? '0' : (char)(bad[14] + 1); /* wrong key */
    char t[2048];
    snprintf(t, sizeof t,
             "nom;prenom;date_naissance;nir;email;telephone\n"
             "Dupont;Jean;12/05/1985;%s;jean.dupont@exemple.fr;0612345678\n"
             /* same person: NIR spaced, e-mail upper-case: one key (NIR) */
             "DUPONT;Jean;12/05/1985;%.1s %.2s %.2s %.2s %.3s %.3s %.2s;JEAN.DUPONT@EXEMPLE.FR;\n"
             /* same person without NIR: keyed by e-mail, a second key (the rule's limit) */
             "Dupont;Jean;12/05/1985;;jean.dupont@exemple.fr;\n"
             "Martin;Claire;01/01/1990;%s;;\n"
             "Petit;Paul;02/02/1970;;;06 11 11 11 11\n"
             "Petit;Paul;02/02/1970;;;+33611111111\n" /* same phone, E.164 */
             "Roux;Marie;03/03/1960;;;\n"             /* names + birth date */
             "Roux;Marie;03/03/1960;;;\n"
             "Durand;Luc;04/04/1980;%s;luc@exemple.fr;\n" /* NIR fails its key: e-mail */
             ";;;;;\n",                                   /* no identifier */
             n1, n1, n1 + 1, n1 + 3, n1 + 5, n1 + 7, n1 + 10, n1 + 13, n2, bad);
    ls_claim *c = ls_claim_create();
    char err[128];
    cr_assert_eq(ls_claim_add(c, "records=10", err, sizeof err), LS_OK);
    cr_assert_eq(ls_claim_add(c, "people=10", err, sizeof err), LS_OK);
    cr_assert_eq(ls_claim_add(c, "subjects=6", err, sizeof err), LS_OK);
    cr_assert_eq(ls_claim_add(c, "fields=nir,email,iban", err, sizeof err), LS_OK);
    ls_analysis *a = analyse("s.csv", t, c);
    const ls_subjects_summary *s = ls_analysis_subjects(a);
    cr_assert_not_null(s);
    cr_expect(s->available);
    cr_expect_eq(rule_subjects(s, "fr_nir"), 2);
    cr_expect_eq(rule_subjects(s, "email"), 2);
    cr_expect_eq(rule_subjects(s, "phone"), 1);
    cr_expect_eq(rule_subjects(s, "name_dob"), 1);
    cr_expect_eq(s->subjects, 6);
    cr_expect_eq(s->records_keyed, 9);
    cr_expect_eq(s->records_without_identifier, 1);
    const ls_claim_result *r = ls_analysis_claim(a);
    cr_assert_not_null(r);
    cr_assert_eq(r->item_count, 6);
    cr_expect_eq(r->items[0].verdict, LS_CLAIM_INFLATED); /* 10 records, 8 distinct */
    cr_expect_eq(r->items[1].verdict, LS_CLAIM_INFLATED); /* 10 people: 6 */
    cr_expect_eq(r->items[2].verdict, LS_CLAIM_SUPPORTED);
    cr_expect_eq(r->items[3].verdict, LS_CLAIM_SUPPORTED);
    cr_expect_eq(r->items[4].verdict, LS_CLAIM_SUPPORTED);
    cr_expect_eq(r->items[5].verdict, LS_CLAIM_NOT_SUPPORTED);
    cr_expect_eq(r->verdicts[LS_CLAIM_INFLATED], 2);
    cr_expect_str_eq(r->items[3].columns[0].name, "nir");
    const ls_gdpr_summary *g = ls_analysis_gdpr(a);
    cr_assert_not_null(g);
    cr_expect_eq(g->subjects, 6);
    cr_expect_eq(g->ei, 1);
    ls_analysis_free(a);
    ls_claim_free(c);
}

Test(subjects, json_documents_and_arrays)
{
    test_dir_make("ls-subj");
    const char *t = "{\"email\": \"Ann@Exemple.fr\", \"phones\": [\"0612345678\"]}\n"
                    "{\"email\": \"ann@exemple.fr\"}\n"
                    "{\"phones\": [\"0698765432\", \"0612345678\"]}\n"
                    "{\"phones\": [\"06 98 76 54 32\"]}\n"
                    "{\"email\": \"bob@exemple.fr\", \"phones\": [\"0611223344\"]}\n"
                    "{\"email\": \"cy@exemple.fr\"}\n"
                    "{\"note\": \"x\"}\n"
                    "{broken\n";
    ls_analysis *a = analyse("s.jsonl", t, NULL);
    const ls_subjects_summary *s = ls_analysis_subjects(a);
    cr_assert_not_null(s);
    cr_expect_eq(rule_subjects(s, "email"), 3);
    cr_expect_eq(rule_subjects(s, "phone"), 1); /* first phone of the array */
    cr_expect_eq(s->subjects, 4);
    cr_expect_eq(s->records_without_identifier, 2); /* no identifier; unparsable */
    cr_expect_null(ls_analysis_claim(a));
    ls_analysis_free(a);
}
