/* Internal helpers shared by every module of the library. */
#ifndef LS_MACROS_H
#define LS_MACROS_H

#include "leakscope/leakscope.h"

/* Return `status` from the calling function when `cond` holds (zstd's RETURN_ERROR_IF). */
#define LS_RETURN_ERROR_IF(cond, status)                                                           \
    do {                                                                                           \
        if (cond) return (status);                                                                 \
    } while (0)

/* Propagate a non-OK status. */
#define LS_FORWARD_IF_ERROR(expr)                                                                  \
    do {                                                                                           \
        ls_status ls_fwd_status_ = (expr);                                                         \
        if (ls_fwd_status_ != LS_OK) return ls_fwd_status_;                                        \
    } while (0)

#define LS_LIKELY(x)   __builtin_expect(!!(x), 1)
#define LS_UNLIKELY(x) __builtin_expect(!!(x), 0)
#define LS_MIN(a, b)   ((a) < (b) ? (a) : (b))
#define LS_MAX(a, b)   ((a) > (b) ? (a) : (b))

#endif
