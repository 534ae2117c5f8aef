/* Fuzz target: the whole public API on arbitrary bytes.
 *
 * The input becomes a file (memfd), analysed with ls_analysis_add_path() through
 * /proc/self/fd/N (so it is memory-mapped like a regular file), with 1 and with 2 worker
 * threads, and once more through a pipe with ls_analysis_add_fd() (the streamed path).
 * The JSON and text reports are written to /dev/null. Checked: the counts are consistent
 * (records >= malformed, records >= unique_records >= unique_records_normalized, column
 * counts bounded by records...) and independent of the thread count and of mapped vs
 * streamed reading. A variant with a tiny max_record_bytes exercises oversized records, and
 * one input in 16 (by size) is also repeated past 256 KB to drive the stream's windows. */
#include <errno.h>
#include <fcntl.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "fuzz_check.h"
#include "leakscope/leakscope.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* The numbers of one run that must not depend on threads or on mapped vs streamed input. */
typedef struct {
    ls_status status;
    uint64_t records, malformed, blank_lines, bytes_analyzed;
    ls_malformed_counts mal;
    ls_anomaly_counts anom;
    uint64_t unique_records, unique_norm, duplicates, not_dedup;
    uint32_t column_count;
    uint64_t col_non_empty[8], col_unique[8];
    int format, delimiter, quote;
    bool header, cr;
    uint32_t expected_fields, preamble_lines, header_rows, footer_lines, table_number;
} run_result;

static FILE *devnull;

/* Invariants of one input's summary. */
static void check_input(const ls_input_summary *in)
{
    FUZZ_CHECK(in->path != NULL, "no path");
    FUZZ_CHECK(strlen(in->message) < sizeof in->message, "message not terminated");
    FUZZ_CHECK(in->records >= in->malformed, "records %llu < malformed %llu",
               (unsigned long long)in->records, (unsigned long long)in->malformed);
    const ls_malformed_counts *m = &in->malformed_by;
    uint64_t reasons[] = {m->too_many_fields, m->too_few_fields, m->unbalanced_quote,
                          m->nul_byte,        m->oversized,      m->syntax};
    uint64_t sum = 0;
    for (size_t i = 0; i < sizeof reasons / sizeof *reasons; i++) {
        FUZZ_CHECK(reasons[i] <= in->malformed, "malformed reason %zu: %llu > malformed %llu", i,
                   (unsigned long long)reasons[i], (unsigned long long)in->malformed);
        sum += reasons[i];
    }
    FUZZ_CHECK(sum >= in->malformed, "malformed %llu not explained by reasons (%llu)",
               (unsigned long long)in->malformed, (unsigned long long)sum);
    FUZZ_CHECK(in->records_not_deduplicated <= in->records, "input: not deduplicated > records");
    FUZZ_CHECK(in->anomalies.stray_quotes <= in->records, "stray quotes > records");
    FUZZ_CHECK(in->anomalies.multiline_records <= in->records, "multiline > records");
    /* a dump's later tables carry no bytes of their own (counted on the first table) */
    FUZZ_CHECK(in->table || in->table_number > 1 || in->bytes_analyzed <= in->bytes,
               "bytes analysed %llu > bytes %llu", (unsigned long long)in->bytes_analyzed,
               (unsigned long long)in->bytes);
    FUZZ_CHECK(in->column_count == 0 || in->columns != NULL, "columns missing");
    bool multi = in->format == LS_FORMAT_JSONL || in->format == LS_FORMAT_JSON;
    for (uint32_t j = 0; j < in->column_count; j++) {
        const ls_column_summary *c = &in->columns[j];
        FUZZ_CHECK(c->index == j, "column index");
        FUZZ_CHECK(c->type != NULL, "column type NULL");
        /* JSON array paths ("phones[]") hold several values per record */
        FUZZ_CHECK(multi || c->non_empty <= in->records, "column %u non_empty %llu > records %llu",
                   j, (unsigned long long)c->non_empty, (unsigned long long)in->records);
        FUZZ_CHECK(c->unique == LS_UNIQUE_UNKNOWN || c->unique <= c->non_empty,
                   "column %u unique %llu > non_empty %llu", j, (unsigned long long)c->unique,
                   (unsigned long long)c->non_empty);
    }
}

