#pragma once

#include "Listing.h"

#include <optional>

namespace ListingRate {
// The one monthly figure a listing is compared by: the middle of a range, the bound of an
// open range, nothing when the rate is negotiable.
std::optional<qint64> representativeMonthlyYen(const Listing &listing);
} // namespace ListingRate
