#include "TargetSolver.h"

#include <algorithm>

namespace {
double effortOf(const QList<PlannedStep> &steps)
{
    double months = 0;
    for (const PlannedStep &step : steps)
        months += step.effortMonths;
    return months;
}
} // namespace

TargetSolver::TargetSolver(const CareerAnalysis &analysis, const RoadmapPlanner &planner)
    : m_analysis(analysis), m_planner(planner)
{
}

QList<TargetAnswer> TargetSolver::answer(const Profile &profile,
                                         const TargetQuestion &question) const
{
    QList<TargetAnswer> answers;
    for (EmploymentType type : EmploymentTypes::all())
        answers.append(answerFor(profile, question, type));
    return answers;
}

TargetSolver::Outcome TargetSolver::outcome(const Profile &profile, const RoadmapPlan &plan,
                                            const QList<PlannedStep> &steps, qint64 targetYen) const
{
    QList<RoadmapStep> changes;
    for (const PlannedStep &step : steps)
        changes.append(step.step);
    std::vector<int> qualifying;
    const AnalysisResult after =
        m_analysis.estimate(m_planner.apply(profile, changes), &qualifying);
    Outcome result;
    // In the type the user is in, income moves with the estimate from where it is (as the
    // plan projects it); in another type it is that type's estimate once the switch is made.
    if (plan.employment == profile.employment) {
        // plan.marketNowYen: the estimate for the profile as it is, made once by the planner.
        result.incomeYen =
            plan.startYen + estimateMidYen(after.estimates, plan.employment) - plan.marketNowYen;
        // A new employer pays the market's estimate for the profile, if that is more.
        const bool changesEmployer =
            std::any_of(steps.begin(), steps.end(), [](const PlannedStep &step) {
                return step.step.kind == RoadmapStepKind::ChangeEmployer;
            });
        if (changesEmployer)
            result.incomeYen =
                std::max(result.incomeYen, estimateMidYen(after.estimates, plan.employment));
    } else {
        result.incomeYen = estimateMidYen(after.estimates, plan.employment);
    }
    if (plan.employment == EmploymentType::Freelance)
        result.listings = m_planner.listingsAtTarget(qualifying, targetYen);
    return result;
}

bool TargetSolver::meets(const Outcome &outcome, qint64 targetYen, EmploymentType employment)
{
    return outcome.incomeYen >= targetYen ||
           (employment == EmploymentType::Freelance && !outcome.listings.isEmpty());
}

TargetAnswer TargetSolver::answerFor(const Profile &profile, const TargetQuestion &question,
                                     EmploymentType employment) const
{
    RoadmapOptions options;
    options.targetYen = question.targetYen;
    options.employment = employment;
    options.hoursPerWeek = question.hoursPerWeek;
    const RoadmapPlan plan = m_planner.plan(profile, options);

    TargetAnswer answer;
    answer.employment = employment;
    answer.startYen = plan.startYen;
    // A change of employment type is part of every answer in another type, taken first.
    QList<PlannedStep> required;
    QList<PlannedStep> optional;
    for (const PlannedStep &step : plan.steps) {
        if (step.step.kind == RoadmapStepKind::SwitchEmployment)
            required.append(step);
        else
            optional.append(step);
    }
    QList<PlannedStep> chosen = required;
    Outcome now = outcome(profile, plan, chosen, question.targetYen);
    if (effortOf(chosen) > question.monthsAvailable) {
        // Not even the switch fits in the time.
        answer.reachedYen = plan.startYen;
        return answer;
    }
    for (const PlannedStep &step : optional) {
        if (meets(now, question.targetYen, employment))
            break;
        if (effortOf(chosen) + step.effortMonths > question.monthsAvailable)
            continue; // does not fit in the time; a shorter one later may
        QList<PlannedStep> tried = chosen;
        tried.append(step);
        const Outcome next = outcome(profile, plan, tried, question.targetYen);
        if (next.incomeYen <= now.incomeYen && next.listings.size() <= now.listings.size())
            continue; // adds nothing on top of the steps already taken
        chosen = tried;
        now = next;
    }
    if (meets(now, question.targetYen, employment)) {
        // Drop what is not needed, the longest first.
        QList<qsizetype> order;
        for (qsizetype i = 0; i < chosen.size(); ++i)
            order.append(i);
        std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
            return chosen.at(a).effortMonths > chosen.at(b).effortMonths;
        });
        QList<bool> kept(chosen.size(), true);
        for (qsizetype index : order) {
            if (chosen.at(index).step.kind == RoadmapStepKind::SwitchEmployment)
                continue;
            kept[index] = false;
            QList<PlannedStep> rest;
            for (qsizetype i = 0; i < chosen.size(); ++i) {
                if (kept.at(i))
                    rest.append(chosen.at(i));
            }
            const Outcome without = outcome(profile, plan, rest, question.targetYen);
            if (meets(without, question.targetYen, employment))
                now = without;
            else
                kept[index] = true;
        }
        QList<PlannedStep> minimal;
        for (qsizetype i = 0; i < chosen.size(); ++i) {
            if (kept.at(i))
                minimal.append(chosen.at(i));
        }
        chosen = minimal;
        answer.reachable = true;
        answer.throughListings = now.incomeYen < question.targetYen;
    }
    answer.steps = chosen;
    answer.months = effortOf(chosen);
    answer.reachedYen = now.incomeYen;
    answer.listings = now.listings.mid(0, 5);
    return answer;
}
