/* signals: see signals.h. Thresholds and the "what real data shows" sentences are kept
 * together below so a reader can check every claim the report makes in one place. */
#include "pipeline/signals.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <xxhash.h>

#include "detect/frgeo.h"
#include "pipeline/analysis.h"

/* ---- state ------------------------------------------------------------------------------- */

/* Identifier types whose digits are examined: the range density of their valid values,
 * and, for the types whose real values have known structure, whether the digit positions
 * that carry that structure look uniformly random (0-based positions in the digits of the
 * normal form; -1 ends a list):
 *  - fr_nir: year tens (birth years cluster), month tens (0 or 1 for nearly everyone),
 *    département tens (the population is unevenly spread);
 *  - phone (E.164 digits): the country code and the first national digit;
 *  - card_number: the network and issuer digits (4 Visa, 5 Mastercard, 3 Amex...);
 *  - uk_nhs: the first digit (numbers are issued in ranges: 4, 6, 7 in England and Wales).
 * Not IBANs: their structure is in the letters of the bank codes. */
static const struct {
    ls_type type;
    int8_t structured[4];
} id_types[] = {
    {LS_TYPE_FR_NIR, {1, 3, 5, -1}},
    {LS_TYPE_PHONE, {0, 1, 2, -1}},
    {LS_TYPE_CARD_NUMBER, {0, 1, -1}},
    {LS_TYPE_UK_NHS, {0, -1}},
    {LS_TYPE_FR_SIRET, {-1}},
    {LS_TYPE_FR_SIREN, {-1}},
    {LS_TYPE_US_SSN, {-1}},
    {LS_TYPE_USER_ID, {-1}},
};
#define NID    (sizeof id_types / sizeof id_types[0])
#define ID_POS 20 /* digit positions examined (the first 20 digits of the normal form) */

typedef struct {
    uint64_t values;           /* shaped values (valid or invalid) whose digits were counted */
    uint64_t pos[ID_POS][10];  /* digit histogram per position */
    uint64_t nvalid, min, max; /* valid values read as a number (their last 18 digits) */
} idstat_t;

/* E-mail domain counts: open addressing on a 64-bit hash, the name kept for the report. */
#define DOMAIN_MAX_LEN   63
#define DOMAIN_MAX_SLOTS ((size_t)1 << 18)
typedef struct {
    uint64_t h, count;
    uint8_t len;
    char name[DOMAIN_MAX_LEN + 1];
} dom_t;
typedef struct {
    dom_t *slot;
    size_t cap, n;
    uint64_t overflow; /* addresses on domains beyond the table's bound: counted, not named */
} dommap_t;

/* Every counter a worker keeps (all uint64_t: added field by field). */
typedef struct {
    uint64_t nir_keyless;
    uint64_t nir_dob_checked, nir_dob_match;
    uint64_t nir_sex_checked, nir_sex_match;
    uint64_t nir_place_checked, nir_place_match;
    uint64_t postal_checked, postal_match;
    uint64_t email_values, email_disposable;
    uint64_t dob_values, dob_implausible, dob_jan1;
    uint64_t date_values, date_implausible;
} sigcounts_t;

#define MAX_SIGNALS 48
typedef struct {
    ls_signal pub;
    char id[48], subject[64], reading[480];
} sigout_t;

struct ls_signals {
    long today_days; /* days since 1970-01-01 (UTC), fixed when the analysis starts */
    int today_year;
    sigcounts_t c;
    idstat_t id[NID];
    dommap_t dom;
    /* computed at finish */
    sigout_t out[MAX_SIGNALS];
    size_t nout;
    ls_family_count top[5];
    char top_names[5][DOMAIN_MAX_LEN + 1];
    char real_checksum[8][400]; /* "what real data shows", with the type's check named */
};

/* Per-record roles: the first column of each of these types takes part in the
 * cross-column checks of its record. */
enum { R_NONE = 0, R_NIR, R_DOB, R_SEX, R_BIRTHPLACE, R_POSTAL, R_CITY };

/* Commune lookups are cached per worker (a dump names a few thousand communes millions of
 * times): direct-mapped on a 64-bit hash of the value's normal form. */
#define CITY_CACHE 2048
typedef struct {
    uint64_t h; /* 0: empty */
    int n;
    ls_dept d[2];
} city_cache_t;

struct ls_sigw {
    ls_sigw_head head; /* first: the inline fast paths read it (signals.h) */
    ls_signals *s;
    city_cache_t cache[CITY_CACHE];
    const input_t *in;
    uint32_t ncols;
    uint8_t *role;  /* per tracked column */
    uint8_t *type;  /* per tracked column: its ls_type, 0 when no signal looks at it */
    int8_t *idslot; /* per tracked column: index in id_types, or -1 */
    /* the record being read */
    char nir[16];
    bool has_nir;
    int dob_y, dob_m;
    bool has_dob;
    char sex; /* 'M', 'F' or 0 */
    ls_dept birth[2], city[2], postal;
    int nbirth, ncity;
    bool has_postal;
    sigcounts_t c;
    idstat_t id[NID];
    dommap_t dom;
};

