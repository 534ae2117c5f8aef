/* SQL dumps, JSON exports and archives through the whole pipeline (public API): a dump's
 * tables as entries of their own, column names and types, record identity (NULL vs '',
 * JSON paths), JSON paths first seen late, thread-count and stream/mapping invariance,
 * truncated and damaged input. The readers' own edge cases are in test_sql.c / test_json.c,
 * the archive reader's in test_archive.c. */
#include <archive.h>
#include <archive_entry.h>
#include <criterion/criterion.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "leakscope/leakscope.h"
#include "test_files.h"
#include "pipeline/analysis.h"

static void setup(void)
{
    test_dir_make("ls-struct");
}

TestSuite(structured, .init = setup, .fini = test_dir_remove);

static ls_analysis *run(const char *path, unsigned threads)
{
    ls_options o;
    ls_options_init(&o);
    o.threads = threads;
    ls_analysis *a = ls_analysis_create(&o);
    cr_assert_not_null(a);
    ls_analysis_add_path(a, path);
    cr_assert_eq(ls_analysis_finish(a), LS_OK);
    return a;
}

static const ls_column_summary *column(const ls_input_summary *in, const char *name)
{
    for (uint32_t j = 0; j < in->column_count; j++)
        if (in->columns[j].name && strcmp(in->columns[j].name, name) == 0) return &in->columns[j];
    cr_assert_fail("no column %s in %s", name, in->path);
    return NULL;
}

/* A mysqldump-shaped dump with a people table (n rows, every 10th an exact duplicate of
 * the previous one) and an orders table (n/2 rows). Caller frees. */
static char *make_mysql(size_t n, size_t *len)
{
    size_t cap = 256 + n * 300;
    char *d = malloc(cap), *p = d;
    p += sprintf(
        p, "-- MySQL dump 10.13\n/*!40101 SET NAMES utf8mb4 */;\n"
           "CREATE TABLE `people` (\n  `id` int NOT NULL,\n  `nom` varchar(64),\n"
           "  `email` varchar(255) DEFAULT NULL,\n  `note` text,\n  PRIMARY KEY (`id`)\n"
           ") ENGINE=InnoDB;\n"
           "CREATE TABLE `orders` (`id` int, `email` varchar(255), `amount` decimal(10,2));\n");
    for (size_t i = 0; i < n; i++) {
        size_t k = i % 10 == 9 ? i - 1 : i; /* the duplicate repeats the previous tuple */
        if (i % 500 == 0)
            p += sprintf(p, "%sINSERT INTO `people` VALUES ", i ? ";\n" : "");
        else
            *p++ = ',';
        p += sprintf(p, "(%zu,'Dupont\\'%zu','user%zu@example.fr',%s)", k, k, k,
                     k % 3 ? "'a, \\\"b\\\"; (c)'" : "NULL");
    }
    p += sprintf(p, ";\n");
    for (size_t i = 0; i < n / 2; i++) {
        if (i % 700 == 0)
            p += sprintf(p, "%sINSERT INTO `orders` VALUES ", i ? ";\n" : "");
        else
            *p++ = ',';
        p += sprintf(p, "(%zu,'user%zu@example.fr',%zu.50)", i, i % 97, i);
    }
    p += sprintf(p, ";\n");
    *len = (size_t)(p - d);
    cr_assert_lt(*len, cap);
    return d;
}

