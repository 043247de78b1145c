#include "ListingRate.h"

#include "MoneyFormat.h"

#include <QCoreApplication>

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

QString text(const Listing &listing, const QLocale &locale)
{
    if (listing.monthlyRateMinYen && listing.monthlyRateMaxYen)
        return MoneyFormat::monthlyRange(*listing.monthlyRateMinYen, *listing.monthlyRateMaxYen,
                                         locale);
    if (listing.monthlyRateMaxYen)
        return QCoreApplication::translate("ListingRate", "up to %1")
            .arg(MoneyFormat::monthly(*listing.monthlyRateMaxYen, locale));
    if (listing.monthlyRateMinYen)
        return QCoreApplication::translate("ListingRate", "from %1")
            .arg(MoneyFormat::monthly(*listing.monthlyRateMinYen, locale));
    return listing.rateText.isEmpty() ? QCoreApplication::translate("ListingRate", "Negotiable")
                                      : listing.rateText;
}

} // namespace ListingRate
