/* gdpr: the ENISA severity of a personal data breach, SE = DPC x EI + CB (ENISA,
 * "Recommendations for a methodology of the assessment of severity of personal data
 * breaches", 2013), from the types of personal data the dump holds.
 *
 * DPC (data processing context): each ENISA data category present scores its basic score,
 * adjusted as the methodology allows from what the data shows; DPC is the highest of them.
 *   simple data (basic 1): identity, contact, credentials; +1 when national identifiers
 *     are present (they enable identity theft; the NIR also encodes sex, birth year, month
 *     and place); health-professional identifiers (RPPS, ADELI) are simple data.
 *   behavioural data (basic 2): IP addresses (traffic data); -1: an IP address alone, without
 *     browsing or location history, gives no substantial insight into behaviour.
 *   financial data (basic 3): card numbers +1 (full card data enables fraud: 4); IBAN
 *     without card data -1 (an account number without balance or transactions: 2); BIC
 *     alone -2 (it names a bank, not an account: 1).
 *   sensitive data (basic 4): health data (GDPR Art. 9).
 * EI (ease of identification), from the identifiers present in the dump (not checked per
 * record):
 *   1 (maximum): a national identifier; or a full name with a date of birth, postal
 *     address, place of birth, e-mail or phone;
 *   0.75 (significant): a full name alone; an e-mail address or phone number;
 *   0.5 (limited): a first or last name alone, a username, user id or IP address;
 *   0.25 (negligible): none of these.
 * CB (circumstances of breach): given by the user (ENISA: +0.25/+0.5 for loss of
 * confidentiality, integrity, availability; +0.5 for malicious intent); 0 by default.
 * Severity: SE < 2 low, < 3 medium, < 4 high, >= 4 very high. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "verdict/verdicts.h"

enum { CAT_SIMPLE, CAT_BEHAVIOURAL, CAT_FINANCIAL, CAT_SENSITIVE, CAT__COUNT };

struct ls_enisa_storage {
    ls_enisa_dpc_part parts[CAT__COUNT];
    char types[CAT__COUNT][512];
    char reasons[CAT__COUNT][256];
    char dpc_reason[160], ei_reason[256], cb_reason[384];
};

ls_enisa_storage *ls__enisa_storage_create(void)
{
    return calloc(1, sizeof(ls_enisa_storage));
}

void ls__enisa_storage_free(ls_enisa_storage *st)
{
    free(st);
}

/* The ENISA category of a PII type, or -1 (business identifiers, urls: not personal). */
static int category_of(ls_type t)
{
    switch (t) {
    case LS_TYPE_HEALTH:
        return CAT_SENSITIVE;
    case LS_TYPE_IBAN:
    case LS_TYPE_BIC:
    case LS_TYPE_CARD_NUMBER:
        return CAT_FINANCIAL;
    case LS_TYPE_IPV4:
    case LS_TYPE_IPV6:
        return CAT_BEHAVIOURAL;
    default:
        return ls_type_is_pii(t) ? CAT_SIMPLE : -1;
    }
}

static bool is_national_id(ls_type t)
{
    return t == LS_TYPE_FR_NIR || t == LS_TYPE_UK_NINO || t == LS_TYPE_UK_NHS ||
           t == LS_TYPE_US_SSN || t == LS_TYPE_PASSPORT;
}

static void append(char *buf, size_t cap, const char *s)
{
    size_t n = strlen(buf);
    if (n + strlen(s) + 3 >= cap) return;
    snprintf(buf + n, cap - n, "%s%s", n ? ", " : "", s);
}

