/* leakscope-gen — SQL dumps shaped like mysqldump (extended INSERTs) and pg_dump (COPY
 * blocks, or --inserts), with each dialect's string escaping. */
#include <stdio.h>

#include "gen.h"

#define DUMP_DATE "2023-05-12 14:02:11"
#define DATABASE  "crm_prod"
#define PG_OWNER  "crm"

/* Columns whose empty values are written NULL (the optional ones); the others are ''. */
bool sql_col_nullable(const coldef_t *c)
{
    switch (c->type) {
    case T_POB:
    case T_NIR:
    case T_EMAIL:
    case T_PHONE:
    case T_IBAN:
    case T_CARD:
    case T_NINO:
    case T_NHS:
        return true;
    default:
        return false;
    }
}

/* Integer keys and amounts are unquoted numbers. */
bool sql_col_numeric(const coldef_t *c)
{
    return c->type == T_USERID || c->type == T_NUMBER || c->type == T_ID;
}

/* The column's declared type, without nullability, for column index i of its table. */
const char *sql_col_type(const coldef_t *c, int i, bool pg)
{
    switch (c->type) {
    case T_ID:
    case T_USERID:
        return pg ? "integer" : "int unsigned";
    case T_NUMBER:
        if (i == 0) return pg ? "bigint" : "bigint unsigned";
        return pg ? "numeric(10,2)" : "decimal(10,2)";
    case T_GENDER:
        return pg ? "character varying(8)" : "varchar(8)";
    case T_FIRST:
    case T_LAST:
    case T_POB:
    case T_CITY:
        return pg ? "character varying(100)" : "varchar(100)";
    case T_DOB: /* legacy applications keep dates as text */
    case T_POSTCODE:
    case T_NINO:
    case T_NHS:
        return pg ? "character varying(16)" : "varchar(16)";
    case T_NIR:
    case T_PHONE:
    case T_CARD:
        return pg ? "character varying(32)" : "varchar(32)";
    case T_IBAN:
        return pg ? "character varying(64)" : "varchar(64)";
    case T_IPV4:
        return pg ? "character varying(45)" : "varchar(45)";
    case T_DATETIME:
        return pg ? "timestamp without time zone" : "datetime";
    case T_FREE:
        return "text";
    default:
        return pg ? "character varying(255)" : "varchar(255)";
    }
}

/* Write a NUL-terminated string. */
static void put(out_t *o, const char *s)
{
    out_write(o, s, strlen(s));
}

/* Write a decimal number. */
static void putu(out_t *o, uint64_t v)
{
    char tmp[24];
    int n = snprintf(tmp, sizeof(tmp), "%llu", (unsigned long long)v);
    out_write(o, tmp, (size_t)n);
}

/* ---- value escaping ------------------------------------------------------------------------ */
/* mysql_real_escape_string: \0 \n \r \\ \' \" and Ctrl-Z as \Z; everything else raw. */
static void put_mysql_string(out_t *o, const char *s, size_t n)
{
    static const char esc[256] = {[0] = '0',     ['\n'] = 'n', ['\r'] = 'r', ['\\'] = '\\',
                                  ['\''] = '\'', ['"'] = '"',  [0x1a] = 'Z'};
    out_putc(o, '\'');
    size_t run = 0;
    for (size_t i = 0; i < n; i++) {
        char e = esc[(unsigned char)s[i]];
        if (!e) continue;
        out_write(o, s + run, i - run);
        out_putc(o, '\\');
        out_putc(o, e);
        run = i + 1;
    }
    out_write(o, s + run, n - run);
    out_putc(o, '\'');
}

/* PostgreSQL COPY text format: backslash, and \b \f \n \r \t \v as letter escapes. */
static void put_copy_text(out_t *o, const char *s, size_t n)
{
    static const char esc[256] = {['\b'] = 'b', ['\f'] = 'f', ['\n'] = 'n', ['\r'] = 'r',
                                  ['\t'] = 't', ['\v'] = 'v', ['\\'] = '\\'};
    size_t run = 0;
    for (size_t i = 0; i < n; i++) {
        char e = esc[(unsigned char)s[i]];
        if (!e) continue;
        out_write(o, s + run, i - run);
        out_putc(o, '\\');
        out_putc(o, e);
        run = i + 1;
    }
    out_write(o, s + run, n - run);
}

/* pg_dump --inserts with standard_conforming_strings on: 'text' with doubled quotes and
 * literal backslashes; a value holding control characters is written E'...' instead. */
