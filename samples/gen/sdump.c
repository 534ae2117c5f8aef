/* leakscope-gen — SQL dumps (mysqldump, pg_dump) and JSON exports (mongoexport) with their
 * truth.
 *
 * The same construction as the csv path (main.c): base records are pairwise distinct even
 * after normalisation (the people table and documents carry a unique customer number, the
 * orders table a unique order id); an exact duplicate repeats an earlier record's values;
 * a near duplicate equals an earlier base record after normalisation and differs as values
 * from every other record (tracked in a hash set); malformed records (--messy) are base
 * records emitted once and never copied. So, per table,
 *   unique_records = records - exact_duplicates,
 *   unique_records_normalized = records - exact_duplicates - near_duplicates = base records.
 * A record's identity includes its table; tables never share a record. */
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "gen.h"

#define MESSY_BAD   0.002 /* malformed records among base records */
#define MESSY_BLANK 0.002 /* jsonl: a blank line after a record */
#define SIZE_SHARE  0.8   /* --size with two tables: the first table's share of the bytes */
#define DOC_RESERVE (64u << 10)

enum { K_BASE, K_DUP, K_NEAR };

typedef struct {
    uint64_t b, pseed; /* a near duplicate: base record and perturbation seed */
} nref_t;

static const char *prog = "leakscope-gen";

/* ---- small helpers ------------------------------------------------------------------------ */
typedef struct {
    uint64_t *w;
    size_t nwords;
} bits_t;

/* Set bit i, growing the map as needed (exits on out of memory, like the rest of the tool). */
static void bits_set(bits_t *m, uint64_t i)
{
    size_t k = (size_t)(i / 64);
    if (k >= m->nwords) {
        size_t n = m->nwords ? m->nwords : 1024;
        while (n <= k)
            n *= 2;
        uint64_t *w = realloc(m->w, n * sizeof(uint64_t));
        if (!w) {
            fprintf(stderr, "%s: out of memory\n", prog);
            exit(1);
        }
        memset(w + m->nwords, 0, (n - m->nwords) * sizeof(uint64_t));
        m->w = w;
        m->nwords = n;
    }
    m->w[k] |= 1ULL << (i % 64);
}

/* Is bit i set? (bits past the end are clear) */
static bool bits_get(const bits_t *m, uint64_t i)
{
    size_t k = (size_t)(i / 64);
    return k < m->nwords && (m->w[k] >> (i % 64)) & 1;
}

/* Selection sampling: true for exactly `*left` of the `slots` remaining draws. */
static bool draw_exact(rng_t *R, uint64_t *left, uint64_t slots)
{
    if (*left == 0 || slots == 0) return false;
    if (rng_below64(R, slots) < *left) {
        (*left)--;
        return true;
    }
    return false;
}

/* Same field values, byte for byte? */
static bool rec_same(const rec_t *a, const rec_t *b)
{
    if (a->nf != b->nf) return false;
    for (int i = 0; i < a->nf; i++)
        if (a->len[i] != b->len[i] || memcmp(rec_field(a, i), rec_field(b, i), a->len[i]))
            return false;
    return true;
}

/* Can gen_perturb change this record? (its eligibility rule: a non-empty value of a column
 * that allows case or space changes, without newline, double quote or delimiter) */
static bool perturbable(const gen_t *g, const rec_t *r)
{
    for (int i = 0; i < r->nf && i < g->ncols; i++) {
        const char *s = rec_field(r, i);
        size_t n = r->len[i];
        if (n && (g->cols[i].flags & (CF_CASE | CF_SPACE | CF_INNER)) && !memchr(s, '\n', n) &&
            !memchr(s, '"', n) && !memchr(s, g->delim, n))
            return true;
    }
    return false;
}

/* Types whose values carry a check digit (their invalid values are counted). */
static bool is_checksum_type(enum coltype t)
{
    return t == T_NIR || t == T_IBAN || t == T_CARD || t == T_NHS;
}

/* ---- run state ---------------------------------------------------------------------------- */
typedef struct {
    uint64_t n, dup, near, base, bad, blank;
} plan_t;

typedef struct {
    uint64_t records, malformed, exact_dups, near_dups, bases, multiline, statements;
    uint64_t bad_trunc, bad_comma; /* jsonl malformed kinds */
    uint64_t values[GEN_MAX_FIELDS], invalid[GEN_MAX_FIELDS], unique[GEN_MAX_FIELDS];
    uint64_t nulls[GEN_MAX_FIELDS], empties[GEN_MAX_FIELDS], present[GEN_MAX_FIELDS];
    uint64_t referenced; /* orders: distinct people referred to */
    uint64_t v_sum;
    hset_t v_exact, v_norm;
} ttab_t;

