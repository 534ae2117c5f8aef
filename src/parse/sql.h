/* sql: a streaming reader for SQL dumps (mysqldump / MariaDB, pg_dump, hand-written).
 *
 * It turns a dump into records: one record per tuple of an INSERT ... VALUES (...),(...)
 * statement, one per data line of a PostgreSQL COPY ... FROM stdin block. Each record
 * belongs to a table; tables are interned (id 0, 1, ...) in order of first sight. Column
 * names come from CREATE TABLE, or from the INSERT / COPY column list when there is one
 * (the latest list seen for a table wins, and is announced again).
 *
 * It is a push parser: the caller feeds the dump in chunks of any size (one chunk for a
 * memory-mapped file, 8 MiB windows for a stream) and the parser calls back for every
 * table declaration and every record. Memory is bounded by one record: a 200 MB INSERT
 * statement is read tuple by tuple, never held whole. A tuple (or COPY line) longer than
 * max_record_bytes is skipped to its end and delivered as LS_VREC_OVERSIZED.
 *
 * What is understood
 *   - Comments: -- ..., # ... (MySQL), / * ... * / ; MySQL conditional comments
 *     / *!40101 SET ... * /; are statements like any other (skipped).
 *   - Identifiers: plain, `backtick`, "double-quoted"; qualified names (db.t, "public"."t")
 *     are kept qualified, without the quotes: "public.users".
 *   - USE db; (mysqldump --databases / --all-databases): from then on an unqualified table
 *     name in CREATE TABLE / INSERT / REPLACE / COPY is that database's: interned as
 *     "db.name" (so `users` in two databases are two tables). Qualified names stay as
 *     written; before any USE names stay unqualified. (psql \connect is not followed:
 *     pg_dump qualifies every name.)
 *   - CREATE TABLE [IF NOT EXISTS] name ( col type ..., PRIMARY KEY (...), KEY ..., INDEX,
 *     UNIQUE, CONSTRAINT, FOREIGN KEY, FULLTEXT, SPATIAL, CHECK ... ) ...; — column names
 *     in order; types such as decimal(10,2) or enum('a','b') are skipped properly.
 *   - INSERT [LOW_PRIORITY|DELAYED|HIGH_PRIORITY] [IGNORE] INTO name [(cols)] VALUES
 *     (...),(...);  REPLACE INTO likewise; VALUE is accepted for VALUES, and MySQL 8's
 *     VALUES ROW(...), ROW(...) (each ROW(...) a tuple). An
 *     ON DUPLICATE KEY UPDATE / ON CONFLICT tail is skipped.
 *   - Values: 'strings' ('' doubled quotes; backslash escapes \0 \' \" \b \n \r \t \Z \\
 *     \% \_ in the MySQL dialect), "strings" (MySQL dialect), E'...' (PostgreSQL), NULL,
 *     numbers, TRUE/FALSE, 0xHEX, X'HEX', b'0101', _binary '...', _utf8mb4'...' (the
 *     charset introducer is dropped; _binary '...' is LS_VAL_BINARY with its escapes
 *     resolved, i.e. the bytes), and any other expression (NOW(), nested parentheses) as
 *     LS_VAL_OTHER text. A 'string'::type cast is dropped (the string is the value).
 *   - COPY name [(cols)] FROM stdin; followed by tab-separated lines: \N is NULL, the
 *     escapes \\ \b \f \n \r \t \v \NNN (octal) \xHH are resolved; the block ends at a
 *     line "\.". (Also the end of input, which is then reported as not terminated; a last
 *     line without its newline is delivered as LS_VREC_SYNTAX.) Fields are LS_VAL_STRING
 *     (COPY text carries no types) or LS_VAL_NULL. Options after FROM stdin, new style
 *     WITH (FORMAT csv|text, DELIMITER 'c', NULL 's', HEADER [bool], QUOTE 'c', ESCAPE 'c')
 *     or old style [WITH] [CSV] [HEADER] [DELIMITER [AS] 'c'] [NULL [AS] 's'] [QUOTE ...]
 *     [ESCAPE ...] (E'\t' strings too; FORCE_* and others ignored): DELIMITER replaces the
 *     tab; NULL 's' makes a field whose unescaped text is s, with no escape in it, NULL;
 *     HEADER skips the first line (not delivered, not counted).
 *     FORMAT csv / CSV: RFC 4180 lines read as PostgreSQL does: ',' by default, a quote
 *     (default '"') opens a quoted part anywhere in a field, inside it the delimiter and
 *     line ends are data and the escape (default: the quote, so "" is one quote) escapes
 *     the quote and itself only; a raw CR before the LF is dropped; a field never quoted
 *     equal to the NULL string ("" by default: an empty unquoted field) is NULL; a quoted
 *     one never is; backslashes are data ("\N" is two bytes). The block ends at a line
 *     "\." as in text.
 *   - Anything else (SET, LOCK TABLES, DROP, ALTER, CREATE INDEX, SELECT pg_catalog...,
 *     \connect, psql meta-commands) is skipped, up to its terminating ';' (outside
 *     strings and comments) or, for a psql meta-command, its line end.
 *
 * Dialect: LS_SQL_AUTO decides from what it sees before the first record: PostgreSQL
 * markers (a "PostgreSQL database dump" comment, SET standard_conforming_strings, a COPY
 * block, "public". qualified names, SELECT pg_catalog...) select LS_SQL_POSTGRES, where
 * backslashes in '...' are literal; otherwise MySQL, where they escape (a "MySQL dump" /
 * "MariaDB dump" banner decides MySQL at once).
 *
 * Errors: a tuple that cannot be parsed is delivered as LS_VREC_SYNTAX (with the values
 * read so far) and the parser resynchronises at the next tuple start "),(" or at the end
 * of the statement. Garbage between tuples is delivered as one LS_VREC_SYNTAX record
 * without values, a tuple cut by the end of input as LS_VREC_SYNTAX with its complete
 * values. Nothing in the input makes it fail, crash or take more than linear time; NUL
 * bytes outside strings give LS_VREC_NUL. The result never depends on how the input is cut
 * into chunks.
 *
 * HowTo
 *     ls_sql_callbacks cb = {.on_table = t, .on_record = r, .ctx = me};
 *     ls_sql_parser *p = ls_sql_parser_create(LS_SQL_AUTO, 64 << 20, &cb);
 *     while ((n = read_chunk(buf)) > 0) if (ls_sql_parser_feed(p, buf, n) != 0) break;
 *     ls_sql_parser_finish(p);           // flushes the last record, checks termination
 *     ls_sql_stats s; ls_sql_parser_stats(p, &s);
 *     ls_sql_parser_free(p);
 */
