#include "RateHistogram.h"

#include "ListingRate.h"

#include <algorithm>

int RateHistogram::maximumBinCount() const
{
    int maximum = 0;
    for (const RateBin &bin : bins)
        maximum = std::max(maximum, bin.qualifying + bin.others);
    return maximum;
}

RateHistogram RateHistogram::build(const ListingSet &listings, const QSet<qint64> &qualifyingIds,
                                   qint64 binWidthYen, const QString &workKind,
                                   const QString &skillId)
{
    RateHistogram histogram;
    QList<std::pair<qint64, bool>> rates; // rate, qualifies
    for (qsizetype i = 0; i < listings.size(); ++i) {
        if (!workKind.isEmpty() && listings.workKind(i) != workKind)
            continue;
        if (!skillId.isEmpty()) {
            bool asked = false;
            for (qsizetype k = 0; k < listings.requirementCount(i) && !asked; ++k)
                asked = listings.requirementSkillId(i, k) == skillId;
            if (!asked)
                continue;
        }
        const auto rate = listings.representativeMonthlyYen(i);
        if (!rate || *rate <= 0) {
            ++histogram.negotiable;
            continue;
        }
        rates.append({*rate, qualifyingIds.contains(listings.id(i))});
    }
    histogram.listingsWithRate = int(rates.size());
    if (rates.isEmpty() || binWidthYen <= 0)
        return histogram;
    qint64 lowest = rates.first().first;
    qint64 highest = lowest;
    for (const auto &[rate, qualifies] : std::as_const(rates)) {
        lowest = std::min(lowest, rate);
        highest = std::max(highest, rate);
        if (qualifies) {
            histogram.qualifyingMinimumYen = histogram.qualifyingCount == 0
                                                 ? rate
                                                 : std::min(histogram.qualifyingMinimumYen, rate);
            histogram.qualifyingMaximumYen = std::max(histogram.qualifyingMaximumYen, rate);
            ++histogram.qualifyingCount;
        }
    }
    const qint64 first = lowest / binWidthYen;
    const qint64 last = highest / binWidthYen;
    for (qint64 bin = first; bin <= last; ++bin)
        histogram.bins.append({bin * binWidthYen, (bin + 1) * binWidthYen, 0, 0});
    for (const auto &[rate, qualifies] : std::as_const(rates)) {
        RateBin &bin = histogram.bins[rate / binWidthYen - first];
        ++(qualifies ? bin.qualifying : bin.others);
    }
    return histogram;
}
