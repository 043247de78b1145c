#pragma once

#include "ListingSet.h"

#include <QList>
#include <QSet>
#include <QString>

struct RateBin
{
    qint64 fromYen = 0; // inclusive
    qint64 toYen = 0;   // exclusive
    int qualifying = 0; // listings in the bin the profile qualifies for
    int others = 0;
};

// The distribution of monthly rates in the listing database, optionally only one kind of
// work or one required skill, split into listings the profile qualifies for and the rest.
struct RateHistogram
{
    QList<RateBin> bins;
    int listingsWithRate = 0;
    int negotiable = 0; // listings without a rate, left out of the bins
    int qualifyingCount = 0;
    qint64 qualifyingMinimumYen = 0; // the band the profile qualifies for
    qint64 qualifyingMaximumYen = 0;

    int maximumBinCount() const;

    // workKind / skillId empty: no filter on it.
    static RateHistogram build(const ListingSet &listings, const QSet<qint64> &qualifyingIds,
                               qint64 binWidthYen, const QString &workKind = {},
                               const QString &skillId = {});
};
