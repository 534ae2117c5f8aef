/* The leakscope-report/1 JSON report (docs/report-schema.md). Keys of the contract in
 * ../shared/DESIGN.md keep their meaning; everything else is added beside them. */
#include <stdlib.h>
#include <string.h>

#include "pipeline/analysis.h"
#include "report/jsonw.h"
#include "report/mask.h"
#include "report/report.h"

const char *ls_status_code(ls_status s)
{
    switch (s) {
    case LS_OK:
        return "ok";
    case LS_ERR_NOMEM:
        return "out_of_memory";
    case LS_ERR_OPEN:
        return "cannot_open";
    case LS_ERR_IS_DIRECTORY:
        return "is_directory";
    case LS_ERR_EMPTY:
        return "empty";
    case LS_ERR_BINARY:
        return "binary";
    case LS_ERR_ENCODING:
        return "unsupported_encoding";
    case LS_ERR_READ:
        return "read_error";
    case LS_ERR_TRUNCATED:
        return "truncated";
    case LS_ERR_RECORD_TOO_LONG:
        return "record_too_long";
    case LS_ERR_THREAD:
        return "thread_error";
    case LS_ERR_INVALID_ARGUMENT:
        return "invalid_argument";
    case LS_ERR_OUTPUT:
        return "output_error";
    default:
        return "unknown";
    }
}

static void char_value(ls_jsonw *w, int c)
{
    if (!c) {
        ls_jw_null(w);
        return;
    }
    char s[1] = {(char)c};
    ls_jw_string_n(w, s, 1);
}

/* A name from the data (path, member, table, column, key): masked where PII-shaped. */
static void jw_name(ls_jsonw *w, const char *s)
{
    char buf[512], *heap;
    ls_jw_string(w, ls_mask_name_into(s, buf, sizeof buf, &heap));
    free(heap);
}

