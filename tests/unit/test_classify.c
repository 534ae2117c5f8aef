/* test_classify.c — the column classifier (src/detect/classify.c): header hints (accents,
 * case, separators, substring pitfalls), every PII column of the committed samples and of
 * tests/data/classify/ typed as its truth says (French and English, with and without a
 * header), non-PII columns never labelled PII, combo lists, and cross-column rules. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "detect/classify.h"
#include "parse/tokenize.h"
#include "sniff/sniff.h"

#define REF_YEAR 2025

/* ---- header hints ---------------------------------------------------------------------- */

static ls_type hint(const char *s)
{
    return ls_header_hint(s, strlen(s));
}

#define HINT(s, t)                                                                                 \
    cr_expect_eq(hint(s), t, "hint(\"%s\") = %s, want %s", s, ls_type_name(hint(s)),               \
                 ls_type_name(t))

Test(header_hint, french_accents_case_separators)
{
    HINT("prénom", LS_TYPE_FIRST_NAME);
    HINT("PRENOM", LS_TYPE_FIRST_NAME);
    HINT("Prénom", LS_TYPE_FIRST_NAME);
    HINT("PR\xc3\x89NOM", LS_TYPE_FIRST_NAME); /* É in UTF-8 */
    HINT("Pr\xe9nom", LS_TYPE_FIRST_NAME);     /* é in Windows-1252 */
    HINT("nom", LS_TYPE_LAST_NAME);
    HINT("NOM", LS_TYPE_LAST_NAME);
    HINT("nom_famille", LS_TYPE_LAST_NAME);
    HINT("Nom de famille", LS_TYPE_LAST_NAME);
    HINT("nom_naissance", LS_TYPE_LAST_NAME);
    HINT("nom_client", LS_TYPE_LAST_NAME);
    HINT("Nom du patient", LS_TYPE_LAST_NAME);
    HINT("NOM_DESTINATAIRE", LS_TYPE_LAST_NAME);
    HINT("Né(e) le", LS_TYPE_DATE_OF_BIRTH);
    HINT("nom_prenom", LS_TYPE_FULL_NAME);
    HINT("Nom et prénom", LS_TYPE_FULL_NAME);
    HINT("courriel", LS_TYPE_EMAIL);
    HINT("E-mail", LS_TYPE_EMAIL);
    HINT("e_mail", LS_TYPE_EMAIL);
    HINT("Adresse mail", LS_TYPE_EMAIL);
    HINT("adresse électronique", LS_TYPE_EMAIL);
    HINT("tél", LS_TYPE_PHONE);
    HINT("Téléphone", LS_TYPE_PHONE);
    HINT("N° de téléphone", LS_TYPE_PHONE);
    HINT("tel_portable", LS_TYPE_PHONE);
    HINT("portable", LS_TYPE_PHONE);
    HINT("mobile", LS_TYPE_PHONE);
    HINT("date_naissance", LS_TYPE_DATE_OF_BIRTH);
    HINT("Date de naissance", LS_TYPE_DATE_OF_BIRTH);
    HINT("dateNaissance", LS_TYPE_DATE_OF_BIRTH);
    HINT("DATENAISSANCE", LS_TYPE_DATE_OF_BIRTH);
    HINT("lieu_naissance", LS_TYPE_PLACE_OF_BIRTH);
    HINT("Lieu de naissance", LS_TYPE_PLACE_OF_BIRTH);
    HINT("nir", LS_TYPE_FR_NIR);
    HINT("num_secu", LS_TYPE_FR_NIR);
    HINT("numero_securite_sociale", LS_TYPE_FR_NIR);
    HINT("N° Sécurité Sociale", LS_TYPE_FR_NIR);
    HINT("insee", LS_TYPE_FR_NIR);
    HINT("numero_insee", LS_TYPE_FR_NIR);
    HINT("adresse", LS_TYPE_STREET_ADDRESS);
    HINT("adresse_postale", LS_TYPE_STREET_ADDRESS);
    HINT("adresse2", LS_TYPE_STREET_ADDRESS);
    HINT("cp", LS_TYPE_POSTAL_CODE);
    HINT("CP", LS_TYPE_POSTAL_CODE);
    HINT("code_postal", LS_TYPE_POSTAL_CODE);
    HINT("Code Postal", LS_TYPE_POSTAL_CODE);
    HINT("codepostal", LS_TYPE_POSTAL_CODE);
    HINT("ville", LS_TYPE_CITY);
    HINT("commune", LS_TYPE_CITY);
    HINT("pays", LS_TYPE_COUNTRY);
    HINT("iban", LS_TYPE_IBAN);
    HINT("RIB", LS_TYPE_IBAN);
    HINT("bic", LS_TYPE_BIC);
    HINT("carte", LS_TYPE_CARD_NUMBER);
    HINT("carte_bancaire", LS_TYPE_CARD_NUMBER);
    HINT("N° carte", LS_TYPE_CARD_NUMBER);
    HINT("num_cb", LS_TYPE_CARD_NUMBER);
    HINT("mot_de_passe", LS_TYPE_PASSWORD);
    HINT("Mot de passe", LS_TYPE_PASSWORD);
    HINT("motDePasse", LS_TYPE_PASSWORD);
    HINT("mdp", LS_TYPE_PASSWORD);
    HINT("hash_mdp", LS_TYPE_PASSWORD_HASH);
    HINT("civilité", LS_TYPE_GENDER);
    HINT("sexe", LS_TYPE_GENDER);
    HINT("genre", LS_TYPE_GENDER);
    HINT("siren", LS_TYPE_FR_SIREN);
    HINT("siret", LS_TYPE_FR_SIRET);
    HINT("num_siret", LS_TYPE_FR_SIRET);
    HINT("rpps", LS_TYPE_FR_RPPS);
    HINT("n_adeli", LS_TYPE_FR_ADELI);
    HINT("finess", LS_TYPE_FR_FINESS);
    HINT("pseudo", LS_TYPE_USERNAME);
    HINT("identifiant", LS_TYPE_USERNAME);
    HINT("nom_utilisateur", LS_TYPE_USERNAME);
    HINT("id_client", LS_TYPE_USER_ID);
    HINT("N° client", LS_TYPE_USER_ID);
    HINT("numero_adherent", LS_TYPE_USER_ID);
    HINT("adresse_ip", LS_TYPE_IPV4);
    HINT("site_web", LS_TYPE_URL);
}