/* ---- domain map ---------------------------------------------------------------------------- */

static int dom_grow(dommap_t *m)
{
    size_t nc = m->cap ? 2 * m->cap : 256;
    dom_t *ns = calloc(nc, sizeof *ns);
    if (!ns) return -1;
    for (size_t i = 0; i < m->cap; i++) {
        if (!m->slot[i].count) continue;
        size_t k = m->slot[i].h & (nc - 1);
        while (ns[k].count)
            k = (k + 1) & (nc - 1);
        ns[k] = m->slot[i];
    }
    free(m->slot);
    m->slot = ns;
    m->cap = nc;
    return 0;
}

/* Add `count` addresses on domain name[0..n) (n <= DOMAIN_MAX_LEN). */
static void dom_add(dommap_t *m, const char *name, size_t n, uint64_t count)
{
    if ((m->n + 1) * 2 > m->cap && (m->cap >= DOMAIN_MAX_SLOTS || dom_grow(m) != 0)) {
        /* full (or out of memory): known domains still count, new ones go to overflow */
        if (!m->cap) {
            m->overflow += count;
            return;
        }
    }
    uint64_t h = XXH3_64bits(name, n) | 1; /* never 0 */
    size_t k = h & (m->cap - 1);
    while (m->slot[k].count) {
        if (m->slot[k].h == h && m->slot[k].len == n && memcmp(m->slot[k].name, name, n) == 0) {
            m->slot[k].count += count;
            return;
        }
        k = (k + 1) & (m->cap - 1);
    }
    if ((m->n + 1) * 2 > m->cap) { /* could not grow: not named */
        m->overflow += count;
        return;
    }
    m->slot[k].h = h;
    m->slot[k].len = (uint8_t)n;
    m->slot[k].count = count;
    memcpy(m->slot[k].name, name, n);
    m->slot[k].name[n] = '\0';
    m->n++;
}

/* Disposable-mail services and reserved domains (RFC 2606 / RFC 6761) that generated and test
 * data use. Documented in src/report/SCHEMA.md; a short list on purpose: each entry is a
 * domain no real customer base holds many addresses on. */
#define D(s)                                                                                       \
    {                                                                                              \
        s, sizeof s - 1                                                                            \
    }
static const struct {
    const char *d;
    size_t n;
} disposable[] =
    {
        D("example.com"),       D("example.org"),   D("example.net"),       D("example.fr"),
        D("test.com"),          D("test.fr"),       D("mailinator.com"),    D("yopmail.com"),
        D("yopmail.fr"),        D("yopmail.net"),   D("guerrillamail.com"), D("sharklasers.com"),
        D("10minutemail.com"),  D("temp-mail.org"), D("tempmail.com"),      D("trashmail.com"),
        D("getnada.com"),       D("maildrop.cc"),   D("dispostable.com"),   D("fakeinbox.com"),
        D("throwawaymail.com"), D("mailnesia.com"), D("jetable.org"),       D("spamgourmet.com"),
        D("mytrashmail.com"),   D("fakemail.net"),  D("emailfake.com"),     D("mailcatch.com"),
},
  reserved_tlds[] = {D(".test"), D(".example"), D(".invalid"), D(".localhost")};
#undef D

/* Is d[0..n) a disposable-mail or reserved domain? (Lengths first: called per address.) */
static bool is_disposable(const char *d, size_t n)
{
    for (size_t i = 0; i < sizeof reserved_tlds / sizeof reserved_tlds[0]; i++) {
        size_t k = reserved_tlds[i].n;
        if (n > k && memcmp(d + n - k, reserved_tlds[i].d, k) == 0) return true;
    }
    if (n == 9 && memcmp(d, "localhost", 9) == 0) return true;
    for (size_t i = 0; i < sizeof disposable / sizeof disposable[0]; i++)
        if (disposable[i].n == n && memcmp(disposable[i].d, d, n) == 0) return true;
    return false;
}

/* ---- life cycle ------------------------------------------------------------------------------ */

ls_signals *ls__signals_new(void)
{
    ls_signals *s = calloc(1, sizeof *s);
    if (!s) return NULL;
    time_t now = time(NULL);
    struct tm tm;
    s->today_days = (long)(now / 86400);
    s->today_year = gmtime_r(&now, &tm) ? tm.tm_year + 1900 : 1970 + (int)(s->today_days / 365);
    return s;
}

void ls__signals_free(ls_signals *s)
{
    if (!s) return;
    free(s->dom.slot);
    free(s);
}

static int id_slot(ls_type t)
{
    for (size_t i = 0; i < NID; i++)
        if (id_types[i].type == t) return (int)i;
    return -1;
}

