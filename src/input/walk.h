/* walk: a directory given as an input is a tree of inputs. It is walked recursively in
 * sorted order (the report is the same on every run and machine); files that are not data
 * (images, documents, executables, other binaries) are skipped with a reason, never
 * silently. Symbolic links are not followed (no loops, nothing outside the tree). */
#ifndef LS_WALK_H
#define LS_WALK_H

#include <stddef.h>

/* Why a file is not data, from its first bytes; NULL when it may be data. */
const char *ls_not_data_reason(const unsigned char *head, size_t n);

typedef enum { LS_WALK_FILE, LS_WALK_SKIP, LS_WALK_ERROR } ls_walk_kind;

/* Called for every file below root: LS_WALK_FILE with reason NULL for a file to analyse,
 * LS_WALK_SKIP with a reason for a file that is deliberately not analysed (not data, a
 * symbolic link, a device), LS_WALK_ERROR with a reason for an entry that should have been
 * read and could not be (a directory that cannot be opened or listed, an entry that
 * vanished, a tree nested too deep): what it holds is missing from the result, so the
 * caller must not call the run complete. A non-zero return stops the walk. */
typedef int (*ls_walk_fn)(void *ctx, const char *path, ls_walk_kind kind, const char *reason);

/* Walk root (a directory). Returns 0, or -1 on out-of-memory. Unreadable sub-directories
 * are reported through fn as LS_WALK_ERROR. */
int ls_walk_tree(const char *root, ls_walk_fn fn, void *ctx);

#endif