static void check_summary(const ls_analysis *a, run_result *out)
{
    size_t n = ls_analysis_input_count(a);
    FUZZ_CHECK(n >= 1, "input count %zu", n);
    const ls_totals *t = ls_analysis_totals(a);
    FUZZ_CHECK(t, "no totals");
    uint64_t records = 0, malformed = 0, blank = 0, analysed = 0;
    ls_malformed_counts mal = {0};
    ls_anomaly_counts anom = {0};
    for (size_t i = 0; i < n; i++) {
        const ls_input_summary *x = ls_analysis_input(a, i);
        FUZZ_CHECK(x, "no summary %zu", i);
        check_input(x);
        records += x->records;
        malformed += x->malformed;
        blank += x->blank_lines;
        analysed += x->bytes_analyzed;
        mal.too_many_fields += x->malformed_by.too_many_fields;
        mal.too_few_fields += x->malformed_by.too_few_fields;
        mal.unbalanced_quote += x->malformed_by.unbalanced_quote;
        mal.nul_byte += x->malformed_by.nul_byte;
        mal.oversized += x->malformed_by.oversized;
        mal.syntax += x->malformed_by.syntax;
        anom.stray_quotes += x->anomalies.stray_quotes;
        anom.multiline_records += x->anomalies.multiline_records;
        anom.invalid_utf8 += x->anomalies.invalid_utf8;
        anom.repeated_headers += x->anomalies.repeated_headers;
    }
    const ls_input_summary *in = ls_analysis_input(a, 0);

    /* totals */
    FUZZ_CHECK(t->inputs == n, "inputs");
    FUZZ_CHECK(t->records == records && t->malformed == malformed, "totals vs inputs");
    FUZZ_CHECK(t->records >= t->malformed, "totals: records < malformed");
    FUZZ_CHECK(t->records_not_deduplicated <= t->records, "not deduplicated > records");
    uint64_t hashed = t->records - t->records_not_deduplicated;
    FUZZ_CHECK(t->unique_records <= hashed, "unique_records %llu > hashed records %llu",
               (unsigned long long)t->unique_records, (unsigned long long)hashed);
    FUZZ_CHECK(
        t->unique_records_normalized <= t->unique_records, "unique normalised %llu > unique %llu",
        (unsigned long long)t->unique_records_normalized, (unsigned long long)t->unique_records);
    FUZZ_CHECK(t->duplicate_records == hashed - t->unique_records, "duplicates");
    FUZZ_CHECK(hashed == 0 || t->unique_records >= 1, "records but no unique record");
    FUZZ_CHECK(!t->approximate, "approximate on a tiny input");

    memset(out, 0, sizeof *out);
    out->status = in->status;
    out->records = records;
    out->malformed = malformed;
    out->blank_lines = blank;
    out->bytes_analyzed = analysed;
    out->mal = mal;
    out->anom = anom;
    out->unique_records = t->unique_records;
    out->unique_norm = t->unique_records_normalized;
    out->duplicates = t->duplicate_records;
    out->not_dedup = t->records_not_deduplicated;
    out->column_count = in->column_count;
    for (uint32_t j = 0; j < in->column_count && j < 8; j++) {
        out->col_non_empty[j] = in->columns[j].non_empty;
        out->col_unique[j] = in->columns[j].unique;
    }
    out->format = (int)in->format;
    out->delimiter = in->delimiter;
    out->quote = in->quote;
    out->header = in->header;
    out->cr = in->newline == LS_NEWLINE_CR;
    out->expected_fields = in->expected_fields;
    out->preamble_lines = in->preamble_lines;
    out->header_rows = in->header_rows;
    out->footer_lines = in->footer_lines;
    out->table_number = in->table_number; /* stacked tables are found in mappings only */
}