ls_sigw *ls__sigw_new(ls_signals *s, const void *input)
{
    if (!s) return NULL;
    const input_t *in = input;
    ls_sigw *w = calloc(1, sizeof *w);
    if (!w) return NULL;
    w->s = s;
    w->in = in;
    w->ncols = in->tracked_columns;
    w->role = calloc(w->ncols ? w->ncols : 1, 1);
    w->idslot = calloc(w->ncols ? w->ncols : 1, 1);
    w->type = calloc(w->ncols ? w->ncols : 1, 1);
    if (!w->role || !w->idslot || !w->type) {
        free(w->type);
        free(w->role);
        free(w->idslot);
        free(w);
        return NULL;
    }
    bool taken[R_CITY + 1] = {false};
    for (uint32_t j = 0; j < w->ncols; j++) {
        ls_type t = in->cols[j].type;
        w->idslot[j] = (int8_t)(in->cols[j].validated ? id_slot(t) : -1);
        int r = t == LS_TYPE_FR_NIR           ? R_NIR
                : t == LS_TYPE_DATE_OF_BIRTH  ? R_DOB
                : t == LS_TYPE_GENDER         ? R_SEX
                : t == LS_TYPE_PLACE_OF_BIRTH ? R_BIRTHPLACE
                : t == LS_TYPE_POSTAL_CODE    ? R_POSTAL
                : t == LS_TYPE_CITY           ? R_CITY
                                              : R_NONE;
        if (r != R_NONE && in->cols[j].validated && !taken[r]) {
            taken[r] = true;
            w->role[j] = (uint8_t)r;
        }
        bool wanted = w->role[j] || w->idslot[j] >= 0 || t == LS_TYPE_FR_NIR ||
                      t == LS_TYPE_EMAIL || t == LS_TYPE_DATE_OF_BIRTH || t == LS_TYPE_DATE ||
                      t == LS_TYPE_DATETIME;
        w->type[j] = (uint8_t)(wanted ? t : 0);
    }
    w->head.want = w->type;
    w->head.ncols = w->ncols;
    return w;
}

/* The départements of a commune (ls_frgeo_city_depts), through the worker's cache. */
static int city_depts(ls_sigw *w, const char *norm, size_t len, ls_dept out[2])
{
    uint64_t h = XXH3_64bits(norm, len) | 1;
    city_cache_t *c = &w->cache[h & (CITY_CACHE - 1)];
    if (c->h != h) {
        c->h = h;
        c->n = ls_frgeo_city_depts(norm, len, c->d);
    }
    memcpy(out, c->d, sizeof c->d);
    return c->n;
}

/* ---- per value ----------------------------------------------------------------------------- */

/* "YYYY-MM-DD" (the date validators' normal form) into its fields; false otherwise. */
static bool iso_date(const char *p, size_t n, int *y, int *m, int *d)
{
    if (n < 10 || p[4] != '-' || p[7] != '-') return false;
    int v[8];
    static const int at[8] = {0, 1, 2, 3, 5, 6, 8, 9};
    for (int i = 0; i < 8; i++) {
        if (p[at[i]] < '0' || p[at[i]] > '9') return false;
        v[i] = p[at[i]] - '0';
    }
    *y = v[0] * 1000 + v[1] * 100 + v[2] * 10 + v[3];
    *m = v[4] * 10 + v[5];
    *d = v[6] * 10 + v[7];
    return true;
}

/* Digits of an identifier's normal form: histogram per position, and (valid values) the
 * number made of its first 19 digits for the range density (every identifier type examined
 * has at most 19 digits, user ids apart). */
static void id_digits(idstat_t *st, const char *p, size_t n, bool valid)
{
    unsigned pos = 0;
    uint64_t num = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned c = (unsigned char)p[i] - '0';
        if (c > 9) continue;
        if (pos < ID_POS) st->pos[pos][c]++;
        if (pos < 19) num = num * 10 + c; /* the first 19 digits fit in 64 bits */
        pos++;
    }
    if (!pos) return;
    st->values++;
    if (!valid) return;
    if (!st->nvalid || num < st->min) st->min = num;
    if (!st->nvalid || num > st->max) st->max = num;
    st->nvalid++;
}

