#pragma once

#include "CareerAnalysis.h"
#include "RoadmapCandidates.h"
#include "RoadmapEffort.h"
#include "RoadmapPlan.h"

#include <optional>

struct RoadmapOptions
{
    qint64 targetYen = 0;
    std::optional<EmploymentType> employment; // empty: any
    double hoursPerWeek = 6;
    bool allAreas = false; // a frontend or full-stack route: every area's skills offered
};

// Plans the way from a profile to a target income. Each candidate step is applied to a copy
// of the profile and the copy re-scored by the model: the gain is the change of the estimate,
// the new listings the change of the qualifying set. Steps are ordered by gain per month of
// effort; then they are taken in that order to see where they lead and when.
class RoadmapPlanner
{
public:
    RoadmapPlanner(const CareerAnalysis &analysis, const RoadmapEffort &effort);

    RoadmapPlan plan(const Profile &profile, const RoadmapOptions &options) const;

    // The profile with the given steps taken, in order (for what-if and "done" updates).
    Profile apply(const Profile &profile, const QList<RoadmapStep> &steps) const;

    // The qualifying listings (positions, ascending) paying the target or more, best first.
    QList<ListingAtTarget> listingsAtTarget(const std::vector<int> &qualifying,
                                            qint64 targetYen) const;

    // The ordering rule: gain per month first, then new listings, then less effort, then id.
    static bool ranksBefore(const PlannedStep &a, const PlannedStep &b);

private:
    void evaluate(PlannedStep &planned, const Profile &profile, const AnalysisResult &before,
                  const std::vector<int> &qualifyingBefore, const RoadmapPlan &plan) const;
    // start and qualifyingAtStart: the analysis of the profile as it is, already made by plan().
    void project(RoadmapPlan &plan, const Profile &profile, const AnalysisResult &start,
                 const std::vector<int> &qualifyingAtStart) const;

    const CareerAnalysis &m_analysis;
    const RoadmapEffort &m_effort;
    RoadmapCandidates m_candidates;
};
