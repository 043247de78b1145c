#pragma once

#include "Listing.h"

#include <QLocale>
#include <QString>
#include <optional>

namespace ListingRate {
// The one monthly figure a listing is compared by: the middle of a range, the bound of an
// open range, nothing when the rate is negotiable.
std::optional<qint64> representativeMonthlyYen(const Listing &listing);
std::optional<qint64> representativeMonthlyYen(std::optional<qint64> minimum,
                                               std::optional<qint64> maximum);
// The rate as people read it in the locale: "60〜80万円/月", "up to ¥800k/month", or the
// listing's own wording when it has no figure ("Negotiable" when it has none either).
QString text(const Listing &listing, const QLocale &locale = QLocale());
} // namespace ListingRate
