#pragma once

#include "CareerAnalysis.h"
#include "DatedProfile.h"
#include "RoadmapPlan.h"

#include <QDateTime>
#include <QList>

// One point of a plan as the user started it: months from the start and the projected
// annual income then. Kept in the database so later progress is drawn against it.
struct PlannedPoint
{
    double months = 0;
    qint64 yen = 0;

    bool operator==(const PlannedPoint &) const = default;
};

struct ProjectionPoint
{
    QDateTime when;
    qint64 yen = 0;
};

// Planned against actual: the plan's projected income over time from the day it was
// started, the model's estimate of each saved profile (re-scored with today's model, in the
// plan's employment type), the income the user entered in each, and the target.
struct IncomeProjection
{
    EmploymentType employment = EmploymentType::FullTime;
    qint64 targetYen = 0;
    QList<ProjectionPoint> planned;
    QList<ProjectionPoint> estimated;
    QList<ProjectionPoint> entered;

    // The start (month 0, the plan's starting income) and the income after each step.
    static QList<PlannedPoint> plannedPoints(const RoadmapPlan &plan);
    static IncomeProjection build(const CareerAnalysis &analysis, EmploymentType employment,
                                  qint64 targetYen, const QDateTime &start,
                                  const QList<PlannedPoint> &planned,
                                  const QList<DatedProfile> &history);
    static QDateTime afterMonths(const QDateTime &start, double months);
};
