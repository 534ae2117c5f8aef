/* leakscope analyze: the main job. */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "cli/cli.h"
#include "report/mask.h"

static void analyze_usage(FILE *f)
{
    fprintf(f,
            "usage: leakscope analyze [options] FILE|DIR...     ('-' reads standard input)\n"
            "\n"
            "Reads delimited text (CSV/TSV/combo lists), SQL dumps (mysqldump, pg_dump: one\n"
            "entry per table), JSON lines and JSON arrays (mongoexport), zstd/gzip/xz/bzip2\n"
            "files and zip/7z/tar archives (one entry per member), told by their bytes, not\n"
            "their names. A directory is walked; files that are not data are listed as skipped.\n"
            "--delimiter or --header/--no-header force delimited text.\n"
            "\n"
            "  --json               print the leakscope-report/1 JSON report\n"
            "  --pretty             indent the JSON\n"
            "  --no-timing          leave the timing block out of the JSON (reproducible)\n"
            "  -j, --jobs N         worker threads (default: online CPUs)\n"
            "  -q, --quiet          no progress display\n"
            "  --delimiter C        force the delimiter (a character, or 'tab')\n"
            "  --header             the first line is a header\n"
            "  --no-header          there is no header\n"
            "  --encoding E         utf-8, windows-1252 (cp1252), latin-1 or iso-8859-15\n"
            "  --max-record SIZE    bound on one record (default 64M; k/M/G suffixes)\n"
            "  --samples            masked samples of PII columns in the JSON (never raw values)\n"
            "  --no-detect          skip PII detection (columns stay 'unknown'; faster)\n"
            "  --no-columns         records and record dedup only, no per-column statistics\n"
            "  -h, --help           this help\n");
}

static int parse_size(const char *s, size_t *out)
{
    char *end;
    errno = 0;
    unsigned long long v = strtoull(s, &end, 10);
    if (errno || end == s) return -1;
    switch (*end) {
    case 'k':
    case 'K':
        v <<= 10;
        end++;
        break;
    case 'm':
    case 'M':
        v <<= 20;
        end++;
        break;
    case 'g':
    case 'G':
        v <<= 30;
        end++;
        break;
    default:
        break;
    }
    if (*end || v == 0) return -1;
    *out = (size_t)v;
    return 0;
}

enum {
    OPT_JSON = 256,
    OPT_PRETTY,
    OPT_NO_TIMING,
    OPT_DELIM,
    OPT_HEADER,
    OPT_NO_HEADER,
    OPT_ENCODING,
    OPT_MAX_RECORD,
    OPT_SAMPLES,
    OPT_NO_DETECT,
    OPT_NO_COLUMNS
};

