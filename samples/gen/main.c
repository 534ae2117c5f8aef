/* leakscope-gen — writes realistic synthetic leaked dumps and a sidecar JSON with the TRUE
 * counts (records, malformed rows, exact and near duplicates, PII values by type).
 *
 * The truth is computed by construction:
 *   - base records (one per synthetic person) are pairwise distinct even after
 *     normalisation: csv/tsv carry a unique id column, combo/lines a unique number in the
 *     e-mail;
 *   - an exact duplicate repeats the field values of an earlier record (quoting may differ);
 *   - a near duplicate equals an earlier base record after normalisation but differs as bytes
 *     from every other record (variants are tracked in a hash set);
 *   - messy rows (extra/missing separator, stray quote) are only ever emitted once.
 * So unique_records = records - exact_duplicates and
 *    unique_records_normalized = records - exact_duplicates - near_duplicates = people.
 * --verify recounts all of this from the written bytes with an independent parser.
 * SQL (mysqldump, pg_dump) and JSON (mongoexport) dumps follow the same construction in
 * sdump.c; this file parses their options and hands them over. */
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "gen.h"

enum { EXIT_USAGE = 2, EXIT_VERIFY = 3 };

typedef struct {
    uint64_t records, size;
    bool by_size;
    enum gen_format format;
    enum gen_locale locale;
    int delim; /* -1: default */
    bool header;
    uint64_t seed;
    double dup, near, multiline, quote, invalid, escape;
    bool multiline_set, quote_set, escape_set, header_set;
    bool messy, verify;
    const char *out, *truth;
    /* sql / json */
    int tables;
    uint64_t orders, tuples_per_insert;
    bool orders_set, tuples_set, pg_inserts, pretty, single_line, no_oid;
} opts_t;

static const char *prog = "leakscope-gen";

static void usage(FILE *f)
{
    fprintf(f,
            "usage: %s [--records N | --size BYTES[k|M|G]]\n"
            "       [--format csv|tsv|combo|lines|mysql|postgres|jsonl|json]\n"
            "       [--delimiter C] [--no-header] [--seed S] [--dup-rate F] [--near-dup-rate F]\n"
            "       [--multiline-rate F] [--quote-rate F] [--invalid-rate F] [--messy]\n"
            "       [--locale fr|uk|mixed] [--verify] -o FILE|- [--truth FILE.json]\n"
            "  sql:  [--tables 1|2] [--orders N] [--tuples-per-insert N] [--pg-inserts]\n"
            "        [--escape-rate F]\n"
            "  json: [--pretty | --single-line] [--no-oid] [--escape-rate F]\n"
            "\n"
            "Writes a synthetic leaked dump (fictitious people only) and, with --truth, a JSON\n"
            "file with the true counts. Defaults: --records 1000, csv, fr, seed 1, dup 0.05,\n"
            "near-dup 0.02, multiline 0.002 (csv, sql, json) and quote 0.05 (csv only),\n"
            "invalid 0.002. Sizes use binary units (1G = 2^30 bytes). Output files are\n"
            "created mode 0600. --verify re-reads the output (or, for stdout, hashes the\n"
            "emitted values) and exits with status 3 if it disagrees with the constructed\n"
            "truth; it covers every format.\n"
            "\n"
            "mysql: a mysqldump file, table `people` (and with --tables 2 `orders`: id,\n"
            "  people_id, email, ip_address, created_at, amount; --orders N rows, default\n"
            "  half of --records; with --size the first table gets 80%% of the bytes).\n"
            "  --tuples-per-insert N tuples per extended INSERT (default 1000; 0: one INSERT\n"
            "  per table on one line).\n"
            "postgres: a pg_dump file with COPY ... FROM stdin blocks; --pg-inserts writes\n"
            "  pg_dump --inserts statements instead (--tuples-per-insert, default 1).\n"
            "jsonl: mongoexport documents, one per line. json: a mongoexport --jsonArray\n"
            "  array, one element per line (--single-line: all on one line as mongoexport\n"
            "  writes it; --pretty: tab-indented elements). --no-oid omits _id.\n"
            "--escape-rate F (sql, json; default 0.002): free text with backslashes, tabs,\n"
            "  CR LF, control characters, a NUL (not postgres) or quotes.\n"
            "--messy: csv/tsv preamble, blank lines, bad rows; mysql/postgres: malformed\n"
            "  tuples; jsonl: broken lines and blank lines (not json arrays).\n",
            prog);
}

__attribute__((format(printf, 1, 2), noreturn)) static void die_usage(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "%s: ", prog);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fprintf(stderr, "\nTry '%s --help'.\n", prog);
    exit(EXIT_USAGE);
}

static uint64_t parse_u64(const char *s, const char *what)
{
    char *e;
    errno = 0;
    if (!*s || *s == '-') die_usage("invalid %s", what);
    unsigned long long v = strtoull(s, &e, 10);
    if (errno || *e) die_usage("invalid %s", what);
    return v;
}

