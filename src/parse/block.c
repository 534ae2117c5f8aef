/* block: the block tokenizer (see block.h). Classifiers for SSE2 (baseline), AVX2 (runtime
 * dispatch) and plain C (other machines); one body, block_impl.h, per instruction set. */
#include "parse/block.h"

#include <stdatomic.h>
#include <stdint.h>
#include <string.h>

#include "common/macros.h"

#if defined(__x86_64__) || defined(__i386__)
#include <immintrin.h>
#endif

typedef struct {
    uint64_t q, d, n; /* quote, delimiter, newline bits */
    bool nul;         /* some byte of the block is NUL */
} blk_masks;

/* Bit i set when an odd number of bits at or below i are set in x: the bytes a run of
 * quotes has switched "inside". (A carry-less multiply by all ones does the same; six
 * shifts need nothing past SSE2.) */
static inline uint64_t prefix_xor(uint64_t x)
{
    x ^= x << 1;
    x ^= x << 2;
    x ^= x << 4;
    x ^= x << 8;
    x ^= x << 16;
    x ^= x << 32;
    return x;
}

bool ls__block_dialect_ok(const ls_dialect *d)
{
    const uint8_t q = d->quote, dl = d->delimiter, nl = d->newline_char;
    if (d->format == LS_FORMAT_COMBO) return false; /* R5: the scalar split is one memchr */
    if (nl != '\n' && nl != '\r') return false;
    if (dl == 0 || dl == '\r' || dl == q) return false;
    if (q && (q == nl || q == '\r')) return false;
    return true;
}

#if defined(__SSE2__)

/* ---- SSE2 ------------------------------------------------------------------------------- */

static inline uint64_t eq16(__m128i x, __m128i v)
{
    return (uint64_t)(uint32_t)_mm_movemask_epi8(_mm_cmpeq_epi8(x, v));
}

static inline void classify_sse2(const unsigned char *p, uint8_t q, uint8_t dl, uint8_t nl,
                                 blk_masks *m)
{
    const __m128i vq = _mm_set1_epi8((char)q), vd = _mm_set1_epi8((char)dl);
    const __m128i vn = _mm_set1_epi8((char)nl), zero = _mm_setzero_si128();
    uint64_t mq = 0, md = 0, mn = 0;
    __m128i z = zero;
    for (unsigned k = 0; k < 4; k++) {
        __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(p + 16 * k));
        mq |= eq16(x, vq) << (16 * k);
        md |= eq16(x, vd) << (16 * k);
        mn |= eq16(x, vn) << (16 * k);
        z = _mm_or_si128(z, _mm_cmpeq_epi8(x, zero));
    }
    *m = (blk_masks){mq, md, mn, _mm_movemask_epi8(z) != 0};
}

static inline void classify_qn_sse2(const unsigned char *p, uint8_t q, uint8_t nl, uint64_t *mq,
                                    uint64_t *mn)
{
    const __m128i vq = _mm_set1_epi8((char)q), vn = _mm_set1_epi8((char)nl);
    uint64_t a = 0, b = 0;
    for (unsigned k = 0; k < 4; k++) {
        __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(p + 16 * k));
        a |= eq16(x, vq) << (16 * k);
        b |= eq16(x, vn) << (16 * k);
    }
    *mq = a;
    *mn = b;
}

#define BLK_SUFFIX                        sse2
#define BLK_ATTR                          /* baseline */
#define BLK_CLASSIFY(p, q, dl, nl, m)     classify_sse2(p, q, dl, nl, m)
#define BLK_CLASSIFY_QN(p, q, nl, mq, mn) classify_qn_sse2(p, q, nl, mq, mn)
#include "parse/block_impl.h"
#undef BLK_SUFFIX
#undef BLK_ATTR
#undef BLK_CLASSIFY
#undef BLK_CLASSIFY_QN

#define LS_BLOCK_HAVE_AVX2 1

/* ---- AVX2 (only called when the CPU has it) ---------------------------------------------- */

#define AVX2 __attribute__((target("avx2")))

AVX2 static inline uint64_t eq32(__m256i x, __m256i v)
{
    return (uint64_t)(uint32_t)_mm256_movemask_epi8(_mm256_cmpeq_epi8(x, v));
}

AVX2 static inline void classify_avx2(const unsigned char *p, uint8_t q, uint8_t dl, uint8_t nl,
                                      blk_masks *m)
{
    const __m256i vq = _mm256_set1_epi8((char)q), vd = _mm256_set1_epi8((char)dl);
    const __m256i vn = _mm256_set1_epi8((char)nl), zero = _mm256_setzero_si256();
    __m256i lo = _mm256_loadu_si256((const __m256i *)(const void *)p);
    __m256i hi = _mm256_loadu_si256((const __m256i *)(const void *)(p + 32));
    __m256i z = _mm256_or_si256(_mm256_cmpeq_epi8(lo, zero), _mm256_cmpeq_epi8(hi, zero));
    *m = (blk_masks){eq32(lo, vq) | eq32(hi, vq) << 32, eq32(lo, vd) | eq32(hi, vd) << 32,
                     eq32(lo, vn) | eq32(hi, vn) << 32, _mm256_movemask_epi8(z) != 0};
}

