/* sha256: see sha256.h. A thin layer over EVP_Digest*: the context is opaque to callers so
 * that only this file includes OpenSSL's headers. */
#include "common/sha256.h"

#include <errno.h>
#include <fcntl.h>
#include <openssl/evp.h>
#include <stdlib.h>
#include <unistd.h>

/* A fresh EVP context for SHA-256; on failure h->ctx stays NULL and updates are no-ops. */
int ls_sha256_init(ls_sha256 *h)
{
    h->bytes = 0;
    EVP_MD_CTX *c = EVP_MD_CTX_new();
    if (!c) {
        h->ctx = NULL;
        return -1;
    }
    if (EVP_DigestInit_ex(c, EVP_sha256(), NULL) != 1) {
        EVP_MD_CTX_free(c);
        h->ctx = NULL;
        return -1;
    }
    h->ctx = c;
    return 0;
}

/* Feed bytes in order; the byte count is kept for the manifest's "bytes". */
void ls_sha256_update(ls_sha256 *h, const void *p, size_t n)
{
    if (!h->ctx || n == 0) return;
    EVP_DigestUpdate((EVP_MD_CTX *)h->ctx, p, n);
    h->bytes += n;
}

/* Hex, not raw bytes: the manifest and sha256sum(1) both print hex. */
int ls_sha256_final_hex(ls_sha256 *h, char *hex)
{
    static const char digits[] = "0123456789abcdef";
    hex[0] = '\0';
    if (!h->ctx) return -1;
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    int ok = EVP_DigestFinal_ex((EVP_MD_CTX *)h->ctx, md, &len) == 1 && len == LS_SHA256_BYTES;
    ls_sha256_free(h);
    if (!ok) return -1;
    for (unsigned i = 0; i < LS_SHA256_BYTES; i++) {
        hex[2 * i] = digits[md[i] >> 4];
        hex[2 * i + 1] = digits[md[i] & 15];
    }
    hex[2 * LS_SHA256_BYTES] = '\0';
    return 0;
}

void ls_sha256_free(ls_sha256 *h)
{
    if (h->ctx) EVP_MD_CTX_free((EVP_MD_CTX *)h->ctx);
    h->ctx = NULL;
}

/* Sequential reads with a large buffer: the file is read once, start to end. */
int ls_sha256_file(const char *path, char *hex, uint64_t *bytes)
{
    hex[0] = '\0';
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) return -1;
    enum { BLOCK = 1 << 20 };
    unsigned char *buf = malloc(BLOCK);
    ls_sha256 h;
    if (!buf || ls_sha256_init(&h) != 0) {
        free(buf);
        close(fd);
        errno = ENOMEM;
        return -1;
    }
    for (;;) {
        ssize_t r = read(fd, buf, BLOCK);
        if (r < 0 && errno == EINTR) continue;
        if (r < 0) {
            int e = errno;
            ls_sha256_free(&h);
            free(buf);
            close(fd);
            errno = e;
            return -1;
        }
        if (r == 0) break;
        ls_sha256_update(&h, buf, (size_t)r);
    }
    *bytes = h.bytes;
    free(buf);
    close(fd);
    return ls_sha256_final_hex(&h, hex);
}
