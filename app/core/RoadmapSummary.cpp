#include "RoadmapSummary.h"

#include "MoneyFormat.h"

#include <QLocale>
#include <QStringList>

using namespace Qt::StringLiterals;
#include <cmath>

QString RoadmapSummary::heading(const RoadmapPlan &plan)
{
    const QString type = EmploymentTypes::displayName(plan.employment);
    if (!plan.hasTarget())
        return plan.employmentChosenByModel
                   ? tr("Roadmap as %1 (the highest estimate for your profile)").arg(type)
                   : tr("Roadmap as %1").arg(type);
    return plan.employmentChosenByModel
               ? tr("Roadmap to %1 as %2 (the highest estimate for your profile)")
                     .arg(MoneyFormat::annual(plan.targetYen), type)
               : tr("Roadmap to %1 as %2").arg(MoneyFormat::annual(plan.targetYen), type);
}

QString RoadmapSummary::start(const RoadmapPlan &plan)
{
    const QString now = MoneyFormat::annual(plan.startYen);
    const QString market = MoneyFormat::annual(plan.marketNowYen);
    const QString type = EmploymentTypes::displayName(plan.employment);
    return plan.startIsEnteredIncome
               ? tr("Starts from %1, the income you entered; the model's estimate for your "
                    "profile as %2 is %3 today.")
                     .arg(now, type, market)
               : tr("Starts from %1, the model's estimate for your profile (no income entered); "
                    "as %2 it is %3 today.")
                     .arg(now, type, market);
}

QString RoadmapSummary::verdict(const RoadmapPlan &plan)
{
    if (!plan.hasTarget())
        return tr("No target income set: type one above (for example 10,000,000 yen a year) to "
                  "plan toward it. Taking every step leads to about %1.")
            .arg(MoneyFormat::annual(plan.finalYen));
    const QString target = MoneyFormat::annual(plan.targetYen);
    if (plan.stepsToTarget == 0)
        return tr("You are at %1 already: at or above the target of %2.")
            .arg(MoneyFormat::annual(plan.startYen), target);
    if (plan.reachesTarget()) {
        QString text =
            tr("Reaches %1 with step %2, after %3 if the steps are taken one after another.")
                .arg(target)
                .arg(plan.stepsToTarget)
                .arg(months(plan.monthsToTarget));
        if (plan.stepsToListingAtTarget == 0 && !plan.firstListingsAtTarget.isEmpty())
            text += u' ' +
                    tr("You qualify already for listings in your database that pay it: "
                       "「%1」 (%2).")
                        .arg(plan.firstListingsAtTarget.first().title,
                             MoneyFormat::monthly(plan.firstListingsAtTarget.first().monthlyYen));
        else if (plan.stepsToListingAtTarget > 0 &&
                 plan.stepsToListingAtTarget < plan.stepsToTarget &&
                 !plan.firstListingsAtTarget.isEmpty())
            text += u' ' +
                    tr("Listings in your database that pay it are within reach sooner, "
                       "after step %1 (%2): 「%3」 (%4).")
                        .arg(plan.stepsToListingAtTarget)
                        .arg(months(plan.monthsToListingAtTarget),
                             plan.firstListingsAtTarget.first().title,
                             MoneyFormat::monthly(plan.firstListingsAtTarget.first().monthlyYen));
        return text;
    }
    if (plan.reachableThroughListings()) {
        QStringList names;
        for (const ListingAtTarget &listing : plan.listingsAtTarget)
            names.append(
                tr("「%1」 (%2)").arg(listing.title, MoneyFormat::monthly(listing.monthlyYen)));
        const QString first = plan.firstListingsAtTarget.isEmpty()
                                  ? QString()
                                  : plan.firstListingsAtTarget.first().title;
        const QString when = plan.stepsToListingAtTarget == 0
                                 ? tr("You qualify for 「%1」 already").arg(first)
                                 : tr("The first, 「%1」, is within reach after step %2, in %3")
                                       .arg(first)
                                       .arg(plan.stepsToListingAtTarget)
                                       .arg(months(plan.monthsToListingAtTarget));
        const QString how = plan.employment == EmploymentType::Freelance
                                ? tr("Reachable through listings")
                                : tr("Reachable by taking listings on contract, as a freelancer");
        return tr("%1: %2 in your database pay %3 or more a year (after the agency margin) — "
                  "%4. %5. The model's estimate, which weighs them against the published rates, "
                  "stays at about %6.")
            .arg(how)
            .arg(plan.listingsAtTargetCount)
            .arg(target, names.join(tr(", ", "list separator")), when,
                 MoneyFormat::annual(plan.finalYen));
    }
    if (plan.steps.isEmpty())
        return tr("No step the model knows raises the estimate; it stays at %1, %2 short of %3.")
            .arg(MoneyFormat::annual(plan.finalYen), MoneyFormat::annual(plan.shortfallYen()),
                 target);
    return tr("Does not reach %1: every step taken leads to about %2, %3 short. The market "
              "figures behind the model do not support more for this profile yet.")
        .arg(target, MoneyFormat::annual(plan.finalYen), MoneyFormat::annual(plan.shortfallYen()));
}