#ifndef LS_SQL_H
#define LS_SQL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "parse/values.h"

typedef enum { LS_SQL_AUTO = 0, LS_SQL_MYSQL, LS_SQL_POSTGRES } ls_sql_dialect;

typedef struct {
    void *ctx;
    /* A table's column names, from CREATE TABLE or a column list (called again when the
     * list changes). names[i] has name_lens[i] bytes, not NUL-terminated; valid during the
     * call only. Return non-zero to stop the parser (feed returns that value). */
    int (*on_table)(void *ctx, uint32_t table, const char *table_name, size_t name_len,
                    const char *const *names, const uint32_t *name_lens, uint32_t ncols);
    /* One record of table `table` (announced before by on_table, maybe with 0 columns if
     * the table was never declared). vals[i].col == i. `offset` is the input byte offset
     * where the record starts. Return non-zero to stop. */
    int (*on_record)(void *ctx, uint32_t table, const ls_value *vals, uint32_t nvals,
                     ls_vrec_problem problem, uint64_t offset);
    /* Optional: a table name interned (id assigned) on first sight, in that order; `rel`:
     * a resumed parser's unqualified name read before any USE (relative to the database
     * in use where the parser started). Return non-zero to stop. */
    int (*on_intern)(void *ctx, uint32_t table, const char *name, size_t name_len, bool rel);
    /* Optional: a record of a table this parser never announced is about to be delivered;
     * called once per table instead of on_table with 0 columns (a resumed parser does not
     * know whether the table was declared before it started). Return non-zero to stop. */
    int (*on_undeclared)(void *ctx, uint32_t table);
} ls_sql_callbacks;