static uint64_t parse_size(const char *s)
{
    char *e;
    errno = 0;
    double v = strtod(s, &e);
    if (errno || e == s || v < 0) die_usage("invalid size '%s'", s);
    double mul = 1;
    switch (*e) {
    case 'k':
    case 'K':
        mul = 1024.0;
        e++;
        break;
    case 'm':
    case 'M':
        mul = 1024.0 * 1024;
        e++;
        break;
    case 'g':
    case 'G':
        mul = 1024.0 * 1024 * 1024;
        e++;
        break;
    case 't':
    case 'T':
        mul = 1024.0 * 1024 * 1024 * 1024;
        e++;
        break;
    default:
        break;
    }
    if (*e == 'B' || *e == 'b') e++;
    if (*e || v * mul < 1) die_usage("invalid size '%s'", s);
    return (uint64_t)(v * mul);
}

static double parse_rate(const char *s, const char *what)
{
    char *e;
    errno = 0;
    double v = strtod(s, &e);
    if (errno || e == s || *e || !(v >= 0 && v <= 1))
        die_usage("invalid %s (expected a fraction between 0 and 1)", what);
    return v;
}

static int parse_delim(const char *s)
{
    if (strcmp(s, "\\t") == 0 || strcmp(s, "tab") == 0 || strcmp(s, "\t") == 0) return '\t';
    if (strlen(s) != 1) die_usage("invalid delimiter '%s' (one character, or 'tab')", s);
    return (unsigned char)s[0];
}