typedef struct {
    const sopts_t *o;
    const gen_t *g;
    gen_t go; /* the orders table as a gen_t (near-duplicate perturbation) */
    out_t out;
    rng_t R;
    bool sql, json;
    tabdef_t tabs[2];
    int ntables;
    plan_t plan[2];
    ttab_t t[2];
    bits_t special, referenced;
    uint64_t npeople; /* base records of the first table */
    sqlw_t w;
    uint64_t docs, blank_lines, bytes;
    rec_t base, work;
    gsubj_t subj; /* distinct data subjects (subjects.c) */
} sctx_t;

/* Customer of order o: a non-malformed person of the first table, the lower numbers (older
 * customers) ordering more. A pure function of (seed, o) once the first table is written. */
static uint64_t order_person(const sctx_t *c, uint64_t o)
{
    rng_t R;
    rng_seed(&R, mix64(c->g->base_key ^ 0x637573746f6d6572ULL) + o * 0x9e3779b97f4a7c15ULL);
    for (;;) {
        double u = rng_unit(&R);
        uint64_t b = (uint64_t)(u * u * (double)c->npeople);
        if (b < c->npeople && !bits_get(&c->special, b)) return b;
    }
}

/* Base record b of table ti. */
static void make_base(const sctx_t *c, int ti, uint64_t b, rec_t *r, meta_t *m)
{
    if (ti == 0)
        gen_base(c->g, b, r, m);
    else
        gen_order(c->g, b, order_person(c, b), r, m);
}

/* The record's identity for --verify (and the emitted-values check): table, then per value
 * its kind (NULL, string, number) and bytes; JSON: per present path, path, kind, bytes. */
static h128_t srec_hash(const sctx_t *c, int ti, const rec_t *r, bool normalized)
{
    static char tmp[GEN_REC_CAP];
    const coldef_t *cols = c->tabs[ti].cols;
    vh_t h;
    vh_init(&h);
    vh_kind(&h, VK_TABLE + (uint64_t)ti);
    for (int i = 0; i < r->nf; i++) {
        const char *s = rec_field(r, i);
        size_t n = r->len[i];
        int kind;
        if (c->json) {
            if (!n) continue;
            vh_kind(&h, VK_PATH);
            vh_field(&h, cols[i].name, strlen(cols[i].name));
            kind = c->g->jkind[i] == JK_NUM || c->g->jkind[i] == JK_LONG ? VK_NUM : VK_STR;
        } else {
            if (!n && sql_col_nullable(&cols[i])) {
                vh_kind(&h, VK_NULL);
                continue;
            }
            kind = n && sql_col_numeric(&cols[i]) ? VK_NUM : VK_STR;
        }
        vh_kind(&h, (uint64_t)kind);
        if (normalized) {
            n = norm_field(s, n, tmp);
            s = tmp;
        }
        vh_field(&h, s, n);
    }
    return vh_final(&h);
}

/* Exact counts for --records: duplicates, near duplicates, malformed and blank lines. */
static int make_plan(const sopts_t *o, uint64_t n, bool messy, bool blanks, plan_t *p)
{
    memset(p, 0, sizeof(*p));
    p->n = n;
    p->dup = (uint64_t)llround((double)n * o->dup);
    p->near = (uint64_t)llround((double)n * o->near);
    if (p->dup + p->near >= n) return -1;
    p->base = n - p->dup - p->near;
    if (messy) {
        p->bad = (uint64_t)fmax(2, llround((double)p->base * MESSY_BAD));
        if (p->bad > (p->base - 1) / 2) p->bad = (p->base - 1) / 2;
        if (blanks) {
            p->blank = (uint64_t)fmax(3, llround((double)n * MESSY_BLANK));
            if (p->blank > n - 1) p->blank = n - 1;
        }
    }
    return 0;
}

/* ---- emission ----------------------------------------------------------------------------- */
/* Write one record; bad: as a malformed record (SQL: a value left out; jsonl: a line cut
 * short or with a trailing comma). */
static void emit(sctx_t *c, int ti, const rec_t *r, bool bad)
{
    if (c->sql) {
        sql_tuple(&c->out, &c->w, &c->tabs[ti], r, bad ? 1 : -1);
        return;
    }
    bool array = c->g->format == FMT_JSON;
    if (array && c->docs)
        out_write(&c->out, c->o->single_line ? "," : ",\n", c->o->single_line ? 1 : 2);
    out_reserve(&c->out, DOC_RESERVE);
    size_t start = c->out.len;
    json_doc(&c->out, c->g, r, c->o->pretty);
    if (bad) {
        if (rng_below(&c->R, 2)) { /* cut mid-document, not inside a UTF-8 sequence */
            size_t len = c->out.len - start;
            size_t cut = start + len * (40 + rng_below(&c->R, 31)) / 100;
            while (cut > start + 1 && ((unsigned char)c->out.buf[cut] & 0xC0) == 0x80)
                cut--;
            c->out.len = cut;
            c->t[ti].bad_trunc++;
        } else { /* {...,} */
            c->out.len--;
            out_write(&c->out, ",}", 2);
            c->t[ti].bad_comma++;
        }
    }
    if (!array) out_putc(&c->out, '\n');
    c->docs++;
}