static void write_input(ls_jsonw *w, const ls_input_summary *in, bool samples)
{
    bool analysed = in->status == LS_OK || ls_status_is_partial(in->status);
    ls_jw_object_begin(w);
    ls_jw_key(w, "path");
    jw_name(w, in->path);
    if (in->archive) {
        ls_jw_key(w, "archive");
        jw_name(w, in->archive);
        ls_jw_key(w, "member");
        jw_name(w, in->member);
    }
    if (in->table) {
        ls_jw_key(w, "table");
        jw_name(w, in->table);
    }
    if (in->container) {
        ls_jw_key(w, "container");
        ls_jw_string(w, in->container);
        ls_jw_key(w, "members");
        ls_jw_u64(w, in->members);
    }
    ls_jw_key(w, "status");
    ls_jw_string(w, in->status == LS_OK ? "ok" : analysed ? "partial" : "error");
    if (in->status != LS_OK) {
        ls_jw_key(w, "error");
        ls_jw_object_begin(w);
        ls_jw_key(w, "code");
        ls_jw_string(w, ls_status_code(in->status));
        ls_jw_key(w, "message");
        ls_jw_string(w, in->message[0] ? in->message : ls_strerror(in->status));
        ls_jw_object_end(w);
    }
    ls_jw_key(w, "bytes");
    ls_jw_u64(w, in->bytes);
    ls_jw_key(w, "bytes_analyzed");
    ls_jw_u64(w, in->bytes_analyzed);
    ls_jw_key(w, "truncated");
    ls_jw_bool(w, in->truncated);
    ls_jw_key(w, "read_mode");
    ls_jw_string(w, in->mapped ? "mmap" : "stream");
    ls_jw_key(w, "compression");
    ls_jw_string(w, in->compression ? in->compression : "none");
    if (in->compressed_bytes) {
        ls_jw_key(w, "compressed_bytes");
        ls_jw_u64(w, in->compressed_bytes);
    }
    ls_jw_key(w, "format");
    ls_jw_string(w, analysed ? ls_format_name(in->format) : "unknown");
    ls_jw_key(w, "encoding");
    ls_jw_string(w, analysed ? ls_encoding_name(in->encoding) : "unknown");
    ls_jw_key(w, "bom");
    ls_jw_bool(w, in->bom);
    ls_jw_key(w, "dialect");
    ls_jw_object_begin(w);
    ls_jw_key(w, "delimiter");
    char_value(w, analysed ? in->delimiter : 0);
    ls_jw_key(w, "quote");
    char_value(w, analysed ? in->quote : 0);
    ls_jw_key(w, "header");
    ls_jw_bool(w, in->header);
    ls_jw_key(w, "newline");
    ls_jw_string(w, analysed ? ls_newline_name(in->newline) : "unknown");
    ls_jw_key(w, "fields");
    ls_jw_u64(w, in->expected_fields);
    ls_jw_object_end(w);
    ls_jw_key(w, "layout");
    ls_jw_object_begin(w);
    ls_jw_key(w, "preamble_lines");
    ls_jw_u64(w, in->preamble_lines);
    ls_jw_key(w, "header_rows");
    ls_jw_u64(w, in->header_rows);
    ls_jw_key(w, "footer_lines");
    ls_jw_u64(w, in->footer_lines);
    ls_jw_key(w, "blank_lines");
    ls_jw_u64(w, in->blank_lines);
    ls_jw_object_end(w);
    ls_jw_key(w, "records");
    ls_jw_u64(w, in->records);
    ls_jw_key(w, "malformed");
    ls_jw_u64(w, in->malformed);
    ls_jw_key(w, "malformed_by");
    ls_jw_object_begin(w);
    ls_jw_key(w, "too_many_fields");
    ls_jw_u64(w, in->malformed_by.too_many_fields);
    ls_jw_key(w, "too_few_fields");
    ls_jw_u64(w, in->malformed_by.too_few_fields);
    ls_jw_key(w, "unbalanced_quote");
    ls_jw_u64(w, in->malformed_by.unbalanced_quote);
    ls_jw_key(w, "nul_byte");
    ls_jw_u64(w, in->malformed_by.nul_byte);
    ls_jw_key(w, "oversized");
    ls_jw_u64(w, in->malformed_by.oversized);
    if (in->format == LS_FORMAT_SQL || in->format == LS_FORMAT_JSONL ||
        in->format == LS_FORMAT_JSON) {
        ls_jw_key(w, "syntax");
        ls_jw_u64(w, in->malformed_by.syntax);
    }
    if (in->format == LS_FORMAT_JSONL || in->format == LS_FORMAT_JSON) {
        ls_jw_key(w, "too_deep");
        ls_jw_u64(w, in->malformed_by.too_deep);
    }
    ls_jw_object_end(w);
    if (in->records_not_deduplicated) {
        ls_jw_key(w, "records_not_deduplicated");
        ls_jw_u64(w, in->records_not_deduplicated);
    }
    if (in->sql_dialect) {
        ls_jw_key(w, "sql_dialect");
        ls_jw_string(w, in->sql_dialect);
    }
    if (in->json_records_key) {
        ls_jw_key(w, "json_records_key");
        jw_name(w, in->json_records_key);
    }
    ls_jw_key(w, "anomalies");
    ls_jw_object_begin(w);
    ls_jw_key(w, "stray_quotes");
    ls_jw_u64(w, in->anomalies.stray_quotes);
    ls_jw_key(w, "multiline_records");
    ls_jw_u64(w, in->anomalies.multiline_records);
    ls_jw_key(w, "invalid_utf8");
    ls_jw_u64(w, in->anomalies.invalid_utf8);
    ls_jw_key(w, "repeated_headers");
    ls_jw_u64(w, in->anomalies.repeated_headers);
    ls_jw_object_end(w);
    ls_jw_key(w, "columns");
    ls_jw_array_begin(w);
    for (uint32_t j = 0; j < in->column_count; j++) {
        const ls_column_summary *c = &in->columns[j];
        ls_jw_object_begin(w);
        ls_jw_key(w, "index");
        ls_jw_u64(w, c->index);
        ls_jw_key(w, "name");
        jw_name(w, c->name);
        ls_jw_key(w, "type");
        ls_jw_string(w, c->type);
        ls_jw_key(w, "confidence");
        ls_jw_double(w, c->confidence);
        ls_jw_key(w, "pii");
        ls_jw_bool(w, c->pii);
        if (c->header_hint) {
            ls_jw_key(w, "header_hint");
            ls_jw_string(w, c->header_hint);
        }
        ls_jw_key(w, "non_empty");
        ls_jw_u64(w, c->non_empty);
        if (c->validated) {
            ls_jw_key(w, "valid");
            ls_jw_u64(w, c->valid);
            ls_jw_key(w, "invalid");
            ls_jw_u64(w, c->invalid);
        }
        ls_jw_key(w, "unique");
        if (c->unique == LS_UNIQUE_UNKNOWN)
            ls_jw_null(w);
        else
            ls_jw_u64(w, c->unique);
        if (c->families_label && c->family_count) {
            ls_jw_key(w, c->families_label);
            ls_jw_object_begin(w);
            for (uint32_t k = 0; k < c->family_count; k++) {
                ls_jw_key(w, c->families[k].name);
                ls_jw_u64(w, c->families[k].count);
            }
            ls_jw_object_end(w);
        }
        if (samples && c->sample_count) {
            ls_jw_key(w, "samples");
            ls_jw_array_begin(w);
            for (uint32_t k = 0; k < c->sample_count; k++)
                ls_jw_string(w, c->samples[k]);
            ls_jw_array_end(w);
        }
        ls_jw_object_end(w);
    }
    ls_jw_array_end(w);
    ls_jw_object_end(w);
}

