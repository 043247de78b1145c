#pragma once

#include <QHash>
#include <QString>
#include <memory>

class AnalysisService;
class EmploymentChartView;
class IncomeByAgeChartView;
class ListingRatesChartView;
class QChartView;
class QWidget;
class SkillRadarChartView;

// What each chart shows, taken from the analysis. The charts page, the `chart` command and
// the PDF report all fill their views here, so each builds only the views it draws and the
// three cannot drift apart.
namespace ChartContent {

enum class Kind
{
    IncomeByAge,
    Employment,
    SkillAreas,
    ListingRates
};

// The census curve for the user's occupation, job tag's curve and the user placed on them.
void fillIncomeByAge(IncomeByAgeChartView &view, const AnalysisService &analysis);
// Published pay per employment type beside the user's estimates; followJobType first picks
// the occupation that matches the profile's job type (else the one chosen on the chart stays).
void fillEmployment(EmploymentChartView &view, const AnalysisService &analysis, bool followJobType);
void fillSkillAreas(SkillRadarChartView &view, const AnalysisService &analysis);
// The listings' rates, those the profile qualifies for marked.
void fillListingRates(ListingRatesChartView &view, const AnalysisService &analysis,
                      const QHash<QString, QString> &workKindNames);

// One chart alone: its widget (with any controls it has), filled, and the chart view in it.
struct DrawnChart
{
    std::unique_ptr<QWidget> widget;
    QChartView *view = nullptr;
};
DrawnChart draw(Kind kind, const AnalysisService &analysis,
                const QHash<QString, QString> &workKindNames);

} // namespace ChartContent