Test(structured, sql_tables_are_entries_of_their_own)
{
    size_t n;
    char *d = make_mysql(3000, &n);
    const char *p = test_write_file("dump.sql", d, n);
    free(d);
    ls_analysis *a = run(p, 2);
    cr_assert_eq(ls_analysis_input_count(a), 2);
    const ls_input_summary *people = ls_analysis_input(a, 0), *orders = ls_analysis_input(a, 1);
    cr_expect_eq(people->format, LS_FORMAT_SQL);
    cr_expect_str_eq(people->table, "people");
    cr_expect_str_eq(orders->table, "orders");
    cr_expect_str_eq(people->sql_dialect, "mysql");
    cr_expect_eq(people->status, LS_OK, "%s", people->message);
    cr_expect_eq(people->records, 3000);
    cr_expect_eq(orders->records, 1500);
    cr_expect_eq(people->malformed, 0);
    cr_expect_eq(people->column_count, 4);
    cr_expect_str_eq(people->columns[1].name, "nom");
    const ls_column_summary *email = column(people, "email");
    cr_expect_str_eq(email->type, "email");
    cr_expect_eq(email->valid, 3000);
    cr_expect_eq(email->unique, 2700, "every 10th row repeats the previous one");
    cr_expect_str_eq(column(orders, "email")->type, "email");
    cr_expect_eq(column(orders, "email")->unique, 97);
    const ls_totals *t = ls_analysis_totals(a);
    cr_expect_eq(t->records, 4500);
    cr_expect_eq(t->unique_records, 2700 + 1500);
    cr_expect_eq(t->duplicate_records, 300);
    /* the dump's bytes are counted once, on its first table */
    cr_expect_eq(people->bytes, n);
    cr_expect_eq(orders->bytes, 0);
    cr_expect_eq(people->bytes_analyzed + orders->bytes_analyzed, n);
    ls_analysis_free(a);
}

Test(structured, sql_same_for_every_thread_count_and_from_a_stream)
{
    size_t n;
    char *d = make_mysql(120000, &n); /* > 8 MiB: the stream crosses windows mid-statement */
    cr_assert_gt(n, (size_t)8 << 20);
    const char *p = test_write_file("big.sql", d, n);
    ls_analysis *ref = run(p, 1);
    unsigned threads[] = {2, 8};
    for (int i = 0; i < 3; i++) {
        ls_analysis *b = i < 2 ? run(p, threads[i]) : test_run_pipe(d, n, 2, 0);
        cr_assert_eq(ls_analysis_input_count(b), 2);
        for (size_t k = 0; k < 2; k++) {
            const ls_input_summary *x = ls_analysis_input(ref, k), *y = ls_analysis_input(b, k);
            cr_expect_eq(x->records, y->records);
            cr_expect_eq(x->column_count, y->column_count);
            for (uint32_t j = 0; j < x->column_count; j++) {
                cr_expect_str_eq(x->columns[j].type, y->columns[j].type);
                cr_expect_eq(x->columns[j].unique, y->columns[j].unique);
                cr_expect_eq(x->columns[j].valid, y->columns[j].valid);
            }
        }
        const ls_totals *x = ls_analysis_totals(ref), *y = ls_analysis_totals(b);
        cr_expect_eq(x->unique_records, y->unique_records);
        cr_expect_eq(x->unique_records_normalized, y->unique_records_normalized);
        ls_analysis_free(b);
    }
    ls_analysis_free(ref);
    free(d);
}

Test(structured, sql_null_differs_from_empty_string_unless_normalised)
{
    const char *s = "INSERT INTO t (a, b) VALUES (1,NULL),(1,''),(1,NULL),(1,' ');\n";
    const char *p = test_write_file("null.sql", s, strlen(s));
    ls_analysis *a = run(p, 2);
    const ls_totals *t = ls_analysis_totals(a);
    cr_expect_eq(t->records, 4);
    cr_expect_eq(t->unique_records, 3, "NULL, '' and ' ' differ");
    cr_expect_eq(t->unique_records_normalized, 1, "all empty once normalised");
    cr_expect_str_eq(ls_analysis_input(a, 0)->columns[1].name, "b");
    ls_analysis_free(a);
}

Test(structured, sql_cut_inside_a_statement_is_partial)
{
    size_t n;
    char *d = make_mysql(3000, &n);
    const char *p = test_write_file("cut.sql", d, n / 2); /* inside a people INSERT */
    free(d);
    ls_analysis *a = run(p, 2);
    const ls_input_summary *in = ls_analysis_input(a, 0);
    cr_expect_eq(in->status, LS_ERR_TRUNCATED, "%s", ls_strerror(in->status));
    cr_expect(in->truncated);
    cr_expect(ls_status_is_partial(in->status));
    cr_expect_gt(in->records, 1000, "what was read is kept");
    cr_expect_lt(in->records, 3000);
    ls_analysis_free(a);
}

