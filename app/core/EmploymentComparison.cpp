#include "EmploymentComparison.h"

#include <algorithm>

using namespace Qt::StringLiterals;

qint64 EmploymentComparison::maximumYen() const
{
    qint64 maximum = 0;
    for (const EmploymentBar &bar : bars)
        maximum = std::max({maximum, bar.publishedHighYen, bar.estimateHighYen});
    return maximum;
}

EmploymentComparison EmploymentComparison::build(const QList<SalaryStatistic> &statistics,
                                                 const QString &occupation,
                                                 const RateConversion &conversion,
                                                 const QList<EmploymentEstimate> &estimates)
{
    EmploymentComparison comparison;
    comparison.occupation = occupation;
    comparison.billableHoursPerMonth = conversion.billableHoursPerMonth;
    for (EmploymentType type : EmploymentTypes::all()) {
        const auto statistic =
            std::find_if(statistics.begin(), statistics.end(), [&](const SalaryStatistic &s) {
                return s.occupation == occupation && s.dimension == u"employment"_s &&
                       s.bucket == EmploymentTypes::key(type);
            });
        if (statistic == statistics.end())
            continue;
        EmploymentBar bar;
        bar.type = type;
        bar.source = statistic->source;
        if (statistic->unit == u"hourly-yen"_s) {
            bar.hourlyYen = statistic->valueLowYen;
            bar.publishedLowYen = conversion.hourlyToAnnual(statistic->valueLowYen);
            bar.publishedHighYen = conversion.hourlyToAnnual(statistic->valueHighYen);
        } else {
            bar.publishedLowYen = statistic->valueLowYen;
            bar.publishedHighYen = statistic->valueHighYen;
        }
        for (const EmploymentEstimate &estimate : estimates) {
            if (estimate.type == type && estimate.midYen > 0) {
                bar.hasEstimate = true;
                bar.estimateLowYen = estimate.lowYen;
                bar.estimateMidYen = estimate.midYen;
                bar.estimateHighYen = estimate.highYen;
            }
        }
        comparison.bars.append(bar);
    }
    return comparison;
}

QString EmploymentComparison::statisticsOccupation(JobType type)
{
    return type == JobType::Frontend ? QStringLiteral("frontend") : QStringLiteral("backend");
}
