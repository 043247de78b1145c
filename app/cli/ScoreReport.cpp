#include "ScoreReport.h"

#include "core/ListingRate.h"
#include "core/MoneyFormat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {
QJsonArray contributionsJson(const QList<Contribution> &contributions)
{
    QJsonArray array;
    for (const Contribution &c : contributions)
        array.append(QJsonObject{{u"input"_s, c.input},
                                 {u"amount"_s, c.amount},
                                 {u"reason"_s, c.reason},
                                 {u"source"_s, c.source}});
    return array;
}

QJsonObject scoreJson(const Score &score)
{
    return {{u"score"_s, score.value},
            {u"contributions"_s, contributionsJson(score.contributions)}};
}

QString points(double value)
{
    return QLocale().toString(value, 'f', 1);
}
} // namespace

ScoreReport::ScoreReport(const CareerAnalysis &analysis, const AnalysisResult &result,
                         int topListings)
    : m_analysis(analysis), m_result(result), m_topListings(topListings)
{
}

QString ScoreReport::statusKey(RequirementStatus status)
{
    switch (status) {
    case RequirementStatus::Met:
        return u"met"_s;
    case RequirementStatus::Partly:
        return u"partly"_s;
    case RequirementStatus::Unmet:
        return u"unmet"_s;
    case RequirementStatus::Unknown:
        return u"unknown"_s;
    }
    return {};
}

QString ScoreReport::statusName(RequirementStatus status)
{
    switch (status) {
    case RequirementStatus::Met:
        return tr("met");
    case RequirementStatus::Partly:
        return tr("partly met (fewer years)");
    case RequirementStatus::Unmet:
        return tr("not met");
    case RequirementStatus::Unknown:
        return tr("cannot be checked");
    }
    return {};
}

QByteArray ScoreReport::json() const
{
    QJsonObject areas;
    for (auto it = m_result.card.areas.begin(); it != m_result.card.areas.end(); ++it)
        areas.insert(SkillCategories::key(it.key()), scoreJson(it.value()));
    QJsonObject factors;
    for (auto it = m_result.card.factors.begin(); it != m_result.card.factors.end(); ++it)
        factors.insert(IncomeFactors::key(it.key()), scoreJson(it.value()));
    QJsonObject estimates;
    for (const EmploymentEstimate &estimate : m_result.estimates) {
        estimates.insert(EmploymentTypes::key(estimate.type),
                         QJsonObject{{u"lowYen"_s, double(estimate.lowYen)},
                                     {u"midYen"_s, double(estimate.midYen)},
                                     {u"highYen"_s, double(estimate.highYen)},
                                     {u"fromListings"_s, estimate.fromListings},
                                     {u"qualifyingListings"_s, estimate.qualifyingListings},
                                     {u"basis"_s, estimate.basis},
                                     {u"steps"_s, contributionsJson(estimate.steps)}});
    }
    QJsonArray listings;
    const ListingSet &all = m_analysis.data().listings;
    for (std::size_t i = 0; i < m_result.ranking.size() && int(i) < m_topListings; ++i) {
        const Listing listing = all.at(m_result.ranking[i].index);
        const ListingFit fit = m_analysis.fitOf(listing, m_result.skills);
        QJsonArray checks;
        for (const RequirementCheck &check : fit.checks) {
            checks.append(QJsonObject{{u"text"_s, check.requirement.text},
                                      {u"skill"_s, check.requirement.skillId.isEmpty()
                                                       ? QJsonValue(QJsonValue::Null)
                                                       : QJsonValue(check.requirement.skillId)},
                                      {u"minimumYears"_s, check.requirement.minimumYears},
                                      {u"profileYears"_s, check.profileYears < 0
                                                              ? QJsonValue(QJsonValue::Null)
                                                              : check.profileYears},
                                      {u"status"_s, statusKey(check.status)}});
        }
        const auto rate = ListingRate::representativeMonthlyYen(listing);
        listings.append(QJsonObject{
            {u"id"_s, double(listing.id)},
            {u"title"_s, listing.title},
            {u"fit"_s, fit.fit},
            {u"qualifies"_s, fit.qualifies},
            {u"monthlyRateYen"_s, rate ? QJsonValue(double(*rate)) : QJsonValue(QJsonValue::Null)},
            {u"requirements"_s, checks}});
    }
    QJsonArray unknown;
    for (const QString &name : m_result.skills.unknownSkills)
        unknown.append(name);
    return QJsonDocument(
               QJsonObject{
                   {u"areas"_s, areas},
                   {u"factors"_s, factors},
                   {u"composite"_s, scoreJson(m_result.card.composite)},
                   {u"estimates"_s, estimates},
                   {u"skillsOutsideCatalogue"_s, unknown},
                   {u"billableHoursPerMonth"_s, m_analysis.conversion().billableHoursPerMonth},
                   {u"agencyMarginPercent"_s, m_analysis.conversion().agencyMarginPercent},
                   {u"topListings"_s, listings}})
        .toJson(QJsonDocument::Indented);
}

