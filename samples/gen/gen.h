/* leakscope-gen — synthetic leaked-dump generator (shared declarations).
 *
 * Every base person is a pure function of (seed, base index b): it can be regenerated
 * exactly, which is how exact and near duplicates are produced without keeping earlier
 * records in memory. Identifiers that matter for per-type unique counts (email, phone,
 * NIR, IBAN, card, NINO, NHS) are built from bijections of b, so they are distinct by
 * construction for b < GEN_MAX_PEOPLE. */
#ifndef LEAKSCOPE_GEN_H
#define LEAKSCOPE_GEN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#define GEN_VERSION    "1"
#define GEN_MAX_PEOPLE 100000000ULL /* distinct base people; identifier bijections cover this */

/* ---- PRNG: xoshiro256** seeded through splitmix64 ----------------------------------------- */
typedef struct {
    uint64_t s[4];
} rng_t;

static inline uint64_t splitmix64(uint64_t *x)
{
    uint64_t z = (*x += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

static inline uint64_t mix64(uint64_t z)
{
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

static inline void rng_seed(rng_t *r, uint64_t seed)
{
    for (int i = 0; i < 4; i++)
        r->s[i] = splitmix64(&seed);
}

static inline uint64_t rotl64(uint64_t x, int k)
{
    return (x << k) | (x >> (64 - k));
}

static inline uint64_t rng_next(rng_t *r)
{
    uint64_t *s = r->s;
    uint64_t result = rotl64(s[1] * 5, 7) * 9;
    uint64_t t = s[1] << 17;
    s[2] ^= s[0];
    s[3] ^= s[1];
    s[1] ^= s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = rotl64(s[3], 45);
    return result;
}

/* Uniform in [0, n) (n < 2^32), multiply-shift: bias below 2^-32, irrelevant here. */
static inline uint32_t rng_below(rng_t *r, uint32_t n)
{
    return (uint32_t)(((rng_next(r) >> 32) * (uint64_t)n) >> 32);
}

static inline uint64_t rng_below64(rng_t *r, uint64_t n)
{
    return rng_next(r) % n;
}

static inline double rng_unit(rng_t *r)
{
    return (double)(rng_next(r) >> 11) * 0x1.0p-53;
}

static inline bool rng_chance(rng_t *r, double p)
{
    return p > 0 && rng_unit(r) < p;
}

/* A keyed bijection of [0, domain): Feistel network plus cycle walking. */
uint64_t perm64(uint64_t x, uint64_t domain, uint64_t key);

/* ---- records: a list of field values built in one buffer ----------------------------------- */
#define GEN_MAX_FIELDS 24
#define GEN_REC_CAP    4096

typedef struct {
    int nf;
    uint32_t start; /* start of the field being built */
    uint32_t used;
    uint32_t off[GEN_MAX_FIELDS];
    uint32_t len[GEN_MAX_FIELDS];
    char buf[GEN_REC_CAP];
} rec_t;

static inline void rec_clear(rec_t *r)
{
    r->nf = 0;
    r->start = r->used = 0;
}

static inline void rec_put(rec_t *r, const char *s, size_t n)
{
    memcpy(r->buf + r->used, s, n);
    r->used += (uint32_t)n;
}

static inline void rec_putc(rec_t *r, char c)
{
    r->buf[r->used++] = c;
}

static inline void rec_puts(rec_t *r, const char *s)
{
    rec_put(r, s, strlen(s));
}

static inline const char *rec_field(const rec_t *r, int i)
{
    return r->buf + r->off[i];
}

void rec_putu(rec_t *r, uint64_t v);
void rec_putu_pad(rec_t *r, uint64_t v, int width); /* zero-padded to width digits */
void rec_endfield(rec_t *r);
void rec_addfield(rec_t *r, const char *s, size_t n);
void rec_copy(rec_t *dst, const rec_t *src);

/* ---- formats, locales, column types --------------------------------------------------------- */
enum gen_format {
    FMT_CSV,
    FMT_TSV,
    FMT_COMBO,
    FMT_LINES,
    FMT_MYSQL,    /* mysqldump: extended INSERTs */
    FMT_POSTGRES, /* pg_dump: COPY ... FROM stdin (or --inserts) */
    FMT_JSONL,    /* mongoexport: one document per line */
    FMT_JSON      /* mongoexport --jsonArray */
};

static inline bool fmt_is_sql(enum gen_format f)
{
    return f == FMT_MYSQL || f == FMT_POSTGRES;
}

static inline bool fmt_is_json(enum gen_format f)
{
    return f == FMT_JSONL || f == FMT_JSON;
}
enum gen_locale { LOC_FR, LOC_UK, LOC_MIXED };

enum coltype {
    T_ID,
    T_GENDER,
    T_FIRST,
    T_LAST,
    T_DOB,
    T_POB,
    T_NIR,
    T_EMAIL,
    T_PHONE,
    T_ADDR,
    T_POSTCODE,
    T_CITY,
    T_IBAN,
    T_CARD,
    T_NINO,
    T_NHS,
    T_FREE,
    T_PASSWORD,
    T_USERID,   /* customer number: people.id, orders.people_id, customer_id */
    T_OID,      /* MongoDB ObjectId (24 hex digits) */
    T_NUMBER,   /* other numbers (order id, amount, loyalty points) */
    T_IPV4,     /* dotted quad */
    T_DATETIME, /* 'YYYY-MM-DD HH:MM:SS' */
    T_COUNT
};

/* What a near-duplicate may change in a column (all changes vanish under normalisation). */
#define CF_CASE   1u  /* ASCII/Latin-1 case changes */
#define CF_SPACE  2u  /* extra leading/trailing spaces */
#define CF_INNER  4u  /* double an inner space */
#define CF_UNIQUE 8u  /* identifier: distinct per person by construction ("unique" in the truth) */
#define CF_SUBSET 16u /* (second table) every value also appears in the first table's column */

typedef struct {
    const char *name;
    enum coltype type;
    unsigned flags;
} coldef_t;

extern const char *const gen_type_names[T_COUNT];

/* Per generated record: which typed values carry a valid checksum. */
typedef struct {
    uint8_t valid[GEN_MAX_FIELDS];
    bool multiline;  /* some value holds an embedded newline */
    int comment_col; /* free-text column, -1 if none */
} meta_t;

/* How a JSON document writes a field (the field's name is its path: "address.zip" nests in
 * "address", "phones[]" is an element of the array "phones"). */
enum jkind { JK_STR, JK_NUM, JK_OID, JK_DATE, JK_LONG };

typedef struct {
    enum gen_format format;
    enum gen_locale locale;
    char delim;
    uint64_t seed;
    double multiline_rate, invalid_rate;
    double escape_rate; /* sql/json: free text with backslashes, tabs, control characters */
    bool no_oid;        /* json: documents without _id */
    const coldef_t *cols;
    int ncols;
    const uint8_t *jkind; /* json: enum jkind per column, else NULL */
    uint64_t base_key;    /* per-seed material for per-person streams */
    uint64_t keys[8];     /* permutation keys */
} gen_t;

void gen_init(gen_t *g);
/* Regenerate base person b (values as emitted for its original record). */
void gen_base(const gen_t *g, uint64_t b, rec_t *r, meta_t *m);
/* Regenerate order o of the second SQL table ("orders": id, people_id, email, ip_address,
 * created_at, amount) for customer b (a base person, whose e-mail it copies). */
void gen_order(const gen_t *g, uint64_t o, uint64_t b, rec_t *r, meta_t *m);
extern const coldef_t gen_order_cols[];
extern const int gen_order_ncols;
/* Fill a single-line comment (never contains the delimiter, quotes or newlines). */
void gen_simple_comment(const gen_t *g, rng_t *R, rec_t *r, bool uk);
/* Insert a stray double quote into a name value (O"Brien style); returns new field. */
void gen_stray_quote(rec_t *dst, const rec_t *src, int col);

/* ---- checksums and identifiers (ids.c) ----------------------------------------------------- */
int nir_key(const char body[13]);                   /* 1..97 */
int iban_check(const char *bban, const char cc[2]); /* 2..98 */
int luhn_check(const char *digits, size_t n);       /* check digit for payload */
int nhs_check(const char d[9]);                     /* 0..9, or 10 (unusable) */
int rib_key(uint64_t bank, uint64_t branch, uint64_t account);

/* ---- data tables (data.c) ------------------------------------------------------------------- */
typedef struct {
    const char *code; /* "01".."95", "2A", "2B", "971".."976" */
    const char *city; /* prefecture */
} dept_t;

typedef struct {
    const char *city;
    const char *postcode; /* base postcode */
    int arr;              /* >0: arrondissements 1..arr replace the last two digits */
} frcity_t;

typedef struct {
    const char *city;
    const char *const *districts; /* outward codes */
} ukcity_t;

#define LIST(x) x, (sizeof(x) / sizeof((x)[0]))
extern const char *const fr_first_m[], *const fr_first_f[], *const fr_last[];
extern const size_t n_fr_first_m, n_fr_first_f, n_fr_last;
extern const char *const uk_first_m[], *const uk_first_f[], *const uk_last[];
extern const size_t n_uk_first_m, n_uk_first_f, n_uk_last;
extern const dept_t fr_depts[];
extern const size_t n_fr_depts, n_fr_metro_depts;
extern const frcity_t fr_cities[];
extern const size_t n_fr_cities;
extern const ukcity_t uk_cities[];
extern const size_t n_uk_cities;
extern const char *const fr_street_types[], *const fr_street_names[];
extern const size_t n_fr_street_types, n_fr_street_names;
extern const char *const uk_streets[];
extern const size_t n_uk_streets;
extern const char *const fr_domains[], *const uk_domains[];
extern const size_t n_fr_domains, n_uk_domains;
extern const char *const fr_comments[], *const uk_comments[];
extern const size_t n_fr_comments, n_uk_comments;
extern const char *const fr_ml_head[], *const fr_ml_body[], *const fr_ml_quote[];
extern const size_t n_fr_ml_head, n_fr_ml_body, n_fr_ml_quote;
extern const char *const uk_ml_head[], *const uk_ml_body[], *const uk_ml_quote[];
extern const size_t n_uk_ml_head, n_uk_ml_body, n_uk_ml_quote;
extern const char *const common_passwords[];
extern const size_t n_common_passwords;
extern const char *const fr_banks[], *const uk_banks[];
extern const size_t n_fr_banks, n_uk_banks;
extern const char *const visa_bins[], *const mc_bins[], *const amex_bins[];
extern const size_t n_visa_bins, n_mc_bins, n_amex_bins;

/* ---- near duplicates (mutate.c) ------------------------------------------------------------- */
/* Build dst = src with a random near-duplicate perturbation drawn from pseed: equal after
 * normalisation, different as bytes. Deterministic in (src, pseed). */
void gen_perturb(const gen_t *g, rec_t *dst, const rec_t *src, uint64_t pseed);

/* ---- hashing of field lists ----------------------------------------------------------------- */
typedef struct {
    uint64_t lo, hi;
} h128_t;

/* Construction hash (tracking near-duplicate variants). */
h128_t hash_rec_construct(const rec_t *r);

/* Independent hash used only by --verify (different algorithm). */
typedef struct {
    uint64_t a, b, n;
} vh_t;
void vh_init(vh_t *h);
void vh_field(vh_t *h, const char *s, size_t n);
void vh_kind(vh_t *h, uint64_t kind); /* a marker word: value kind, table, path */
h128_t vh_final(const vh_t *h);

/* Set of 128-bit keys (open addressing). */
typedef struct {
    h128_t *slots;
    size_t cap, count;
} hset_t;
void hset_init(hset_t *s);
bool hset_insert(hset_t *s, h128_t k); /* true if newly inserted */
void hset_free(hset_t *s);

/* Normalise a field (trim spaces/tabs, collapse inner whitespace, ASCII+Latin-1 case fold)
 * into out (capacity >= n); returns the length. */
size_t norm_field(const char *s, size_t n, char *out);

/* ASCII/Latin-1 case mapping on UTF-8 text, in place. */
void utf8_upper(char *s, size_t n);
void utf8_lower(char *s, size_t n);

/* ---- distinct data subjects (subjects.c): the truth of leakscope's subject rule ---------- */
#define GSUBJ_RULES 7 /* fr_nir, uk_nino, uk_nhs, email, phone, name_dob, user_id */
typedef struct {
    hset_t keys[GSUBJ_RULES];
    uint64_t records[GSUBJ_RULES], subjects[GSUBJ_RULES];
} gsubj_t;
void gsubj_init(gsubj_t *s);
void gsubj_free(gsubj_t *s);
/* Count the record's subject key (r as written; m: which check digits are valid). */
void gsubj_add(gsubj_t *s, const coldef_t *cols, int ncols, const rec_t *r, const meta_t *m);
/* "subjects":N,"subjects_by_rule":{...} (no surrounding braces). */
#include <stdio.h>
void gsubj_write(FILE *f, const gsubj_t *s);

/* ---- buffered output (out.c) --------------------------------------------------------------- */
typedef struct {
    int fd;
    bool is_stdout;
    char *buf;
    size_t len, cap;
    uint64_t flushed; /* bytes already handed to write(2) */
    int err;          /* errno of the first failure */
} out_t;

int out_open(out_t *o, const char *path); /* "-" is stdout; files are created 0600 */
void out_write(out_t *o, const void *p, size_t n);
void out_reserve(out_t *o, size_t n); /* n contiguous free bytes in o->buf (n <= 8 MiB) */
static inline void out_putc(out_t *o, char c)
{
    if (o->len == o->cap)
        out_write(o, &c, 1);
    else
        o->buf[o->len++] = c;
}
static inline uint64_t out_bytes(const out_t *o)
{
    return o->flushed + o->len;
}
int out_close(out_t *o); /* flushes; returns 0 or an errno */
/* Write one record: fields joined by the delimiter, quote[i] chooses RFC 4180 quoting. */
void out_record(out_t *o, char delim, const rec_t *r, const uint8_t *quote, bool crlf);

/* ---- re-parse check (verify.c) ------------------------------------------------------------ */
typedef struct {
    uint64_t records, malformed, blank_lines, preamble_lines, footer_lines, crlf_lines;
    uint64_t multiline_records, unique_records, unique_records_normalized;
    uint64_t interior_nondata; /* non-record lines between records: never generated */
    uint64_t hash_sum;         /* sum of exact field-list hashes, to compare with generation */
    bool header_ok;
} vstats_t;

/* Re-read a written file with an independent parser; returns 0, or -1 with a message. */
int verify_file(const char *path, const gen_t *g, bool header, vstats_t *st, char *err,
                size_t errlen);
h128_t vh_record(const rec_t *r, bool normalized);

/* ---- SQL and JSON dumps (sdump.c, sqlout.c, jsonout.c, sverify.c) -------------------------- */
/* Value kinds hashed with vh_kind before each value: NULL differs from '' and 1 from '1'. */
enum { VK_NULL = 1, VK_STR, VK_NUM, VK_PATH, VK_TABLE = 16 };

typedef struct tabdef {
    const char *name;
    const coldef_t *cols;
    int ncols;
    const struct tabdef *parent; /* table its user_id columns refer to (foreign key), or NULL */
    uint64_t next_id;            /* mysql AUTO_INCREMENT when the DDL is written (0: unknown) */
    uint64_t max_id;             /* pg setval, after the data */
} tabdef_t;

/* Is column c of an SQL table written as an unquoted number? Empty values of nullable
 * columns are NULL, of the others ''. */
bool sql_col_numeric(const coldef_t *c);
bool sql_col_nullable(const coldef_t *c);
/* Declared type of column c at index i of its table (mysql or pg spelling). */
const char *sql_col_type(const coldef_t *c, int i, bool pg);

enum sql_style { SQL_MYSQL, SQL_PG_COPY, SQL_PG_INSERTS };

typedef struct {
    enum sql_style style;
    uint64_t per_stmt;   /* tuples per INSERT; 0: one statement per table */
    uint64_t in_stmt;    /* tuples already in the open INSERT */
    uint64_t statements; /* INSERT statements written for the current table */
} sqlw_t;

/* The dump's head: banner and SET lines; pg_dump also declares every table here. */
void sql_preamble(out_t *o, enum sql_style st, const tabdef_t *t, int ntables);
/* Before a table's rows: mysqldump's DROP/CREATE/LOCK, pg_dump's COPY line. */
void sql_table_begin(out_t *o, sqlw_t *w, const tabdef_t *t);
/* One row. bad_col >= 0 writes a malformed tuple: that value is left out (",,"). */
void sql_tuple(out_t *o, sqlw_t *w, const tabdef_t *t, const rec_t *r, int bad_col);
/* After a table's rows: closes the INSERT / COPY block. */
void sql_table_end(out_t *o, sqlw_t *w, const tabdef_t *t);
/* The dump's tail: pg_dump's setval, keys and indexes; the restoring SET lines. */
void sql_postamble(out_t *o, enum sql_style st, const tabdef_t *t, int ntables);

/* One mongoexport document (no line end). pretty: tab-indented, one member per line. */
void json_doc(out_t *o, const gen_t *g, const rec_t *r, bool pretty);

/* Options of an SQL or JSON run (parsed by main.c). */
typedef struct {
    uint64_t records, records2, size;
    bool by_size, records2_set;
    int tables;
    uint64_t tuples_per_insert;
    bool tuples_set, pg_inserts, pretty, single_line, messy, verify;
    double dup, near, multiline, invalid, escape;
    const char *out, *truth;
} sopts_t;

/* Generate the dump, verify it if asked, write the truth; returns the exit status. */
int run_structured(const sopts_t *o, const gen_t *g);

/* --verify for SQL and JSON dumps: what an independent reader of the file counts. */
typedef struct {
    uint64_t records, malformed, unique_records, unique_records_normalized, hash_sum;
    uint64_t nulls, empties;
    uint64_t values[GEN_MAX_FIELDS]; /* non-empty, non-NULL values per column */
} vtab_t;

typedef struct {
    vtab_t tab[2];
    uint64_t blank_lines, statements;
} svstats_t;

int verify_structured(const char *path, const gen_t *g, const tabdef_t *tabs, int ntables,
                      enum sql_style st, svstats_t *out, char *err, size_t errlen);

#endif
