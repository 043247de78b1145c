#include "SkillMarketValues.h"

#include "core/ListingRate.h"

#include <QLocale>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {

struct PublishedAccumulator
{
    double indexSum = 0;
    double weightSum = 0;
    qint64 listings = 0;
    qint64 mentionsInSurveys = 0; // Σ of the counted surveys' totals that list the skill
    QStringList citations;
};

struct Survey
{
    QList<const MarketFigure *> figures;
    bool counted = true; // every figure states its listing count
};

double monthlyFromRole(const MarketFigure &figure)
{
    // Role figures are published monthly or as a year's pay; the model compares months.
    return figure.unit == u"万円/年"_s ? figure.value * 10'000.0 / 12.0 : figure.value * 10'000.0;
}

QString number(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

} // namespace

SkillMarketValues SkillMarketValues::measure(const MarketPack &pack,
                                             const SkillCatalogue &catalogue,
                                             const ListingSet &listings,
                                             const ModelParameters &parameters)
{
    const SkillValueParameters &p = parameters.skillValue;
    SkillMarketValues values;
    values.m_packLabel = pack.label();

    // The level: the published average rate of every IT freelance listing.
    double levelSum = 0;
    int levelCount = 0;
    QStringList levelCitations;
    for (const MarketFigure *figure : pack.section(u"freelance-role"_s)) {
        if (figure->key.section(u'|', 0, 0) != u"all"_s)
            continue;
        levelSum += monthlyFromRole(*figure);
        ++levelCount;
        levelCitations.append(figure->citation());
    }
    values.m_referenceMonthlyYen = levelCount > 0 ? levelSum / levelCount : 0;
    values.m_referenceCitation = levelCitations.join(u"; "_s);

    // Published per-skill averages, each relative to the average of its own survey.
    QHash<QString, Survey> surveys;
    QStringList surveyOrder;
    for (const MarketFigure *figure : pack.section(u"freelance-skill"_s)) {
        const QString id = figure->publisher + u'\n' + figure->survey + u'\n' + figure->unit;
        if (!surveys.contains(id))
            surveyOrder.append(id);
        Survey &survey = surveys[id];
        survey.figures.append(figure);
        survey.counted = survey.counted && figure->count.has_value() && *figure->count > 0;
    }
    QHash<QString, PublishedAccumulator> published;
    for (const QString &id : std::as_const(surveyOrder)) {
        const Survey &survey = surveys.value(id);
        double sum = 0;
        double weight = 0;
        qint64 total = 0;
        for (const MarketFigure *figure : survey.figures) {
            const double w = survey.counted ? double(*figure->count) : 1.0;
            sum += figure->value * w;
            weight += w;
            total += survey.counted ? *figure->count : 0;
        }
        if (weight <= 0 || sum <= 0)
            continue;
        const double mean = sum / weight;
        for (const MarketFigure *figure : survey.figures) {
            PublishedAccumulator &acc = published[figure->key];
            const double w = survey.counted ? double(*figure->count) : p.uncountedSourceWeight;
            acc.indexSum += figure->value / mean * w;
            acc.weightSum += w;
            if (survey.counted) {
                acc.listings += *figure->count;
                acc.mentionsInSurveys += total;
            }
            acc.citations.append(figure->citation());
        }
    }
    // Roles (PM, PMO, PL, consultant) are published per role; relative to the level they
    // value the catalogue's role skills the same way.
    if (values.m_referenceMonthlyYen > 0) {
        for (const MarketFigure *figure : pack.section(u"freelance-role"_s)) {
            const QString skillId = p.roleSkills.value(figure->key.section(u'|', 0, 0));
            if (skillId.isEmpty())
                continue;
            PublishedAccumulator &acc = published[skillId];
            const double w = figure->count ? double(*figure->count) : p.uncountedSourceWeight;
            acc.indexSum += monthlyFromRole(*figure) / values.m_referenceMonthlyYen * w;
            acc.weightSum += w;
            acc.citations.append(figure->citation());
        }
    }

    // Evidence: the user's listings. A listing names a skill once however often it repeats it.
    double rateSum = 0;
    QHash<QString, std::pair<double, int>> rated; // skill → sum of rates, listings
    QHash<QString, int> mentions;
    qint64 totalMentions = 0;
    for (qsizetype i = 0; i < listings.size(); ++i) {
        QSet<QString> named;
        for (qsizetype k = 0; k < listings.requirementCount(i); ++k) {
            const QString &skillId = listings.requirementSkillId(i, k);
            if (!skillId.isEmpty())
                named.insert(skillId);
        }
        totalMentions += named.size();
        const auto rate = listings.representativeMonthlyYen(i);
        if (rate) {
            rateSum += double(*rate);
            ++values.m_ratedListings;
        }
        for (const QString &skill : std::as_const(named)) {
            ++mentions[skill];
            if (rate) {
                auto &entry = rated[skill];
                entry.first += double(*rate);
                entry.second += 1;
            }
        }
    }
    values.m_listingsMean = values.m_ratedListings > 0 ? rateSum / values.m_ratedListings : 0;

    // Roles are published without a count to share: they count as commonly asked for.
    const QSet<QString> roleSkillIds(p.roleSkills.cbegin(), p.roleSkills.cend());
    for (const CatalogueSkill &skill : catalogue.skills()) {
        SkillMarketValue value;
        value.skillId = skill.id;
        const auto acc = published.constFind(skill.id);
        double prior = 1.0;
        if (acc != published.constEnd() && acc->weightSum > 0) {
            value.published = true;
            value.publishedIndex = acc->indexSum / acc->weightSum;
            value.publishedListings = acc->listings;
            value.citations = acc->citations;
            value.citations.removeDuplicates();
            prior = value.publishedIndex;
            value.publishedDemandShare =
                acc->mentionsInSurveys > 0 ? double(acc->listings) / double(acc->mentionsInSurveys)
                : roleSkillIds.contains(skill.id) ? p.demandReferenceShare
                                                  : 0.0;
        }
        const auto evidence = rated.constFind(skill.id);
        if (evidence != rated.constEnd() && values.m_listingsMean > 0) {
            value.listings = evidence->second;
            value.listingsIndex = evidence->first / evidence->second / values.m_listingsMean;
        }
        value.evidenceWeight = double(value.listings) / (value.listings + p.priorListings);
        value.index =
            (1 - value.evidenceWeight) * prior + value.evidenceWeight * value.listingsIndex;
        const double userShare =
            totalMentions > 0 ? double(mentions.value(skill.id)) / double(totalMentions) : 0.0;
        const double userWeight = double(totalMentions) / (totalMentions + p.demandPriorMentions);
        value.demandShare = (1 - userWeight) * value.publishedDemandShare + userWeight * userShare;
        const auto demandFactor = [&p](double share) {
            return p.demandFloor +
                   (1 - p.demandFloor) * std::min(1.0, share / p.demandReferenceShare);
        };
        value.demandFactor = demandFactor(value.demandShare);
        value.publishedDemandFactor = demandFactor(value.publishedDemandShare);
        value.monthlyYen = value.index * values.m_referenceMonthlyYen;
        values.m_minimumIndex =
            std::min(values.m_minimumIndex,
                     (value.published ? value.publishedIndex : 1.0) * value.publishedDemandFactor);
        values.m_values.insert(skill.id, value);
    }
    values.m_neutral.demandFactor = p.demandFloor;
    values.m_neutral.monthlyYen = values.m_referenceMonthlyYen;
    return values;
}

const SkillMarketValue &SkillMarketValues::value(const QString &skillId) const
{
    const auto it = m_values.constFind(skillId);
    return it == m_values.constEnd() ? m_neutral : *it;
}

QString SkillMarketValues::explain(const QString &skillId) const
{
    const SkillMarketValue &v = value(skillId);
    QStringList parts;
    if (v.published)
        parts.append(v.publishedListings > 0 ? tr("published %1 (%2 listings)")
                                                   .arg(number(v.publishedIndex, 2),
                                                        QLocale().toString(v.publishedListings))
                                             : tr("published %1").arg(number(v.publishedIndex, 2)));
    else
        parts.append(tr("no published rate (1.00)"));
    if (v.listings > 0)
        parts.append(tr("your listings naming it: %1 at %2, weight %3")
                         .arg(v.listings)
                         .arg(number(v.listingsIndex, 2), number(v.evidenceWeight, 2)));
    parts.append(tr("asked for in %1% of skill mentions, demand ×%2")
                     .arg(number(v.demandShare * 100, 1), number(v.demandFactor, 2)));
    return tr("market value %1: %2").arg(number(v.index, 2), parts.join(u"; "_s));
}
