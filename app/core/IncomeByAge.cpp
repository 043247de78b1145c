#include "IncomeByAge.h"

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