void ls__sigw_value_slow(ls_sigw *w, uint32_t col, ls_verdict vd, const char *norm, size_t len,
                         uint32_t detail)
{
    if (!w || col >= w->ncols || !w->type[col] || vd == LS_VERDICT_NOT_TYPE) return;
    const bool valid = vd == LS_VERDICT_VALID;
    const ls_type t = (ls_type)w->type[col];
    if (w->idslot[col] >= 0) id_digits(&w->id[w->idslot[col]], norm, len, valid);
    int y = 0, m = 0, d;
    bool dob_ok = false;
    switch (t) {
    case LS_TYPE_FR_NIR:
        if (valid && (detail & LS_NIR_F_NO_KEY)) w->c.nir_keyless++;
        break;
    case LS_TYPE_EMAIL:
        if (valid) {
            const char *at = memrchr(norm, '@', len);
            if (at) {
                size_t dn = len - (size_t)(at + 1 - norm);
                w->c.email_values++;
                if (is_disposable(at + 1, dn)) w->c.email_disposable++;
                if (dn > DOMAIN_MAX_LEN) dn = DOMAIN_MAX_LEN;
                dom_add(&w->dom, at + 1, dn, 1);
            }
        }
        break;
    case LS_TYPE_DATE_OF_BIRTH:
        w->c.dob_values++;
        dob_ok = iso_date(norm, len, &y, &m, &d) && m >= 1 && m <= 12 && d >= 1 && d <= 31;
        if (!dob_ok) {
            w->c.dob_implausible++;
        } else {
            /* the day count only near the bounds: future, or more than 110 years ago */
            int ty = w->s->today_year;
            if (y > ty || y < ty - 111) {
                w->c.dob_implausible++;
            } else if (y == ty || y <= ty - 110) {
                long days = ls_days_from_civil(y, m, d);
                if (days > w->s->today_days || w->s->today_days - days > 40177) /* 110 y */
                    w->c.dob_implausible++;
            }
            if (m == 1 && d == 1) w->c.dob_jan1++;
        }
        break;
    case LS_TYPE_DATE:
    case LS_TYPE_DATETIME:
        w->c.date_values++;
        if (!iso_date(norm, len, &y, &m, &d) || y < 1900 || m < 1 || m > 12 || d < 1 ||
            (y >= w->s->today_year && ls_days_from_civil(y, m, d) > w->s->today_days + 1))
            w->c.date_implausible++;
        break;
    default:
        break;
    }
    if (!valid || !w->role[col]) return;
    w->head.pending = true;
    switch (w->role[col]) {
    case R_NIR:
        if (len == 15) {
            memcpy(w->nir, norm, 15);
            w->has_nir = true;
        }
        break;
    case R_DOB: /* parsed above */
        w->has_dob = dob_ok;
        w->dob_y = y;
        w->dob_m = m;
        break;
    case R_SEX:
        w->sex = len == 1 && (norm[0] == 'M' || norm[0] == 'F') ? norm[0] : 0;
        break;
    case R_BIRTHPLACE:
        w->nbirth = city_depts(w, norm, len, w->birth);
        break;
    case R_CITY:
        w->ncity = city_depts(w, norm, len, w->city);
        break;
    case R_POSTAL:
        w->has_postal = ls_frgeo_postal_dept(norm, len, w->postal);
        break;
    default:
        break;
    }
}

/* ---- per record ---------------------------------------------------------------------------- */

static bool any_same(const ls_dept *a, int na, const char *b)
{
    for (int i = 0; i < na; i++) /* canonical codes (frgeo.h): 4-byte compare */
        if (memcmp(a[i], b, sizeof(ls_dept)) == 0) return true;
    return false;
}

void ls__sigw_record_slow(ls_sigw *w)
{
    w->head.pending = false;
    sigcounts_t *c = &w->c;
    if (w->has_nir) {
        const char *n = w->nir;
        int nm = (n[3] - '0') * 10 + (n[4] - '0'), ny = (n[1] - '0') * 10 + (n[2] - '0');
        if (w->has_dob && nm >= 1 && nm <= 12) { /* 20, 30-42, 50-99: month unknown */
            c->nir_dob_checked++;
            if (ny == w->dob_y % 100 && nm == w->dob_m) c->nir_dob_match++;
        }
        char ns = n[0] == '1' || n[0] == '3' || n[0] == '7'   ? 'M'
                  : n[0] == '2' || n[0] == '4' || n[0] == '8' ? 'F'
                                                              : 0;
        if (w->sex && ns) {
            c->nir_sex_checked++;
            if (ns == w->sex) c->nir_sex_match++;
        }
        ls_dept nd;
        if (w->nbirth && ls_frgeo_nir_dept(n, nd)) {
            c->nir_place_checked++;
            if (any_same(w->birth, w->nbirth, nd)) c->nir_place_match++;
        }
    }
    if (w->has_postal && w->ncity) {
        c->postal_checked++;
        if (any_same(w->city, w->ncity, w->postal)) c->postal_match++;
    }
    w->has_nir = w->has_dob = w->has_postal = false;
    w->sex = 0;
    w->nbirth = w->ncity = 0;
}

void ls__sigw_finish(ls_sigw *w)
{
    if (!w) return;
    ls_signals *s = w->s;
    const uint64_t *f = (const uint64_t *)&w->c;
    uint64_t *t = (uint64_t *)&s->c;
    for (size_t i = 0; i < sizeof(sigcounts_t) / sizeof(uint64_t); i++)
        t[i] += f[i];
    for (size_t k = 0; k < NID; k++) {
        idstat_t *a = &s->id[k], *b = &w->id[k];
        a->values += b->values;
        for (int p = 0; p < ID_POS; p++)
            for (int d = 0; d < 10; d++)
                a->pos[p][d] += b->pos[p][d];
        if (b->nvalid) {
            if (!a->nvalid || b->min < a->min) a->min = b->min;
            if (!a->nvalid || b->max > a->max) a->max = b->max;
            a->nvalid += b->nvalid;
        }
    }
    for (size_t i = 0; i < w->dom.cap; i++)
        if (w->dom.slot[i].count)
            dom_add(&s->dom, w->dom.slot[i].name, w->dom.slot[i].len, w->dom.slot[i].count);
    s->dom.overflow += w->dom.overflow;
    free(w->dom.slot);
    free(w->role);
    free(w->idslot);
    free(w->type);
    free(w);
}