Test(header_hint, english)
{
    HINT("first_name", LS_TYPE_FIRST_NAME);
    HINT("FirstName", LS_TYPE_FIRST_NAME);
    HINT("firstname", LS_TYPE_FIRST_NAME);
    HINT("Forename", LS_TYPE_FIRST_NAME);
    HINT("last_name", LS_TYPE_LAST_NAME);
    HINT("lastName", LS_TYPE_LAST_NAME);
    HINT("surname", LS_TYPE_LAST_NAME);
    HINT("Family Name", LS_TYPE_LAST_NAME);
    HINT("full_name", LS_TYPE_FULL_NAME);
    HINT("name", LS_TYPE_FULL_NAME);
    HINT("customer_name", LS_TYPE_FULL_NAME);
    HINT("email", LS_TYPE_EMAIL);
    HINT("Email Address", LS_TYPE_EMAIL);
    HINT("emailAddress", LS_TYPE_EMAIL);
    HINT("mail", LS_TYPE_EMAIL);
    HINT("phone", LS_TYPE_PHONE);
    HINT("phone_number", LS_TYPE_PHONE);
    HINT("PhoneNumber", LS_TYPE_PHONE);
    HINT("Mobile Number", LS_TYPE_PHONE);
    HINT("dob", LS_TYPE_DATE_OF_BIRTH);
    HINT("DOB", LS_TYPE_DATE_OF_BIRTH);
    HINT("birth_date", LS_TYPE_DATE_OF_BIRTH);
    HINT("Date of Birth", LS_TYPE_DATE_OF_BIRTH);
    HINT("dateOfBirth", LS_TYPE_DATE_OF_BIRTH);
    HINT("birthday", LS_TYPE_DATE_OF_BIRTH);
    HINT("place_of_birth", LS_TYPE_PLACE_OF_BIRTH);
    HINT("ssn", LS_TYPE_US_SSN);
    HINT("nino", LS_TYPE_UK_NINO);
    HINT("NI Number", LS_TYPE_UK_NINO);
    HINT("nhs", LS_TYPE_UK_NHS);
    HINT("NHS No", LS_TYPE_UK_NHS);
    HINT("nhs_number", LS_TYPE_UK_NHS);
    HINT("address", LS_TYPE_STREET_ADDRESS);
    HINT("Address Line 1", LS_TYPE_STREET_ADDRESS);
    HINT("postcode", LS_TYPE_POSTAL_CODE);
    HINT("Post Code", LS_TYPE_POSTAL_CODE);
    HINT("zip", LS_TYPE_POSTAL_CODE);
    HINT("zip_code", LS_TYPE_POSTAL_CODE);
    HINT("city", LS_TYPE_CITY);
    HINT("Town", LS_TYPE_CITY);
    HINT("country", LS_TYPE_COUNTRY);
    HINT("card_number", LS_TYPE_CARD_NUMBER);
    HINT("Credit Card", LS_TYPE_CARD_NUMBER);
    HINT("card", LS_TYPE_CARD_NUMBER);
    HINT("cc_number", LS_TYPE_CARD_NUMBER);
    HINT("pan", LS_TYPE_CARD_NUMBER);
    HINT("swift", LS_TYPE_BIC);
    HINT("password", LS_TYPE_PASSWORD);
    HINT("pwd", LS_TYPE_PASSWORD);
    HINT("pass", LS_TYPE_PASSWORD);
    HINT("passwd", LS_TYPE_PASSWORD);
    HINT("password_hash", LS_TYPE_PASSWORD_HASH);
    HINT("hash", LS_TYPE_PASSWORD_HASH);
    HINT("hashed_password", LS_TYPE_PASSWORD_HASH);
    HINT("title", LS_TYPE_GENDER);
    HINT("gender", LS_TYPE_GENDER);
    HINT("sex", LS_TYPE_GENDER);
    HINT("login", LS_TYPE_USERNAME);
    HINT("username", LS_TYPE_USERNAME);
    HINT("user_name", LS_TYPE_USERNAME);
    HINT("user_id", LS_TYPE_USER_ID);
    HINT("userId", LS_TYPE_USER_ID);
    HINT("UserID", LS_TYPE_USER_ID);
    HINT("customer_id", LS_TYPE_USER_ID);
    HINT("Customer No", LS_TYPE_USER_ID);
    HINT("ip", LS_TYPE_IPV4);
    HINT("ip_address", LS_TYPE_IPV4);
    HINT("IPAddress", LS_TYPE_IPV4);
    HINT("NIRKey", LS_TYPE_FR_NIR);
    HINT("Mother's Maiden Name", LS_TYPE_LAST_NAME);
    HINT("Zip/Postal Code", LS_TYPE_POSTAL_CODE);
    HINT("DOB (dd/mm/yyyy)", LS_TYPE_DATE_OF_BIRTH);
    HINT("Gender (M/F)", LS_TYPE_GENDER);
    HINT("Cell Phone", LS_TYPE_PHONE);
    HINT("last_ip", LS_TYPE_IPV4);
    HINT("Last Login IP", LS_TYPE_IPV4);
    HINT("url", LS_TYPE_URL);
    HINT("website", LS_TYPE_URL);
    HINT("passport", LS_TYPE_PASSPORT);
    HINT("passport_no", LS_TYPE_PASSPORT);
}

Test(header_hint, health_header_only)
{
    HINT("maladie", LS_TYPE_HEALTH);
    HINT("pathologie", LS_TYPE_HEALTH);
    HINT("Pathologies", LS_TYPE_HEALTH);
    HINT("diagnostic", LS_TYPE_HEALTH);
    HINT("traitement", LS_TYPE_HEALTH);
    HINT("traitement_medical", LS_TYPE_HEALTH);
    HINT("handicap", LS_TYPE_HEALTH);
    HINT("allergies", LS_TYPE_HEALTH);
    HINT("antécédents médicaux", LS_TYPE_HEALTH);
    HINT("Medical Condition", LS_TYPE_HEALTH);
    HINT("diagnosis", LS_TYPE_HEALTH);
    HINT("disability", LS_TYPE_HEALTH);
    HINT("groupe_sanguin", LS_TYPE_HEALTH);
    /* Not health: a processing status, an insurer's name. */
    HINT("statut_traitement", LS_TYPE_UNKNOWN);
    HINT("mutuelle", LS_TYPE_UNKNOWN);
}

Test(header_hint, substring_pitfalls)
{
    /* nom inside prenom, pass inside passeport, cp as a whole word only */
    HINT("prenom", LS_TYPE_FIRST_NAME);
    HINT("passeport", LS_TYPE_PASSPORT);
    HINT("num_passeport", LS_TYPE_PASSPORT);
    HINT("cpt", LS_TYPE_UNKNOWN);
    HINT("cpu", LS_TYPE_UNKNOWN);
    HINT("compte", LS_TYPE_UNKNOWN);
    HINT("zipper", LS_TYPE_UNKNOWN);
    HINT("description", LS_TYPE_FREE_TEXT); /* not "ip", not "cp" */
    HINT("skip", LS_TYPE_UNKNOWN);
    HINT("mailing", LS_TYPE_UNKNOWN); /* one word: "mail" does not match inside it */
    HINT("nombre", LS_TYPE_UNKNOWN);  /* "nom" inside "nombre" */
    HINT("nomenclature", LS_TYPE_UNKNOWN);
    HINT("denomination", LS_TYPE_UNKNOWN);
    HINT("renommee", LS_TYPE_UNKNOWN);
    HINT("email_sent", LS_TYPE_EMAIL);
    HINT("telephone_fixe", LS_TYPE_PHONE);
    HINT("datetime", LS_TYPE_DATETIME);
    HINT("hashtag", LS_TYPE_UNKNOWN);
    HINT("passage", LS_TYPE_UNKNOWN);
    HINT("ipsum", LS_TYPE_UNKNOWN);
    HINT("shipping", LS_TYPE_UNKNOWN);
    /* Ambiguous heads need a person context. */
    HINT("nom_produit", LS_TYPE_UNKNOWN);
    HINT("nom_fichier", LS_TYPE_UNKNOWN);
    HINT("Nom de l'entreprise", LS_TYPE_UNKNOWN);
    HINT("product_name", LS_TYPE_UNKNOWN);
    HINT("file_name", LS_TYPE_UNKNOWN);
    HINT("company_name", LS_TYPE_UNKNOWN);
    HINT("nom_ville", LS_TYPE_CITY);
    HINT("nom_commune", LS_TYPE_CITY);
    HINT("card_type", LS_TYPE_UNKNOWN);
    HINT("carte_fidelite", LS_TYPE_UNKNOWN);
    HINT("carte_vitale", LS_TYPE_FR_NIR);
    HINT("card_holder", LS_TYPE_FULL_NAME);
    HINT("job_title", LS_TYPE_UNKNOWN);
    HINT("code_insee", LS_TYPE_UNKNOWN);
    HINT("code_commune", LS_TYPE_UNKNOWN);
    HINT("salt", LS_TYPE_UNKNOWN);
    HINT("pass_navigo", LS_TYPE_UNKNOWN);
    /* id alone is a row key: no hint. With an owner it is a user id. */
    HINT("id", LS_TYPE_UNKNOWN);
    HINT("ID", LS_TYPE_UNKNOWN);
    HINT("order_id", LS_TYPE_UNKNOWN);
    HINT("id_commande", LS_TYPE_UNKNOWN);
    HINT("product_id", LS_TYPE_UNKNOWN);
    HINT("client_id", LS_TYPE_USER_ID);
    HINT("numero_telephone_client", LS_TYPE_PHONE);
    HINT("email_client", LS_TYPE_EMAIL);
    /* Non-PII hints */
    HINT("date", LS_TYPE_DATE);
    HINT("date_commande", LS_TYPE_DATE);
    HINT("created_at", LS_TYPE_DATE);
    HINT("montant", LS_TYPE_NUMBER);
    HINT("rank", LS_TYPE_NUMBER);
    HINT("commentaire", LS_TYPE_FREE_TEXT);
    HINT("notes", LS_TYPE_FREE_TEXT);
    /* Degenerate input */
    cr_expect_eq(ls_header_hint(NULL, 0), LS_TYPE_UNKNOWN);
    cr_expect_eq(ls_header_hint("", 0), LS_TYPE_UNKNOWN);
    cr_expect_eq(ls_header_hint("___", 3), LS_TYPE_UNKNOWN);
    cr_expect_eq(ls_header_hint("de", 2), LS_TYPE_UNKNOWN);
    cr_expect_eq(ls_header_hint("email", 3), LS_TYPE_UNKNOWN); /* n bytes only: "ema" */
}