static void parse_args(int argc, char **argv, opts_t *o)
{
    memset(o, 0, sizeof(*o));
    o->records = 1000;
    o->format = FMT_CSV;
    o->locale = LOC_FR;
    o->delim = -1;
    o->header = true;
    o->seed = 1;
    o->dup = 0.05;
    o->near = 0.02;
    o->multiline = 0.002;
    o->quote = 0.05;
    o->invalid = 0.002;
    o->escape = 0.002;
    o->tables = 1;
    bool have_records = false;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        const char *val = NULL;
        char name[64];
        const char *eq = strncmp(a, "--", 2) == 0 ? strchr(a, '=') : NULL;
        if (eq && (size_t)(eq - a) < sizeof(name)) {
            memcpy(name, a, (size_t)(eq - a));
            name[eq - a] = 0;
            val = eq + 1;
            a = name;
        }
#define FLAG(s) (strcmp(a, s) == 0)
#define VALUE()                                                                                    \
    (val ? val : (i + 1 < argc ? argv[++i] : (die_usage("option %s needs a value", a), "")))
        if (FLAG("-h") || FLAG("--help")) {
            usage(stdout);
            exit(0);
        } else if (FLAG("--records") || FLAG("-n")) {
            o->records = parse_u64(VALUE(), "record count");
            have_records = true;
        } else if (FLAG("--size")) {
            o->size = parse_size(VALUE());
            o->by_size = true;
        } else if (FLAG("--format")) {
            const char *v = VALUE();
            if (!strcmp(v, "csv"))
                o->format = FMT_CSV;
            else if (!strcmp(v, "tsv"))
                o->format = FMT_TSV;
            else if (!strcmp(v, "combo"))
                o->format = FMT_COMBO;
            else if (!strcmp(v, "lines"))
                o->format = FMT_LINES;
            else if (!strcmp(v, "mysql"))
                o->format = FMT_MYSQL;
            else if (!strcmp(v, "postgres") || !strcmp(v, "pg"))
                o->format = FMT_POSTGRES;
            else if (!strcmp(v, "jsonl"))
                o->format = FMT_JSONL;
            else if (!strcmp(v, "json"))
                o->format = FMT_JSON;
            else
                die_usage("unknown format '%s' (csv, tsv, combo, lines, mysql, postgres, jsonl, "
                          "json)",
                          v);
        } else if (FLAG("--delimiter") || FLAG("-d")) {
            o->delim = parse_delim(VALUE());
        } else if (FLAG("--no-header")) {
            o->header = false;
            o->header_set = true;
        } else if (FLAG("--tables")) {
            uint64_t n = parse_u64(VALUE(), "table count");
            if (n < 1 || n > 2) die_usage("%s", "--tables is 1 or 2");
            o->tables = (int)n;
        } else if (FLAG("--orders")) {
            o->orders = parse_u64(VALUE(), "order count");
            o->orders_set = true;
        } else if (FLAG("--tuples-per-insert")) {
            o->tuples_per_insert = parse_u64(VALUE(), "tuples per insert");
            o->tuples_set = true;
        } else if (FLAG("--pg-inserts")) {
            o->pg_inserts = true;
        } else if (FLAG("--pretty")) {
            o->pretty = true;
        } else if (FLAG("--single-line")) {
            o->single_line = true;
        } else if (FLAG("--no-oid")) {
            o->no_oid = true;
        } else if (FLAG("--escape-rate")) {
            o->escape = parse_rate(VALUE(), "--escape-rate");
            o->escape_set = true;
        } else if (FLAG("--seed")) {
            o->seed = parse_u64(VALUE(), "seed");
        } else if (FLAG("--dup-rate")) {
            o->dup = parse_rate(VALUE(), "--dup-rate");
        } else if (FLAG("--near-dup-rate")) {
            o->near = parse_rate(VALUE(), "--near-dup-rate");
        } else if (FLAG("--multiline-rate")) {
            o->multiline = parse_rate(VALUE(), "--multiline-rate");
            o->multiline_set = true;
        } else if (FLAG("--quote-rate")) {
            o->quote = parse_rate(VALUE(), "--quote-rate");
            o->quote_set = true;
        } else if (FLAG("--invalid-rate")) {
            o->invalid = parse_rate(VALUE(), "--invalid-rate");
        } else if (FLAG("--messy")) {
            o->messy = true;
        } else if (FLAG("--verify")) {
            o->verify = true;
        } else if (FLAG("--locale")) {
            const char *v = VALUE();
            if (!strcmp(v, "fr"))
                o->locale = LOC_FR;
            else if (!strcmp(v, "uk"))
                o->locale = LOC_UK;
            else if (!strcmp(v, "mixed"))
                o->locale = LOC_MIXED;
            else
                die_usage("unknown locale '%s' (fr, uk, mixed)", v);
        } else if (FLAG("-o") || FLAG("--output")) {
            o->out = VALUE();
        } else if (FLAG("--truth")) {
            o->truth = VALUE();
        } else {
            die_usage("unknown argument '%s'", argv[i]);
        }
        if (val &&
            (FLAG("--no-header") || FLAG("--messy") || FLAG("--verify") || FLAG("--pg-inserts") ||
             FLAG("--pretty") || FLAG("--single-line") || FLAG("--no-oid")))
            die_usage("option %s takes no value", a);
#undef FLAG
#undef VALUE
    }
    if (!o->out) die_usage("%s", "missing -o FILE (use '-o -' for stdout)");
    if (have_records && o->by_size) die_usage("%s", "--records and --size are mutually exclusive");
    if (!o->by_size && o->records == 0) die_usage("%s", "--records must be at least 1");
    if (!o->by_size && o->records > GEN_MAX_PEOPLE * 4) die_usage("%s", "--records too large");
    if (o->dup + o->near >= 1.0) die_usage("%s", "--dup-rate + --near-dup-rate must stay below 1");

    bool sql = fmt_is_sql(o->format), json = fmt_is_json(o->format);
    if (!sql) {
        if (o->tables != 1) die_usage("%s", "--tables applies to mysql and postgres");
        if (o->tuples_set) die_usage("%s", "--tuples-per-insert applies to mysql and postgres");
    }
    if (o->orders_set && (o->tables != 2 || o->by_size))
        die_usage("%s", "--orders needs --tables 2 and --records");
    if (o->orders_set && o->orders == 0) die_usage("%s", "--orders must be at least 1");
    if (o->pg_inserts && o->format != FMT_POSTGRES)
        die_usage("%s", "--pg-inserts applies to --format postgres");
    if (o->format == FMT_POSTGRES && o->tuples_set && !o->pg_inserts)
        die_usage("%s", "COPY has no INSERTs: --tuples-per-insert needs --pg-inserts");
    if (o->format == FMT_POSTGRES && o->pg_inserts && o->tuples_set && o->tuples_per_insert == 0)
        die_usage("%s", "--pg-inserts takes at least 1 tuple per INSERT");
    if (!o->tuples_set) o->tuples_per_insert = o->format == FMT_MYSQL ? 1000 : 1;
    if ((o->pretty || o->single_line) && o->format != FMT_JSON)
        die_usage("%s", "--pretty and --single-line apply to --format json");
    if (o->pretty && o->single_line)
        die_usage("%s", "--pretty and --single-line exclude each other");
    if (o->no_oid && !json) die_usage("%s", "--no-oid applies to jsonl and json");
    if (o->escape_set && !sql && !json) die_usage("%s", "--escape-rate applies to sql and json");
    if (!sql && !json) o->escape = 0;
    if (sql || json) {
        if (o->delim >= 0) die_usage("%s", "--delimiter applies to csv and combo");
        if (o->header_set) die_usage("%s", "--no-header applies to csv and tsv");
        if (o->quote_set && o->quote > 0) die_usage("%s", "--quote-rate applies to csv only");
        if (o->messy && o->format == FMT_JSON)
            die_usage("%s", "--messy applies to jsonl, not to json arrays");
        o->quote = 0;
        o->delim = ','; /* what near duplicates leave alone, and multi-line comments hold */
        o->header = false;
        return;
    }
    bool csv = o->format == FMT_CSV;
    if (!csv) {
        if (o->multiline_set && o->multiline > 0)
            die_usage("%s", "--multiline-rate needs quoting: csv only");
        if (o->quote_set && o->quote > 0) die_usage("%s", "--quote-rate applies to csv only");
        o->multiline = o->quote = 0;
    }
    switch (o->format) {
    case FMT_CSV:
        if (o->delim < 0) o->delim = o->locale == LOC_UK ? ',' : ';';
        if (!strchr(";,|:\t", o->delim))
            die_usage("%s", "csv delimiter must be one of ; , | : or tab");
        break;
    case FMT_TSV:
        if (o->delim >= 0 && o->delim != '\t')
            die_usage("%s", "tsv is tab-separated (use --format csv --delimiter C)");
        o->delim = '\t';
        break;
    case FMT_COMBO:
        if (o->delim < 0) o->delim = ':';
        if (!strchr(":;|,\t", o->delim))
            die_usage("%s", "combo separator must be one of : ; | , or tab");
        break;
    case FMT_LINES:
        if (o->delim >= 0) die_usage("%s", "--delimiter makes no sense with --format lines");
        o->delim = '\n';
        break;
    default:
        break;
    }
    if (o->format == FMT_COMBO || o->format == FMT_LINES) {
        if (o->messy) die_usage("%s", "--messy applies to csv and tsv only");
        o->header = false; /* combo and line lists never have a header */
    }
}

