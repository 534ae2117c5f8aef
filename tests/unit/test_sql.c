/* Tests of the streaming SQL dump reader (src/parse/sql.c).
 *
 * Every test vector is parsed whole, one byte at a time and in many random chunkings; every
 * callback (tables, records, each value's bytes, kind, column, problem, offset) and the
 * stats must be identical (check_all). Chunks are private copies freed right after each
 * feed, so a value kept pointing into an old chunk is a use-after-free under ASan.
 *
 * The slowest test is big_insert_streams_in_small_memory: a 200 MB single INSERT line with
 * 2 M tuples, generated chunk by chunk. */
#include <criterion/criterion.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

#include "parse/sql.h"
#include "test_rng.h"

#if defined(__SANITIZE_ADDRESS__)
#define LS_TEST_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define LS_TEST_ASAN 1
#endif
#endif

/* ---- a recorded run ------------------------------------------------------------------------ */

typedef struct {
    uint8_t kind;
    char *b;
    uint32_t len;
} tval;

typedef struct {
    uint32_t table;
    uint8_t problem;
    uint64_t off;
    uint32_t n;
    tval *v;
} trec;

typedef struct {
    uint32_t id;
    char *name;
    uint32_t ncols;
    char **cols;
} tevent;

typedef struct {
    char *log; /* every callback, as text: compared across chunkings */
    size_t len, cap;
    trec *recs;
    size_t nrec, rcap;
    tevent *tabs;
    size_t ntab, tcap;
    const char *in; /* the whole input when fed as one chunk (zero-copy check) */
    size_t in_len;
    size_t zero_copy; /* values pointing into `in` */
    ls_sql_stats st;
    uint32_t ntables;
    char *names[16];
    int stop_after; /* on_record returns 7 after that many records (0: never) */
} run_t;

/* Append bytes to the run's log (kept NUL-terminated for printing). */
static void log_put(run_t *r, const void *b, size_t n)
{
    if (r->len + n + 1 > r->cap) {
        size_t cap = r->cap ? r->cap : 1024;
        while (cap < r->len + n + 1)
            cap *= 2;
        r->log = realloc(r->log, cap);
        cr_assert(r->log);
        r->cap = cap;
    }
    memcpy(r->log + r->len, b, n);
    r->len += n;
    r->log[r->len] = 0;
}

/* Append formatted text to the run's log. */
__attribute__((format(printf, 2, 3))) static void log_fmt(run_t *r, const char *fmt, ...)
{
    char tmp[128];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    cr_assert(n > 0 && (size_t)n < sizeof tmp);
    log_put(r, tmp, (size_t)n);
}

/* A NUL-terminated copy of n bytes. */
static char *dup_bytes(const char *p, size_t n)
{
    char *d = malloc(n + 1);
    cr_assert(d);
    if (n) memcpy(d, p, n);
    d[n] = 0;
    return d;
}

/* Log and keep an on_table call. */
static int on_table(void *ctx, uint32_t table, const char *name, size_t name_len,
                    const char *const *names, const uint32_t *lens, uint32_t ncols)
{
    run_t *r = ctx;
    log_fmt(r, "T%u %zu:", table, name_len);
    log_put(r, name, name_len);
    log_fmt(r, " %u", ncols);
    if (r->ntab == r->tcap) {
        r->tcap = r->tcap ? r->tcap * 2 : 8;
        r->tabs = realloc(r->tabs, r->tcap * sizeof *r->tabs);
        cr_assert(r->tabs);
    }
    tevent *e = &r->tabs[r->ntab++];
    e->id = table;
    e->name = dup_bytes(name, name_len);
    e->ncols = ncols;
    e->cols = calloc(ncols ? ncols : 1, sizeof *e->cols);
    for (uint32_t i = 0; i < ncols; i++) {
        log_fmt(r, " %u:", lens[i]);
        log_put(r, names[i], lens[i]);
        e->cols[i] = dup_bytes(names[i], lens[i]);
    }
    log_put(r, "\n", 1);
    return 0;
}

/* Check a record's invariants, log and keep it (values copied: they are only valid now). */
static int on_record(void *ctx, uint32_t table, const ls_value *vals, uint32_t nvals,
                     ls_vrec_problem problem, uint64_t offset)
{
    run_t *r = ctx;
    cr_assert(problem <= LS_VREC_NUL, "problem %d", problem);
    cr_assert(problem != LS_VREC_OVERSIZED || nvals == 0, "oversized with values");
    log_fmt(r, "R%u @%llu", table, (unsigned long long)offset);
    log_fmt(r, " p%d n%u", (int)problem, nvals);
    if (r->nrec == r->rcap) {
        r->rcap = r->rcap ? r->rcap * 2 : 16;
        r->recs = realloc(r->recs, r->rcap * sizeof *r->recs);
        cr_assert(r->recs);
    }
    trec *t = &r->recs[r->nrec++];
    t->table = table;
    t->problem = (uint8_t)problem;
    t->off = offset;
    t->n = nvals;
    t->v = calloc(nvals ? nvals : 1, sizeof *t->v);
    for (uint32_t i = 0; i < nvals; i++) {
        const ls_value *v = &vals[i];
        cr_assert_eq(v->col, i);
        cr_assert(v->kind <= LS_VAL_OTHER, "kind %u", v->kind);
        cr_assert(v->p != NULL || v->len == 0);
        if (v->kind == LS_VAL_NULL) cr_assert_eq(v->len, 0);
        if (v->kind == LS_VAL_BOOL)
            cr_assert((v->len == 4 && !memcmp(v->p, "true", 4)) ||
                      (v->len == 5 && !memcmp(v->p, "false", 5)));
        if (r->in && v->len && v->p >= r->in && v->p + v->len <= r->in + r->in_len) r->zero_copy++;
        log_fmt(r, " k%u %u:", v->kind, v->len);
        log_put(r, v->p, v->len);
        t->v[i].kind = v->kind;
        t->v[i].len = v->len;
        t->v[i].b = dup_bytes(v->p, v->len);
    }
    log_put(r, "\n", 1);
    if (r->stop_after && r->nrec == (size_t)r->stop_after) return 7;
    return 0;
}

/* Free a run's log and copies. */
static void run_free(run_t *r)
{
    for (size_t i = 0; i < r->nrec; i++) {
        for (uint32_t j = 0; j < r->recs[i].n; j++)
            free(r->recs[i].v[j].b);
        free(r->recs[i].v);
    }
    for (size_t i = 0; i < r->ntab; i++) {
        for (uint32_t j = 0; j < r->tabs[i].ncols; j++)
            free(r->tabs[i].cols[j]);
        free(r->tabs[i].cols);
        free(r->tabs[i].name);
    }
    for (int i = 0; i < 16; i++)
        free(r->names[i]);
    free(r->recs);
    free(r->tabs);
    free(r->log);
    memset(r, 0, sizeof *r);
}

enum { CHUNK_WHOLE, CHUNK_BYTES, CHUNK_RANDOM };

/* Feed `in` in chunks (each a private copy, wiped and freed after the feed). */
static void run(run_t *r, const char *in, size_t len, ls_sql_dialect d, size_t maxrec, int mode,
                uint64_t seed)
{
    ls_sql_callbacks cb = {.ctx = r, .on_table = on_table, .on_record = on_record};
    ls_sql_parser *p = ls_sql_parser_create(d, maxrec, &cb);
    cr_assert(p);
    int rc = 0;
    if (mode == CHUNK_WHOLE) {
        char *buf = malloc(len ? len : 1);
        cr_assert(buf);
        if (len) memcpy(buf, in, len);
        r->in = buf;
        r->in_len = len;
        rc = ls_sql_parser_feed(p, buf, len);
        r->in = NULL;
        free(buf);
    } else {
        rng_state = seed;
        size_t maxc = 1 + rnd_below(seed % 3 == 0 ? 8 : 64);
        for (size_t pos = 0; pos < len && rc == 0;) {
            size_t n = mode == CHUNK_BYTES ? 1 : 1 + rnd_below(maxc);
            if (n > len - pos) n = len - pos;
            char *buf = malloc(n);
            cr_assert(buf);
            memcpy(buf, in + pos, n);
            rc = ls_sql_parser_feed(p, buf, n);
            memset(buf, 0xA5, n);
            free(buf);
            pos += n;
            if (mode == CHUNK_RANDOM && rnd_below(4) == 0)
                rc = rc ? rc : ls_sql_parser_feed(p, "", 0);
        }
    }
    if (rc == 0) rc = ls_sql_parser_finish(p);
    log_fmt(r, "rc %d\n", rc);
    ls_sql_parser_stats(p, &r->st);
    r->ntables = ls_sql_table_count(p);
    for (uint32_t i = 0; i < r->ntables && i < 16; i++)
        r->names[i] = dup_bytes(ls_sql_table_name(p, i), strlen(ls_sql_table_name(p, i)));
    cr_assert_null(ls_sql_table_name(p, r->ntables));
    const ls_sql_stats *s = &r->st;
    log_fmt(r, "S %llu %llu %llu %llu %llu %llu", (unsigned long long)s->bytes,
            (unsigned long long)s->statements, (unsigned long long)s->insert_statements,
            (unsigned long long)s->copy_blocks, (unsigned long long)s->create_tables,
            (unsigned long long)s->skipped_statements);
    log_fmt(r, " %llu %llu %llu %d %d %u\n", (unsigned long long)s->records,
            (unsigned long long)s->malformed, (unsigned long long)s->oversized, s->unterminated,
            (int)s->dialect, r->ntables);
    ls_sql_parser_free(p);
}

