/* A program outside the tree, built against the installed header and library only. */
#include <leakscope/leakscope.h>
#include <stdio.h>

int main(int argc, char **argv)
{
    ls_analysis *a = ls_analysis_create(NULL);
    if (!a) return 2;
    for (int i = 1; i < argc; i++) ls_analysis_add_path(a, argv[i]);
    ls_analysis_finish(a);
    const ls_totals *t = ls_analysis_totals(a);
    printf("%s records=%llu unique=%llu\n", ls_version(), (unsigned long long)t->records,
           (unsigned long long)t->unique_records);
    ls_analysis_free(a);
    return 0;
}