static void put_pg_string(out_t *o, const char *s, size_t n)
{
    bool ctl = false;
    for (size_t i = 0; i < n && !ctl; i++)
        ctl = (unsigned char)s[i] < 0x20;
    if (!ctl) {
        out_putc(o, '\'');
        for (size_t i = 0; i < n; i++) {
            if (s[i] == '\'') out_putc(o, '\'');
            out_putc(o, s[i]);
        }
        out_putc(o, '\'');
        return;
    }
    out_write(o, "E'", 2);
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        const char *e = c == '\n'   ? "\\n"
                        : c == '\r' ? "\\r"
                        : c == '\t' ? "\\t"
                        : c == '\b' ? "\\b"
                        : c == '\f' ? "\\f"
                        : c == '\\' ? "\\\\"
                        : c == '\'' ? "''"
                                    : NULL;
        if (e) {
            put(o, e);
        } else if (c < 0x20) {
            char hx[8];
            snprintf(hx, sizeof(hx), "\\x%02X", c);
            put(o, hx);
        } else {
            out_putc(o, (char)c);
        }
    }
    out_putc(o, '\'');
}

/* ---- DDL ---------------------------------------------------------------------------------- */
static int find_type(const tabdef_t *t, enum coltype ty)
{
    for (int i = 0; i < t->ncols; i++)
        if (t->cols[i].type == ty) return i;
    return -1;
}

/* Secondary indexes: e-mail, (last, first) name, postcode, foreign key, date. */
static int index_cols(const tabdef_t *t, int out[][2], const char *names[])
{
    int n = 0, i;
    if ((i = find_type(t, T_EMAIL)) >= 0) {
        out[n][0] = i, out[n][1] = -1, names[n++] = "email";
    }
    if ((i = find_type(t, T_LAST)) >= 0) {
        out[n][0] = i, out[n][1] = find_type(t, T_FIRST), names[n++] = "name";
    }
    if ((i = find_type(t, T_POSTCODE)) >= 0) {
        out[n][0] = i, out[n][1] = -1, names[n++] = "postcode";
    }
    for (i = 1; i < t->ncols; i++)
        if (t->cols[i].type == T_USERID) {
            out[n][0] = i, out[n][1] = -1, names[n++] = t->cols[i].name;
        }
    if ((i = find_type(t, T_DATETIME)) >= 0) {
        out[n][0] = i, out[n][1] = -1, names[n++] = t->cols[i].name;
    }
    return n;
}

/* mysqldump's table structure section: DROP, CREATE TABLE with keys, ENGINE line. */
static void mysql_create(out_t *o, const tabdef_t *t)
{
    const tabdef_t *parent = t->parent;
    put(o, "\n--\n-- Table structure for table `");
    put(o, t->name);
    put(o, "`\n--\n\nDROP TABLE IF EXISTS `");
    put(o, t->name);
    put(o, "`;\n/*!40101 SET @saved_cs_client     = @@character_set_client */;\n"
           "/*!50503 SET character_set_client = utf8mb4 */;\nCREATE TABLE `");
    put(o, t->name);
    put(o, "` (\n");
    for (int i = 0; i < t->ncols; i++) {
        const coldef_t *c = &t->cols[i];
        put(o, "  `");
        put(o, c->name);
        put(o, "` ");
        put(o, sql_col_type(c, i, false));
        put(o, sql_col_nullable(c) ? " DEFAULT NULL" : " NOT NULL");
        if (i == 0) put(o, " AUTO_INCREMENT");
        put(o, ",\n");
    }
    put(o, "  PRIMARY KEY (`");
    put(o, t->cols[0].name);
    put(o, "`)");
    int ix[8][2];
    const char *names[8];
    int nix = index_cols(t, ix, names);
    for (int k = 0; k < nix; k++) {
        put(o, ",\n  KEY `idx_");
        put(o, t->name);
        put(o, "_");
        put(o, names[k]);
        put(o, "` (`");
        put(o, t->cols[ix[k][0]].name);
        if (ix[k][1] >= 0) {
            put(o, "`,`");
            put(o, t->cols[ix[k][1]].name);
        }
        put(o, "`)");
    }
    int fk = 0;
    for (int i = 1; i < t->ncols && parent; i++)
        if (t->cols[i].type == T_USERID) {
            char buf[64];
            snprintf(buf, sizeof(buf), "%s_ibfk_%d", t->name, ++fk);
            put(o, ",\n  CONSTRAINT `");
            put(o, buf);
            put(o, "` FOREIGN KEY (`");
            put(o, t->cols[i].name);
            put(o, "`) REFERENCES `");
            put(o, parent->name);
            put(o, "` (`");
            put(o, parent->cols[0].name);
            put(o, "`)");
        }
    put(o, "\n) ENGINE=InnoDB");
    if (t->next_id) {
        put(o, " AUTO_INCREMENT=");
        putu(o, t->next_id);
    }
    put(o, " DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;\n"
           "/*!40101 SET character_set_client = @saved_cs_client */;\n");
}