/* Parse whole, byte by byte and in random chunkings: all must agree. Returns the whole run
 * (the caller frees it). */
static void check_all_max(run_t *whole, const char *in, size_t len, ls_sql_dialect d, size_t maxrec)
{
    memset(whole, 0, sizeof *whole);
    run(whole, in, len, d, maxrec, CHUNK_WHOLE, 0);
    cr_assert_eq(whole->st.records, whole->nrec);
    cr_assert_eq(whole->st.bytes, len);
    cr_assert(whole->st.malformed <= whole->st.records);
    cr_assert(whole->st.oversized <= whole->st.malformed);
    for (int k = 0; k < 24; k++) {
        run_t other = {0};
        run(&other, in, len, d, maxrec, k == 0 ? CHUNK_BYTES : CHUNK_RANDOM,
            0x5eed0000ULL + (uint64_t)k * 7919);
        cr_assert(other.len == whole->len && memcmp(other.log, whole->log, whole->len) == 0,
                  "chunking %d changes the result:\n--- whole\n%s\n--- chunked\n%s", k, whole->log,
                  other.log);
        run_free(&other);
    }
}

/* check_all_max with the default max_record_bytes. */
static void check_all(run_t *whole, const char *in, size_t len, ls_sql_dialect d)
{
    check_all_max(whole, in, len, d, 0);
}

#define CHECK(r, lit, d) check_all((r), (lit), sizeof(lit) - 1, (d))

/* Value j of record i has this kind and these bytes. */
static void expect_val(const run_t *r, size_t i, uint32_t j, uint8_t kind, const char *b, size_t n)
{
    cr_assert(i < r->nrec, "record %zu of %zu", i, r->nrec);
    cr_assert(j < r->recs[i].n, "record %zu: value %u of %u", i, j, r->recs[i].n);
    const tval *v = &r->recs[i].v[j];
    cr_assert_eq(v->kind, kind, "record %zu value %u: kind %u, expected %u (%.*s)", i, j, v->kind,
                 kind, (int)v->len, v->b);
    cr_assert(v->len == n && memcmp(v->b, b, n) == 0,
              "record %zu value %u: [%.*s] (%u bytes), expected [%.*s]", i, j, (int)v->len, v->b,
              v->len, (int)n, b);
}

#define EXPECT_STR(r, i, j, lit)   expect_val((r), (i), (j), LS_VAL_STRING, (lit), sizeof(lit) - 1)
#define EXPECT_NUM(r, i, j, lit)   expect_val((r), (i), (j), LS_VAL_NUMBER, (lit), sizeof(lit) - 1)
#define EXPECT_BIN(r, i, j, lit)   expect_val((r), (i), (j), LS_VAL_BINARY, (lit), sizeof(lit) - 1)
#define EXPECT_OTHER(r, i, j, lit) expect_val((r), (i), (j), LS_VAL_OTHER, (lit), sizeof(lit) - 1)
#define EXPECT_NULL(r, i, j)       expect_val((r), (i), (j), LS_VAL_NULL, "", 0)

/* An on_table call announced exactly these column names. */
static void expect_cols(const tevent *e, uint32_t n, const char *const *names)
{
    cr_assert_eq(e->ncols, n, "table %s: %u columns, expected %u", e->name, e->ncols, n);
    for (uint32_t i = 0; i < n; i++)
        cr_assert_str_eq(e->cols[i], names[i]);
}

/* ---- mysqldump ------------------------------------------------------------------------------ */

static const char mysqldump[] =
    "-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)\n"
    "--\n"
    "-- Host: localhost    Database: shop\n"
    "-- ------------------------------------------------------\n"
    "-- Server version\t8.0.36\n"
    "\n"
    "/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;\n"
    "/*!40101 SET NAMES utf8mb4 */;\n"
    "/*!40103 SET TIME_ZONE='+00:00' */;\n"
    "/*!40014 SET @OLD_UNIQUE_CHECKS=@@UNIQUE_CHECKS, UNIQUE_CHECKS=0 */;\n"
    "/*!40101 SET @OLD_SQL_MODE=@@SQL_MODE, SQL_MODE='NO_AUTO_VALUE_ON_ZERO' */;\n"
    "\n"
    "--\n"
    "-- Table structure for table `customers`\n"
    "--\n"
    "\n"
    "DROP TABLE IF EXISTS `customers`;\n"
    "/*!40101 SET @saved_cs_client     = @@character_set_client */;\n"
    "/*!50503 SET character_set_client = utf8mb4 */;\n"
    "CREATE TABLE `customers` (\n"
    "  `id` int NOT NULL AUTO_INCREMENT,\n"
    "  `email` varchar(255) COLLATE utf8mb4_unicode_ci NOT NULL DEFAULT '',\n"
    "  `first_name` varchar(100) DEFAULT NULL COMMENT 'it\\'s (the) first, name;',\n"
    "  `balance` decimal(10,2) DEFAULT '0.00',\n"
    "  `status` enum('a','b,c','d)') DEFAULT 'a',\n"
    "  `key` varchar(10),\n"
    "  `pw` varbinary(16) DEFAULT NULL,\n"
    "  `note` text,\n"
    "  PRIMARY KEY (`id`),\n"
    "  UNIQUE KEY `email` (`email`),\n"
    "  KEY `idx_name` (`first_name`,`balance`),\n"
    "  FULLTEXT KEY `ft` (`note`),\n"
    "  CONSTRAINT `fk_x` FOREIGN KEY (`id`) REFERENCES `other` (`id`) ON DELETE CASCADE\n"
    ") ENGINE=InnoDB AUTO_INCREMENT=4 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;\n"
    "/*!40101 SET character_set_client = @saved_cs_client */;\n"
    "\n"
    "--\n"
    "-- Dumping data for table `customers`\n"
    "--\n"
    "\n"
    "LOCK TABLES `customers` WRITE;\n"
    "/*!40000 ALTER TABLE `customers` DISABLE KEYS */;\n"
    "INSERT INTO `customers` VALUES "
    "(1,'jean.dupont@example.fr','Jean',-12.50,'a','k1',_binary '\\0\\\\',"
    "'line1\\nline2\\r\\n\\ttab \\'q\\' \\\"dq\\\" \\Z \\% \\_ end'),"
    "(2,'o\\'brien@example.com','O''Brien',0.00,'b,c',NULL,0xDEADBEEF,'a),(b;c'),"
    "(3,'x@y.z','Zoë',1e3,'d)',NULL,X'00ff',"
    "'multi\nline; with ),( inside'),"
    "(4,'',NULL,-7,'a',NULL,NULL,'');\n"
    "/*!40000 ALTER TABLE `customers` ENABLE KEYS */;\n"
    "UNLOCK TABLES;\n"
    "/*!40101 SET SQL_MODE=@OLD_SQL_MODE */;\n"
    "\n"
    "-- Dump completed on 2024-03-12 10:00:00\n";

Test(sql, mysqldump_shape)
{
    run_t r;
    CHECK(&r, mysqldump, LS_SQL_AUTO);
    cr_assert_eq(r.st.dialect, LS_SQL_MYSQL);
    cr_assert_eq(r.ntables, 1);
    cr_assert_str_eq(r.names[0], "customers");
    cr_assert_eq(r.ntab, 1, "one on_table call (CREATE TABLE), got %zu", r.ntab);
    static const char *const cols[] = {"id",     "email", "first_name", "balance",
                                       "status", "key",   "pw",         "note"};
    expect_cols(&r.tabs[0], 8, cols);
    cr_assert_eq(r.nrec, 4);
    for (size_t i = 0; i < 4; i++) {
        cr_assert_eq(r.recs[i].problem, LS_VREC_OK);
        cr_assert_eq(r.recs[i].n, 8);
        cr_assert_eq(r.recs[i].table, 0);
    }
    EXPECT_NUM(&r, 0, 0, "1");
    EXPECT_STR(&r, 0, 1, "jean.dupont@example.fr");
    EXPECT_NUM(&r, 0, 3, "-12.50");
    expect_val(&r, 0, 6, LS_VAL_BINARY, "\0\\", 2);
    EXPECT_STR(&r, 0, 7, "line1\nline2\r\n\ttab 'q' \"dq\" \x1a \\% \\_ end");
    EXPECT_STR(&r, 1, 1, "o'brien@example.com");
    EXPECT_STR(&r, 1, 2, "O'Brien");
    EXPECT_STR(&r, 1, 4, "b,c");
    EXPECT_NULL(&r, 1, 5);
    EXPECT_BIN(&r, 1, 6, "DEADBEEF");
    EXPECT_STR(&r, 1, 7, "a),(b;c");
    EXPECT_STR(&r, 2, 2, "Zoë");
    EXPECT_NUM(&r, 2, 3, "1e3");
    EXPECT_BIN(&r, 2, 6, "00ff");
    EXPECT_STR(&r, 2, 7, "multi\nline; with ),( inside");
    EXPECT_STR(&r, 3, 1, "");
    EXPECT_NUM(&r, 3, 3, "-7");
    /* offsets: each record starts at its '(' */
    for (size_t i = 0; i < 4; i++)
        cr_assert_eq(mysqldump[r.recs[i].off], '(');
    cr_assert_eq(r.st.create_tables, 1);
    cr_assert_eq(r.st.insert_statements, 1);
    cr_assert_eq(r.st.copy_blocks, 0);
    /* 5 SET + DROP + 2 SET + CREATE + SET + LOCK + ALTER + INSERT + ALTER + UNLOCK + SET */
    cr_assert_eq(r.st.statements, 16, "statements %llu", (unsigned long long)r.st.statements);
    cr_assert_eq(r.st.skipped_statements, 14);
    cr_assert_eq(r.st.records, 4);
    cr_assert_eq(r.st.malformed, 0);
    cr_assert(!r.st.unterminated);
    run_free(&r);
}