static const char *truncate_target;
static void truncate_hook(const char *path)
{
    if (truncate_target && strcmp(path, truncate_target) == 0)
        cr_assert_eq(truncate(path, 4096 * 32), 0);
}

Test(structured, sql_file_truncated_while_mapped_is_partial_not_a_crash)
{
    size_t n;
    char *d = make_mysql(20000, &n);
    const char *p = test_write_file("shrink.sql", d, n);
    free(d);
    truncate_target = p;
    ls__test_hook_before_workers = truncate_hook;
    ls_analysis *a = run(p, 2);
    ls__test_hook_before_workers = NULL;
    const ls_input_summary *in = ls_analysis_input(a, 0);
    cr_expect_eq(in->status, LS_ERR_TRUNCATED, "%s", ls_strerror(in->status));
    cr_expect(in->truncated);
    cr_expect_gt(in->records, 100);
    cr_expect_lt(in->records, 20000);
    ls_analysis_free(a);
}

Test(structured, json_paths_arrays_and_malformed_lines)
{
    const char *s =
        "{\"_id\":{\"$oid\":\"5f1d7a2b9c1e4a0012345678\"},\"email\":\"a@example.fr\","
        "\"address\":{\"zip\":\"75001\",\"city\":\"Paris\"},\"phones\":[\"0612345678\",\"+33 1 42 "
        "68 53 00\"]}\n"
        "{\"_id\":{\"$oid\":\"5f1d7a2b9c1e4a0012345679\"},\"email\":\"b@example.fr\","
        "\"address\":{\"zip\":\"69002\",\"city\":\"Lyon\"},\"phones\":[\"0712345678\"]}\n"
        "\n"
        "{\"_id\":{\"$oid\":\"5f1d7a2b9c1e4a0012345679\"},\"email\":\"b@example.fr\","
        "\"address\":{\"zip\":\"69002\",\"city\":\"Lyon\"},\"phones\":[\"0712345678\"]}\n"
        "{\"email\": \"broken\n"
        "{\"_id\":{\"$oid\":\"5f1d7a2b9c1e4a001234567a\"},\"email\":\"C@Example.fr \","
        "\"address\":{\"zip\":\"13001\",\"city\":\"Marseille\"},\"phones\":[]}\n";
    const char *p = test_write_file("docs.jsonl", s, strlen(s));
    ls_analysis *a = run(p, 2);
    const ls_input_summary *in = ls_analysis_input(a, 0);
    cr_expect_eq(in->format, LS_FORMAT_JSONL);
    cr_expect_eq(in->records, 5);
    cr_expect_eq(in->malformed, 1);
    cr_expect_eq(in->malformed_by.syntax, 1);
    cr_expect_eq(in->records_not_deduplicated, 1);
    cr_expect_eq(in->blank_lines, 1);
    cr_expect_eq(in->status, LS_OK, "a malformed line is a malformed record, not an error");
    const ls_column_summary *phones = column(in, "phones[]");
    cr_expect_eq(phones->non_empty, 4, "array values are counted one by one");
    cr_expect_eq(phones->unique, 3);
    cr_expect_str_eq(column(in, "address.zip")->name, "address.zip");
    cr_expect_eq(column(in, "_id")->unique, 3, "$oid unwrapped to its value");
    cr_expect_eq(column(in, "email")->non_empty, 4);
    const ls_totals *t = ls_analysis_totals(a);
    cr_expect_eq(t->unique_records, 3, "the repeated document is a duplicate");
    cr_expect_eq(t->duplicate_records, 1);
    ls_analysis_free(a);
}

