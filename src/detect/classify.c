/* classify.c — column classifier: header-name hints (French and English) combined with
 * value votes over a sample, then cross-column rules (names side by side, postcode next
 * to a city, dates of birth in a file about people).
 *
 * How a column is typed (ls_classify):
 *
 * 1. Hint. ls_header_hint() folds the header name (case, accents, separators, camelCase)
 *    into words and finds the longest known word sequence ("date de naissance" beats
 *    "naissance"; "nom prenom" beats "nom"; "passeport" is one word, so "pass" does not
 *    match inside it). Ambiguous heads (nom, name, card, carte, cb, cp, pass, title, site,
 *    user...) are STRICT: the other words of the header must be neutral qualifiers
 *    (client, user, numero, perso, 1, 2...), so "nom_produit", "card_type" or
 *    "job_title" give no hint. A plain "id" gives no hint (a row key is not a person
 *    identifier); "id_client", "user_id", "num_adherent" give user_id.
 *
 * 2. Value votes. Every non-empty sample value (trimmed; NULL, \N, N/A, - count as
 *    empty) is run through the validators; per type we count VALID and INVALID
 *    (INVALID = the shape holds, a checksum or rule fails). With N non-empty values,
 *    shape(t) = VALID + INVALID and valid(t) = VALID.
 *
 * 3. A hint is accepted when the values do not contradict it: shape(hint) >= 50% of N
 *    (a header hint lowers the bar: the checksum may fail on every value — a fabricated
 *    card column is still a card column, and its low valid rate is the finding). Weak
 *    types are accepted on their shape validator (name shape, city shape, password
 *    shape; a password column also needs >= 5 distinct values, passport numbers other
 *    than French are 6-12 letters and digits). Health is header-only (GDPR Art. 9; no
 *    value-level validator). Refinements: a name header over "DUPONT Marie" values gives
 *    full_name, a password header over hashes password_hash, user_id <-> username by
 *    the values' shape, siren <-> siret by length, ipv4 <-> ipv6; "1"/"2" under a gender
 *    header is gender. A non-PII hint (date, amount, comment) keeps the column non-PII
 *    unless its values are a specific PII type (e-mail, phone, IP, IBAN, NIR, NINO,
 *    NHS, SSN, card, RPPS, hash): "last_login_time_ip" holds addresses. A rejected hint
 *    falls through to the value rules.
 *
 * 4. Without a (usable) hint, the value rules run in order of specificity, first match
 *    wins (thresholds over N, "q" = valid / shape):
 *      email               valid >= 70%
 *      password_hash       crypt/framework prefixes >= 70%; bare hex (MD5/SHA...) >= 80%
 *                          only where no header exists or as a combo's second field
 *                          (a 32-hex "token" or "checksum" column is not a password)
 *      url                 valid >= 80% (not PII)
 *      ipv4 / ipv6         valid >= 80%
 *      iban, fr_nir        shape >= 80% and q >= 30% (random digits pass mod 97 ~1%);
 *                          a key-less NIR column (13 digits, no checksum) needs a hint
 *      uk_nino             shape >= 80%, q >= 80%
 *      card_number         shape >= 80%, (valid + masked) / shape >= 60% (Luhn ~10% by
 *                          chance: 16-digit order numbers never reach it)
 *      fr_siret            shape >= 80%, q >= 30% (two Luhn keys, ~1% by chance)
 *      uk_nhs              shape >= 80%, q >= 60% (mod 11, ~9% by chance)
 *      us_ssn              written AAA-GG-SSSS >= 80%, q >= 80% (bare 9 digits: hint)
 *      passport            French layout 99AA99999 >= 80%
 *      fr_rpps             shape >= 80%, q >= 90%
 *      phone               valid >= 70%
 *      fr_siren            shape >= 80%, q >= 90% (ADELI / FINESS share the shape: hint)
 *      date / datetime     valid >= 80%; datetime when >= 50% carry a non-midnight time
 *      gender              valid >= 90% and at most 12 distinct values
 *      postal_code         UK or French layout >= 80% with >= 30% of them UK (the UK
 *                          layout is distinctive), or French 5 digits >= 90% with >= 30%
 *                          ending in 0 (post-office codes: 75015, 35400; random 5-digit
 *                          product codes end in 0 one time in 10); else only next to a
 *                          city or an address (step 5) or with a hint
 *      street_address      valid >= 50% and shape >= 60%
 *      full_name           valid >= 50% (a known first name in 2-6 name tokens), shape
 *                          >= 80%, multi-word >= 80%
 *      first_name          listed first names >= 50% (lexicon.h), name shape >= 80%, no
 *                          more listed places than first names, and not a surname column
 *                          (below: Parker, Mason, Thomas are listed as both)
 *      country             valid >= 80%, mostly written names (2-letter codes: hint)
 *      last_name           listed surnames >= 30%, name shape >= 90%, varied, < 30%
 *                          multi-word, more listed surnames than first names or places
 *                          (the lists cover the common names only: a real surname column
 *                          of England and Wales is 35-50% listed, a first-name column
 *                          70-90%)
 *      city                listed places >= 50%, city shape >= 80%, varied, more listed
 *                          places than first names or surnames
 *      number              valid >= 90%
 *      free_text           >= 50% multi-word values, or 25+ bytes on average
 *      otherwise unknown.
 *    The lists are generated from public packages (src/detect/lexicon/SOURCES.md): faker
 *    and chance for first names and surnames of English and European languages, GeoNames
 *    for the places of the UK, Ireland and western and northern Europe. A column typed by
 *    a list reports it as its evidence, with the listed share.
 *    place_of_birth, username, user_id, password, bic, ADELI, FINESS are never typed from
 *    values alone: their validators accept too much.
 *
 * 5. Cross-column rules (only for columns without a hint, repeated until stable):
 *      last_name   a varied name-shaped column (>= 90%) with < 50% known first names next
 *                  to a first_name column (a handful of ranks or titles is not varied); of two
 * adjacent first_name columns, the one with fewer known first names is the last name; postal_code a
 * French (5 digits) or UK postcode column (>= 90%) next to a city or an address; city        a
 * city-shaped column (>= 90%, < 50% first names, varied: not a handful of status words) next to a
 * postcode; date_of_birth (after the others) a date column whose dates are all plausible birth
 * dates (no date after reference_year, >= 98% aged 0-120), with a median age >= 12 and a 10th-90th
 * percentile spread >= 15 years (order or account dates cluster in recent years), in a file that
 * has other identity columns (names, e-mail, phone, national id, gender, address); when several
 * qualify, the one with the oldest median. place_of_birth (after date_of_birth) a varied
 * city-shaped column beside it, also one the place list typed city. A date column whose header says
 * what it is ("date_commande") keeps date; a header that is just "date" may still become
 * date_of_birth.
 *
 * 6. Combo lists (LS_FORMAT_COMBO, 2 columns): the second is password_hash when >= 50% of
 *    its values are hashes, else password; the first is typed as above (username when it
 *    is neither e-mail nor phone but login-shaped).
 *
 * Confidence: hint + values agreeing 0.75-0.99 (by valid share), weak hinted types
 * 0.7-0.9, values only 0.5-0.95, cross-column 0.6-0.9, header-only health / free text
 * 0.8, unknown 0.5 (0 for an empty column).
 */
#include <string.h>

#include "detect/classify.h"
#include "detect/lexicon.h"
#include "detect/validate.h"

/* ===================================================================================== */
/* Header names                                                                          */
/* ===================================================================================== */

#define HN_MAX 160 /* folded bytes of a header name kept */
#define HT_MAX 24  /* words kept */

typedef struct {
    char j[HN_MAX]; /* words joined, stop words removed */
    uint16_t ts[HT_MAX], te[HT_MAX];
    unsigned ntok;
} hname;

/* Latin-1 letters U+00C0..U+00FF folded to ASCII (lower case); "" = not a letter. */
static const char *const latin1_fold[64] = {
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i",  "i",
    "d", "n", "o", "o", "o", "o", "o",  "",  "o", "u", "u", "u", "u", "y", "th", "ss",
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i",  "i",
    "d", "n", "o", "o", "o", "o", "o",  "",  "o", "u", "u", "u", "u", "y", "th", "y",
};

/* Words dropped before matching: articles and prepositions ("date de naissance",
 * "place of birth", "nom et prénom"). */
static const char *const stop_words[] = {"a",   "and", "au", "aux", "d",    "de",
                                         "des", "du",  "en", "et",  "l",    "la",
                                         "le",  "les", "of", "the", "pour", "for"};

/* Qualifiers that may surround a STRICT head word: whose value it is, which one, and
 * numbering words. Digits are neutral too ("tel2", "adresse_1"). */
static const char *const neutral_words[] = {
    /* whose value it is */
    "abonne",
    "account",
    "adherent",
    "agent",
    "assure",
    "beneficiaire",
    "client",
    "clients",
    "compte",
    "conjoint",
    "contact",
    "cust",
    "customer",
    "destinataire",
    "doctor",
    "eleve",
    "employe",
    "employee",
    "etudiant",
    "expediteur",
    "locataire",
    "medecin",
    "member",
    "membre",
    "mere",
    "owner",
    "parent",
    "patient",
    "pere",
    "person",
    "personne",
    "praticien",
    "proprietaire",
    "recipient",
    "representant",
    "responsable",
    "salarie",
    "sender",
    "signataire",
    "souscripteur",
    "spouse",
    "student",
    "subscriber",
    "tenant",
    "titulaire",
    "tuteur",
    "user",
    "usr",
    "utilisateur",
    /* which one */
    "actuel",
    "current",
    "domicile",
    "home",
    "main",
    "perso",
    "personal",
    "personnel",
    "primary",
    "principal",
    "pro",
    "professionnel",
    "secondaire",
    "secondary",
    "work",
    /* numbering */
    "n",
    "nb",
    "no",
    "nr",
    "num",
    "number",
    "numero",
};

/* Owners of an identifier: with a numbering word they make a user_id ("num_client"). */
static const char *const entity_words[] = {
    "abonne",  "account",  "adherent",    "client", "compte",  "cust",     "customer",
    "employe", "employee", "member",      "membre", "patient", "salarie",  "subscriber",
    "user",    "usr",      "utilisateur", "people", "person",  "personne", "individu",
};
static const char *const id_words[] = {"code", "id",     "identifiant", "n",   "no",       "nr",
                                       "num",  "number", "numero",      "ref", "reference"};

enum { H_STRICT = 1u, H_GENERIC_DATE = 2u };