/* Count a written record in the truth (and the emitted-values sets with --verify). */
static void account(sctx_t *c, int ti, const rec_t *r, const meta_t *m, bool bad)
{
    ttab_t *t = &c->t[ti];
    const coldef_t *cols = c->tabs[ti].cols;
    t->records++;
    if (bad) {
        t->malformed++;
        return;
    }
    gsubj_add(&c->subj, cols, c->tabs[ti].ncols, r, m);
    t->multiline += m->multiline;
    for (int j = 0; j < r->nf; j++) {
        if (!r->len[j]) {
            if (c->sql) {
                if (sql_col_nullable(&cols[j]))
                    t->nulls[j]++;
                else
                    t->empties[j]++;
            }
            continue;
        }
        t->values[j]++;
        if (is_checksum_type(cols[j].type) && !m->valid[j]) t->invalid[j]++;
        /* a path is present once per record: counted on its first column (phones[]) when
         * this is its first non-empty value */
        int first = j;
        while (first > 0 && !strcmp(cols[first - 1].name, cols[j].name))
            first--;
        bool seen = false;
        for (int k = first; k < j; k++)
            seen |= r->len[k] != 0;
        if (!seen) t->present[first]++;
    }
    if (c->o->verify) {
        h128_t h = srec_hash(c, ti, r, false);
        t->v_sum += h.lo;
        hset_insert(&t->v_exact, h);
        hset_insert(&t->v_norm, srec_hash(c, ti, r, true));
    }
}

/* Generate table ti: plan counts in --records mode, until `limit` output bytes in --size
 * mode. Returns 0 or an exit status. */
static int gen_table(sctx_t *c, int ti, uint64_t limit)
{
    const sopts_t *o = c->o;
    const gen_t *gp = ti == 0 ? c->g : &c->go;
    ttab_t *t = &c->t[ti];
    plan_t left = c->plan[ti];
    uint64_t N = left.n;
    bool messy = o->messy && ti == 0;
    bool blanks = messy && c->g->format == FMT_JSONL;
    nref_t *nears = NULL;
    size_t n_nears = 0, cap_nears = 0;
    hset_t near_set;
    hset_init(&near_set);
    rec_t *base = &c->base, *work = &c->work;
    uint64_t nbase = 0;
    int rc = 0;
    for (uint64_t i = 0;; i++) {
        if (o->by_size ? (i > 0 && out_bytes(&c->out) >= limit) : i == N) break;
        if (c->out.err) break;
        int kind = K_BASE;
        if (i == 0) {
            if (!o->by_size) left.base--;
        } else if (o->by_size) {
            double u = rng_unit(&c->R);
            kind = u < o->dup ? K_DUP : u < o->dup + o->near ? K_NEAR : K_BASE;
        } else {
            uint64_t u = rng_below64(&c->R, left.dup + left.near + left.base);
            if (u < left.dup) {
                kind = K_DUP;
                left.dup--;
            } else if (u < left.dup + left.near) {
                kind = K_NEAR;
                left.near--;
            } else {
                left.base--;
            }
        }
        meta_t meta;
        const rec_t *out = base;
        bool bad = false;
        if (kind == K_BASE) {
            uint64_t b = nbase++;
            if (b >= GEN_MAX_PEOPLE) {
                fprintf(stderr, "%s: more than %llu distinct records: identifiers would repeat\n",
                        prog, (unsigned long long)GEN_MAX_PEOPLE);
                rc = 1;
                break;
            }
            make_base(c, ti, b, base, &meta);
            if (messy && b > 0)
                bad = o->by_size ? rng_chance(&c->R, MESSY_BAD)
                                 : draw_exact(&c->R, &left.bad, left.base + 1);
            if (bad) {
                bits_set(&c->special, b);
            } else if (ti == 0) {
                for (int j = 0; j < base->nf; j++)
                    if ((c->tabs[ti].cols[j].flags & CF_UNIQUE) && base->len[j] && meta.valid[j])
                        t->unique[j]++;
            } else {
                uint64_t p = order_person(c, b);
                if (!bits_get(&c->referenced, p)) {
                    bits_set(&c->referenced, p);
                    t->referenced++;
                    for (int j = 0; j < base->nf; j++)
                        if ((c->tabs[ti].cols[j].flags & CF_UNIQUE) && base->len[j] &&
                            meta.valid[j])
                            t->unique[j]++;
                }
            }
            t->bases++;
        } else if (kind == K_DUP) {
            if (n_nears && rng_below(&c->R, 10) == 0) { /* a copy of an earlier near duplicate */
                const nref_t *nr = &nears[rng_below64(&c->R, n_nears)];
                make_base(c, ti, nr->b, work, &meta);
                gen_perturb(gp, base, work, nr->pseed);
            } else {
                uint64_t b;
                do
                    b = rng_below64(&c->R, nbase);
                while (ti == 0 && bits_get(&c->special, b));
                make_base(c, ti, b, base, &meta);
            }
            t->exact_dups++;
        } else {
            uint64_t b;
            for (int tries = 0;; tries++) {
                b = rng_below64(&c->R, nbase);
                if (ti == 0 && bits_get(&c->special, b)) continue;
                make_base(c, ti, b, base, &meta);
                if (perturbable(gp, base)) break;
                if (tries > 100000) {
                    fprintf(stderr, "%s: internal error: no record to near-duplicate\n", prog);
                    rc = 1;
                    goto done;
                }
            }
            for (int attempt = 0;; attempt++) {
                uint64_t pseed = rng_next(&c->R);
                gen_perturb(gp, work, base, pseed);
                if (!rec_same(work, base) && hset_insert(&near_set, hash_rec_construct(work))) {
                    if (n_nears == cap_nears) {
                        cap_nears = cap_nears ? cap_nears * 2 : 1024;
                        nref_t *nn = realloc(nears, cap_nears * sizeof(*nears));
                        if (!nn) {
                            fprintf(stderr, "%s: out of memory\n", prog);
                            rc = 1;
                            goto done;
                        }
                        nears = nn;
                    }
                    nears[n_nears].b = b;
                    nears[n_nears].pseed = pseed;
                    n_nears++;
                    break;
                }
                if (attempt > 1000) {
                    fprintf(stderr, "%s: internal error: no fresh near-duplicate variant\n", prog);
                    rc = 1;
                    goto done;
                }
            }
            out = work;
            t->near_dups++;
        }
        emit(c, ti, out, bad);
        account(c, ti, out, &meta, bad);
        if (blanks) {
            bool blank = o->by_size ? rng_chance(&c->R, MESSY_BLANK)
                                    : (i + 1 < N && draw_exact(&c->R, &left.blank, N - 1 - i));
            if (blank) {
                out_putc(&c->out, '\n');
                c->blank_lines++;
            }
        }
    }
done:
    free(nears);
    hset_free(&near_set);
    return rc;
}