QString RoadmapSummary::months(double months)
{
    const int whole = std::max(1, int(std::ceil(months - 1e-9)));
    if (whole == 1)
        return tr("about a month");
    if (whole < 24)
        return tr("about %1 months").arg(whole);
    return tr("about %1 years").arg(QLocale().toString(whole / 12.0, 'f', 1));
}

QString RoadmapSummary::question(const TargetQuestion &question, int byAge)
{
    const QString target = MoneyFormat::annual(question.targetYen);
    if (byAge > 0)
        return tr("What it takes to reach %1 by age %2 (%3):")
            .arg(target)
            .arg(byAge)
            .arg(months(question.monthsAvailable));
    return tr("What it takes to reach %1 within %2:").arg(target, months(question.monthsAvailable));
}

QString RoadmapSummary::answer(const TargetAnswer &answer, const TargetQuestion &question)
{
    const QString type = EmploymentTypes::displayName(answer.employment);
    QStringList titles;
    for (const PlannedStep &step : answer.steps)
        titles.append(step.title);
    const QString steps =
        titles.isEmpty() ? tr("no step") : titles.join(tr(", ", "list separator"));
    if (answer.reachable && answer.steps.isEmpty())
        return tr("As %1: already there (%2).").arg(type, MoneyFormat::annual(answer.reachedYen));
    if (answer.reachable && answer.throughListings) {
        QStringList names;
        for (const ListingAtTarget &listing : answer.listings)
            names.append(
                tr("「%1」 (%2)").arg(listing.title, MoneyFormat::monthly(listing.monthlyYen)));
        return tr("As %1: reachable in %2 with %3 — you would then qualify for listings that "
                  "pay it: %4.")
            .arg(type, months(answer.months), steps, names.join(tr(", ", "list separator")));
    }
    if (answer.reachable)
        return tr("As %1: reachable in %2 with %3 (estimate %4).")
            .arg(type, months(answer.months), steps, MoneyFormat::annual(answer.reachedYen));
    if (answer.steps.isEmpty())
        return tr("As %1: not with this data within %2; no step fits in the time (%3 now).")
            .arg(type, months(question.monthsAvailable), MoneyFormat::annual(answer.reachedYen));
    return tr("As %1: not with this data within %2; the closest is %3 with %4 (%5).")
        .arg(type, months(question.monthsAvailable), MoneyFormat::annual(answer.reachedYen), steps,
             months(answer.months));
}

QString RoadmapSummary::signedAnnual(qint64 yen)
{
    if (yen < 0)
        return u"−"_s + MoneyFormat::annual(-yen);
    return u"+"_s + MoneyFormat::annual(yen);
}

QString RoadmapSummary::newListingsText(const PlannedStep &step)
{
    const QString count = QLocale().toString(step.newListings);
    if (step.newListingsRateMinYen < 0)
        return count;
    return tr("%1 (%2)").arg(
        count, MoneyFormat::monthlyRange(step.newListingsRateMinYen, step.newListingsRateMaxYen));
}
