#pragma once

// The C library keeps memory a program has freed for its next allocations instead of handing
// it back. After a large one-off job (reading 100,000 listings, building an index) the freed
// working space is tens of megabytes that a window open for hours would hold for nothing.
namespace FreedMemory {
// Hands freed heap memory back to the system where the C library can (glibc); else nothing.
void returnToSystem();
// Makes every block of 256 KiB or more a mapping of its own, returned whole when freed. By
// default glibc raises that bound after the first large block is freed (to 32 MiB at most),
// so the next large working buffers (an index build's slabs) land inside the heap, where
// they leave free space behind that cannot be handed back. Call once, at start.
void keepLargeBlocksSeparate();
} // namespace FreedMemory