/* ---- the report's list --------------------------------------------------------------------- */

/* Domains are named in the report only when at least this many addresses use them. */
#define MIN_NAMED_DOMAIN 10

/* Fewer values than this and a rate says nothing: the signal is listed as too few values. */
#define MIN_CHECKED 30

/* Append a signal; `reading` is printf-formatted. The strings given are static or copied. */
static sigout_t *add(ls_signals *s, const char *id, const char *subject, double value,
                     uint64_t checked, uint64_t matched, const char *real, const char *consistent,
                     const char *fmt, ...) __attribute__((format(printf, 9, 10)));
static sigout_t *add(ls_signals *s, const char *id, const char *subject, double value,
                     uint64_t checked, uint64_t matched, const char *real, const char *consistent,
                     const char *fmt, ...)
{
    if (s->nout >= MAX_SIGNALS) return NULL;
    sigout_t *o = &s->out[s->nout++];
    memset(o, 0, sizeof *o);
    snprintf(o->id, sizeof o->id, "%s", id);
    snprintf(o->subject, sizeof o->subject, "%s", subject);
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(o->reading, sizeof o->reading, fmt, ap);
    va_end(ap);
    if (checked < MIN_CHECKED) {
        consistent = "too_few_values";
        snprintf(o->reading, sizeof o->reading,
                 "only %llu value(s) could be measured: too few to read anything from",
                 (unsigned long long)checked);
    }
    o->pub = (ls_signal){o->id, o->subject, value,      checked, matched,
                         real,  o->reading, consistent, 0,       NULL};
    return o;
}

static double rate(uint64_t a, uint64_t b)
{
    return b ? (double)a / (double)b : 0.0;
}

/* Check digits: what random digits pass (the baseline a fabricated column sits near). */
static const struct {
    ls_type type;
    const char *check;
    double random_rate;
} checksums[] = {
    {LS_TYPE_FR_NIR, "the NIR key (97 - number mod 97)", 0.01},
    {LS_TYPE_IBAN, "the IBAN check digits (mod 97)", 0.01},
    {LS_TYPE_CARD_NUMBER, "the Luhn check digit", 0.10},
    {LS_TYPE_UK_NHS, "the NHS number check digit (mod 11)", 0.09},
    {LS_TYPE_FR_SIRET, "the SIRET Luhn check digit", 0.10},
    {LS_TYPE_FR_SIREN, "the SIREN Luhn check digit", 0.10},
};

static void checksum_signals(ls_analysis *a, ls_signals *s)
{
    for (size_t k = 0; k < sizeof checksums / sizeof checksums[0]; k++) {
        ls_type t = checksums[k].type;
        uint64_t valid = 0, invalid = 0;
        for (size_t i = 0; i < a->ninputs; i++) {
            const input_t *in = a->inputs[i];
            for (uint32_t j = 0; in->cols && j < in->column_count; j++)
                if (in->cols[j].type == t && in->cols[j].validated) {
                    valid += in->cols[j].valid;
                    invalid += in->cols[j].invalid;
                }
        }
        if (t == LS_TYPE_FR_NIR) /* written without a key: nothing was checked */
            valid = valid > s->c.nir_keyless ? valid - s->c.nir_keyless : 0;
        uint64_t n = valid + invalid;
        if (!n) continue;
        double r = rate(valid, n), base = checksums[k].random_rate;
        char id[48];
        snprintf(id, sizeof id, "checksum.%s", ls_type_name(t));
        char *real = s->real_checksum[k];
        snprintf(real, sizeof s->real_checksum[k],
                 "Values copied from real records pass %s almost always (above 95 %%; the rest "
                 "are typing errors); random digits pass about %.0f %% of the time. A generator "
                 "that computes the check digit passes 100 %%, so a high rate alone does not "
                 "prove the values are real.",
                 checksums[k].check, 100 * base);
        if (r >= 0.9)
            add(s, id, ls_type_name(t), r, n, valid, real, "real_data",
                "%.1f %% of %llu values pass %s: consistent with real values (or with a "
                "generator that computes it)",
                100 * r, (unsigned long long)n, checksums[k].check);
        else if (r <= 3 * base)
            add(s, id, ls_type_name(t), r, n, valid, real, "fabrication",
                "only %.1f %% of %llu values pass %s, close to the %.0f %% random digits "
                "pass: these values look invented (or corrupted)",
                100 * r, (unsigned long long)n, checksums[k].check, 100 * base);
        else
            add(s, id, ls_type_name(t), r, n, valid, real, "either",
                "%.1f %% of %llu values pass %s: between real data and random digits (typing "
                "errors, masked values, or partly generated data)",
                100 * r, (unsigned long long)n, checksums[k].check);
    }
}

