/* html: the primitives of the HTML report. Every string reaches the page through
 * ls__html_text (escaped, valid UTF-8) or ls__html_name (masked like the JSON's names, then
 * escaped); charts are inline SVG drawn here, so the page loads nothing from anywhere. */
#ifndef LS_HTML_H
#define LS_HTML_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

/* Write s escaped for HTML text and attribute values (& < > " ' as entities); invalid
 * UTF-8 and control characters other than tab and newline become U+FFFD. NULL writes
 * nothing. */
void ls__html_text(FILE *out, const char *s);

/* A name from the data (path, member, table, column, key): masked with ls_mask_name
 * exactly as the JSON and text reports mask it, then escaped. NULL writes `dash`. */
void ls__html_name(FILE *out, const char *s, const char *dash);

/* A count with its digits grouped ("1,234,567"). */
void ls__html_u64(FILE *out, uint64_t v);

/* A figure of the JSON report, in an element the browser test can find:
 * <tag data-figure="PATH" data-value="V">1,234</tag>. path is the JSON path of the figure
 * (dots between keys and array indexes: "totals.records", "inputs.0.columns.6.unique"); it
 * is escaped. */
void ls__html_figure(FILE *out, const char *tag, const char *path, uint64_t v);

/* The same for a double: data-value as the JSON writes it (%.6g), shown as text. */
void ls__html_figure_double(FILE *out, const char *tag, const char *path, double v,
                            const char *text);

/* One row of a bar chart: a label and one value per series (has[k] false: no bar). */
typedef struct {
    const char *label;  /* a type or figure name from leakscope, escaped when written */
    uint64_t counts[3]; /* the values of a chart of counts (exact: labels print them) */
    double shares[3];   /* the values of a chart of shares (percent), from 0 to 1 */
    bool has[3];
} ls_html_bar_row;

/* A horizontal bar chart as inline SVG (role="img", <title> and <desc> for screen readers,
 * a <title> on each bar with its exact figure). Up to 3 series, each with a name (legend)
 * and a CSS class (colour: the page's stylesheet). All rows share one linear scale from 0
 * to the largest value. percent: values are shares from 0 to 1 and are labelled "12.5 %"
 * on a 0..100 % scale; else counts, labelled with grouped digits. id: unique in the page. */
void ls__html_bar_chart(FILE *out, const char *id, const char *title, const char *desc,
                        const char *const *series, const char *const *classes, int nseries,
                        const ls_html_bar_row *rows, size_t nrows, bool percent);

#endif