/* ---- helpers ----------------------------------------------------------------------------- */
static bool rec_equal(const rec_t *a, const rec_t *b)
{
    if (a->nf != b->nf) return false;
    for (int i = 0; i < a->nf; i++)
        if (a->len[i] != b->len[i] || memcmp(rec_field(a, i), rec_field(b, i), a->len[i]))
            return false;
    return true;
}

static bool needs_quote(const char *s, size_t n, char delim)
{
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c == delim || c == '"' || c == '\n' || c == '\r') return true;
    }
    return false;
}

typedef struct {
    uint64_t *w;
    size_t nwords;
} bitmap_t;

static void bm_set(bitmap_t *m, uint64_t i)
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

static bool bm_get(const bitmap_t *m, uint64_t i)
{
    size_t k = (size_t)(i / 64);
    return k < m->nwords && (m->w[k] >> (i % 64)) & 1;
}

typedef struct {
    uint64_t b, pseed;
} nearref_t;

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

static void put_line(out_t *o, const char *s, char delim, bool crlf)
{
    for (; *s; s++) /* such lines must not contain the delimiter */
        out_putc(o, *s == delim ? ' ' : *s);
    if (crlf) out_putc(o, '\r');
    out_putc(o, '\n');
}

typedef struct {
    uint64_t records, malformed, extra_sep, missing_sep, blank, preamble, footer, crlf;
    uint64_t exact_dups, near_dups, people, multiline, quoted, stray, invalid_values;
    uint64_t values[GEN_MAX_FIELDS], invalid[GEN_MAX_FIELDS], unique[GEN_MAX_FIELDS];
    uint64_t bytes;
} truth_t;

static bool is_checksum_type(enum coltype t)
{
    return t == T_NIR || t == T_IBAN || t == T_CARD || t == T_NHS;
}

static void json_str(FILE *f, const char *s)
{
    fputc('"', f);
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '"' || c == '\\')
            fprintf(f, "\\%c", c);
        else if (c == '\t')
            fputs("\\t", f);
        else if (c == '\n')
            fputs("\\n", f);
        else if (c < 0x20)
            fprintf(f, "\\u%04x", c);
        else
            fputc(c, f);
    }
    fputc('"', f);
}

static const char *fmt_name(enum gen_format f)
{
    static const char *const n[] = {"csv",   "tsv",      "combo", "lines",
                                    "mysql", "postgres", "jsonl", "json"};
    return n[f];
}

static const char *loc_name(enum gen_locale l)
{
    static const char *const n[] = {"fr", "uk", "mixed"};
    return n[l];
}