Test(header_hint, long_and_binary_names_are_safe)
{
    char buf[4096];
    for (size_t i = 0; i < sizeof buf; i++)
        buf[i] = (char)(i * 37 + 11);
    (void)ls_header_hint(buf, sizeof buf);
    memset(buf, 'a', sizeof buf);
    cr_expect_eq(ls_header_hint(buf, sizeof buf), LS_TYPE_UNKNOWN);
    for (size_t i = 0; i + 1 < sizeof buf; i += 2)
        buf[i] = '_', buf[i + 1] = 'x';
    cr_expect_eq(ls_header_hint(buf, sizeof buf), LS_TYPE_UNKNOWN);
    const char trunc[] = "pr\xc3"; /* UTF-8 sequence cut short */
    (void)ls_header_hint(trunc, 3);
}

/* ---- loading a file into column samples -------------------------------------------------- */

typedef struct {
    char *data;         /* file bytes */
    ls_sniff_result sn; /* dialect, header names */
    uint32_t ncols;
    ls_column_sample *cols;
    ls_span *spans;       /* ncols * cap */
    char *arena;          /* unescaped copies */
    ls_column_class *out; /* classification */
} loaded;

static char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    cr_assert(f, "cannot open %s", path);
    cr_assert_eq(fseek(f, 0, SEEK_END), 0);
    long sz = ftell(f);
    cr_assert_geq(sz, 0);
    rewind(f);
    char *buf = malloc((size_t)sz + 1);
    cr_assert(buf);
    cr_assert_eq(fread(buf, 1, (size_t)sz, f), (size_t)sz);
    fclose(f);
    buf[sz] = '\0';
    *len = (size_t)sz;
    return buf;
}

/* Sniff and parse the whole file with the project's tokenizer, keep up to `maxrec` records
 * spread over the file (every k-th), as the pipeline's sampler would, and classify. */
static void load_and_classify(const char *path, loaded *L, size_t maxrec)
{
    size_t len;
    memset(L, 0, sizeof *L);
    L->data = read_file(path, &len);
    ls_options opt;
    ls_options_init(&opt);
    cr_assert_eq(ls_sniff(L->data, len, true, &opt, &L->sn), LS_OK, "sniff %s", path);
    const ls_dialect *d = &L->sn.dialect;
    L->ncols = L->sn.column_count ? L->sn.column_count : d->expected_fields;
    cr_assert_gt(L->ncols, 0);

    ls_record *rec = malloc(sizeof *rec);
    cr_assert(rec);
    /* Count records first to pick a stride. */
    size_t nrec = 0;
    for (size_t pos = L->sn.data_start; pos < L->sn.data_end;) {
        ls_scan_result r = ls_parse_record(d, L->data, pos, L->sn.data_end, true, rec);
        pos = rec->next;
        nrec += r == LS_SCAN_RECORD;
    }
    size_t stride = nrec > maxrec ? (nrec + maxrec - 1) / maxrec : 1;
    size_t cap = nrec / stride + 1;
    L->cols = calloc(L->ncols, sizeof *L->cols);
    L->spans = calloc((size_t)L->ncols * cap, sizeof *L->spans);
    L->arena = malloc(len + 1);
    L->out = calloc(L->ncols, sizeof *L->out);
    cr_assert(L->cols && L->spans && L->arena && L->out);
    for (uint32_t c = 0; c < L->ncols; c++) {
        L->cols[c].name =
            L->sn.column_names && c < L->sn.column_count ? L->sn.column_names[c] : NULL;
        L->cols[c].values = L->spans + (size_t)c * cap;
    }
    size_t used = 0, k = 0;
    for (size_t pos = L->sn.data_start; pos < L->sn.data_end; k++) {
        ls_scan_result r = ls_parse_record(d, L->data, pos, L->sn.data_end, true, rec);
        pos = rec->next;
        if (r != LS_SCAN_RECORD) {
            k--;
            continue;
        }
        if (k % stride) continue;
        for (uint32_t c = 0; c < L->ncols && c < rec->nfields; c++) {
            const ls_field *f = &rec->fields[c];
            char *dst = L->arena + used;
            size_t n = ls_field_unescape(d, f, dst);
            used += n;
            ls_column_sample *col = &L->cols[c];
            ls_span *sp = (ls_span *)&col->values[col->nvalues++];
            sp->p = dst;
            sp->len = (uint32_t)n;
        }
    }
    free(rec);
    ls_classify_input in = {d->format, L->ncols, L->cols, REF_YEAR};
    ls_classify(&in, L->out);
    for (uint32_t c = 0; c < L->ncols; c++) {
        cr_expect(L->out[c].confidence >= 0 && L->out[c].confidence <= 1);
        cr_expect(L->out[c].valid_ratio >= 0 && L->out[c].valid_ratio <= 1);
        cr_log_info("%s col %u %-24s -> %-15s conf %.2f valid %.2f hint %s", path, c,
                    L->cols[c].name ? L->cols[c].name : "-", ls_type_name(L->out[c].type),
                    L->out[c].confidence, L->out[c].valid_ratio,
                    ls_type_name(L->out[c].header_hint));
    }
}

static void unload(loaded *L)
{
    ls_sniff_result_free(&L->sn);
    free(L->data);
    free(L->cols);
    free(L->spans);
    free(L->arena);
    free(L->out);
}

/* Expected types from a leakscope-gen truth file: "types":{"<type>":{"column":..,
 * "index":N,...},...}. Columns not listed are expected to be non-PII. */
