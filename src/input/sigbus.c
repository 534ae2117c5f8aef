#include "input/sigbus.h"

#include <pthread.h>
#include <signal.h>
#include <stddef.h>
#include <string.h>

static _Thread_local ls_sigbus_guard *volatile active_guard;
static struct sigaction previous_action;
static pthread_once_t install_once = PTHREAD_ONCE_INIT;
static int install_result = -1;

static void on_sigbus(int sig, siginfo_t *info, void *uctx)
{
    ls_sigbus_guard *g = active_guard;
    if (g) {
        active_guard = NULL;
        siglongjmp(g->env, 1);
    }
    /* Not ours: behave as if we had never been installed. */
    if (previous_action.sa_flags & SA_SIGINFO) {
        if (previous_action.sa_sigaction) {
            previous_action.sa_sigaction(sig, info, uctx);
            return;
        }
    } else if (previous_action.sa_handler != SIG_DFL && previous_action.sa_handler != SIG_IGN) {
        previous_action.sa_handler(sig);
        return;
    }
    signal(SIGBUS, SIG_DFL);
    raise(SIGBUS);
}

static void install(void)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = on_sigbus;
    sa.sa_flags = SA_SIGINFO;
    sigemptyset(&sa.sa_mask);
    install_result = sigaction(SIGBUS, &sa, &previous_action);
}

int ls_sigbus_install(void)
{
    pthread_once(&install_once, install);
    return install_result;
}

void ls_sigbus_arm(ls_sigbus_guard *g)
{
    active_guard = g;
}

void ls_sigbus_disarm(void)
{
    active_guard = NULL;
}
