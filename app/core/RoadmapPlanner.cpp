#include "RoadmapPlanner.h"

#include <algorithm>
#include <iterator>

RoadmapPlanner::RoadmapPlanner(const CareerAnalysis &analysis, const RoadmapEffort &effort)
    : m_analysis(analysis), m_effort(effort),
      m_candidates(analysis.data(), effort, analysis.skillValues(), analysis.fitter())
{
}

bool RoadmapPlanner::ranksBefore(const PlannedStep &a, const PlannedStep &b)
{
    if (a.gainPerMonthYen != b.gainPerMonthYen)
        return a.gainPerMonthYen > b.gainPerMonthYen;
    if (a.newListings != b.newListings)
        return a.newListings > b.newListings;
    if (a.effortMonths != b.effortMonths)
        return a.effortMonths < b.effortMonths;
    return a.step.id < b.step.id;
}

Profile RoadmapPlanner::apply(const Profile &profile, const QList<RoadmapStep> &steps) const
{
    Profile changed = profile;
    for (const RoadmapStep &step : steps)
        changed = step.applyTo(changed, m_analysis.data().catalogue);
    return changed;
}

RoadmapPlan RoadmapPlanner::plan(const Profile &profile, const RoadmapOptions &options) const
{
    std::vector<int> qualifyingBefore;
    const AnalysisResult before = m_analysis.estimate(profile, &qualifyingBefore);

    RoadmapPlan plan;
    plan.targetYen = std::max<qint64>(0, options.targetYen);
    plan.hoursPerWeek =
        options.hoursPerWeek > 0 ? options.hoursPerWeek : m_effort.defaultHoursPerWeek;
    plan.startIsEnteredIncome = profile.annualIncomeYen > 0;
    plan.startYen = plan.startIsEnteredIncome
                        ? profile.annualIncomeYen
                        : estimateMidYen(before.estimates, profile.employment);
    if (options.employment) {
        plan.employment = *options.employment;
    } else {
        // "Any": plan in the type that pays best, where the current type counts at what the
        // user earns if that is more than the model's estimate: never plan a pay cut.
        plan.employment = profile.employment;
        plan.employmentChosenByModel = true;
        qint64 best = std::max(plan.startYen, estimateMidYen(before.estimates, profile.employment));
        const bool freelanceOpen =
            double(profile.experienceYears) >= m_effort.freelanceMinimumExperienceYears;
        for (const EmploymentEstimate &estimate : before.estimates) {
            if (estimate.type == EmploymentType::Freelance && !freelanceOpen &&
                profile.employment != EmploymentType::Freelance)
                continue; // listings ask for years of practice first
            if (estimate.type != profile.employment && estimate.midYen > best) {
                best = estimate.midYen;
                plan.employment = estimate.type;
            }
        }
    }
    plan.marketNowYen = estimateMidYen(before.estimates, plan.employment);

    const QList<RoadmapStep> candidates =
        m_candidates.generate(profile, before.skills, plan.employment, options.allAreas);
    for (const RoadmapStep &step : candidates) {
        PlannedStep planned;
        planned.step = step;
        planned.title = step.title(m_analysis.data().catalogue);
        planned.route = step.routeName();
        planned.effortMonths = step.effortMonths(plan.hoursPerWeek, m_effort.weeksPerMonth);
        evaluate(planned, profile, before, qualifyingBefore, plan);
        const bool required = step.kind == RoadmapStepKind::SwitchEmployment;
        if (!required && planned.gainInPlanYen <= 0 && planned.newListings == 0)
            continue; // changes nothing the model can see
        planned.gainPerMonthYen =
            double(planned.gainInPlanYen) / std::max(planned.effortMonths, 0.1);
        plan.steps.append(planned);
    }
    std::stable_sort(plan.steps.begin(), plan.steps.end(), ranksBefore);
    project(plan, profile, before, qualifyingBefore);
    return plan;
}

