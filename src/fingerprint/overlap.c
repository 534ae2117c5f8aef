/* overlap: |A|, |B|, |A ∩ B|, containment and Jaccard per kind between fingerprint files,
 * by a streaming k-way merge of their sorted sections (overlap.h). */
#include "fingerprint/overlap.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fingerprint/fpfile.h"

/* The kinds' names, gathered from the files' headers (each once). */
static const char *intern(char ***pool, size_t *npool, const char *s)
{
    for (size_t i = 0; i < *npool; i++)
        if (strcmp((*pool)[i], s) == 0) return (*pool)[i];
    char **n = realloc(*pool, (*npool + 1) * sizeof *n);
    if (!n) return NULL;
    *pool = n;
    if (!(n[*npool] = strdup(s))) return NULL;
    return n[(*npool)++];
}

/* The strings a result points to (names, sources, kinds) are its own: an owned_t kept right
 * after its files array, freed with it. */
typedef struct {
    char **strings;
    size_t nstrings;
} owned_t;

static const char *own(owned_t *o, const char *s)
{
    char **n = realloc(o->strings, (o->nstrings + 1) * sizeof *n);
    if (!n) return NULL;
    o->strings = n;
    if (!(n[o->nstrings] = strdup(s ? s : ""))) return NULL;
    return n[o->nstrings++];
}

void ls_overlap_result_free(ls_overlap_result *r)
{
    if (!r) return;
    for (size_t p = 0; p < r->npairs; p++)
        free(r->pairs[p].kinds);
    free(r->pairs);
    if (r->files) {
        owned_t *o = (owned_t *)(void *)(r->files + r->nfiles);
        for (size_t i = 0; i < o->nstrings; i++)
            free(o->strings[i]);
        free(o->strings);
    }
    free(r->files);
    r->pairs = NULL;
    r->files = NULL;
    r->npairs = r->nfiles = 0;
}

__attribute__((format(printf, 2, 3))) static int fail(ls_overlap_result *r, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(r->error, sizeof r->error, fmt, ap);
    va_end(ap);
    return -1;
}

/* Stream one kind through the files that hold it; both[i * n + j] (i < j) += shared keys. */
static int count_kind(ls_fp_file **f, size_t n, const int *kidx, uint64_t *both,
                      ls_overlap_result *r)
{
    ls_fp_cursor *cur[LS_OVERLAP_MAX_FILES] = {0};
    ls_fpkey key[LS_OVERLAP_MAX_FILES];
    size_t idx[LS_OVERLAP_MAX_FILES], m = 0;
    int rc = 0;
    for (size_t i = 0; i < n; i++) {
        if (kidx[i] < 0) continue;
        if (!(cur[m] = ls_fp_cursor_open(f[i], kidx[i]))) {
            rc = fail(r, "out of memory");
            goto out;
        }
        idx[m++] = i;
    }
    bool live[LS_OVERLAP_MAX_FILES];
    size_t nlive = 0;
    for (size_t c = 0; c < m; c++) {
        int x = ls_fp_cursor_next(cur[c], &key[c]);
        if (x < 0) {
            rc = fail(r, "%.250s", ls_fp_file_error(f[idx[c]]));
            goto out;
        }
        live[c] = x == 1;
        nlive += live[c];
    }
    if (m == 2) {
        /* the common case: a two-pointer merge */
        uint64_t shared = 0;
        int x0 = live[0], x1 = live[1];
        while (x0 == 1 && x1 == 1) {
            int c = ls_fpkey_cmp(key[0], key[1]);
            if (c == 0) shared++;
            if (c <= 0) x0 = ls_fp_cursor_next(cur[0], &key[0]);
            if (c >= 0) x1 = ls_fp_cursor_next(cur[1], &key[1]);
        }
        /* the rest of a section is read too: damage anywhere is reported, not ignored */
        while (x0 == 1)
            x0 = ls_fp_cursor_next(cur[0], &key[0]);
        while (x1 == 1)
            x1 = ls_fp_cursor_next(cur[1], &key[1]);
        if (x0 < 0 || x1 < 0) {
            rc = fail(r, "%.250s", ls_fp_file_error(f[idx[x0 < 0 ? 0 : 1]]));
            goto out;
        }
        both[idx[0] * n + idx[1]] += shared;
        goto out;
    }
    while (nlive) {
        size_t lo = SIZE_MAX;
        for (size_t c = 0; c < m; c++)
            if (live[c] && (lo == SIZE_MAX || ls_fpkey_cmp(key[c], key[lo]) < 0)) lo = c;
        size_t eq[LS_OVERLAP_MAX_FILES], ne = 0;
        ls_fpkey min = key[lo];
        for (size_t c = 0; c < m; c++)
            if (live[c] && ls_fpkey_cmp(key[c], min) == 0) eq[ne++] = c;
        for (size_t a = 0; a < ne; a++)
            for (size_t b = a + 1; b < ne; b++)
                both[idx[eq[a]] * n + idx[eq[b]]]++;
        for (size_t a = 0; a < ne; a++) {
            size_t c = eq[a];
            int x = ls_fp_cursor_next(cur[c], &key[c]);
            if (x < 0) {
                rc = fail(r, "%.250s", ls_fp_file_error(f[idx[c]]));
                goto out;
            }
            if (x == 0) live[c] = false, nlive--;
        }
    }
out:
    for (size_t c = 0; c < m; c++)
        ls_fp_cursor_close(cur[c]);
    return rc;
}

