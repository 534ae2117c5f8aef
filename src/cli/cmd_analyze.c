/* leakscope analyze: the main job. */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli/cli.h"
#include "cli/report_file.h" /* issue 10: --html */
#include "report/report_html.h"
#include "fingerprint/fp_analysis.h"
#include "fingerprint/fpfile.h"
#include "fingerprint/overlap.h"
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
            "  --html FILE          also write a self-contained HTML report to FILE (0600):\n"
            "                       charts, verdicts, masked samples; no script, no network\n"
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
            "  --memory SIZE        ceiling on the counting engine's memory (k/M/G suffixes;\n"
            "                       default: half of physical memory); past it, partitions\n"
            "                       spill to --tmp-dir and are merged back: same exact counts\n"
            "  --tmp-dir DIR        where spill files go (default $TMPDIR, else /tmp); they are\n"
            "                       created unlinked and 0600, so nothing is ever left behind\n"
            "  --claim KEY=VALUE    check a seller's claim (repeatable): records=43M,\n"
            "                       unique_records=N, subjects=N, tolerance=0.05,\n"
            "                       fields=name,nir,dob,email,phone, source=TEXT\n"
            "  --claim-file FILE    the same from a JSON object {\"records\": 43000000, ...}\n"
            "  --enisa-cb X         ENISA circumstances of breach added to DPC x EI (default 0)\n"
            "  --fingerprints FILE  also write a fingerprint file (.lsfp, mode 0600): keyed\n"
            "                       fingerprints of records and identifiers, for 'leakscope\n"
            "                       overlap' and 'leakscope merge'; never a value\n"
            "  --fp-key-file FILE   the secret key (at least 16 bytes, mode 0600) shared by the\n"
            "                       investigators comparing files; without it the file is\n"
            "                       UNKEYED: anyone holding it can test a guessed value\n"
            "  --compare FILE.lsfp  compare this dump with a prior fingerprint file (same key;\n"
            "                       repeatable): the report gets an \"overlap\" block\n"
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
    OPT_NO_COLUMNS,
    OPT_MEMORY,
    OPT_TMP_DIR,
    OPT_CLAIM, /* issue 9 */
    OPT_CLAIM_FILE,
    OPT_ENISA_CB,
    OPT_HTML,         /* issue 10 */
    OPT_FINGERPRINTS, /* issue 10 */
    OPT_FP_KEY_FILE,
    OPT_COMPARE
};

/* issue 10: the HTML report, written by ls_cli_write_report_file */
typedef struct {
    const ls_analysis *a;
    const ls_overlap_result *overlap;
    const ls_report_options *ro;
} html_job;

static ls_status write_html(FILE *out, const void *ctx)
{
    const html_job *j = ctx;
    return ls_report_write_html(j->a, j->overlap, out, j->ro);
}

/* ---- issue 9: claims and the ENISA circumstances of breach ------------------------------ */

/* Read a claim file (a small JSON object) into c. Returns an exit code (0 on success). */
static int load_claim_file(ls_claim *c, const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        fprintf(stderr, "leakscope analyze: --claim-file %s: %s\n", path, strerror(errno));
        return LS_EXIT_USAGE;
    }
    size_t cap = 1 << 20;
    char *buf = malloc(cap);
    size_t n = buf ? fread(buf, 1, cap, f) : 0;
    bool too_big = buf && n == cap && fgetc(f) != EOF;
    fclose(f);
    if (!buf) return LS_EXIT_INTERNAL;
    char err[256] = "";
    ls_status st =
        too_big ? LS_ERR_INVALID_ARGUMENT : ls_claim_load_json(c, buf, n, err, sizeof err);
    free(buf);
    if (st == LS_ERR_NOMEM) return LS_EXIT_INTERNAL;
    if (st != LS_OK) {
        fprintf(stderr, "leakscope analyze: --claim-file %s: %s\n", path,
                too_big ? "larger than 1 MiB" : err);
        return LS_EXIT_USAGE;
    }
    return 0;
}

/* One --claim/--claim-file/--enisa-cb option; the claim is created on first use. Returns an
 * exit code (0 on success). */
static int claim_option(int c, const char *arg, ls_claim **claim, ls_options *opt)
{
    if (c == OPT_ENISA_CB) {
        char *end;
        double v = strtod(arg, &end);
        if (end == arg || *end || !(v >= -2 && v <= 4)) {
            fprintf(stderr, "leakscope analyze: --enisa-cb takes a number (ENISA: 0 to 2)\n");
            return LS_EXIT_USAGE;
        }
        opt->enisa_cb = v;
        opt->enisa_cb_given = true;
        return 0;
    }
    if (!*claim && !(*claim = ls_claim_create())) return LS_EXIT_INTERNAL;
    opt->claim = *claim;
    if (c == OPT_CLAIM_FILE) return load_claim_file(*claim, arg);
    char err[256] = "";
    ls_status st = ls_claim_add(*claim, arg, err, sizeof err);
    if (st == LS_ERR_NOMEM) return LS_EXIT_INTERNAL;
    if (st != LS_OK) {
        fprintf(stderr, "leakscope analyze: --claim: %s\n", err);
        return LS_EXIT_USAGE;
    }
    return 0;
}

