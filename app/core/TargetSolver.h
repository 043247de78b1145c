#pragma once

#include "CareerAnalysis.h"
#include "RoadmapPlanner.h"
#include "TargetQuestion.h"

// Answers the reverse question for each employment type. The candidate steps are the plan's
// for that type; they are taken in the plan's order (gain per month of effort) while they fit
// in the time, until the target is met; then each step is dropped, largest effort first,
// wherever the rest still meet it. What remains is the smallest set by effort this greedy
// search finds; it is not guaranteed to be the global minimum (the steps interact through
// the model), and the answer says which steps and months it needs.
class TargetSolver
{
public:
    TargetSolver(const CareerAnalysis &analysis, const RoadmapPlanner &planner);

    QList<TargetAnswer> answer(const Profile &profile, const TargetQuestion &question) const;
    TargetAnswer answerFor(const Profile &profile, const TargetQuestion &question,
                           EmploymentType employment) const;

private:
    struct Outcome
    {
        qint64 incomeYen = 0;
        QList<ListingAtTarget> listings;
    };
    Outcome outcome(const Profile &profile, const RoadmapPlan &plan,
                    const QList<PlannedStep> &steps, qint64 targetYen) const;
    static bool meets(const Outcome &outcome, qint64 targetYen, EmploymentType employment);

    const CareerAnalysis &m_analysis;
    const RoadmapPlanner &m_planner;
};