int ls_overlap_compute(const char *const *paths, size_t n, unsigned flags, ls_overlap_result *out)
{
    memset(out, 0, sizeof *out);
    out->keyed = true;
    out->exact = true;
    if (n < 2) return fail(out, "at least two fingerprint files are needed");
    if (n > LS_OVERLAP_MAX_FILES)
        return fail(out, "at most %d files at once", LS_OVERLAP_MAX_FILES);
    ls_fp_file **f = calloc(n, sizeof *f);
    /* the files, then the owned strings' bookkeeping right after them */
    out->files = calloc(1, n * sizeof *out->files + sizeof(owned_t) + sizeof(void *));
    char **names = NULL;
    size_t nnames = 0;
    uint64_t *both = NULL;
    int **kidx = NULL;
    int rc = -1;
    if (!f || !out->files) {
        fail(out, "out of memory");
        goto done;
    }
    out->nfiles = n;
    owned_t *o = (owned_t *)(void *)(out->files + n);
    for (size_t i = 0; i < n; i++) {
        char err[256];
        if (!(f[i] = ls_fp_open(paths[i], err, sizeof err))) {
            fail(out, "%.100s: %.150s", paths[i], err);
            goto done;
        }
        const ls_fp_header *h = ls_fp_file_header(f[i]);
        ls_overlap_file *of = &out->files[i];
        of->name = own(o, paths[i]);
        of->source = own(o, h->source);
        if (!of->name || !of->source) {
            fail(out, "out of memory");
            goto done;
        }
        ls_fp_hex(h->manifest, 32, of->manifest);
        ls_fp_hex(h->key_id, LS_FP_KEY_ID_BYTES, of->key_id);
        of->keyed = h->flags & LS_FP_KEYED;
        of->merged = h->flags & LS_FP_MERGED;
        of->incomplete = h->flags & LS_FP_INCOMPLETE;
        of->records = h->records;
        of->inputs = h->inputs;
        of->shards = h->shards;
        if (!of->keyed) out->keyed = false;
        if (of->incomplete) out->exact = false;
    }
    for (size_t i = 1; i < n; i++) {
        const ls_fp_header *h0 = ls_fp_file_header(f[0]), *hi = ls_fp_file_header(f[i]);
        if (memcmp(h0->key_id, hi->key_id, LS_FP_KEY_ID_BYTES) == 0) continue;
        if (flags & LS_OVERLAP_FORCE_KEYS) continue;
        snprintf(out->error, sizeof out->error,
                 "%.50s and %.50s were made with different keys (%s): every intersection would "
                 "be 0; use the same --fp-key-file for both analyses",
                 paths[0], paths[i],
                 (h0->flags & LS_FP_KEYED) != (hi->flags & LS_FP_KEYED) ? "one is unkeyed"
                                                                        : "key ids differ");
        goto done;
    }
    /* the kinds: in the order of the first file that has each */
    for (size_t i = 0; i < n; i++) {
        const ls_fp_header *h = ls_fp_file_header(f[i]);
        for (uint32_t k = 0; k < h->nkinds; k++) {
            if (!intern(&names, &nnames, h->kinds[k].name)) {
                fail(out, "out of memory");
                goto done;
            }
        }
    }
    kidx = calloc(nnames, sizeof *kidx);
    both = calloc(nnames * n * n, sizeof *both);
    if (!kidx || !both) {
        fail(out, "out of memory");
        goto done;
    }
    for (size_t k = 0; k < nnames; k++) {
        if (!(kidx[k] = malloc(n * sizeof **kidx))) {
            fail(out, "out of memory");
            goto done;
        }
        unsigned kb = 0;
        size_t holders = 0;
        for (size_t i = 0; i < n; i++) {
            const ls_fp_header *h = ls_fp_file_header(f[i]);
            int x = ls_fp_header_find(h, names[k]);
            kidx[k][i] = x;
            if (x < 0) continue;
            holders++;
            if (h->kinds[x].flags & LS_FP_KIND_INCOMPLETE) out->exact = false;
            if (kb && kb != h->kinds[x].key_bytes) {
                fail(out, "kind '%.30s' has keys of different widths in %.150s", names[k],
                     paths[i]);
                goto done;
            }
            kb = h->kinds[x].key_bytes;
        }
        if ((flags & LS_OVERLAP_FIRST_ONLY) && kidx[k][0] < 0) continue;
        if (holders < 2) continue;
        int save[LS_OVERLAP_MAX_FILES];
        memcpy(save, kidx[k], n * sizeof *save);
        if (flags & LS_OVERLAP_FIRST_ONLY) {
            /* each pair (0, j) on its own: a k-way pass would also count (i, j) */
            for (size_t j = 1; j < n; j++) {
                if (save[j] < 0) continue;
                for (size_t i = 0; i < n; i++)
                    kidx[k][i] = (i == 0 || i == j) ? save[i] : -1;
                if (count_kind(f, n, kidx[k], both + k * n * n, out) != 0) goto done;
            }
            memcpy(kidx[k], save, n * sizeof *save);
        } else if (count_kind(f, n, kidx[k], both + k * n * n, out) != 0) {
            goto done;
        }
    }
    /* the pairs */
    size_t np = (flags & LS_OVERLAP_FIRST_ONLY) ? n - 1 : n * (n - 1) / 2;
    out->pairs = calloc(np, sizeof *out->pairs);
    if (!out->pairs) {
        fail(out, "out of memory");
        goto done;
    }
    for (size_t i = 0; i < n; i++)
        for (size_t j = i + 1; j < n; j++) {
            if ((flags & LS_OVERLAP_FIRST_ONLY) && i) continue;
            ls_overlap_pair *p = &out->pairs[out->npairs++];
            const ls_fp_header *ha = ls_fp_file_header(f[i]), *hb = ls_fp_file_header(f[j]);
            p->name_a = out->files[i].name;
            p->name_b = out->files[j].name;
            p->source_a = out->files[i].source;
            p->source_b = out->files[j].source;
            memcpy(p->manifest_a, out->files[i].manifest, 65);
            memcpy(p->manifest_b, out->files[j].manifest, 65);
            p->index_a = i;
            p->index_b = j;
            p->same_key = memcmp(ha->key_id, hb->key_id, LS_FP_KEY_ID_BYTES) == 0;
            if (!(p->kinds = calloc(nnames, sizeof *p->kinds))) {
                fail(out, "out of memory");
                goto done;
            }
            for (size_t k = 0; k < nnames; k++) {
                int xa = kidx[k][i], xb = kidx[k][j];
                if (xa < 0 && xb < 0) continue;
                ls_overlap_kind *ok = &p->kinds[p->nkinds++];
                ok->kind = own(o, names[k]);
                if (!ok->kind) {
                    fail(out, "out of memory");
                    goto done;
                }
                ok->present_a = xa >= 0;
                ok->present_b = xb >= 0;
                ok->a = xa >= 0 ? ha->kinds[xa].count : 0;
                ok->b = xb >= 0 ? hb->kinds[xb].count : 0;
                ok->both = both[k * n * n + i * n + j];
                ok->a_in_b = ok->a ? (double)ok->both / (double)ok->a : 0;
                ok->b_in_a = ok->b ? (double)ok->both / (double)ok->b : 0;
                uint64_t uni = ok->a + ok->b - ok->both;
                ok->jaccard = uni ? (double)ok->both / (double)uni : 0;
            }
        }
    rc = 0;
done:
    for (size_t i = 0; f && i < n; i++)
        ls_fp_close(f[i]);
    free(f);
    for (size_t k = 0; kidx && k < nnames; k++)
        free(kidx[k]);
    free(kidx);
    for (size_t k = 0; k < nnames; k++)
        free(names[k]);
    free(names);
    free(both);
    return rc;
}