/* Did both runs read the input the same way (the sniffer's decisions)? */
static bool same_reading(const run_result *a, const run_result *b)
{
    return a->format == b->format && a->delimiter == b->delimiter && a->quote == b->quote &&
           a->header == b->header && a->cr == b->cr && a->expected_fields == b->expected_fields &&
           a->preamble_lines == b->preamble_lines && a->header_rows == b->header_rows &&
           a->footer_lines == b->footer_lines && a->table_number == b->table_number;
}

static void compare_runs(const run_result *a, const run_result *b, const char *what)
{
#define SAME(f)                                                                                    \
    FUZZ_CHECK(a->f == b->f, "%s: " #f " %llu vs %llu", what, (unsigned long long)a->f,            \
               (unsigned long long)b->f)
    SAME(status);
    SAME(records);
    SAME(malformed);
    SAME(blank_lines);
    SAME(bytes_analyzed);
    SAME(mal.too_many_fields);
    SAME(mal.too_few_fields);
    SAME(mal.unbalanced_quote);
    SAME(mal.nul_byte);
    SAME(mal.oversized);
    SAME(mal.syntax);
    SAME(anom.stray_quotes);
    SAME(anom.multiline_records);
    SAME(anom.invalid_utf8);
    SAME(anom.repeated_headers);
    SAME(unique_records);
    SAME(unique_norm);
    SAME(duplicates);
    SAME(not_dedup);
    SAME(column_count);
    SAME(format);
    SAME(delimiter);
    SAME(quote);
    SAME(header);
    SAME(cr);
    SAME(expected_fields);
    SAME(preamble_lines);
    SAME(header_rows);
    SAME(footer_lines);
    for (int j = 0; j < 8; j++) {
        SAME(col_non_empty[j]);
        SAME(col_unique[j]);
    }
#undef SAME
}

/* One analysis of one input. fd < 0: by path; else streamed from fd. */
static void run(const char *path, int fd, unsigned threads, size_t max_record, run_result *out)
{
    ls_options opt;
    ls_options_init(&opt);
    opt.threads = threads;
    opt.max_record_bytes = max_record;
    ls_analysis *a = ls_analysis_create(&opt);
    FUZZ_CHECK(a, "ls_analysis_create failed");
    ls_status st = fd < 0 ? ls_analysis_add_path(a, path) : ls_analysis_add_fd(a, fd, "pipe");
    FUZZ_CHECK(st < LS_STATUS_COUNT, "status %d", st);
    FUZZ_CHECK(st != LS_ERR_NOMEM && st != LS_ERR_THREAD && st != LS_ERR_INVALID_ARGUMENT &&
                   st != LS_ERR_OPEN,
               "add: %s", ls_strerror(st));
    FUZZ_CHECK(ls_analysis_finish(a) == LS_OK, "finish");
    FUZZ_CHECK(ls_analysis_finish(a) == LS_OK, "finish twice");
    check_summary(a, out);
    FUZZ_CHECK(ls_analysis_input(a, 0)->status == st, "summary status %d vs returned %d",
               ls_analysis_input(a, 0)->status, st);
    ls_report_options ro = {.include_timing = false, .pretty = true};
    FUZZ_CHECK(ls_report_write_json(a, devnull, &ro) == LS_OK, "JSON report");
    FUZZ_CHECK(ls_report_write_json(a, devnull, NULL) == LS_OK, "JSON report (defaults)");
    FUZZ_CHECK(ls_report_write_text(a, devnull) == LS_OK, "text report");
    ls_analysis_free(a);
}

static void write_all(int fd, const uint8_t *data, size_t size)
{
    for (size_t off = 0; off < size;) {
        ssize_t w = write(fd, data + off, size - off);
        FUZZ_CHECK(w > 0, "write: %s", strerror(errno));
        off += (size_t)w;
    }
}

