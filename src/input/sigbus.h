/* sigbus: survive a mapped file that shrinks under us.
 *
 * Reading a mapping past the file's new end raises SIGBUS, which would kill the run and
 * lose every count. Code that reads mapped memory arms a per-thread guard; the handler
 * jumps back to it, and the caller reports a truncated input with what it had committed.
 * SIGBUS outside an armed guard keeps its previous disposition. */
#ifndef LS_SIGBUS_H
#define LS_SIGBUS_H

#include <setjmp.h>

typedef struct {
    sigjmp_buf env;
} ls_sigbus_guard;

/* Install the process-wide handler (once; thread-safe). 0 on success. */
int ls_sigbus_install(void);

/* Arm/disarm this thread's guard. Arm right after sigsetjmp(g->env, 1) returned 0. */
void ls_sigbus_arm(ls_sigbus_guard *g);
void ls_sigbus_disarm(void);

#endif
