#include "IncomeByAge.h"

#include <QCoreApplication>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
int decadeOf(const QString &bucket)
{
    return bucket.chopped(1).toInt(); // "40s" → 40
}
} // namespace

int IncomeByAge::bandIndexForAge(int age) const
{
    if (bands.isEmpty())
        return -1;
    for (int i = int(bands.size()) - 1; i >= 0; --i) {
        if (age >= decadeOf(bands.at(i).bucket))
            return i;
    }
    return 0;
}

qint64 IncomeByAge::maximumYen() const
{
    qint64 maximum = 0;
    for (const AgeBandIncome &band : bands)
        maximum = std::max(maximum, band.annualYen);
    return maximum;
}

IncomeByAge IncomeByAge::fromStatistics(const QList<SalaryStatistic> &statistics,
                                        const QString &occupation)
{
    IncomeByAge result;
    for (const SalaryStatistic &statistic : statistics) {
        if (statistic.occupation != occupation || statistic.dimension != u"age"_s ||
            statistic.unit != u"annual-yen"_s)
            continue;
        result.bands.append({statistic.bucket, statistic.displayBucket(), statistic.valueLowYen});
        result.occupation = statistic.displayOccupation();
        result.source = statistic.source;
        result.asOfYear = statistic.asOfYear;
    }
    std::sort(result.bands.begin(), result.bands.end(),
              [](const AgeBandIncome &a, const AgeBandIncome &b) {
                  return decadeOf(a.bucket) < decadeOf(b.bucket);
              });
    return result;
}

IncomeByAge IncomeByAge::fromPack(const MarketPack &pack, const QString &occupation)
{
    IncomeByAge result;
    for (const MarketFigure *figure : pack.withPrefix(u"jobtag-age"_s, occupation + u'|')) {
        const QString bucket = figure->key.section(u'|', 1);
        if (!bucket.endsWith(u's'))
            continue;              // "all": not a band
        SalaryStatistic statistic; // for its translated band label
        statistic.bucket = bucket;
        result.bands.append({bucket, statistic.displayBucket(), qint64(figure->value * 10'000)});
        result.source = figure->citation();
        result.asOfYear = figure->year.left(4).toInt();
    }
    result.occupation = QCoreApplication::translate("IncomeByAge", "job tag 10-year bands");
    std::sort(result.bands.begin(), result.bands.end(),
              [](const AgeBandIncome &a, const AgeBandIncome &b) {
                  return decadeOf(a.bucket) < decadeOf(b.bucket);
              });
    return result;
}
