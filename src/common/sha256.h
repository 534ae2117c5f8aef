/* sha256: SHA-256 of a byte stream, through OpenSSL's libcrypto (EVP API).
 *
 * The evidence manifest states the SHA-256 of every input as it was received, so another
 * person can check they hold the same files. The digest is computed in the same pass that
 * reads the bytes for the analysis (never a second read from disk), by a well-kept library
 * (libcrypto uses the CPU's SHA extensions where present), not by hand-written code.
 *
 * HowTo
 *     ls_sha256 h;
 *     if (ls_sha256_init(&h) != 0) ...out of memory...;
 *     ls_sha256_update(&h, p, n);            // as often as needed, in order
 *     char hex[LS_SHA256_HEX];
 *     ls_sha256_final_hex(&h, hex);          // also frees the context
 *
 * Thread safety: one ls_sha256 is updated by one thread at a time. */
#ifndef LS_SHA256_H
#define LS_SHA256_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define LS_SHA256_BYTES 32
#define LS_SHA256_HEX   65 /* 64 lower-case hex digits and a NUL */

typedef struct {
    void *ctx;      /* EVP_MD_CTX *, NULL before init and after final/free */
    uint64_t bytes; /* bytes hashed so far */
} ls_sha256;

/* Start a digest. 0 on success, -1 when libcrypto cannot allocate its context. */
int ls_sha256_init(ls_sha256 *h);
/* Hash n more bytes (n may be 0). Does nothing on a context that failed to start. */
void ls_sha256_update(ls_sha256 *h, const void *p, size_t n);
/* Finish: the digest as 64 lower-case hex digits into hex (LS_SHA256_HEX bytes), then free
 * the context. 0 on success; -1 (hex = "") when the context never started. */
int ls_sha256_final_hex(ls_sha256 *h, char *hex);
/* Free without finishing (accepts a zeroed or finished context). */
void ls_sha256_free(ls_sha256 *h);

/* The SHA-256 of a whole file, read in 1 MiB blocks (verify-manifest re-hashes files with
 * it). 0 on success with *bytes set; -1 with errno set on an open or read error. */
int ls_sha256_file(const char *path, char *hex, uint64_t *bytes);

#endif
