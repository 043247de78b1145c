#include "ListingRate.h"

namespace ListingRate {

std::optional<qint64> representativeMonthlyYen(const Listing &listing)
{
    if (listing.monthlyRateMinYen && listing.monthlyRateMaxYen)
        return (*listing.monthlyRateMinYen + *listing.monthlyRateMaxYen) / 2;
    if (listing.monthlyRateMaxYen)
        return listing.monthlyRateMaxYen;
    if (listing.monthlyRateMinYen)
        return listing.monthlyRateMinYen;
    return std::nullopt;
}

} // namespace ListingRate
