#include "IncomeProjection.h"

#include <cmath>

QList<PlannedPoint> IncomeProjection::plannedPoints(const RoadmapPlan &plan)
{
    QList<PlannedPoint> points{{0, plan.startYen}};
    for (const PlannedStep &step : plan.steps)
        points.append({step.monthsFromStart, step.projectedYen});
    return points;
}

QDateTime IncomeProjection::afterMonths(const QDateTime &start, double months)
{
    // A mean month (365.25 / 12 days): effort months are estimates, not calendar months.
    return start.addSecs(qint64(std::llround(months * 30.4375 * 24 * 3600)));
}

IncomeProjection IncomeProjection::build(const CareerAnalysis &analysis, EmploymentType employment,
                                         qint64 targetYen, const QDateTime &start,
                                         const QList<PlannedPoint> &planned,
                                         const QList<DatedProfile> &history)
{
    IncomeProjection projection;
    projection.employment = employment;
    projection.targetYen = targetYen;
    if (start.isValid()) {
        for (const PlannedPoint &point : planned)
            projection.planned.append({afterMonths(start, point.months), point.yen});
    }
    for (const DatedProfile &entry : history) {
        const AnalysisResult result = analysis.estimate(entry.profile);
        for (const EmploymentEstimate &estimate : result.estimates) {
            if (estimate.type == employment)
                projection.estimated.append({entry.savedAt, estimate.midYen});
        }
        if (entry.profile.annualIncomeYen > 0)
            projection.entered.append({entry.savedAt, entry.profile.annualIncomeYen});
    }
    return projection;
}
