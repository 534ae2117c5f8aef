/* merge: the union of shard fingerprint files (merge.h). */
#include "fingerprint/merge.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/evp.h>

#include "fingerprint/overlap.h" /* LS_OVERLAP_MAX_FILES: the same bound on open files */

static int cmp_digest(const void *a, const void *b)
{
    return memcmp(a, b, 32);
}

/* The merged manifest digest (merge.h). */
static void merged_manifest(ls_fp_file **f, size_t n, unsigned char out[32])
{
    unsigned char *d = malloc(n * 32);
    memset(out, 0, 32);
    if (!d) return;
    for (size_t i = 0; i < n; i++)
        memcpy(d + 32 * i, ls_fp_file_header(f[i])->manifest, 32);
    qsort(d, n, 32, cmp_digest);
    static const char tag[] = "leakscope-lsfp/1 merge";
    unsigned int len = 0;
    EVP_MD_CTX *c = EVP_MD_CTX_new();
    if (c && EVP_DigestInit_ex(c, EVP_sha256(), NULL) == 1 &&
        EVP_DigestUpdate(c, tag, sizeof tag - 1) == 1 && EVP_DigestUpdate(c, d, n * 32) == 1)
        EVP_DigestFinal_ex(c, out, &len);
    EVP_MD_CTX_free(c);
    free(d);
}

/* Union of one kind over the files holding it, into w's current section. */
static int merge_kind(ls_fp_file **f, size_t n, const char *name, ls_fp_writer *w, char *err,
                      size_t cap)
{
    ls_fp_cursor *cur[LS_OVERLAP_MAX_FILES];
    ls_fpkey key[LS_OVERLAP_MAX_FILES];
    size_t m = 0, owner[LS_OVERLAP_MAX_FILES];
    int rc = 0;
    for (size_t i = 0; i < n; i++) {
        int x = ls_fp_header_find(ls_fp_file_header(f[i]), name);
        if (x < 0) continue;
        if (!(cur[m] = ls_fp_cursor_open(f[i], x))) {
            snprintf(err, cap, "out of memory");
            rc = -1;
            goto out;
        }
        owner[m] = i;
        int r = ls_fp_cursor_next(cur[m], &key[m]);
        m++;
        if (r < 0) {
            snprintf(err, cap, "%s", ls_fp_file_error(f[i]));
            rc = -1;
            goto out;
        }
        if (r == 0) ls_fp_cursor_close(cur[--m]);
    }
    while (m) {
        size_t lo = 0;
        for (size_t c = 1; c < m; c++)
            if (ls_fpkey_cmp(key[c], key[lo]) < 0) lo = c;
        ls_fp_writer_add(w, key[lo]); /* a key of several shards is written once */
        int r = ls_fp_cursor_next(cur[lo], &key[lo]);
        if (r < 0) {
            snprintf(err, cap, "%s", ls_fp_file_error(f[owner[lo]]));
            rc = -1;
            goto out;
        }
        if (r == 0) {
            ls_fp_cursor_close(cur[lo]);
            cur[lo] = cur[m - 1];
            key[lo] = key[m - 1];
            owner[lo] = owner[m - 1];
            m--;
        }
    }
out:
    for (size_t c = 0; c < m; c++)
        ls_fp_cursor_close(cur[c]);
    return rc;
}

int ls_fp_merge(const char *const *paths, size_t n, const char *out_path, ls_fp_header *result,
                char *err, size_t cap)
{
    if (n < 1 || n > LS_OVERLAP_MAX_FILES) {
        snprintf(err, cap, "merge takes 1 to %d files", LS_OVERLAP_MAX_FILES);
        return -1;
    }
    ls_fp_file **f = calloc(n, sizeof *f);
    ls_fp_writer *w = NULL;
    int rc = -1;
    if (!f) {
        snprintf(err, cap, "out of memory");
        return -1;
    }
    ls_fp_header h;
    ls_fp_header_init(&h);
    h.shards = 0;
    for (size_t i = 0; i < n; i++) {
        char e[256];
        if (!(f[i] = ls_fp_open(paths[i], e, sizeof e))) {
            snprintf(err, cap, "%s: %s", paths[i], e);
            goto done;
        }
        const ls_fp_header *hi = ls_fp_file_header(f[i]);
        if (i && memcmp(hi->key_id, ls_fp_file_header(f[0])->key_id, LS_FP_KEY_ID_BYTES) != 0) {
            snprintf(err, cap,
                     "%s and %s were made with different keys: shards of one dump must be "
                     "analysed with the same --fp-key-file",
                     paths[0], paths[i]);
            goto done;
        }
        h.records += hi->records;
        h.inputs += hi->inputs;
        h.shards += hi->shards ? hi->shards : 1;
        h.flags |= hi->flags & (LS_FP_KEYED | LS_FP_INCOMPLETE);
        for (uint32_t k = 0; k < hi->nkinds; k++) {
            int x = ls_fp_header_find(&h, hi->kinds[k].name);
            if (x < 0) x = ls_fp_header_add_kind(&h, hi->kinds[k].name, hi->kinds[k].key_bytes);
            if (x < 0 || h.kinds[x].key_bytes != hi->kinds[k].key_bytes) {
                snprintf(err, cap, "%s: kind '%s' cannot be merged (width or too many kinds)",
                         paths[i], hi->kinds[k].name);
                goto done;
            }
            h.kinds[x].flags |= hi->kinds[k].flags;
        }
    }
    h.flags |= LS_FP_MERGED;
    memcpy(h.key_id, ls_fp_file_header(f[0])->key_id, LS_FP_KEY_ID_BYTES);
    merged_manifest(f, n, h.manifest);
    /* the source: what each shard says, as far as it fits */
    int at = snprintf(h.source, sizeof h.source, "merge of %zu file(s):", n);
    for (size_t i = 0; i < n && at > 0 && (size_t)at < sizeof h.source; i++)
        at += snprintf(h.source + at, sizeof h.source - (size_t)at, "%s %s", i ? ";" : "",
                       ls_fp_file_header(f[i])->source);
    if (!(w = ls_fp_writer_create(out_path, &h, err, cap))) goto done;
    for (uint32_t k = 0; k < h.nkinds; k++) {
        ls_fp_writer_begin(w, (int)k);
        if (merge_kind(f, n, h.kinds[k].name, w, err, cap) != 0) goto done;
        ls_fp_writer_end(w);
    }
    if (result) *result = *ls_fp_writer_header(w);
    rc = ls_fp_writer_commit(w, err, cap);
    w = NULL;
done:
    ls_fp_writer_abort(w);
    for (size_t i = 0; i < n; i++)
        ls_fp_close(f[i]);
    free(f);
    return rc;
}