static void truth_types(const char *path, ls_type *want, uint32_t ncols)
{
    size_t len;
    char *t = read_file(path, &len);
    for (uint32_t i = 0; i < ncols; i++)
        want[i] = LS_TYPE__COUNT; /* "not PII" */
    const char *p = strstr(t, "\"types\":{");
    cr_assert(p, "%s: no types", path);
    p += 9;
    while ((p = strchr(p, '"')) != NULL) {
        const char *e = strchr(p + 1, '"');
        cr_assert(e);
        ls_type ty = ls_type_from_name(p + 1, (size_t)(e - p - 1));
        const char *ix = strstr(e, "\"index\":");
        const char *close = strchr(e, '}');
        if (!ix || !close || ix > close) break;
        unsigned long idx = strtoul(ix + 8, NULL, 10);
        cr_assert_lt(idx, ncols);
        want[idx] = ty;
        p = close + 1;
        if (*p != ',') break;
    }
    free(t);
}

/* Check a classification against expectations: want[i] a type, or LS_TYPE__COUNT for
 * "must not be PII". `lenient`, when not LS_TYPE__COUNT, is one type that may come out
 * as non-PII (a documented weak spot), never as another PII type. */
static int check_types(const char *what, const loaded *L, const ls_type *want, ls_type lenient)
{
    int bad = 0;
    for (uint32_t i = 0; i < L->ncols; i++) {
        ls_type got = L->out[i].type;
        if (want[i] == LS_TYPE__COUNT) {
            if (ls_type_is_pii(got)) {
                bad++;
                cr_expect_fail("%s col %u (%s): non-PII labelled %s", what, i,
                               L->cols[i].name ? L->cols[i].name : "-", ls_type_name(got));
            }
        } else if (got != want[i]) {
            if (want[i] == lenient && !ls_type_is_pii(got)) continue;
            bad++;
            cr_expect_fail("%s col %u (%s): got %s, want %s", what, i,
                           L->cols[i].name ? L->cols[i].name : "-", ls_type_name(got),
                           ls_type_name(want[i]));
        }
    }
    return bad;
}

static void check_against_truth(const char *data, const char *truth, ls_type lenient)
{
    loaded L;
    load_and_classify(data, &L, 2000);
    ls_type *want = calloc(L.ncols, sizeof *want);
    cr_assert(want);
    truth_types(truth, want, L.ncols);
    check_types(data, &L, want, lenient);
    free(want);
    unload(&L);
}

#define NOPII LS_TYPE__COUNT

/* ---- committed samples ------------------------------------------------------------------ */

Test(classify_samples, fr_clients)
{
    check_against_truth(LS_SAMPLES_DIR "/fr_clients.csv", LS_SAMPLES_DIR "/fr_clients.truth.json",
                        NOPII);
}

Test(classify_samples, messy_fr)
{
    check_against_truth(LS_SAMPLES_DIR "/messy_fr.csv", LS_SAMPLES_DIR "/messy_fr.truth.json",
                        NOPII);
}

Test(classify_samples, uk_people_headerless)
{
    check_against_truth(LS_SAMPLES_DIR "/uk_people.tsv", LS_SAMPLES_DIR "/uk_people.truth.json",
                        NOPII);
}

Test(classify_samples, combo)
{
    loaded L;
    load_and_classify(LS_SAMPLES_DIR "/combo.txt", &L, 2000);
    cr_assert_eq(L.sn.dialect.format, LS_FORMAT_COMBO);
    ls_type want[2] = {LS_TYPE_EMAIL, LS_TYPE_PASSWORD};
    check_types("combo.txt", &L, want, NOPII);
    cr_expect_gt(L.out[0].valid_ratio, 0.99);
    unload(&L);
}

Test(classify_samples, fr_clients_details)
{
    loaded L;
    load_and_classify(LS_SAMPLES_DIR "/fr_clients.csv", &L, 2000);
    /* header hints as the names say */
    cr_expect_eq(L.out[2].header_hint, LS_TYPE_LAST_NAME);
    cr_expect_eq(L.out[3].header_hint, LS_TYPE_FIRST_NAME);
    cr_expect_eq(L.out[0].header_hint, LS_TYPE_UNKNOWN); /* "id" */
    cr_expect_eq(L.out[0].type, LS_TYPE_NUMBER);
    cr_expect_eq(L.out[14].type, LS_TYPE_FREE_TEXT); /* commentaire */
    /* checksums: 15 bad NIR keys out of 1914, 2 bad cards out of 481 */
    cr_expect_gt(L.out[6].valid_ratio, 0.98);
    cr_expect_gt(L.out[13].valid_ratio, 0.98);
    cr_expect_gt(L.out[7].confidence, 0.9);
    unload(&L);
}

/* ---- generated files in tests/data/classify ------------------------------------------- */

#define CDIR LS_TEST_DATA_DIR "/classify/"

Test(classify_generated, fr_header)
{
    check_against_truth(CDIR "fr_people.csv", CDIR "fr_people.truth.json", NOPII);
}

Test(classify_generated, fr_headerless)
{
    /* Without a header: last name beside the first name, postcode beside the address, city
     * beside the postcode, place of birth beside the birth date. */
    check_against_truth(CDIR "fr_people_nohdr.csv", CDIR "fr_people_nohdr.truth.json", NOPII);
}

Test(classify_generated, en_header)
{
    check_against_truth(CDIR "en_people.csv", CDIR "en_people.truth.json", NOPII);
}

Test(classify_generated, en_headerless)
{
    check_against_truth(CDIR "en_people_nohdr.tsv", CDIR "en_people_nohdr.truth.json", NOPII);
}

/* ---- hand-made variants (make_data.py) -------------------------------------------------- */

Test(classify_variants, french_headers)
{
    static const ls_type want[] = {
        LS_TYPE_USER_ID,        /* N° client */
        LS_TYPE_GENDER,         /* Civilité: Madame / Monsieur */
        LS_TYPE_LAST_NAME,      /* NOM */
        LS_TYPE_FIRST_NAME,     /* Prénom */
        LS_TYPE_DATE_OF_BIRTH,  /* Date de naissance, ISO */
        LS_TYPE_PLACE_OF_BIRTH, /* Lieu de naissance */
        LS_TYPE_FR_NIR,         /* N° Sécurité Sociale, spaced */
        LS_TYPE_EMAIL,          /* E-mail */
        LS_TYPE_PHONE,          /* Téléphone portable, +33 */
        LS_TYPE_STREET_ADDRESS, /* Adresse postale */
        LS_TYPE_POSTAL_CODE,    /* CP */
        LS_TYPE_CITY,           /* Ville */
        LS_TYPE_COUNTRY,        /* Pays */
        LS_TYPE_IBAN,           /* RIB */
        LS_TYPE_BIC,            /* BIC */
        LS_TYPE_CARD_NUMBER,    /* N° carte, 30% masked */
        LS_TYPE_PASSWORD,       /* Mot de passe */
        LS_TYPE_PASSWORD_HASH,  /* Hash MDP: bcrypt */
        LS_TYPE_USERNAME,       /* Pseudo */
        LS_TYPE_IPV4,           /* Adresse IP */
        LS_TYPE_URL,            /* Site web (not PII) */
        LS_TYPE_FR_SIRET,       /* SIRET employeur (not PII) */
        LS_TYPE_HEALTH,         /* Pathologie */
        LS_TYPE_HEALTH,         /* Allergies */
        NOPII,                  /* Mutuelle */
        NOPII,                  /* Date d'inscription */
        NOPII,                  /* Montant */
        NOPII,                  /* Nom de l'entreprise */
        NOPII,                  /* Commentaire */
    };
    loaded L;
    load_and_classify(CDIR "fr_variants.csv", &L, 2000);
    cr_assert_eq(L.ncols, sizeof want / sizeof want[0]);
    check_types("fr_variants.csv", &L, want, NOPII);
    cr_expect_eq(L.out[25].type, LS_TYPE_DATE);
    cr_expect_eq(L.out[26].type, LS_TYPE_NUMBER);
    cr_expect_eq(L.out[28].type, LS_TYPE_FREE_TEXT);
    unload(&L);
}

