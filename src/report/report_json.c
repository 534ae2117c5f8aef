/* The leakscope-report/1 JSON report (docs/report-schema.md). Keys of the contract in
 * ../shared/DESIGN.md keep their meaning; everything else is added beside them. */
#include <stdlib.h>
#include <string.h>

#include "pipeline/analysis.h"
#include "report/jsonw.h"
#include "fingerprint/fp_analysis.h"
#include "report/mask.h"
#include "report/report_overlap.h"
#include "report/report.h"
#include "report/report_verdicts.h"

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
    case LS_ERR_NESTED_TOO_DEEP:
        return "nested_too_deep";
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

/* The distinct-counting engine: its ceiling, peak and spilling. Machine-dependent (the
 * default ceiling is a share of physical memory), so it goes with the timing block, except
 * when spilling failed: that is a statement about the run and always written. */
static void write_engine(ls_jsonw *w, const ls_analysis *a, bool timing)
{
    const ls_engine_summary *e = ls_analysis_engine(a);
    if (!e || (!timing && !e->spill_failed)) return;
    ls_jw_key(w, "engine");
    ls_jw_object_begin(w);
    if (timing) {
        ls_jw_key(w, "memory_limit");
        ls_jw_u64(w, e->memory_limit);
        ls_jw_key(w, "peak_memory");
        ls_jw_u64(w, e->peak_memory);
        ls_jw_key(w, "spilled_bytes");
        ls_jw_u64(w, e->spilled_bytes);
        ls_jw_key(w, "spill_writes");
        ls_jw_u64(w, e->spill_writes);
        ls_jw_key(w, "tmp_dir");
        ls_jw_string(w, e->tmp_dir);
        ls_jw_key(w, "ceiling_kept");
        ls_jw_bool(w, e->ceiling_kept);
    }
    ls_jw_key(w, "spill_failed");
    ls_jw_bool(w, e->spill_failed);
    if (e->spill_failed) {
        ls_jw_key(w, "spill_error");
        ls_jw_string(w, e->spill_error);
        ls_jw_key(w, "spill_read_failed");
        ls_jw_bool(w, e->spill_read_failed);
        ls_jw_key(w, "note");
        ls_jw_string(w, e->spill_read_failed
                            ? "spilled data could not be read back: the unique counts are lower "
                              "bounds"
                            : "spilling failed: the data stayed in memory, so the counts are "
                              "exact, but the memory ceiling was exceeded");
    }
    ls_jw_object_end(w);
}

