#include "SkillPremiums.h"

#include "ListingRate.h"

#include <QSet>

SkillPremiums::SkillPremiums(const ModelParameters &parameters)
    : m_assumed(parameters.assumedPremiums)
{
}

SkillPremiums SkillPremiums::measure(const QList<Listing> &listings,
                                     const ModelParameters &parameters)
{
    SkillPremiums premiums(parameters);
    double totalRate = 0;
    int rated = 0;
    QHash<QString, std::pair<double, int>> withSkill; // sum of rates, count
    for (const Listing &listing : listings) {
        const auto rate = ListingRate::representativeMonthlyYen(listing);
        if (!rate)
            continue;
        totalRate += double(*rate);
        ++rated;
        QSet<QString> named;
        for (const ListingRequirement &requirement : listing.requirements) {
            if (!requirement.skillId.isEmpty())
                named.insert(requirement.skillId);
        }
        for (const QString &skill : std::as_const(named)) {
            auto &entry = withSkill[skill];
            entry.first += double(*rate);
            entry.second += 1;
        }
    }
    for (auto it = withSkill.begin(); it != withSkill.end(); ++it) {
        const int with = it.value().second;
        const int without = rated - with;
        if (with < parameters.premiumMinimumListings || without < parameters.premiumMinimumListings)
            continue;
        const double meanWith = it.value().first / with;
        const double meanWithout = (totalRate - it.value().first) / without;
        const double ratio = std::clamp(meanWith / meanWithout, parameters.premiumMinimum,
                                        parameters.premiumMaximum);
        premiums.m_measured.insert(it.key(), {ratio, true, with, without});
    }
    return premiums;
}

SkillPremium SkillPremiums::premium(const QString &skillId) const
{
    const auto measured = m_measured.constFind(skillId);
    if (measured != m_measured.constEnd())
        return *measured;
    return {m_assumed.value(skillId, 1.0), false, 0, 0};
}
