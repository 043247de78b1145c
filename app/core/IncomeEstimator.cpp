#include "IncomeEstimator.h"

#include "IncomeByAge.h"
#include "MoneyFormat.h"

#include <QLocale>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {
const QString parametersFile = u"data/model_parameters.json"_s;
const QString ageCurveOccupation = u"se-web"_s;

qint64 roundToMan(double yen)
{
    return std::llround(yen / 10'000.0) * 10'000; // estimates are shown in 万円
}

QString percent(double fraction)
{
    return QLocale().toString(fraction * 100.0, 'f', 1) + u'%';
}

// Linear interpolation between the order statistics of ascending values.
double quantile(const QList<qint64> &ascending, double p)
{
    const double position = p * double(ascending.size() - 1);
    const auto below = qsizetype(std::floor(position));
    const auto above = std::min(below + 1, ascending.size() - 1);
    const double weight = position - double(below);
    return double(ascending.at(below)) * (1 - weight) + double(ascending.at(above)) * weight;
}
} // namespace

IncomeEstimator::IncomeEstimator(const ModelParameters &parameters,
                                 const QList<SalaryStatistic> &statistics,
                                 const RateConversion &conversion)
    : m_parameters(parameters), m_statistics(statistics), m_conversion(conversion)
{
}

QString IncomeEstimator::statisticsOccupation(JobType type)
{
    return type == JobType::Frontend ? u"frontend"_s : u"backend"_s;
}

const SalaryStatistic *IncomeEstimator::find(const QString &occupation, const QString &dimension,
                                             const QString &bucket) const
{
    for (const SalaryStatistic &statistic : m_statistics) {
        if (statistic.occupation == occupation && statistic.dimension == dimension &&
            statistic.bucket == bucket)
            return &statistic;
    }
    return nullptr;
}

double IncomeEstimator::premiumFraction(EmploymentType type, double composite) const
{
    const EmploymentPremium premium = m_parameters.employmentPremium.value(type);
    return composite >= 50 ? (composite - 50) / 50 * premium.above
                           : -(50 - composite) / 50 * premium.below;
}

void IncomeEstimator::spread(EmploymentEstimate &estimate) const
{
    const double mid = double(estimate.midYen);
    estimate.midYen = roundToMan(mid);
    estimate.lowYen = roundToMan(mid * (1 - m_parameters.estimateSpread));
    estimate.highYen = roundToMan(mid * (1 + m_parameters.estimateSpread));
    estimate.steps.append({tr("Range"), 0,
                           tr("low and high lie %1 below and above the middle")
                               .arg(percent(m_parameters.estimateSpread)),
                           parametersFile + u": estimateSpread"_s});
}

QList<EmploymentEstimate> IncomeEstimator::estimate(const Profile &profile, const ScoreCard &card,
                                                    const QList<qint64> &qualifyingRates) const
{
    return {fullTime(profile, card), freelance(profile, card, qualifyingRates),
            hourly(EmploymentType::Dispatch, profile, card),
            hourly(EmploymentType::PartTime, profile, card)};
}

EmploymentEstimate IncomeEstimator::fullTime(const Profile &profile, const ScoreCard &card) const
{
    EmploymentEstimate estimate;
    estimate.type = EmploymentType::FullTime;
    const QString occupation = statisticsOccupation(profile.jobType);
    const SalaryStatistic *typeFigure = find(occupation, u"employment"_s, u"fulltime"_s);
    const SalaryStatistic *overall = find(ageCurveOccupation, u"overall"_s, u"all"_s);
    const IncomeByAge curve = IncomeByAge::fromStatistics(m_statistics, ageCurveOccupation);
    if (!typeFigure) {
        estimate.basis = tr("No full-time salary statistics in the database.");
        return estimate;
    }
    double base = double(typeFigure->valueLowYen);
    if (!curve.isEmpty() && overall && overall->valueLowYen > 0) {
        const AgeBandIncome &band = curve.bands.at(curve.bandIndexForAge(profile.age));
        const double ratio = double(typeFigure->valueLowYen) / double(overall->valueLowYen);
        base = double(band.annualYen) * ratio;
        QString ageNote = tr("average of people in their %1").arg(band.label);
        if (band.bucket == u"60s"_s)
            ageNote += tr("; the drop after the 50s applies to employment, not to freelance rates");
        estimate.steps.append(
            {tr("Age curve, %1").arg(band.label), double(band.annualYen), ageNote, curve.source});
        estimate.steps.append({tr("Job-type ratio"), base - double(band.annualYen),
                               tr("× %1 (full-time %2 ÷ all-age average %3)")
                                   .arg(QLocale().toString(ratio, 'f', 2),
                                        MoneyFormat::annual(typeFigure->valueLowYen),
                                        MoneyFormat::annual(overall->valueLowYen)),
                               typeFigure->source});
    } else {
        estimate.steps.append({tr("Full-time salary"), base, typeFigure->note, typeFigure->source});
    }
    const double premium = premiumFraction(EmploymentType::FullTime, card.composite.value);
    estimate.midYen = qint64(base * (1 + premium));
    estimate.steps.append(
        {tr("Composite score %1").arg(QLocale().toString(card.composite.value, 'f', 1)),
         base * premium,
         tr("%1 (50 is the average; 0 → −%2, 100 → +%3)")
             .arg(percent(premium),
                  percent(m_parameters.employmentPremium.value(EmploymentType::FullTime).below),
                  percent(m_parameters.employmentPremium.value(EmploymentType::FullTime).above)),
         parametersFile + u": employmentPremium.fulltime"_s});
    estimate.basis = tr("The age curve for your age, scaled to your job type's full-time salary "
                        "and moved by your composite score.");
    spread(estimate);
    return estimate;
}