Test(sql, values_are_zero_copy_when_whole_and_plain)
{
    static const char in[] = "INSERT INTO t VALUES (1,'plain','it''s','a\\nb',NULL,TRUE);";
    run_t r;
    CHECK(&r, in, LS_SQL_MYSQL);
    cr_assert_eq(r.nrec, 1);
    EXPECT_NUM(&r, 0, 0, "1");
    EXPECT_STR(&r, 0, 1, "plain");
    EXPECT_STR(&r, 0, 2, "it's");
    EXPECT_STR(&r, 0, 3, "a\nb");
    EXPECT_NULL(&r, 0, 4);
    expect_val(&r, 0, 5, LS_VAL_BOOL, "true", 4);
    /* "1" and "plain" point into the input; the unescaped ones do not */
    cr_assert_eq(r.zero_copy, 2, "zero-copy values: %zu", r.zero_copy);
    run_free(&r);
}

Test(sql, mysql_values_of_every_kind)
{
    static const char in[] =
        "INSERT INTO t VALUES (+5, .5, 1.5E-3, -0, 0x, 0xZZ, b'0101', 0b11, x'AbC', N'nat',"
        " _utf8mb4'caf\\xc3', _latin1 \"dq\", \"double \"\" q\", NOW(), CURRENT_TIMESTAMP ,"
        " CONCAT('a,b', ')', \"c\"), DATE '2020-01-01', `ident`, FALSE, null, - 3, --5\n,7,"
        " ARRAY[1,[2]], a]b);";
    run_t r;
    CHECK(&r, in, LS_SQL_AUTO);
    cr_assert_eq(r.nrec, 1);
    cr_assert_eq(r.recs[0].problem, LS_VREC_OK);
    EXPECT_NUM(&r, 0, 0, "+5");
    EXPECT_NUM(&r, 0, 1, ".5");
    EXPECT_NUM(&r, 0, 2, "1.5E-3");
    EXPECT_NUM(&r, 0, 3, "-0");
    EXPECT_OTHER(&r, 0, 4, "0x");
    EXPECT_OTHER(&r, 0, 5, "0xZZ");
    EXPECT_BIN(&r, 0, 6, "0101");
    EXPECT_BIN(&r, 0, 7, "11");
    EXPECT_BIN(&r, 0, 8, "AbC");
    EXPECT_STR(&r, 0, 9, "nat");
    EXPECT_STR(&r, 0, 10, "cafxc3");
    EXPECT_STR(&r, 0, 11, "dq");
    EXPECT_STR(&r, 0, 12, "double \" q");
    EXPECT_OTHER(&r, 0, 13, "NOW()");
    EXPECT_OTHER(&r, 0, 14, "CURRENT_TIMESTAMP");
    EXPECT_OTHER(&r, 0, 15, "CONCAT('a,b', ')', \"c\")");
    EXPECT_OTHER(&r, 0, 16, "DATE '2020-01-01'");
    EXPECT_OTHER(&r, 0, 17, "`ident`");
    expect_val(&r, 0, 18, LS_VAL_BOOL, "false", 5);
    EXPECT_NULL(&r, 0, 19);
    EXPECT_OTHER(&r, 0, 20, "- 3");
    EXPECT_OTHER(&r, 0, 21, "--5"); /* MySQL: "--" needs a blank to start a comment */
    EXPECT_NUM(&r, 0, 22, "7");
    EXPECT_OTHER(&r, 0, 23, "ARRAY[1,[2]]");
    EXPECT_OTHER(&r, 0, 24, "a]b");
    cr_assert_eq(r.recs[0].n, 25);
    run_free(&r);
}

Test(sql, comments_inside_and_between_tuples)
{
    static const char in[] = "INSERT INTO t VALUES /* first */ (1 /* one */, 'a' -- note\n"
                             ", 2 # hash\n), -- between\n(3,/**/4) /* end */ ;";
    run_t r;
    CHECK(&r, in, LS_SQL_MYSQL);
    cr_assert_eq(r.nrec, 2);
    cr_assert_eq(r.st.malformed, 0);
    EXPECT_NUM(&r, 0, 0, "1");
    EXPECT_STR(&r, 0, 1, "a");
    EXPECT_NUM(&r, 0, 2, "2");
    EXPECT_NUM(&r, 1, 0, "3");
    EXPECT_NUM(&r, 1, 1, "4");
    run_free(&r);
}

Test(sql, insert_tails_and_forms)
{
    static const char in[] =
        "INSERT IGNORE INTO db.`t` VALUES (1,'a') ON DUPLICATE KEY UPDATE x = VALUES(x), y='(2)';\n"
        "REPLACE INTO t VALUE (2);\n"
        "INSERT LOW_PRIORITY t VALUES (3);\n"
        "INSERT INTO t SELECT * FROM u WHERE v IN (4,5);\n"
        "INSERT INTO t (a) VALUES (6) AS new ON DUPLICATE KEY UPDATE a = new.a;\n"
        "INSERT INTO t SET a = 7;\n"
        "insert into t values (8), (9)\n"
        "INSERT INTO t VALUES (10);";
    run_t r;
    CHECK(&r, in, LS_SQL_AUTO);
    cr_assert_eq(r.nrec, 7, "records %zu", r.nrec);
    cr_assert_eq(r.st.malformed, 0);
    cr_assert_str_eq(r.names[0], "db.t");
    cr_assert_str_eq(r.names[1], "t");
    EXPECT_NUM(&r, 0, 0, "1");
    EXPECT_NUM(&r, 1, 0, "2");
    EXPECT_NUM(&r, 2, 0, "3");
    EXPECT_NUM(&r, 3, 0, "6");
    EXPECT_NUM(&r, 4, 0, "8");
    EXPECT_NUM(&r, 5, 0, "9");
    EXPECT_NUM(&r, 6, 0, "10"); /* the missing ';' before it does not swallow it */
    cr_assert_eq(r.st.insert_statements, 6);
    cr_assert_eq(r.st.statements, 8);
    cr_assert(!r.st.unterminated);
    run_free(&r);
}

/* ---- pg_dump --------------------------------------------------------------------------------- */

static const char pgdump[] =
    "--\n"
    "-- PostgreSQL database dump\n"
    "--\n"
    "\n"
    "-- Dumped from database version 16.2\n"
    "-- Dumped by pg_dump version 16.2\n"
    "\n"
    "SET statement_timeout = 0;\n"
    "SET client_encoding = 'UTF8';\n"
    "SET standard_conforming_strings = on;\n"
    "SELECT pg_catalog.set_config('search_path', '', false);\n"
    "SET check_function_bodies = false;\n"
    "\n"
    "CREATE FUNCTION public.f() RETURNS trigger\n"
    "    LANGUAGE plpgsql\n"
    "    AS $_$ BEGIN INSERT INTO t VALUES (1); RETURN 'it''s; $'; END; $_$;\n"
    "\n"
    "SET default_tablespace = '';\n"
    "\n"
    "CREATE TABLE public.users (\n"
    "    id integer NOT NULL,\n"
    "    email character varying(255) NOT NULL,\n"
    "    \"Full Name\" text,\n"
    "    score numeric(10,2) DEFAULT 0.0,\n"
    "    created timestamp without time zone DEFAULT now(),\n"
    "    CONSTRAINT users_score_check CHECK ((score >= (0)::numeric))\n"
    ");\n"
    "\n"
    "ALTER TABLE public.users OWNER TO postgres;\n"
    "\n"
    "COPY public.users (id, email, \"Full Name\", score, created) FROM stdin;\n"
    "1\tjean@example.fr\tJean Dupont\t12.50\t2024-01-01 10:00:00\n"
    "2\to'brien@example.com\t\\N\t\\N\t\\N\n"
    "3\ttab\\there\tback\\\\slash\\nnewline\t\\101\\x42\\7\t\n"
    "4\t\\N\\N\tN\t\\.\t;\n"
    "\\.\n"
    "\n"
    "ALTER TABLE ONLY public.users ADD CONSTRAINT users_pkey PRIMARY KEY (id);\n"
    "\n"
    "--\n"
    "-- PostgreSQL database dump complete\n"
    "--\n";

