#include "charts/ChartContent.h"

#include "charts/EmploymentChartView.h"
#include "charts/IncomeByAgeChartView.h"
#include "charts/ListingRatesChartView.h"
#include "charts/SkillRadarChartView.h"
#include "core/EmploymentComparison.h"
#include "core/IncomeByAge.h"
#include "core/market/CensusAgeCurve.h"
#include "services/AnalysisService.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace ChartContent {

namespace {
// MHLW's curve for web-service systems engineers, the occupation backend engineers are
// counted under; the only age curve the sources publish.
const QString ageCurveOccupation = u"se-web"_s;
} // namespace

void fillIncomeByAge(IncomeByAgeChartView &view, const AnalysisService &analysis)
{
    const auto &result = analysis.result();
    if (!result)
        return;
    const Profile &profile = analysis.effectiveProfile();
    qint64 fullTimeEstimate = 0;
    for (const EmploymentEstimate &estimate : result->estimates) {
        if (estimate.type == EmploymentType::FullTime)
            fullTimeEstimate = estimate.midYen;
    }
    const MarketData &data = analysis.data();
    view.setCurves(CensusAgeCurve::fromPack(
                       data.pack, data.parameters.fullTimeOccupation.value(profile.jobType)),
                   IncomeByAge::fromPack(data.pack, ageCurveOccupation), data.pack.label());
    view.setProfile(profile, fullTimeEstimate);
}

void fillEmployment(EmploymentChartView &view, const AnalysisService &analysis, bool followJobType)
{
    const auto &result = analysis.result();
    if (!result)
        return;
    if (followJobType)
        view.setOccupation(
            EmploymentComparison::statisticsOccupation(analysis.effectiveProfile().jobType));
    // The estimates are the user's own, for their job type; the published bars follow the
    // occupation chosen on the chart.
    view.setComparison(EmploymentComparison::build(analysis.data().statistics, view.occupation(),
                                                   analysis.conversion(), result->estimates));
}

void fillSkillAreas(SkillRadarChartView &view, const AnalysisService &analysis)
{
    if (const auto &result = analysis.result())
        view.setScoreCard(result->card);
}

void fillListingRates(ListingRatesChartView &view, const AnalysisService &analysis,
                      const QHash<QString, QString> &workKindNames)
{
    const auto &result = analysis.result();
    if (!result)
        return;
    QSet<qint64> qualifying;
    const ListingSet &listings = analysis.data().listings;
    const double threshold = analysis.data().parameters.qualifyingFit;
    for (const RankedListing &ranked : result->ranking) {
        if (ranked.fit >= threshold)
            qualifying.insert(listings.id(ranked.index));
    }
    view.setListings(listings, qualifying, workKindNames, analysis.data().catalogue, threshold);
}

DrawnChart draw(Kind kind, const AnalysisService &analysis,
                const QHash<QString, QString> &workKindNames)
{
    switch (kind) {
    case Kind::IncomeByAge: {
        auto view = std::make_unique<IncomeByAgeChartView>();
        fillIncomeByAge(*view, analysis);
        QChartView *chart = view->chartView();
        return {std::move(view), chart};
    }
    case Kind::Employment: {
        auto view = std::make_unique<EmploymentChartView>();
        fillEmployment(*view, analysis, true);
        QChartView *chart = view->chartView();
        return {std::move(view), chart};
    }
    case Kind::SkillAreas: {
        auto view = std::make_unique<SkillRadarChartView>();
        fillSkillAreas(*view, analysis);
        QChartView *chart = view->chartView();
        return {std::move(view), chart};
    }
    case Kind::ListingRates: {
        auto view = std::make_unique<ListingRatesChartView>();
        fillListingRates(*view, analysis, workKindNames);
        QChartView *chart = view->chartView();
        return {std::move(view), chart};
    }
    }
    return {};
}

} // namespace ChartContent