/* ---- issue 10: fingerprint files ---------------------------------------------------------- */

/* Read the secret key. Refused: a key file others may read (the key is what makes a shared
 * file safe), an empty or short key (the key id in every file would let anyone test guesses
 * of a weak key). Returns an exit code (0 on success); *key is malloc'ed. */
static int load_fp_key(const char *path, unsigned char **key, size_t *len)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    struct stat st;
    if (fd < 0 || fstat(fd, &st) != 0) {
        fprintf(stderr, "leakscope analyze: --fp-key-file %s: %s\n", path, strerror(errno));
        if (fd >= 0) close(fd);
        return LS_EXIT_USAGE;
    }
    if (!S_ISREG(st.st_mode) || (st.st_mode & 0044)) {
        fprintf(stderr,
                "leakscope analyze: --fp-key-file %s: %s; the key must be private: chmod 600 it\n",
                path, S_ISREG(st.st_mode) ? "readable by group or others" : "not a regular file");
        close(fd);
        return LS_EXIT_USAGE;
    }
    unsigned char *b = malloc(4097);
    ssize_t n = b ? read(fd, b, 4097) : -1;
    close(fd);
    if (n < 0 || n > 4096 || n < LS_FP_MIN_SECRET) {
        fprintf(stderr,
                "leakscope analyze: --fp-key-file %s: %s; make a key with: head -c 32 "
                "/dev/urandom > key && chmod 600 key\n",
                path,
                n < 0      ? "cannot be read"
                : n == 0   ? "empty"
                : n > 4096 ? "longer than 4096 bytes"
                           : "shorter than 16 bytes");
        free(b);
        return LS_EXIT_USAGE;
    }
    *key = b;
    *len = (size_t)n;
    return 0;
}

/* Before hours of analysis: can the fingerprint file be created, and do the files to
 * compare with open and share this run's key? Returns an exit code (0: go on). */