Test(sql, pg_dump_copy)
{
    run_t r;
    CHECK(&r, pgdump, LS_SQL_AUTO);
    cr_assert_eq(r.st.dialect, LS_SQL_POSTGRES);
    cr_assert_eq(r.ntables, 1, "tables %u", r.ntables);
    cr_assert_str_eq(r.names[0], "public.users");
    /* CREATE TABLE, then the COPY list (different: quoted name kept, "created" included) */
    cr_assert_eq(r.ntab, 1, "on_table calls %zu", r.ntab);
    static const char *const cols[] = {"id", "email", "Full Name", "score", "created"};
    expect_cols(&r.tabs[0], 5, cols);
    cr_assert_eq(r.nrec, 4);
    for (size_t i = 0; i < 4; i++) {
        cr_assert_eq(r.recs[i].problem, LS_VREC_OK);
        cr_assert_eq(r.recs[i].n, 5);
    }
    EXPECT_STR(&r, 0, 0, "1");
    EXPECT_STR(&r, 0, 2, "Jean Dupont");
    EXPECT_STR(&r, 1, 1, "o'brien@example.com");
    EXPECT_NULL(&r, 1, 2);
    EXPECT_NULL(&r, 1, 4);
    EXPECT_STR(&r, 2, 1, "tab\there");
    EXPECT_STR(&r, 2, 2, "back\\slash\nnewline");
    EXPECT_STR(&r, 2, 3, "AB\a");
    EXPECT_STR(&r, 2, 4, "");
    EXPECT_STR(&r, 3, 1, "NN");
    EXPECT_STR(&r, 3, 2, "N");
    EXPECT_STR(&r, 3, 3, ".");
    EXPECT_STR(&r, 3, 4, ";");
    cr_assert_eq(pgdump[r.recs[0].off], '1');
    cr_assert_eq(r.st.copy_blocks, 1);
    cr_assert_eq(r.st.create_tables, 1);
    cr_assert_eq(r.st.insert_statements, 0, "the INSERT in the function body is not one");
    /* 4 SET + SELECT + CREATE FUNCTION + SET + CREATE TABLE + ALTER + COPY + ALTER */
    cr_assert_eq(r.st.statements, 11, "statements %llu", (unsigned long long)r.st.statements);
    cr_assert(!r.st.unterminated);
    run_free(&r);
}

Test(sql, pg_dump_inserts)
{
    static const char in[] = "-- PostgreSQL database dump\n"
                             "SET standard_conforming_strings = on;\n"
                             "INSERT INTO public.users VALUES (1, 'C:\\path\\', 'it''s', "
                             "E'tab\\there\\n\\\\ \\'q\\' \\101\\x41\\u00e9', NULL, true);\n"
                             "INSERT INTO public.users (id, email) OVERRIDING SYSTEM VALUE "
                             "VALUES (2, 'a@b.fr'), (3, 'x'::text);\n";
    run_t r;
    CHECK(&r, in, LS_SQL_AUTO);
    cr_assert_eq(r.st.dialect, LS_SQL_POSTGRES);
    cr_assert_eq(r.nrec, 3);
    cr_assert_eq(r.st.malformed, 0);
    EXPECT_STR(&r, 0, 1, "C:\\path\\");
    EXPECT_STR(&r, 0, 2, "it's");
    EXPECT_STR(&r, 0, 3, "tab\there\n\\ 'q' AAé");
    EXPECT_NULL(&r, 0, 4);
    expect_val(&r, 0, 5, LS_VAL_BOOL, "true", 4);
    EXPECT_STR(&r, 2, 1, "x"); /* the ::text cast is dropped */
    /* no CREATE TABLE: announced with 0 columns at the first record, then the column list */
    cr_assert_eq(r.ntab, 2);
    cr_assert_eq(r.tabs[0].ncols, 0);
    static const char *const cols[] = {"id", "email"};
    expect_cols(&r.tabs[1], 2, cols);
    run_free(&r);
}

Test(sql, pg_standard_conforming_strings_off)
{
    static const char in[] = "SET standard_conforming_strings = off;\n"
                             "INSERT INTO t VALUES ('a\\'b', 'c\\\\d');\n";
    run_t r;
    CHECK(&r, in, LS_SQL_AUTO);
    cr_assert_eq(r.st.dialect, LS_SQL_POSTGRES);
    cr_assert_eq(r.nrec, 1);
    EXPECT_STR(&r, 0, 0, "a'b");
    EXPECT_STR(&r, 0, 1, "c\\d");
    run_free(&r);
}

Test(sql, explicit_dialect_wins)
{
    static const char in[] = "INSERT INTO t VALUES ('a\\', 'b');";
    run_t r;
    CHECK(&r, in, LS_SQL_POSTGRES);
    cr_assert_eq(r.st.dialect, LS_SQL_POSTGRES);
    cr_assert_eq(r.nrec, 1);
    EXPECT_STR(&r, 0, 0, "a\\");
    EXPECT_STR(&r, 0, 1, "b");
    run_free(&r);
    CHECK(&r, in, LS_SQL_MYSQL); /* here the string runs to the end: unterminated */
    cr_assert_eq(r.st.dialect, LS_SQL_MYSQL);
    cr_assert_eq(r.nrec, 1);
    cr_assert_eq(r.recs[0].problem, LS_VREC_SYNTAX);
    cr_assert(r.st.unterminated);
    run_free(&r);
}

/* ---- tables and columns ------------------------------------------------------------------------
 */

Test(sql, two_tables_and_column_lists)
{
    static const char in[] =
        "CREATE TABLE IF NOT EXISTS `a` (`x` int, `y` text);\n"
        "CREATE TABLE b (id int PRIMARY KEY, name varchar(20), KEY k (name));\n"
        "INSERT INTO `a` VALUES (1,'one');\n"
        "INSERT INTO b VALUES (10,'ten'),(11,'eleven');\n"
        "INSERT INTO a (`y`,`x`) VALUES ('two',2);\n"
        "INSERT INTO a (`y`,`x`) VALUES ('three',3);\n" /* same list: not announced again */
        "INSERT INTO c VALUES (5);\n"                   /* never created */
        "INSERT INTO a VALUES (4,'four');\n";
    run_t r;
    CHECK(&r, in, LS_SQL_AUTO);
    cr_assert_eq(r.ntables, 3);
    cr_assert_str_eq(r.names[0], "a");
    cr_assert_str_eq(r.names[1], "b");
    cr_assert_str_eq(r.names[2], "c");
    cr_assert_eq(r.ntab, 4, "on_table calls %zu", r.ntab);
    static const char *const ca[] = {"x", "y"}, *const cb[] = {"id", "name"},
                             *const ca2[] = {"y", "x"};
    cr_assert_eq(r.tabs[0].id, 0);
    expect_cols(&r.tabs[0], 2, ca);
    cr_assert_eq(r.tabs[1].id, 1);
    expect_cols(&r.tabs[1], 2, cb);
    cr_assert_eq(r.tabs[2].id, 0);
    expect_cols(&r.tabs[2], 2, ca2);
    cr_assert_eq(r.tabs[3].id, 2);
    cr_assert_eq(r.tabs[3].ncols, 0);
    cr_assert_eq(r.nrec, 7);
    static const uint32_t tables[] = {0, 1, 1, 0, 0, 2, 0};
    for (size_t i = 0; i < 7; i++)
        cr_assert_eq(r.recs[i].table, tables[i], "record %zu", i);
    /* the on_table of c came right before its record */
    const char *tc = strstr(r.log, "T2 1:c 0");
    const char *rc = strstr(r.log, "R2 ");
    cr_assert(tc && rc && tc < rc);
    cr_assert_eq(r.st.create_tables, 2);
    run_free(&r);
}

Test(sql, create_table_oddities)
{
    static const char in[] =
        "CREATE TEMPORARY TABLE t1 (a int, CHECK (a > 0), b int, CONSTRAINT c UNIQUE (b));\n"
        "CREATE TABLE t2 LIKE t1;\n"
        "CREATE TABLE \"S\".\"T 3\" (\"weird \"\"name\" int);\n"
        "CREATE OR REPLACE TABLE t4 (x enum('(',')',','), y set('a'));\n"
        "CREATE TABLE t5 ();\n"
        "CREATE INDEX i ON t1 (a);\n";
    run_t r;
    CHECK(&r, in, LS_SQL_AUTO);
    cr_assert_eq(r.st.create_tables, 5);
    cr_assert_eq(r.ntab, 4);
    static const char *const c1[] = {"a", "b"}, *const c3[] = {"weird \"name"},
                             *const c4[] = {"x", "y"};
    expect_cols(&r.tabs[0], 2, c1);
    cr_assert_str_eq(r.tabs[1].name, "S.T 3");
    expect_cols(&r.tabs[1], 1, c3);
    expect_cols(&r.tabs[2], 2, c4);
    cr_assert_eq(r.tabs[3].ncols, 0);
    cr_assert_eq(r.nrec, 0);
    run_free(&r);
}

/* ---- malformed input ---------------------------------------------------------------------- */

