/* thread: how the library starts its own threads (decoders, archive feeders). */
#ifndef LS_THREAD_H
#define LS_THREAD_H

#include <pthread.h>

/* pthread_create with every asynchronous signal blocked in the new thread, so the
 * application's handlers (SIGINT, SIGTERM...) keep running on its own threads; faults
 * (SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGTRAP, SIGABRT) stay deliverable so a crash is
 * reported where it happens. The caller's mask is unchanged. Returns pthread_create's. */
int ls_thread_start(pthread_t *thread, void *(*fn)(void *), void *arg);

#endif