static int write_truth(const char *path, const opts_t *o, const gen_t *g, const truth_t *t,
                       const gsubj_t *subj)
{
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0) return errno;
    (void)fchmod(fd, 0600);
    FILE *f = fdopen(fd, "w");
    if (!f) {
        int e = errno;
        close(fd);
        return e;
    }
    char d[2] = {(char)o->delim, 0};
    fprintf(f, "{\"generator\":\"leakscope-gen\",\"generator_version\":\"%s\",", GEN_VERSION);
    fprintf(f, "\"seed\":%" PRIu64 ",\"format\":\"%s\",\"locale\":\"%s\",", o->seed,
            fmt_name(o->format), loc_name(o->locale));
    fputs("\"delimiter\":", f);
    if (o->format == FMT_LINES)
        fputs("null", f);
    else
        json_str(f, d);
    fprintf(f, ",\"quote\":%s,\"header\":%s,\"encoding\":\"utf-8\",\"line_endings\":\"%s\",",
            o->format == FMT_CSV ? "\"\\\"\"" : "null", o->header ? "true" : "false",
            t->crlf ? "mixed" : "lf");
    fputs("\n \"columns\":[", f);
    for (int i = 0; i < g->ncols; i++) {
        if (i) fputc(',', f);
        json_str(f, g->cols[i].name);
    }
    fputs("],\n", f);
    uint64_t unique = t->records - t->exact_dups;
    fprintf(f,
            " \"bytes\":%" PRIu64 ",\"records\":%" PRIu64 ",\"malformed\":%" PRIu64
            ",\"extra_separator_records\":%" PRIu64 ",\"missing_separator_records\":%" PRIu64
            ",\n \"blank_lines\":%" PRIu64 ",\"preamble_lines\":%" PRIu64
            ",\"footer_lines\":%" PRIu64 ",\"crlf_lines\":%" PRIu64 ",\n",
            t->bytes, t->records, t->malformed, t->extra_sep, t->missing_sep, t->blank, t->preamble,
            t->footer, t->crlf);
    fprintf(f,
            " \"exact_duplicates\":%" PRIu64 ",\"near_duplicates\":%" PRIu64
            ",\"unique_records\":%" PRIu64 ",\"duplicate_records\":%" PRIu64
            ",\"unique_records_normalized\":%" PRIu64 ",\"people\":%" PRIu64 ",\n",
            t->exact_dups, t->near_dups, unique, t->records - unique,
            t->records - t->exact_dups - t->near_dups, t->people);
    fputc(' ', f);
    gsubj_write(f, subj);
    fputs(",\n", f);
    fprintf(f,
            " \"multiline_records\":%" PRIu64 ",\"quoted_records\":%" PRIu64
            ",\"stray_quote_records\":%" PRIu64 ",\"invalid_values\":%" PRIu64 ",\n",
            t->multiline, t->quoted, t->stray, t->invalid_values);
    fputs(" \"types\":{", f);
    bool first = true;
    for (int i = 0; i < g->ncols; i++) {
        const coldef_t *c = &g->cols[i];
        if (c->type == T_ID) continue;
        fprintf(f, "%s\n  \"%s\":{\"column\":", first ? "" : ",", gen_type_names[c->type]);
        first = false;
        json_str(f, c->name);
        fprintf(f, ",\"index\":%d,\"values\":%" PRIu64 ",\"valid\":%" PRIu64, i, t->values[i],
                t->values[i] - t->invalid[i]);
        if (is_checksum_type(c->type)) fprintf(f, ",\"invalid\":%" PRIu64, t->invalid[i]);
        if (c->flags & CF_UNIQUE) fprintf(f, ",\"unique\":%" PRIu64, t->unique[i]);
        fputc('}', f);
    }
    fputs("},\n", f);
    fprintf(f,
            " \"options\":{\"dup_rate\":%.6g,\"near_dup_rate\":%.6g,\"multiline_rate\":%.6g,"
            "\"quote_rate\":%.6g,\"invalid_rate\":%.6g,\"messy\":%s}}\n",
            o->dup, o->near, o->multiline, o->quote, o->invalid, o->messy ? "true" : "false");
    int err = 0;
    if (ferror(f)) err = EIO;
    if (fclose(f) != 0 && !err) err = errno ? errno : EIO;
    return err;
}

/* ---- generation ---------------------------------------------------------------------------- */
enum { K_BASE, K_DUP, K_NEAR };
enum { S_NONE, S_EXTRA, S_MISSING, S_STRAY };

#define MESSY_EXTRA   0.002
#define MESSY_MISSING 0.002
#define MESSY_STRAY   0.001
#define MESSY_BLANK   0.002
#define MESSY_CRLF    0.3