Test(structured, json_path_first_seen_late_is_typed_and_counted)
{
    /* 3000 documents; an e-mail field appears only from the 2500th on, past the first
     * sample: the input goes back to sampling for it and types it from what follows. */
    size_t cap = 3000 * 120, n = 0;
    char *d = malloc(cap);
    for (int i = 0; i < 3000; i++) {
        if (i < 2500)
            n += (size_t)sprintf(d + n, "{\"id\":%d,\"name\":\"n%d\"}\n", i, i);
        else
            n += (size_t)sprintf(
                d + n, "{\"id\":%d,\"name\":\"n%d\",\"contact\":{\"email\":\"u%d@example.org\"}}\n",
                i, i, i % 300);
    }
    const char *p = test_write_file("late.jsonl", d, n);
    free(d);
    ls_analysis *a = run(p, 2);
    const ls_input_summary *in = ls_analysis_input(a, 0);
    cr_expect_eq(in->records, 3000);
    const ls_column_summary *email = column(in, "contact.email");
    cr_expect_str_eq(email->type, "email");
    cr_expect_eq(email->valid, 500);
    cr_expect_eq(email->unique, 300);
    ls_analysis_free(a);
}

Test(structured, json_array_and_lines_give_the_same_records)
{
    const char *lines = "{\"a\":1,\"b\":\"x\"}\n{\"a\":2,\"b\":\"y\"}\n{\"a\":1,\"b\":\"x\"}\n";
    const char *array =
        "[\n  {\"a\":1,\"b\":\"x\"},\n  {\"a\":2,\"b\":\"y\"},\n  {\"a\":1,\"b\":\"x\"}\n]\n";
    const char *p1 = test_write_file("l.jsonl", lines, strlen(lines));
    const char *p2 = test_write_file("a.json", array, strlen(array));
    ls_analysis *a = ls_analysis_create(NULL);
    ls_analysis_add_path(a, p1);
    ls_analysis_add_path(a, p2);
    ls_analysis_finish(a);
    cr_expect_eq(ls_analysis_input(a, 0)->format, LS_FORMAT_JSONL);
    cr_expect_eq(ls_analysis_input(a, 1)->format, LS_FORMAT_JSON);
    cr_expect_eq(ls_analysis_input(a, 1)->records, 3);
    const ls_totals *t = ls_analysis_totals(a);
    cr_expect_eq(t->records, 6);
    cr_expect_eq(t->unique_records, 2, "the same documents in both files");
    ls_analysis_free(a);
}

Test(structured, json_array_without_its_end_is_partial)
{
    const char *s = "[{\"a\":1},{\"a\":2},{\"a\":3}";
    const char *p = test_write_file("open.json", s, strlen(s));
    ls_analysis *a = run(p, 1);
    const ls_input_summary *in = ls_analysis_input(a, 0);
    cr_expect_eq(in->records, 3);
    cr_expect_eq(in->status, LS_ERR_TRUNCATED);
    cr_expect(in->truncated);
    ls_analysis_free(a);
}

Test(structured, archive_members_are_entries_with_their_paths)
{
    ls_analysis *a = ls_analysis_create(NULL);
    cr_expect_eq(ls_analysis_add_path(a, LS_SAMPLES_DIR "/archives/nested.zip"), LS_OK);
    ls_analysis_finish(a);
    size_t n = ls_analysis_input_count(a);
    const ls_input_summary *inner = NULL;
    for (size_t i = 0; i < n; i++) {
        const ls_input_summary *x = ls_analysis_input(a, i);
        if (x->member && strcmp(x->member, "uk_people.tsv") == 0) inner = x;
    }
    cr_assert_not_null(inner);
    cr_expect_str_eq(inner->archive, LS_SAMPLES_DIR "/archives/nested.zip!/inner.zip");
    cr_expect_eq(inner->records, 1500);
    const ls_input_summary *top = ls_analysis_input(a, 0);
    cr_expect_eq(top->format, LS_FORMAT_ARCHIVE);
    cr_expect_str_eq(top->container, "zip");
    ls_analysis_free(a);
}

