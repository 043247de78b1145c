#include "ListingRate.h"

#include "MoneyFormat.h"

#include <QCoreApplication>

namespace ListingRate {

std::optional<qint64> representativeMonthlyYen(const Listing &listing)
{
    return representativeMonthlyYen(listing.monthlyRateMinYen, listing.monthlyRateMaxYen);
}

std::optional<qint64> representativeMonthlyYen(std::optional<qint64> minimum,
                                               std::optional<qint64> maximum)
{
    if (minimum && maximum)
        return (*minimum + *maximum) / 2;
    if (maximum)
        return maximum;
    return minimum;
}

QString text(const Listing &listing, const QLocale &locale)
{
    // An hourly listing shows the rate it states, with the monthly figure it is compared by.
    if (listing.hourlyRateMinYen || listing.hourlyRateMaxYen) {
        QString hourly;
        if (listing.hourlyRateMinYen && listing.hourlyRateMaxYen &&
            *listing.hourlyRateMinYen != *listing.hourlyRateMaxYen)
            hourly = QCoreApplication::translate("ListingRate", "%1–%2")
                         .arg(MoneyFormat::hourly(*listing.hourlyRateMinYen, locale),
                              MoneyFormat::hourly(*listing.hourlyRateMaxYen, locale));
        else
            hourly = MoneyFormat::hourly(
                listing.hourlyRateMaxYen.value_or(listing.hourlyRateMinYen.value_or(0)), locale);
        const auto monthly = representativeMonthlyYen(listing);
        if (!monthly)
            return hourly;
        return QCoreApplication::translate("ListingRate", "%1 (≈ %2)")
            .arg(hourly, MoneyFormat::monthly(*monthly, locale));
    }
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