Test(classify_variants, english_headers)
{
    static const ls_type want[] = {
        LS_TYPE_USER_ID,        /* Customer ID */
        LS_TYPE_GENDER,         /* Title */
        LS_TYPE_FIRST_NAME,     /* Forename */
        LS_TYPE_LAST_NAME,      /* Surname */
        LS_TYPE_DATE_OF_BIRTH,  /* Date of Birth dd/mm/yyyy */
        LS_TYPE_EMAIL,          /* Email Address */
        LS_TYPE_PHONE,          /* Mobile Number */
        LS_TYPE_STREET_ADDRESS, /* Address Line 1 */
        LS_TYPE_CITY,           /* Town */
        LS_TYPE_POSTAL_CODE,    /* Post Code */
        LS_TYPE_COUNTRY,        /* Country */
        LS_TYPE_UK_NINO,        /* NI Number */
        LS_TYPE_UK_NHS,         /* NHS No */
        LS_TYPE_US_SSN,         /* SSN */
        LS_TYPE_PASSPORT,       /* Passport Number: 9 digits, header-driven */
        LS_TYPE_CARD_NUMBER,    /* Card Number */
        NOPII,                  /* Card Expiry */
        LS_TYPE_USERNAME,       /* Username */
        LS_TYPE_PASSWORD,       /* Password */
        LS_TYPE_PASSWORD_HASH,  /* Password Hash: SHA-1 hex */
        LS_TYPE_IPV4,           /* Last Login IP */
        NOPII,                  /* Last Login */
        LS_TYPE_URL,            /* Website */
        LS_TYPE_HEALTH,         /* Medical Condition */
        LS_TYPE_HEALTH,         /* Disability */
        LS_TYPE_HEALTH,         /* Blood Type */
        NOPII,                  /* Company */
        NOPII,                  /* Job Title */
        NOPII,                  /* Notes */
    };
    loaded L;
    load_and_classify(CDIR "en_variants.csv", &L, 2000);
    cr_assert_eq(L.ncols, sizeof want / sizeof want[0]);
    check_types("en_variants.csv", &L, want, NOPII);
    cr_expect_eq(L.out[21].type, LS_TYPE_DATETIME);
    unload(&L);
}

/* ---- non-PII ----------------------------------------------------------------------------- */

static void expect_no_pii(const char *path)
{
    loaded L;
    load_and_classify(path, &L, 2000);
    ls_type *want = malloc(L.ncols * sizeof *want);
    cr_assert(want);
    for (uint32_t i = 0; i < L.ncols; i++)
        want[i] = NOPII;
    check_types(path, &L, want, NOPII);
    cr_expect_eq(L.out[0].type, LS_TYPE_NUMBER);        /* rank */
    cr_expect_eq(L.out[4].type, LS_TYPE_NUMBER);        /* order number: 16 digits, Luhn fails */
    cr_expect_eq(L.out[5].type, LS_TYPE_NUMBER);        /* payment ref: random 16 digits */
    cr_expect_eq(L.out[10].type, LS_TYPE_DATE);         /* order date */
    cr_expect_eq(L.out[11].type, LS_TYPE_DATETIME);     /* created_at */
    cr_expect_neq(L.out[13].type, LS_TYPE_POSTAL_CODE); /* 5-digit product codes */
    free(want);
    unload(&L);
}

Test(classify_non_pii, with_header)
{
    expect_no_pii(CDIR "non_pii.csv");
}

Test(classify_non_pii, headerless)
{
    expect_no_pii(CDIR "non_pii_nohdr.csv");
}

static void expect_orders(const char *path, int header)
{
    static const ls_type want[] = {NOPII, LS_TYPE_EMAIL, LS_TYPE_FIRST_NAME, NOPII, NOPII, NOPII,
                                   NOPII, NOPII};
    loaded L;
    load_and_classify(path, &L, 2000);
    cr_assert_eq(L.ncols, 8);
    check_types(path, &L, want, NOPII);
    /* An order date in a file about people is still not a date of birth. */
    cr_expect_eq(L.out[3].type, LS_TYPE_DATE);
    cr_expect_eq(L.out[7].type, LS_TYPE_DATETIME);
    if (header) cr_expect_eq(L.out[3].header_hint, LS_TYPE_DATE);
    unload(&L);
}

Test(classify_non_pii, order_dates_are_not_birth_dates)
{
    expect_orders(CDIR "orders.csv", 1);
    expect_orders(CDIR "orders_nohdr.csv", 0);
}

/* ---- credentials -------------------------------------------------------------------------- */

Test(classify_credentials, headerless_leak)
{
    static const ls_type want[] = {
        NOPII,        LS_TYPE__COUNT, LS_TYPE_EMAIL,        LS_TYPE_PASSWORD_HASH,
        LS_TYPE_IPV4, NOPII,          LS_TYPE_DATE_OF_BIRTH};
    loaded L;
    load_and_classify(CDIR "leak_nohdr.csv", &L, 2000);
    cr_assert_eq(L.ncols, 7);
    /* Column 1 holds logins: without a header, username is never guessed (weak). */
    ls_type w[7];
    memcpy(w, want, sizeof w);
    w[1] = L.out[1].type == LS_TYPE_USERNAME ? LS_TYPE_USERNAME : NOPII;
    check_types("leak_nohdr.csv", &L, w, NOPII);
    cr_expect_eq(L.out[5].type, LS_TYPE_DATETIME);
    unload(&L);
}

Test(classify_credentials, combo_of_hashes)
{
    loaded L;
    load_and_classify(CDIR "combo_hash.txt", &L, 2000);
    cr_assert_eq(L.sn.dialect.format, LS_FORMAT_COMBO);
    ls_type want[2] = {LS_TYPE_USERNAME, LS_TYPE_PASSWORD_HASH};
    check_types("combo_hash.txt", &L, want, NOPII);
    unload(&L);
}

/* ---- small in-memory cases ------------------------------------------------------------- */

typedef struct {
    const char *name;
    const char *const *v;
    size_t n;
} mini_col;

/* Classify columns given as string arrays; out must have ncols entries. */
static void classify_mini(const mini_col *mc, uint32_t ncols, ls_format fmt, ls_column_class *out)
{
    ls_column_sample cols[16];
    ls_span spans[16][64];
    cr_assert_leq(ncols, 16);
    for (uint32_t c = 0; c < ncols; c++) {
        cr_assert_leq(mc[c].n, 64);
        for (size_t i = 0; i < mc[c].n; i++) {
            spans[c][i].p = mc[c].v[i];
            spans[c][i].len = (uint32_t)strlen(mc[c].v[i]);
        }
        cols[c].name = mc[c].name;
        cols[c].values = spans[c];
        cols[c].nvalues = mc[c].n;
    }
    ls_classify_input in = {fmt, ncols, cols, REF_YEAR};
    ls_classify(&in, out);
}

#define COL(name, arr)                                                                             \
    {                                                                                              \
        name, arr, sizeof arr / sizeof arr[0]                                                      \
    }