typedef struct {
    const char *pat; /* words joined without separators, stop words removed */
    ls_type type;
    unsigned flags;
} hint_rule;

/* The rules. A header matches the longest pattern that covers whole words; on a tie the
 * earlier rule wins. LS_TYPE_UNKNOWN rules are explicit "no hint" answers that block a
 * shorter PII match ("code insee" is a commune code, not a NIR). */
static const hint_rule hint_rules[] = {
    /* identity: names */
    {"prenom", LS_TYPE_FIRST_NAME, 0},
    {"prenoms", LS_TYPE_FIRST_NAME, 0},
    {"firstname", LS_TYPE_FIRST_NAME, 0},
    {"givenname", LS_TYPE_FIRST_NAME, 0},
    {"forename", LS_TYPE_FIRST_NAME, 0},
    {"fname", LS_TYPE_FIRST_NAME, 0},
    {"first", LS_TYPE_FIRST_NAME, H_STRICT},
    {"nom", LS_TYPE_LAST_NAME, H_STRICT},
    {"noms", LS_TYPE_LAST_NAME, H_STRICT},
    {"lastname", LS_TYPE_LAST_NAME, 0},
    {"surname", LS_TYPE_LAST_NAME, 0},
    {"familyname", LS_TYPE_LAST_NAME, 0},
    {"nomfamille", LS_TYPE_LAST_NAME, 0},
    {"nomdefamille", LS_TYPE_LAST_NAME, 0},
    {"nomnaissance", LS_TYPE_LAST_NAME, 0},
    {"nomusage", LS_TYPE_LAST_NAME, 0},
    {"nommarital", LS_TYPE_LAST_NAME, 0},
    {"nomjeunefille", LS_TYPE_LAST_NAME, 0},
    {"nomepouse", LS_TYPE_LAST_NAME, 0},
    {"patronyme", LS_TYPE_LAST_NAME, 0},
    {"maidenname", LS_TYPE_LAST_NAME, 0},
    {"lname", LS_TYPE_LAST_NAME, 0},
    {"last", LS_TYPE_LAST_NAME, H_STRICT},
    {"name", LS_TYPE_FULL_NAME, H_STRICT},
    {"fullname", LS_TYPE_FULL_NAME, 0},
    {"nomcomplet", LS_TYPE_FULL_NAME, 0},
    {"nomprenom", LS_TYPE_FULL_NAME, 0},
    {"nomprenoms", LS_TYPE_FULL_NAME, 0},
    {"prenomnom", LS_TYPE_FULL_NAME, 0},
    {"titulaire", LS_TYPE_FULL_NAME, H_STRICT},
    {"cardholder", LS_TYPE_FULL_NAME, 0},
    {"cardholdername", LS_TYPE_FULL_NAME, 0},
    {"raisonsociale", LS_TYPE_UNKNOWN, 0},
    {"companyname", LS_TYPE_UNKNOWN, 0},
    {"civilite", LS_TYPE_GENDER, 0},
    {"civ", LS_TYPE_GENDER, H_STRICT},
    {"sexe", LS_TYPE_GENDER, 0},
    {"sex", LS_TYPE_GENDER, 0},
    {"genre", LS_TYPE_GENDER, 0},
    {"gender", LS_TYPE_GENDER, 0},
    {"title", LS_TYPE_GENDER, H_STRICT},
    {"titre", LS_TYPE_GENDER, H_STRICT},
    {"salutation", LS_TYPE_GENDER, 0},
    {"datenaissance", LS_TYPE_DATE_OF_BIRTH, 0},
    {"datedenaissance", LS_TYPE_DATE_OF_BIRTH, 0},
    {"datenaiss", LS_TYPE_DATE_OF_BIRTH, 0},
    {"datenais", LS_TYPE_DATE_OF_BIRTH, 0},
    {"dtnaiss", LS_TYPE_DATE_OF_BIRTH, 0},
    {"dnaiss", LS_TYPE_DATE_OF_BIRTH, 0},
    {"naissance", LS_TYPE_DATE_OF_BIRTH, 0},
    {"ddn", LS_TYPE_DATE_OF_BIRTH, 0},
    {"dob", LS_TYPE_DATE_OF_BIRTH, 0},
    {"birth", LS_TYPE_DATE_OF_BIRTH, 0},
    {"birthdate", LS_TYPE_DATE_OF_BIRTH, 0},
    {"datebirth", LS_TYPE_DATE_OF_BIRTH, 0},
    {"dateofbirth", LS_TYPE_DATE_OF_BIRTH, 0},
    {"birthday", LS_TYPE_DATE_OF_BIRTH, 0},
    {"anniversaire", LS_TYPE_DATE_OF_BIRTH, 0},
    {"ne", LS_TYPE_DATE_OF_BIRTH, H_STRICT},  /* "né le" */
    {"nee", LS_TYPE_DATE_OF_BIRTH, H_STRICT}, /* "né(e) le" */
    {"lieunaissance", LS_TYPE_PLACE_OF_BIRTH, 0},
    {"lieudenaissance", LS_TYPE_PLACE_OF_BIRTH, 0},
    {"lieunaiss", LS_TYPE_PLACE_OF_BIRTH, 0},
    {"villenaissance", LS_TYPE_PLACE_OF_BIRTH, 0},
    {"communenaissance", LS_TYPE_PLACE_OF_BIRTH, 0},
    {"paysnaissance", LS_TYPE_PLACE_OF_BIRTH, 0},
    {"departementnaissance", LS_TYPE_PLACE_OF_BIRTH, 0},
    {"birthplace", LS_TYPE_PLACE_OF_BIRTH, 0},
    {"placebirth", LS_TYPE_PLACE_OF_BIRTH, 0},
    {"placeofbirth", LS_TYPE_PLACE_OF_BIRTH, 0},
    {"citybirth", LS_TYPE_PLACE_OF_BIRTH, 0},
    {"countrybirth", LS_TYPE_PLACE_OF_BIRTH, 0},
    /* contact */
    {"email", LS_TYPE_EMAIL, 0},
    {"emails", LS_TYPE_EMAIL, 0},
    {"mail", LS_TYPE_EMAIL, 0},
    {"courriel", LS_TYPE_EMAIL, 0},
    {"mel", LS_TYPE_EMAIL, H_STRICT},
    {"adressemail", LS_TYPE_EMAIL, 0},
    {"adresseemail", LS_TYPE_EMAIL, 0},
    {"adresseelectronique", LS_TYPE_EMAIL, 0},
    {"emailaddress", LS_TYPE_EMAIL, 0},
    {"emailadresse", LS_TYPE_EMAIL, 0},
    {"mailaddress", LS_TYPE_EMAIL, 0},
    {"tel", LS_TYPE_PHONE, 0},
    {"telephone", LS_TYPE_PHONE, 0},
    {"phone", LS_TYPE_PHONE, 0},
    {"phonenumber", LS_TYPE_PHONE, 0},
    {"telephonenumber", LS_TYPE_PHONE, 0},
    {"portable", LS_TYPE_PHONE, 0},
    {"mobile", LS_TYPE_PHONE, 0},
    {"mobilenumber", LS_TYPE_PHONE, 0},
    {"gsm", LS_TYPE_PHONE, 0},
    {"fax", LS_TYPE_PHONE, 0},
    {"fixe", LS_TYPE_PHONE, H_STRICT},
    {"cell", LS_TYPE_PHONE, H_STRICT},
    {"cellphone", LS_TYPE_PHONE, 0},
    {"adresse", LS_TYPE_STREET_ADDRESS, 0},
    {"address", LS_TYPE_STREET_ADDRESS, 0},
    {"addr", LS_TYPE_STREET_ADDRESS, 0},
    {"adr", LS_TYPE_STREET_ADDRESS, H_STRICT},
    {"rue", LS_TYPE_STREET_ADDRESS, 0},
    {"street", LS_TYPE_STREET_ADDRESS, 0},
    {"streetaddress", LS_TYPE_STREET_ADDRESS, 0},
    {"voie", LS_TYPE_STREET_ADDRESS, 0},
    {"adressepostale", LS_TYPE_STREET_ADDRESS, 0},
    {"cp", LS_TYPE_POSTAL_CODE, H_STRICT},
    {"codepostal", LS_TYPE_POSTAL_CODE, 0},
    {"postal", LS_TYPE_POSTAL_CODE, H_STRICT},
    {"postalcode", LS_TYPE_POSTAL_CODE, 0},
    {"postcode", LS_TYPE_POSTAL_CODE, 0},
    {"zip", LS_TYPE_POSTAL_CODE, 0},
    {"zipcode", LS_TYPE_POSTAL_CODE, 0},
    {"ville", LS_TYPE_CITY, 0},
    {"commune", LS_TYPE_CITY, 0},
    {"city", LS_TYPE_CITY, 0},
    {"town", LS_TYPE_CITY, 0},
    {"localite", LS_TYPE_CITY, 0},
    {"codecommune", LS_TYPE_UNKNOWN, 0},
    {"codeinsee", LS_TYPE_UNKNOWN, 0},
    {"pays", LS_TYPE_COUNTRY, 0},
    {"country", LS_TYPE_COUNTRY, 0},
    {"nationalite", LS_TYPE_COUNTRY, 0},
    {"nationality", LS_TYPE_COUNTRY, 0},
    /* national identifiers */
    {"nir", LS_TYPE_FR_NIR, 0},
    {"secu", LS_TYPE_FR_NIR, 0},
    {"numsecu", LS_TYPE_FR_NIR, 0},
    {"securitesociale", LS_TYPE_FR_NIR, 0},
    {"secusociale", LS_TYPE_FR_NIR, 0},
    {"numerosecuritesociale", LS_TYPE_FR_NIR, 0},
    {"insee", LS_TYPE_FR_NIR, H_STRICT},
    {"nss", LS_TYPE_FR_NIR, H_STRICT},
    {"ss", LS_TYPE_FR_NIR, H_STRICT},
    {"cartevitale", LS_TYPE_FR_NIR, 0},
    {"nino", LS_TYPE_UK_NINO, 0},
    {"ni", LS_TYPE_UK_NINO, H_STRICT},
    {"nationalinsurance", LS_TYPE_UK_NINO, 0},
    {"ninumber", LS_TYPE_UK_NINO, 0},
    {"nhs", LS_TYPE_UK_NHS, H_STRICT},
    {"nhsnumber", LS_TYPE_UK_NHS, 0},
    {"nhsno", LS_TYPE_UK_NHS, 0},
    {"ssn", LS_TYPE_US_SSN, 0},
    {"socialsecurity", LS_TYPE_US_SSN, 0},
    {"passport", LS_TYPE_PASSPORT, 0},
    {"passeport", LS_TYPE_PASSPORT, 0},
    {"passportnumber", LS_TYPE_PASSPORT, 0},
    /* financial */
    {"iban", LS_TYPE_IBAN, 0},
    {"rib", LS_TYPE_IBAN, 0},
    {"bankaccount", LS_TYPE_IBAN, 0},
    {"comptebancaire", LS_TYPE_IBAN, 0},
    {"bic", LS_TYPE_BIC, 0},
    {"swift", LS_TYPE_BIC, 0},
    {"carte", LS_TYPE_CARD_NUMBER, H_STRICT},
    {"card", LS_TYPE_CARD_NUMBER, H_STRICT},
    {"cb", LS_TYPE_CARD_NUMBER, H_STRICT},
    {"pan", LS_TYPE_CARD_NUMBER, H_STRICT},
    {"cc", LS_TYPE_CARD_NUMBER, H_STRICT},
    {"ccnum", LS_TYPE_CARD_NUMBER, 0},
    {"ccnumber", LS_TYPE_CARD_NUMBER, 0},
    {"cardnumber", LS_TYPE_CARD_NUMBER, 0},
    {"cardno", LS_TYPE_CARD_NUMBER, 0},
    {"creditcard", LS_TYPE_CARD_NUMBER, 0},
    {"cartebancaire", LS_TYPE_CARD_NUMBER, 0},
    {"cartecredit", LS_TYPE_CARD_NUMBER, 0},
    {"cartebleue", LS_TYPE_CARD_NUMBER, 0},
    {"numcarte", LS_TYPE_CARD_NUMBER, 0},
    /* business and health identifiers */
    {"siren", LS_TYPE_FR_SIREN, 0},
    {"siret", LS_TYPE_FR_SIRET, 0},
    {"rpps", LS_TYPE_FR_RPPS, 0},
    {"adeli", LS_TYPE_FR_ADELI, 0},
    {"finess", LS_TYPE_FR_FINESS, 0},
    /* health (GDPR Art. 9): header-only */
    {"maladie", LS_TYPE_HEALTH, 0},
    {"maladies", LS_TYPE_HEALTH, 0},
    {"pathologie", LS_TYPE_HEALTH, 0},
    {"pathologies", LS_TYPE_HEALTH, 0},
    {"pathology", LS_TYPE_HEALTH, 0},
    {"diagnostic", LS_TYPE_HEALTH, 0},
    {"diagnostics", LS_TYPE_HEALTH, 0},
    {"diagnosis", LS_TYPE_HEALTH, 0},
    {"traitement", LS_TYPE_HEALTH, H_STRICT},
    {"traitements", LS_TYPE_HEALTH, H_STRICT},
    {"treatment", LS_TYPE_HEALTH, H_STRICT},
    {"traitementmedical", LS_TYPE_HEALTH, 0},
    {"medicament", LS_TYPE_HEALTH, 0},
    {"medicaments", LS_TYPE_HEALTH, 0},
    {"medication", LS_TYPE_HEALTH, 0},
    {"medications", LS_TYPE_HEALTH, 0},
    {"handicap", LS_TYPE_HEALTH, 0},
    {"disability", LS_TYPE_HEALTH, 0},
    {"disabilities", LS_TYPE_HEALTH, 0},
    {"invalidite", LS_TYPE_HEALTH, 0},
    {"allergie", LS_TYPE_HEALTH, 0},
    {"allergies", LS_TYPE_HEALTH, 0},
    {"allergy", LS_TYPE_HEALTH, 0},
    {"medical", LS_TYPE_HEALTH, 0},
    {"medicale", LS_TYPE_HEALTH, 0},
    {"medicales", LS_TYPE_HEALTH, 0},
    {"medicaux", LS_TYPE_HEALTH, 0},
    {"antecedent", LS_TYPE_HEALTH, 0},
    {"antecedents", LS_TYPE_HEALTH, 0},
    {"sante", LS_TYPE_HEALTH, 0},
    {"health", LS_TYPE_HEALTH, 0},
    {"groupesanguin", LS_TYPE_HEALTH, 0},
    {"bloodtype", LS_TYPE_HEALTH, 0},
    {"bloodgroup", LS_TYPE_HEALTH, 0},
    {"vaccin", LS_TYPE_HEALTH, 0},
    {"vaccination", LS_TYPE_HEALTH, 0},
    {"vaccine", LS_TYPE_HEALTH, 0},
    {"grossesse", LS_TYPE_HEALTH, 0},
    {"pregnancy", LS_TYPE_HEALTH, 0},
    {"symptome", LS_TYPE_HEALTH, 0},
    {"symptomes", LS_TYPE_HEALTH, 0},
    {"symptom", LS_TYPE_HEALTH, 0},
    {"symptoms", LS_TYPE_HEALTH, 0},
    {"hospitalisation", LS_TYPE_HEALTH, 0},
    {"hospitalization", LS_TYPE_HEALTH, 0},
    {"ordonnance", LS_TYPE_HEALTH, 0},
    {"prescription", LS_TYPE_HEALTH, 0},
    {"illness", LS_TYPE_HEALTH, 0},
    {"disease", LS_TYPE_HEALTH, 0},
    {"psychiatrique", LS_TYPE_HEALTH, 0},
    {"mutuelle", LS_TYPE_UNKNOWN, 0}, /* insurer's name: affiliation, not health data */
    /* credentials */
    {"motpasse", LS_TYPE_PASSWORD, 0},
    {"motdepasse", LS_TYPE_PASSWORD, 0},
    {"mdp", LS_TYPE_PASSWORD, 0},
    {"pwd", LS_TYPE_PASSWORD, 0},
    {"passwd", LS_TYPE_PASSWORD, 0},
    {"password", LS_TYPE_PASSWORD, 0},
    {"pass", LS_TYPE_PASSWORD, H_STRICT},
    {"pw", LS_TYPE_PASSWORD, H_STRICT},
    {"hash", LS_TYPE_PASSWORD_HASH, 0},
    {"hashed", LS_TYPE_PASSWORD_HASH, 0},
    {"passwordhash", LS_TYPE_PASSWORD_HASH, 0},
    {"hashpassword", LS_TYPE_PASSWORD_HASH, 0},
    {"hashedpassword", LS_TYPE_PASSWORD_HASH, 0},
    {"encryptedpassword", LS_TYPE_PASSWORD_HASH, 0},
    {"cryptedpassword", LS_TYPE_PASSWORD_HASH, 0},
    {"pwdhash", LS_TYPE_PASSWORD_HASH, 0},
    {"passhash", LS_TYPE_PASSWORD_HASH, 0},
    {"mdphash", LS_TYPE_PASSWORD_HASH, 0},
    {"hashmdp", LS_TYPE_PASSWORD_HASH, 0},
    {"md5", LS_TYPE_PASSWORD_HASH, 0},
    {"sha1", LS_TYPE_PASSWORD_HASH, 0},
    {"sha256", LS_TYPE_PASSWORD_HASH, 0},
    {"sha512", LS_TYPE_PASSWORD_HASH, 0},
    {"bcrypt", LS_TYPE_PASSWORD_HASH, 0},
    {"salt", LS_TYPE_UNKNOWN, 0},
    {"uid", LS_TYPE_USER_ID, 0},
    {"userid", LS_TYPE_USER_ID, 0},
    {"customerid", LS_TYPE_USER_ID, 0},
    {"clientid", LS_TYPE_USER_ID, 0},
    {"memberid", LS_TYPE_USER_ID, 0},
    {"accountid", LS_TYPE_USER_ID, 0},
    {"idclient", LS_TYPE_USER_ID, 0},
    {"iduser", LS_TYPE_USER_ID, 0},
    {"idutilisateur", LS_TYPE_USER_ID, 0},
    {"numclient", LS_TYPE_USER_ID, 0},
    {"noclient", LS_TYPE_USER_ID, 0},
    {"matricule", LS_TYPE_USER_ID, H_STRICT},
    {"login", LS_TYPE_USERNAME, 0},
    {"username", LS_TYPE_USERNAME, 0},
    {"pseudo", LS_TYPE_USERNAME, 0},
    {"identifiant", LS_TYPE_USERNAME, H_STRICT},
    {"nomutilisateur", LS_TYPE_USERNAME, 0},
    {"nickname", LS_TYPE_USERNAME, 0},
    {"surnom", LS_TYPE_USERNAME, 0},
    {"displayname", LS_TYPE_USERNAME, 0},
    {"screenname", LS_TYPE_USERNAME, 0},
    {"handle", LS_TYPE_USERNAME, H_STRICT},
    {"user", LS_TYPE_USERNAME, H_STRICT},
    {"utilisateur", LS_TYPE_USERNAME, H_STRICT},
    /* network */
    {"ip", LS_TYPE_IPV4, 0},
    {"ipv4", LS_TYPE_IPV4, 0},
    {"ipv6", LS_TYPE_IPV6, 0},
    {"adresseip", LS_TYPE_IPV4, 0},
    {"ipaddress", LS_TYPE_IPV4, 0},
    {"ipaddr", LS_TYPE_IPV4, 0},
    {"ipadresse", LS_TYPE_IPV4, 0},
    {"remoteaddr", LS_TYPE_IPV4, 0},
    {"lastloginip", LS_TYPE_IPV4, 0},
    {"url", LS_TYPE_URL, 0},
    {"uri", LS_TYPE_URL, 0},
    {"site", LS_TYPE_URL, H_STRICT},
    {"siteweb", LS_TYPE_URL, 0},
    {"siteinternet", LS_TYPE_URL, 0},
    {"website", LS_TYPE_URL, 0},
    {"web", LS_TYPE_URL, H_STRICT},
    {"lien", LS_TYPE_URL, H_STRICT},
    {"link", LS_TYPE_URL, H_STRICT},
    {"homepage", LS_TYPE_URL, 0},
    /* other (not PII): these keep such columns out of PII types */
    {"id", LS_TYPE_UNKNOWN, 0},
    {"commentaire", LS_TYPE_FREE_TEXT, 0},
    {"commentaires", LS_TYPE_FREE_TEXT, 0},
    {"comment", LS_TYPE_FREE_TEXT, 0},
    {"comments", LS_TYPE_FREE_TEXT, 0},
    {"note", LS_TYPE_FREE_TEXT, H_STRICT},
    {"notes", LS_TYPE_FREE_TEXT, 0},
    {"remarque", LS_TYPE_FREE_TEXT, 0},
    {"remarques", LS_TYPE_FREE_TEXT, 0},
    {"remarks", LS_TYPE_FREE_TEXT, 0},
    {"observation", LS_TYPE_FREE_TEXT, 0},
    {"observations", LS_TYPE_FREE_TEXT, 0},
    {"description", LS_TYPE_FREE_TEXT, 0},
    {"memo", LS_TYPE_FREE_TEXT, 0},
    {"message", LS_TYPE_FREE_TEXT, 0},
    {"montant", LS_TYPE_NUMBER, 0},
    {"amount", LS_TYPE_NUMBER, 0},
    {"prix", LS_TYPE_NUMBER, 0},
    {"price", LS_TYPE_NUMBER, 0},
    {"total", LS_TYPE_NUMBER, 0},
    {"quantite", LS_TYPE_NUMBER, 0},
    {"quantity", LS_TYPE_NUMBER, 0},
    {"qty", LS_TYPE_NUMBER, 0},
    {"rang", LS_TYPE_NUMBER, 0},
    {"rank", LS_TYPE_NUMBER, 0},
    {"score", LS_TYPE_NUMBER, 0},
    {"age", LS_TYPE_NUMBER, 0},
    {"solde", LS_TYPE_NUMBER, 0},
    {"balance", LS_TYPE_NUMBER, 0},
    {"date", LS_TYPE_DATE, 0},
    {"dt", LS_TYPE_DATE, H_STRICT},
    {"created", LS_TYPE_DATE, 0},
    {"createdat", LS_TYPE_DATE, 0},
    {"updated", LS_TYPE_DATE, 0},
    {"updatedat", LS_TYPE_DATE, 0},
    {"modified", LS_TYPE_DATE, 0},
    {"datetime", LS_TYPE_DATETIME, 0},
    {"timestamp", LS_TYPE_DATETIME, 0},
    {"horodatage", LS_TYPE_DATETIME, 0},
    {"lastlogin", LS_TYPE_DATETIME, 0},
    {"expiration", LS_TYPE_DATE, 0},
    {"expiry", LS_TYPE_DATE, 0},
};

