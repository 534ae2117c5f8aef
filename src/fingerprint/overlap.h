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
} ls_overlap_pair;

typedef struct {
    ls_overlap_pair *pairs;
    size_t npairs;
    bool keyed;      /* every file was keyed (see the spec: unkeyed files can be brute-forced) */
    char error[256]; /* "" when every pair was computed */
} ls_overlap_result;

#endif