void ls__jw_name(ls_jsonw *w, const char *s)
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
    ls__jw_name(w, in->path);
    if (in->archive) {
        ls_jw_key(w, "archive");
        ls__jw_name(w, in->archive);
        ls_jw_key(w, "member");
        ls__jw_name(w, in->member);
    }
    if (in->table) {
        ls_jw_key(w, "table");
        ls__jw_name(w, in->table);
    } else if (in->table_number) { /* stacked tables of a delimited file: their rank */
        ls_jw_key(w, "table");
        ls_jw_u64(w, in->table_number);
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
    if (in->header_evidence) {
        ls_jw_key(w, "header_evidence");
        ls_jw_string(w, in->header_evidence);
        ls_jw_key(w, "header_damaged");
        ls_jw_bool(w, in->header_damaged);
    }
    if (in->table_scan_note) {
        ls_jw_key(w, "table_scan_stopped");
        ls_jw_object_begin(w);
        ls_jw_key(w, "at_byte");
        ls_jw_u64(w, in->table_scan_stopped_at);
        ls_jw_key(w, "why");
        ls_jw_string(w, in->table_scan_note);
        ls_jw_object_end(w);
    }
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
        ls__jw_name(w, in->json_records_key);
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
        ls__jw_name(w, c->name);
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
        if (c->evidence) {
            ls_jw_key(w, "evidence");
            ls_jw_string(w, c->evidence);
            if (strstr(c->evidence, "_list")) {
                ls_jw_key(w, "listed_share");
                ls_jw_double(w, c->listed_share);
            }
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

static void write_signals(ls_jsonw *w, const ls_analysis *a);
static void write_manifest(ls_jsonw *w, const ls_analysis *a, bool volatile_fields, bool samples);
static void write_fingerprints(ls_jsonw *w, const ls_analysis *a, bool timing);

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
        ls__jw_name(&w, a->skipped[i].path);
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
    ls_jw_string(&w, t->approximate ? "a set ran out of memory, or spilled data could not be read "
                                      "back: unique counts are lower bounds"
                                    : "exact up to 128-bit hash collisions");
    ls_jw_key(&w, "value_method");
    ls_jw_string(&w, "xxh3-64");
    ls_jw_key(&w, "value_note");
    ls_jw_string(&w, "column and category unique counts: exact up to 64-bit fingerprint "
                     "collisions (expected fewer than n^2/2^65 for n distinct values: 5e-5 "
                     "at 43 million)");
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

    /* issue 9: distinct data subjects, GDPR Art. 33 / ENISA, the claim check */
    ls__json_subjects(&w, a);
    ls__json_gdpr(&w, a);
    ls__json_claim(&w, a);
    write_engine(&w, a, timing);
    write_signals(&w, a);                   /* issue 9: fabrication signals */
    write_manifest(&w, a, timing, samples); /* issue 9: evidence manifest */
    write_fingerprints(&w, a, timing);      /* issue 10: fingerprint file, --compare */

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

/* ---- issue 9: fabrication signals ----------------------------------------------------------- */

/* The "signals" list: each measurement with what real data shows and a reading. Numbers
 * only, and e-mail domains (never a local part, never another value of the data). */
static void write_signals(ls_jsonw *w, const ls_analysis *a)
{
    ls_jw_key(w, "signals");
    ls_jw_array_begin(w);
    for (size_t i = 0; i < ls_analysis_signal_count(a); i++) {
        const ls_signal *s = ls_analysis_signal(a, i);
        ls_jw_object_begin(w);
        ls_jw_key(w, "id");
        ls_jw_string(w, s->id);
        ls_jw_key(w, "subject");
        ls_jw_string(w, s->subject);
        ls_jw_key(w, "value");
        ls_jw_double(w, s->value);
        ls_jw_key(w, "checked");
        ls_jw_u64(w, s->checked);
        ls_jw_key(w, "matched");
        ls_jw_u64(w, s->matched);
        ls_jw_key(w, "consistent_with");
        ls_jw_string(w, s->consistent_with);
        ls_jw_key(w, "real_data");
        ls_jw_string(w, s->real_data);
        ls_jw_key(w, "reading");
        ls_jw_string(w, s->reading);
        if (s->item_count) {
            ls_jw_key(w, "details");
            ls_jw_array_begin(w);
            for (uint32_t k = 0; k < s->item_count; k++) {
                ls_jw_object_begin(w);
                ls_jw_key(w, "name");
                ls_jw_string(w, s->items[k].name);
                ls_jw_key(w, "count");
                ls_jw_u64(w, s->items[k].count);
                ls_jw_object_end(w);
            }
            ls_jw_array_end(w);
        }
        ls_jw_object_end(w);
    }
    ls_jw_array_end(w);
}

/* ---- issue 9: evidence manifest ------------------------------------------------------------- */

static const char *tristate_name(ls_tristate t)
{
    return t == LS_YES ? "yes" : t == LS_NO ? "no" : "auto";
}

bool ls__repeated_file(const ls_analysis *a, size_t i)
{
    const ls_input_summary *in = &a->inputs[i]->pub;
    if (in->sha256[0]) return false;
    for (size_t k = 0; k < i; k++)
        if (strcmp(a->inputs[k]->pub.path, in->path) == 0) return true;
    return false;
}

/* The "manifest" block: what was analysed (every file and archive member with its size and
 * SHA-256 as received), with which tool and options, when and where. The start and end
 * times, the host and the thread count change from run to run: --no-timing leaves them out
 * (volatile_fields false) so reports stay comparable byte for byte. */
static void write_manifest(ls_jsonw *w, const ls_analysis *a, bool volatile_fields, bool samples)
{
    const ls_options *o = &a->opt;
    ls_jw_key(w, "manifest");
    ls_jw_object_begin(w);
    ls_jw_key(w, "tool");
    ls_jw_object_begin(w);
    ls_jw_key(w, "name");
    ls_jw_string(w, "leakscope");
    ls_jw_key(w, "version");
    ls_jw_string(w, LS_VERSION_STRING);
    ls_jw_object_end(w);
    ls_jw_key(w, "hash");
    ls_jw_string(w, "sha256");
    ls_jw_key(w, "options");
    ls_jw_object_begin(w);
    ls_jw_key(w, "delimiter");
    char_value(w, o->delimiter);
    ls_jw_key(w, "header");
    ls_jw_string(w, tristate_name(o->header));
    ls_jw_key(w, "encoding");
    ls_jw_string(w, o->encoding == LS_ENCODING_AUTO ? "auto" : ls_encoding_name(o->encoding));
    ls_jw_key(w, "max_record_bytes");
    ls_jw_u64(w, o->max_record_bytes ? o->max_record_bytes : LS_DEFAULT_MAX_RECORD_BYTES);
    ls_jw_key(w, "detect");
    ls_jw_bool(w, !o->no_detect && !o->no_columns);
    ls_jw_key(w, "columns");
    ls_jw_bool(w, !o->no_columns);
    ls_jw_key(w, "samples");
    ls_jw_bool(w, samples);
    ls_jw_object_end(w);
    if (volatile_fields) {
        const ls_run_info *r = ls_analysis_run_info(a);
        ls_jw_key(w, "started");
        ls_jw_string(w, r->started);
        ls_jw_key(w, "finished");
        ls_jw_string(w, r->finished);
        ls_jw_key(w, "host");
        ls_jw_string(w, r->host);
        ls_jw_key(w, "threads");
        ls_jw_u64(w, a->threads);
    }
    ls_jw_key(w, "files");
    ls_jw_array_begin(w);
    for (size_t i = 0; i < a->ninputs; i++) {
        if (ls__repeated_file(a, i)) continue;
        const ls_input_summary *in = &a->inputs[i]->pub;
        ls_jw_object_begin(w);
        ls_jw_key(w, "path");
        ls__jw_name(w, in->path);
        if (in->archive) {
            ls_jw_key(w, "archive");
            ls__jw_name(w, in->archive);
            ls_jw_key(w, "member");
            ls__jw_name(w, in->member);
        }
        ls_jw_key(w, "bytes");
        ls_jw_u64(w, in->sha256_bytes);
        ls_jw_key(w, "sha256");
        ls_jw_string_or_null(w, in->sha256);
        ls_jw_key(w, "complete");
        ls_jw_bool(w, in->sha256_complete);
        ls_jw_key(w, "compression");
        ls_jw_string(w, in->compression ? in->compression : "none");
        if (in->decoded_bytes && in->decoded_bytes != in->sha256_bytes) {
            ls_jw_key(w, "decompressed_bytes");
            ls_jw_u64(w, in->decoded_bytes);
        }
        ls_jw_object_end(w);
    }
    ls_jw_array_end(w);
    ls_jw_object_end(w);
}

/* ---- issue 10: fingerprint file and overlap ------------------------------------------------ */

/* The "fingerprints" block (with --fingerprints or --compare) and the "overlap" block (with
 * --compare): counts of keyed fingerprints and what this dump shares with prior ones; no
 * value and no fingerprint is ever in the report. */
static void write_fingerprints(ls_jsonw *w, const ls_analysis *a, bool timing)
{
    const ls_fingerprints_summary *f = ls_analysis_fingerprints(a);
    if (!f) return;
    ls_jw_key(w, "fingerprints");
    ls_jw_object_begin(w);
    ls_jw_key(w, "file");
    if (f->path)
        ls__jw_name(w, f->path);
    else
        ls_jw_null(w);
    ls_jw_key(w, "format");
    ls_jw_string(w, "lsfp/1");
    ls_jw_key(w, "written");
    ls_jw_bool(w, f->written);
    ls_jw_key(w, "keyed");
    ls_jw_bool(w, f->keyed);
    ls_jw_key(w, "key_id");
    ls_jw_string_or_null(w, f->key_id);
    if (!f->keyed) {
        ls_jw_key(w, "warning");
        ls_jw_string(w, LS_UNKEYED_WARNING);
    }
    ls_jw_key(w, "manifest_sha256");
    ls_jw_string_or_null(w, f->manifest_sha256);
    ls_jw_key(w, "bytes");
    ls_jw_u64(w, f->bytes);
    ls_jw_key(w, "kinds");
    ls_jw_object_begin(w);
    for (size_t k = 0; k < f->kind_count; k++) {
        ls_jw_key(w, f->kinds[k].name);
        ls_jw_object_begin(w);
        ls_jw_key(w, "keys");
        ls_jw_u64(w, f->kinds[k].keys);
        ls_jw_key(w, "key_bits");
        ls_jw_u64(w, f->kinds[k].key_bytes * 8u);
        ls_jw_key(w, "complete");
        ls_jw_bool(w, f->kinds[k].complete);
        ls_jw_object_end(w);
    }
    ls_jw_object_end(w);
    if (f->error[0]) {
        ls_jw_key(w, "error");
        ls_jw_string(w, f->error);
    }
    if (timing) {
        ls_jw_key(w, "seconds");
        ls_jw_double(w, f->seconds);
    }
    ls_jw_object_end(w);
    const ls_overlap_result *o = ls__fp_overlap(a);
    if (o) {
        ls_jw_key(w, "overlap");
        ls__overlap_json(w, o, false);
    }
}
