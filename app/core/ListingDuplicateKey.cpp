#include "ListingDuplicateKey.h"

#include "ValidText.h"

using namespace Qt::StringLiterals;

namespace {

// Of the text as it is stored (ValidText): a listing read again from its file must meet the
// stored copy, whose unpaired surrogates became U+FFFD and whose NULs were dropped.
QString normalized(const QString &text)
{
    return ValidText::of(text)
        .normalized(QString::NormalizationForm_KC)
        .simplified()
        .toCaseFolded();
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