typedef struct {
    uint64_t bytes;      /* bytes fed */
    uint64_t statements; /* statements seen, of any kind */
    uint64_t insert_statements, copy_blocks, create_tables;
    uint64_t skipped_statements; /* statements that carry no records (SET, DROP, ...) */
    /* malformed: records delivered with any problem (oversized ones included) */
    uint64_t records, malformed, oversized;
    bool unterminated;      /* the input ended inside a statement, string or COPY block */
    ls_sql_dialect dialect; /* the one decided (never AUTO after the first record) */
} ls_sql_stats;

typedef struct ls_sql_parser ls_sql_parser;

/* max_record_bytes: the longest tuple / COPY line delivered (0 = 64 MiB). cb is copied.
 * NULL on out of memory. */
ls_sql_parser *ls_sql_parser_create(ls_sql_dialect dialect, size_t max_record_bytes,
                                    const ls_sql_callbacks *cb);
/* Feed the next len bytes. Returns 0, a callback's non-zero value, or -1 on out of
 * memory. */
int ls_sql_parser_feed(ls_sql_parser *p, const char *data, size_t len);
/* End of input. Same returns as feed. */
int ls_sql_parser_finish(ls_sql_parser *p);
void ls_sql_parser_stats(const ls_sql_parser *p, ls_sql_stats *out);
/* Table name by id (NUL-terminated, owned by the parser), NULL if out of range. */
const char *ls_sql_table_name(const ls_sql_parser *p, uint32_t table);
uint32_t ls_sql_table_count(const ls_sql_parser *p);
/* Accepts NULL. */
void ls_sql_parser_free(ls_sql_parser *p);

/* ---- several readers on one mapped dump (pipeline/sql_readers.c) --------------------------
 * A reader can start inside a dump at a guessed point, with a guessed state; the reader
 * that read the bytes before it ends exactly there and says whether the guess holds. The
 * guess is never trusted: a point inside a string, a comment, another statement kind or
 * another COPY format is refused by ls_sql_parser_at_point, and its bytes are read again
 * by the earlier reader. */
#define LS_SQL_NAME_MAX 512 /* longest (qualified) table name kept */
typedef enum { LS_SQL_AT_STATEMENT = 1, LS_SQL_AT_TUPLE, LS_SQL_AT_COPY_LINE } ls_sql_point;
/* The first candidate point at or after `from` in buf[0, len) (looking `window` bytes
 * ahead for a tuple start or a statement line before settling for a line start); its
 * kind in *kind. len if none. */
size_t ls_sql_find_point(const char *buf, size_t len, size_t from, size_t window,
                         ls_sql_point *kind);
/* A parser starting at input offset `offset` at a point of kind `at` (see sql.c). dialect:
 * MYSQL or POSTGRES (decided). NULL on out of memory or a bad dialect. */
ls_sql_parser *ls_sql_parser_resume(ls_sql_dialect dialect, size_t max_record_bytes,
                                    const ls_sql_callbacks *cb, ls_sql_point at, uint64_t offset);
/* Has p, fed up to `offset`, reached exactly the state a parser resumed there at a point
 * of kind `at` in `dialect` assumes? */
bool ls_sql_parser_at_point(const ls_sql_parser *p, ls_sql_point at, uint64_t offset,
                            ls_sql_dialect dialect);
/* The table of the INSERT / COPY being read, UINT32_MAX outside one. */
uint32_t ls_sql_parser_table(const ls_sql_parser *p);
/* The database of the last USE ("" before any). false: a resumed parser that saw no USE. */
bool ls_sql_parser_db(const ls_sql_parser *p, const char **db, size_t *len);
/* "db.name" as the parser forms it after a USE (out: LS_SQL_NAME_MAX bytes). Its length. */
size_t ls_sql_qualify(const char *db, size_t db_len, const char *name, size_t name_len, char *out);

/* Does this look like the start of a SQL dump? `head` is the first bytes of the input
 * (after any BOM). True when, skipping blank lines and comments, the first statement
 * keyword is one of SET, CREATE, INSERT, REPLACE, DROP, LOCK, COPY, USE, BEGIN, START,
 * ALTER, SELECT pg_catalog / \connect / or a mysqldump / pg_dump banner comment is seen. */
bool ls_sql_sniff(const char *head, size_t len);

#endif
