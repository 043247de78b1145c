#pragma once

#include "core/Listing.h"

#include <QList>
#include <QString>

// Generated listings for the benchmarks (fixed seed, so every run sees the same ones).
namespace ListingGenerator {
// count listings; *error names a generated rate that does not parse (a generator bug).
QList<Listing> generate(int count, QString *error);
} // namespace ListingGenerator
