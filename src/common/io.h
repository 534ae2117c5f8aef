/* io: reading a descriptor at an offset, whole. */
#ifndef LS_IO_H
#define LS_IO_H

#include <stddef.h>
#include <stdint.h>

/* Read n bytes at offset off into buf, across short reads and EINTR. Returns the bytes
 * read: n, or fewer at the end of the file (*err = 0) or on a read error (*err = errno).
 * One loop for every positioned read of the library (spill file, sort runs, the table
 * scan), so that none of them mistakes a short read for the end. */
size_t ls_pread_full(int fd, void *buf, size_t n, uint64_t off, int *err);

#endif