/* ---- truth -------------------------------------------------------------------------------- */
/* A JSON string literal. */
static void jstr(FILE *f, const char *s)
{
    fputc('"', f);
    for (; *s; s++) {
        unsigned char ch = (unsigned char)*s;
        if (ch == '"' || ch == '\\')
            fprintf(f, "\\%c", ch);
        else if (ch == '\n')
            fputs("\\n", f);
        else if (ch < 0x20)
            fprintf(f, "\\u%04x", ch);
        else
            fputc(ch, f);
    }
    fputc('"', f);
}

/* The --format name of an SQL or JSON format. */
static const char *fmt_label(enum gen_format f)
{
    return f == FMT_MYSQL      ? "mysql"
           : f == FMT_POSTGRES ? "postgres"
           : f == FMT_JSONL    ? "jsonl"
                               : "json";
}

/* The --locale name. */
static const char *loc_label(enum gen_locale l)
{
    return l == LOC_UK ? "uk" : l == LOC_MIXED ? "mixed" : "fr";
}

static const char *const sql_record_def =
    "one tuple of an INSERT ... VALUES list, or one data line of a COPY ... FROM stdin block; "
    "DDL, SET, LOCK, comment and blank lines are not records. Column counts (values, nulls, "
    "empty, valid, unique) exclude malformed records.";
static const char *const sql_dup_def =
    "two records are equal when they belong to the same table and their parsed values are "
    "equal in order: strings unescaped, numbers as written, NULL different from the empty "
    "string. An exact duplicate repeats a whole tuple, its id included (the dump would not "
    "reload under the PRIMARY KEY, as with concatenated exports). unique_records_normalized "
    "compares values after trimming spaces/tabs/CR/LF, collapsing inner whitespace and ASCII "
    "+ Latin-1 case folding (NULL stays NULL). A malformed record is distinct from every other "
    "record. Malformed tuples (--messy) leave out their second value: (57,,'Martin',...) in "
    "INSERTs, a line one column short in COPY.";
static const char *const json_record_def =
    "one document: a line (jsonl) or an element of the top-level array (json); blank lines "
    "are not records. A column is a field path (address.zip; array elements share the path "
    "phones[]); extended JSON is unwrapped ($oid and $date give strings, $numberLong a "
    "number). A path's records are the documents that have it, its values one per value "
    "(per array element). Optional fields are omitted when empty. Column counts exclude "
    "malformed records.";
static const char *const json_dup_def =
    "a record is the list of (path, value) pairs of its document, in order; exact duplicates "
    "are identical documents. Real exports give every document its own _id, which would make "
    "every record unique: here an exactly or nearly duplicated document keeps the _id of its "
    "original (a re-exported copy of the same document). unique_records_normalized compares "
    "values after trimming spaces/tabs/CR/LF, collapsing inner whitespace and ASCII + "
    "Latin-1 case folding. A malformed line is distinct from every other record.";