static int check_fp_options(const ls_options *opt)
{
    if (opt->fingerprints) {
        const char *slash = strrchr(opt->fingerprints, '/');
        char *dir = slash ? strndup(opt->fingerprints, (size_t)(slash - opt->fingerprints) +
                                                           (slash == opt->fingerprints))
                          : strdup(".");
        int ok = dir && access(dir, W_OK) == 0;
        if (!ok)
            fprintf(stderr, "leakscope analyze: --fingerprints %s: cannot write in %s: %s\n",
                    opt->fingerprints, dir ? dir : "?", strerror(errno));
        free(dir);
        if (!ok) return LS_EXIT_USAGE;
    }
    unsigned char id[LS_FP_KEY_ID_BYTES];
    ls_fp_key_id(opt->fp_key, opt->fp_key_len, id);
    for (size_t i = 0; i < opt->fp_compare_count; i++) {
        char err[256];
        ls_fp_file *f = ls_fp_open(opt->fp_compare[i], err, sizeof err);
        if (!f) {
            fprintf(stderr, "leakscope analyze: --compare %s: %s\n", opt->fp_compare[i], err);
            return LS_EXIT_USAGE;
        }
        bool same = memcmp(ls_fp_file_header(f)->key_id, id, sizeof id) == 0;
        ls_fp_close(f);
        if (!same) {
            fprintf(stderr,
                    "leakscope analyze: --compare %s was made with a different key (or %s): "
                    "every intersection would be 0; give the --fp-key-file it was made with\n",
                    opt->fp_compare[i], opt->fp_key_len ? "unkeyed" : "keyed, and this run is not");
            return LS_EXIT_USAGE;
        }
    }
    return 0;
}

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
        {"memory", required_argument, NULL, OPT_MEMORY},
        {"tmp-dir", required_argument, NULL, OPT_TMP_DIR},
        {"claim", required_argument, NULL, OPT_CLAIM},
        {"claim-file", required_argument, NULL, OPT_CLAIM_FILE},
        {"enisa-cb", required_argument, NULL, OPT_ENISA_CB},
        {"html", required_argument, NULL, OPT_HTML},
        {"fingerprints", required_argument, NULL, OPT_FINGERPRINTS},
        {"fp-key-file", required_argument, NULL, OPT_FP_KEY_FILE},
        {"compare", required_argument, NULL, OPT_COMPARE},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    ls_options opt;
    ls_options_init(&opt);
    bool json = false, quiet = false;
    ls_report_options ro = {.include_timing = true, .pretty = false};
    ls_claim *claim = NULL;       /* issue 9: --claim, --claim-file */
    const char *html_path = NULL; /* issue 10: --html FILE */
    /* issue 10: --fp-key-file, --compare files */
    const char *fp_key_file = NULL;
    static const char *compare[LS_OVERLAP_MAX_FILES - 1];
    unsigned char *fp_key = NULL;
    opt.fp_compare = compare;
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
        case OPT_HTML:
            html_path = optarg;
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
        case OPT_MEMORY:
            if (parse_size(optarg, &opt.memory_limit) != 0 ||
                opt.memory_limit < ((size_t)1 << 20)) {
                fprintf(stderr, "leakscope analyze: bad --memory '%s' (at least 1M)\n", optarg);
                return LS_EXIT_USAGE;
            }
            break;
        case OPT_TMP_DIR:
            opt.tmp_dir = optarg;
            break;
        case OPT_FINGERPRINTS:
            opt.fingerprints = optarg;
            break;
        case OPT_FP_KEY_FILE:
            fp_key_file = optarg;
            break;
        case OPT_COMPARE:
            if (opt.fp_compare_count == sizeof compare / sizeof *compare) {
                fprintf(stderr, "leakscope analyze: at most %zu --compare files\n",
                        sizeof compare / sizeof *compare);
                ls_claim_free(claim);
                return LS_EXIT_USAGE;
            }
            compare[opt.fp_compare_count++] = optarg;
            break;
        case OPT_CLAIM:
        case OPT_CLAIM_FILE:
        case OPT_ENISA_CB: {
            int rc = claim_option(c, optarg, &claim, &opt);
            if (rc) {
                ls_claim_free(claim);
                return rc;
            }
            break;
        }
        case 'h':
            ls_claim_free(claim);
            analyze_usage(stdout);
            return LS_EXIT_OK;
        default:
            ls_claim_free(claim);
            analyze_usage(stderr);
            return LS_EXIT_USAGE;
        }
    }
    if (optind >= argc) {
        ls_claim_free(claim);
        fprintf(stderr, "leakscope analyze: no input given\n");
        analyze_usage(stderr);
        return LS_EXIT_USAGE;
    }

    for (int i = optind; html_path && i < argc; i++) /* issue 10: never overwrite an input */
        if (ls_cli_same_file(html_path, argv[i])) {
            ls_claim_free(claim);
            fprintf(stderr, "leakscope analyze: --html %s is one of the inputs\n", html_path);
            return LS_EXIT_USAGE;
        }
    int fprc = 0;
    if (fp_key_file && !opt.fingerprints && !opt.fp_compare_count) {
        fprintf(stderr, "leakscope analyze: --fp-key-file needs --fingerprints or --compare\n");
        fprc = LS_EXIT_USAGE;
    }
    if (!fprc && fp_key_file) fprc = load_fp_key(fp_key_file, &fp_key, &opt.fp_key_len);
    opt.fp_key = fp_key;
    if (!fprc) fprc = check_fp_options(&opt);
    if (fprc) {
        free(fp_key);
        ls_claim_free(claim);
        return fprc;
    }
    if ((opt.fingerprints || opt.fp_compare_count) && !fp_key)
        fprintf(stderr, "leakscope: warning: no --fp-key-file: the fingerprints are UNKEYED; "
                        "anyone holding the file can test whether a guessed value (an e-mail "
                        "address, a phone number) is in the dump\n");

    ls_analysis *a = ls_analysis_create(&opt);
    if (!a) {
        free(fp_key);
        ls_claim_free(claim);
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
    ls_status fst = ls_analysis_finish(a);
    if (fst == LS_ERR_NOMEM) internal = true;
    const ls_fingerprints_summary *fps = ls_analysis_fingerprints(a); /* issue 10 */
    bool fp_failed = fps && fps->error[0];
    if (fp_failed) fprintf(stderr, "leakscope: fingerprints: %s\n", fps->error);
    const ls_engine_summary *eng = ls_analysis_engine(a);
    bool spill_failed = eng && eng->spill_failed;
    if (eng && eng->spill_read_failed) {
        fprintf(stderr, "leakscope: %s: the unique counts are lower bounds\n", eng->spill_error);
        internal = true;
    } else if (spill_failed) {
        fprintf(stderr,
                "leakscope: %s; the data stayed in memory (the counts are exact), but the "
                "--memory ceiling was exceeded: give --tmp-dir a disk with room, or more "
                "--memory\n",
                eng->spill_error);
    }
    ls_status ws = json ? ls_report_write_json(a, stdout, &ro) : ls_report_write_text(a, stdout);
    int html_rc = 0;
    if (html_path) { /* with --compare, the overlap with the prior files (NULL without) */
        html_job job = {.a = a, .overlap = ls__fp_overlap(a), .ro = &ro};
        html_rc = ls_cli_write_report_file(html_path, "HTML report", write_html, &job);
    }
    ls_analysis_free(a);
    ls_claim_free(claim);
    if (fp_key) {
        memset(fp_key, 0, opt.fp_key_len);
        free(fp_key);
    }
    if (ws != LS_OK) {
        fprintf(stderr, "leakscope: cannot write the report: %s\n", strerror(errno));
        return LS_EXIT_OUTPUT;
    }
    if (html_rc) return html_rc;
    if (fp_failed) return LS_EXIT_OUTPUT;
    if (internal) return LS_EXIT_INTERNAL;
    if (analysed == 0) return LS_EXIT_FAILED;
    if (problems) return LS_EXIT_PARTIAL;
    return spill_failed ? LS_EXIT_MEMORY : LS_EXIT_OK;
}
