#include "pipeline/columns.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "common/buf.h"
#include "common/macros.h"
#include "detect/classify.h"
#include "detect/validate.h"
#include "parse/tokenize.h"
#include "report/mask.h"
#include "sniff/encoding.h"

#define HEAD_RECORDS  1000
#define OTHER_RECORDS 250

bool ls_type_has_validator(ls_type t)
{
    return t != LS_TYPE_UNKNOWN && t != LS_TYPE_FREE_TEXT && t != LS_TYPE_HEALTH &&
           t != LS_TYPE_NUMBER && t != LS_TYPE__COUNT;
}

typedef struct {
    size_t off;
    uint32_t len;
} value_ref;

typedef struct {
    value_ref *refs;
    size_t n;
} column_refs;

/* Parse up to max records from pos and append their values to the arena. */
static void sample_records(const input_t *in, const char *data, size_t pos, size_t end, bool eof,
                           size_t max, ls_record *rec, ls_buf *arena, column_refs *cols,
                           uint32_t ncols)
{
    const ls_dialect *d = &in->sniff.dialect;
    const ls_encoding enc = in->sniff.encoding;
    ls_parse_memo memo;
    ls_parse_memo_reset(&memo);
    for (size_t r = 0; r < max && pos < end;) {
        ls_scan_result s = ls_parse_record_memo(d, data, pos, end, eof, rec, &memo);
        if (s == LS_SCAN_NEED_MORE) break;
        pos = rec->next;
        if (s == LS_SCAN_BLANK) continue;
        r++;
        if (in->header_line_len && rec->end - rec->start == in->header_line_len &&
            memcmp(data + rec->start, in->header_line, in->header_line_len) == 0)
            continue;
        for (uint32_t j = 0; j < rec->nfields && j < ncols; j++) {
            if (cols[j].n >= LS_COLUMN_SAMPLE_VALUES) continue;
            const ls_field *f = &rec->fields[j];
            size_t cap = 3 * (size_t)f->len + 1;
            if (f->len > 4096 || ls_buf_reserve(arena, 2 * cap)) continue;
            char *tmp = arena->data + arena->len + cap; /* scratch after the value's room */
            size_t n = f->escaped ? ls_field_unescape(d, f, tmp) : f->len;
            const char *v = f->escaped ? tmp : f->p;
            char *dst = arena->data + arena->len;
            if (enc == LS_ENCODING_UTF8) {
                memmove(dst, v, n);
            } else {
                n = ls_transcode_to_utf8(enc, v, n, dst);
            }
            cols[j].refs[cols[j].n++] = (value_ref){arena->len, (uint32_t)n};
            arena->len += n;
        }
    }
}

/* Up to three distinct valid values of a PII column, masked. */
static void take_samples(column_t *c, const ls_span *vals, size_t n)
{
    char norm[LS_NORM_CAP(4096)];
    char seen[3][LS_MASK_MAX];
    c->nsamples = 0;
    for (size_t i = 0; i < n && c->nsamples < 3; i++) {
        if (vals[i].len == 0 || vals[i].len > 4096) continue;
        size_t nl = 0;
        const char *v = vals[i].p;
        size_t vl = vals[i].len;
        if (ls_type_has_validator(c->type)) {
            if (ls_validate(c->type, v, vl, norm, &nl) != LS_VERDICT_VALID) continue;
            v = norm;
            vl = nl;
        }
        char m[LS_MASK_MAX];
        ls_mask_value(c->type, v, vl, m);
        bool dup = false;
        for (unsigned k = 0; k < c->nsamples; k++)
            dup |= strcmp(seen[k], m) == 0;
        if (dup) continue;
        memcpy(seen[c->nsamples], m, LS_MASK_MAX);
        memcpy(c->samples[c->nsamples++], m, LS_MASK_MAX);
    }
}

/* Give columns [from, to) the classifier's verdicts, and their masked samples. */
static void apply_classes(input_t *in, const ls_column_sample *samples, const ls_column_class *cls,
                          uint32_t from, uint32_t to)
{
    for (uint32_t j = from; j < to; j++) {
        column_t *c = &in->cols[j];
        c->type = cls[j].type;
        c->confidence = cls[j].confidence;
        c->hint = cls[j].header_hint;
        c->evidence = (uint8_t)cls[j].evidence;
        c->listed_share = cls[j].listed_share;
        c->validated = ls_type_has_validator(c->type);
        if (ls_type_is_pii(c->type)) take_samples(c, samples[j].values, samples[j].nvalues);
    }
}

static int current_year(void)
{
    time_t now = time(NULL);
    struct tm tm;
    gmtime_r(&now, &tm);
    return tm.tm_year + 1900;
}