/* How a JSON field is written, for the truth's json_type. */
static const char *jkind_label(int k)
{
    static const char *const n[] = {"string", "number", "$oid", "$date", "$numberLong"};
    return n[k];
}

/* Per-type totals over every table or path, in order of first appearance. */
typedef struct {
    int order[T_COUNT], n;
    bool seen[T_COUNT], has_unique[T_COUNT], checksum[T_COUNT];
    uint64_t values[T_COUNT], invalid[T_COUNT], unique[T_COUNT];
    char labels[T_COUNT][512];
} typesum_t;

/* Add one column's counts to its type's totals (unique: columns whose values are a
 * subset of another's add nothing). */
static void typesum_add(typesum_t *ts, const coldef_t *c, const char *table, uint64_t values,
                        uint64_t invalid, uint64_t unique)
{
    enum coltype ty = c->type;
    if (ty == T_OID) return; /* the document key is not a data category */
    if (!ts->seen[ty]) {
        ts->seen[ty] = true;
        ts->order[ts->n++] = (int)ty;
    }
    char *l = ts->labels[ty];
    size_t used = strlen(l);
    snprintf(l + used, sizeof(ts->labels[ty]) - used, "%s\"%s%s%s\"", used ? "," : "",
             table ? table : "", table ? "." : "", c->name);
    ts->values[ty] += values;
    ts->invalid[ty] += invalid;
    ts->checksum[ty] = is_checksum_type(ty);
    if (c->flags & CF_UNIQUE) {
        ts->has_unique[ty] = true;
        if (!(c->flags & CF_SUBSET)) ts->unique[ty] += unique;
    }
}

/* The counts one column (SQL) or path (JSON: columns j.. sharing its name) adds up to. */
static void col_counts(const sctx_t *c, int ti, int j, int *end, uint64_t *values,
                       uint64_t *invalid, uint64_t *unique)
{
    const tabdef_t *tb = &c->tabs[ti];
    const ttab_t *t = &c->t[ti];
    int k = j;
    *values = *invalid = *unique = 0;
    do {
        *values += t->values[k];
        *invalid += t->invalid[k];
        *unique += t->unique[k];
        k++;
    } while (c->json && k < tb->ncols && !strcmp(tb->cols[k].name, tb->cols[j].name));
    *end = k;
}

