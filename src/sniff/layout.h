/* layout: which of a delimited file's first lines are preamble, which are header lines, and
 * which is the first record — judged as a person reading the file does: by what the lines
 * hold against the column types of the body below them (rules R6-R8 of parse/tokenize.h).
 *
 * Also used by sniff/tables.c to tell a header line met inside the data (a second table)
 * from a data row that happens to hold text. Internal to the sniffer. */
#ifndef LS_SNIFF_LAYOUT_H
#define LS_SNIFF_LAYOUT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "leakscope/leakscope.h"
#include "parse/dialect.h"
#include "parse/tokenize.h"

typedef struct {
    size_t off, len; /* line bytes, line ending excluded */
} ls_line;

#define LS_LAYOUT_MAX_COLS 512u /* columns profiled; the rest are neutral */

/* The body's column types, in the coarse terms a header decision needs: a column is
 * "typed" when most of its values hold digits or an '@' (ids, e-mails, dates, amounts). */
typedef struct {
    uint32_t fields;                      /* the body's field count */
    uint32_t ncols;                       /* columns profiled (<= LS_LAYOUT_MAX_COLS) */
    uint8_t typed[LS_LAYOUT_MAX_COLS];    /* 1: most values hold digits or '@' */
    uint8_t has_text[LS_LAYOUT_MAX_COLS]; /* 1: some values are name-like text */
    uint32_t ntyped;
    const ls_line *rows;   /* body lines the profile came from (for repeated values) */
    const char *rows_data; /* the buffer their offsets are in (the data profiled) */
    size_t nrows;
} ls_body_profile;

/* What one line is, judged against a body profile. */
typedef struct {
    uint32_t nfields;
    uint32_t labels; /* name-like cells */
    uint32_t datas;  /* cells holding '@', mostly digits, or longer than a label */
    uint32_t empties;
    uint32_t known;      /* cells with a header word (name, email, date, ville, ...) */
    uint32_t over_typed; /* name-like cells over a typed column: "email" over e-mails */
    uint32_t typed_ok;   /* cells over a typed column that hold digits or '@' */
    uint32_t repeats;    /* cells equal to a value of their column in the body */
} ls_line_verdict;

typedef enum {
    LS_LINE_DATA,   /* a record of the body */
    LS_LINE_HEADER, /* names (or units, or a title) over the body's columns */
    LS_LINE_OTHER,  /* neither: preamble above a header, or a malformed record */
} ls_line_kind;

/* Profile the body from `rows` (lines with the dialect's expected field count are used). */
void ls__body_profile(const ls_dialect *d, const char *data, const ls_line *rows, size_t nrows,
                      ls_body_profile *bp, ls_record *rec);

/* Judge one line against the profile; rrec is scratch for the body rows. */
ls_line_kind ls__line_kind(const ls_dialect *d, ls_encoding enc, const char *data, ls_line line,
                           const ls_body_profile *bp, ls_record *rec, ls_record *rrec,
                           ls_line_verdict *v);

/* The layout of the head of a file. */
typedef struct {
    size_t first;         /* head index of the first line that is not preamble or blank */
    uint32_t preamble;    /* preamble lines (comments, titles, key/value lines) */
    uint32_t blanks;      /* blank lines before `first` */
    uint32_t header_rows; /* header lines from `first` on (0: no header) */
    size_t names_row;     /* head index of the line that names the columns */
    bool damaged;         /* the names line's field count is not the body's */
    uint32_t table_above; /* > 0: records of another field count (this many fields) stand
                             above the header: a first table, not a preamble (R9) */
    char evidence[200];   /* why: what the header decision rests on */
} ls_layout;

/* Decide the layout of head lines [0, nhead). `header` is the caller's override (LS_AUTO,
 * LS_YES, LS_NO). Returns false when the lines do not allow a judgement (then the caller
 * keeps its simple rules). */
bool ls__find_layout(const ls_dialect *d, ls_encoding enc, const char *data, const ls_line *head,
                     size_t nhead, ls_tristate header, ls_layout *out, ls_record *rec,
                     ls_record *rrec);

/* Is the line judged `v` a units line ("", "EUR", "YYYY-MM-DD") under the names line judged
 * `names`: no value, no repeat of the body, fewer names than the names line? */
bool ls__units_row(const ls_line_verdict *v, const ls_line_verdict *names, uint32_t fields);

/* Shared helpers of the sniffer. */
bool ls__is_comment_line(const char *p, size_t n);
bool ls__is_blank_line(const char *p, size_t n);
bool ls__label_has_header_word(const char *p, size_t n, ls_encoding enc);

#endif