/* Stream `size` bytes through a pipe and analyse them; false if the pipe is too small. */
static bool run_pipe(const uint8_t *data, size_t size, unsigned threads, size_t max_record,
                     run_result *out)
{
    int p[2];
    FUZZ_CHECK(pipe2(p, O_CLOEXEC) == 0, "pipe: %s", strerror(errno));
    int cap = fcntl(p[1], F_SETPIPE_SZ, 1 << 20);
    if (cap < 0) cap = fcntl(p[1], F_GETPIPE_SZ);
    bool ok = cap > 0 && size <= (size_t)cap;
    if (ok) {
        /* the whole input fits in the pipe buffer: no writer thread needed */
        write_all(p[1], data, size);
        close(p[1]);
        run(NULL, p[0], threads, max_record, out);
    } else {
        close(p[1]);
    }
    close(p[0]);
    return ok;
}

/* Inputs whose size is a multiple of 16 are also repeated past LS_SNIFF_HEAD_BYTES (256 KB),
 * so that a stream needs several windows (records straddle the head and the refill) and
 * the mapped file is sniffed at several places. When both readings agree on the dialect
 * and there are no footnotes, mapped and streamed counts must be identical. */
static void big_variant(const uint8_t *data, size_t size)
{
    const size_t want = ((size_t)256 << 10) + 40000;
    size_t reps = want / size + 1, n = reps * size;
    uint8_t *big = malloc(n);
    FUZZ_CHECK(big, "out of memory");
    for (size_t i = 0; i < reps; i++)
        memcpy(big + i * size, data, size);
    int mfd = memfd_create("leakscope-fuzz-big", MFD_CLOEXEC);
    FUZZ_CHECK(mfd >= 0, "memfd_create: %s", strerror(errno));
    write_all(mfd, big, n);
    char path[64];
    snprintf(path, sizeof path, "/proc/self/fd/%d", mfd);
    /* Half of them with max_record_bytes 1000 (so max_quoted_span 1000 too): oversized
     * records are then skipped across stream windows. */
    size_t max_record = size % 32 ? 1000 : 0;
    run_result rm, rs;
    run(path, -1, 2, max_record, &rm);
    /* (a damaged zip may read differently from disk and from a pipe: see below) */
    if (run_pipe(big, n, 2, max_record, &rs) && same_reading(&rm, &rs) && rm.footer_lines == 0 &&
        rm.format != LS_FORMAT_ARCHIVE)
        compare_runs(&rm, &rs, "big input, mapped vs streamed");
    close(mfd);
    free(big);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!devnull) {
        devnull = fopen("/dev/null", "w");
        FUZZ_CHECK(devnull, "cannot open /dev/null");
    }
    int mfd = memfd_create("leakscope-fuzz", MFD_CLOEXEC);
    FUZZ_CHECK(mfd >= 0, "memfd_create: %s", strerror(errno));
    write_all(mfd, data, size);
    char path[64];
    snprintf(path, sizeof path, "/proc/self/fd/%d", mfd);

    run_result r1, r2, rs, o1, o2;
    run(path, -1, 1, 0, &r1);
    run(path, -1, 2, 0, &r2);
    compare_runs(&r1, &r2, "1 vs 2 threads");

    /* Streamed through a pipe. A stream is sniffed on its head; below LS_SNIFF_HEAD_BYTES
     * that is everything, so the answers must be the mapped ones. */
    /* A zip on disk is read through its central directory, from a pipe through its local
     * headers: when a damaged zip's two disagree, so may the two readings (each reports
     * its damage). Every other input reads the same both ways. */
    if (run_pipe(data, size, 2, 0, &rs) && r1.format != LS_FORMAT_ARCHIVE)
        compare_runs(&r1, &rs, "mapped vs streamed");

    /* Tiny records bound: oversized records are counted, never analysed. */
    run(path, -1, 1, 32, &o1);
    run(path, -1, 2, 32, &o2);
    compare_runs(&o1, &o2, "1 vs 2 threads, max_record_bytes 32");

    if (size && size % 16 == 0) big_variant(data, size);
    close(mfd);
    return 0;
}