static const char *const cards_fake[] = {"4970101234567890", "4970101234567891", "4970101234567892",
                                         "4970101234567893", "4970101234567894", "4970101234567895",
                                         "4970101234567896", "4970101234567897", "4970101234567898",
                                         "4970101234567899"};

Test(classify_mini, fabricated_cards_under_a_card_header)
{
    /* One in ten passes Luhn: with a header it is a card column whose checksums fail
     * (the fabrication signal); without one it is not a card column. */
    mini_col with[] = {COL("carte_bancaire", cards_fake)};
    mini_col without[] = {COL(NULL, cards_fake)};
    ls_column_class o;
    classify_mini(with, 1, LS_FORMAT_CSV, &o);
    cr_expect_eq(o.type, LS_TYPE_CARD_NUMBER);
    cr_expect_eq(o.header_hint, LS_TYPE_CARD_NUMBER);
    cr_expect_lt(o.valid_ratio, 0.2);
    classify_mini(without, 1, LS_FORMAT_CSV, &o);
    cr_expect_eq(o.type, LS_TYPE_NUMBER);
}

Test(classify_mini, gender_vocabularies)
{
    static const char *const fr[] = {"M", "F", "H", "Mme", "Mlle", "M.", "F", "M", "Mme", "M."};
    static const char *const en[] = {"Mr", "Mrs", "Ms", "Miss", "Mr", "Mrs", "Mr", "Ms"};
    static const char *const words[] = {"homme", "femme", "male", "female", "Homme", "Femme"};
    static const char *const codes[] = {"1", "2", "2", "1", "1", "2"};
    ls_column_class o;
    mini_col a[] = {COL(NULL, fr)}, b[] = {COL(NULL, en)}, c[] = {COL(NULL, words)},
             d[] = {COL("sexe", codes)}, e[] = {COL(NULL, codes)};
    classify_mini(a, 1, LS_FORMAT_CSV, &o);
    cr_expect_eq(o.type, LS_TYPE_GENDER);
    classify_mini(b, 1, LS_FORMAT_CSV, &o);
    cr_expect_eq(o.type, LS_TYPE_GENDER);
    classify_mini(c, 1, LS_FORMAT_CSV, &o);
    cr_expect_eq(o.type, LS_TYPE_GENDER);
    classify_mini(d, 1, LS_FORMAT_CSV, &o); /* 1/2 under a gender header */
    cr_expect_eq(o.type, LS_TYPE_GENDER);
    classify_mini(e, 1, LS_FORMAT_CSV, &o); /* 1/2 alone: a number */
    cr_expect_eq(o.type, LS_TYPE_NUMBER);
}

Test(classify_mini, full_names_both_orders)
{
    static const char *const v[] = {"DUPONT Marie",  "Marie Dupont",        "Jean Martin",
                                    "LEROY Camille", "Pierre-Yves Le Gall", "Sophie Bernard",
                                    "MOREAU Julien", "Nathalie Petit"};
    ls_column_class o;
    mini_col a[] = {COL(NULL, v)}, b[] = {COL("nom", v)}, c[] = {COL("client", v)};
    classify_mini(a, 1, LS_FORMAT_CSV, &o);
    cr_expect_eq(o.type, LS_TYPE_FULL_NAME);
    classify_mini(b, 1, LS_FORMAT_CSV, &o);
    cr_expect_eq(o.type, LS_TYPE_FULL_NAME);
    classify_mini(c, 1, LS_FORMAT_CSV, &o);
    cr_expect_eq(o.type, LS_TYPE_FULL_NAME);
}

Test(classify_mini, names_side_by_side_headerless)
{
    static const char *const first[] = {"Marie",    "Jean",   "Camille", "Julien", "Sophie",
                                        "Nathalie", "Thomas", "Léa",     "Hugo",   "Chloé"};
    static const char *const last[] = {"Dupont", "Lefebvre", "Girard",    "Moreau",   "Fournier",
                                       "Thomas", "Garnier",  "Chevalier", "Rousseau", "Vincent"};
    ls_column_class o[2];
    mini_col a[] = {COL(NULL, last), COL(NULL, first)};
    classify_mini(a, 2, LS_FORMAT_CSV, o);
    cr_expect_eq(o[0].type, LS_TYPE_LAST_NAME);
    cr_expect_eq(o[1].type, LS_TYPE_FIRST_NAME);
    mini_col b[] = {COL(NULL, first), COL(NULL, last)};
    classify_mini(b, 2, LS_FORMAT_CSV, o);
    cr_expect_eq(o[0].type, LS_TYPE_FIRST_NAME);
    cr_expect_eq(o[1].type, LS_TYPE_LAST_NAME);
    cr_expect_eq(o[0].evidence, LS_EVIDENCE_FIRST_NAME_LIST);
    /* A column of surnames alone, without a header: typed by the surname list (issue 11). */
    mini_col c[] = {COL(NULL, last)};
    classify_mini(c, 1, LS_FORMAT_CSV, o);
    cr_expect_eq(o[0].type, LS_TYPE_LAST_NAME, "lone surnames typed %s", ls_type_name(o[0].type));
    cr_expect_eq(o[0].evidence, LS_EVIDENCE_SURNAME_LIST);
    cr_expect_gt(o[0].listed_share, 0.5);
    cr_expect_str_eq(ls_evidence_name(o[0].evidence), "surname_list");
}

Test(classify_mini, names_and_places_by_list)
{
    /* Header-less UK columns, none next to a helper column: each typed by its list. */
    static const char *const towns[] = {"Leeds",     "Bristol", "Stoke-on-Trent", "St Albans",
                                        "Swansea",   "Dundee",  "Norwich",        "Wigan",
                                        "Harrogate", "Galway"};
    static const char *const sur[] = {"Hughes", "Pemberton", "Griffiths", "Shaw",  "Kershaw",
                                      "Barker", "Jenkins",   "Threlfall", "Dixon", "Lloyd"};
    /* Name-shaped but in no list: must stay untyped (no header, no neighbour). */
    static const char *const made_up[] = {"Zorvath", "Quellin", "Brastow", "Mivvery", "Tundral",
                                          "Okkelby", "Varnish", "Wendrox", "Skelpie", "Drummock"};
    /* Few distinct name-shaped words (ranks) beside first names: not a surname column. */
#define RANKS5 "Private", "Corporal", "Sergeant", "Captain", "Major"
    static const char *const ranks[] = {RANKS5, RANKS5, RANKS5, RANKS5,
                                        RANKS5, RANKS5, RANKS5, RANKS5};
#undef RANKS5
    static const char *const first[] = {"Oliver", "Amelia", "George", "Isla", "Harry",
                                        "Emily",  "Jack",   "Poppy",  "Rhys", "Grace"};
    ls_column_class o[3];
    mini_col a[] = {COL(NULL, towns)};
    classify_mini(a, 1, LS_FORMAT_CSV, o);
    cr_expect_eq(o[0].type, LS_TYPE_CITY, "towns typed %s", ls_type_name(o[0].type));
    cr_expect_eq(o[0].evidence, LS_EVIDENCE_PLACE_LIST);
    cr_expect_eq(o[0].listed_share, 1.0);
    mini_col b[] = {COL(NULL, sur)};
    classify_mini(b, 1, LS_FORMAT_CSV, o);
    cr_expect_eq(o[0].type, LS_TYPE_LAST_NAME, "surnames typed %s", ls_type_name(o[0].type));
    cr_expect(o[0].listed_share >= 0.6 && o[0].listed_share < 1.0); /* 3 of 10 unlisted */
    cr_expect(o[0].confidence < 0.9);
    mini_col c[] = {COL(NULL, made_up)};
    classify_mini(c, 1, LS_FORMAT_CSV, o);
    cr_expect(!ls_type_is_pii(o[0].type), "made-up words typed %s", ls_type_name(o[0].type));
    mini_col d[] = {COL(NULL, first), COL(NULL, ranks), COL(NULL, towns)};
    classify_mini(d, 3, LS_FORMAT_CSV, o);
    cr_expect_eq(o[0].type, LS_TYPE_FIRST_NAME);
    cr_expect(!ls_type_is_pii(o[1].type), "ranks typed %s", ls_type_name(o[1].type));
    cr_expect_eq(o[2].type, LS_TYPE_CITY);
    /* Big cities in their own language, where GeoNames has the English name (Munich,
     * Vienna, Warsaw, Prague, Copenhagen): listed from faker's city names. */
    static const char *const native[] = {"M\xc3\xbcnchen",
                                         "Wien",
                                         "Warszawa",
                                         "Praha",
                                         "K\xc3\xb8"
                                         "benhavn",
                                         "N\xc3\xbcrnberg",
                                         "Gen\xc3\xa8ve",
                                         "Z\xc3\xbcrich",
                                         "Krak\xc3\xb3w",
                                         "Sevilla"};
    mini_col f[] = {COL(NULL, native)};
    classify_mini(f, 1, LS_FORMAT_CSV, o);
    cr_expect_eq(o[0].type, LS_TYPE_CITY, "native city names typed %s", ls_type_name(o[0].type));
    cr_expect_eq(o[0].evidence, LS_EVIDENCE_PLACE_LIST);
    cr_expect_eq(o[0].listed_share, 1.0);
    /* A header keeps its own evidence. */
    mini_col e[] = {COL("town", towns)};
    classify_mini(e, 1, LS_FORMAT_CSV, o);
    cr_expect_eq(o[0].type, LS_TYPE_CITY);
    cr_expect_eq(o[0].evidence, LS_EVIDENCE_HEADER_VALUES);
}