static int word_in(const char *w, size_t n, const char *const *list, size_t count)
{
    for (size_t i = 0; i < count; i++)
        if (strlen(list[i]) == n && memcmp(list[i], w, n) == 0) return 1;
    return 0;
}
#define WORD_IN(w, n, list) word_in(w, n, list, sizeof list / sizeof list[0])

/* fold_header: split a header name into lower-case ASCII words and join them, stop
 * words removed, recording where each word starts and ends. Why this shape: matching a
 * pattern on whole words of the joined string makes "date_de_naissance",
 * "DateDeNaissance", "datenaissance" and "Date de naissance" one key, while "prenom"
 * never matches "nom" (not at a word start) and "cp" only matches a whole word.
 * Accented letters are folded from UTF-8 (or from single Windows-1252 bytes); other
 * bytes are separators. Names beyond HN_MAX bytes or HT_MAX words are cut. */
static void fold_header(const char *s, size_t n, hname *h)
{
    char w[HN_MAX];
    size_t wl = 0; /* current word length */
    int prev = 0;  /* class of the previous byte: 0 separator, 1 lower, 2 upper, 3 digit */
    h->ntok = 0;
    size_t jl = 0;
    for (size_t i = 0; i <= n; i++) {
        const char *add = NULL;
        char one[2] = {0, 0};
        int cls = 0;
        if (i < n) {
            unsigned char c = (unsigned char)s[i];
            if (c >= 'a' && c <= 'z') {
                one[0] = (char)c, add = one, cls = 1;
            } else if (c >= 'A' && c <= 'Z') {
                one[0] = (char)(c | 0x20), add = one, cls = 2;
            } else if (c >= '0' && c <= '9') {
                one[0] = (char)c, add = one, cls = 3;
            } else if (c == 0xC3 && i + 1 < n && (unsigned char)s[i + 1] >= 0x80 &&
                       (unsigned char)s[i + 1] <= 0xBF) {
                unsigned cp = 0xC0u + ((unsigned char)s[i + 1] - 0x80u);
                add = latin1_fold[cp - 0xC0u];
                cls = *add ? (cp < 0xE0u ? 2 : 1) : 0;
                i++;
            } else if (c == 0xC5 && i + 1 < n &&
                       ((unsigned char)s[i + 1] == 0x92 || (unsigned char)s[i + 1] == 0x93)) {
                add = "oe", cls = (unsigned char)s[i + 1] == 0x92 ? 2 : 1;
                i++;
            } else if (c >= 0xC0) {
                /* A UTF-8 lead byte: skip the sequence (a separator). A lone byte: a
                 * Windows-1252 letter. */
                size_t k = i + 1;
                while (k < n && ((unsigned char)s[k] & 0xC0u) == 0x80u)
                    k++;
                if (k > i + 1) {
                    i = k - 1;
                } else {
                    add = latin1_fold[c - 0xC0u];
                    cls = *add ? (c < 0xE0u ? 2 : 1) : 0;
                }
            } else if (c == 0x9C || c == 0x8C) { /* Windows-1252 œ / Œ */
                add = "oe", cls = c == 0x9C ? 1 : 2;
            }
            if (add && !*add) add = NULL, cls = 0;
        }
        /* A word ends at a separator, at a letter/digit change and at a lower-to-upper
         * change (camelCase). */
        /* "IPAddress", "NIRKey": an upper-case run ends before an upper + lower pair. */
        int acronym_end = prev == 2 && cls == 2 && i + 1 < n && s[i + 1] >= 'a' && s[i + 1] <= 'z';
        int split =
            !add || (prev && ((cls == 3) != (prev == 3))) || (prev == 1 && cls == 2) || acronym_end;
        if (split && wl) {
            w[wl] = '\0';
            if (!WORD_IN(w, wl, stop_words) && h->ntok < HT_MAX && jl + wl <= HN_MAX) {
                memcpy(h->j + jl, w, wl);
                h->ts[h->ntok] = (uint16_t)jl;
                h->te[h->ntok] = (uint16_t)(jl + wl);
                h->ntok++;
                jl += wl;
            }
            wl = 0;
        }
        if (add) {
            size_t al = strlen(add);
            if (wl + al < sizeof w) memcpy(w + wl, add, al), wl += al;
        }
        prev = cls;
    }
}