void RoadmapPlanner::evaluate(PlannedStep &planned, const Profile &profile,
                              const AnalysisResult &before,
                              const std::vector<int> &qualifyingBefore,
                              const RoadmapPlan &plan) const
{
    const RoadmapStep &step = planned.step;
    if (step.kind == RoadmapStepKind::ChangeEmployer) {
        // Only an income below the market estimate for the same skills can be closed by a move.
        const qint64 gap =
            plan.startIsEnteredIncome
                ? estimateMidYen(before.estimates, EmploymentType::FullTime) - plan.startYen
                : 0;
        planned.gainYen.insert(EmploymentType::FullTime, gap);
        planned.gainInPlanYen = gap;
        return;
    }
    if (step.kind == RoadmapStepKind::SwitchEmployment) {
        const qint64 gain = estimateMidYen(before.estimates, step.employment) - plan.startYen;
        planned.gainYen.insert(step.employment, gain);
        planned.gainInPlanYen = gain;
        return;
    }
    std::vector<int> qualifyingAfter;
    const AnalysisResult after =
        m_analysis.estimate(step.applyTo(profile, m_analysis.data().catalogue), &qualifyingAfter);
    for (EmploymentType type : EmploymentTypes::all())
        planned.gainYen.insert(type, estimateMidYen(after.estimates, type) -
                                         estimateMidYen(before.estimates, type));
    planned.gainInPlanYen = planned.gainYen.value(plan.employment);

    std::vector<int> added;
    std::set_difference(qualifyingAfter.begin(), qualifyingAfter.end(), qualifyingBefore.begin(),
                        qualifyingBefore.end(), std::back_inserter(added));
    planned.newListings = int(added.size());
    for (int index : added) {
        const qint64 rate = m_analysis.fitter().monthlyRate(index);
        if (rate <= 0)
            continue;
        if (planned.newListingsRateMinYen < 0 || rate < planned.newListingsRateMinYen)
            planned.newListingsRateMinYen = rate;
        planned.newListingsRateMaxYen = std::max(planned.newListingsRateMaxYen, rate);
    }
}

QList<ListingAtTarget> RoadmapPlanner::listingsAtTarget(const std::vector<int> &qualifying,
                                                        qint64 targetYen) const
{
    const RateConversion &conversion = m_analysis.conversion();
    QList<ListingAtTarget> found;
    for (int index : qualifying) {
        const qint64 monthly = m_analysis.fitter().monthlyRate(index);
        if (monthly <= 0)
            continue;
        const qint64 annual = conversion.monthlyToAnnual(conversion.afterMargin(monthly));
        if (annual < targetYen)
            continue;
        const ListingSet &listings = m_analysis.data().listings;
        found.append({index, listings.id(index), listings.title(index), monthly, annual});
    }
    std::sort(found.begin(), found.end(), [](const ListingAtTarget &a, const ListingAtTarget &b) {
        return a.monthlyYen != b.monthlyYen ? a.monthlyYen > b.monthlyYen
                                            : a.listingId < b.listingId;
    });
    return found;
}

void RoadmapPlanner::project(RoadmapPlan &plan, const Profile &profile, const AnalysisResult &start,
                             const std::vector<int> &qualifyingAtStart) const
{
    // Until a route step is taken, skills pay where the user is now: the current type's
    // estimate moves and the user's income moves with it. After the route step (or from the
    // start, when none is needed) the income is the plan type's estimate.
    const bool routeNeeded = std::any_of(plan.steps.begin(), plan.steps.end(),
                                         [](const PlannedStep &s) { return s.step.isRoute(); });
    bool routeTaken = !routeNeeded;
    std::vector<int> qualifying = qualifyingAtStart;
    QList<ListingAtTarget> atTarget =
        plan.hasTarget() ? listingsAtTarget(qualifying, plan.targetYen) : QList<ListingAtTarget>{};
    plan.stepsToListingAtTarget = atTarget.isEmpty() ? -1 : 0;
    plan.firstListingsAtTarget = atTarget.mid(0, 5);
    const EmploymentType currentType = profile.employment;
    Profile cumulative = profile;
    qint64 previous = plan.startYen;
    double months = 0;
    plan.stepsToTarget = plan.hasTarget() && plan.startYen >= plan.targetYen ? 0 : -1;
    plan.monthsToTarget = 0;
    for (qsizetype i = 0; i < plan.steps.size(); ++i) {
        PlannedStep &planned = plan.steps[i];
        cumulative = planned.step.applyTo(cumulative, m_analysis.data().catalogue);
        const AnalysisResult now = m_analysis.estimate(cumulative, &qualifying);
        if (planned.step.isRoute())
            routeTaken = true;
        const qint64 projected = routeTaken && routeNeeded
                                     ? estimateMidYen(now.estimates, plan.employment)
                                     : plan.startYen + estimateMidYen(now.estimates, currentType) -
                                           estimateMidYen(start.estimates, currentType);
        months += planned.effortMonths;
        planned.projectedYen = projected;
        planned.marginalGainYen = projected - previous;
        planned.monthsFromStart = months;
        previous = projected;
        if (plan.stepsToTarget < 0 && plan.hasTarget() && projected >= plan.targetYen) {
            plan.stepsToTarget = int(i) + 1;
            plan.monthsToTarget = months;
        }
        if (plan.hasTarget()) {
            atTarget = listingsAtTarget(qualifying, plan.targetYen);
            if (plan.stepsToListingAtTarget < 0 && !atTarget.isEmpty()) {
                plan.stepsToListingAtTarget = int(i) + 1;
                plan.monthsToListingAtTarget = months;
                plan.firstListingsAtTarget = atTarget.mid(0, 5);
            }
        }
    }
    plan.finalYen = previous;
    plan.listingsAtTargetCount = int(atTarget.size());
    plan.listingsAtTarget = atTarget.mid(0, 5);
}
