/* Invariant checks for the fuzz targets: active in every build type (assert() is compiled
 * out under NDEBUG), and they abort so that libFuzzer and the replay tests see a crash. */
#ifndef LS_FUZZ_CHECK_H
#define LS_FUZZ_CHECK_H

#include <stdio.h>
#include <stdlib.h>

#define FUZZ_CHECK(cond, ...)                                                                      \
    do {                                                                                           \
        if (!(cond)) {                                                                             \
            fprintf(stderr, "%s:%d: invariant failed: %s: ", __FILE__, __LINE__, #cond);           \
            fprintf(stderr, __VA_ARGS__);                                                          \
            fputc('\n', stderr);                                                                   \
            abort();                                                                               \
        }                                                                                          \
    } while (0)

#endif