static int neutral_token(const hname *h, unsigned k)
{
    const char *w = h->j + h->ts[k];
    size_t n = (size_t)(h->te[k] - h->ts[k]);
    if (w[0] >= '0' && w[0] <= '9') return 1;
    return WORD_IN(w, n, neutral_words);
}

/* Are all words outside [a, b] (and other than `also`) neutral qualifiers? */
static int others_neutral(const hname *h, unsigned a, unsigned b, unsigned also)
{
    for (unsigned k = 0; k < h->ntok; k++)
        if ((k < a || k > b) && k != also && !neutral_token(h, k)) return 0;
    return 1;
}

/* hint_lookup: the best rule for a folded header (longest whole-word match; STRICT rules
 * only when the other words are neutral), plus the synthetic "entity + numbering word"
 * rule (num_client, id_user, customer_no -> user_id). Returns the type and sets *flags
 * (H_GENERIC_DATE when the header is just "date"). */
static ls_type hint_lookup(const hname *h, unsigned *flags)
{
    size_t best_len = 0;
    int best = -1;
    ls_type best_type = LS_TYPE_UNKNOWN;
    *flags = 0;
    for (size_t r = 0; r < sizeof hint_rules / sizeof hint_rules[0]; r++) {
        const char *p = hint_rules[r].pat;
        size_t L = strlen(p);
        if (L <= best_len) continue;
        for (unsigned a = 0; a < h->ntok; a++) {
            unsigned b = a;
            while (b < h->ntok && (size_t)(h->te[b] - h->ts[a]) < L)
                b++;
            if (b >= h->ntok || (size_t)(h->te[b] - h->ts[a]) != L) continue;
            if (memcmp(h->j + h->ts[a], p, L) != 0) continue;
            if ((hint_rules[r].flags & H_STRICT) && !others_neutral(h, a, b, a)) continue;
            best_len = L, best = (int)r, best_type = hint_rules[r].type;
            break;
        }
    }
    /* Entity + numbering word, the other words neutral. */
    for (unsigned a = 0; a < h->ntok; a++) {
        const char *wa = h->j + h->ts[a];
        size_t la = (size_t)(h->te[a] - h->ts[a]);
        if (!WORD_IN(wa, la, entity_words)) continue;
        for (unsigned b = 0; b < h->ntok; b++) {
            const char *wb = h->j + h->ts[b];
            size_t lb = (size_t)(h->te[b] - h->ts[b]);
            if (b == a || !WORD_IN(wb, lb, id_words)) continue;
            if (la + lb > best_len && others_neutral(h, a, a, b)) {
                best_len = la + lb, best = -1, best_type = LS_TYPE_USER_ID;
            }
        }
    }
    if (best >= 0 && hint_rules[best].type == LS_TYPE_DATE && h->ntok == 1)
        *flags |= H_GENERIC_DATE;
    return best_type;
}

/* ls_header_hint: see classify.h. Per column, never per value: a linear scan of the rule
 * table is fine. */
ls_type ls_header_hint(const char *name, size_t n)
{
    if (!name || n == 0) return LS_TYPE_UNKNOWN;
    hname h;
    unsigned flags;
    fold_header(name, n, &h);
    return hint_lookup(&h, &flags);
}

/* ===================================================================================== */
/* Value votes                                                                           */
/* ===================================================================================== */

#define AGE_MAX      120
#define DISTINCT_CAP 2048u
#define DSET_SIZE    4096u

