/* prf: the keyed pseudo-random function that turns the run's fingerprints into the values
 * a fingerprint file holds (FORMAT.md, "Keys").
 *
 * A value's unkeyed fingerprint (XXH3 of its normal form) is public knowledge: anyone can
 * hash a guessed e-mail address and look for it. The file therefore holds
 * SipHash-2-4(k_kind, fingerprint) instead, where k_kind is a 128-bit key derived from the
 * investigators' secret by HMAC-SHA-256 (one subkey per kind, so a value typed as a user id
 * and as a phone gives unrelated keys). Without the secret, a third party can neither
 * compute the keyed value of a guess nor invert one: SipHash is a PRF under its key.
 *
 * The key id written in the header is SHA-256("leakscope-lsfp/1 key-id" || secret),
 * truncated to 16 bytes: two files can be checked to come from one secret without revealing
 * it. It also allows an offline dictionary attack on a weak secret, which is why the CLI
 * requires at least 16 bytes (32 random bytes recommended).
 *
 * An unkeyed file uses the empty secret: the subkeys are public, and membership of a guessed
 * value can be tested by anyone holding the file (the header, the CLI and the overlap output
 * say so).
 *
 * SipHash is hand-written (a few lines, inlined in the per-key loop: OpenSSL's EVP_MAC costs
 * hundreds of ns per call); the unit test checks it against the reference vectors and
 * against libcrypto's SIPHASH. */
#ifndef LS_FINGERPRINT_PRF_H
#define LS_FINGERPRINT_PRF_H

#include <stddef.h>
#include <stdbool.h>
#include <stdint.h>

#define LS_FP_KEY_ID_BYTES 16
#define LS_FP_MIN_SECRET   16 /* bytes; the CLI refuses shorter secrets */

typedef struct {
    uint64_t k0, k1;
} ls_sipkey;

/* SipHash-2-4 of n bytes, 64-bit output (the reference algorithm). */
uint64_t ls_siphash24(const ls_sipkey *k, const void *p, size_t n);
/* SipHash-2-4 with 128-bit output (the reference's SipHash-128): out[0] low word (bytes 0-7
 * of the reference's output), out[1] high word. */
void ls_siphash24_128(const ls_sipkey *k, const void *p, size_t n, uint64_t out[2]);

/* The key id of a secret (secret_len 0: unkeyed, the id is all zero). */
void ls_fp_key_id(const void *secret, size_t secret_len, unsigned char id[LS_FP_KEY_ID_BYTES]);

/* The subkey of one kind ("records", "email", ...): the first 16 bytes of
 * HMAC-SHA-256(secret, "leakscope-lsfp/1 kind " || kind), read as two little-endian words.
 * 0, or -1 if libcrypto failed. */
int ls_fp_subkey(const void *secret, size_t secret_len, const char *kind, ls_sipkey *out);

/* Fast paths for the two fingerprint widths (8-byte message: a 64-bit fingerprint;
 * 16-byte message: lo then hi word of a 128-bit one). */
static inline uint64_t ls__rotl64(uint64_t x, int b)
{
    return (x << b) | (x >> (64 - b));
}
#define LS__SIPROUND(v0, v1, v2, v3)                                                               \
    do {                                                                                           \
        v0 += v1;                                                                                  \
        v1 = ls__rotl64(v1, 13);                                                                   \
        v1 ^= v0;                                                                                  \
        v0 = ls__rotl64(v0, 32);                                                                   \
        v2 += v3;                                                                                  \
        v3 = ls__rotl64(v3, 16);                                                                   \
        v3 ^= v2;                                                                                  \
        v0 += v3;                                                                                  \
        v3 = ls__rotl64(v3, 21);                                                                   \
        v3 ^= v0;                                                                                  \
        v2 += v1;                                                                                  \
        v1 = ls__rotl64(v1, 17);                                                                   \
        v1 ^= v2;                                                                                  \
        v2 = ls__rotl64(v2, 32);                                                                   \
    } while (0)

/* SipHash's state and its three steps, so that the three fixed-length hashes below are each
 * a few lines of one construction (the reference siphash.c does the same with one loop):
 * init (the 128-bit-output variant marks v1), one 8-byte word compressed with 2 rounds
 * (the final length word included), finalisation with 4 rounds after marking v2. */
typedef struct {
    uint64_t v0, v1, v2, v3;
} ls__sipstate;

static inline ls__sipstate ls__sip_init(const ls_sipkey *k, bool out128)
{
    ls__sipstate s = {k->k0 ^ 0x736f6d6570736575ull, k->k1 ^ 0x646f72616e646f6dull,
                      k->k0 ^ 0x6c7967656e657261ull, k->k1 ^ 0x7465646279746573ull};
    if (out128) s.v1 ^= 0xee;
    return s;
}

static inline void ls__sip_word(ls__sipstate *s, uint64_t m)
{
    s->v3 ^= m;
    LS__SIPROUND(s->v0, s->v1, s->v2, s->v3);
    LS__SIPROUND(s->v0, s->v1, s->v2, s->v3);
    s->v0 ^= m;
}

static inline uint64_t ls__sip_final(ls__sipstate *s, uint64_t mark)
{
    s->v2 ^= mark;
    LS__SIPROUND(s->v0, s->v1, s->v2, s->v3);
    LS__SIPROUND(s->v0, s->v1, s->v2, s->v3);
    LS__SIPROUND(s->v0, s->v1, s->v2, s->v3);
    LS__SIPROUND(s->v0, s->v1, s->v2, s->v3);
    return s->v0 ^ s->v1 ^ s->v2 ^ s->v3;
}

/* SipHash-2-4 (64-bit output) of the 8 little-endian bytes of m. */
static inline uint64_t ls_fp_prf64(const ls_sipkey *k, uint64_t m)
{
    ls__sipstate s = ls__sip_init(k, false);
    ls__sip_word(&s, m);
    ls__sip_word(&s, (uint64_t)8 << 56);
    return ls__sip_final(&s, 0xff);
}

/* SipHash-2-4 (64-bit output) of the 16 bytes lo || hi (little-endian). */
static inline uint64_t ls_fp_prf64x2(const ls_sipkey *k, uint64_t lo, uint64_t hi)
{
    ls__sipstate s = ls__sip_init(k, false);
    ls__sip_word(&s, lo);
    ls__sip_word(&s, hi);
    ls__sip_word(&s, (uint64_t)16 << 56);
    return ls__sip_final(&s, 0xff);
}

/* SipHash-2-4-128 of the 16 bytes lo || hi (little-endian); out[0] low, out[1] high. */
static inline void ls_fp_prf128(const ls_sipkey *k, uint64_t lo, uint64_t hi, uint64_t out[2])
{
    ls__sipstate s = ls__sip_init(k, true);
    ls__sip_word(&s, lo);
    ls__sip_word(&s, hi);
    ls__sip_word(&s, (uint64_t)16 << 56);
    out[0] = ls__sip_final(&s, 0xee);
    s.v1 ^= 0xdd;
    out[1] = ls__sip_final(&s, 0);
}

#endif