Test(classify_mini, birth_dates_need_people)
{
    static const char *const dob[] = {"1959-09-17", "1990-09-27", "2002-02-12", "1969-01-25",
                                      "1945-06-30", "1978-11-02", "1985-03-08", "1962-12-24",
                                      "1999-07-14", "1937-04-01"};
    static const char *const emails[] = {
        "a.b@gmail.com", "c.d@orange.fr", "e@free.fr",   "f.g@yahoo.fr", "h@sfr.fr",
        "i.j@gmail.com", "k@laposte.net", "l.m@bbox.fr", "n@aol.com",    "o.p@hotmail.fr"};
    static const char *const recent[] = {"2021-09-17", "2022-09-27", "2023-02-12", "2019-01-25",
                                         "2024-06-30", "2020-11-02", "2021-03-08", "2022-12-24",
                                         "2023-07-14", "2024-04-01"};
    static const char *const future[] = {"1959-09-17", "1990-09-27", "2002-02-12", "1969-01-25",
                                         "1945-06-30", "1978-11-02", "1985-03-08", "1962-12-24",
                                         "1999-07-14", "2031-04-01"};
    ls_column_class o[3];
    mini_col a[] = {COL(NULL, emails), COL(NULL, dob)};
    classify_mini(a, 2, LS_FORMAT_CSV, o);
    cr_expect_eq(o[1].type, LS_TYPE_DATE_OF_BIRTH);
    mini_col b[] = {COL(NULL, dob)}; /* no identity column */
    classify_mini(b, 1, LS_FORMAT_CSV, o);
    cr_expect_eq(o[0].type, LS_TYPE_DATE);
    mini_col c[] = {COL(NULL, emails), COL(NULL, recent)};
    classify_mini(c, 2, LS_FORMAT_CSV, o);
    cr_expect_eq(o[1].type, LS_TYPE_DATE);
    mini_col d[] = {COL(NULL, emails), COL(NULL, future)};
    classify_mini(d, 2, LS_FORMAT_CSV, o);
    cr_expect_eq(o[1].type, LS_TYPE_DATE);
    mini_col e[] = {COL("email", emails), COL("date_commande", dob)}; /* named: kept */
    classify_mini(e, 2, LS_FORMAT_CSV, o);
    cr_expect_eq(o[1].type, LS_TYPE_DATE);
    mini_col f[] = {COL("email", emails), COL("date", dob)}; /* just "date": decided */
    classify_mini(f, 2, LS_FORMAT_CSV, o);
    cr_expect_eq(o[1].type, LS_TYPE_DATE_OF_BIRTH);
    mini_col g[] = {COL("email", emails), COL("date", dob), COL("dob", recent)};
    classify_mini(g, 3, LS_FORMAT_CSV, o); /* the header wins, no second DOB */
    cr_expect_eq(o[1].type, LS_TYPE_DATE);
    cr_expect_eq(o[2].type, LS_TYPE_DATE_OF_BIRTH);
}

Test(classify_mini, postcodes_need_context)
{
    static const char *const cps[] = {"75015", "35400", "93160", "20200", "73000",
                                      "69003", "13008", "44000", "59800", "33000"};
    static const char *const codes[] = {"46286", "39201", "81347", "12559", "67432",
                                        "55021", "90318", "24687", "31974", "70213"};
    static const char *const cities[] = {"Paris",    "Saint-Malo", "Noisy-le-Grand", "Bastia",
                                         "Chambéry", "Lyon",       "Marseille",      "Nantes",
                                         "Lille",    "Bordeaux"};
    ls_column_class o[2];
    mini_col a[] = {COL(NULL, cps)}; /* real post-office codes: many end in 0 */
    classify_mini(a, 1, LS_FORMAT_CSV, o);
    cr_expect_eq(o[0].type, LS_TYPE_POSTAL_CODE);
    mini_col b[] = {COL(NULL, codes)}; /* product codes */
    classify_mini(b, 1, LS_FORMAT_CSV, o);
    cr_expect_eq(o[0].type, LS_TYPE_NUMBER);
    mini_col c[] = {COL("cp", codes)};
    classify_mini(c, 1, LS_FORMAT_CSV, o);
    cr_expect_eq(o[0].type, LS_TYPE_POSTAL_CODE);
    mini_col d[] = {COL(NULL, codes), COL("ville", cities)};
    classify_mini(d, 2, LS_FORMAT_CSV, o);
    cr_expect_eq(o[0].type, LS_TYPE_POSTAL_CODE);
    cr_expect_eq(o[1].type, LS_TYPE_CITY);
    mini_col e[] = {COL(NULL, cps), COL(NULL, cities)};
    classify_mini(e, 2, LS_FORMAT_CSV, o);
    cr_expect_eq(o[0].type, LS_TYPE_POSTAL_CODE);
    cr_expect_eq(o[1].type, LS_TYPE_CITY);
}