/* A cross-column agreement rate: real above `real_min`, independent columns near `random`. */
static void agreement(ls_signals *s, const char *id, const char *subject, uint64_t match,
                      uint64_t checked, double real_min, double fab_max, const char *real,
                      const char *what)
{
    if (!checked) return;
    double r = rate(match, checked);
    if (r >= real_min)
        add(s, id, subject, r, checked, match, real, "real_data",
            "%s in %.1f %% of %llu records: consistent with real records", what, 100 * r,
            (unsigned long long)checked);
    else if (r <= fab_max)
        add(s, id, subject, r, checked, match, real, "fabrication",
            "%s in only %.1f %% of %llu records: the columns look drawn independently of each "
            "other, as a generator does",
            what, 100 * r, (unsigned long long)checked);
    else
        add(s, id, subject, r, checked, match, real, "either",
            "%s in %.1f %% of %llu records: more disagreement than real records show (merged "
            "sources, shifted columns or partly generated data)",
            what, 100 * r, (unsigned long long)checked);
}

static int dom_cmp(const void *x, const void *y)
{
    const dom_t *a = x, *b = y;
    if (a->count != b->count) return a->count > b->count ? -1 : 1;
    return strcmp(a->name, b->name);
}

static void email_signals(ls_signals *s)
{
    uint64_t n = s->c.email_values;
    if (!n) return;
    /* the top five domains, by count then name (the same for every thread count) */
    dom_t top[5];
    size_t nt = 0;
    for (size_t i = 0; i < s->dom.cap; i++) {
        const dom_t *d = &s->dom.slot[i];
        if (!d->count) continue;
        if (nt < 5) {
            top[nt++] = *d;
        } else if (dom_cmp(d, &top[4]) < 0) {
            top[4] = *d;
        } else {
            continue;
        }
        qsort(top, nt, sizeof *top, dom_cmp);
    }
    uint64_t top5 = 0;
    uint32_t named = 0;
    for (size_t i = 0; i < nt; i++) {
        top5 += top[i].count;
        /* a domain used by a handful of addresses may be a person's own: not named */
        if (top[i].count < MIN_NAMED_DOMAIN) continue;
        memcpy(s->top_names[named], top[i].name, sizeof s->top_names[named]);
        s->top[named] = (ls_family_count){s->top_names[named], top[i].count};
        named++;
    }
    double share = rate(nt ? top[0].count : 0, n);
    uint64_t distinct = s->dom.n;
    static const char real[] =
        "Real consumer dumps are dominated by a few webmail providers (the largest typically "
        "holds 10-45 % of addresses) followed by a long tail of other domains; a company's "
        "own staff list uses one domain. Generated addresses often spread evenly over a "
        "handful of domains, or use reserved domains such as example.com.";
    /* a handful of domains holding near-equal shares: a generator picking one at random */
    bool even = nt >= 3 && distinct <= 10 && n >= 1000 && top5 == n - s->dom.overflow &&
                (double)top[0].count < 1.5 * (double)top[nt - 1].count;
    sigout_t *o;
    if (even)
        o = add(s, "email_domains", "email", share, n, nt ? top[0].count : 0, real, "fabrication",
                "%llu addresses on only %llu domain(s) with near-equal shares (largest %.1f %%): "
                "the pattern of addresses generated from a short list",
                (unsigned long long)n, (unsigned long long)distinct, 100 * share);
    else if (distinct == 1)
        o = add(s, "email_domains", "email", share, n, n, real, "either",
                "all %llu addresses are on one domain: a company's own staff list, or generated",
                (unsigned long long)n);
    else
        o = add(s, "email_domains", "email", share, n, nt ? top[0].count : 0, real, "real_data",
                "%llu distinct domains; the largest holds %.1f %% of %llu addresses: the shape "
                "of a real address book",
                (unsigned long long)distinct, 100 * share, (unsigned long long)n);
    if (o && named) {
        o->pub.item_count = named;
        o->pub.items = s->top;
    }
    uint64_t disp = s->c.email_disposable;
    double dr = rate(disp, n);
    static const char real_disp[] =
        "Real customer databases hold few addresses on disposable-mail or reserved domains "
        "(well under 1 %); test and generated data use them (example.com, mailinator.com, "
        "yopmail.com; the list is in src/report/SCHEMA.md).";
    if (dr >= 0.05)
        add(s, "email_disposable_domains", "email", dr, n, disp, real_disp, "fabrication",
            "%.1f %% of %llu addresses are on disposable or reserved domains: test or "
            "generated data",
            100 * dr, (unsigned long long)n);
    else
        add(s, "email_disposable_domains", "email", dr, n, disp, real_disp,
            dr >= 0.01 ? "either" : "real_data",
            "%.2f %% of %llu addresses are on disposable or reserved domains", 100 * dr,
            (unsigned long long)n);
}