/* pg_dump's comment block before each object. */
static void pg_comment(out_t *o, const char *name, const char *type)
{
    put(o, "--\n-- Name: ");
    put(o, name);
    put(o, "; Type: ");
    put(o, type);
    put(o, "; Schema: public; Owner: " PG_OWNER "\n--\n\n");
}

/* pg_dump's CREATE TABLE, owner and the id sequence. */
static void pg_create(out_t *o, const tabdef_t *t)
{
    pg_comment(o, t->name, "TABLE");
    put(o, "CREATE TABLE public.");
    put(o, t->name);
    put(o, " (\n");
    for (int i = 0; i < t->ncols; i++) {
        const coldef_t *c = &t->cols[i];
        put(o, "    ");
        put(o, c->name);
        put(o, " ");
        put(o, sql_col_type(c, i, true));
        if (c->type == T_FREE) put(o, " DEFAULT ''::text");
        if (!sql_col_nullable(c)) put(o, " NOT NULL");
        put(o, i + 1 < t->ncols ? ",\n" : "\n");
    }
    put(o, ");\n\n\nALTER TABLE public.");
    put(o, t->name);
    put(o, " OWNER TO " PG_OWNER ";\n\n");
    char seq[96];
    snprintf(seq, sizeof(seq), "%s_%s_seq", t->name, t->cols[0].name);
    pg_comment(o, seq, "SEQUENCE");
    put(o, "CREATE SEQUENCE public.");
    put(o, seq);
    put(o, "\n    AS ");
    put(o, sql_col_type(&t->cols[0], 0, true));
    put(o, "\n    START WITH 1\n    INCREMENT BY 1\n    NO MINVALUE\n    NO MAXVALUE\n"
           "    CACHE 1;\n\n\nALTER SEQUENCE public.");
    put(o, seq);
    put(o, " OWNER TO " PG_OWNER ";\n\n");
    pg_comment(o, seq, "SEQUENCE OWNED BY");
    put(o, "ALTER SEQUENCE public.");
    put(o, seq);
    put(o, " OWNED BY public.");
    put(o, t->name);
    put(o, ".");
    put(o, t->cols[0].name);
    put(o, ";\n\n");
}

/* See gen.h: banner and SET lines (pg_dump: every CREATE TABLE and column default too). */
void sql_preamble(out_t *o, enum sql_style st, const tabdef_t *t, int ntables)
{
    if (st == SQL_MYSQL) {
        put(o, "-- MySQL dump 10.13  Distrib 8.0.33, for Linux (x86_64)\n--\n"
               "-- Host: localhost    Database: " DATABASE "\n"
               "-- ------------------------------------------------------\n"
               "-- Server version\t8.0.33\n\n"
               "/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;\n"
               "/*!40101 SET @OLD_CHARACTER_SET_RESULTS=@@CHARACTER_SET_RESULTS */;\n"
               "/*!40101 SET @OLD_COLLATION_CONNECTION=@@COLLATION_CONNECTION */;\n"
               "/*!50503 SET NAMES utf8mb4 */;\n"
               "/*!40103 SET @OLD_TIME_ZONE=@@TIME_ZONE */;\n"
               "/*!40103 SET TIME_ZONE='+00:00' */;\n"
               "/*!40014 SET @OLD_UNIQUE_CHECKS=@@UNIQUE_CHECKS, UNIQUE_CHECKS=0 */;\n"
               "/*!40014 SET @OLD_FOREIGN_KEY_CHECKS=@@FOREIGN_KEY_CHECKS, "
               "FOREIGN_KEY_CHECKS=0 */;\n"
               "/*!40101 SET @OLD_SQL_MODE=@@SQL_MODE, SQL_MODE='NO_AUTO_VALUE_ON_ZERO' */;\n"
               "/*!40111 SET @OLD_SQL_NOTES=@@SQL_NOTES, SQL_NOTES=0 */;\n");
        return;
    }
    put(o, "--\n-- PostgreSQL database dump\n--\n\n"
           "-- Dumped from database version 15.4 (Debian 15.4-1.pgdg120+1)\n"
           "-- Dumped by pg_dump version 15.4 (Debian 15.4-1.pgdg120+1)\n\n"
           "SET statement_timeout = 0;\nSET lock_timeout = 0;\n"
           "SET idle_in_transaction_session_timeout = 0;\nSET client_encoding = 'UTF8';\n"
           "SET standard_conforming_strings = on;\n"
           "SELECT pg_catalog.set_config('search_path', '', false);\n"
           "SET check_function_bodies = false;\nSET xmloption = content;\n"
           "SET client_min_messages = warning;\nSET row_security = off;\n\n"
           "SET default_tablespace = '';\n\nSET default_table_access_method = heap;\n\n");
    for (int i = 0; i < ntables; i++)
        pg_create(o, &t[i]);
    for (int i = 0; i < ntables; i++) {
        char what[96];
        snprintf(what, sizeof(what), "%s %s", t[i].name, t[i].cols[0].name);
        pg_comment(o, what, "DEFAULT");
        put(o, "ALTER TABLE ONLY public.");
        put(o, t[i].name);
        put(o, " ALTER COLUMN ");
        put(o, t[i].cols[0].name);
        put(o, " SET DEFAULT nextval('public.");
        put(o, t[i].name);
        put(o, "_");
        put(o, t[i].cols[0].name);
        put(o, "_seq'::regclass);\n\n\n");
    }
}

