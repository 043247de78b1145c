#include "IncomeEstimator.h"

#include "MoneyFormat.h"
#include "market/CensusAgeCurve.h"

#include <QLocale>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {
const QString parametersFile = u"data/model_parameters.json"_s;

qint64 roundToMan(double yen)
{
    return std::llround(yen / 10'000.0) * 10'000; // estimates are shown in 万円
}

QString percent(double fraction)
{
    return QLocale().toString(fraction * 100.0, 'f', 1) + u'%';
}

// The census band an age falls in ("40-44"); under 20 → 20-24, 70 and over → 65-69.
QString censusBand(int age)
{
    const int start = std::clamp(age / 5 * 5, 20, 65);
    return u"%1-%2"_s.arg(start).arg(start + 4);
}
} // namespace

qint64 estimateMidYen(const QList<EmploymentEstimate> &estimates, EmploymentType type)
{
    for (const EmploymentEstimate &estimate : estimates) {
        if (estimate.type == type)
            return estimate.midYen;
    }
    return 0;
}

IncomeEstimator::IncomeEstimator(const ModelParameters &parameters, const MarketPack &pack,
                                 const SkillCatalogue &catalogue, const SkillMarketValues &values,
                                 const RateConversion &conversion)
    : m_parameters(parameters), m_pack(pack),
      m_publishedRate(catalogue, parameters, values, pack.label()), m_conversion(conversion)
{
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

QList<EmploymentEstimate> IncomeEstimator::estimate(const Profile &profile,
                                                    const ResolvedSkills &skills,
                                                    const ScoreCard &card,
                                                    const QList<qint64> &qualifyingRates) const
{
    return {fullTime(profile, card), freelance(skills, card, qualifyingRates),
            hourly(EmploymentType::Dispatch, profile, card),
            hourly(EmploymentType::PartTime, profile, card)};
}

EmploymentEstimate IncomeEstimator::fullTime(const Profile &profile, const ScoreCard &card) const
{
    EmploymentEstimate estimate;
    estimate.type = EmploymentType::FullTime;
    const QString occupation = m_parameters.fullTimeOccupation.value(profile.jobType);
    const CensusAgeCurve curve = CensusAgeCurve::fromPack(m_pack, occupation);
    if (curve.isEmpty()) {
        estimate.basis = tr("The market data has no wage census figures for %1.")
                             .arg(CensusAgeCurve::occupationName(occupation));
        return estimate;
    }
    const double base = curve.valueAt(profile.age);
    const auto [below, above] = curve.around(profile.age);
    const QString where =
        below == above
            ? tr("the %1 band: %2").arg(below->band, MoneyFormat::annual(qint64(below->annualYen)))
            : tr("between the %1 band (%2) and the %3 band (%4)")
                  .arg(below->band, MoneyFormat::annual(qint64(below->annualYen)), above->band,
                       MoneyFormat::annual(qint64(above->annualYen)));
    QString reason =
        tr("%1; annual pay derived as monthly pay × 12 + bonus; all company sizes").arg(where);
    if (profile.age >= 60)
        reason += tr("; the drop after 60 applies to employment (re-employment on new terms), "
                     "not to freelance rates");
    estimate.steps.append({tr("Wage census, %1, age %2")
                               .arg(CensusAgeCurve::occupationName(occupation))
                               .arg(profile.age),
                           base, reason, below->source->citation() + u"; "_s + m_pack.label()});
    const double premium = premiumFraction(EmploymentType::FullTime, card.composite.value);
    estimate.midYen = qint64(base * (1 + premium));
    estimate.steps.append(
        {tr("Composite score %1").arg(QLocale().toString(card.composite.value, 'f', 1)),
         base * premium,
         tr("%1 (50 is the census average; 0 → −%2, 100 → +%3)")
             .arg(percent(premium),
                  percent(m_parameters.employmentPremium.value(EmploymentType::FullTime).below),
                  percent(m_parameters.employmentPremium.value(EmploymentType::FullTime).above)),
         parametersFile + u": employmentPremium.fulltime"_s});
    estimate.basis = tr("The %1 wage census (%2) for your age and job type, moved by your "
                        "composite score.")
                         .arg(below->source->year, below->source->publisher);
    spread(estimate);
    return estimate;
}

EmploymentEstimate IncomeEstimator::hourly(EmploymentType type, const Profile &profile,
                                           const ScoreCard &card) const
{
    EmploymentEstimate estimate;
    estimate.type = type;
    const MarketFigure *figure =
        type == EmploymentType::Dispatch
            ? m_pack.find(u"hourly"_s, m_parameters.dispatchHourlyKey)
            : m_pack.find(u"hourly"_s, m_parameters.partTimeHourlyPrefix + censusBand(profile.age));
    if (type == EmploymentType::PartTime && !figure)
        figure = m_pack.find(u"hourly"_s, m_parameters.partTimeHourlyPrefix + u"total"_s);
    if (!figure || figure->unit != u"円/時"_s) {
        estimate.basis = tr("The market data has no hourly figure for this employment type.");
        return estimate;
    }
    const qint64 hourlyYen = qint64(figure->value);
    const double annual = double(m_conversion.hourlyToAnnual(hourlyYen));
    estimate.steps.append({tr("Hourly pay %1").arg(MoneyFormat::hourly(hourlyYen)), annual,
                           tr("× %1 billable hours a month × %2 months")
                               .arg(QLocale().toString(m_conversion.billableHoursPerMonth, 'f', 0))
                               .arg(m_conversion.monthsPerYear),
                           figure->citation() + u"; "_s + m_pack.label()});
    const double premium = premiumFraction(type, card.composite.value);
    estimate.midYen = qint64(annual * (1 + premium));
    estimate.steps.append(
        {tr("Composite score %1").arg(QLocale().toString(card.composite.value, 'f', 1)),
         annual * premium, percent(premium),
         parametersFile + u": employmentPremium."_s + EmploymentTypes::key(type)});
    estimate.basis = type == EmploymentType::Dispatch
                         ? tr("The advertised hourly wage of IT dispatch work at your billable "
                              "hours, moved by your composite score.")
                         : tr("The census hourly pay of part-time workers in information and "
                              "communications at your age, at your billable hours, moved by "
                              "your composite score.");
    spread(estimate);
    return estimate;
}

double IncomeEstimator::blendedMonthly(double publishedMonthly, double priorListings,
                                       QList<qint64> rates, int *counted)
{
    std::sort(rates.begin(), rates.end(), std::greater<>());
    double sum = priorListings * publishedMonthly;
    double best = publishedMonthly;
    int taken = 0;
    for (qsizetype i = 0; i < rates.size(); ++i) {
        sum += double(rates.at(i));
        const double blend = sum / (priorListings + double(i + 1));
        if (blend <= best)
            break; // every further rate is lower still: the blend only falls from here
        best = blend;
        taken = int(i) + 1;
    }
    if (counted)
        *counted = taken;
    return best;
}

EmploymentEstimate IncomeEstimator::freelance(const ResolvedSkills &skills, const ScoreCard &card,
                                              const QList<qint64> &qualifyingRates) const
{
    EmploymentEstimate estimate;
    estimate.type = EmploymentType::Freelance;
    estimate.qualifyingListings = int(qualifyingRates.size());
    const PublishedRate published = m_publishedRate.rate(skills, card);
    if (published.monthlyYen <= 0) {
        estimate.basis = tr("The market data has no freelance rates.");
        return estimate;
    }
    const auto annual = [this](double monthly) {
        return double(m_conversion.monthlyToAnnual(m_conversion.afterMargin(qint64(monthly))));
    };
    for (const Contribution &step : published.contributions)
        estimate.steps.append({step.input, annual(step.amount), step.reason, step.source});
    estimate.publishedYen = roundToMan(annual(published.monthlyYen));
    estimate.steps.append({tr("Published rate for your skills: %1")
                               .arg(MoneyFormat::monthly(qint64(published.monthlyYen))),
                           double(estimate.publishedYen),
                           tr("× %1 billed months, less a %2% agency margin")
                               .arg(m_conversion.monthsPerYear)
                               .arg(QLocale().toString(m_conversion.agencyMarginPercent, 'f', 0)),
                           m_pack.label()});

    const double prior = m_parameters.freelance.priorListings;
    int counted = 0;
    const double blended = blendedMonthly(published.monthlyYen, prior, qualifyingRates, &counted);
    estimate.listingsCounted = counted;
    estimate.midYen = roundToMan(annual(blended));
    if (qualifyingRates.isEmpty()) {
        estimate.steps.append({tr("Listings you qualify for: none with a rate"), 0,
                               tr("the published rate stands alone"), tr("your listing database")});
        estimate.basis = tr("The published rates of your skills (%1); no listing you qualify "
                            "for states a rate yet.")
                             .arg(m_pack.label());
    } else if (counted == 0) {
        estimate.steps.append(
            {tr("Listings you qualify for: %1").arg(qualifyingRates.size()), 0,
             tr("none pays more than the published rate, so none raises it (listings paying "
                "less never lower it: you would choose the better-paid work)"),
             tr("your listing database")});
        estimate.basis = tr("The published rates of your skills (%1); the listings you qualify "
                            "for (%2) pay less.")
                             .arg(m_pack.label())
                             .arg(qualifyingRates.size());
    } else {
        estimate.fromListings = true;
        QList<qint64> best = qualifyingRates;
        std::sort(best.begin(), best.end(), std::greater<>());
        estimate.steps.append(
            {tr("Listings you qualify for: the best-paid %1 of %2")
                 .arg(counted)
                 .arg(qualifyingRates.size()),
             double(estimate.midYen - estimate.publishedYen),
             tr("%1 … %2 a month, blended with the published rate counted as %3 listings: "
                "%4 a month")
                 .arg(MoneyFormat::monthly(best.at(counted - 1)),
                      MoneyFormat::monthly(best.first()), QLocale().toString(prior, 'f', 0),
                      MoneyFormat::monthly(qint64(blended))),
             tr("your listing database; %1: freelance.priorListings").arg(parametersFile)});
        estimate.basis =
            tr("The published rates of your skills (%1), raised by %2 by the "
               "listings you qualify for: the best-paid %3 of %4.")
                .arg(m_pack.label(), MoneyFormat::annual(estimate.midYen - estimate.publishedYen))
                .arg(counted)
                .arg(qualifyingRates.size());
    }
    spread(estimate);
    return estimate;
}
