/* prf: SipHash-2-4 and the key derivation of fingerprint files (prf.h). */
#include "fingerprint/prf.h"

#include <stdio.h>
#include <string.h>

#include <openssl/evp.h>
#include <openssl/hmac.h>

static uint64_t load_le64(const unsigned char *p)
{
    uint64_t v = 0;
    for (int i = 7; i >= 0; i--)
        v = (v << 8) | p[i];
    return v;
}

/* The reference algorithm for any length; outlen 8 or 16. */
static void siphash(const ls_sipkey *k, const unsigned char *in, size_t n, int outlen,
                    uint64_t out[2])
{
    uint64_t v0 = k->k0 ^ 0x736f6d6570736575ull, v1 = k->k1 ^ 0x646f72616e646f6dull;
    uint64_t v2 = k->k0 ^ 0x6c7967656e657261ull, v3 = k->k1 ^ 0x7465646279746573ull;
    if (outlen == 16) v1 ^= 0xee;
    size_t full = n - n % 8;
    for (size_t i = 0; i < full; i += 8) {
        uint64_t m = load_le64(in + i);
        v3 ^= m;
        LS__SIPROUND(v0, v1, v2, v3);
        LS__SIPROUND(v0, v1, v2, v3);
        v0 ^= m;
    }
    uint64_t b = (uint64_t)n << 56;
    for (size_t i = 0; i < n % 8; i++)
        b |= (uint64_t)in[full + i] << (8 * i);
    v3 ^= b;
    LS__SIPROUND(v0, v1, v2, v3);
    LS__SIPROUND(v0, v1, v2, v3);
    v0 ^= b;
    v2 ^= outlen == 16 ? 0xee : 0xff;
    for (int r = 0; r < 4; r++)
        LS__SIPROUND(v0, v1, v2, v3);
    out[0] = v0 ^ v1 ^ v2 ^ v3;
    if (outlen != 16) return;
    v1 ^= 0xdd;
    for (int r = 0; r < 4; r++)
        LS__SIPROUND(v0, v1, v2, v3);
    out[1] = v0 ^ v1 ^ v2 ^ v3;
}

uint64_t ls_siphash24(const ls_sipkey *k, const void *p, size_t n)
{
    uint64_t out[2];
    siphash(k, p, n, 8, out);
    return out[0];
}

void ls_siphash24_128(const ls_sipkey *k, const void *p, size_t n, uint64_t out[2])
{
    siphash(k, p, n, 16, out);
}

/* Domain-separated from the subkeys: knowing the id gives no subkey. */
void ls_fp_key_id(const void *secret, size_t secret_len, unsigned char id[LS_FP_KEY_ID_BYTES])
{
    memset(id, 0, LS_FP_KEY_ID_BYTES);
    if (!secret_len) return;
    static const char tag[] = "leakscope-lsfp/1 key-id";
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int mdlen = 0;
    EVP_MD_CTX *c = EVP_MD_CTX_new();
    if (c && EVP_DigestInit_ex(c, EVP_sha256(), NULL) == 1 &&
        EVP_DigestUpdate(c, tag, sizeof tag - 1) == 1 &&
        EVP_DigestUpdate(c, secret, secret_len) == 1 && EVP_DigestFinal_ex(c, md, &mdlen) == 1 &&
        mdlen >= LS_FP_KEY_ID_BYTES)
        memcpy(id, md, LS_FP_KEY_ID_BYTES);
    else
        memset(id, 0xff, LS_FP_KEY_ID_BYTES); /* never equal to a real id's zero "unkeyed" */
    EVP_MD_CTX_free(c);
}

int ls_fp_subkey(const void *secret, size_t secret_len, const char *kind, ls_sipkey *out)
{
    char msg[96];
    int n = snprintf(msg, sizeof msg, "leakscope-lsfp/1 kind %s", kind);
    if (n < 0 || (size_t)n >= sizeof msg) return -1;
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int mdlen = 0;
    static const unsigned char empty = 0;
    if (!HMAC(EVP_sha256(), secret_len ? secret : &empty, (int)secret_len,
              (const unsigned char *)msg, (size_t)n, md, &mdlen) ||
        mdlen < 16)
        return -1;
    out->k0 = load_le64(md);
    out->k1 = load_le64(md + 8);
    return 0;
}
