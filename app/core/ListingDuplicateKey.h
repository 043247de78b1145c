#pragma once

#include "Listing.h"

#include <QString>

// Two listings are the same listing when their keys are equal: the title (ignoring case,
// width and spacing), the stated rate and its period, and the source. An import uses it to
// skip what the database already holds.
namespace ListingDuplicateKey {
QString of(const Listing &listing);
} // namespace ListingDuplicateKey