/* Write the truth JSON (mode 0600); returns 0 or an errno. */
static int write_truth(const char *path, const sctx_t *c)
{
    const sopts_t *o = c->o;
    const gen_t *g = c->g;
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0) return errno;
    (void)fchmod(fd, 0600);
    FILE *f = fdopen(fd, "w");
    if (!f) {
        int e = errno;
        close(fd);
        return e;
    }
    uint64_t rec = 0, bad = 0, dup = 0, near = 0, ml = 0, inv = 0, nulls = 0, empt = 0, st = 0;
    for (int ti = 0; ti < c->ntables; ti++) {
        const ttab_t *t = &c->t[ti];
        rec += t->records;
        bad += t->malformed;
        dup += t->exact_dups;
        near += t->near_dups;
        ml += t->multiline;
        st += t->statements;
        for (int j = 0; j < c->tabs[ti].ncols; j++) {
            inv += t->invalid[j];
            nulls += t->nulls[j];
            empt += t->empties[j];
        }
    }
    fprintf(f, "{\"generator\":\"leakscope-gen\",\"generator_version\":\"%s\",", GEN_VERSION);
    fprintf(f,
            "\"seed\":%" PRIu64 ",\"format\":\"%s\",\"locale\":\"%s\",\"encoding\":\"utf-8\","
            "\"line_endings\":\"lf\",",
            g->seed, fmt_label(g->format), loc_label(g->locale));
    if (c->sql) {
        const char *layout = c->w.style == SQL_MYSQL     ? "extended_insert"
                             : c->w.style == SQL_PG_COPY ? "copy"
                                                         : "inserts";
        fprintf(f, "\"dialect\":\"%s\",\"layout\":\"%s\",",
                g->format == FMT_MYSQL ? "mysql" : "postgres", layout);
        if (c->w.style != SQL_PG_COPY)
            fprintf(f, "\"tuples_per_insert\":%" PRIu64 ",", c->w.per_stmt);
        fprintf(f, "\"tables_count\":%d,", c->ntables);
    } else {
        fprintf(f, "\"layout\":\"%s\",\"object_ids\":%s,",
                g->format == FMT_JSONL ? "lines"
                : o->pretty            ? "array_pretty"
                : o->single_line       ? "array_one_line"
                                       : "array_element_per_line",
                g->no_oid ? "false" : "true");
    }
    fputs("\n \"record\":", f);
    jstr(f, c->sql ? sql_record_def : json_record_def);
    fputs(",\n \"duplicates\":", f);
    jstr(f, c->sql ? sql_dup_def : json_dup_def);
    fprintf(f, ",\n \"bytes\":%" PRIu64 ",\"records\":%" PRIu64 ",\"malformed\":%" PRIu64, c->bytes,
            rec, bad);
    if (c->sql) {
        fprintf(f, ",\"malformed_kinds\":{\"%s\":%" PRIu64 "}",
                c->w.style == SQL_PG_COPY ? "missing_column" : "missing_value", bad);
    } else {
        fprintf(f,
                ",\"malformed_kinds\":{\"truncated_line\":%" PRIu64 ",\"trailing_comma\":%" PRIu64
                "},\"blank_lines\":%" PRIu64,
                c->t[0].bad_trunc, c->t[0].bad_comma, c->blank_lines);
    }
    fprintf(f,
            ",\n \"exact_duplicates\":%" PRIu64 ",\"near_duplicates\":%" PRIu64
            ",\"unique_records\":%" PRIu64 ",\"duplicate_records\":%" PRIu64
            ",\"unique_records_normalized\":%" PRIu64 ",\"people\":%" PRIu64 ",\n",
            dup, near, rec - dup, dup, rec - dup - near, c->t[0].bases);
    fputc(' ', f);
    gsubj_write(f, &c->subj);
    fputs(",\n", f);
    fprintf(f, " \"multiline_records\":%" PRIu64 ",\"invalid_values\":%" PRIu64, ml, inv);
    if (c->sql) {
        fprintf(f, ",\"null_values\":%" PRIu64 ",\"empty_strings\":%" PRIu64, nulls, empt);
        fprintf(f, ",\"statements\":{\"create_table\":%d,\"%s\":%" PRIu64 "}", c->ntables,
                c->w.style == SQL_PG_COPY ? "copy" : "insert", st);
    }
    fputs(",\n", f);

    typesum_t *ts = calloc(1, sizeof(*ts));
    if (!ts) {
        fclose(f);
        return ENOMEM;
    }
    fputs(c->sql ? " \"tables\":[" : " \"paths\":[", f);
    for (int ti = 0; ti < c->ntables; ti++) {
        const tabdef_t *tb = &c->tabs[ti];
        const ttab_t *t = &c->t[ti];
        if (c->sql) {
            fprintf(f,
                    "%s\n  {\"name\":\"%s\",\"records\":%" PRIu64 ",\"malformed\":%" PRIu64
                    ",\"exact_duplicates\":%" PRIu64 ",\"near_duplicates\":%" PRIu64
                    ",\"unique_records\":%" PRIu64 ",\"unique_records_normalized\":%" PRIu64
                    ",\"%s\":%" PRIu64 ",\"%s\":%" PRIu64 ",\n   \"columns\":[",
                    ti ? "," : "", tb->name, t->records, t->malformed, t->exact_dups, t->near_dups,
                    t->records - t->exact_dups, t->records - t->exact_dups - t->near_dups,
                    c->w.style == SQL_PG_COPY ? "copy_blocks" : "insert_statements", t->statements,
                    ti ? "people_referenced" : "people", ti ? t->referenced : t->bases);
        }
        for (int j = 0; j < tb->ncols;) {
            const coldef_t *cd = &tb->cols[j];
            uint64_t values, invalid, unique;
            int end;
            col_counts(c, ti, j, &end, &values, &invalid, &unique);
            if (c->sql) {
                fprintf(f, "%s\n    {\"name\":", j ? "," : "");
                jstr(f, cd->name);
                fprintf(f,
                        ",\"index\":%d,\"sql_type\":\"%s\",\"type\":\"%s\",\"values\":%" PRIu64
                        ",\"nulls\":%" PRIu64 ",\"empty\":%" PRIu64,
                        j, sql_col_type(cd, j, g->format == FMT_POSTGRES), gen_type_names[cd->type],
                        values, t->nulls[j], t->empties[j]);
            } else {
                fprintf(f, "%s\n  {\"path\":", j ? "," : "");
                jstr(f, cd->name);
                fprintf(f,
                        ",\"json_type\":\"%s\",\"type\":\"%s\",\"records\":%" PRIu64
                        ",\"values\":%" PRIu64,
                        jkind_label(g->jkind[j]), gen_type_names[cd->type], t->present[j], values);
            }
            fprintf(f, ",\"valid\":%" PRIu64, values - invalid);
            if (is_checksum_type(cd->type)) fprintf(f, ",\"invalid\":%" PRIu64, invalid);
            if (cd->flags & CF_UNIQUE) fprintf(f, ",\"unique\":%" PRIu64, unique);
            if (cd->flags & CF_SUBSET)
                fprintf(f, ",\"subset_of\":\"%s.%s\"", tb->parent->name, cd->name);
            fputc('}', f);
            typesum_add(ts, cd, c->sql ? tb->name : NULL, values, invalid, unique);
            j = end;
        }
        if (c->sql) fputs("]}", f);
    }
    fputs("],\n \"types\":{", f);
    for (int k = 0; k < ts->n; k++) {
        int ty = ts->order[k];
        fprintf(f, "%s\n  \"%s\":{\"columns\":[%s],\"values\":%" PRIu64 ",\"valid\":%" PRIu64,
                k ? "," : "", gen_type_names[ty], ts->labels[ty], ts->values[ty],
                ts->values[ty] - ts->invalid[ty]);
        if (ts->checksum[ty]) fprintf(f, ",\"invalid\":%" PRIu64, ts->invalid[ty]);
        if (ts->has_unique[ty]) fprintf(f, ",\"unique\":%" PRIu64, ts->unique[ty]);
        fputc('}', f);
    }
    free(ts);
    fprintf(f,
            "},\n \"options\":{\"dup_rate\":%.6g,\"near_dup_rate\":%.6g,\"multiline_rate\":%.6g,"
            "\"escape_rate\":%.6g,\"invalid_rate\":%.6g,\"messy\":%s}}\n",
            o->dup, o->near, o->multiline, o->escape, o->invalid, o->messy ? "true" : "false");
    int err = 0;
    if (ferror(f)) err = EIO;
    if (fclose(f) != 0 && !err) err = errno ? errno : EIO;
    return err;
}