static void duplicate_signals(ls_analysis *a, ls_signals *s)
{
    const ls_totals *t = &a->totals;
    uint64_t hashed = t->records - t->records_not_deduplicated;
    if (!hashed) return;
    double d = rate(t->duplicate_records, hashed);
    add(s, "duplicates.exact", "records", d, hashed, t->duplicate_records,
        "A single database export has no exact duplicate records (each row has its own key); "
        "compilations of several leaks typically hold some. A count of lines or records is "
        "inflated by this share: the unique count is what a claim should be judged on.",
        d >= 0.3  ? "fabrication"
        : d > 0.0 ? "either"
                  : "real_data",
        "%.1f %% of %llu records are exact copies of another record%s", 100 * d,
        (unsigned long long)hashed,
        d >= 0.3  ? ": the dump is padded"
        : d > 0.0 ? ""
                  : ": no padding by repetition");
    uint64_t near = t->unique_records > t->unique_records_normalized
                        ? t->unique_records - t->unique_records_normalized
                        : 0;
    double nr = rate(near, hashed);
    add(s, "duplicates.near", "records", nr, hashed, near,
        "Records that differ only in case, spacing or trimming are the same entry exported "
        "twice or merged from two sources; a single clean export has almost none.",
        nr >= 0.1 ? "fabrication" : "either",
        "%.1f %% of %llu records repeat another one up to case, spacing and trimming%s", 100 * nr,
        (unsigned long long)hashed, nr >= 0.1 ? ": padding with altered copies" : "");
}

static void date_signals(ls_signals *s)
{
    const sigcounts_t *c = &s->c;
    if (c->dob_values) {
        double r = rate(c->dob_implausible, c->dob_values);
        add(s, "dates.date_of_birth_implausible", "date_of_birth", r, c->dob_values,
            c->dob_implausible,
            "Real dates of birth fall within the last 110 years and never in the future (or on "
            "an impossible day): real registries hold almost none outside that range.",
            r >= 0.01 ? "fabrication" : "real_data",
            "%.2f %% of %llu dates of birth are impossible, in the future or more than 110 "
            "years ago",
            100 * r, (unsigned long long)c->dob_values);
        double j = rate(c->dob_jan1, c->dob_values);
        add(s, "dates.date_of_birth_1_january", "date_of_birth", j, c->dob_values, c->dob_jan1,
            "Registries write 1 January for unknown birth days, usually for under 2 % of "
            "people; a uniformly random date falls on 1 January 0.3 % of the time.",
            j >= 0.05                             ? "fabrication"
            : j < 0.001 && c->dob_values >= 10000 ? "either"
                                                  : "real_data",
            "%.2f %% of %llu dates of birth are 1 January%s", 100 * j,
            (unsigned long long)c->dob_values,
            j >= 0.05 ? ": placeholder dates fill the column" : "");
    }
    if (c->date_values) {
        double r = rate(c->date_implausible, c->date_values);
        add(s, "dates.other_implausible", "date+datetime", r, c->date_values, c->date_implausible,
            "Dates of events (registrations, orders) in a real dump fall within the years the "
            "service existed: before 1900 or in the future they are suspect (expiry and "
            "appointment dates are the legitimate exception).",
            r >= 0.05 ? "fabrication" : "real_data",
            "%.2f %% of %llu other dates are before 1900, in the future or impossible", 100 * r,
            (unsigned long long)c->date_values);
    }
}

/* Chi-square critical value for 9 degrees of freedom at p = 0.001: a position whose digit
 * counts stay below it cannot be told from uniformly random digits. */
#define CHI2_9DF_P001 27.877
/* A position is only tested with this many digits (10 expected per digit at least). */
#define MIN_PER_POSITION 100