/* See gen.h: what precedes a table's rows; resets the statement counters. */
void sql_table_begin(out_t *o, sqlw_t *w, const tabdef_t *t)
{
    w->in_stmt = 0;
    w->statements = 0;
    if (w->style == SQL_MYSQL) {
        mysql_create(o, t);
        put(o, "\n--\n-- Dumping data for table `");
        put(o, t->name);
        put(o, "`\n--\n\nLOCK TABLES `");
        put(o, t->name);
        put(o, "` WRITE;\n/*!40000 ALTER TABLE `");
        put(o, t->name);
        put(o, "` DISABLE KEYS */;\n");
        return;
    }
    put(o, "--\n-- Data for Name: ");
    put(o, t->name);
    put(o, "; Type: TABLE DATA; Schema: public; Owner: " PG_OWNER "\n--\n\n");
    if (w->style == SQL_PG_COPY) {
        put(o, "COPY public.");
        put(o, t->name);
        put(o, " (");
        for (int i = 0; i < t->ncols; i++) {
            if (i) put(o, ", ");
            put(o, t->cols[i].name);
        }
        put(o, ") FROM stdin;\n");
    }
}

/* One value of an INSERT tuple (mysql or pg --inserts). */
static void put_value(out_t *o, const coldef_t *c, const char *s, size_t n, bool mysql)
{
    if (!n) {
        if (sql_col_nullable(c))
            put(o, "NULL");
        else
            out_write(o, "''", 2);
    } else if (sql_col_numeric(c)) {
        out_write(o, s, n);
    } else if (mysql) {
        put_mysql_string(o, s, n);
    } else {
        put_pg_string(o, s, n);
    }
}

/* See gen.h: one row as a COPY line or an INSERT tuple (opening/closing statements as
 * tuples_per_insert says). */
void sql_tuple(out_t *o, sqlw_t *w, const tabdef_t *t, const rec_t *r, int bad_col)
{
    if (w->style == SQL_PG_COPY) {
        for (int i = 0; i < r->nf; i++) {
            if (i == bad_col) continue; /* malformed: a column short */
            if (i && !(bad_col == 0 && i == 1)) out_putc(o, '\t');
            size_t n = r->len[i];
            if (!n && sql_col_nullable(&t->cols[i]))
                out_write(o, "\\N", 2);
            else
                put_copy_text(o, rec_field(r, i), n);
        }
        out_putc(o, '\n');
        return;
    }
    bool mysql = w->style == SQL_MYSQL;
    if (w->in_stmt == 0) {
        w->statements++;
        if (mysql) {
            put(o, "INSERT INTO `");
            put(o, t->name);
            put(o, "` VALUES (");
        } else {
            put(o, "INSERT INTO public.");
            put(o, t->name);
            put(o, w->per_stmt == 1 ? " VALUES (" : " VALUES\n\t(");
        }
    } else {
        put(o, mysql ? ",(" : ",\n\t(");
    }
    for (int i = 0; i < r->nf; i++) {
        if (i) put(o, mysql ? "," : ", ");
        if (i != bad_col) put_value(o, &t->cols[i], rec_field(r, i), r->len[i], mysql);
    }
    out_putc(o, ')');
    w->in_stmt++;
    if (w->per_stmt && w->in_stmt == w->per_stmt) {
        put(o, ";\n");
        w->in_stmt = 0;
    }
}