Test(structured, truncated_archive_keeps_what_was_read)
{
    ls_analysis *a = ls_analysis_create(NULL);
    ls_status st = ls_analysis_add_path(a, LS_SAMPLES_DIR "/archives/truncated.zip");
    ls_analysis_finish(a);
    (void)st;
    uint64_t whole = 0, part = 0;
    bool partial_seen = false;
    for (size_t i = 0; i < ls_analysis_input_count(a); i++) {
        const ls_input_summary *x = ls_analysis_input(a, i);
        if (!x->member) continue;
        if (strcmp(x->member, "export/fr_clients.csv") == 0) whole = x->records;
        if (strcmp(x->member, "export/uk_people.tsv") == 0) {
            part = x->records;
            partial_seen = x->truncated && ls_status_is_partial(x->status);
        }
    }
    cr_expect_eq(whole, 2000);
    cr_expect(partial_seen);
    cr_expect_gt(part, 0);
    cr_expect_lt(part, 1500);
    ls_analysis_free(a);
}

Test(structured, sql_dump_in_windows_1252_is_read_as_such)
{
    /* a latin1 MySQL database dumped as its bytes: é is 0xE9; the same rows in UTF-8 are
     * the same records */
    char cp[4096], u8[4096];
    size_t nc = 0, nu = 0;
    nc += (size_t)sprintf(cp + nc, "CREATE TABLE `clients` (`id` int, `prenom` varchar(32), "
                                   "`ville` varchar(32));\nINSERT INTO `clients` VALUES ");
    nu += (size_t)sprintf(u8 + nu, "CREATE TABLE `clients` (`id` int, `prenom` varchar(32), "
                                   "`ville` varchar(32));\nINSERT INTO `clients` VALUES ");
    for (int i = 0; i < 40; i++) {
        nc += (size_t)sprintf(cp + nc, "%s(%d,'H\xe9l\xe8ne','Orl\xe9\x61ns')", i ? "," : "", i);
        nu += (size_t)sprintf(u8 + nu, "%s(%d,'H\xc3\xa9l\xc3\xa8ne','Orl\xc3\xa9\x61ns')",
                              i ? "," : "", i);
    }
    nc += (size_t)sprintf(cp + nc, ";\n");
    nu += (size_t)sprintf(u8 + nu, ";\n");
    const char *p1 = test_write_file("latin1.sql", cp, nc);
    const char *p2 = test_write_file("utf8.sql", u8, nu);
    ls_analysis *a = ls_analysis_create(NULL);
    ls_analysis_add_path(a, p1);
    ls_analysis_add_path(a, p2);
    ls_analysis_finish(a);
    const ls_input_summary *x = ls_analysis_input(a, 0), *y = ls_analysis_input(a, 1);
    cr_expect_eq(x->encoding, LS_ENCODING_CP1252);
    cr_expect_eq(y->encoding, LS_ENCODING_UTF8);
    cr_expect_eq(x->anomalies.invalid_utf8, 0, "transcoded, not replaced");
    cr_expect_eq(ls_analysis_totals(a)->unique_records, 40, "the same rows in both encodings");
    ls_analysis_free(a);
}

Test(structured, sql_tables_declared_after_the_last_row_are_entries)
{
    /* regression: the table array grew (realloc) under a pointer to the last record's
     * table when empty tables were declared after the last row */
    char d[8192];
    size_t n = 0;
    n += (size_t)sprintf(d + n, "CREATE TABLE t0 (id int, email text);\nINSERT INTO t0 VALUES ");
    for (int i = 0; i < 50; i++)
        n += (size_t)sprintf(d + n, "%s(%d,'u%d@example.com')", i ? "," : "", i, i);
    n += (size_t)sprintf(d + n, ";\n");
    for (int k = 1; k <= 11; k++)
        n += (size_t)sprintf(d + n, "CREATE TABLE t%d (id int, note text);\n", k);
    const char *p = test_write_file("empty_tables.sql", d, n);
    ls_analysis *a = run(p, 2);
    cr_assert_eq(ls_analysis_input_count(a), 12);
    cr_expect_eq(ls_analysis_input(a, 0)->records, 50);
    cr_expect_str_eq(ls_analysis_input(a, 11)->table, "t11");
    cr_expect_eq(ls_analysis_input(a, 11)->records, 0);
    cr_expect_eq(ls_analysis_input(a, 0)->bytes_analyzed, n,
                 "the trailing DDL is the last table's");
    ls_analysis_free(a);
}

