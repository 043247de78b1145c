#include "FreedMemory.h"

#include <cstdlib> // defines __GLIBC__ on the GNU C library
#ifdef __GLIBC__
#include <malloc.h>
#endif

void FreedMemory::keepLargeBlocksSeparate()
{
#ifdef __GLIBC__
    mallopt(M_MMAP_THRESHOLD, 256 * 1024); // a fixed value also stops the raising
#endif
}

void FreedMemory::returnToSystem()
{
#ifdef __GLIBC__
    malloc_trim(0); // every arena: the worker threads' allocations live in arenas of their own
#endif
}
