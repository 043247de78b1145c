#include "PublishedFreelanceRate.h"

#include "core/MoneyFormat.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace {
const QString parametersFile = u"data/model_parameters.json"_s;

QString number(double value, int decimals = 2)
{
    return QLocale().toString(value, 'f', decimals);
}

bool ratesArea(SkillCategory category)
{
    return category != SkillCategory::Upstream;
}
} // namespace

PublishedFreelanceRate::PublishedFreelanceRate(const SkillCatalogue &catalogue,
                                               const ModelParameters &parameters,
                                               const SkillMarketValues &values,
                                               const QString &packLabel)
    : m_catalogue(catalogue), m_parameters(parameters), m_values(values), m_packLabel(packLabel)
{
}

double PublishedFreelanceRate::depth(double years) const
{
    const double junior = m_parameters.freelance.juniorShare;
    const double saturation = m_parameters.depthSaturationYears;
    return junior + (1 - junior) * std::min(std::max(years, 0.0), saturation) / saturation;
}

PublishedRate PublishedFreelanceRate::rate(const ResolvedSkills &skills,
                                           const ScoreCard &card) const
{
    struct Held
    {
        const CatalogueSkill *skill;
        double years;
        double core;    // value × depth, yen a month
        double premium; // complement before complementWeight: (index − 1)+ × depth × demand
    };
    QList<Held> held;
    for (auto it = skills.enteredYears.begin(); it != skills.enteredYears.end(); ++it) {
        // The years as entered: years credited through a framework (Java from Spring Boot)
        // help meet a listing but earn no rate of their own; the framework itself is valued.
        // A certification held without years of use is a credential, not a practice.
        const CatalogueSkill *skill = m_catalogue.byId(it.key());
        if (!skill || !ratesArea(skill->category) ||
            (it.value() <= 0 && skills.certificationIds.contains(skill->id)))
            continue;
        // Published figures only: the user's listings enter the estimate once, in the blend.
        // A skill the market rarely asks for (or no survey lists) cannot carry a rate alone:
        // its value is scaled by its demand factor.
        const SkillMarketValue &value = m_values.value(skill->id);
        const double d = depth(it.value());
        const double index = value.published ? value.publishedIndex : 1.0;
        held.append({skill, it.value(),
                     value.publishedMonthly(m_values.referenceMonthlyYen()) *
                         value.publishedDemandFactor * d,
                     std::max(0.0, index - 1) * d * value.publishedDemandFactor});
    }
    // Stable choice among equals: by id.
    std::sort(held.begin(), held.end(),
              [](const Held &a, const Held &b) { return a.skill->id < b.skill->id; });

    const double complementWeight = m_parameters.freelance.complementWeight;
    const auto complements = [&](qsizetype core) {
        QMap<SkillCategory, qsizetype> best; // area → position in held
        for (qsizetype i = 0; i < held.size(); ++i) {
            if (i == core || held.at(i).premium <= 0)
                continue;
            const auto found = best.constFind(held.at(i).skill->category);
            if (found == best.constEnd() || held.at(i).premium > held.at(*found).premium)
                best.insert(held.at(i).skill->category, i);
        }
        return best;
    };
    const auto total = [&](qsizetype core) {
        double sum = 0;
        const auto best = complements(core);
        for (qsizetype i : best)
            sum += complementWeight * held.at(i).premium;
        return held.at(core).core * (1 + sum);
    };

    PublishedRate result;
    const double reference = m_values.referenceMonthlyYen();
    const SkillMarketValue &pm = m_values.value(m_parameters.skillValue.roleSkills.value(u"pm"_s));
    const SkillMarketValue &consultant =
        m_values.value(m_parameters.skillValue.roleSkills.value(u"consultant"_s));
    const double management = card.factors.value(IncomeFactor::Management).value / 100.0;
    const double upstream = card.factors.value(IncomeFactor::Upstream).value / 100.0;
    const double roleWeight = m_parameters.freelance.roleWeight;
    const double pmIndex = pm.published ? pm.publishedIndex : 1.0;
    const double consultantIndex = consultant.published ? consultant.publishedIndex : 1.0;
    const double pmSupplement = roleWeight * std::max(0.0, pmIndex - 1) * management;
    const double consultantSupplement = roleWeight * std::max(0.0, consultantIndex - 1) * upstream;
    const double role = std::max(pmSupplement, consultantSupplement);

    qsizetype core = -1;
    double best = 0;
    for (qsizetype i = 0; i < held.size(); ++i) {
        const double value = total(i);
        if (value > best) {
            best = value;
            core = i;
        }
    }
    // With no skill the rate is the least any skill could give, so adding one never lowers it.
    const double floor = m_parameters.freelance.juniorShare * reference * m_values.minimumIndex();
    if (core < 0 || best < floor) {
        result.monthlyYen = floor * (1 + role);
        result.contributions.append(
            {tr("No skill with a market rate"), floor,
             tr("%1 × the lowest skill value × demand %2 × the reference rate %3")
                 .arg(number(m_parameters.freelance.juniorShare), number(m_values.minimumIndex()),
                      MoneyFormat::monthly(qint64(reference))),
             m_packLabel});
    } else {
        const Held &c = held.at(core);
        const SkillMarketValue &value = m_values.value(c.skill->id);
        result.contributions.append(
            {tr("%1, %2 years: the best-paid skill")
                 .arg(c.skill->displayName(), number(c.years, 1)),
             c.core,
             tr("%1 × reference %2 × demand %6 × depth %3 (%4 at 0 years, full at %5 years)")
                 .arg(value.published ? tr("published rate %1 of the average skill (%2 listings)")
                                            .arg(number(value.publishedIndex),
                                                 QLocale().toString(value.publishedListings))
                                      : tr("no published rate: the average skill"),
                      MoneyFormat::monthly(qint64(reference)), number(depth(c.years)),
                      number(m_parameters.freelance.juniorShare),
                      number(m_parameters.depthSaturationYears, 0),
                      number(value.publishedDemandFactor)),
             m_packLabel + u"; "_s + value.citations.join(u"; "_s)});
        const auto chosen = complements(core);
        for (auto it = chosen.begin(); it != chosen.end(); ++it) {
            const Held &h = held.at(*it);
            const double yen = c.core * complementWeight * h.premium;
            result.contributions.append(
                {tr("%1 in %2").arg(h.skill->displayName(), SkillCategories::displayName(it.key())),
                 yen,
                 tr("published premium %1 above the average skill × depth × demand = %2, × %3 "
                    "(complementWeight)")
                     .arg(number(m_values.value(h.skill->id).publishedIndex - 1), number(h.premium),
                          number(complementWeight)),
                 parametersFile + u": freelance.complementWeight; "_s + m_packLabel});
        }
        result.monthlyYen = best * (1 + role);
    }
    if (role > 0) {
        const bool asPm = pmSupplement >= consultantSupplement;
        result.contributions.append(
            {asPm ? tr("Management factor %1").arg(number(management * 100, 0))
                  : tr("Upstream factor %1").arg(number(upstream * 100, 0)),
             result.monthlyYen - result.monthlyYen / (1 + role),
             tr("%1 of the %2 premium %3 × %4")
                 .arg(number(roleWeight), asPm ? tr("PM") : tr("consultant"),
                      number((asPm ? pmIndex : consultantIndex) - 1),
                      number(asPm ? management : upstream)),
             parametersFile + u": freelance.roleWeight; "_s + m_packLabel});
    }
    return result;
}
