#include "PlanFormatter.h"

#include "core/MoneyFormat.h"
#include "core/RoadmapSummary.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

PlanFormatter::PlanFormatter(const RoadmapPlan &plan, QHash<QString, RoadmapStepStatus> statuses)
    : m_plan(plan), m_statuses(std::move(statuses))
{
}

void PlanFormatter::setAnswers(const TargetQuestion &question, const QList<TargetAnswer> &answers,
                               int byAge)
{
    m_question = question;
    m_answers = answers;
    m_byAge = byAge;
}

QString PlanFormatter::text() const
{
    const QLocale locale;
    QString out;
    out += RoadmapSummary::heading(m_plan) + u'\n';
    out += RoadmapSummary::start(m_plan) + u'\n';
    out += RoadmapSummary::verdict(m_plan) + u"\n\n"_s;
    if (m_question) {
        out += RoadmapSummary::question(*m_question, m_byAge) + u'\n';
        for (const TargetAnswer &answer : m_answers)
            out += u"  "_s + RoadmapSummary::answer(answer, *m_question) + u'\n';
        out += u'\n';
    }
    if (m_plan.steps.isEmpty()) {
        out += tr("No step raises the estimate or qualifies you for more listings.") + u'\n';
        return out;
    }
    out += tr("Steps, by gain per month of effort (gains re-scored one step at a time; "
              "\"then\" takes them in order):") +
           u'\n';
    for (qsizetype i = 0; i < m_plan.steps.size(); ++i) {
        const PlannedStep &step = m_plan.steps.at(i);
        const RoadmapStepStatus status = m_statuses.value(step.step.id);
        out += u"%1. %2"_s.arg(i + 1).arg(step.title);
        if (status != RoadmapStepStatus::NotStarted)
            out += u" ["_s + RoadmapStepStatuses::displayName(status) + u']';
        out += u'\n';
        out +=
            u"   "_s +
            tr("gain %1 as %2 · effort %3 (%4) · new listings %5 · then %6 after %7")
                .arg(RoadmapSummary::signedAnnual(step.gainInPlanYen),
                     EmploymentTypes::displayName(m_plan.employment),
                     tr("%1 months").arg(locale.toString(step.effortMonths, 'f', 1)),
                     step.step.effortText(m_plan.hoursPerWeek),
                     RoadmapSummary::newListingsText(step), MoneyFormat::annual(step.projectedYen),
                     RoadmapSummary::months(step.monthsFromStart)) +
            u'\n';
        QStringList others;
        for (auto it = step.gainYen.begin(); it != step.gainYen.end(); ++it) {
            if (it.key() != m_plan.employment)
                others.append(tr("%1 %2").arg(EmploymentTypes::displayName(it.key()),
                                              RoadmapSummary::signedAnnual(it.value())));
        }
        if (!others.isEmpty())
            out += u"   "_s + tr("other employment types: %1").arg(others.join(u", "_s)) + u'\n';
    }
    return out;
}