/* ---- run ---------------------------------------------------------------------------------- */
/* Compare the recounts with the truth; prints each disagreement; returns the number. */
static int check(const char *what, int ti, uint64_t got, uint64_t want)
{
    if (got == want) return 0;
    fprintf(stderr, "%s: verify: table %d: %s: recounted %" PRIu64 ", truth says %" PRIu64 "\n",
            prog, ti, what, got, want);
    return 1;
}

/* --verify: the emitted-values sets, then (for a file) an independent re-read; returns the
 * number of disagreements. */
static int verify_run(sctx_t *c)
{
    int bad = 0;
    for (int ti = 0; ti < c->ntables; ti++) {
        const ttab_t *t = &c->t[ti];
        bad += check("unique_records (emitted values)", ti, t->v_exact.count + t->malformed,
                     t->records - t->exact_dups);
        bad += check("unique_records_normalized (emitted values)", ti,
                     t->v_norm.count + t->malformed, t->records - t->exact_dups - t->near_dups);
        bad += check("base records", ti, t->bases, t->records - t->exact_dups - t->near_dups);
    }
    if (strcmp(c->o->out, "-") == 0) return bad;
    svstats_t st;
    char msg[256];
    if (verify_structured(c->o->out, c->g, c->tabs, c->ntables, c->w.style, &st, msg,
                          sizeof(msg)) != 0) {
        fprintf(stderr, "%s: verify: %s\n", prog, msg);
        return bad + 1;
    }
    uint64_t stmts = 0;
    for (int ti = 0; ti < c->ntables; ti++) {
        const ttab_t *t = &c->t[ti];
        const vtab_t *v = &st.tab[ti];
        const tabdef_t *tb = &c->tabs[ti];
        stmts += t->statements;
        bad += check("records", ti, v->records, t->records);
        bad += check("malformed", ti, v->malformed, t->malformed);
        bad += check("unique_records", ti, v->unique_records, t->records - t->exact_dups);
        bad += check("unique_records_normalized", ti, v->unique_records_normalized,
                     t->records - t->exact_dups - t->near_dups);
        bad += check("value checksum (parsed vs generated)", ti, v->hash_sum, t->v_sum);
        uint64_t nulls = 0, empt = 0;
        for (int j = 0; j < tb->ncols;) {
            uint64_t values, invalid, unique;
            int end;
            col_counts(c, ti, j, &end, &values, &invalid, &unique);
            char what[96];
            snprintf(what, sizeof(what), "values of %s", tb->cols[j].name);
            bad += check(what, ti, v->values[j], values);
            nulls += t->nulls[j];
            empt += t->empties[j];
            j = end;
        }
        bad += check("NULL values", ti, v->nulls, nulls);
        bad += check("empty strings", ti, v->empties, empt);
    }
    bad += check("blank lines", 0, st.blank_lines, c->blank_lines);
    if (c->sql)
        bad += check(c->w.style == SQL_PG_COPY ? "COPY blocks" : "INSERT statements", 0,
                     st.statements, stmts);
    return bad;
}

/* Plan, write the dump table by table, verify, write the truth. Exit status: 0, 1 (I/O),
 * 2 (impossible plan), 3 (verify failed). */
