/* The tests' random numbers: splitmix64 over a global state each test seeds explicitly
 * (rng_state = ...), so every failure replays exactly. Header-only, one copy per test file. */
#ifndef LS_TEST_RNG_H
#define LS_TEST_RNG_H

#include <stddef.h>
#include <stdint.h>

static uint64_t rng_state;

static inline uint64_t rnd(void)
{
    uint64_t z = (rng_state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

static inline size_t rnd_below(size_t n)
{
    return (size_t)(rnd() % n);
}

#endif