ls_status ls_columns_classify(input_t *in, const char *view, size_t view_len, bool whole)
{
    /* Only tracked columns are typed (and validated): past them a wide line would cost
     * samples x columns of memory for columns nobody reports on. */
    uint32_t ncols = LS_MIN(in->column_count, in->tracked_columns);
    if (ncols == 0) return LS_OK;
    const ls_sniff_result *sn = &in->sniff;
    size_t end = LS_MIN(view_len, sn->data_end);
    ls_record *rec = malloc(sizeof *rec);
    column_refs *cols = calloc(ncols, sizeof *cols);
    ls_column_sample *samples = calloc(ncols, sizeof *samples);
    ls_column_class *cls = calloc(ncols, sizeof *cls);
    ls_span *spans = NULL;
    ls_buf arena = {0};
    ls_status st = LS_OK;
    if (!rec || !cols || !samples || !cls) {
        st = LS_ERR_NOMEM;
        goto done;
    }
    for (uint32_t j = 0; j < ncols; j++) {
        cols[j].refs = malloc(LS_COLUMN_SAMPLE_VALUES * sizeof *cols[j].refs);
        if (!cols[j].refs) {
            st = LS_ERR_NOMEM;
            goto done;
        }
    }

    bool eof = whole || end < view_len;
    sample_records(in, view, sn->data_start, end, eof, HEAD_RECORDS, rec, &arena, cols, ncols);
    if (whole && end > (size_t)4 << 20) {
        for (int pct = 20; pct <= 80; pct += 20) {
            size_t off = (size_t)((double)end * pct / 100.0);
            if (off <= sn->data_start) continue;
            const char *lf = memchr(view + off, sn->dialect.newline_char, end - off);
            if (!lf) continue;
            sample_records(in, view, (size_t)(lf - view) + 1, end, true, OTHER_RECORDS, rec, &arena,
                           cols, ncols);
        }
    }

    /* spans into the finished arena */
    size_t total = 0;
    for (uint32_t j = 0; j < ncols; j++)
        total += cols[j].n;
    spans = malloc((total ? total : 1) * sizeof *spans);
    if (!spans) {
        st = LS_ERR_NOMEM;
        goto done;
    }
    size_t k = 0;
    for (uint32_t j = 0; j < ncols; j++) {
        samples[j].name = (sn->column_names && j < sn->column_count) ? sn->column_names[j] : NULL;
        samples[j].values = spans + k;
        samples[j].nvalues = cols[j].n;
        for (size_t i = 0; i < cols[j].n; i++)
            spans[k++] = (ls_span){arena.data + cols[j].refs[i].off, cols[j].refs[i].len};
    }
    ls_classify_input ci = {sn->dialect.format, ncols, samples, current_year()};
    ls_classify(&ci, cls);
    apply_classes(in, samples, cls, 0, ncols);

done:
    /* the raw sample values are wiped, not just freed: they are personal data */
    if (arena.data) memset(arena.data, 0, arena.cap);
    ls_buf_free(&arena);
    for (uint32_t j = 0; cols && j < ncols; j++)
        free(cols[j].refs);
    free(cols);
    free(samples);
    free(cls);
    free(spans);
    free(rec);
    return st;
}

ls_status ls_columns_classify_values(input_t *in, uint32_t from, uint32_t ncols,
                                     ls_column_sample *samples)
{
    if (ncols <= from) return LS_OK;
    const ls_sniff_result *sn = &in->sniff;
    ls_column_class *cls = calloc(ncols, sizeof *cls);
    if (!cls) return LS_ERR_NOMEM;
    bool json = sn->dialect.format == LS_FORMAT_JSONL || sn->dialect.format == LS_FORMAT_JSON;
    char table_id[96];
    for (uint32_t j = 0; j < ncols; j++) {
        const char *name = (sn->column_names && j < sn->column_count) ? sn->column_names[j] : NULL;
        /* A JSON path is hinted by its leaf ("address.city" is a city, not an address),
         * unless the leaf says nothing on its own ("address.line1"). */
        const char *dot = (json && name) ? strrchr(name, '.') : NULL;
        if (dot && ls_header_hint(dot + 1, strlen(dot + 1)) != LS_TYPE_UNKNOWN) name = dot + 1;
        /* A SQL table's own "id" is whatever the table holds: in `users` or `patients` it
         * numbers people (a user_id), in `orders` it does not. The table's name (its last
         * part, a plural 's' dropped) stands in front of it for the hint. */
        if (sn->dialect.format == LS_FORMAT_SQL && name && in->table &&
            strcasecmp(name, "id") == 0) {
            const char *t = strrchr(in->table, '.');
            t = t ? t + 1 : in->table;
            size_t tl = strlen(t);
            if (tl > 1 && (t[tl - 1] == 's' || t[tl - 1] == 'S')) tl--;
            if (tl < sizeof table_id - 4) {
                snprintf(table_id, sizeof table_id, "%.*s_id", (int)tl, t);
                if (ls_header_hint(table_id, strlen(table_id)) == LS_TYPE_USER_ID) name = table_id;
            }
        }
        samples[j].name = name;
    }
    ls_classify_input ci = {sn->dialect.format, ncols, samples, current_year()};
    ls_classify(&ci, cls);
    apply_classes(in, samples, cls, from, ncols);
    free(cls);
    return LS_OK;
}