Test(sql, garbage_between_tuples)
{
    static const char in[] = "INSERT INTO t VALUES (1,'a'),xyz(2,'b'),(3,'c') junk;\n"
                             "INSERT INTO t VALUES (4),;\n"
                             "INSERT INTO t VALUES (5)) ,(6);\n";
    run_t r;
    CHECK(&r, in, LS_SQL_MYSQL);
    /* (1) ok | "xyz(2,'b')" garbage | (3) ok | "junk" garbage | (4) | (5) | ")" garbage | (6) */
    cr_assert_eq(r.nrec, 8, "records %zu\n%s", r.nrec, r.log);
    static const uint8_t probs[] = {0, LS_VREC_SYNTAX, 0, LS_VREC_SYNTAX, 0, 0, LS_VREC_SYNTAX, 0};
    for (size_t i = 0; i < 8; i++)
        cr_assert_eq(r.recs[i].problem, probs[i], "record %zu", i);
    cr_assert_eq(in[r.recs[1].off], 'x');
    cr_assert_eq(r.recs[1].n, 0);
    EXPECT_NUM(&r, 2, 0, "3");
    EXPECT_NUM(&r, 7, 0, "6");
    cr_assert_eq(r.st.malformed, 3);
    cr_assert(!r.st.unterminated);
    run_free(&r);
}

Test(sql, malformed_tuples_resynchronise)
{
    static const char in[] = "INSERT INTO t VALUES (1,'a' 'b' x),(2,,3),(4,'d',(5,'e'),(6,'f');\n"
                             "INSERT INTO t VALUES (7,'g'),(8,);\n"
                             "INSERT INTO t VALUES (9,'h';\n"
                             "INSERT INTO t VALUES (10);\n";
    run_t r;
    CHECK(&r, in, LS_SQL_MYSQL);
    cr_assert_eq(r.nrec, 7, "records %zu\n%s", r.nrec, r.log);
    /* a value then garbage: the values read so far are kept */
    cr_assert_eq(r.recs[0].problem, LS_VREC_SYNTAX);
    cr_assert_eq(r.recs[0].n, 2);
    EXPECT_STR(&r, 0, 1, "a");
    cr_assert_eq(r.recs[1].problem, LS_VREC_SYNTAX);
    EXPECT_NUM(&r, 1, 0, "2");
    /* unbalanced parentheses: the nested tuple is read as one expression, then ';' ends it */
    cr_assert_eq(r.recs[2].problem, LS_VREC_SYNTAX);
    EXPECT_OTHER(&r, 2, 2, "(5,'e')");
    EXPECT_OTHER(&r, 2, 3, "(6,'f')");
    cr_assert_eq(r.recs[3].problem, LS_VREC_OK);
    cr_assert_eq(r.recs[4].problem, LS_VREC_SYNTAX); /* trailing comma */
    cr_assert_eq(r.recs[5].problem, LS_VREC_SYNTAX); /* ';' before ')' */
    EXPECT_STR(&r, 5, 1, "h");
    cr_assert_eq(r.recs[6].problem, LS_VREC_OK);
    EXPECT_NUM(&r, 6, 0, "10");
    cr_assert_eq(r.st.malformed, 5);
    run_free(&r);
}

Test(sql, unterminated_string_at_end_is_reported)
{
    static const char in[] = "INSERT INTO t VALUES (1,'ok'),(2,'never closed),(3,'x');\n-- end\n";
    run_t r;
    CHECK(&r, in, LS_SQL_MYSQL);
    /* 'never closed),(3,' is a string, x is garbage, and its quote opens a string that never
     * closes: the record is delivered at the end, malformed, with the values read */
    cr_assert_eq(r.nrec, 2, "%s", r.log);
    cr_assert_eq(r.recs[0].problem, LS_VREC_OK);
    cr_assert_eq(r.recs[1].problem, LS_VREC_SYNTAX, "%s", r.log);
    EXPECT_NUM(&r, 1, 0, "2");
    EXPECT_STR(&r, 1, 1, "never closed),(3,");
    cr_assert(r.st.unterminated);
    run_free(&r);

    static const char in2[] = "INSERT INTO t VALUES (1,'a'),(2,'b";
    CHECK(&r, in2, LS_SQL_MYSQL);
    cr_assert_eq(r.nrec, 2);
    cr_assert_eq(r.recs[1].problem, LS_VREC_SYNTAX);
    cr_assert_eq(r.recs[1].n, 1);
    EXPECT_NUM(&r, 1, 0, "2");
    cr_assert(r.st.unterminated);
    run_free(&r);

    static const char in3[] = "INSERT INTO t VALUES (1,'a'),(2,'b')";
    CHECK(&r, in3, LS_SQL_MYSQL);
    cr_assert_eq(r.nrec, 2);
    cr_assert_eq(r.st.malformed, 0);
    cr_assert(r.st.unterminated); /* no ';' */
    run_free(&r);
}

Test(sql, nul_bytes)
{
    static const char in[] = "INSERT INTO t VALUES (1,'a\0b'),(2,\0'c'),(3\0,'d');\0\0\0\n"
                             "INSERT INTO t VALUES (4);";
    run_t r;
    CHECK(&r, in, LS_SQL_MYSQL);
    cr_assert_eq(r.nrec, 4);
    cr_assert_eq(r.recs[0].problem, LS_VREC_OK); /* inside a string: data */
    expect_val(&r, 0, 1, LS_VAL_STRING, "a\0b", 3);
    cr_assert_eq(r.recs[1].problem, LS_VREC_NUL);
    EXPECT_STR(&r, 1, 1, "c");
    cr_assert_eq(r.recs[2].problem, LS_VREC_NUL);
    cr_assert_eq(r.recs[3].problem, LS_VREC_OK);
    cr_assert_eq(r.st.malformed, 2);
    run_free(&r);
}

Test(sql, oversized_tuple_is_skipped_and_counted)
{
    char in[4096];
    int n = snprintf(in, sizeof in, "INSERT INTO t VALUES (1,'short'),(2,'");
    for (int i = 0; i < 300; i++)
        in[n++] = (char)('a' + i % 26);
    n += snprintf(in + n, sizeof in - (size_t)n, "\\''),(3,'x'),(4,");
    for (int i = 0; i < 300; i++)
        in[n++] = '7';
    n += snprintf(in + n, sizeof in - (size_t)n, "),(5,'%s');", "y");
    run_t r;
    check_all_max(&r, in, (size_t)n, LS_SQL_MYSQL, 64);
    cr_assert_eq(r.nrec, 5);
    cr_assert_eq(r.recs[1].problem, LS_VREC_OVERSIZED);
    cr_assert_eq(r.recs[1].n, 0);
    cr_assert_eq(r.recs[3].problem, LS_VREC_OVERSIZED);
    cr_assert_eq(r.recs[2].problem, LS_VREC_OK);
    EXPECT_STR(&r, 2, 1, "x");
    EXPECT_STR(&r, 4, 1, "y");
    cr_assert_eq(r.st.oversized, 2);
    cr_assert_eq(r.st.malformed, 2);
    run_free(&r);

    /* exactly at the bound: "(1,'ab')" is 8 bytes */
    static const char eq[] = "INSERT INTO t VALUES (1,'ab'),(1,'abc');";
    check_all_max(&r, eq, sizeof eq - 1, LS_SQL_MYSQL, 8);
    cr_assert_eq(r.nrec, 2);
    cr_assert_eq(r.recs[0].problem, LS_VREC_OK);
    cr_assert_eq(r.recs[1].problem, LS_VREC_OVERSIZED);
    run_free(&r);
}

Test(sql, copy_line_oversized_and_crlf)
{
    char in[2048];
    int n = snprintf(in, sizeof in, "COPY t (a, b) FROM stdin;\r\n1\tx\r\n2\t");
    for (int i = 0; i < 200; i++)
        in[n++] = 'z';
    n += snprintf(in + n, sizeof in - (size_t)n, "\r\n\\N\tlast\\r\r\n\\.\r\nSELECT 1;\r\n");
    run_t r;
    check_all_max(&r, in, (size_t)n, LS_SQL_AUTO, 100);
    cr_assert_eq(r.nrec, 3);
    cr_assert_eq(r.recs[0].problem, LS_VREC_OK);
    EXPECT_STR(&r, 0, 1, "x");
    cr_assert_eq(r.recs[1].problem, LS_VREC_OVERSIZED);
    EXPECT_NULL(&r, 2, 0);
    EXPECT_STR(&r, 2, 1, "last\r"); /* an escaped CR stays, the raw one before LF goes */
    cr_assert_eq(r.st.oversized, 1);
    cr_assert_eq(r.st.statements, 2);
    cr_assert(!r.st.unterminated);
    run_free(&r);
}

Test(sql, crlf_dump)
{
    static const char in[] = "-- MySQL dump\r\n/*!40101 SET NAMES utf8 */;\r\n"
                             "CREATE TABLE `t` (\r\n  `a` int,\r\n  `b` text\r\n);\r\n"
                             "INSERT INTO `t` VALUES (1,'x\r\ny'),\r\n(2,'z');\r\n";
    run_t r;
    CHECK(&r, in, LS_SQL_AUTO);
    cr_assert_eq(r.nrec, 2);
    EXPECT_STR(&r, 0, 1, "x\r\ny");
    EXPECT_NUM(&r, 1, 0, "2");
    static const char *const cols[] = {"a", "b"};
    expect_cols(&r.tabs[0], 2, cols);
    cr_assert_eq(r.st.malformed, 0);
    run_free(&r);
}

