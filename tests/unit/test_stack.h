/* The rows of the stacked-table test files (test_sniff.c's 40 MiB files, test_analysis.c's
 * 2 MiB ones): a first table of id,email,amount and a second of name,city,phone,age. */
#ifndef LS_TEST_STACK_H
#define LS_TEST_STACK_H

#include <stdio.h>

/* Write record i of the first table (second = 0) or the second (second != 0) at b; returns
 * its length (at most 64 bytes). */
static inline size_t test_stack_row(char *b, int second, size_t i)
{
    if (second)
        return (size_t)sprintf(b, "Person%zu,Leeds,+44 7700 900%03zu,%zu\n", i, i % 1000,
                               18 + i % 60);
    return (size_t)sprintf(b, "%zu,u%zu@ex.com,%zu.%02zu\n", i, i, i % 997, i % 100);
}

#endif
