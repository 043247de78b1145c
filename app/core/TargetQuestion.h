#pragma once

#include "EmploymentType.h"
#include "RoadmapPlan.h"

#include <QList>

// "What does it take to reach X by age Y (or within N months)?"
struct TargetQuestion
{
    qint64 targetYen = 0;
    double monthsAvailable = 0; // by age Y: (Y − age) × 12
    double hoursPerWeek = 6;
};

// The answer for one employment type: the smallest set of steps (by effort) found that
// reaches the target within the time, or the closest the time allows.
struct TargetAnswer
{
    EmploymentType employment = EmploymentType::FullTime;
    bool reachable = false;
    bool throughListings = false; // reached by listings that pay the target, not the estimate
    QList<PlannedStep> steps;     // in the order they are taken
    double months = 0;            // their effort, one after another
    qint64 startYen = 0;
    qint64 reachedYen = 0;           // the estimate (or income) after the steps
    QList<ListingAtTarget> listings; // when through listings: the best-paid ones
};