typedef struct {
    uint32_t n; /* non-empty values */
    uint32_t valid[LS_TYPE__COUNT], invalid[LS_TYPE__COUNT];
    uint32_t card_masked;   /* masked card numbers (INVALID by verdict, cards all the same) */
    uint32_t nir_nokey;     /* VALID NIRs without their key */
    uint32_t hash_prefixed; /* crypt/framework hashes (not bare hex) */
    uint32_t ssn_grouped;   /* written AAA-GG-SSSS or AAA GG SSSS */
    uint32_t gender12;      /* "1" or "2": sex codes under a gender header */
    uint32_t postal_fr5;    /* French postcodes of 5 digits */
    uint32_t postal_end0;   /* ... ending in 0 */
    uint32_t postal_uk;
    uint32_t date_time;    /* valid dates carrying a time other than midnight */
    uint32_t birth_future; /* valid dates after the reference year */
    uint32_t birth_old;    /* valid dates more than AGE_MAX years before it */
    uint32_t age_hist[AGE_MAX + 1];
    uint32_t alnum_id;       /* 6-12 letters/digits with a digit: a document number */
    uint32_t multiword;      /* values with two words or more */
    uint32_t country_long;   /* countries written as names rather than 2-letter codes */
    uint32_t distinct;       /* distinct values, saturating at DISTINCT_CAP */
    uint32_t listed_surname; /* name-shaped values in the surname list */
    uint32_t listed_place;   /* city-shaped values in the place list */
    uint64_t total_len;
} col_stats;

/* The types whose validators vote. last_name, city, username, user_id and password are
 * counted for hint acceptance only (their validators accept too much to vote alone). */
static const ls_type vote_types[] = {
    LS_TYPE_EMAIL,         LS_TYPE_PHONE,     LS_TYPE_POSTAL_CODE, LS_TYPE_FR_NIR,
    LS_TYPE_UK_NINO,       LS_TYPE_UK_NHS,    LS_TYPE_US_SSN,      LS_TYPE_PASSPORT,
    LS_TYPE_IBAN,          LS_TYPE_BIC,       LS_TYPE_CARD_NUMBER, LS_TYPE_FR_SIREN,
    LS_TYPE_FR_SIRET,      LS_TYPE_FR_RPPS,   LS_TYPE_FR_ADELI,    LS_TYPE_FR_FINESS,
    LS_TYPE_PASSWORD_HASH, LS_TYPE_PASSWORD,  LS_TYPE_USER_ID,     LS_TYPE_USERNAME,
    LS_TYPE_IPV4,          LS_TYPE_IPV6,      LS_TYPE_URL,         LS_TYPE_GENDER,
    LS_TYPE_FIRST_NAME,    LS_TYPE_LAST_NAME, LS_TYPE_FULL_NAME,   LS_TYPE_STREET_ADDRESS,
    LS_TYPE_CITY,          LS_TYPE_COUNTRY,   LS_TYPE_NUMBER,
};

/* Types that need a digit, an '@' or a ':' in the value: skipped cheaply otherwise. */
static int needs_digit(ls_type t)
{
    switch (t) {
    case LS_TYPE_PHONE:
    case LS_TYPE_POSTAL_CODE:
    case LS_TYPE_FR_NIR:
    case LS_TYPE_UK_NINO:
    case LS_TYPE_UK_NHS:
    case LS_TYPE_US_SSN:
    case LS_TYPE_PASSPORT:
    case LS_TYPE_IBAN:
    case LS_TYPE_CARD_NUMBER:
    case LS_TYPE_FR_SIREN:
    case LS_TYPE_FR_SIRET:
    case LS_TYPE_FR_RPPS:
    case LS_TYPE_FR_ADELI:
    case LS_TYPE_FR_FINESS:
    case LS_TYPE_USER_ID:
    case LS_TYPE_IPV4:
    case LS_TYPE_NUMBER:
        return 1;
    default:
        return 0;
    }
}

static int is_ws(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f';
}

/* Trim ASCII white space and UTF-8 no-break spaces (C2 A0) from both ends. */
static void trim(const char **s, size_t *n)
{
    const unsigned char *p = (const unsigned char *)*s;
    size_t a = 0, b = *n;
    for (;;) {
        if (a < b && is_ws(p[a]))
            a++;
        else if (a + 1 < b && p[a] == 0xC2 && p[a + 1] == 0xA0)
            a += 2;
        else
            break;
    }
    for (;;) {
        if (b > a && is_ws(p[b - 1]))
            b--;
        else if (b >= a + 2 && p[b - 2] == 0xC2 && p[b - 1] == 0xA0)
            b -= 2;
        else
            break;
    }
    *s += a;
    *n = b - a;
}

static int eq_ci(const char *s, size_t n, const char *lit)
{
    size_t i = 0;
    for (; i < n && lit[i]; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 'A' && c <= 'Z') c |= 0x20;
        if (c != (unsigned char)lit[i]) return 0;
    }
    return i == n && !lit[i];
}

/* Placeholders that mean "no value" in exports: counted as empty, so that a column of
 * e-mails with 30% NULL is still 100% e-mails. */
static int is_placeholder(const char *s, size_t n)
{
    static const char *const ph[] = {"null", "\\n", "none", "n/a",    "na",        "nan",  "nil",
                                     "-",    "--",  "?",    "(null)", "undefined", "#n/a", "empty"};
    if (n > 9) return 0;
    for (size_t i = 0; i < sizeof ph / sizeof ph[0]; i++)
        if (eq_ci(s, n, ph[i])) return 1;
    return 0;
}

static uint64_t fnv64(const char *s, size_t n)
{
    uint64_t h = 1469598103934665603ull;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)s[i]) * 1099511628211ull;
    return h ? h : 1;
}

/* Is s "ddd-dd-dddd" or "ddd dd dddd" (the written SSN form)? */
static int ssn_grouped(const char *s, size_t n)
{
    if (n != 11 || (s[3] != '-' && s[3] != ' ') || s[6] != s[3]) return 0;
    for (size_t i = 0; i < 11; i++)
        if (i != 3 && i != 6 && (s[i] < '0' || s[i] > '9')) return 0;
    return 1;
}

/* scan_column: run every voting validator over the column's non-empty sample values and
 * collect the counts the decision rules need. Stack-only (a 32 KiB set for the distinct
 * count); the validators themselves allocate nothing. */
static void scan_column(const ls_column_sample *c, int ref_year, col_stats *st)
{
    uint64_t set[DSET_SIZE];
    memset(st, 0, sizeof *st);
    memset(set, 0, sizeof set);
    for (size_t i = 0; i < c->nvalues; i++) {
        const char *s = c->values[i].p;
        size_t n = s ? c->values[i].len : 0;
        trim(&s, &n);
        if (n == 0 || is_placeholder(s, n)) continue;
        st->n++;
        st->total_len += n;

        int digit = 0, at = 0, colon = 0, words = 0, inword = 0;
        for (size_t k = 0; k < n; k++) {
            unsigned char ch = (unsigned char)s[k];
            digit |= ch >= '0' && ch <= '9';
            at |= ch == '@';
            colon |= ch == ':';
            if (is_ws(ch)) {
                inword = 0;
            } else if (!inword) {
                inword = 1, words++;
            }
        }
        if (words >= 2) st->multiword++;
        if (digit && n >= 6 && n <= 12) {
            size_t k = 0;
            while (k < n &&
                   ((s[k] >= '0' && s[k] <= '9') || ((s[k] | 0x20) >= 'a' && (s[k] | 0x20) <= 'z')))
                k++;
            if (k == n) st->alnum_id++;
        }
        if (n == 1 && (s[0] == '1' || s[0] == '2')) st->gender12++;

        if (st->distinct < DISTINCT_CAP) {
            uint64_t h = fnv64(s, n);
            for (unsigned k = (unsigned)h & (DSET_SIZE - 1);; k = (k + 1) & (DSET_SIZE - 1)) {
                if (set[k] == h) break;
                if (set[k] == 0) {
                    set[k] = h, st->distinct++;
                    break;
                }
            }
        }

        for (size_t k = 0; k < sizeof vote_types / sizeof vote_types[0]; k++) {
            ls_type t = vote_types[k];
            if (t == LS_TYPE_EMAIL && !at) continue;
            if ((t == LS_TYPE_URL || t == LS_TYPE_IPV6) && !colon) continue;
            if (t == LS_TYPE_PASSWORD_HASH && n < 32) continue;
            if (!digit && needs_digit(t)) continue;
            uint32_t d = 0;
            ls_verdict v = ls_validate_ex(t, s, n, NULL, NULL, &d);
            if (v == LS_VERDICT_NOT_TYPE) continue;
            if (v == LS_VERDICT_VALID)
                st->valid[t]++;
            else
                st->invalid[t]++;
            switch (t) {
            case LS_TYPE_CARD_NUMBER:
                if (d & LS_CARD_F_MASKED) st->card_masked++;
                break;
            case LS_TYPE_FR_NIR:
                if (v == LS_VERDICT_VALID && (d & LS_NIR_F_NO_KEY)) st->nir_nokey++;
                break;
            case LS_TYPE_PASSWORD_HASH:
                if (d != LS_HASH_NONE && (d < LS_HASH_HEX32 || d > LS_HASH_HEX128))
                    st->hash_prefixed++;
                break;
            case LS_TYPE_US_SSN:
                if (ssn_grouped(s, n)) st->ssn_grouped++;
                break;
            case LS_TYPE_POSTAL_CODE: {
                unsigned kind = d & LS_POSTAL_KIND_MASK;
                if (v != LS_VERDICT_VALID) break;
                if (kind == LS_POSTAL_UK) {
                    st->postal_uk++;
                } else if (!(d & LS_POSTAL_F_NO_LEADING_ZERO)) {
                    st->postal_fr5++;
                    if (s[n - 1] == '0') st->postal_end0++;
                }
                break;
            }
            case LS_TYPE_COUNTRY:
                if (v == LS_VERDICT_VALID && n > 2) st->country_long++;
                break;
            case LS_TYPE_LAST_NAME:
                if (v == LS_VERDICT_VALID && ls_lex_contains(LS_LEX_SURNAMES, s, n))
                    st->listed_surname++;
                break;
            case LS_TYPE_CITY:
                if (v == LS_VERDICT_VALID && ls_lex_contains(LS_LEX_PLACES, s, n))
                    st->listed_place++;
                break;
            default:
                break;
            }
        }

        if (digit) {
            ls_date dt;
            ls_verdict v = ls_parse_date(s, n, LS_DATE_ORDER_AUTO, &dt);
            if (v == LS_VERDICT_VALID) {
                st->valid[LS_TYPE_DATE]++;
                if (dt.flags & LS_DATE_F_HAS_TIME) {
                    st->valid[LS_TYPE_DATETIME]++;
                    if (dt.hour || dt.minute || dt.second) st->date_time++;
                }
                int age = ref_year - dt.year;
                if (age < 0)
                    st->birth_future++;
                else if (age > AGE_MAX)
                    st->birth_old++;
                else
                    st->age_hist[age]++;
            } else if (v == LS_VERDICT_INVALID) {
                st->invalid[LS_TYPE_DATE]++;
            }
        }
    }
    st->valid[LS_TYPE_PLACE_OF_BIRTH] = st->valid[LS_TYPE_CITY];
}