EmploymentEstimate IncomeEstimator::hourly(EmploymentType type, const Profile &profile,
                                           const ScoreCard &card) const
{
    EmploymentEstimate estimate;
    estimate.type = type;
    const SalaryStatistic *figure =
        find(statisticsOccupation(profile.jobType), u"employment"_s, EmploymentTypes::key(type));
    if (!figure) {
        estimate.basis = tr("No statistics for this employment type in the database.");
        return estimate;
    }
    const double annual = double(m_conversion.hourlyToAnnual(figure->valueLowYen));
    estimate.steps.append({tr("Hourly wage %1").arg(MoneyFormat::hourly(figure->valueLowYen)),
                           annual,
                           tr("× %1 billable hours a month × %2 months")
                               .arg(QLocale().toString(m_conversion.billableHoursPerMonth, 'f', 0))
                               .arg(m_conversion.monthsPerYear),
                           figure->source});
    const double premium = premiumFraction(type, card.composite.value);
    estimate.midYen = qint64(annual * (1 + premium));
    estimate.steps.append(
        {tr("Composite score %1").arg(QLocale().toString(card.composite.value, 'f', 1)),
         annual * premium, percent(premium),
         parametersFile + u": employmentPremium."_s + EmploymentTypes::key(type)});
    estimate.basis = tr("The published hourly wage at your billable hours, moved by your "
                        "composite score. Hourly work has no age figures.");
    spread(estimate);
    return estimate;
}

EmploymentEstimate IncomeEstimator::freelance(const Profile &profile, const ScoreCard &card,
                                              const QList<qint64> &qualifyingRates) const
{
    EmploymentEstimate estimate;
    estimate.type = EmploymentType::Freelance;
    estimate.qualifyingListings = int(qualifyingRates.size());
    const SalaryStatistic *range =
        find(statisticsOccupation(profile.jobType), u"employment"_s, u"freelance"_s);
    if (range) {
        const double width = double(range->valueHighYen - range->valueLowYen);
        const double mid = double(range->valueLowYen) + width * card.composite.value / 100.0;
        estimate.midYen = qint64(mid);
        estimate.steps.append(
            {tr("Freelance range %1–%2")
                 .arg(MoneyFormat::annual(range->valueLowYen),
                      MoneyFormat::annual(range->valueHighYen)),
             mid,
             tr("placed at your composite score %1 of 100; no age adjustment: freelance rates "
                "are paid for skills, not age")
                 .arg(QLocale().toString(card.composite.value, 'f', 1)),
             range->source});
        spread(estimate);
    }

    const int needed = m_parameters.minimumQualifyingListings;
    if (qualifyingRates.size() < needed) {
        estimate.steps.append(
            {tr("Listings you fit: %1").arg(qualifyingRates.size()), 0,
             tr("too few to measure (%1 needed); the published range is used").arg(needed),
             parametersFile + u": freelance.minimumQualifyingListings"_s});
        estimate.basis = tr("The published freelance range, placed by your composite score.");
        return estimate;
    }
    // The best k rates: a freelancer picks from the top of what they qualify for, and a
    // fixed k keeps the figure from falling when a new skill opens cheaper listings.
    QList<qint64> best = qualifyingRates;
    std::sort(best.begin(), best.end(), std::greater<>());
    best.resize(m_parameters.topListingsConsidered);
    std::sort(best.begin(), best.end());
    const auto annual = [this](double monthly) {
        return double(m_conversion.monthlyToAnnual(m_conversion.afterMargin(qint64(monthly))));
    };
    const qint64 low = roundToMan(annual(quantile(best, 0.25)));
    const qint64 mid = roundToMan(annual(quantile(best, 0.5)));
    const qint64 high = roundToMan(annual(quantile(best, 0.75)));
    estimate.steps.append(
        {tr("Listings you fit: %1").arg(qualifyingRates.size()), double(mid),
         tr("quartiles of the best %1 monthly rates (%2 … %3) × %4 months, less a %5% agency "
            "margin")
             .arg(best.size())
             .arg(MoneyFormat::monthly(best.first()), MoneyFormat::monthly(best.last()))
             .arg(m_conversion.monthsPerYear)
             .arg(QLocale().toString(m_conversion.agencyMarginPercent, 'f', 0)),
         tr("your listing database")});
    if (mid > estimate.midYen || high > estimate.highYen || low > estimate.lowYen) {
        estimate.fromListings = true;
        estimate.lowYen = std::max(estimate.lowYen, low);
        estimate.midYen = std::max(estimate.midYen, mid);
        estimate.highYen = std::max(estimate.highYen, high);
        estimate.basis = tr("Raised by the rates of the listings you fit, above the published "
                            "freelance range.");
    } else {
        estimate.basis = tr("The published freelance range, placed by your composite score; the "
                            "listings you fit do not pay more.");
    }
    return estimate;
}