Test(sql, copy_unterminated_and_odd_lines)
{
    static const char in[] = "COPY t FROM stdin;\n1\ta\n\n\\.x\tb\n2\tcut";
    run_t r;
    CHECK(&r, in, LS_SQL_AUTO);
    cr_assert_eq(r.nrec, 4, "%s", r.log);
    EXPECT_STR(&r, 0, 1, "a");
    cr_assert_eq(r.recs[1].n, 1); /* an empty line: one empty field */
    EXPECT_STR(&r, 1, 0, "");
    EXPECT_STR(&r, 2, 0, ".x");                      /* "\." not alone on its line is data */
    cr_assert_eq(r.recs[3].problem, LS_VREC_SYNTAX); /* cut by the end of input */
    EXPECT_STR(&r, 3, 1, "cut");
    cr_assert(r.st.unterminated);
    cr_assert_eq(r.ntab, 1);
    cr_assert_eq(r.tabs[0].ncols, 0);
    run_free(&r);

    static const char in2[] = "COPY t FROM stdin;\n1\ta\n";
    CHECK(&r, in2, LS_SQL_AUTO);
    cr_assert_eq(r.nrec, 1);
    cr_assert_eq(r.st.malformed, 0);
    cr_assert(r.st.unterminated); /* no "\." */
    run_free(&r);

    static const char in3[] = "COPY t FROM stdin;\n1\ta\n\\.";
    CHECK(&r, in3, LS_SQL_AUTO);
    cr_assert_eq(r.nrec, 1);
    cr_assert(!r.st.unterminated);
    run_free(&r);
}

Test(sql, empty_and_comment_only_input)
{
    run_t r;
    check_all(&r, "", 0, LS_SQL_AUTO);
    cr_assert_eq(r.nrec, 0);
    cr_assert_eq(r.st.statements, 0);
    cr_assert_eq(r.st.dialect, LS_SQL_AUTO);
    cr_assert(!r.st.unterminated);
    run_free(&r);

    static const char in[] = "-- just\n# comments\n/* and\n more */\n\n--\n";
    CHECK(&r, in, LS_SQL_AUTO);
    cr_assert_eq(r.nrec, 0);
    cr_assert_eq(r.st.statements, 0);
    cr_assert(!r.st.unterminated);
    run_free(&r);

    static const char in2[] = "/* never closed";
    CHECK(&r, in2, LS_SQL_AUTO);
    cr_assert(r.st.unterminated);
    run_free(&r);
}

Test(sql, delimiter_regions_and_dollar_quotes_hide_statements)
{
    static const char in[] =
        "\xEF\xBB\xBF-- MySQL dump\n"
        "DELIMITER ;;\n"
        "CREATE PROCEDURE p() BEGIN SELECT 1; INSERT INTO t VALUES (1); END ;;\n"
        "DELIMITER ;\n"
        "INSERT INTO t VALUES (2);\n";
    run_t r;
    CHECK(&r, in, LS_SQL_AUTO);
    cr_assert_eq(r.nrec, 1);
    EXPECT_NUM(&r, 0, 0, "2");
    run_free(&r);

    static const char pg[] = "SET standard_conforming_strings = on;\n"
                             "CREATE FUNCTION f() AS $$ INSERT INTO t VALUES (1); $$;\n"
                             "DO $x$ BEGIN PERFORM '$'; END $x$;\n"
                             "INSERT INTO t VALUES (2);\n";
    CHECK(&r, pg, LS_SQL_AUTO);
    cr_assert_eq(r.nrec, 1);
    EXPECT_NUM(&r, 0, 0, "2");
    cr_assert_eq(r.st.statements, 4);
    run_free(&r);
}

Test(sql, callback_stop_is_returned_and_sticky)
{
    static const char in[] = "INSERT INTO t VALUES (1),(2),(3);";
    run_t r = {0};
    r.stop_after = 2;
    ls_sql_callbacks cb = {.ctx = &r, .on_table = on_table, .on_record = on_record};
    ls_sql_parser *p = ls_sql_parser_create(LS_SQL_AUTO, 0, &cb);
    cr_assert_eq(ls_sql_parser_feed(p, in, sizeof in - 1), 7);
    cr_assert_eq(ls_sql_parser_feed(p, in, sizeof in - 1), 7);
    cr_assert_eq(ls_sql_parser_finish(p), 7);
    cr_assert_eq(r.nrec, 2);
    ls_sql_parser_free(p);
    ls_sql_parser_free(NULL);
    run_free(&r);
}

/* Found by fuzz_sql: after a garbage record's ')' the "),(" look-ahead read past the record;
 * a chunk ending there counted those bytes and called a record of exactly max_record_bytes
 * oversized. */
Test(sql, regression_resync_lookahead_is_not_part_of_the_record)
{
    static const char in[] = "INSERT INTO t VALUES (1,'a'),xyz(2,'b') , (3);";
    run_t r;
    check_all_max(&r, in, sizeof in - 1, LS_SQL_MYSQL, 10); /* "xyz(2,'b')" is 10 bytes */
    cr_assert_eq(r.nrec, 3);
    cr_assert_eq(r.recs[1].problem, LS_VREC_SYNTAX);
    cr_assert_eq(r.st.oversized, 0);
    run_free(&r);
}

/* Found by fuzz_sql: an empty quoted identifier as the first column name (UBSan: offset on
 * a NULL buffer). */
Test(sql, regression_empty_quoted_column_name)
{
    static const char in[] = "INSERT INTO t (``, \"\") VALUES (1, 2);";
    run_t r;
    CHECK(&r, in, LS_SQL_MYSQL);
    cr_assert_eq(r.ntab, 1);
    static const char *const cols[] = {"", ""};
    expect_cols(&r.tabs[0], 2, cols);
    cr_assert_eq(r.nrec, 1);
    run_free(&r);
}

/* Many values in one tuple fed in tiny chunks: moving the values out of each chunk must not
 * revisit the earlier ones (that was quadratic). */
Test(sql, many_values_in_tiny_chunks_are_linear, .timeout = 60)
{
    size_t nv = 200000, n = 0;
    char *in = malloc(32 + nv * 2 + 8);
    cr_assert(in);
    n += (size_t)sprintf(in, "INSERT INTO t VALUES (");
    for (size_t i = 0; i < nv; i++) {
        in[n++] = (char)('0' + i % 10);
        in[n++] = i + 1 < nv ? ',' : ')';
    }
    in[n++] = ';';
    uint64_t count = 0;
    run_t r = {0};
    ls_sql_callbacks cb = {.ctx = &r, .on_record = on_record};
    ls_sql_parser *p = ls_sql_parser_create(LS_SQL_MYSQL, 0, &cb);
    for (size_t pos = 0; pos < n; pos += 3)
        cr_assert_eq(ls_sql_parser_feed(p, in + pos, n - pos < 3 ? n - pos : 3), 0);
    cr_assert_eq(ls_sql_parser_finish(p), 0);
    count = r.nrec;
    cr_assert_eq(count, 1);
    cr_assert_eq(r.recs[0].n, nv);
    EXPECT_NUM(&r, 0, (uint32_t)nv - 1, "9");
    ls_sql_parser_free(p);
    run_free(&r);
    free(in);
}

/* ---- linear time ------------------------------------------------------------------------------
 */

/* Inputs that would be quadratic for a parser that rescans a statement or a quoted span:
 * they must finish (fed in small chunks) in well under a second. */
Test(sql, unclosed_quotes_and_long_statements_are_linear, .timeout = 60)
{
    size_t n = 4u << 20;
    char *in = malloc(n);
    cr_assert(in);
    static const char pat[] = "(1,'a),(";
    memcpy(in, "INSERT INTO t VALUES ", 21);
    for (size_t i = 21; i < n; i++)
        in[i] = pat[(i - 21) % (sizeof pat - 1)];
    for (int pass = 0; pass < 3; pass++) {
        if (pass == 1) memset(in, '(', n);                 /* a statement of '(' */
        if (pass == 2) memcpy(in, "CREATE TABLE t (", 16); /* a never-ending column list */
        run_t r = {0};
        ls_sql_callbacks cb = {.ctx = &r, .on_table = on_table};
        ls_sql_parser *p = ls_sql_parser_create(LS_SQL_MYSQL, 1 << 16, &cb);
        for (size_t pos = 0; pos < n; pos += 7)
            cr_assert_eq(ls_sql_parser_feed(p, in + pos, n - pos < 7 ? n - pos : 7), 0);
        ls_sql_parser_finish(p);
        ls_sql_stats st;
        ls_sql_parser_stats(p, &st);
        cr_assert(st.unterminated);
        cr_assert_eq(st.bytes, n);
        ls_sql_parser_free(p);
        run_free(&r);
    }
    free(in);
}

/* ---- USE db, VALUES ROW(...), COPY options ----------------------------------------------------
 */

