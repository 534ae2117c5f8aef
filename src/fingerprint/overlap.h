/* overlap: how much two dumps share, computed from their fingerprint files (fpfile.h)
 * without either side's values.
 *
 * This header is the contract between the overlap computation (overlap.c, `leakscope
 * overlap`, `analyze --compare`) and the reports that show it (JSON, text, HTML). The
 * computation fills an ls_overlap_result; the reports only read it. */
#ifndef LS_FINGERPRINT_OVERLAP_H
#define LS_FINGERPRINT_OVERLAP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* One key type compared between two files: "records", "records_normalized", "email",
 * "phone", "nir", "iban", "card", "user_id", "name_dob", ... */
typedef struct {
    const char *kind;          /* static string, a key of the report */
    uint64_t a, b;             /* |A|, |B|: distinct keys of this kind in each file */
    uint64_t both;             /* |A ∩ B| */
    double a_in_b;             /* |A ∩ B| / |A| (0 when A is empty) */
    double b_in_a;             /* |A ∩ B| / |B| */
    double jaccard;            /* |A ∩ B| / |A ∪ B| */
    bool present_a, present_b; /* the kind is in the file (an absent kind is not "0 shared") */
} ls_overlap_kind;

/* One pair of files. Names are what the user gave (paths), plus the source description and
 * manifest SHA-256 each file's header records, so a reader knows what was compared. */
typedef struct {
    const char *name_a, *name_b;
    const char *source_a, *source_b;     /* the analysed inputs, as recorded in the header */
    char manifest_a[65], manifest_b[65]; /* hex SHA-256 of the source manifest, "" if none */
    bool same_key;                       /* both files were made with the same key id */
    ls_overlap_kind *kinds;
    size_t nkinds;
    size_t index_a, index_b; /* added with the computation: the files in ls_overlap_result */
} ls_overlap_pair;

/* One file compared (added with the computation, overlap.c): what its header says. */
typedef struct {
    const char *name;   /* as given (a path: the reports mask it) */
    const char *source; /* the analysed inputs, as recorded in the header (masked there) */
    char manifest[65];  /* hex SHA-256 of the source manifest, "" if none */
    char key_id[33];    /* hex key id, "" for an unkeyed file */
    bool keyed, merged, incomplete;
    uint64_t records, inputs, shards;
} ls_overlap_file;

typedef struct {
    ls_overlap_pair *pairs;
    size_t npairs;
    bool keyed;      /* every file was keyed (see the spec: unkeyed files can be brute-forced) */
    char error[256]; /* "" when every pair was computed */
    /* added with the computation (overlap.c) */
    ls_overlap_file *files;
    size_t nfiles;
    bool exact; /* no kind of any file is incomplete: every intersection is exact (up to the
                   fingerprints' collision bounds, FORMAT.md) */
} ls_overlap_result;

/* ---- the computation (overlap.c) ------------------------------------------------------- */

#define LS_OVERLAP_MAX_FILES  64
#define LS_OVERLAP_FORCE_KEYS 1u /* compare files made with different keys anyway */
#define LS_OVERLAP_FIRST_ONLY 2u /* only the pairs (file 0, file j): analyze --compare */

/* Compare n >= 2 fingerprint files, every pair (or only with the first), every kind, in one
 * streaming pass per kind over all files (one block of each in memory). Files made with
 * different keys are refused unless LS_OVERLAP_FORCE_KEYS (their intersections would all be
 * 0). 0, or -1 with out->error (out is still freed by ls_overlap_result_free). */
int ls_overlap_compute(const char *const *paths, size_t n, unsigned flags, ls_overlap_result *out);
void ls_overlap_result_free(ls_overlap_result *r); /* accepts a zeroed result */

#endif