/* ===================================================================================== */
/* Decisions                                                                             */
/* ===================================================================================== */

#define VAL(t)   (st->valid[t])
#define SHAPE(t) (st->valid[t] + st->invalid[t])

/* a >= frac * b, in integers scaled by 100 (frac given in percent). */
static int at_least(uint32_t a, unsigned pct, uint32_t b)
{
    return (uint64_t)a * 100u >= (uint64_t)pct * b && a > 0;
}

static double ratio(uint32_t a, uint32_t b)
{
    return b ? (double)a / (double)b : 0.0;
}

static uint32_t birth_plausible(const col_stats *st)
{
    uint32_t k = 0;
    for (int a = 0; a <= AGE_MAX; a++)
        k += st->age_hist[a];
    return k;
}

/* Age at the given quantile (percent) of the plausible birth dates. */
static int age_quantile(const col_stats *st, unsigned pct)
{
    uint32_t total = birth_plausible(st);
    if (!total) return 0;
    uint64_t want = ((uint64_t)total * pct + 99) / 100, acc = 0;
    for (int a = 0; a <= AGE_MAX; a++) {
        acc += st->age_hist[a];
        if (acc >= want && acc > 0) return a;
    }
    return AGE_MAX;
}

/* valid_of: the valid count reported for type t (valid_ratio = this / N). */
static uint32_t valid_of(const col_stats *st, ls_type t)
{
    switch (t) {
    case LS_TYPE_UNKNOWN:
    case LS_TYPE_FREE_TEXT:
    case LS_TYPE_HEALTH:
        return 0;
    case LS_TYPE_DATE_OF_BIRTH:
        return birth_plausible(st);
    default:
        return (unsigned)t < LS_TYPE__COUNT ? st->valid[t] : 0;
    }
}

typedef struct {
    ls_type type;
    double conf;
    ls_evidence evidence; /* set by by_values for list-based types, else by the caller */
    double listed;        /* listed share, for the list evidences */
} verdict_t;

static verdict_t mk(ls_type t, double conf)
{
    verdict_t v = {t, conf > 0.99 ? 0.99 : conf < 0 ? 0 : conf, LS_EVIDENCE_NONE, 0};
    return v;
}

/* A verdict decided on a word list: the listed share is the evidence. */
static verdict_t by_list(verdict_t v, ls_evidence e, uint32_t listed, uint32_t n)
{
    v.evidence = e;
    v.listed = ratio(listed, n);
    return v;
}

const char *ls_evidence_name(ls_evidence e)
{
    static const char *const names[LS_EVIDENCE__COUNT] = {
        [LS_EVIDENCE_NONE] = "none",
        [LS_EVIDENCE_HEADER] = "header",
        [LS_EVIDENCE_HEADER_VALUES] = "header_and_values",
        [LS_EVIDENCE_VALUES] = "values",
        [LS_EVIDENCE_FIRST_NAME_LIST] = "first_name_list",
        [LS_EVIDENCE_SURNAME_LIST] = "surname_list",
        [LS_EVIDENCE_PLACE_LIST] = "place_list",
        [LS_EVIDENCE_NEIGHBOURS] = "neighbours",
        [LS_EVIDENCE_COMBO] = "combo_position",
    };
    return (unsigned)e < LS_EVIDENCE__COUNT ? names[e] : "none";
}

/* Non-PII resolution for a column whose header says it is not personal data (date,
 * amount, comment...): pick among date, datetime, number, free_text, unknown. */
static verdict_t non_pii_by_values(const col_stats *st, ls_type hint)
{
    uint32_t N = st->n;
    if (at_least(VAL(LS_TYPE_DATE), 50, N))
        return mk(at_least(st->date_time, 50, VAL(LS_TYPE_DATE)) ? LS_TYPE_DATETIME : LS_TYPE_DATE,
                  0.75 + 0.24 * ratio(VAL(LS_TYPE_DATE), N));
    if (at_least(VAL(LS_TYPE_NUMBER), 50, N))
        return mk(LS_TYPE_NUMBER, 0.75 + 0.24 * ratio(VAL(LS_TYPE_NUMBER), N));
    if (hint == LS_TYPE_FREE_TEXT) return mk(LS_TYPE_FREE_TEXT, 0.8);
    return mk(LS_TYPE_UNKNOWN, 0.5);
}

static verdict_t by_values(const col_stats *st, int header, int combo_second);

/* Enough distinct values to be names of places rather than a status vocabulary
 * ("shipped", "pending" are city-shaped too). */
static int varied(const col_stats *st)
{
    return st->distinct >= 5 && (st->distinct >= 20 || st->distinct * 4 >= st->n);
}

/* Types whose validators are specific enough that their values outvote a non-PII header
 * ("last_login_ip" holds addresses, a "notes" column may hold only e-mails). Names,
 * cities, postcodes and gender words are not: a comment can be "Marie" or "Paris". */
static int strong_value_type(ls_type t)
{
    switch (t) {
    case LS_TYPE_EMAIL:
    case LS_TYPE_PHONE:
    case LS_TYPE_PASSWORD_HASH:
    case LS_TYPE_IPV4:
    case LS_TYPE_IPV6:
    case LS_TYPE_IBAN:
    case LS_TYPE_FR_NIR:
    case LS_TYPE_UK_NINO:
    case LS_TYPE_UK_NHS:
    case LS_TYPE_US_SSN:
    case LS_TYPE_CARD_NUMBER:
    case LS_TYPE_FR_RPPS:
        return 1;
    default:
        return 0;
    }
}

/* by_hint: accept the header hint when the values do not contradict it (see the file
 * comment, step 3), refining it where the values say more (password -> password_hash,
 * last_name -> full_name, user_id <-> username, siren <-> siret, ipv4 <-> ipv6). Returns
 * UNKNOWN with conf 0 when the hint is rejected. */
static verdict_t by_hint(const col_stats *st, ls_type h)
{
    uint32_t N = st->n;
    verdict_t none = {LS_TYPE_UNKNOWN, 0, LS_EVIDENCE_NONE, 0};
    double hi = 0.75, span = 0.24; /* confidence = hi + span * valid share */
    switch (h) {
    case LS_TYPE_UNKNOWN:
        return none;
    case LS_TYPE_HEALTH:
        return mk(LS_TYPE_HEALTH, 0.8);
    case LS_TYPE_FREE_TEXT:
    case LS_TYPE_NUMBER:
    case LS_TYPE_DATE:
    case LS_TYPE_DATETIME: {
        verdict_t vv = by_values(st, 1, 0);
        return strong_value_type(vv.type) ? vv : non_pii_by_values(st, h);
    }
    case LS_TYPE_PASSWORD:
    case LS_TYPE_PASSWORD_HASH:
        if (at_least(SHAPE(LS_TYPE_PASSWORD_HASH), 50, N))
            return mk(LS_TYPE_PASSWORD_HASH, hi + span * ratio(VAL(LS_TYPE_PASSWORD_HASH), N));
        /* A password column has many distinct values: "pass" over oui/non is a flag. */
        if (h == LS_TYPE_PASSWORD && at_least(SHAPE(LS_TYPE_PASSWORD), 50, N) &&
            (st->distinct >= 5 || st->distinct == N))
            return mk(LS_TYPE_PASSWORD, 0.7 + 0.2 * ratio(VAL(LS_TYPE_PASSWORD), N));
        return none;
    case LS_TYPE_FIRST_NAME:
    case LS_TYPE_LAST_NAME:
    case LS_TYPE_FULL_NAME: {
        /* Full names under a name header ("nom": "DUPONT Marie"). */
        if (at_least(VAL(LS_TYPE_FULL_NAME), 50, N) && at_least(st->multiword, 80, N))
            return mk(LS_TYPE_FULL_NAME, hi + span * ratio(VAL(LS_TYPE_FULL_NAME), N));
        if (h == LS_TYPE_FULL_NAME && at_least(SHAPE(LS_TYPE_FULL_NAME), 50, N))
            return mk(LS_TYPE_FULL_NAME, 0.7 + 0.2 * ratio(SHAPE(LS_TYPE_FULL_NAME), N));
        if (!at_least(SHAPE(LS_TYPE_LAST_NAME), 50, N)) return none;
        if (h == LS_TYPE_FIRST_NAME)
            return mk(LS_TYPE_FIRST_NAME, hi + span * ratio(VAL(LS_TYPE_FIRST_NAME), N));
        return mk(h, 0.7 + 0.2 * ratio(VAL(LS_TYPE_LAST_NAME), N));
    }
    case LS_TYPE_GENDER:
        if (at_least(VAL(LS_TYPE_GENDER), 50, N))
            return mk(LS_TYPE_GENDER, hi + span * ratio(VAL(LS_TYPE_GENDER), N));
        /* Sex written as 1/2 (the NIR's code) under a gender header. */
        if (at_least(VAL(LS_TYPE_GENDER) + st->gender12, 80, N)) return mk(LS_TYPE_GENDER, 0.75);
        return none;
    case LS_TYPE_DATE_OF_BIRTH:
        if (at_least(SHAPE(LS_TYPE_DATE), 50, N))
            return mk(LS_TYPE_DATE_OF_BIRTH, hi + span * ratio(birth_plausible(st), N));
        return none;
    case LS_TYPE_CITY:
    case LS_TYPE_PLACE_OF_BIRTH:
        if (at_least(VAL(LS_TYPE_CITY), 50, N))
            return mk(h, 0.7 + 0.2 * ratio(VAL(LS_TYPE_CITY), N));
        return none;
    case LS_TYPE_USER_ID:
    case LS_TYPE_USERNAME: {
        ls_type other = h == LS_TYPE_USER_ID ? LS_TYPE_USERNAME : LS_TYPE_USER_ID;
        if (at_least(VAL(LS_TYPE_EMAIL), 50, N)) return none; /* logins that are e-mails */
        if (at_least(VAL(h), 50, N)) return mk(h, 0.7 + 0.2 * ratio(VAL(h), N));
        if (at_least(VAL(other), 50, N)) return mk(other, 0.7 + 0.2 * ratio(VAL(other), N));
        return none;
    }
    case LS_TYPE_IPV4:
    case LS_TYPE_IPV6: {
        ls_type t = SHAPE(LS_TYPE_IPV6) > SHAPE(LS_TYPE_IPV4) ? LS_TYPE_IPV6 : LS_TYPE_IPV4;
        if (at_least(SHAPE(LS_TYPE_IPV4) + SHAPE(LS_TYPE_IPV6), 50, N))
            return mk(t, hi + span * ratio(VAL(LS_TYPE_IPV4) + VAL(LS_TYPE_IPV6), N));
        return none;
    }
    case LS_TYPE_FR_SIREN:
    case LS_TYPE_FR_SIRET: {
        ls_type t =
            SHAPE(LS_TYPE_FR_SIRET) > SHAPE(LS_TYPE_FR_SIREN) ? LS_TYPE_FR_SIRET : LS_TYPE_FR_SIREN;
        if (at_least(SHAPE(t), 50, N)) return mk(t, hi + span * ratio(VAL(t), N));
        return none;
    }
    case LS_TYPE_PASSPORT:
        /* Only the French layout has a validator; other countries' numbers are 6-12
         * letters and digits that only the header can name. */
        if (at_least(SHAPE(LS_TYPE_PASSPORT) + st->alnum_id, 50, N))
            return mk(LS_TYPE_PASSPORT, 0.7 + 0.2 * ratio(VAL(LS_TYPE_PASSPORT), N));
        return none;
    case LS_TYPE_COUNTRY:
        if (at_least(VAL(LS_TYPE_COUNTRY), 50, N))
            return mk(LS_TYPE_COUNTRY, 0.7 + 0.2 * ratio(VAL(LS_TYPE_COUNTRY), N));
        return none;
    default:
        /* Types with a discriminating validator: the shape must hold for half the
         * values; the checksum may fail (that is what the report measures). */
        if ((unsigned)h < LS_TYPE__COUNT && at_least(SHAPE(h), 50, N))
            return mk(h, hi + span * ratio(VAL(h), N));
        return none;
    }
}