Test(structured, sql_column_list_maps_values_to_declared_columns)
{
    /* rows with and without a column list, before and after the columns are typed */
    size_t cap = 3000 * 80, n = 0;
    char *d = malloc(cap);
    n += (size_t)sprintf(d + n, "CREATE TABLE `t` (`id` int, `email` text, `name` text);\n");
    for (int i = 0; i < 2500; i++)
        n += (size_t)sprintf(d + n, "INSERT INTO `t` VALUES (%d,'a%d@example.com','N%d');\n", i, i,
                             i);
    for (int i = 0; i < 100; i++)
        n += (size_t)sprintf(
            d + n, "INSERT INTO `t` (`name`, `email`) VALUES ('M%d','b%d@example.com');\n", i, i);
    const char *p = test_write_file("collist.sql", d, n);
    free(d);
    ls_analysis *a = run(p, 2);
    const ls_input_summary *in = ls_analysis_input(a, 0);
    cr_expect_eq(in->records, 2600);
    cr_expect_eq(in->malformed, 0, "a column list is not a short row");
    cr_assert_eq(in->column_count, 3);
    cr_expect_str_eq(in->columns[1].name, "email");
    cr_expect_str_eq(in->columns[1].type, "email");
    cr_expect_eq(in->columns[1].valid, 2600, "the list's e-mails land in the email column");
    cr_expect_eq(in->columns[0].non_empty, 2500, "rows with a list have no id");
    ls_analysis_free(a);
}

Test(structured, sql_bytes_belong_to_the_table_of_each_record)
{
    char *d = malloc(200000);
    size_t n = 0;
    n += (size_t)sprintf(d + n, "INSERT INTO a VALUES ('");
    memset(d + n, 'x', 100000);
    n += 100000;
    n += (size_t)sprintf(d + n, "');\nINSERT INTO b VALUES ('y');\n");
    const char *p = test_write_file("span.sql", d, n);
    free(d);
    ls_analysis *a = run(p, 1);
    cr_assert_eq(ls_analysis_input_count(a), 2);
    cr_expect_gt(ls_analysis_input(a, 0)->bytes_analyzed, 100000);
    cr_expect_lt(ls_analysis_input(a, 1)->bytes_analyzed, 100);
    ls_analysis_free(a);
}

/* A stream that delivers some bytes, then fails: the peer of a socketpair closes with data
 * it never read, so the reader gets ECONNRESET after the payload. */
static ls_analysis *run_reset(const char *payload, size_t n, const char *name)
{
    int sv[2];
    cr_assert_eq(socketpair(AF_UNIX, SOCK_STREAM, 0, sv), 0);
    cr_assert_eq(write(sv[0], "?", 1), 1); /* unread by the peer */
    test_writer_arg w = {sv[1], payload, n};
    pthread_t t;
    pthread_create(&t, NULL, test_writer_main, &w); /* writes, then closes sv[1] */
    pthread_join(t, NULL);
    ls_analysis *a = ls_analysis_create(NULL);
    ls_analysis_add_fd(a, sv[0], name);
    close(sv[0]);
    ls_analysis_finish(a);
    return a;
}

Test(structured, read_error_after_some_bytes_is_partial_not_ok)
{
    char d[60000];
    size_t n = 0;
    for (int i = 0; n < sizeof d - 100; i++)
        n += (size_t)sprintf(d + n, "{\"id\":%d,\"email\":\"u%d@example.com\"}\n", i, i);
    ls_analysis *a = run_reset(d, n, "reset.jsonl");
    const ls_input_summary *in = ls_analysis_input(a, 0);
    cr_expect_eq(in->status, LS_ERR_READ, "%s", ls_strerror(in->status));
    cr_expect(in->truncated);
    cr_expect_gt(in->records, 0, "the bytes before the error are analysed");
    ls_analysis_free(a);
    const char *csv = "id;email\n1;a@example.com\n2;b@example.com\n";
    a = run_reset(csv, strlen(csv), "reset.csv");
    in = ls_analysis_input(a, 0);
    cr_expect_eq(in->status, LS_ERR_READ, "%s", ls_strerror(in->status));
    cr_expect_eq(in->records, 2);
    ls_analysis_free(a);
}

