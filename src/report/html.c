#include "report/html.h"

#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "report/mask.h"
#include "report/report.h"
#include "sniff/encoding.h"

/* See html.h. Escaping both text and attribute contexts with the same five entities keeps
 * one function for both; U+FFFD for bytes that are not text keeps the page valid UTF-8
 * whatever a file name or header held. */
void ls__html_text(FILE *out, const char *s)
{
    if (!s) return;
    const unsigned char *u = (const unsigned char *)s;
    size_t n = strlen(s);
    for (size_t i = 0; i < n;) {
        unsigned char c = u[i];
        if (c < 0x80) {
            switch (c) {
            case '&':
                fputs("&amp;", out);
                break;
            case '<':
                fputs("&lt;", out);
                break;
            case '>':
                fputs("&gt;", out);
                break;
            case '"':
                fputs("&quot;", out);
                break;
            case '\'':
                fputs("&#39;", out);
                break;
            default:
                if ((c < 0x20 && c != '\t' && c != '\n') || c == 0x7F)
                    fputs("\xEF\xBF\xBD", out);
                else
                    fputc(c, out);
            }
            i++;
            continue;
        }
        uint32_t cp;
        size_t l = ls_utf8_decode(u + i, n - i, &cp);
        if (l == 0 || (cp >= 0x80 && cp < 0xA0)) { /* invalid, or a C1 control */
            fputs("\xEF\xBF\xBD", out);
            i += l ? l : 1;
        } else {
            fwrite(u + i, 1, l, out);
            i += l;
        }
    }
}

/* See html.h: the same masking as the JSON's ls__jw_name (ls_mask_name_into). */
void ls__html_name(FILE *out, const char *s, const char *dash)
{
    if (!s) {
        ls__html_text(out, dash);
        return;
    }
    char buf[512], *heap;
    ls__html_text(out, ls_mask_name_into(s, buf, sizeof buf, &heap));
    free(heap);
}

void ls__html_u64(FILE *out, uint64_t v)
{
    char b[32];
    fputs(ls__group_digits(v, b), out);
}

void ls__html_figure(FILE *out, const char *tag, const char *path, uint64_t v)
{
    fprintf(out, "<%s data-figure=\"", tag);
    ls__html_text(out, path);
    fprintf(out, "\" data-value=\"%" PRIu64 "\">", v);
    ls__html_u64(out, v);
    fprintf(out, "</%s>", tag);
}

void ls__html_figure_double(FILE *out, const char *tag, const char *path, double v,
                            const char *text)
{
    fprintf(out, "<%s data-figure=\"", tag);
    ls__html_text(out, path);
    fprintf(out, "\" data-value=\"%.6g\">", v);
    ls__html_text(out, text);
    fprintf(out, "</%s>", tag);
}

/* Chart geometry (SVG user units; the SVG scales to the page width). */
#define CHART_W    760
#define LABEL_W    210 /* row labels, right-aligned against the bars */
#define VALUE_W    120 /* room after the longest bar for its figure */
#define BAR_H      13
#define BAR_GAP    3
#define ROW_PAD    10
#define LEGEND_H   24
#define CHART_TOP  6
#define BAR_AREA_W (CHART_W - LABEL_W - VALUE_W)

static void bar_value_text(FILE *out, const ls_html_bar_row *r, int k, bool percent)
{
    if (percent)
        fprintf(out, "%.1f %%", 100.0 * r->shares[k]);
    else
        ls__html_u64(out, r->counts[k]);
}

/* See html.h. Bars of a value above zero are at least one unit wide, so a small figure
 * next to a large one is still seen to be there (its exact value is written beside it). */
void ls__html_bar_chart(FILE *out, const char *id, const char *title, const char *desc,
                        const char *const *series, const char *const *classes, int nseries,
                        const ls_html_bar_row *rows, size_t nrows, bool percent)
{
    if (nseries < 1) nseries = 1;
    if (nseries > 3) nseries = 3;
    double max = percent ? 1.0 : 0.0;
    for (size_t i = 0; i < nrows; i++)
        for (int k = 0; k < nseries; k++) {
            double v = percent ? rows[i].shares[k] : (double)rows[i].counts[k];
            if (rows[i].has[k] && v > max) max = v;
        }
    int legend = nseries > 1 ? LEGEND_H : 0;
    int row_h = nseries * (BAR_H + BAR_GAP) - BAR_GAP + ROW_PAD;
    int height = CHART_TOP + legend + (int)nrows * row_h + 4;
    fprintf(out,
            "<svg class=\"chart\" id=\"%s\" role=\"img\" aria-labelledby=\"%s-t %s-d\" "
            "viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\">\n<title id=\"%s-t\">",
            id, id, id, CHART_W, height, CHART_W, height, id);
    ls__html_text(out, title);
    fprintf(out, "</title>\n<desc id=\"%s-d\">", id);
    ls__html_text(out, desc);
    fputs("</desc>\n", out);
    if (legend) {
        int x = LABEL_W;
        for (int k = 0; k < nseries; k++) {
            fprintf(out, "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"12\" class=\"%s\"/>", x,
                    CHART_TOP, classes[k]);
            fprintf(out, "<text x=\"%d\" y=\"%d\" class=\"legend\">", x + 17, CHART_TOP + 10);
            ls__html_text(out, series[k]);
            fputs("</text>\n", out);
            x += 17 + 7 * (int)strlen(series[k]) + 24;
        }
    }
    for (size_t i = 0; i < nrows; i++) {
        const ls_html_bar_row *r = &rows[i];
        int y0 = CHART_TOP + legend + (int)i * row_h;
        fprintf(out,
                "<g class=\"row\"><text x=\"%d\" y=\"%d\" class=\"label\" "
                "text-anchor=\"end\">",
                LABEL_W - 8, y0 + (row_h - ROW_PAD) / 2 + 4);
        ls__html_text(out, r->label);
        fputs("</text>", out);
        for (int k = 0; k < nseries; k++) {
            int y = y0 + k * (BAR_H + BAR_GAP);
            if (!r->has[k]) {
                fprintf(out, "<text x=\"%d\" y=\"%d\" class=\"na\">not counted</text>", LABEL_W,
                        y + BAR_H - 3);
                continue;
            }
            double v = percent ? r->shares[k] : (double)r->counts[k];
            int w = max > 0 ? (int)(v / max * BAR_AREA_W + 0.5) : 0;
            if (v > 0 && w < 1) w = 1;
            fprintf(out, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" class=\"%s\"><title>",
                    LABEL_W, y, w, BAR_H, classes[k]);
            ls__html_text(out, r->label);
            fputs(", ", out);
            ls__html_text(out, series[k]);
            fputs(": ", out);
            bar_value_text(out, r, k, percent);
            fprintf(out, "</title></rect><text x=\"%d\" y=\"%d\" class=\"value\">", LABEL_W + w + 5,
                    y + BAR_H - 2);
            bar_value_text(out, r, k, percent);
            fputs("</text>", out);
        }
        fputs("</g>\n", out);
    }
    fputs("</svg>\n", out);
}