/* See gen.h: closes the open INSERT or the COPY block (\.). */
void sql_table_end(out_t *o, sqlw_t *w, const tabdef_t *t)
{
    if (w->style == SQL_PG_COPY) {
        put(o, "\\.\n\n\n");
        return;
    }
    if (w->in_stmt) put(o, ";\n");
    w->in_stmt = 0;
    if (w->style == SQL_MYSQL) {
        put(o, "/*!40000 ALTER TABLE `");
        put(o, t->name);
        put(o, "` ENABLE KEYS */;\nUNLOCK TABLES;\n");
    } else {
        put(o, "\n\n");
    }
}

/* See gen.h: mysqldump's restoring SETs; pg_dump's setval, keys, indexes, foreign keys. */
void sql_postamble(out_t *o, enum sql_style st, const tabdef_t *t, int ntables)
{
    if (st == SQL_MYSQL) {
        put(o, "\n/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;\n\n"
               "/*!40101 SET SQL_MODE=@OLD_SQL_MODE */;\n"
               "/*!40014 SET FOREIGN_KEY_CHECKS=@OLD_FOREIGN_KEY_CHECKS */;\n"
               "/*!40014 SET UNIQUE_CHECKS=@OLD_UNIQUE_CHECKS */;\n"
               "/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;\n"
               "/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;\n"
               "/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;\n"
               "/*!40111 SET SQL_NOTES=@OLD_SQL_NOTES */;\n\n"
               "-- Dump completed on " DUMP_DATE "\n");
        return;
    }
    char buf[160];
    for (int i = 0; i < ntables; i++) {
        snprintf(buf, sizeof(buf), "%s_%s_seq", t[i].name, t[i].cols[0].name);
        pg_comment(o, buf, "SEQUENCE SET");
        put(o, "SELECT pg_catalog.setval('public.");
        put(o, buf);
        put(o, "', ");
        putu(o, t[i].max_id ? t[i].max_id : 1);
        put(o, t[i].max_id ? ", true);\n\n\n" : ", false);\n\n\n");
    }
    for (int i = 0; i < ntables; i++) {
        snprintf(buf, sizeof(buf), "%s %s_pkey", t[i].name, t[i].name);
        pg_comment(o, buf, "CONSTRAINT");
        put(o, "ALTER TABLE ONLY public.");
        put(o, t[i].name);
        put(o, "\n    ADD CONSTRAINT ");
        put(o, t[i].name);
        put(o, "_pkey PRIMARY KEY (");
        put(o, t[i].cols[0].name);
        put(o, ");\n\n\n");
    }
    for (int i = 0; i < ntables; i++) {
        int ix[8][2];
        const char *names[8];
        int nix = index_cols(&t[i], ix, names);
        for (int k = 0; k < nix; k++) {
            snprintf(buf, sizeof(buf), "idx_%s_%s", t[i].name, names[k]);
            pg_comment(o, buf, "INDEX");
            put(o, "CREATE INDEX ");
            put(o, buf);
            put(o, " ON public.");
            put(o, t[i].name);
            put(o, " USING btree (");
            put(o, t[i].cols[ix[k][0]].name);
            if (ix[k][1] >= 0) {
                put(o, ", ");
                put(o, t[i].cols[ix[k][1]].name);
            }
            put(o, ");\n\n\n");
        }
    }
    for (int i = 0; i < ntables; i++)
        for (int c = 1; c < t[i].ncols && t[i].parent; c++)
            if (t[i].cols[c].type == T_USERID) {
                snprintf(buf, sizeof(buf), "%s %s_%s_fkey", t[i].name, t[i].name,
                         t[i].cols[c].name);
                pg_comment(o, buf, "FK CONSTRAINT");
                put(o, "ALTER TABLE ONLY public.");
                put(o, t[i].name);
                put(o, "\n    ADD CONSTRAINT ");
                put(o, t[i].name);
                put(o, "_");
                put(o, t[i].cols[c].name);
                put(o, "_fkey FOREIGN KEY (");
                put(o, t[i].cols[c].name);
                put(o, ") REFERENCES public.");
                put(o, t[i].parent->name);
                put(o, "(");
                put(o, t[i].parent->cols[0].name);
                put(o, ");\n\n\n");
            }
    put(o, "--\n-- PostgreSQL database dump complete\n--\n\n");
}