AVX2 static inline void classify_qn_avx2(const unsigned char *p, uint8_t q, uint8_t nl,
                                         uint64_t *mq, uint64_t *mn)
{
    const __m256i vq = _mm256_set1_epi8((char)q), vn = _mm256_set1_epi8((char)nl);
    __m256i lo = _mm256_loadu_si256((const __m256i *)(const void *)p);
    __m256i hi = _mm256_loadu_si256((const __m256i *)(const void *)(p + 32));
    *mq = eq32(lo, vq) | eq32(hi, vq) << 32;
    *mn = eq32(lo, vn) | eq32(hi, vn) << 32;
}

#define BLK_SUFFIX                        avx2
#define BLK_ATTR                          AVX2
#define BLK_CLASSIFY(p, q, dl, nl, m)     classify_avx2(p, q, dl, nl, m)
#define BLK_CLASSIFY_QN(p, q, nl, mq, mn) classify_qn_avx2(p, q, nl, mq, mn)
#include "parse/block_impl.h"
#undef BLK_SUFFIX
#undef BLK_ATTR
#undef BLK_CLASSIFY
#undef BLK_CLASSIFY_QN

#else /* no SSE2: plain C masks, same body */

/* ---- plain C ---------------------------------------------------------------------------- */

static inline void classify_c(const unsigned char *p, uint8_t q, uint8_t dl, uint8_t nl,
                              blk_masks *m)
{
    uint64_t mq = 0, md = 0, mn = 0;
    bool z = false;
    for (unsigned i = 0; i < 64; i++) {
        uint64_t bit = 1ull << i;
        mq |= p[i] == q ? bit : 0;
        md |= p[i] == dl ? bit : 0;
        mn |= p[i] == nl ? bit : 0;
        z |= p[i] == 0;
    }
    *m = (blk_masks){mq, md, mn, z};
}

static inline void classify_qn_c(const unsigned char *p, uint8_t q, uint8_t nl, uint64_t *mq,
                                 uint64_t *mn)
{
    uint64_t a = 0, b = 0;
    for (unsigned i = 0; i < 64; i++) {
        a |= p[i] == q ? 1ull << i : 0;
        b |= p[i] == nl ? 1ull << i : 0;
    }
    *mq = a;
    *mn = b;
}

#define BLK_SUFFIX                        c
#define BLK_ATTR                          /* portable */
#define BLK_CLASSIFY(p, q, dl, nl, m)     classify_c(p, q, dl, nl, m)
#define BLK_CLASSIFY_QN(p, q, nl, mq, mn) classify_qn_c(p, q, nl, mq, mn)
#include "parse/block_impl.h"
#undef BLK_SUFFIX
#undef BLK_ATTR
#undef BLK_CLASSIFY
#undef BLK_CLASSIFY_QN

#endif

/* ---- dispatch --------------------------------------------------------------------------- */

/* 0: not decided yet, 1: baseline, 2: AVX2. Decided once; a relaxed atomic since workers
 * may race to decide (they all decide the same). */
static _Atomic int block_level;

static inline int level(void)
{
    int l = atomic_load_explicit(&block_level, memory_order_relaxed);
    if (LS_LIKELY(l)) return l;
    l = 1;
#if defined(LS_BLOCK_HAVE_AVX2)
    __builtin_cpu_init();
    if (__builtin_cpu_supports("avx2")) l = 2;
#endif
    atomic_store_explicit(&block_level, l, memory_order_relaxed);
    return l;
}

int ls__block_set_level(int l)
{
    int prev = level();
#if defined(LS_BLOCK_HAVE_AVX2)
    if (l == 2 && !__builtin_cpu_supports("avx2")) l = 1;
#else
    l = 1;
#endif
    if (l != 1 && l != 2) l = 0;
    atomic_store_explicit(&block_level, l, memory_order_relaxed);
    return prev;
}

bool ls__block_parse_record(const ls_dialect *d, const char *data, size_t pos, size_t end,
                            ls_record *rec)
{
#if defined(LS_BLOCK_HAVE_AVX2)
    if (level() == 2) return parse_record_avx2(d, data, pos, end, rec);
    return parse_record_sse2(d, data, pos, end, rec);
#else
    return parse_record_c(d, data, pos, end, rec);
#endif
}

size_t ls__block_skip_records(const ls_dialect *d, const char *data, size_t i, size_t end,
                              size_t want, bool *reached)
{
#if defined(LS_BLOCK_HAVE_AVX2)
    if (level() == 2) return skip_records_avx2(d, data, i, end, want, reached);
    return skip_records_sse2(d, data, i, end, want, reached);
#else
    return skip_records_c(d, data, i, end, want, reached);
#endif
}