int main(int argc, char **argv)
{
    opts_t o;
    parse_args(argc, argv, &o);

    gen_t g;
    memset(&g, 0, sizeof(g));
    g.format = o.format;
    g.locale = o.locale;
    g.delim = (char)o.delim;
    g.seed = o.seed;
    g.multiline_rate = o.multiline;
    g.invalid_rate = o.invalid;
    g.escape_rate = o.escape;
    g.no_oid = o.no_oid;
    gen_init(&g);

    if (fmt_is_sql(o.format) || fmt_is_json(o.format)) {
        sopts_t so = {
            .records = o.records,
            .records2 = o.orders,
            .size = o.size,
            .by_size = o.by_size,
            .records2_set = o.orders_set,
            .tables = o.tables,
            .tuples_per_insert = o.tuples_per_insert,
            .tuples_set = o.tuples_set,
            .pg_inserts = o.pg_inserts,
            .pretty = o.pretty,
            .single_line = o.single_line,
            .messy = o.messy,
            .verify = o.verify,
            .dup = o.dup,
            .near = o.near,
            .multiline = o.multiline,
            .invalid = o.invalid,
            .escape = o.escape,
            .out = o.out,
            .truth = o.truth,
        };
        return run_structured(&so, &g);
    }

    rng_t R; /* the emission stream: kinds, targets, quoting, messiness */
    rng_seed(&R, o.seed * 0x9e3779b97f4a7c15ULL + 0x243f6a8885a308d3ULL);

    truth_t t;
    memset(&t, 0, sizeof(t));
    bool tabular = o.format == FMT_CSV || o.format == FMT_TSV;
    bool csv = o.format == FMT_CSV;
    bool uk = o.locale == LOC_UK;
    int last_col = uk ? 3 : 2;

    /* exact plans in --records mode; Bernoulli draws in --size mode */
    uint64_t N = o.records;
    uint64_t left_dup = 0, left_near = 0, left_base = 0;
    uint64_t left_extra = 0, left_missing = 0, left_stray = 0, left_blank = 0;
    if (!o.by_size) {
        left_dup = (uint64_t)llround((double)N * o.dup);
        left_near = (uint64_t)llround((double)N * o.near);
        if (left_dup + left_near >= N) {
            fprintf(stderr,
                    "%s: %" PRIu64 " records leave no room for an original record at these "
                    "duplicate rates\n",
                    prog, N);
            return EXIT_USAGE;
        }
        left_base = N - left_dup - left_near;
        if (o.messy) {
            uint64_t nb = left_base;
            left_extra = (uint64_t)fmax(2, llround((double)nb * MESSY_EXTRA));
            left_missing = (uint64_t)fmax(2, llround((double)nb * MESSY_MISSING));
            left_stray = (uint64_t)fmax(1, llround((double)nb * MESSY_STRAY));
            while (left_extra + left_missing + left_stray > (nb - 1) / 2 &&
                   left_extra + left_missing + left_stray > 0) {
                if (left_stray) left_stray--;
                if (left_missing) left_missing--;
                if (left_extra) left_extra--;
            }
            left_blank = (uint64_t)fmax(3, llround((double)N * MESSY_BLANK));
            if (left_blank > N - 1) left_blank = N - 1;
        }
    }

    out_t out;
    int e = out_open(&out, o.out);
    if (e) {
        fprintf(stderr, "%s: cannot create %s: %s\n", prog, o.out, strerror(e));
        return 1;
    }

    /* messy preamble */
    if (o.messy) {
        static const char *const pre_fr[] = {"# Export clients 2023-05-12",
                                             "EXPORT BASE CLIENTS - CONFIDENTIEL",
                                             "# Extraction réalisée le 12/05/2023 par crm-prod-02"};
        static const char *const pre_uk[] = {"# Customer export 2023-05-12",
                                             "CUSTOMER DATABASE - CONFIDENTIAL",
                                             "# Extracted 12/05/2023 by crm-prod-02"};
        int np = 2 + (int)rng_below(&R, 2);
        for (int i = 0; i < np; i++) {
            bool crlf = rng_chance(&R, MESSY_CRLF);
            put_line(&out, uk ? pre_uk[i] : pre_fr[i], g.delim, crlf);
            t.preamble++;
            t.crlf += crlf;
        }
        if (rng_below(&R, 2)) {
            bool crlf = rng_chance(&R, MESSY_CRLF);
            put_line(&out, "", g.delim, crlf);
            t.blank++;
            t.crlf += crlf;
        }
    }
    if (o.header) {
        bool crlf = o.messy && rng_chance(&R, MESSY_CRLF);
        for (int i = 0; i < g.ncols; i++) {
            if (i) out_putc(&out, g.delim);
            out_write(&out, g.cols[i].name, strlen(g.cols[i].name));
        }
        if (crlf) out_putc(&out, '\r');
        out_putc(&out, '\n');
        t.crlf += crlf;
    }

    rec_t *base = malloc(sizeof(rec_t)), *work = malloc(sizeof(rec_t));
    nearref_t *nears = NULL;
    size_t n_nears = 0, cap_nears = 0;
    hset_t near_set;
    hset_init(&near_set);
    bitmap_t special = {0};
    hset_t v_exact, v_norm;
    uint64_t v_sum = 0;
    gsubj_t subj;
    gsubj_init(&subj);
    if (o.verify) {
        hset_init(&v_exact);
        hset_init(&v_norm);
    }
    if (!base || !work) {
        fprintf(stderr, "%s: out of memory\n", prog);
        return 1;
    }

    uint64_t nbase = 0;
    for (uint64_t i = 0;; i++) {
        if (o.by_size ? (i > 0 && out_bytes(&out) >= o.size) : i == N) break;
        if (out.err) break;
        int kind = K_BASE;
        if (i == 0) {
            if (!o.by_size) left_base--;
        } else if (o.by_size) {
            double u = rng_unit(&R);
            kind = u < o.dup ? K_DUP : u < o.dup + o.near ? K_NEAR : K_BASE;
        } else {
            uint64_t u = rng_below64(&R, left_dup + left_near + left_base);
            if (u < left_dup) {
                kind = K_DUP;
                left_dup--;
            } else if (u < left_dup + left_near) {
                kind = K_NEAR;
                left_near--;
            } else {
                left_base--;
            }
        }

        meta_t meta;
        const rec_t *emit = base;
        int unq[2] = {-1, -1}; /* fields that must stay unquoted (messy rows) */
        int spec = S_NONE;
        if (kind == K_BASE) {
            uint64_t b = nbase++;
            if (b >= GEN_MAX_PEOPLE) {
                fprintf(stderr, "%s: more than %llu distinct people: identifiers would repeat\n",
                        prog, (unsigned long long)GEN_MAX_PEOPLE);
                out_close(&out);
                return 1;
            }
            gen_base(&g, b, base, &meta);
            if (o.messy && b > 0) {
                if (o.by_size) {
                    double u = rng_unit(&R);
                    spec = u < MESSY_EXTRA                                 ? S_EXTRA
                           : u < MESSY_EXTRA + MESSY_MISSING               ? S_MISSING
                           : u < MESSY_EXTRA + MESSY_MISSING + MESSY_STRAY ? S_STRAY
                                                                           : S_NONE;
                } else {
                    uint64_t slots = (left_base + 1); /* bases still to come, this one included */
                    uint64_t u = rng_below64(&R, slots);
                    if (u < left_extra) {
                        spec = S_EXTRA;
                        left_extra--;
                    } else if (u < left_extra + left_missing) {
                        spec = S_MISSING;
                        left_missing--;
                    } else if (u < left_extra + left_missing + left_stray) {
                        spec = S_STRAY;
                        left_stray--;
                    }
                }
            }
            if (spec == S_EXTRA || spec == S_MISSING) {
                /* the free-text column is last: typed columns keep their positions */
                rec_clear(work);
                for (int j = 0; j < base->nf - 1; j++)
                    rec_addfield(work, rec_field(base, j), base->len[j]);
                if (spec == S_EXTRA) { /* an unquoted comment holding the delimiter */
                    gen_simple_comment(&g, &R, work, uk);
                    rec_endfield(work);
                    rec_putc(work, ' ');
                    gen_simple_comment(&g, &R, work, uk);
                    rec_endfield(work);
                    unq[0] = work->nf - 2;
                    unq[1] = work->nf - 1;
                    t.extra_sep++;
                } else {
                    t.missing_sep++;
                }
                meta.multiline = false;
                emit = work;
            } else if (spec == S_STRAY) {
                gen_stray_quote(work, base, last_col);
                unq[0] = last_col;
                t.stray++;
                emit = work;
            }
            if (spec != S_NONE) bm_set(&special, b);
            for (int j = 0; j < g.ncols; j++)
                if ((g.cols[j].flags & CF_UNIQUE) && base->len[j] && meta.valid[j]) t.unique[j]++;
            t.people++;
        } else if (kind == K_DUP) {
            if (n_nears && rng_below(&R, 10) == 0) { /* a copy of an earlier near duplicate */
                const nearref_t *nr = &nears[rng_below64(&R, n_nears)];
                gen_base(&g, nr->b, work, &meta);
                gen_perturb(&g, base, work, nr->pseed);
            } else {
                uint64_t b;
                do
                    b = rng_below64(&R, nbase);
                while (bm_get(&special, b));
                gen_base(&g, b, base, &meta);
            }
            t.exact_dups++;
        } else {
            uint64_t b;
            do
                b = rng_below64(&R, nbase);
            while (bm_get(&special, b));
            gen_base(&g, b, base, &meta);
            for (int attempt = 0;; attempt++) {
                uint64_t pseed = rng_next(&R);
                gen_perturb(&g, work, base, pseed);
                if (!rec_equal(work, base) && hset_insert(&near_set, hash_rec_construct(work))) {
                    if (n_nears == cap_nears) {
                        cap_nears = cap_nears ? cap_nears * 2 : 1024;
                        nears = realloc(nears, cap_nears * sizeof(*nears));
                        if (!nears) {
                            fprintf(stderr, "%s: out of memory\n", prog);
                            return 1;
                        }
                    }
                    nears[n_nears].b = b;
                    nears[n_nears].pseed = pseed;
                    n_nears++;
                    break;
                }
                if (attempt > 1000) {
                    fprintf(stderr, "%s: internal error: no fresh near-duplicate variant\n", prog);
                    return 1;
                }
            }
            emit = work;
            t.near_dups++;
        }

        /* quoting (csv): needed quotes always; --quote-rate quotes whole records; values with
         * edge spaces are quoted half of the time */
        uint8_t q[GEN_MAX_FIELDS];
        bool qrec = csv && spec == S_NONE && rng_chance(&R, o.quote);
        bool qall = qrec && rng_below(&R, 10) < 7;
        if (csv) {
            for (int j = 0; j < emit->nf; j++) {
                const char *s = rec_field(emit, j);
                size_t n = emit->len[j];
                if (j == unq[0] || j == unq[1])
                    q[j] = 0;
                else if (needs_quote(s, n, g.delim))
                    q[j] = 1;
                else if (qrec)
                    q[j] = qall || n > 0;
                else if (n && (s[0] == ' ' || s[n - 1] == ' '))
                    q[j] = (uint8_t)rng_below(&R, 2);
                else
                    q[j] = 0;
            }
        }
        bool crlf = o.messy && rng_chance(&R, MESSY_CRLF);
        out_record(&out, g.delim, emit, csv ? q : NULL, crlf);
        gsubj_add(&subj, g.cols, g.ncols, emit, &meta);

        t.records++;
        t.crlf += crlf;
        t.quoted += qrec;
        t.multiline += meta.multiline;
        if (tabular && emit->nf != g.ncols) t.malformed++;
        for (int j = 0; j < g.ncols && j < emit->nf; j++) {
            if (!emit->len[j]) continue;
            t.values[j]++;
            if (is_checksum_type(g.cols[j].type) && !meta.valid[j]) {
                t.invalid[j]++;
                t.invalid_values++;
            }
        }
        if (o.verify) {
            h128_t h = vh_record(emit, false);
            v_sum += h.lo;
            hset_insert(&v_exact, h);
            hset_insert(&v_norm, vh_record(emit, true));
        }

        /* scattered blank lines */
        if (o.messy) {
            bool blank = o.by_size ? rng_chance(&R, MESSY_BLANK)
                                   : (i + 1 < N && draw_exact(&R, &left_blank, N - 1 - i));
            if (blank) {
                bool bc = rng_chance(&R, MESSY_CRLF);
                put_line(&out, "", g.delim, bc);
                t.blank++;
                t.crlf += bc;
            }
        }
    }

    if (o.messy) { /* blank, footnote, trailing blank lines */
        char foot[128];
        snprintf(foot, sizeof(foot),
                 uk ? "-- end of export: %" PRIu64 " rows"
                    : "-- fin de l'export : %" PRIu64 " lignes",
                 t.records);
        bool c1 = rng_chance(&R, MESSY_CRLF), c2 = rng_chance(&R, MESSY_CRLF);
        put_line(&out, "", g.delim, c1);
        put_line(&out, foot, g.delim, c2);
        t.blank++;
        t.footer++;
        t.crlf += c1 + c2;
        for (int k = 0; k < 2; k++) {
            bool c = rng_chance(&R, MESSY_CRLF);
            put_line(&out, "", g.delim, c);
            t.blank++;
            t.crlf += c;
        }
    }
    t.bytes = out_bytes(&out);
    e = out_close(&out);
    if (e) {
        fprintf(stderr, "%s: write error on %s: %s\n", prog, strcmp(o.out, "-") ? o.out : "stdout",
                strerror(e));
        return 1;
    }
    free(base);
    free(work);
    free(nears);
    free(special.w);
    hset_free(&near_set);

    uint64_t unique = t.records - t.exact_dups;
    uint64_t unique_norm = t.records - t.exact_dups - t.near_dups;
    if (o.verify) {
        int bad = 0;
#define CHECK(what, got, want)                                                                     \
    do {                                                                                           \
        if ((uint64_t)(got) != (uint64_t)(want)) {                                                 \
            fprintf(stderr, "%s: verify: %s: recounted %" PRIu64 ", truth says %" PRIu64 "\n",     \
                    prog, what, (uint64_t)(got), (uint64_t)(want));                                \
            bad = 1;                                                                               \
        }                                                                                          \
    } while (0)
        CHECK("unique_records (emitted values)", v_exact.count, unique);
        CHECK("unique_records_normalized (emitted values)", v_norm.count, unique_norm);
        CHECK("people", t.people, unique_norm);
        hset_free(&v_exact);
        hset_free(&v_norm);
        if (strcmp(o.out, "-") != 0) {
            vstats_t st;
            char msg[256];
            if (verify_file(o.out, &g, o.header, &st, msg, sizeof(msg)) != 0) {
                fprintf(stderr, "%s: verify: %s\n", prog, msg);
                bad = 1;
            } else {
                CHECK("records", st.records, t.records);
                CHECK("malformed", st.malformed, t.malformed);
                CHECK("blank_lines", st.blank_lines, t.blank);
                CHECK("preamble_lines", st.preamble_lines, t.preamble);
                CHECK("footer_lines", st.footer_lines, t.footer);
                CHECK("crlf_lines", st.crlf_lines, t.crlf);
                CHECK("multiline_records", st.multiline_records, t.multiline);
                CHECK("unique_records", st.unique_records, unique);
                CHECK("unique_records_normalized", st.unique_records_normalized, unique_norm);
                CHECK("non-record lines between records", st.interior_nondata, 0);
                CHECK("header", st.header_ok, 1);
                CHECK("value checksum (parsed vs generated)", st.hash_sum, v_sum);
            }
        }
#undef CHECK
        if (bad) {
            fprintf(stderr, "%s: verify FAILED: truth not written\n", prog);
            return EXIT_VERIFY;
        }
        fprintf(stderr,
                "%s: verify OK: %" PRIu64 " records, %" PRIu64 " unique, %" PRIu64
                " unique after normalisation%s\n",
                prog, t.records, unique, unique_norm,
                strcmp(o.out, "-") ? " (file re-parsed)" : " (emitted values only)");
    }

    if (o.truth) {
        e = write_truth(o.truth, &o, &g, &t, &subj);
        if (e) {
            fprintf(stderr, "%s: cannot write %s: %s\n", prog, o.truth, strerror(e));
            return 1;
        }
    }
    gsubj_free(&subj);
    return 0;
}