QString ScoreReport::text() const
{
    QString out;
    auto section = [&out](const QString &title) { out += u"\n== "_s + title + u" ==\n"_s; };
    auto explain = [&out](const QList<Contribution> &contributions) {
        for (const Contribution &c : contributions) {
            out += u"      %1 %2: %3"_s.arg(c.amount >= 0 ? u"+"_s : QString(), points(c.amount),
                                            c.input);
            out += u" — "_s + c.reason;
            if (!c.source.isEmpty())
                out += u" ["_s + c.source + u"]"_s;
            out += u'\n';
        }
    };
    section(tr("Skill areas (0–100)"));
    for (auto it = m_result.card.areas.begin(); it != m_result.card.areas.end(); ++it) {
        out +=
            u"  %1: %2\n"_s.arg(SkillCategories::displayName(it.key()), points(it.value().value));
        explain(it.value().contributions);
    }
    section(tr("Income factors (0–100)"));
    for (auto it = m_result.card.factors.begin(); it != m_result.card.factors.end(); ++it) {
        out += u"  %1: %2\n"_s.arg(IncomeFactors::displayName(it.key()), points(it.value().value));
        explain(it.value().contributions);
    }
    out += u"  %1: %2\n"_s.arg(tr("Composite"), points(m_result.card.composite.value));
    explain(m_result.card.composite.contributions);

    section(tr("Estimated annual income"));
    for (const EmploymentEstimate &estimate : m_result.estimates) {
        out += u"  %1: %2 (%3 – %4)\n"_s.arg(
            EmploymentTypes::displayName(estimate.type), MoneyFormat::annual(estimate.midYen),
            MoneyFormat::annual(estimate.lowYen), MoneyFormat::annual(estimate.highYen));
        out += u"      "_s + estimate.basis + u'\n';
        for (const Contribution &step : estimate.steps) {
            const QString amount =
                step.amount == 0
                    ? QString()
                    : u" (%1%2)"_s.arg(step.amount > 0 ? u"+"_s : u"−"_s,
                                       MoneyFormat::annual(qint64(std::abs(step.amount))));
            out += u"      · %1%2: %3"_s.arg(step.input, amount, step.reason);
            if (!step.source.isEmpty())
                out += u" ["_s + step.source + u"]"_s;
            out += u'\n';
        }
    }
    if (!m_result.skills.unknownSkills.isEmpty())
        out += u"\n"_s +
               tr("Outside the catalogue (kept, not scored): %1")
                   .arg(m_result.skills.unknownSkills.join(u", "_s)) +
               u'\n';

    section(tr("Listings that fit best"));
    const ListingSet &all = m_analysis.data().listings;
    for (std::size_t i = 0; i < m_result.ranking.size() && int(i) < m_topListings; ++i) {
        const Listing listing = all.at(m_result.ranking[i].index);
        const ListingFit fit = m_analysis.fitOf(listing, m_result.skills);
        const auto rate = ListingRate::representativeMonthlyYen(listing);
        out += u"  %1%  %2  %3\n"_s.arg(QLocale().toString(fit.fit * 100, 'f', 0),
                                        rate ? MoneyFormat::monthly(*rate) : tr("negotiable"),
                                        listing.title);
        for (const RequirementCheck &check : fit.checks)
            out += u"      [%1] %2\n"_s.arg(statusName(check.status), check.requirement.text);
    }
    if (m_result.ranking.empty())
        out += u"  "_s + tr("No listings in the database.") + u'\n';
    return out;
}