ls_status ls_report_write_json(const ls_analysis *a, FILE *out, const ls_report_options *opts)
{
    if (!a || !out || !a->finished) return LS_ERR_INVALID_ARGUMENT;
    bool timing = opts ? opts->include_timing : true;
    bool samples = opts ? opts->include_samples : false;
    ls_jsonw w;
    ls_jw_init(&w, out, opts ? opts->pretty : false);
    const ls_totals *t = &a->totals;

    ls_jw_object_begin(&w);
    ls_jw_key(&w, "schema");
    ls_jw_string(&w, "leakscope-report/1");
    ls_jw_key(&w, "tool");
    ls_jw_object_begin(&w);
    ls_jw_key(&w, "name");
    ls_jw_string(&w, "leakscope");
    ls_jw_key(&w, "version");
    ls_jw_string(&w, LS_VERSION_STRING);
    ls_jw_object_end(&w);

    ls_jw_key(&w, "inputs");
    ls_jw_array_begin(&w);
    for (size_t i = 0; i < a->ninputs; i++)
        write_input(&w, &a->inputs[i]->pub, samples);
    ls_jw_array_end(&w);

    ls_jw_key(&w, "skipped");
    ls_jw_array_begin(&w);
    for (size_t i = 0; i < a->nskipped; i++) {
        ls_jw_object_begin(&w);
        ls_jw_key(&w, "path");
        jw_name(&w, a->skipped[i].path);
        ls_jw_key(&w, "reason");
        ls_jw_string(&w, a->skipped[i].reason);
        ls_jw_object_end(&w);
    }
    ls_jw_array_end(&w);

    ls_jw_key(&w, "totals");
    ls_jw_object_begin(&w);
    ls_jw_key(&w, "inputs");
    ls_jw_u64(&w, t->inputs);
    ls_jw_key(&w, "inputs_failed");
    ls_jw_u64(&w, t->inputs_failed);
    ls_jw_key(&w, "bytes");
    ls_jw_u64(&w, t->bytes);
    ls_jw_key(&w, "records");
    ls_jw_u64(&w, t->records);
    ls_jw_key(&w, "malformed");
    ls_jw_u64(&w, t->malformed);
    ls_jw_key(&w, "unique_records");
    ls_jw_u64(&w, t->unique_records);
    ls_jw_key(&w, "duplicate_records");
    ls_jw_u64(&w, t->duplicate_records);
    ls_jw_key(&w, "unique_records_normalized");
    ls_jw_u64(&w, t->unique_records_normalized);
    ls_jw_key(&w, "records_not_deduplicated");
    ls_jw_u64(&w, t->records_not_deduplicated);
    ls_jw_key(&w, "dedup");
    ls_jw_object_begin(&w);
    ls_jw_key(&w, "method");
    ls_jw_string(&w, "xxh3-128");
    ls_jw_key(&w, "approximate");
    ls_jw_bool(&w, t->approximate);
    ls_jw_key(&w, "note");
    ls_jw_string(&w, t->approximate ? "a hash set ran out of memory: unique counts are lower bounds"
                                    : "exact up to 128-bit hash collisions");
    ls_jw_object_end(&w);
    ls_jw_object_end(&w);

    ls_jw_key(&w, "categories");
    ls_jw_object_begin(&w);
    for (size_t i = 0; i < a->ncat; i++) {
        const ls_category_summary *c = &a->cat_summaries[i];
        ls_jw_key(&w, c->type);
        ls_jw_object_begin(&w);
        ls_jw_key(&w, "group");
        ls_jw_string(&w, c->group);
        ls_jw_key(&w, "pii");
        ls_jw_bool(&w, c->pii);
        ls_jw_key(&w, "special_category");
        ls_jw_bool(&w, c->special_category);
        ls_jw_key(&w, "columns");
        ls_jw_u64(&w, c->columns);
        if (c->validated) {
            ls_jw_key(&w, "records");
            ls_jw_u64(&w, c->records);
            ls_jw_key(&w, "valid");
            ls_jw_u64(&w, c->valid);
            ls_jw_key(&w, "unique");
            ls_jw_u64(&w, c->unique);
        }
        ls_jw_object_end(&w);
    }
    ls_jw_object_end(&w);

    if (timing) {
        ls_jw_key(&w, "timing");
        ls_jw_object_begin(&w);
        ls_jw_key(&w, "seconds");
        ls_jw_double(&w, t->seconds);
        ls_jw_key(&w, "bytes_per_second");
        ls_jw_u64(&w, t->seconds > 0 ? (uint64_t)((double)t->bytes / t->seconds) : 0);
        ls_jw_key(&w, "records_per_second");
        ls_jw_u64(&w, t->seconds > 0 ? (uint64_t)((double)t->records / t->seconds) : 0);
        ls_jw_key(&w, "threads");
        ls_jw_u64(&w, a->threads);
        ls_jw_key(&w, "dedup_memory_bytes");
        ls_jw_u64(&w, t->dedup_memory_bytes);
        ls_jw_object_end(&w);
    }
    ls_jw_object_end(&w);
    fputc('\n', out);
    return ferror(out) ? LS_ERR_OUTPUT : LS_OK;
}