void ls__enisa_compute(const bool present[LS_TYPE__COUNT], double cb, bool cb_given,
                       ls_enisa_storage *st, ls_gdpr_summary *g)
{
    static const char *const cat_names[CAT__COUNT] = {"simple", "behavioural", "financial",
                                                      "sensitive"};
    static const int basic[CAT__COUNT] = {1, 2, 3, 4};
    bool have[CAT__COUNT] = {false};
    memset(st->types, 0, sizeof st->types);
    for (int t = 0; t < LS_TYPE__COUNT; t++) {
        if (!present[t]) continue;
        int c = category_of((ls_type)t);
        if (c < 0) continue;
        have[c] = true;
        append(st->types[c], sizeof st->types[c], ls_type_name((ls_type)t));
    }
    bool natid = false;
    for (int t = 0; t < LS_TYPE__COUNT; t++)
        natid |= present[t] && is_national_id((ls_type)t);

    uint32_t np = 0;
    int dpc = 0;
    for (int c = 0; c < CAT__COUNT; c++) {
        if (!have[c]) continue;
        int adj = 0;
        char *why = st->reasons[np];
        size_t wc = sizeof st->reasons[np];
        switch (c) {
        case CAT_SIMPLE:
            if (natid) {
                adj = 1;
                snprintf(why, wc,
                         "+1: national identifiers enable identity theft (the NIR also "
                         "encodes sex, birth year, month and place)");
            } else {
                snprintf(why, wc, "identity, contact or account data: ENISA basic score");
            }
            break;
        case CAT_BEHAVIOURAL:
            adj = -1;
            snprintf(why, wc,
                     "-1: IP addresses alone, without browsing or location history, "
                     "give no substantial insight into behaviour");
            break;
        case CAT_FINANCIAL:
            if (present[LS_TYPE_CARD_NUMBER]) {
                adj = 1;
                snprintf(why, wc, "+1: full card numbers can enable fraud");
            } else if (present[LS_TYPE_IBAN]) {
                adj = -1;
                snprintf(why, wc, "-1: account numbers (IBAN) without balances or transactions");
            } else {
                adj = -2;
                snprintf(why, wc, "-2: bank codes (BIC) name a bank, not an account");
            }
            break;
        default:
            snprintf(why, wc, "health data: a GDPR Art. 9 special category");
            break;
        }
        int score = basic[c] + adj;
        if (score < 1) score = 1;
        if (score > 4) score = 4;
        st->parts[np] = (ls_enisa_dpc_part){cat_names[c], basic[c], adj, score, st->types[c], why};
        np++;
        if (score > dpc) dpc = score;
    }
    g->dpc_parts = st->parts;
    g->dpc_part_count = np;
    if (np == 0) {
        dpc = 1;
        snprintf(st->dpc_reason, sizeof st->dpc_reason,
                 "no personal data typed: the lowest score (1) is used");
    } else {
        snprintf(st->dpc_reason, sizeof st->dpc_reason,
                 "the highest score of the data categories present");
    }
    g->dpc = dpc;
    g->dpc_reason = st->dpc_reason;

    /* EI */
    bool fullname =
        (present[LS_TYPE_LAST_NAME] && present[LS_TYPE_FIRST_NAME]) || present[LS_TYPE_FULL_NAME];
    bool anyname = present[LS_TYPE_LAST_NAME] || present[LS_TYPE_FIRST_NAME];
    bool contact = present[LS_TYPE_EMAIL] || present[LS_TYPE_PHONE];
    bool locator = present[LS_TYPE_DATE_OF_BIRTH] || present[LS_TYPE_STREET_ADDRESS] ||
                   present[LS_TYPE_PLACE_OF_BIRTH];
    bool weak = present[LS_TYPE_USERNAME] || present[LS_TYPE_USER_ID] || present[LS_TYPE_IPV4] ||
                present[LS_TYPE_IPV6];
    if (natid) {
        g->ei = 1.0;
        g->ei_level = "maximum";
        snprintf(st->ei_reason, sizeof st->ei_reason,
                 "a national identifier designates one person directly");
    } else if (fullname && (locator || contact)) {
        g->ei = 1.0;
        g->ei_level = "maximum";
        snprintf(st->ei_reason, sizeof st->ei_reason, "full names with %s identify people directly",
                 locator ? "a date of birth, place of birth or address" : "an e-mail or phone");
    } else if (fullname || contact) {
        g->ei = 0.75;
        g->ei_level = "significant";
        snprintf(st->ei_reason, sizeof st->ei_reason,
                 "%s: the person is found with little research",
                 fullname ? "full names" : "e-mail addresses or phone numbers");
    } else if (anyname || weak) {
        g->ei = 0.5;
        g->ei_level = "limited";
        snprintf(st->ei_reason, sizeof st->ei_reason,
                 "only partial names, account identifiers or IP addresses: identification needs "
                 "other data");
    } else {
        g->ei = 0.25;
        g->ei_level = "negligible";
        snprintf(st->ei_reason, sizeof st->ei_reason, "no identifier of people found");
    }
    g->ei_reason = st->ei_reason;

    /* CB */
    g->cb = cb_given ? cb : 0.0;
    g->cb_given = cb_given;
    if (cb_given)
        snprintf(st->cb_reason, sizeof st->cb_reason,
                 "given by the user (--enisa-cb): circumstances of the breach");
    else
        snprintf(st->cb_reason, sizeof st->cb_reason,
                 "not given (--enisa-cb), so 0; ENISA adds +0.25 to +0.5 each for loss of "
                 "confidentiality (+0.5 when the data reached an unknown number of recipients, "
                 "e.g. offered for sale), integrity and availability, and +0.5 for malicious "
                 "intent");
    g->cb_reason = st->cb_reason;
    g->se = g->dpc * g->ei + g->cb;
    g->severity = g->se < 2 ? "low" : g->se < 3 ? "medium" : g->se < 4 ? "high" : "very_high";
}
