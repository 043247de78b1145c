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

// A listing in the database paying the target or more that the plan's profile qualifies for.
struct ListingAtTarget
{
    int index = 0; // position in MarketData::listings
    qint64 listingId = 0;
    QString title;
    qint64 monthlyYen = 0; // the listing's representative monthly rate
    qint64 annualYen = 0;  // × billed months, less the agency margin
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
    // Listings at or above the target that the profile qualifies for after every step (best
    // paid first, at most five) and how many there are; the step after which the first one
    // qualifies (0: already now; -1: none).
    QList<ListingAtTarget> listingsAtTarget;
    int listingsAtTargetCount = 0;
    // The listings at the target the profile qualifies for at the step where the first one
    // does (best paid first, at most five): what "within reach after step N" names.
    QList<ListingAtTarget> firstListingsAtTarget;
    int stepsToListingAtTarget = -1;
    double monthsToListingAtTarget = 0;

    bool hasTarget() const { return targetYen > 0; }
    bool reachesTarget() const { return hasTarget() && stepsToTarget >= 0; }
    // The estimate may stay below the target while listings the user would qualify for pay
    // it: the target is then reachable through them, and the plan says so.
    bool reachableThroughListings() const
    {
        return hasTarget() && !reachesTarget() && stepsToListingAtTarget >= 0;
    }
    qint64 shortfallYen() const
    {
        return reachesTarget() || reachableThroughListings()
                   ? 0
                   : std::max<qint64>(0, targetYen - finalYen);
    }
};
