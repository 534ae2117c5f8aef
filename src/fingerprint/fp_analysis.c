/* fp_analysis: the fingerprint file of an analysis (fp_analysis.h). */
#include "fingerprint/fp_analysis.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "common/sha256.h"
#include "fingerprint/fpfile.h"
#include "fingerprint/fpsort.h"
#include "fingerprint/prf.h"
#include "pipeline/analysis.h"
#include "pipeline/subjects.h"
#include "report/mask.h"

/* The identifier categories written, in this order (fp_analysis.h says why these). */
static const ls_type id_types[] = {
    LS_TYPE_EMAIL,       LS_TYPE_PHONE,   LS_TYPE_FR_NIR,   LS_TYPE_UK_NINO,
    LS_TYPE_UK_NHS,      LS_TYPE_US_SSN,  LS_TYPE_PASSPORT, LS_TYPE_IBAN,
    LS_TYPE_CARD_NUMBER, LS_TYPE_USER_ID, LS_TYPE_USERNAME,
};
static const struct {
    ls_subj_rule rule;
    const char *name;
} composites[] = {{LS_SUBJ_NAME_DOB, "name_dob"}, {LS_SUBJ_FULL_NAME_DOB, "full_name_dob"}};

struct ls_fp_run {
    ls_fingerprints_summary pub;
    ls_fingerprint_kind kinds[LS_FP_MAX_KINDS];
    char error[384];
    char *tmp_path; /* --compare without --fingerprints: the file lives here meanwhile */
    ls_overlap_result overlap;
    bool have_overlap;
};