QByteArray PlanFormatter::json() const
{
    QJsonArray steps;
    for (qsizetype i = 0; i < m_plan.steps.size(); ++i) {
        const PlannedStep &step = m_plan.steps.at(i);
        QJsonObject gains;
        for (auto it = step.gainYen.begin(); it != step.gainYen.end(); ++it)
            gains.insert(EmploymentTypes::key(it.key()), double(it.value()));
        const auto rate = [](qint64 yen) {
            return yen < 0 ? QJsonValue() : QJsonValue(double(yen));
        };
        steps.append(QJsonObject{
            {u"rank"_s, int(i + 1)},
            {u"id"_s, step.step.id},
            {u"title"_s, step.title},
            {u"route"_s, step.route},
            {u"gainYen"_s, gains},
            {u"gainInPlanYen"_s, double(step.gainInPlanYen)},
            {u"newListings"_s, step.newListings},
            {u"newListingsRateMinYen"_s, rate(step.newListingsRateMinYen)},
            {u"newListingsRateMaxYen"_s, rate(step.newListingsRateMaxYen)},
            {u"effortMonths"_s, std::round(step.effortMonths * 10) / 10},
            {u"effortBasis"_s, step.step.effortText(m_plan.hoursPerWeek)},
            {u"effortSource"_s, step.step.effortSource},
            {u"gainPerMonthYen"_s, std::round(step.gainPerMonthYen)},
            {u"projectedYen"_s, double(step.projectedYen)},
            {u"monthsFromStart"_s, std::round(step.monthsFromStart * 10) / 10},
            {u"status"_s, RoadmapStepStatuses::key(m_statuses.value(step.step.id))},
        });
    }
    QJsonArray listingsAtTarget;
    for (const ListingAtTarget &listing : m_plan.listingsAtTarget)
        listingsAtTarget.append(QJsonObject{{u"id"_s, double(listing.listingId)},
                                            {u"title"_s, listing.title},
                                            {u"monthlyYen"_s, double(listing.monthlyYen)},
                                            {u"annualYen"_s, double(listing.annualYen)}});
    QJsonObject root{
        {u"targetYen"_s, double(m_plan.targetYen)},
        {u"employment"_s, EmploymentTypes::key(m_plan.employment)},
        {u"employmentChosenByModel"_s, m_plan.employmentChosenByModel},
        {u"hoursPerWeek"_s, m_plan.hoursPerWeek},
        {u"startYen"_s, double(m_plan.startYen)},
        {u"startIsEnteredIncome"_s, m_plan.startIsEnteredIncome},
        {u"marketNowYen"_s, double(m_plan.marketNowYen)},
        {u"finalYen"_s, double(m_plan.finalYen)},
        {u"reachesTarget"_s, m_plan.reachesTarget()},
        {u"stepsToTarget"_s,
         m_plan.reachesTarget() ? QJsonValue(m_plan.stepsToTarget) : QJsonValue()},
        {u"monthsToTarget"_s, m_plan.reachesTarget()
                                  ? QJsonValue(std::round(m_plan.monthsToTarget * 10) / 10)
                                  : QJsonValue()},
        {u"reachableThroughListings"_s, m_plan.reachableThroughListings()},
        {u"listingsAtTargetCount"_s, m_plan.listingsAtTargetCount},
        {u"listingsAtTarget"_s, listingsAtTarget},
        {u"stepsToListingAtTarget"_s, m_plan.stepsToListingAtTarget >= 0
                                          ? QJsonValue(m_plan.stepsToListingAtTarget)
                                          : QJsonValue()},
        {u"shortfallYen"_s, double(m_plan.shortfallYen())},
        {u"verdict"_s, RoadmapSummary::verdict(m_plan)},
        {u"steps"_s, steps},
    };
    if (m_question) {
        QJsonArray answers;
        for (const TargetAnswer &answer : m_answers) {
            QJsonArray ids;
            for (const PlannedStep &step : answer.steps)
                ids.append(step.step.id);
            QJsonArray listings;
            for (const ListingAtTarget &listing : answer.listings)
                listings.append(listing.listingId);
            answers.append(QJsonObject{
                {u"employment"_s, EmploymentTypes::key(answer.employment)},
                {u"reachable"_s, answer.reachable},
                {u"throughListings"_s, answer.throughListings},
                {u"steps"_s, ids},
                {u"months"_s, std::round(answer.months * 10) / 10},
                {u"reachedYen"_s, double(answer.reachedYen)},
                {u"listings"_s, listings},
                {u"text"_s, RoadmapSummary::answer(answer, *m_question)},
            });
        }
        root.insert(u"whatItTakes"_s,
                    QJsonObject{{u"targetYen"_s, double(m_question->targetYen)},
                                {u"monthsAvailable"_s, m_question->monthsAvailable},
                                {u"byAge"_s, m_byAge > 0 ? QJsonValue(m_byAge) : QJsonValue()},
                                {u"answers"_s, answers}});
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}