Test(sql, use_db_qualifies_unqualified_names)
{
    static const char in[] = "-- MySQL dump\n"
                             "INSERT INTO users VALUES (0);\n"
                             "USE `shop`;\n"
                             "CREATE TABLE `users` (`id` int, `email` text);\n"
                             "INSERT INTO `users` VALUES (1,'a');\n"
                             "INSERT INTO other.t VALUES (2);\n"
                             "use crm;\n"
                             "INSERT INTO users (id) VALUES (3);\n"
                             "USE x y;\n"
                             "INSERT INTO users VALUES (4);\n"
                             "COPY users FROM stdin;\n5\n\\.\n";
    run_t r;
    CHECK(&r, in, LS_SQL_MYSQL);
    cr_assert_eq(r.ntables, 4, "%s", r.log);
    cr_assert_str_eq(r.names[0], "users"); /* before any USE: as written */
    cr_assert_str_eq(r.names[1], "shop.users");
    cr_assert_str_eq(r.names[2], "other.t"); /* qualified: as written */
    cr_assert_str_eq(r.names[3], "crm.users");
    cr_assert_eq(r.nrec, 6);
    static const uint32_t tab[] = {0, 1, 2, 3, 3, 3};
    for (size_t i = 0; i < 6; i++)
        cr_assert_eq(r.recs[i].table, tab[i], "record %zu: table %u", i, r.recs[i].table);
    static const char *const cols[] = {"id", "email"};
    cr_assert_str_eq(r.tabs[1].name, "shop.users");
    expect_cols(&r.tabs[1], 2, cols);
    EXPECT_STR(&r, 5, 0, "5");
    cr_assert_eq(r.st.malformed, 0);
    run_free(&r);
}

Test(sql, values_row_constructor)
{
    static const char in[] = "INSERT INTO t VALUES ROW(1,'a'), ROW (2,'b'),row(3,NULL);\n"
                             "REPLACE INTO t VALUES ROW(4);\n"
                             "INSERT INTO t VALUES ROW(5,'x' 'y'), ROW(6);\n"
                             "INSERT INTO t VALUES ROWX(7);\n"
                             "INSERT INTO t VALUES (8), ROW(9);\n";
    run_t r;
    CHECK(&r, in, LS_SQL_AUTO);
    cr_assert_eq(r.nrec, 9, "%s", r.log);
    EXPECT_NUM(&r, 0, 0, "1");
    EXPECT_STR(&r, 0, 1, "a");
    cr_assert_eq(in[r.recs[0].off], '(');
    EXPECT_STR(&r, 1, 1, "b");
    EXPECT_NULL(&r, 2, 1);
    EXPECT_NUM(&r, 3, 0, "4");
    cr_assert_eq(r.recs[4].problem, LS_VREC_SYNTAX); /* 'x' 'y' */
    EXPECT_NUM(&r, 5, 0, "6");                       /* resynchronised at "), ROW(" */
    cr_assert_eq(r.recs[5].problem, LS_VREC_OK);
    cr_assert_eq(r.recs[6].problem, LS_VREC_SYNTAX); /* ROWX(7) */
    EXPECT_NUM(&r, 7, 0, "8");
    EXPECT_NUM(&r, 8, 0, "9");
    cr_assert_eq(r.st.malformed, 2);
    cr_assert_eq(r.st.insert_statements, 5);
    cr_assert(!r.st.unterminated);
    run_free(&r);

    static const char cut[] = "INSERT INTO t VALUES ROW(1), RO";
    CHECK(&r, cut, LS_SQL_AUTO);
    cr_assert_eq(r.nrec, 2);
    cr_assert_eq(r.recs[1].problem, LS_VREC_SYNTAX);
    cr_assert(r.st.unterminated);
    run_free(&r);
}

static const char copy_csv[] =
    "-- PostgreSQL database dump\n"
    "COPY public.t (a, b, c) FROM stdin WITH (FORMAT csv, HEADER true, NULL 'NA');\n"
    "a,b,c\n"
    "1,\"x, \"\"quoted\"\"\",NA\n"
    "2,\"multi\nline\",\"\"\n"
    "3,,\"NA\"\n"
    "\"4\"x,ab\"c,d\"e,\\N\n"
    "\\.\n"
    "COPY t2 FROM stdin WITH CSV HEADER DELIMITER AS ';';\n"
    "\"h1\nstill header\";h2\n"
    "5;\n"
    "\"6\";\"7\"\r\n"
    "\\.\n"
    "COPY t3 FROM stdin WITH (FORMAT csv, QUOTE '''', ESCAPE '\\', DELIMITER E'\\t', "
    "FORCE_NULL (a, b));\n"
    "'a\\'b'\t'c\\\\d'\t'e\\xf'\t''\n"
    "\\.\n"
    "INSERT INTO t VALUES (9);\n";

Test(sql, copy_csv_blocks)
{
    run_t r;
    CHECK(&r, copy_csv, LS_SQL_AUTO);
    cr_assert_eq(r.st.dialect, LS_SQL_POSTGRES);
    cr_assert_eq(r.nrec, 8, "%s", r.log);
    cr_assert_eq(r.st.malformed, 0, "%s", r.log);
    EXPECT_STR(&r, 0, 0, "1");
    EXPECT_STR(&r, 0, 1, "x, \"quoted\"");
    EXPECT_NULL(&r, 0, 2); /* NULL 'NA' */
    EXPECT_STR(&r, 1, 1, "multi\nline");
    EXPECT_STR(&r, 1, 2, "");   /* quoted empty: a string */
    EXPECT_STR(&r, 2, 1, "");   /* empty unquoted is not NULL when NULL is 'NA' */
    EXPECT_STR(&r, 2, 2, "NA"); /* quoted: never NULL */
    EXPECT_STR(&r, 3, 0, "4x");
    EXPECT_STR(&r, 3, 1, "abc,de");
    EXPECT_STR(&r, 3, 2, "\\N"); /* no \N in CSV */
    cr_assert_eq(r.recs[3].n, 3);
    EXPECT_STR(&r, 4, 0, "5");
    EXPECT_NULL(&r, 4, 1); /* default CSV NULL: empty unquoted */
    EXPECT_STR(&r, 5, 0, "6");
    EXPECT_STR(&r, 5, 1, "7"); /* CR LF line end */
    cr_assert_eq(r.recs[6].n, 4);
    EXPECT_STR(&r, 6, 0, "a'b");
    EXPECT_STR(&r, 6, 1, "c\\d");
    EXPECT_STR(&r, 6, 2, "e\\xf"); /* the escape only escapes the quote and itself */
    EXPECT_STR(&r, 6, 3, "");
    EXPECT_NUM(&r, 7, 0, "9");
    cr_assert_str_eq(r.names[0], "public.t");
    cr_assert_eq(r.st.copy_blocks, 3);
    cr_assert(!r.st.unterminated);
    cr_assert(r.zero_copy >= 6, "zero copy %zu", r.zero_copy);
    run_free(&r);

    static const char cut[] = "COPY t FROM stdin CSV;\n1,\r\n\\x,y\n\\.z\n\"open\n";
    CHECK(&r, cut, LS_SQL_POSTGRES);
    cr_assert_eq(r.nrec, 4, "%s", r.log);
    EXPECT_STR(&r, 0, 0, "1");
    EXPECT_NULL(&r, 0, 1);
    EXPECT_STR(&r, 1, 0, "\\x");
    EXPECT_STR(&r, 2, 0, "\\.z"); /* not alone on its line: data */
    cr_assert_eq(r.recs[3].problem, LS_VREC_SYNTAX);
    EXPECT_STR(&r, 3, 0, "open\n");
    cr_assert(r.st.unterminated);
    run_free(&r);
}

Test(sql, copy_text_options)
{
    static const char in[] = "COPY t4 FROM stdin WITH (DELIMITER '|', NULL '');\n"
                             "1|a\\|b||\\N\n"
                             "\\.\n"
                             "COPY t5 (a, b) FROM stdin DELIMITER ',' NULL AS 'nil';\n"
                             "x,nil\n"
                             "\\.\n"
                             "COPY t6 FROM stdin WITH (FORMAT text, HEADER);\n"
                             "h\tj\n"
                             "1\t\\N\n"
                             "\\.\n"
                             "COPY t7 FROM stdin WITH (NULL '\\N');\n"
                             "\\N\tN\n"
                             "\\.\n";
    run_t r;
    CHECK(&r, in, LS_SQL_POSTGRES);
    cr_assert_eq(r.nrec, 4, "%s", r.log);
    cr_assert_eq(r.recs[0].n, 4);
    EXPECT_STR(&r, 0, 0, "1");
    EXPECT_STR(&r, 0, 1, "a|b");
    EXPECT_NULL(&r, 0, 2);
    EXPECT_STR(&r, 0, 3, "N"); /* \N is not the NULL string here */
    EXPECT_STR(&r, 1, 0, "x");
    EXPECT_NULL(&r, 1, 1);
    EXPECT_STR(&r, 2, 0, "1"); /* the header line is skipped */
    EXPECT_NULL(&r, 2, 1);
    EXPECT_NULL(&r, 3, 0);
    EXPECT_STR(&r, 3, 1, "N");
    cr_assert_eq(r.st.malformed, 0);
    cr_assert(!r.st.unterminated);
    run_free(&r);
}

/* ---- random inputs: chunking never matters ------------------------------------------------ */