typedef struct {
    ls_distinct *set;
    const char *name;
    unsigned out_bytes; /* 16 for records, 8 for identifiers */
    bool incomplete;
} src_t;

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* The source manifest digest: SHA-256 over "<sha256> <bytes>\n" of every input file (as in
 * the report's manifest, one line per file), lines sorted so the order of the inputs does
 * not matter. No file name enters it (names may hold personal data). */
static int cmp_line(const void *x, const void *y)
{
    return strcmp(*(char *const *)x, *(char *const *)y);
}

static void manifest_digest(const ls_analysis *a, unsigned char out[32])
{
    memset(out, 0, 32);
    char **lines = calloc(a->ninputs ? a->ninputs : 1, sizeof *lines);
    size_t n = 0;
    if (!lines) return;
    for (size_t i = 0; i < a->ninputs; i++) {
        const ls_input_summary *in = &a->inputs[i]->pub;
        if (!in->sha256[0] || !(lines[n] = malloc(96))) continue;
        snprintf(lines[n], 96, "%s %llu\n", in->sha256, (unsigned long long)in->sha256_bytes);
        n++;
    }
    qsort(lines, n, sizeof *lines, cmp_line);
    ls_sha256 h;
    char hex[LS_SHA256_HEX];
    if (n && ls_sha256_init(&h) == 0) {
        for (size_t i = 0; i < n; i++)
            ls_sha256_update(&h, lines[i], strlen(lines[i]));
        if (ls_sha256_final_hex(&h, hex) == 0)
            for (int i = 0; i < 32; i++) {
                unsigned v = 0;
                sscanf(hex + 2 * i, "%2x", &v);
                out[i] = (unsigned char)v;
            }
    }
    for (size_t i = 0; i < n; i++)
        free(lines[i]);
    free(lines);
}

/* What was analysed, for the header: the first input's base name, masked like every name
 * the reports print (issue 13), and how many more. */
static void source_text(const ls_analysis *a, char *out, size_t cap)
{
    const char *p = a->ninputs ? a->inputs[0]->path : "(no input)";
    const char *base = strrchr(p, '/');
    base = base ? base + 1 : p;
    char buf[200], *heap;
    const char *m = ls_mask_name_into(base, buf, sizeof buf, &heap);
    if (a->ninputs > 1)
        snprintf(out, cap, "%.200s and %zu more input(s)", m, a->ninputs - 1);
    else
        snprintf(out, cap, "%.200s", m);
    free(heap);
}

typedef struct {
    ls_fp_sorter *sorter;
    ls_sipkey key;
    unsigned out_bytes;
    int err;
} visit_ctx;

/* A partition's distinct fingerprints: key each one, hand it to the sorter. */
static int on_keys(void *vctx, const void *keys, size_t n, unsigned key_bytes)
{
    visit_ctx *c = vctx;
    if (key_bytes == 8) {
        const uint64_t *k = keys;
        for (size_t i = 0; i < n; i++)
            if (ls_fp_sorter_add(c->sorter, (ls_fpkey){ls_fp_prf64(&c->key, k[i]), 0}) != 0)
                return c->err = -1;
        return 0;
    }
    const ls_h128 *k = keys;
    for (size_t i = 0; i < n; i++) {
        ls_fpkey out = {0, 0};
        if (c->out_bytes == 16) {
            uint64_t o[2];
            ls_fp_prf128(&c->key, k[i].lo, k[i].hi, o);
            out = (ls_fpkey){o[0], o[1]};
        } else {
            out.lo = ls_fp_prf64x2(&c->key, k[i].lo, k[i].hi);
        }
        if (ls_fp_sorter_add(c->sorter, out) != 0) return c->err = -1;
    }
    return 0;
}

/* The sets this analysis can give, in file order. */
static size_t gather_sources(ls_analysis *a, src_t *s)
{
    size_t n = 0;
    s[n++] = (src_t){a->exact, "records", 16, false};
    s[n++] = (src_t){a->normalized, "records_normalized", 16, false};
    for (size_t i = 0; i < sizeof id_types / sizeof *id_types; i++) {
        category_t *c = &a->cats[id_types[i]];
        if (c->set) s[n++] = (src_t){c->set, ls_type_name(id_types[i]), 8, c->failed};
    }
    for (size_t i = 0; i < sizeof composites / sizeof *composites; i++) {
        ls_distinct *set = ls__subjects_identifier_set(a->subjects, composites[i].rule);
        uint64_t u = 0;
        if (!set) continue;
        bool inc = ls_distinct_count(set, 1, &u) != 0;
        if (u) s[n++] = (src_t){set, composites[i].name, 8, inc};
    }
    return n;
}

/* Budget for sorting one kind: an eighth of the engine's ceiling, 16 MiB to 512 MiB. */
static size_t sort_budget(const ls_analysis *a)
{
    ls_engine_stats es;
    ls_engine_get_stats(a->engine, &es);
    size_t b = es.memory_limit / 8;
    if (b < ((size_t)16 << 20)) b = (size_t)16 << 20;
    if (b > ((size_t)512 << 20)) b = (size_t)512 << 20;
    return b;
}

static ls_status write_file(ls_analysis *a, ls_fp_run *r, const char *path)
{
    ls_fp_header h;
    ls_fp_header_init(&h);
    const unsigned char *secret = a->opt.fp_key_len ? a->opt.fp_key : NULL;
    size_t slen = secret ? a->opt.fp_key_len : 0;
    if (slen) h.flags |= LS_FP_KEYED;
    ls_fp_key_id(secret, slen, h.key_id);
    manifest_digest(a, h.manifest);
    h.records = a->totals.records;
    h.inputs = a->totals.inputs;
    source_text(a, h.source, sizeof h.source);
    src_t src[LS_FP_MAX_KINDS];
    size_t ns = gather_sources(a, src);
    for (size_t i = 0; i < ns; i++)
        ls_fp_header_add_kind(&h, src[i].name, src[i].out_bytes);
    ls_fp_writer *w = ls_fp_writer_create(path, &h, r->error, sizeof r->error);
    if (!w) return LS_ERR_OUTPUT;
    ls_fp_sorter *s16 = ls_fp_sorter_create(16, sort_budget(a), a->opt.tmp_dir);
    ls_fp_sorter *s8 = ls_fp_sorter_create(8, sort_budget(a), a->opt.tmp_dir);
    ls_status st = LS_OK;
    if (!s16 || !s8) {
        snprintf(r->error, sizeof r->error, "out of memory");
        st = LS_ERR_NOMEM;
    }
    for (size_t i = 0; i < ns && st == LS_OK; i++) {
        uint64_t ignored;
        visit_ctx c = {src[i].out_bytes == 16 ? s16 : s8, {0, 0}, src[i].out_bytes, 0};
        if (ls_fp_subkey(secret, slen, src[i].name, &c.key) != 0) {
            snprintf(r->error, sizeof r->error, "cannot derive the key (libcrypto)");
            st = LS_ERR_NOMEM;
            break;
        }
        bool incomplete = src[i].incomplete || ls_distinct_count(src[i].set, 1, &ignored) != 0;
        ls_fp_writer_begin(w, (int)i);
        int v = ls_distinct_visit(src[i].set, on_keys, &c);
        if (c.err) {
            snprintf(r->error, sizeof r->error, "%s: cannot write the sorted runs of '%s' to %s",
                     path, src[i].name, a->opt.tmp_dir ? a->opt.tmp_dir : "$TMPDIR");
            st = LS_ERR_OUTPUT;
            break;
        }
        if (v != 0) incomplete = true; /* memory ran out: a subset, and the file says so */
        char err[256];
        if (ls_fp_sorter_drain(c.sorter, w, err, sizeof err) != 0) {
            snprintf(r->error, sizeof r->error, "%s: %s", path, err);
            st = LS_ERR_OUTPUT;
            break;
        }
        ls_fp_writer_end(w);
        if (incomplete) ls_fp_writer_set_kind_flags(w, (int)i, LS_FP_KIND_INCOMPLETE);
    }
    ls_fp_sorter_free(s16);
    ls_fp_sorter_free(s8);
    if (st != LS_OK) {
        ls_fp_writer_abort(w);
        return st;
    }
    const ls_fp_header *fh = ls_fp_writer_header(w);
    r->pub.kind_count = fh->nkinds;
    for (uint32_t k = 0; k < fh->nkinds; k++) {
        r->kinds[k] = (ls_fingerprint_kind){src[k].name, fh->kinds[k].key_bytes, fh->kinds[k].count,
                                            !(fh->kinds[k].flags & LS_FP_KIND_INCOMPLETE)};
    }
    r->pub.kinds = r->kinds;
    r->pub.keyed = slen > 0;
    ls_fp_hex(fh->key_id, LS_FP_KEY_ID_BYTES, r->pub.key_id);
    ls_fp_hex(fh->manifest, 32, r->pub.manifest_sha256);
    char err[256];
    if (ls_fp_writer_commit(w, err, sizeof err) != 0) {
        snprintf(r->error, sizeof r->error, "%s", err);
        return LS_ERR_OUTPUT;
    }
    struct stat sb;
    if (stat(path, &sb) == 0) r->pub.bytes = (uint64_t)sb.st_size;
    r->pub.written = a->opt.fingerprints != NULL;
    return LS_OK;
}

/* --compare without --fingerprints: a private file in the spill directory. */
static char *temp_path(const ls_analysis *a)
{
    const char *dir = a->opt.tmp_dir ? a->opt.tmp_dir : getenv("TMPDIR");
    if (!dir || !*dir) dir = "/tmp";
    size_t n = strlen(dir) + 40;
    char *p = malloc(n);
    if (!p) return NULL;
    snprintf(p, n, "%s/leakscope-compare-XXXXXX", dir);
    int fd = mkstemp(p);
    if (fd < 0) {
        free(p);
        return NULL;
    }
    close(fd);
    return p;
}

ls_status ls__fp_analysis_write(ls_analysis *a)
{
    if (!a->opt.fingerprints && !a->opt.fp_compare_count) return LS_OK;
    double t0 = now_s();
    ls_fp_run *r = a->fp ? a->fp : (a->fp = calloc(1, sizeof *a->fp));
    if (!r) return LS_ERR_NOMEM;
    r->pub.error = r->error;
    r->pub.path = a->opt.fingerprints;
    const char *path = a->opt.fingerprints;
    if (!path) {
        if (!(r->tmp_path = temp_path(a))) {
            snprintf(r->error, sizeof r->error, "--compare: cannot create a temporary file: %s",
                     strerror(errno));
            return LS_ERR_OUTPUT;
        }
        path = r->tmp_path;
    }
    ls_status st = write_file(a, r, path);
    if (st == LS_OK && a->opt.fp_compare_count) {
        size_t n = a->opt.fp_compare_count + 1;
        const char **paths = malloc(n * sizeof *paths);
        if (!paths) return LS_ERR_NOMEM;
        paths[0] = path;
        for (size_t i = 1; i < n; i++)
            paths[i] = a->opt.fp_compare[i - 1];
        r->have_overlap = true;
        if (ls_overlap_compute(paths, n, LS_OVERLAP_FIRST_ONLY, &r->overlap) != 0) {
            snprintf(r->error, sizeof r->error, "--compare: %s", r->overlap.error);
            st = LS_ERR_OUTPUT;
        } else if (!a->opt.fingerprints) {
            /* this run has no file of its own: name it for what it is */
            for (size_t p = 0; p < r->overlap.npairs; p++)
                r->overlap.pairs[p].name_a = "(this analysis)";
            r->overlap.files[0].name = "(this analysis)";
        }
        free(paths);
    }
    if (r->tmp_path) unlink(r->tmp_path);
    r->pub.seconds = now_s() - t0;
    return st;
}

void ls__fp_run_free(ls_fp_run *r)
{
    if (!r) return;
    if (r->have_overlap) ls_overlap_result_free(&r->overlap);
    free(r->tmp_path);
    free(r);
}

const ls_overlap_result *ls__fp_overlap(const ls_analysis *a)
{
    return (a && a->fp && a->fp->have_overlap && !a->fp->overlap.error[0]) ? &a->fp->overlap : NULL;
}

const ls_fingerprints_summary *ls_analysis_fingerprints(const ls_analysis *a)
{
    return (a && a->finished && a->fp) ? &a->fp->pub : NULL;
}
