#pragma once

#include "EmploymentType.h"
#include "RoadmapStep.h"

#include <QList>
#include <QMap>
#include <QString>

// One step of the plan with what re-scoring the changed profile says about it.
struct PlannedStep
{
    RoadmapStep step;
    QString title;
    QString route;
    // Estimated annual income gain (mid of the range) per employment type when this step
    // alone is taken. Skill steps have every type; a route step only the type it leads to,
    // measured from the user's income now.
    QMap<EmploymentType, qint64> gainYen;
    qint64 gainInPlanYen = 0; // the gain in the plan's employment type: what orders the steps
    int newListings = 0;      // listings the step alone newly qualifies the user for
    qint64 newListingsRateMinYen = -1; // their monthly rates; -1 when none states a rate
    qint64 newListingsRateMaxYen = -1;
    double effortMonths = 0;
    double gainPerMonthYen = 0;
    // Taking the steps in order: the income after this one and every step before it, what
    // this step adds on top of them, and the months from today when it is done.
    qint64 projectedYen = 0;
    qint64 marginalGainYen = 0;
    double monthsFromStart = 0;
};

// The ordered steps toward a target income and an honest account of whether they reach it.
struct RoadmapPlan
{
    qint64 targetYen = 0; // 0: no target set
    EmploymentType employment = EmploymentType::FullTime;
    bool employmentChosenByModel = false; // "any": the type with the highest estimate now
    double hoursPerWeek = 0;
    qint64 startYen = 0;               // the income the plan starts from
    bool startIsEnteredIncome = false; // else the model's estimate for the current type
    qint64 marketNowYen = 0;           // the estimate now in the plan's employment type
    QList<PlannedStep> steps;          // by gain per month of effort, highest first
    qint64 finalYen = 0;               // after every step
    int stepsToTarget = -1;            // steps needed (0: already there); -1: not reached
    double monthsToTarget = 0;

    bool hasTarget() const { return targetYen > 0; }
    bool reachesTarget() const { return hasTarget() && stepsToTarget >= 0; }
    qint64 shortfallYen() const
    {
        return reachesTarget() ? 0 : std::max<qint64>(0, targetYen - finalYen);
    }
};