/* n bytes of SQL-ish fragments, weighted toward what moves the parser's states. */
static void random_sql(char *s, size_t n)
{
    static const char *const frags[] = {"INSERT INTO t VALUES ",
                                        "(",
                                        ")",
                                        ",",
                                        ";",
                                        "'",
                                        "''",
                                        "\\",
                                        "\"",
                                        "`",
                                        "--",
                                        " ",
                                        "\n",
                                        "\r\n",
                                        "/*",
                                        "*/",
                                        "#",
                                        "-",
                                        "1",
                                        "NULL",
                                        "x'",
                                        "_binary ",
                                        "E'",
                                        "COPY t FROM stdin;\n",
                                        "\\.\n",
                                        "\t",
                                        "\\N",
                                        "CREATE TABLE t (a int, b text);",
                                        "$$",
                                        "::",
                                        "abc",
                                        "(1,'a')",
                                        "\0",
                                        "\\0",
                                        "\\x4",
                                        "\\101",
                                        "VALUES",
                                        "DELIMITER ;;\n",
                                        "DELIMITER ;\n",
                                        "SET x = 1;",
                                        "-- PostgreSQL database dump\n",
                                        "ON ",
                                        "é",
                                        "COPY t FROM stdin CSV HEADER;\n",
                                        "COPY t FROM stdin (FORMAT csv, QUOTE '|', NULL 'x');\n",
                                        "COPY t FROM stdin DELIMITER '|';\n",
                                        "|",
                                        "\"\"",
                                        "ROW(",
                                        "ROW ",
                                        "),ROW(",
                                        "USE d;"};
    size_t i = 0;
    while (i < n) {
        const char *f = frags[rnd_below(sizeof frags / sizeof *frags)];
        size_t k = f[0] ? strlen(f) : 1;
        if (k > n - i) k = n - i;
        memcpy(s + i, f, k);
        i += k;
    }
}

Test(sql, random_inputs_are_chunking_invariant, .timeout = 120)
{
    char buf[600];
    for (int t = 0; t < 300; t++) {
        rng_state = 0xabcdef00ULL + (uint64_t)t;
        size_t n = 1 + rnd_below(sizeof buf);
        random_sql(buf, n);
        run_t r;
        static const ls_sql_dialect ds[] = {LS_SQL_AUTO, LS_SQL_MYSQL, LS_SQL_POSTGRES};
        check_all_max(&r, buf, n, ds[t % 3], t % 2 ? 0 : 1 + (size_t)(t % 40));
        cr_assert(r.st.records == r.nrec);
        run_free(&r);
    }
}

/* ---- sniffing ------------------------------------------------------------------------------ */

Test(sql, sniff_dump_heads)
{
    static const char *const yes[] = {
        mysqldump,
        pgdump,
        "/*!40101 SET NAMES utf8 */;\n",
        "\xEF\xBB\xBFINSERT INTO `users` VALUES (1,'a');\n",
        "insert into users (id, email) values (1, 'a');",
        "REPLACE INTO t VALUES (1);",
        "CREATE TABLE users (id int);",
        "create table if not exists `users` (",
        "DROP TABLE IF EXISTS `users`;",
        "LOCK TABLES `users` WRITE;",
        "SET NAMES utf8mb4;",
        "SET FOREIGN_KEY_CHECKS=0;",
        "SET statement_timeout = 0;",
        "SET search_path TO public;",
        "COPY public.users (id, email) FROM stdin;",
        "USE `shop`;",
        "BEGIN;",
        "START TRANSACTION;",
        "SELECT pg_catalog.set_config('search_path', '', false);",
        "\\connect shop\n",
        "-- phpMyAdmin SQL Dump\n-- version 5.2\n",
        "-- some comment\n\n# another\nCREATE DATABASE shop;",
        "/* header */ ALTER TABLE t ADD COLUMN x int;",
    };
    for (size_t i = 0; i < sizeof yes / sizeof *yes; i++)
        cr_assert(ls_sql_sniff(yes[i], strlen(yes[i])), "should be SQL: %.40s", yes[i]);

    static const char *const no[] = {
        "",
        "id,email,name\n1,a@b.fr,Jean\n",
        "set,create,insert\n1,2,3\n",
        "create;update;delete\n1;2;3\n",
        "insert,into,values\n",
        "SET\tNAME\tVALUE\n1\t2\t3\n",
        "set x\n",
        "Create table of contents\n",
        "create table,x\n",
        "INSERT INTO the database every morning\n",
        "copy,paste\n",
        "use the force\n",
        "begin,end\n",
        "select name from users\n",
        "{\"email\": \"a@b.fr\"}\n",
        "[{\"a\":1}]",
        "jean@example.fr:password123\n",
        "Hello world, this is plain text.\n",
        "-- only a comment\n",
        "/* unterminated",
        "\\N\t1\n",
    };
    for (size_t i = 0; i < sizeof no / sizeof *no; i++)
        cr_assert(!ls_sql_sniff(no[i], strlen(no[i])), "should not be SQL: %s", no[i]);
}

/* ---- streaming a 200 MB INSERT ------------------------------------------------------------ */

/* SLOW TEST (a few seconds at -O2): one INSERT line of >= 200 MB and 2 000 000 tuples,
 * generated chunk by chunk into a 1 MB window (never whole), with chunk ends falling
 * anywhere inside values. Checks the record count, a few values, and that the process
 * stayed small (the statement was never held). */
#define BIG_TUPLES 2000000u

typedef struct {
    uint64_t n;
    uint64_t bad;
    uint64_t checked;
} big_ctx;

/* Count records; check every 99991st one (and the last) value by value. */
static int big_on_record(void *ctx, uint32_t table, const ls_value *v, uint32_t n,
                         ls_vrec_problem problem, uint64_t offset)
{
    big_ctx *b = ctx;
    (void)table;
    (void)offset;
    uint64_t i = b->n++;
    if (problem != LS_VREC_OK || n != 9) {
        b->bad++;
        return 0;
    }
    if (i % 99991 == 0 || i == BIG_TUPLES - 1) {
        char want[64];
        int k = snprintf(want, sizeof want, "%llu", (unsigned long long)i);
        if (v[0].kind != LS_VAL_NUMBER || v[0].len != (uint32_t)k || memcmp(v[0].p, want, k))
            b->bad++;
        k = snprintf(want, sizeof want, "user%llu@example.fr", (unsigned long long)i);
        if (v[3].kind != LS_VAL_STRING || v[3].len != (uint32_t)k || memcmp(v[3].p, want, k))
            b->bad++;
        if (v[6].kind != LS_VAL_NULL || v[7].kind != LS_VAL_NUMBER) b->bad++;
        if (v[8].len != 13 || memcmp(v[8].p, "it's ),( ; \\%", 13)) b->bad++;
        b->checked++;
    }
    return 0;
}

Test(sql, big_insert_streams_in_small_memory, .timeout = 300)
{
    big_ctx b = {0};
    ls_sql_callbacks cb = {.ctx = &b, .on_record = big_on_record};
    ls_sql_parser *p = ls_sql_parser_create(LS_SQL_AUTO, 0, &cb);
    cr_assert(p);
    enum { WIN = 1000003 };
    char *win = malloc(WIN);
    cr_assert(win);
    size_t fill = 0;
    uint64_t total = 0;
    char tuple[256];
    const char *head = "-- MySQL dump 10.13\nINSERT INTO `people` VALUES ";
    memcpy(win, head, strlen(head));
    fill = strlen(head);
    for (uint32_t i = 0; i <= BIG_TUPLES; i++) {
        int k;
        if (i < BIG_TUPLES)
            k = snprintf(tuple, sizeof tuple,
                         "%s(%u,'Jean%u','Dupont-Martin','user%u@example.fr','06%08u',"
                         "'1985-03-12',NULL,-%u,'it\\'s ),( ; \\%%')",
                         i ? "," : "", i, i, i, i % 100000000u, i % 1000);
        else
            k = snprintf(tuple, sizeof tuple, ";\n");
        for (int off = 0; off < k;) {
            size_t room = WIN - fill, take = (size_t)(k - off) < room ? (size_t)(k - off) : room;
            memcpy(win + fill, tuple + off, take);
            fill += take;
            off += (int)take;
            if (fill == WIN) {
                cr_assert_eq(ls_sql_parser_feed(p, win, fill), 0);
                total += fill;
                fill = 0;
            }
        }
    }
    cr_assert_eq(ls_sql_parser_feed(p, win, fill), 0);
    total += fill;
    cr_assert_eq(ls_sql_parser_finish(p), 0);
    ls_sql_stats st;
    ls_sql_parser_stats(p, &st);
    ls_sql_parser_free(p);
    free(win);
    cr_assert(total >= 200u * 1000 * 1000, "only %llu bytes", (unsigned long long)total);
    cr_assert_eq(st.bytes, total);
    cr_assert_eq(b.n, BIG_TUPLES);
    cr_assert_eq(st.records, BIG_TUPLES);
    cr_assert_eq(st.malformed, 0);
    cr_assert_eq(b.bad, 0);
    cr_assert(b.checked >= 20);
    cr_assert(!st.unterminated);
    cr_assert_eq(st.dialect, LS_SQL_MYSQL);
#ifndef LS_TEST_ASAN
    struct rusage ru;
    cr_assert_eq(getrusage(RUSAGE_SELF, &ru), 0);
    cr_assert(ru.ru_maxrss < 100 * 1024, "max RSS %ld kB: the statement was buffered",
              ru.ru_maxrss);
#endif
}