static void digit_signals(ls_analysis *a, ls_signals *s)
{
    for (size_t k = 0; k < NID; k++) {
        const idstat_t *st = &s->id[k];
        ls_type t = id_types[k].type;
        if (!st->values) continue;
        uint64_t tested = 0, uniform = 0;
        for (int q = 0; q < 4 && id_types[k].structured[q] >= 0; q++) {
            int p = id_types[k].structured[q];
            uint64_t n = 0;
            for (int d = 0; d < 10; d++)
                n += st->pos[p][d];
            if (n < MIN_PER_POSITION) continue;
            double e = (double)n / 10, chi = 0;
            for (int d = 0; d < 10; d++)
                chi += ((double)st->pos[p][d] - e) * ((double)st->pos[p][d] - e) / e;
            tested++;
            if (chi < CHI2_9DF_P001) uniform++;
        }
        char id[48];
        const char *name = ls_type_name(t);
        static const char real[] =
            "Real identifiers have structured digits: a NIR's birth year and month and "
            "département, a phone number's country and operator prefix, a card's network and "
            "issuer, so those positions are far from uniform. Uniformly random values make "
            "them uniform (chi-square test at p = 0.001, positions with at least 100 digits).";
        snprintf(id, sizeof id, "digits.%s", name);
        bool structured = id_types[k].structured[0] >= 0;
        if (structured && !tested) {
            add(s, id, name, 0, st->values, 0, real, "too_few_values",
                "too few values to test: a position needs at least %d digits", MIN_PER_POSITION);
        } else if (structured) {
            double r = rate(uniform, tested);
            if (uniform == tested)
                add(s, id, name, r, st->values, uniform, real, "fabrication",
                    "all %llu digit positions that real values structure look uniformly "
                    "random: the pattern of invented identifiers",
                    (unsigned long long)tested);
            else
                add(s, id, name, r, st->values, uniform, real, "real_data",
                    "%llu of the %llu digit positions that real values structure look "
                    "uniformly random; the rest are structured, as in real identifiers",
                    (unsigned long long)uniform, (unsigned long long)tested);
        }
        /* range density: distinct valid values over the span they cover */
        uint64_t unique = 0;
        for (size_t i = 0; i < a->ncat; i++)
            if (strcmp(a->cat_summaries[i].type, name) == 0) unique = a->cat_summaries[i].unique;
        if (st->nvalid == 0 || !unique) continue;
        double span = (double)(st->max - st->min) + 1.0;
        double dens = (double)unique / span;
        if (dens > 1) dens = 1;
        snprintf(id, sizeof id, "range_density.%s", name);
        static const char real_d[] =
            "Real identifiers are sparse: their distinct values cover a tiny fraction of the "
            "range between the smallest and the largest (phone numbers, NIRs, card numbers). "
            "Auto-increment database ids are dense (close to 1), which is normal for ids but "
            "not for other identifiers.";
        if (t == LS_TYPE_USER_ID)
            add(s, id, name, dens, unique, unique, real_d, "either",
                "%llu distinct ids cover %.1f %% of their range%s", (unsigned long long)unique,
                100 * dens, dens >= 0.5 ? ": sequential, as auto-increment keys are" : "");
        else if (dens >= 0.5 && unique >= 100)
            add(s, id, name, dens, unique, unique, real_d, "fabrication",
                "%llu distinct values cover %.1f %% of their range: consecutive values, as a "
                "generator counting up writes them",
                (unsigned long long)unique, 100 * dens);
        else
            add(s, id, name, dens, unique, unique, real_d, "real_data",
                "%llu distinct values cover %.2g %% of their range: sparse, as real identifiers "
                "are",
                (unsigned long long)unique, 100 * dens);
    }
}

void ls__signals_compute(ls_analysis *a)
{
    ls_signals *s = a ? a->signals : NULL;
    if (!s) return;
    s->nout = 0;
    checksum_signals(a, s);
    const sigcounts_t *c = &s->c;
    agreement(s, "nir_vs_date_of_birth", "fr_nir+date_of_birth", c->nir_dob_match,
              c->nir_dob_checked, 0.9, 0.3,
              "A real NIR is derived from the birth record: its year and month digits equal the "
              "date of birth in nearly every record (above 95 %; the exceptions are typing "
              "errors). Independent columns agree about once in 1,200 records.",
              "the NIR's year and month equal the date of birth");
    agreement(s, "nir_vs_gender", "fr_nir+gender", c->nir_sex_match, c->nir_sex_checked, 0.9, 0.7,
              "The first digit of a real NIR is the sex (1 male, 2 female): it matches the "
              "gender or civility column nearly always (above 95 %). Independent columns agree "
              "half of the time.",
              "the NIR's sex digit matches the gender column");
    agreement(s, "nir_vs_place_of_birth", "fr_nir+place_of_birth", c->nir_place_match,
              c->nir_place_checked, 0.85, 0.3,
              "Digits 6-7 of a real NIR are the département of birth: they match the place of "
              "birth nearly always (above 90 %; renamed communes and Corsica before 1976 explain "
              "some differences). Independent columns agree a few % of the time. Only places "
              "in leakscope's list of large communes are checked.",
              "the NIR's département matches the place of birth");
    agreement(s, "postal_code_vs_city", "postal_code+city", c->postal_match, c->postal_checked, 0.9,
              0.3,
              "In real addresses the postal code belongs to the city's département nearly always "
              "(above 95 %; a few communes are served by a neighbouring département's post "
              "office). Codes and cities drawn independently agree a few % of the time. Only "
              "cities in leakscope's list of large communes are checked.",
              "the postal code's département matches the city");
    email_signals(s);
    duplicate_signals(a, s);
    date_signals(s);
    digit_signals(a, s);
}

size_t ls_analysis_signal_count(const ls_analysis *a)
{
    return a && a->finished && a->signals ? a->signals->nout : 0;
}

const ls_signal *ls_analysis_signal(const ls_analysis *a, size_t i)
{
    return i < ls_analysis_signal_count(a) ? &a->signals->out[i].pub : NULL;
}