Test(structured, archive_members_skipped_are_not_counted_as_members)
{
    /* a zip made here: a CSV, an empty file and a PNG */
    const char *p = test_write_file("mix.zip", "", 0);
    struct archive *w = archive_write_new();
    archive_write_set_format_zip(w);
    cr_assert_eq(archive_write_open_filename(w, p), ARCHIVE_OK);
    const char *names[] = {"users.csv", "empty.txt", "logo.png"};
    const char *data[] = {"id;email\n1;a@example.com\n2;b@example.com\n", "",
                          "\x89PNG\r\n\x1a\n\0\0\0\rIHDR"};
    size_t lens[] = {strlen(data[0]), 0, 16};
    for (int i = 0; i < 3; i++) {
        struct archive_entry *e = archive_entry_new();
        archive_entry_set_pathname(e, names[i]);
        archive_entry_set_size(e, (la_int64_t)lens[i]);
        archive_entry_set_filetype(e, AE_IFREG);
        archive_entry_set_perm(e, 0644);
        cr_assert_eq(archive_write_header(w, e), ARCHIVE_OK);
        if (lens[i]) cr_assert_eq(archive_write_data(w, data[i], lens[i]), (la_ssize_t)lens[i]);
        archive_entry_free(e);
    }
    archive_write_close(w);
    archive_write_free(w);
    ls_analysis *a = run(p, 1);
    cr_assert_eq(ls_analysis_input_count(a), 2);
    cr_expect_eq(ls_analysis_input(a, 0)->members, 1);
    cr_expect_eq(ls_analysis_input(a, 1)->records, 2);
    cr_expect_eq(ls_analysis_skipped_count(a), 2);
    ls_analysis_free(a);
}

Test(structured, text_with_ustar_at_257_is_not_a_tar)
{
    /* regression (fuzzing): "mustard" at offset 256 of a CSV made it a broken tar */
    char d[2048];
    size_t n = (size_t)sprintf(d, "id;note\n");
    while (n < 256)
        n += (size_t)sprintf(d + n, "%zu;spice\n", n);
    n = 256;
    n += (size_t)sprintf(d + n, "mustard\n");
    for (int i = 0; i < 20; i++)
        n += (size_t)sprintf(d + n, "%d;pepper\n", i);
    cr_assert_eq(memcmp(d + 257, "ustar", 5), 0);
    const char *p = test_write_file("mustard.csv", d, n);
    ls_analysis *a = run(p, 1);
    const ls_input_summary *in = ls_analysis_input(a, 0);
    cr_expect_eq(in->status, LS_OK, "%s", in->message);
    cr_expect_eq(in->format, LS_FORMAT_CSV);
    cr_expect_gt(in->records, 20);
    ls_analysis_free(a);
}

Test(structured, tar_damaged_at_its_first_header_is_partial_not_cannot_open)
{
    char h[1024];
    memset(h, 0, sizeof h);
    strcpy(h, "users.csv");
    memcpy(h + 257,
           "ustar\0"
           "00",
           8);
    memcpy(h + 148, "0000000", 8); /* a checksum that cannot be right */
    const char *p = test_write_file("bad.tar", h, sizeof h);
    ls_analysis *a = run(p, 1);
    const ls_input_summary *in = ls_analysis_input(a, 0);
    cr_expect_eq(in->status, LS_ERR_TRUNCATED, "%s: %s", ls_strerror(in->status), in->message);
    cr_expect(in->truncated);
    cr_expect(strstr(in->message, "tar") != NULL, "%s", in->message);
    ls_analysis_free(a);
}