/* by_values: the ordered value rules of the file comment (step 4). `header` says the
 * column has a header name (bare hex is a password hash only without one). */
static verdict_t by_values(const col_stats *st, int header, int combo_second)
{
    uint32_t N = st->n;
#define SUPPORT(t, a) mk(t, 0.5 + 0.45 * ratio(a, N))
    if (at_least(VAL(LS_TYPE_EMAIL), 70, N)) return SUPPORT(LS_TYPE_EMAIL, VAL(LS_TYPE_EMAIL));
    if (at_least(st->hash_prefixed, 70, N) ||
        ((!header || combo_second) && at_least(VAL(LS_TYPE_PASSWORD_HASH), 80, N)))
        return SUPPORT(LS_TYPE_PASSWORD_HASH, VAL(LS_TYPE_PASSWORD_HASH));
    if (at_least(VAL(LS_TYPE_URL), 80, N)) return SUPPORT(LS_TYPE_URL, VAL(LS_TYPE_URL));
    if (at_least(VAL(LS_TYPE_IPV4), 80, N)) return SUPPORT(LS_TYPE_IPV4, VAL(LS_TYPE_IPV4));
    if (at_least(VAL(LS_TYPE_IPV6), 80, N)) return SUPPORT(LS_TYPE_IPV6, VAL(LS_TYPE_IPV6));
    if (at_least(SHAPE(LS_TYPE_IBAN), 80, N) &&
        at_least(VAL(LS_TYPE_IBAN), 30, SHAPE(LS_TYPE_IBAN)))
        return SUPPORT(LS_TYPE_IBAN, VAL(LS_TYPE_IBAN));
    if (at_least(SHAPE(LS_TYPE_FR_NIR), 80, N) &&
        at_least(VAL(LS_TYPE_FR_NIR), 30, SHAPE(LS_TYPE_FR_NIR)) &&
        !at_least(st->nir_nokey, 50, VAL(LS_TYPE_FR_NIR)))
        return SUPPORT(LS_TYPE_FR_NIR, VAL(LS_TYPE_FR_NIR));
    if (at_least(SHAPE(LS_TYPE_UK_NINO), 80, N) &&
        at_least(VAL(LS_TYPE_UK_NINO), 80, SHAPE(LS_TYPE_UK_NINO)))
        return SUPPORT(LS_TYPE_UK_NINO, VAL(LS_TYPE_UK_NINO));
    if (at_least(SHAPE(LS_TYPE_CARD_NUMBER), 80, N) &&
        at_least(VAL(LS_TYPE_CARD_NUMBER) + st->card_masked, 60, SHAPE(LS_TYPE_CARD_NUMBER)))
        return SUPPORT(LS_TYPE_CARD_NUMBER, VAL(LS_TYPE_CARD_NUMBER) + st->card_masked);
    if (at_least(SHAPE(LS_TYPE_FR_SIRET), 80, N) &&
        at_least(VAL(LS_TYPE_FR_SIRET), 30, SHAPE(LS_TYPE_FR_SIRET)))
        return SUPPORT(LS_TYPE_FR_SIRET, VAL(LS_TYPE_FR_SIRET));
    if (at_least(SHAPE(LS_TYPE_UK_NHS), 80, N) &&
        at_least(VAL(LS_TYPE_UK_NHS), 60, SHAPE(LS_TYPE_UK_NHS)))
        return SUPPORT(LS_TYPE_UK_NHS, VAL(LS_TYPE_UK_NHS));
    if (at_least(st->ssn_grouped, 80, N) && at_least(VAL(LS_TYPE_US_SSN), 80, N))
        return SUPPORT(LS_TYPE_US_SSN, VAL(LS_TYPE_US_SSN));
    if (at_least(VAL(LS_TYPE_PASSPORT), 80, N))
        return SUPPORT(LS_TYPE_PASSPORT, VAL(LS_TYPE_PASSPORT));
    if (at_least(SHAPE(LS_TYPE_FR_RPPS), 80, N) && VAL(LS_TYPE_FR_RPPS) >= 3 &&
        at_least(VAL(LS_TYPE_FR_RPPS), 90, SHAPE(LS_TYPE_FR_RPPS)))
        return SUPPORT(LS_TYPE_FR_RPPS, VAL(LS_TYPE_FR_RPPS));
    if (at_least(VAL(LS_TYPE_PHONE), 70, N)) return SUPPORT(LS_TYPE_PHONE, VAL(LS_TYPE_PHONE));
    if (at_least(SHAPE(LS_TYPE_FR_SIREN), 80, N) && VAL(LS_TYPE_FR_SIREN) >= 3 &&
        at_least(VAL(LS_TYPE_FR_SIREN), 90, SHAPE(LS_TYPE_FR_SIREN)))
        return SUPPORT(LS_TYPE_FR_SIREN, VAL(LS_TYPE_FR_SIREN));
    if (at_least(VAL(LS_TYPE_DATE), 80, N))
        return SUPPORT(at_least(st->date_time, 50, VAL(LS_TYPE_DATE)) ? LS_TYPE_DATETIME
                                                                      : LS_TYPE_DATE,
                       VAL(LS_TYPE_DATE));
    if (at_least(VAL(LS_TYPE_GENDER), 90, N) && st->distinct <= 12)
        return SUPPORT(LS_TYPE_GENDER, VAL(LS_TYPE_GENDER));
    if (at_least(st->postal_uk + st->postal_fr5, 80, N) &&
        (at_least(st->postal_uk, 30, st->postal_uk + st->postal_fr5) ||
         (at_least(st->postal_fr5, 90, N) && at_least(st->postal_end0, 30, st->postal_fr5))))
        return SUPPORT(LS_TYPE_POSTAL_CODE, st->postal_uk + st->postal_fr5);
    if (at_least(VAL(LS_TYPE_STREET_ADDRESS), 50, N) &&
        at_least(SHAPE(LS_TYPE_STREET_ADDRESS), 60, N))
        return SUPPORT(LS_TYPE_STREET_ADDRESS, VAL(LS_TYPE_STREET_ADDRESS));
    uint32_t first = VAL(LS_TYPE_FIRST_NAME), sur = st->listed_surname, place = st->listed_place;
    if (at_least(VAL(LS_TYPE_FULL_NAME), 50, N) && at_least(SHAPE(LS_TYPE_FULL_NAME), 80, N) &&
        at_least(st->multiword, 80, N))
        return by_list(SUPPORT(LS_TYPE_FULL_NAME, VAL(LS_TYPE_FULL_NAME)),
                       LS_EVIDENCE_FIRST_NAME_LIST, VAL(LS_TYPE_FULL_NAME), N);
    /* Many surnames are given names too (Thomas, Parker, Mason): a column more listed as
     * surnames than as first names is a surname column even past 50% first names. */
    int surnames = at_least(sur, 30, N) && at_least(VAL(LS_TYPE_LAST_NAME), 90, N) && varied(st) &&
                   !at_least(st->multiword, 30, N) && sur > first && sur >= place;
    if (at_least(first, 50, N) && at_least(SHAPE(LS_TYPE_FIRST_NAME), 80, N) && place <= first &&
        !surnames)
        return by_list(SUPPORT(LS_TYPE_FIRST_NAME, first), LS_EVIDENCE_FIRST_NAME_LIST, first, N);
    if (at_least(VAL(LS_TYPE_COUNTRY), 80, N) &&
        at_least(st->country_long, 50, VAL(LS_TYPE_COUNTRY)))
        return SUPPORT(LS_TYPE_COUNTRY, VAL(LS_TYPE_COUNTRY));
    /* Surnames and places by list: the lists cover common names only, so the bars are
     * shares well above what another kind of column reaches, and the list with the largest
     * share must be this one (Thomas, Morgan and Chester are in several lists). Confidence
     * 0.55-0.85: a list share is weaker evidence than a checksum. */
    if (surnames)
        return by_list(mk(LS_TYPE_LAST_NAME, 0.55 + 0.3 * ratio(sur, N)), LS_EVIDENCE_SURNAME_LIST,
                       sur, N);
    if (at_least(place, 50, N) && at_least(VAL(LS_TYPE_CITY), 80, N) && varied(st) &&
        place > first && place > sur)
        return by_list(mk(LS_TYPE_CITY, 0.55 + 0.3 * ratio(place, N)), LS_EVIDENCE_PLACE_LIST,
                       place, N);
    if (at_least(VAL(LS_TYPE_NUMBER), 90, N)) return SUPPORT(LS_TYPE_NUMBER, VAL(LS_TYPE_NUMBER));
    if (at_least(st->multiword, 50, N) || (N && st->total_len >= 25u * N))
        return mk(LS_TYPE_FREE_TEXT, 0.6);
#undef SUPPORT
    return mk(LS_TYPE_UNKNOWN, 0.5);
}

