#pragma once

// The C library keeps memory a program has freed for its next allocations instead of handing
// it back. After a large one-off job (reading 100,000 listings, building an index) the freed
// working space is tens of megabytes that a window open for hours would hold for nothing.
namespace FreedMemory {
// Hands freed heap memory back to the system where the C library can (glibc); else nothing.
void returnToSystem();
} // namespace FreedMemory
