/* Tests of the resumable SQL reader (the several-readers split, src/parse/sql.c and
 * src/pipeline/sql_readers.c): the candidate points (ls_sql_find_point), the check that an
 * earlier parser ends exactly where a resumed one assumed it starts
 * (ls_sql_parser_at_point), and the invariant the pipeline rests on: whenever the check
 * accepts a point, the records read by the parser before it and by the parser resumed at
 * it (placeholder and relative table names mapped as the pipeline maps them) are the
 * single reader's, byte for byte. Adversarial inputs put the look of a point inside
 * strings, comments, identifiers, dollar quotes and DELIMITER regions; the test also
 * checks that such fake points are refused and that real ones are accepted. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parse/sql.h"

/* ---- a run as text ------------------------------------------------------------------------- */

typedef struct {
    char *s;
    size_t len, cap;
} text;

static void text_add(text *t, const void *p, size_t n)
{
    if (t->len + n + 1 > t->cap) {
        size_t c = t->cap ? t->cap : 256;
        while (t->len + n + 1 > c)
            c *= 2;
        t->s = realloc(t->s, c);
        cr_assert_not_null(t->s);
        t->cap = c;
    }
    memcpy(t->s + t->len, p, n);
    t->len += n;
    t->s[t->len] = 0;
}

static void text_fmt(text *t, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void text_fmt(text *t, const char *fmt, ...)
{
    char b[256];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(b, sizeof b, fmt, ap);
    va_end(ap);
    text_add(t, b, (size_t)n);
}

/* One parser's records, with table names as the single reader would intern them. */
typedef struct {
    ls_sql_parser *p;
    text out;
    bool rel[64];        /* by the parser's table id */
    const char *ph_name; /* the placeholder's (table 0 of a resumed parser) name */
    const char *db;      /* the database at the resumed parser's start */
    size_t db_len;
    bool resumed, at_statement; /* at_statement: no placeholder */
} rec_log;

static int on_intern(void *ctx, uint32_t table, const char *name, size_t len, bool rel)
{
    rec_log *l = ctx;
    (void)name;
    (void)len;
    if (table < 64) l->rel[table] = rel;
    return 0;
}

static void table_name(rec_log *l, uint32_t table, text *t)
{
    if (l->resumed && !l->at_statement && table == 0) {
        text_add(t, l->ph_name, strlen(l->ph_name));
        return;
    }
    const char *n = ls_sql_table_name(l->p, table);
    if (table < 64 && l->rel[table] && l->db_len) {
        char q[LS_SQL_NAME_MAX];
        size_t k = ls_sql_qualify(l->db, l->db_len, n, strlen(n), q);
        text_add(t, q, k);
        return;
    }
    text_add(t, n, strlen(n));
}

static int on_record(void *ctx, uint32_t table, const ls_value *vals, uint32_t n,
                     ls_vrec_problem pr, uint64_t off)
{
    rec_log *l = ctx;
    text_fmt(&l->out, "R ");
    table_name(l, table, &l->out);
    text_fmt(&l->out, " pr=%d off=%llu n=%u:", (int)pr, (unsigned long long)off, n);
    for (uint32_t i = 0; i < n; i++) {
        text_fmt(&l->out, " [%u %u %u ", vals[i].col, vals[i].kind, vals[i].len);
        text_add(&l->out, vals[i].p, vals[i].len);
        text_add(&l->out, "]", 1);
    }
    text_add(&l->out, "\n", 1);
    return 0;
}

static ls_sql_callbacks callbacks(rec_log *l)
{
    ls_sql_callbacks cb = {.ctx = l, .on_record = on_record, .on_intern = on_intern};
    return cb;
}

/* The single reader's records of the whole input. */
static char *single_run(const char *in, size_t len)
{
    rec_log l = {0};
    ls_sql_callbacks cb = callbacks(&l);
    l.p = ls_sql_parser_create(LS_SQL_AUTO, 0, &cb);
    cr_assert_not_null(l.p);
    cr_assert_eq(ls_sql_parser_feed(l.p, in, len), 0);
    cr_assert_eq(ls_sql_parser_finish(l.p), 0);
    ls_sql_parser_free(l.p);
    if (!l.out.s) text_add(&l.out, "", 0);
    return l.out.s;
}

/* Split at the point found from `from`. Returns 1 when the point was accepted (and the
 * concatenation matched the single run), 0 when refused, -1 when there is no point. */
static int split_run(const char *in, size_t len, size_t from, const char *want,
                     ls_sql_dialect dialect, bool *fake_seen)
{
    ls_sql_point kind;
    size_t pt = ls_sql_find_point(in, len, from, (size_t)1 << 20, &kind);
    if (pt >= len) return -1;
    rec_log a = {0};
    ls_sql_callbacks cb = callbacks(&a);
    a.p = ls_sql_parser_create(LS_SQL_AUTO, 0, &cb);
    cr_assert_eq(ls_sql_parser_feed(a.p, in, pt), 0);
    bool ok = ls_sql_parser_at_point(a.p, kind, pt, dialect);
    int rc = 0;
    if (ok) {
        rec_log b = {0};
        ls_sql_callbacks cb2 = callbacks(&b);
        b.p = ls_sql_parser_resume(dialect, 0, &cb2, kind, pt);
        cr_assert_not_null(b.p);
        b.resumed = true;
        b.at_statement = kind == LS_SQL_AT_STATEMENT;
        uint32_t t = ls_sql_parser_table(a.p);
        if (!b.at_statement) {
            cr_assert_neq(t, UINT32_MAX, "a tuple / COPY point inside a statement");
            b.ph_name = ls_sql_table_name(a.p, t);
        }
        cr_assert(ls_sql_parser_db(a.p, &b.db, &b.db_len), "the first parser knows its db");
        cr_assert_eq(ls_sql_parser_feed(b.p, in + pt, len - pt), 0);
        cr_assert_eq(ls_sql_parser_finish(b.p), 0);
        text both = {0};
        if (a.out.s) text_add(&both, a.out.s, a.out.len);
        if (b.out.s) text_add(&both, b.out.s, b.out.len);
        if (!both.s) text_add(&both, "", 0);
        cr_assert_str_eq(both.s, want, "split at %zu (kind %d, looked from %zu) differs", pt,
                         (int)kind, from);
        free(both.s);
        free(b.out.s);
        ls_sql_parser_free(b.p);
        rc = 1;
    } else if (fake_seen) {
        *fake_seen = true;
    }
    free(a.out.s);
    ls_sql_parser_free(a.p);
    return rc;
}

/* Every offset of the input as a starting guess: accepted points must give the single
 * run; counts of accepted and refused points returned. */
static void sweep(const char *in, ls_sql_dialect dialect, int *acc, int *ref)
{
    size_t len = strlen(in);
    char *want = single_run(in, len);
    *acc = *ref = 0;
    for (size_t from = 1; from < len; from++) {
        int r = split_run(in, len, from, want, dialect, NULL);
        if (r == 1) ++*acc;
        if (r == 0) ++*ref;
    }
    free(want);
}

/* ---- the candidate points ------------------------------------------------------------------ */

Test(sql_points, kinds)
{
    ls_sql_point k;
    const char *a = "INSERT INTO t VALUES (1,'a'),(2,'b');\n";
    size_t pt = ls_sql_find_point(a, strlen(a), 0, 1 << 20, &k);
    cr_assert_eq(k, LS_SQL_AT_TUPLE);
    cr_assert_eq(a[pt], '(');
    cr_assert_eq(pt, (size_t)(strstr(a, "(2") - a));
    const char *b = "INSERT INTO t VALUES (1);\nINSERT INTO t VALUES (2);\n";
    pt = ls_sql_find_point(b, strlen(b), 3, 1 << 20, &k);
    cr_assert_eq(k, LS_SQL_AT_STATEMENT);
    cr_assert_eq(pt, (size_t)(strstr(b, "\nINSERT") - b) + 1);
    const char *c = "COPY t (a) FROM stdin;\n1\tx\n2\ty\n\\.\n";
    pt = ls_sql_find_point(c, strlen(c), 25, 1 << 20, &k);
    cr_assert_eq(k, LS_SQL_AT_COPY_LINE);
    cr_assert_eq(pt, (size_t)(strstr(c, "2\ty") - c));
    /* blanks between the tuples (phpMyAdmin) */
    const char *d = "INSERT INTO t VALUES (1),\n  (2);";
    pt = ls_sql_find_point(d, strlen(d), 0, 1 << 20, &k);
    cr_assert_eq(k, LS_SQL_AT_TUPLE);
    cr_assert_eq(pt, (size_t)(strstr(d, "(2") - d));
    /* nothing after `from` */
    cr_assert_eq(ls_sql_find_point(d, strlen(d), strlen(d), 1 << 20, &k), strlen(d));
}

/* A string that looks like a tuple boundary and then a statement start: the guesses made
 * inside it are refused by the parser that knows it is inside a string; the real ones
 * after it are accepted. */
Test(sql_points, fake_points_in_a_string_are_refused)
{
    const char *in = "INSERT INTO t VALUES (1,'x),(9,''y'')\nINSERT INTO u VALUES (7),(8);\n'),"
                     "(2,'z');\nINSERT INTO t VALUES (3,'w');\n";
    size_t len = strlen(in);
    char *want = single_run(in, len);
    size_t str_end = (size_t)(strstr(in, "'),") - in);
    int refused = 0;
    for (size_t from = 0; from < str_end; from++) {
        ls_sql_point k;
        size_t pt = ls_sql_find_point(in, len, from, 1 << 20, &k);
        if (pt >= str_end) continue; /* a real point after the string */
        bool seen = false;
        cr_assert_eq(split_run(in, len, from, want, LS_SQL_MYSQL, &seen), 0,
                     "the guess at %zu (kind %d) inside the string was accepted", pt, (int)k);
        refused++;
    }
    cr_assert_gt(refused, 3, "guesses inside the string: tuple and statement look-alikes");
    /* the fake tuple start and the fake statement line are among the guesses */
    ls_sql_point k;
    cr_assert_eq(ls_sql_find_point(in, len, 0, 1 << 20, &k),
                 (size_t)(strstr(in, "INSERT INTO u") - in));
    cr_assert_eq(k, LS_SQL_AT_STATEMENT);
    cr_assert_eq(ls_sql_find_point(in, len, 5, 1 << 20, &k),
                 (size_t)(strstr(in, "INSERT INTO u") - in));
    size_t from = (size_t)(strstr(in, "INSERT INTO u") - in) + 1;
    cr_assert_eq(ls_sql_find_point(in, len, from, 1 << 20, &k), (size_t)(strstr(in, "(8") - in));
    cr_assert_eq(k, LS_SQL_AT_TUPLE);
    /* the real ones are accepted and give the single run */
    cr_assert_eq(split_run(in, len, str_end, want, LS_SQL_MYSQL, NULL), 1);
    free(want);
}

/* ---- every offset of adversarial dumps ----------------------------------------------------- */

Test(sql_points, mysql_sweep)
{
    const char *in =
        "-- MySQL dump 10.13\n"
        "/*!40101 SET NAMES utf8mb4 */;\n"
        "CREATE TABLE `t` (`id` int, `s` text, `n` text);\n"
        "INSERT INTO `t` VALUES (1,'a),(b','x'),(2,'it\\'s),(\\n','y'),(3,'two ''q'' ),("
        "','z'),\n(4,'line\nINSERT INTO `u` VALUES (5);\nmore',NULL),(5,\"dq),(\",'w');\n"
        "# a comment ),( with INSERT INTO x VALUES (1),(2)\n"
        "/* block ),( \nINSERT INTO y VALUES (1),(2);\n */\n"
        "INSERT INTO `u` (`a`,`b`) VALUES (1,2),(3,4),(5,6,7),(8);\n"
        "USE `db2`;\n"
        "INSERT INTO `t` VALUES (6,'db2'),(7,'x'),(8,'y');\n"
        "INSERT INTO other.t VALUES (1),(2);\n"
        "DELIMITER ;;\nCREATE TRIGGER x BEFORE INSERT ON t FOR EACH ROW BEGIN\n"
        "INSERT INTO t VALUES (1),(2);\nEND ;;\nDELIMITER ;\n"
        "INSERT INTO `t` VALUES (9,'a'),(10,'b'),(11, 'bad' garbage),(12,'c');\n"
        "INSERT INTO `t` VALUES (13,'cut";
    int acc, ref;
    sweep(in, LS_SQL_MYSQL, &acc, &ref);
    cr_assert_gt(acc, 0, "some points accepted");
    cr_assert_gt(ref, 0, "some fake points refused");
}

Test(sql_points, postgres_sweep)
{
    const char *in = "--\n-- PostgreSQL database dump\n--\n"
                     "SET standard_conforming_strings = on;\n"
                     "CREATE TABLE public.t (id integer, s text);\n"
                     "COPY public.t (id, s) FROM stdin;\n"
                     "1\ta),(b\n2\tINSERT INTO x VALUES (1),(2);\n3\t\\N\n4\ttab\\there\n"
                     "5\tnew\\nline\n\\.\n"
                     "INSERT INTO public.t VALUES (6, 'it''s'), (7, E'back\\'slash),(');\n"
                     "INSERT INTO public.t VALUES (8, $$dollar ),( quote$$), (9, 'x');\n"
                     "COPY public.u (a) FROM stdin WITH (FORMAT csv);\n"
                     "\"q\nline\"\n\"x\"\n\\.\n"
                     "COPY public.t (id, s) FROM stdin;\n"
                     "10\tk\n11\tl\n";
    int acc, ref;
    sweep(in, LS_SQL_POSTGRES, &acc, &ref);
    cr_assert_gt(acc, 0, "some points accepted");
    cr_assert_gt(ref, 0, "some fake points refused");
}

/* The wrong dialect is refused, whatever the point. */
Test(sql_points, dialect_must_match)
{
    const char *in = "-- MySQL dump\nINSERT INTO t VALUES (1,'a'),(2,'b'),(3,'c');\n";
    size_t len = strlen(in);
    char *want = single_run(in, len);
    cr_assert_eq(split_run(in, len, 0, want, LS_SQL_POSTGRES, NULL), 0);
    cr_assert_eq(split_run(in, len, 0, want, LS_SQL_MYSQL, NULL), 1);
    free(want);
}

/* ---- through the pipeline ------------------------------------------------------------------ */

#include "leakscope/leakscope.h"
#include "pipeline/sql_readers.h"
#include "test_files.h"

static void pipe_setup(void)
{
    test_dir_make("ls-sqlr");
}

TestSuite(sql_readers, .init = pipe_setup, .fini = test_dir_remove);

/* The JSON report (no timing) of one run, as a string. Caller frees. */
static char *report(const char *path, unsigned threads, bool no_columns)
{
    ls_options o;
    ls_options_init(&o);
    o.threads = threads;
    o.no_columns = no_columns;
    return test_report_json(&o, path, NULL, false);
}

/* A MySQL dump that puts the look of a point everywhere it should not be: strings with
 * "),(", escaped quotes both ways, newlines and "INSERT INTO" inside; very long INSERTs; a
 * table switch in the middle and back; a column list in another order than the
 * declaration; tuples with too many and too few values; a USE and the same table name in
 * another database; a broken tuple. Caller frees. */
static char *adversarial_mysql(size_t n, size_t *len)
{
    size_t cap = 4096 + n * 400;
    char *d = malloc(cap), *p = d;
    p += sprintf(p, "-- MySQL dump 10.13\n"
                    "CREATE TABLE `people` (`id` int, `name` text, `email` text, `note` text);\n"
                    "CREATE TABLE `orders` (`id` int, `email` text, `amount` text);\n");
    for (size_t i = 0; i < n; i++) {
        if (i % 3000 == 0)
            p += sprintf(p, "%sINSERT INTO `people` VALUES ", i ? ";\n" : "");
        else
            *p++ = ',';
        size_t k = i % 13 == 12 ? i - 1 : i;
        switch (k % 7) {
        case 0:
            p += sprintf(p, "(%zu,'O\\'Brien),(%zu','u%zu@example.fr','a''b),(c')", k, k, k);
            break;
        case 1:
            p += sprintf(p,
                         "(%zu,'x\n),(\nINSERT INTO `orders` VALUES (1),(2);\n',"
                         "'v%zu@example.com',NULL)",
                         k, k);
            break;
        case 2:
            p += sprintf(p, "(%zu,\"dq \\\" ),(\",'w%zu@example.org','\\\\')", k, k);
            break;
        case 3:
            p += sprintf(p, "(%zu,'too few')", k);
            break;
        case 4:
            p += sprintf(p, "(%zu,'too','many','values','here')", k);
            break;
        default:
            p += sprintf(p, "(%zu,'Name %zu','n%zu@example.net','-- not a comment ),(')", k, k, k);
            break;
        }
        if (i == n / 2) {
            /* a table switch in the middle, then back with a column list of its own */
            p += sprintf(p, ";\nINSERT INTO `orders` VALUES ");
            for (size_t j = 0; j < 2500; j++)
                p += sprintf(p, "%s(%zu,'o%zu@example.fr','%zu.5')", j ? "," : "", j, j % 300, j);
            p += sprintf(p, ";\nINSERT INTO `people` (`email`,`id`,`name`) VALUES ");
            for (size_t j = 0; j < 2500; j++)
                p += sprintf(p, "%s('m%zu@example.fr',%zu,'it''s ),( %zu')", j ? "," : "", j, j, j);
            p += sprintf(p, ",(1, 2, garbage 'x),(y'),('z@example.fr',3,'ok')");
            p += sprintf(p, ";\nINSERT INTO `people` VALUES (0,'a','b','c')");
        }
    }
    p += sprintf(p, ";\nUSE `other`;\nINSERT INTO `people` VALUES ");
    for (size_t j = 0; j < 3000; j++)
        p += sprintf(p, "%s(%zu,'p%zu','q%zu@example.fr','\\n),(\\n')", j ? "," : "", j, j, j);
    p += sprintf(p, ";\n");
    *len = (size_t)(p - d);
    cr_assert_lt(*len, cap);
    return d;
}

/* pg_dump with COPY blocks: two tables, a table switch, escapes, a CSV block. */
static char *adversarial_pg(size_t n, size_t *len)
{
    size_t cap = 4096 + n * 200;
    char *d = malloc(cap), *p = d;
    p += sprintf(p, "--\n-- PostgreSQL database dump\n--\n"
                    "CREATE TABLE public.people (id integer, name text, email text);\n"
                    "COPY public.people (id, name, email) FROM stdin;\n");
    for (size_t i = 0; i < n; i++) {
        p += sprintf(p, "%zu\tN\\t%zu),(\\n\t%s\n", i % 5000, i, i % 4 ? "user@example.fr" : "\\N");
        if (i == n / 2) {
            p += sprintf(p, "\\.\nCOPY public.orders (id, email) FROM stdin;\n");
            for (size_t j = 0; j < 3000; j++)
                p += sprintf(p, "%zu\to%zu@example.fr\n", j, j % 100);
            p += sprintf(p, "\\.\nCOPY public.t (a, b) FROM stdin WITH (FORMAT csv);\n"
                            "1,\"x\ny\"\n2,z\n\\.\n"
                            "COPY public.people (email, id) FROM stdin;\n");
        }
    }
    p += sprintf(p, "\\.\n");
    *len = (size_t)(p - d);
    cr_assert_lt(*len, cap);
    return d;
}

static void same_reports(const char *path)
{
    char *ref = report(path, 1, false), *ref_nc = report(path, 1, true);
    static const char *const chunks[] = {"4096", "65536"};
    static const unsigned threads[] = {2, 4, 8};
    for (size_t c = 0; c < 2; c++) {
        setenv("LS_SQL_READER_CHUNK", chunks[c], 1);
        for (size_t t = 0; t < 3; t++) {
            uint64_t ch0 = atomic_load(&ls__sql_readers_chunks);
            uint64_t re0 = atomic_load(&ls__sql_readers_redone);
            uint64_t in0 = atomic_load(&ls__sql_readers_inline);
            char *got = report(path, threads[t], false);
            uint64_t ch = atomic_load(&ls__sql_readers_chunks) - ch0;
            uint64_t re = atomic_load(&ls__sql_readers_redone) - re0;
            uint64_t in = atomic_load(&ls__sql_readers_inline) - in0;
            cr_assert_gt(ch, 2, "several readers were used");
            cr_assert_gt(ch - re - in, 1, "some guessed points held (%llu of %llu)",
                         (unsigned long long)(ch - re - in), (unsigned long long)ch);
            cr_assert_str_eq(got, ref, "%s: -j%u, chunks of %s: the report differs", path,
                             threads[t], chunks[c]);
            free(got);
            got = report(path, threads[t], true);
            cr_assert_str_eq(got, ref_nc, "%s: --no-columns -j%u, chunks of %s", path, threads[t],
                             chunks[c]);
            free(got);
        }
    }
    unsetenv("LS_SQL_READER_CHUNK");
    free(ref);
    free(ref_nc);
}

Test(sql_readers, mysql_same_report_as_one_reader, .timeout = 600)
{
    size_t len;
    char *d = adversarial_mysql(20000, &len);
    same_reports(test_write_file("adv.sql", d, len));
    free(d);
}

Test(sql_readers, postgres_same_report_as_one_reader, .timeout = 600)
{
    size_t len;
    char *d = adversarial_pg(20000, &len);
    same_reports(test_write_file("adv_pg.sql", d, len));
    free(d);
}