Test(classify_mini, hints_the_values_contradict)
{
    static const char *const emails[] = {"a.b@gmail.com", "c.d@orange.fr", "e@free.fr",
                                         "f.g@yahoo.fr", "h@sfr.fr"};
    static const char *const yesno[] = {"oui", "non", "non", "oui", "non"};
    static const char *const files[] = {"/img/photo_123.jpg", "/img/photo_7.jpg",
                                        "/img/photo_88.jpg", "/img/photo_9.jpg"};
    ls_column_class o;
    mini_col a[] = {COL("telephone", emails)}; /* mislabelled: the values win */
    classify_mini(a, 1, LS_FORMAT_CSV, &o);
    cr_expect_eq(o.type, LS_TYPE_EMAIL);
    cr_expect_eq(o.header_hint, LS_TYPE_PHONE);
    mini_col b[] = {COL("mobile", yesno)}; /* "has a mobile": a flag */
    classify_mini(b, 1, LS_FORMAT_CSV, &o);
    cr_expect(!ls_type_is_pii(o.type));
    mini_col c[] = {COL("nom", files)}; /* a file name under "nom" */
    classify_mini(c, 1, LS_FORMAT_CSV, &o);
    cr_expect(!ls_type_is_pii(o.type));
    static const char *const flags[] = {"oui", "non", "non", "oui", "non", "oui", "non", "non"};
    mini_col f[] = {COL("pass", flags)}; /* a pass-holder flag, not a password */
    classify_mini(f, 1, LS_FORMAT_CSV, &o);
    cr_expect(!ls_type_is_pii(o.type), "flag typed %s", ls_type_name(o.type));
    mini_col d[] = {COL("login", emails)}; /* logins that are e-mails */
    classify_mini(d, 1, LS_FORMAT_CSV, &o);
    cr_expect_eq(o.type, LS_TYPE_EMAIL);
    static const char *const ips[] = {"10.0.0.1", "192.168.1.20", "8.8.8.8", "81.2.69.160"};
    mini_col e[] = {COL("last_login_time_ip", ips)}; /* a date word: addresses still win */
    classify_mini(e, 1, LS_FORMAT_CSV, &o);
    cr_expect_eq(o.type, LS_TYPE_IPV4);
}

Test(classify_mini, health_is_header_only)
{
    static const char *const v[] = {"asthme", "", "diabète", "oui", "non", "hypertension"};
    ls_column_class o;
    mini_col a[] = {COL("pathologie", v)}, b[] = {COL(NULL, v)}, c[] = {COL("handicap", v)};
    classify_mini(a, 1, LS_FORMAT_CSV, &o);
    cr_expect_eq(o.type, LS_TYPE_HEALTH);
    cr_expect_eq(o.valid_ratio, 0);
    classify_mini(b, 1, LS_FORMAT_CSV, &o);
    cr_expect(!ls_type_is_pii(o.type));
    classify_mini(c, 1, LS_FORMAT_CSV, &o);
    cr_expect_eq(o.type, LS_TYPE_HEALTH);
}

Test(classify_mini, health_identifiers_by_value_and_hint)
{
    /* 9-digit Luhn numbers: SIREN by value alone (the first reading), ADELI / FINESS only
     * with their header. */
    static const char *const nine[] = {"732829320", "552100554", "542051180",
                                       "403335904", "383474814", "356000000"};
    ls_column_class o;
    mini_col a[] = {COL(NULL, nine)}, b[] = {COL("adeli", nine)}, c[] = {COL("finess", nine)},
             d[] = {COL("num_ss", nine)};
    classify_mini(a, 1, LS_FORMAT_CSV, &o);
    cr_expect_eq(o.type, LS_TYPE_FR_SIREN);
    classify_mini(b, 1, LS_FORMAT_CSV, &o);
    cr_expect_eq(o.type, LS_TYPE_FR_ADELI);
    classify_mini(c, 1, LS_FORMAT_CSV, &o);
    cr_expect_eq(o.type, LS_TYPE_FR_FINESS);
    classify_mini(d, 1, LS_FORMAT_CSV, &o); /* 9 digits are not a NIR: values win */
    cr_expect_neq(o.type, LS_TYPE_FR_NIR);
}

Test(classify_mini, empty_and_placeholder_columns)
{
    static const char *const empty[] = {"", " ", "\t", "NULL", "\\N", "n/a"};
    ls_column_class o[2];
    mini_col a[] = {COL(NULL, empty), COL("email", empty)};
    classify_mini(a, 2, LS_FORMAT_CSV, o);
    cr_expect_eq(o[0].type, LS_TYPE_UNKNOWN);
    cr_expect_eq(o[0].valid_ratio, 0);
    cr_expect_eq(o[1].type, LS_TYPE_EMAIL); /* the hint, weakly */
    cr_expect_lt(o[1].confidence, 0.5);
    ls_column_sample none = {NULL, NULL, 0};
    ls_classify_input in = {LS_FORMAT_CSV, 1, &none, REF_YEAR};
    ls_classify(&in, o);
    cr_expect_eq(o[0].type, LS_TYPE_UNKNOWN);
    ls_classify_input zero = {LS_FORMAT_CSV, 0, NULL, REF_YEAR};
    ls_classify(&zero, o);
}

Test(classify_mini, deterministic)
{
    loaded a, b;
    load_and_classify(LS_SAMPLES_DIR "/fr_clients.csv", &a, 2000);
    load_and_classify(LS_SAMPLES_DIR "/fr_clients.csv", &b, 2000);
    cr_assert_eq(a.ncols, b.ncols);
    for (uint32_t i = 0; i < a.ncols; i++) {
        cr_expect_eq(a.out[i].type, b.out[i].type);
        cr_expect_eq(a.out[i].confidence, b.out[i].confidence);
        cr_expect_eq(a.out[i].valid_ratio, b.out[i].valid_ratio);
    }
    unload(&a);
    unload(&b);
}

Test(classify_mini, garbage_values_are_safe)
{
    /* Exactly-sized heap copies, so that ASan catches any read past a value or a name. */
    enum { NC = 6, NV = 300 };
    ls_column_sample cols[NC];
    ls_span *sp[NC];
    char *names[NC];
    uint32_t seed = 12345;
    for (int c = 0; c < NC; c++) {
        sp[c] = calloc(NV, sizeof *sp[c]);
        cr_assert(sp[c]);
        for (int i = 0; i < NV; i++) {
            seed = seed * 1103515245u + 12345u;
            size_t n = i == 7 ? 70000 : (seed >> 16) % (c == 0 ? 4 : 80);
            char *v = malloc(n ? n : 1);
            cr_assert(v);
            for (size_t k = 0; k < n; k++) {
                seed = seed * 1103515245u + 12345u;
                /* mostly bytes that reach deep into validators: digits, letters, $ @ : / */
                static const char alpha[] = "0123456789@:/.$-_ ABCxyz\xc3\xa9\xc2\xa0\xff\x80\"";
                v[k] = (c & 1) ? (char)(seed >> 24) : alpha[(seed >> 16) % (sizeof alpha - 1)];
            }
            sp[c][i].p = n ? v : NULL;
            sp[c][i].len = (uint32_t)n;
            if (!n) free(v);
        }
        size_t nl = (size_t)c * 7 % 40;
        names[c] = malloc(nl + 1);
        cr_assert(names[c]);
        for (size_t k = 0; k < nl; k++)
            names[c][k] = (char)(0x80 + k * 13);
        names[c][nl] = '\0';
        cols[c].name = c == 3 ? NULL : names[c];
        cols[c].values = sp[c];
        cols[c].nvalues = NV;
    }
    ls_column_class out[NC];
    for (int f = 0; f < 4; f++) {
        ls_classify_input in = {(ls_format)f, f == LS_FORMAT_COMBO ? 2u : (uint32_t)NC, cols,
                                REF_YEAR};
        ls_classify(&in, out);
        for (uint32_t c = 0; c < in.ncolumns; c++) {
            cr_expect_lt((unsigned)out[c].type, (unsigned)LS_TYPE__COUNT);
            cr_expect(out[c].confidence >= 0 && out[c].confidence <= 1);
        }
    }
    for (int c = 0; c < NC; c++) {
        for (int i = 0; i < NV; i++)
            free((void *)sp[c][i].p);
        free(sp[c]);
        free(names[c]);
    }
}