int ls_cmd_analyze(int argc, char **argv)
{
    static const struct option longopts[] = {
        {"json", no_argument, NULL, OPT_JSON},
        {"pretty", no_argument, NULL, OPT_PRETTY},
        {"no-timing", no_argument, NULL, OPT_NO_TIMING},
        {"jobs", required_argument, NULL, 'j'},
        {"quiet", no_argument, NULL, 'q'},
        {"delimiter", required_argument, NULL, OPT_DELIM},
        {"header", no_argument, NULL, OPT_HEADER},
        {"no-header", no_argument, NULL, OPT_NO_HEADER},
        {"encoding", required_argument, NULL, OPT_ENCODING},
        {"max-record", required_argument, NULL, OPT_MAX_RECORD},
        {"samples", no_argument, NULL, OPT_SAMPLES},
        {"no-detect", no_argument, NULL, OPT_NO_DETECT},
        {"no-columns", no_argument, NULL, OPT_NO_COLUMNS},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    ls_options opt;
    ls_options_init(&opt);
    bool json = false, quiet = false;
    ls_report_options ro = {.include_timing = true, .pretty = false};
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "j:qh", longopts, NULL)) != -1) {
        switch (c) {
        case OPT_JSON:
            json = true;
            break;
        case OPT_PRETTY:
            ro.pretty = true;
            break;
        case OPT_NO_TIMING:
            ro.include_timing = false;
            break;
        case 'q':
            quiet = true;
            break;
        case 'j': {
            char *end;
            long n = strtol(optarg, &end, 10);
            if (*end || n < 1 || n > 256) {
                fprintf(stderr, "leakscope analyze: -j takes a number from 1 to 256\n");
                return LS_EXIT_USAGE;
            }
            opt.threads = (unsigned)n;
            break;
        }
        case OPT_DELIM:
            if (strcasecmp(optarg, "tab") == 0 || strcmp(optarg, "\\t") == 0)
                opt.delimiter = '\t';
            else if (strlen(optarg) == 1 && optarg[0] != '"' && optarg[0] != '\n' &&
                     optarg[0] != '\r')
                opt.delimiter = (unsigned char)optarg[0];
            else {
                fprintf(stderr, "leakscope analyze: --delimiter takes one character or 'tab'\n");
                return LS_EXIT_USAGE;
            }
            break;
        case OPT_HEADER:
            opt.header = LS_YES;
            break;
        case OPT_SAMPLES:
            ro.include_samples = true;
            break;
        case OPT_NO_DETECT:
            opt.no_detect = true;
            break;
        case OPT_NO_COLUMNS:
            opt.no_columns = true;
            break;
        case OPT_NO_HEADER:
            opt.header = LS_NO;
            break;
        case OPT_ENCODING:
            if (!strcasecmp(optarg, "utf-8") || !strcasecmp(optarg, "utf8"))
                opt.encoding = LS_ENCODING_UTF8;
            else if (!strcasecmp(optarg, "windows-1252") || !strcasecmp(optarg, "cp1252"))
                opt.encoding = LS_ENCODING_CP1252;
            else if (!strcasecmp(optarg, "latin-1") || !strcasecmp(optarg, "latin1") ||
                     !strcasecmp(optarg, "iso-8859-1"))
                opt.encoding = LS_ENCODING_LATIN1;
            else if (!strcasecmp(optarg, "iso-8859-15") || !strcasecmp(optarg, "latin-9") ||
                     !strcasecmp(optarg, "latin9"))
                opt.encoding = LS_ENCODING_ISO8859_15;
            else {
                fprintf(stderr, "leakscope analyze: unknown encoding '%s'\n", optarg);
                return LS_EXIT_USAGE;
            }
            break;
        case OPT_MAX_RECORD:
            if (parse_size(optarg, &opt.max_record_bytes) != 0) {
                fprintf(stderr, "leakscope analyze: bad --max-record '%s'\n", optarg);
                return LS_EXIT_USAGE;
            }
            break;
        case 'h':
            analyze_usage(stdout);
            return LS_EXIT_OK;
        default:
            analyze_usage(stderr);
            return LS_EXIT_USAGE;
        }
    }
    if (optind >= argc) {
        fprintf(stderr, "leakscope analyze: no input given\n");
        analyze_usage(stderr);
        return LS_EXIT_USAGE;
    }

    ls_analysis *a = ls_analysis_create(&opt);
    if (!a) {
        fprintf(stderr, "leakscope: out of memory\n");
        return LS_EXIT_INTERNAL;
    }
    ls_progress_display *pd = quiet ? NULL : ls_progress_start(a);
    size_t analysed = 0, problems = 0;
    bool internal = false;
    for (int i = optind; i < argc; i++) {
        size_t before = ls_analysis_input_count(a);
        ls_status st = ls_analysis_add_path(a, argv[i]);
        if (st == LS_ERR_NOMEM || st == LS_ERR_THREAD) internal = true;
        /* a directory adds one input per data file: report each */
        for (size_t k = before; k < ls_analysis_input_count(a); k++) {
            const ls_input_summary *in = ls_analysis_input(a, k);
            bool partial = ls_status_is_partial(in->status);
            if (in->status == LS_OK || partial) analysed++;
            if (in->status == LS_OK) continue;
            problems++;
            if (in->status == LS_ERR_NOMEM || in->status == LS_ERR_THREAD) internal = true;
            if (pd) ls_progress_stop(pd), pd = ls_progress_start(a);
            char nbuf[512], *heap; /* a path may be named after a person (mask.h) */
            fprintf(stderr, "leakscope: %s: %s%s\n",
                    ls_mask_name_into(in->path, nbuf, sizeof nbuf, &heap),
                    in->message[0] ? in->message : ls_strerror(in->status),
                    partial ? " (partial result)" : "");
            free(heap);
        }
    }
    ls_progress_stop(pd);
    ls_analysis_finish(a);
    ls_status ws = json ? ls_report_write_json(a, stdout, &ro) : ls_report_write_text(a, stdout);
    ls_analysis_free(a);
    if (ws != LS_OK) {
        fprintf(stderr, "leakscope: cannot write the report: %s\n", strerror(errno));
        return LS_EXIT_OUTPUT;
    }
    if (internal) return LS_EXIT_INTERNAL;
    if (analysed == 0) return LS_EXIT_FAILED;
    return problems ? LS_EXIT_PARTIAL : LS_EXIT_OK;
}