/* classify_one: steps 2-4 for one column, and the combo rule (step 6). */
static void classify_one(const ls_classify_input *in, uint32_t i, ls_column_class *o)
{
    const ls_column_sample *c = &in->columns[i];
    col_stats sv;
    col_stats *st = &sv;
    int combo = in->format == LS_FORMAT_COMBO && in->ncolumns == 2;
    scan_column(c, in->reference_year, st);
    o->header_hint = c->name ? ls_header_hint(c->name, strlen(c->name)) : LS_TYPE_UNKNOWN;

    verdict_t v = {LS_TYPE_UNKNOWN, 0, LS_EVIDENCE_NONE, 0};
    if (st->n == 0) {
        /* Nothing to vote: trust a PII hint weakly, else unknown. */
        v = o->header_hint != LS_TYPE_UNKNOWN ? mk(o->header_hint, 0.3) : mk(LS_TYPE_UNKNOWN, 0);
        if (o->header_hint != LS_TYPE_UNKNOWN) v.evidence = LS_EVIDENCE_HEADER;
        if (combo && i == 1) v = mk(LS_TYPE_PASSWORD, 0.3), v.evidence = LS_EVIDENCE_COMBO;
    } else if (combo && i == 1) {
        /* The second field of a combo list is the credential. */
        v = at_least(SHAPE(LS_TYPE_PASSWORD_HASH), 50, st->n)
                ? mk(LS_TYPE_PASSWORD_HASH, 0.8 + 0.19 * ratio(VAL(LS_TYPE_PASSWORD_HASH), st->n))
                : mk(LS_TYPE_PASSWORD, 0.9);
        v.evidence = LS_EVIDENCE_COMBO;
    } else {
        v = by_hint(st, o->header_hint);
        if (v.conf != 0 && v.evidence == LS_EVIDENCE_NONE)
            v.evidence = v.type == LS_TYPE_HEALTH ? LS_EVIDENCE_HEADER : LS_EVIDENCE_HEADER_VALUES;
        if (v.conf == 0) {
            v = by_values(st, c->name != NULL, 0);
            if (v.evidence == LS_EVIDENCE_NONE) v.evidence = LS_EVIDENCE_VALUES;
        }
        if (combo && i == 0 && !ls_type_is_pii(v.type) &&
            at_least(st->valid[LS_TYPE_USERNAME], 50, st->n))
            v = mk(LS_TYPE_USERNAME, 0.8), v.evidence = LS_EVIDENCE_COMBO;
    }
    o->type = v.type;
    o->confidence = v.conf;
    o->valid_ratio = ratio(valid_of(st, v.type), st->n);
    o->evidence = v.evidence;
    o->listed_share = v.listed;
}

/* ===================================================================================== */
/* Cross-column rules                                                                    */
/* ===================================================================================== */

static int is_identity(ls_type t)
{
    switch (t) {
    case LS_TYPE_FIRST_NAME:
    case LS_TYPE_LAST_NAME:
    case LS_TYPE_FULL_NAME:
    case LS_TYPE_GENDER:
    case LS_TYPE_EMAIL:
    case LS_TYPE_PHONE:
    case LS_TYPE_STREET_ADDRESS:
    case LS_TYPE_FR_NIR:
    case LS_TYPE_UK_NINO:
    case LS_TYPE_UK_NHS:
    case LS_TYPE_US_SSN:
    case LS_TYPE_PASSPORT:
        return 1;
    default:
        return 0;
    }
}

static int neighbour_is(const ls_column_class *out, uint32_t nc, uint32_t i, ls_type t)
{
    return (i > 0 && out[i - 1].type == t) || (i + 1 < nc && out[i + 1].type == t);
}

/* Is the column free for cross-column rules: no header hint, or a header that is just
 * "date" (for the date-of-birth rule)? */
static int hint_free(const ls_column_sample *c, int allow_generic_date)
{
    if (!c->name) return 1;
    hname h;
    unsigned flags;
    fold_header(c->name, strlen(c->name), &h);
    ls_type t = hint_lookup(&h, &flags);
    if (t == LS_TYPE_UNKNOWN) return 1;
    return allow_generic_date && (flags & H_GENERIC_DATE);
}

/* cross_rules: step 5 of the file comment. Names, postcodes and cities are settled
 * first (each may enable another: address -> postcode -> city), then at most one date
 * column becomes the date of birth. Columns are rescanned on demand rather than kept:
 * the rules touch few columns and this keeps the classifier allocation-free. */
static void cross_rules(const ls_classify_input *in, ls_column_class *out)
{
    uint32_t nc = in->ncolumns;
    col_stats sv;
    col_stats *st = &sv;
    for (int round = 0, changed = 1; changed && round < 4; round++) {
        changed = 0;
        for (uint32_t i = 0; i < nc; i++) {
            const ls_column_sample *c = &in->columns[i];
            ls_type t = out[i].type;
            if (out[i].header_hint != LS_TYPE_UNKNOWN || !hint_free(c, 0)) continue;
            if (in->format == LS_FORMAT_COMBO) continue;
            ls_type nt = LS_TYPE_UNKNOWN;
            double conf = 0;
            if (t == LS_TYPE_FIRST_NAME) {
                /* Two first-name-like columns side by side: the one with fewer known first
                 * names holds the surnames (James, Thomas, Martin are both). */
                for (int d = -1; d <= 1; d += 2) {
                    int64_t j = (int64_t)i + d;
                    if (j < 0 || j >= (int64_t)nc || out[j].type != LS_TYPE_FIRST_NAME) continue;
                    if (out[j].valid_ratio > out[i].valid_ratio ||
                        (out[j].valid_ratio == out[i].valid_ratio && j < (int64_t)i))
                        nt = LS_TYPE_LAST_NAME, conf = 0.7;
                }
            } else if (t == LS_TYPE_UNKNOWN || t == LS_TYPE_FREE_TEXT || t == LS_TYPE_NUMBER) {
                int text = t != LS_TYPE_NUMBER;
                int by_first = text && neighbour_is(out, nc, i, LS_TYPE_FIRST_NAME);
                int by_postal = text && neighbour_is(out, nc, i, LS_TYPE_POSTAL_CODE);
                int by_place = neighbour_is(out, nc, i, LS_TYPE_CITY) ||
                               neighbour_is(out, nc, i, LS_TYPE_STREET_ADDRESS);
                if (!by_first && !by_postal && !by_place) continue;
                scan_column(c, in->reference_year, st);
                int few_first = !at_least(VAL(LS_TYPE_FIRST_NAME), 50, st->n);
                if (by_first && few_first && at_least(SHAPE(LS_TYPE_LAST_NAME), 90, st->n) &&
                    varied(st) && !at_least(st->multiword, 30, st->n))
                    nt = LS_TYPE_LAST_NAME, conf = 0.7;
                else if (by_postal && few_first && varied(st) &&
                         at_least(VAL(LS_TYPE_CITY), 90, st->n))
                    nt = LS_TYPE_CITY, conf = 0.65;
                else if (by_place && at_least(st->postal_fr5 + st->postal_uk, 90, st->n))
                    nt = LS_TYPE_POSTAL_CODE, conf = 0.7;
            }
            if (nt == LS_TYPE_UNKNOWN) continue;
            if (t == LS_TYPE_FIRST_NAME) scan_column(c, in->reference_year, st);
            out[i].type = nt;
            out[i].confidence = conf;
            out[i].valid_ratio = ratio(valid_of(st, nt), st->n);
            out[i].evidence = LS_EVIDENCE_NEIGHBOURS;
            out[i].listed_share = 0;
            changed = 1;
        }
    }

    /* Date of birth: one column at most, in a file about people. */
    int identity = 0;
    for (uint32_t i = 0; i < nc; i++)
        identity |= is_identity(out[i].type) || out[i].type == LS_TYPE_DATE_OF_BIRTH;
    if (!identity) return;
    for (uint32_t i = 0; i < nc; i++)
        if (out[i].type == LS_TYPE_DATE_OF_BIRTH) return; /* a header already named it */
    int64_t best = -1;
    int best_median = -1;
    double best_conf = 0, best_vr = 0;
    for (uint32_t i = 0; i < nc; i++) {
        if (out[i].type != LS_TYPE_DATE || !hint_free(&in->columns[i], 1)) continue;
        scan_column(&in->columns[i], in->reference_year, st);
        uint32_t ok = birth_plausible(st), dates = VAL(LS_TYPE_DATE);
        if (st->birth_future || !at_least(ok, 98, dates)) continue;
        int p10 = age_quantile(st, 10), med = age_quantile(st, 50), p90 = age_quantile(st, 90);
        if (med < 12 || p90 - p10 < 15) continue;
        if (med > best_median) {
            best = i, best_median = med;
            best_conf = 0.6 + 0.3 * ratio(ok, st->n);
            best_vr = ratio(ok, st->n);
        }
    }
    if (best < 0) return;
    out[best].type = LS_TYPE_DATE_OF_BIRTH;
    out[best].confidence = best_conf;
    out[best].valid_ratio = best_vr;
    out[best].evidence = LS_EVIDENCE_NEIGHBOURS;

    /* Place of birth: a column of place names right after (or before) the birth date. */
    for (int64_t j = best - 1; j <= best + 1; j += 2) {
        if (j < 0 || j >= (int64_t)nc) continue;
        ls_type t = out[j].type;
        int listed_place = t == LS_TYPE_CITY && out[j].evidence == LS_EVIDENCE_PLACE_LIST;
        if ((t != LS_TYPE_UNKNOWN && t != LS_TYPE_FREE_TEXT && !listed_place) ||
            !hint_free(&in->columns[j], 0))
            continue;
        scan_column(&in->columns[j], in->reference_year, st);
        if (varied(st) && at_least(VAL(LS_TYPE_CITY), 90, st->n) &&
            !at_least(VAL(LS_TYPE_FIRST_NAME), 50, st->n)) {
            out[j].type = LS_TYPE_PLACE_OF_BIRTH;
            out[j].confidence = 0.6;
            out[j].evidence = LS_EVIDENCE_NEIGHBOURS;
            out[j].listed_share = 0;
            out[j].valid_ratio = ratio(VAL(LS_TYPE_CITY), st->n);
        }
    }
}

/* ls_classify: see classify.h. Each column alone first, then the cross-column rules. */
void ls_classify(const ls_classify_input *in, ls_column_class *out)
{
    if (!in || !out) return;
    for (uint32_t i = 0; i < in->ncolumns; i++)
        classify_one(in, i, &out[i]);
    cross_rules(in, out);
}
