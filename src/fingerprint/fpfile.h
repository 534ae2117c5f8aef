/* fpfile: the .lsfp fingerprint file — writer and reader (byte layout: FORMAT.md).
 *
 * A file holds, per kind ("records", "email", ...), the sorted, duplicate-free keyed
 * fingerprints (prf.h) of the distinct values an analysis saw, delta + varint coded in
 * checksummed blocks, and a header saying what they are (format version, key id, source
 * manifest SHA-256, records analysed, per-kind counts and where each section lies).
 *
 * Keys are 128-bit unsigned numbers (ls_fpkey); kinds of 8-byte keys have hi = 0. Sorted
 * order is numeric order, so any number of files can be merged or intersected in one
 * streaming pass (overlap.c, merge.c), holding one block per file.
 *
 * HowTo (write)
 *     ls_fp_header h;  ls_fp_header_init(&h);  ... fill key_id, source, records ...
 *     ls_fp_header_add_kind(&h, "email", 8);               // every kind, before create
 *     ls_fp_writer *w = ls_fp_writer_create(path, &h, err, sizeof err);
 *     ls_fp_writer_begin(w, kind_index);
 *     ls_fp_writer_add(w, key);  ...                        // ascending (equal keys dropped)
 *     ls_fp_writer_end(w);  ... next kind ...
 *     ls_fp_writer_commit(w, err, sizeof err);             // or ls_fp_writer_abort(w)
 * The file appears (mode 0600, renamed from a temporary) only at commit.
 *
 * HowTo (read)
 *     ls_fp_file *f = ls_fp_open(path, err, sizeof err);   // header checked
 *     ls_fp_cursor *c = ls_fp_cursor_open(f, kind_index);
 *     while ((r = ls_fp_cursor_next(c, &key)) == 1) ...      // -1: corrupt, see f's error
 *     ls_fp_cursor_close(c); ls_fp_close(f); */
#ifndef LS_FINGERPRINT_FPFILE_H
#define LS_FINGERPRINT_FPFILE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "fingerprint/prf.h"

typedef struct {
    uint64_t lo, hi;
} ls_fpkey;

static inline int ls_fpkey_cmp(ls_fpkey a, ls_fpkey b)
{
    if (a.hi != b.hi) return a.hi < b.hi ? -1 : 1;
    return a.lo < b.lo ? -1 : a.lo > b.lo;
}

#define LS_FP_MAGIC        "LSFP\r\n\x1a\n"
#define LS_FP_VERSION      1
#define LS_FP_MAX_KINDS    32
#define LS_FP_NAME_BYTES   24
#define LS_FP_SOURCE_BYTES 256
#define LS_FP_TOOL_BYTES   16
#define LS_FP_HEADER_BYTES 2200 /* 400 + 32 kind entries of 56 + an 8-byte checksum */
#define LS_FP_BLOCK_KEYS   4096
#define LS_FP_BLOCK_MAX    (19u * LS_FP_BLOCK_KEYS) /* payload bound: 19-byte varints */

/* header flags */
#define LS_FP_KEYED      1u /* made with a secret key (else: anyone can test guesses) */
#define LS_FP_MERGED     2u /* made by `leakscope merge` from shard files */
#define LS_FP_INCOMPLETE 4u /* some kind is incomplete (see the kind's flag) */
/* kind flags */
#define LS_FP_KIND_INCOMPLETE 1u /* the run's set ran out of memory: a subset of the values */

typedef struct {
    char name[LS_FP_NAME_BYTES]; /* NUL-terminated */
    uint32_t key_bytes;          /* 8 or 16: the width of the keyed values */
    uint32_t flags;
    uint64_t count;          /* distinct keys in the section */
    uint64_t offset, length; /* the section's bytes in the file */
} ls_fp_kind;

typedef struct {
    uint32_t version, flags;
    unsigned char key_id[LS_FP_KEY_ID_BYTES]; /* all zero: unkeyed */
    unsigned char manifest[32];               /* source manifest SHA-256; all zero: none */
    uint64_t records;                         /* records analysed (summed over shards) */
    uint64_t inputs;                          /* inputs analysed (summed over shards) */
    uint64_t shards;                          /* analyses the file stands for (1, or merged) */
    char tool[LS_FP_TOOL_BYTES];              /* leakscope version that wrote it */
    char source[LS_FP_SOURCE_BYTES];          /* what was analysed, masked (no raw file name) */
    uint32_t nkinds;
    ls_fp_kind kinds[LS_FP_MAX_KINDS];
} ls_fp_header;

void ls_fp_header_init(ls_fp_header *h);
/* Add a kind (empty section until written); its index, or -1 when full or a duplicate. */
int ls_fp_header_add_kind(ls_fp_header *h, const char *name, unsigned key_bytes);
/* Index of a kind by name, or -1. */
int ls_fp_header_find(const ls_fp_header *h, const char *name);
/* Hex of the key id (33 bytes) and of the manifest (65 bytes); "" when all zero. */
void ls_fp_hex(const unsigned char *p, size_t n, char *out);

/* ---- writing ---- */
typedef struct ls_fp_writer ls_fp_writer;
ls_fp_writer *ls_fp_writer_create(const char *path, const ls_fp_header *h, char *err, size_t cap);
void ls_fp_writer_begin(ls_fp_writer *w, int kind);
void ls_fp_writer_add(ls_fp_writer *w, ls_fpkey k); /* ascending; a repeat is dropped */
void ls_fp_writer_end(ls_fp_writer *w);
void ls_fp_writer_set_kind_flags(ls_fp_writer *w, int kind, uint32_t flags);
/* The header as it will be written (counts filled as sections end). */
const ls_fp_header *ls_fp_writer_header(const ls_fp_writer *w);
/* Write the header, flush, fsync and rename into place. 0, or -1 with err (the temporary is
 * removed and w freed either way). */
int ls_fp_writer_commit(ls_fp_writer *w, char *err, size_t cap);
void ls_fp_writer_abort(ls_fp_writer *w); /* accepts NULL */

/* ---- reading ---- */
typedef struct ls_fp_file ls_fp_file;
/* Open and check the header (magic, version, checksum, sections inside the file). NULL
 * with a sentence in err. */
ls_fp_file *ls_fp_open(const char *path, char *err, size_t cap);
void ls_fp_close(ls_fp_file *f); /* accepts NULL */
const ls_fp_header *ls_fp_file_header(const ls_fp_file *f);
/* The first error met while reading (corrupt block, read error), "" if none. */
const char *ls_fp_file_error(const ls_fp_file *f);

typedef struct ls_fp_cursor ls_fp_cursor;
ls_fp_cursor *ls_fp_cursor_open(ls_fp_file *f, int kind); /* NULL on out of memory */
/* The next key: 1, 0 at the end of the section, -1 when the section is corrupt or cannot
 * be read (ls_fp_file_error says where). Keys come strictly ascending, count of them. */
int ls_fp_cursor_next(ls_fp_cursor *c, ls_fpkey *k);
void ls_fp_cursor_close(ls_fp_cursor *c); /* accepts NULL */

/* ---- varints (LEB128, up to 19 bytes for 128 bits), exposed for the tests ---- */
size_t ls_fp_varint_put(unsigned char *p, ls_fpkey v);
/* Decode from p[0..n): bytes used, or 0 when malformed (too long, past n). */
size_t ls_fp_varint_get(const unsigned char *p, size_t n, ls_fpkey *v);

#endif