Test(structured, json_wrapped_in_an_object_reads_the_array_elements)
{
    const char *s = "{\"status\":\"ok\",\"count\":3,\n \"users\":[\n"
                    "  {\"email\":\"a@example.fr\",\"address\":{\"zip\":\"75001\"}},\n"
                    "  {\"email\":\"b@example.fr\",\"address\":{\"zip\":\"69002\"}},\n"
                    "  {\"email\":\"a@example.fr\",\"address\":{\"zip\":\"75001\"}}\n ],\n"
                    " \"page\":1}\n";
    const char *p = test_write_file("wrapped.json", s, strlen(s));
    ls_analysis *a = run(p, 2);
    const ls_input_summary *in = ls_analysis_input(a, 0);
    cr_expect_eq(in->status, LS_OK, "%s", in->message);
    cr_expect_eq(in->format, LS_FORMAT_JSON);
    cr_expect_str_eq(in->json_records_key, "users");
    cr_expect_eq(in->records, 3);
    cr_expect_eq(column(in, "email")->non_empty, 3, "paths relative to the element");
    cr_expect_str_eq(column(in, "address.zip")->name, "address.zip");
    cr_expect_eq(ls_analysis_totals(a)->unique_records, 2);
    ls_analysis_free(a);

    /* another array of records beside it is said, not dropped silently */
    const char *s2 = "{\"users\":[{\"email\":\"a@example.fr\"},{\"email\":\"b@example.fr\"}],\n"
                     " \"admins\":[{\"email\":\"root@example.fr\"}]}\n";
    p = test_write_file("two_arrays.json", s2, strlen(s2));
    a = run(p, 1);
    in = ls_analysis_input(a, 0);
    cr_expect_eq(in->records, 2);
    cr_expect_eq(in->status, LS_ERR_TRUNCATED, "%s", ls_strerror(in->status));
    cr_expect(strstr(in->message, "not read") != NULL, "%s", in->message);
    ls_analysis_free(a);
}

Test(structured, zip_with_a_damaged_central_directory_is_read_from_local_headers)
{
    /* found by fuzzing: the second central-directory entry points nowhere. Read through
     * the directory, one member would be found; the others are read from their local
     * headers, and the damage is reported. */
    ls_analysis *a =
        run(LS_TEST_DATA_DIR "/../fuzz/regressions/analysis-zip-second-cd-offset.zip", 1);
    const ls_input_summary *top = ls_analysis_input(a, 0);
    cr_expect_eq(top->members, 3);
    cr_expect_eq(top->status, LS_ERR_TRUNCATED, "%s", ls_strerror(top->status));
    cr_expect(strstr(top->message, "local headers") != NULL, "%s", top->message);
    cr_assert_eq(ls_analysis_input_count(a), 4);
    for (size_t i = 1; i < 4; i++)
        cr_expect_eq(ls_analysis_input(a, i)->records, 2);
    ls_analysis_free(a);
}

Test(structured, same_table_in_two_databases_is_two_entries)
{
    /* mysqldump --all-databases: USE switches database; users of shop and crm differ */
    const char *s = "USE `shop`;\nCREATE TABLE `users` (`id` int, `email` text);\n"
                    "INSERT INTO `users` VALUES (1,'a@example.com');\n"
                    "USE `crm`;\nCREATE TABLE `users` (`id` int, `email` text, `vip` int);\n"
                    "INSERT INTO `users` VALUES (1,'a@example.com',0),(2,'b@example.com',1);\n";
    const char *p = test_write_file("use.sql", s, strlen(s));
    ls_analysis *a = run(p, 1);
    cr_assert_eq(ls_analysis_input_count(a), 2);
    cr_expect_str_eq(ls_analysis_input(a, 0)->table, "shop.users");
    cr_expect_str_eq(ls_analysis_input(a, 1)->table, "crm.users");
    cr_expect_eq(ls_analysis_input(a, 1)->records, 2);
    cr_expect_eq(ls_analysis_input(a, 1)->malformed, 0, "each table has its own columns");
    ls_analysis_free(a);
}
