#include "ListingDuplicateKey.h"

using namespace Qt::StringLiterals;

namespace {

QString normalized(const QString &text)
{
    return text.normalized(QString::NormalizationForm_KC).simplified().toCaseFolded();
}

QString figure(const std::optional<qint64> &yen)
{
    return yen ? QString::number(*yen) : QString();
}

} // namespace

namespace ListingDuplicateKey {

QString of(const Listing &listing)
{
    // The stated rate, not a derived monthly figure: an hourly listing read twice must give
    // the same key whatever billable hours were set in between.
    const bool hourly = listing.hourlyRateMinYen || listing.hourlyRateMaxYen;
    const QString rate = hourly ? figure(listing.hourlyRateMinYen) + u'-' +
                                      figure(listing.hourlyRateMaxYen) + u"/hour"_s
                                : figure(listing.monthlyRateMinYen) + u'-' +
                                      figure(listing.monthlyRateMaxYen) + u"/month"_s;
    return normalized(listing.title) + u'|' + rate + u'|' + normalized(listing.source);
}

} // namespace ListingDuplicateKey