int run_structured(const sopts_t *o, const gen_t *g)
{
    sctx_t *c = calloc(1, sizeof(*c));
    if (!c) {
        fprintf(stderr, "%s: out of memory\n", prog);
        return 1;
    }
    c->o = o;
    c->g = g;
    c->go = *g;
    c->go.cols = gen_order_cols;
    c->go.ncols = gen_order_ncols;
    c->go.jkind = NULL;
    c->sql = fmt_is_sql(g->format);
    c->json = !c->sql;
    rng_seed(&c->R, g->seed * 0x9e3779b97f4a7c15ULL + 0x243f6a8885a308d3ULL);
    c->ntables = c->sql ? o->tables : 1;
    c->tabs[0] = (tabdef_t){"people", g->cols, g->ncols, NULL, 0, 0};
    c->tabs[1] = (tabdef_t){"orders", gen_order_cols, gen_order_ncols, &c->tabs[0], 0, 0};
    c->w.style = g->format == FMT_MYSQL ? SQL_MYSQL : o->pg_inserts ? SQL_PG_INSERTS : SQL_PG_COPY;
    c->w.per_stmt = o->tuples_per_insert;
    int rc = 0;
    if (!o->by_size) {
        for (int ti = 0; ti < c->ntables; ti++) {
            uint64_t n = ti == 0           ? o->records
                         : o->records2_set ? o->records2
                                           : (uint64_t)fmax(1, llround((double)o->records / 2));
            if (make_plan(o, n, o->messy && ti == 0, g->format == FMT_JSONL, &c->plan[ti]) != 0) {
                fprintf(stderr,
                        "%s: %" PRIu64 " records leave no room for an original record at these "
                        "duplicate rates\n",
                        prog, n);
                free(c);
                return 2;
            }
            c->tabs[ti].next_id = c->plan[ti].base + 1;
        }
    }
    gsubj_init(&c->subj);
    for (int ti = 0; ti < c->ntables && o->verify; ti++) {
        hset_init(&c->t[ti].v_exact);
        hset_init(&c->t[ti].v_norm);
    }
    int e = out_open(&c->out, o->out);
    if (e) {
        fprintf(stderr, "%s: cannot create %s: %s\n", prog, o->out, strerror(e));
        free(c);
        return 1;
    }
    if (c->sql) sql_preamble(&c->out, c->w.style, c->tabs, c->ntables);
    if (g->format == FMT_JSON)
        out_write(&c->out, o->single_line ? "[" : "[\n", o->single_line ? 1 : 2);
    for (int ti = 0; ti < c->ntables && !rc; ti++) {
        uint64_t limit = ti + 1 < c->ntables ? (uint64_t)((double)o->size * SIZE_SHARE) : o->size;
        if (c->sql) sql_table_begin(&c->out, &c->w, &c->tabs[ti]);
        rc = gen_table(c, ti, limit);
        if (ti == 0) c->npeople = c->t[0].bases;
        c->tabs[ti].max_id = c->t[ti].bases;
        if (c->sql) {
            sql_table_end(&c->out, &c->w, &c->tabs[ti]);
            c->t[ti].statements = c->w.style == SQL_PG_COPY ? 1 : c->w.statements;
        }
    }
    if (c->sql) sql_postamble(&c->out, c->w.style, c->tabs, c->ntables);
    if (g->format == FMT_JSON)
        out_write(&c->out, o->single_line ? "]\n" : "\n]\n", o->single_line ? 2 : 3);
    c->bytes = out_bytes(&c->out);
    e = out_close(&c->out);
    if (!rc && e) {
        fprintf(stderr, "%s: write error on %s: %s\n", prog,
                strcmp(o->out, "-") ? o->out : "stdout", strerror(e));
        rc = 1;
    }
    if (!rc && o->verify) {
        if (verify_run(c)) {
            fprintf(stderr, "%s: verify FAILED: truth not written\n", prog);
            rc = 3;
        } else {
            uint64_t rec = 0, uniq = 0, norm = 0;
            for (int ti = 0; ti < c->ntables; ti++) {
                rec += c->t[ti].records;
                uniq += c->t[ti].records - c->t[ti].exact_dups;
                norm += c->t[ti].records - c->t[ti].exact_dups - c->t[ti].near_dups;
            }
            fprintf(stderr,
                    "%s: verify OK: %" PRIu64 " records, %" PRIu64 " unique, %" PRIu64
                    " unique after normalisation%s\n",
                    prog, rec, uniq, norm,
                    strcmp(o->out, "-") ? " (file re-parsed)" : " (emitted values only)");
        }
    }
    if (!rc && o->truth) {
        e = write_truth(o->truth, c);
        if (e) {
            fprintf(stderr, "%s: cannot write %s: %s\n", prog, o->truth, strerror(e));
            rc = 1;
        }
    }
    gsubj_free(&c->subj);
    for (int ti = 0; ti < c->ntables && o->verify; ti++) {
        hset_free(&c->t[ti].v_exact);
        hset_free(&c->t[ti].v_norm);
    }
    free(c->special.w);
    free(c->referenced.w);
    free(c);
    return rc;
}
