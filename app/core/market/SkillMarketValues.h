#pragma once

#include "SkillMarketValue.h"
#include "core/ListingSet.h"
#include "core/ModelParameters.h"
#include "core/SkillCatalogue.h"
#include "core/market/MarketPack.h"

#include <QCoreApplication>
#include <QHash>

// Values every catalogue skill from market evidence. The prior is the published per-skill
// average relative to its survey's average (surveys differ in level, not in the ordering of
// skills); the user's listings that name the skill move it with the weight n / (n + k), a
// credibility (shrinkage) estimator: one listing moves it a little, a hundred most of the
// way, with no threshold. Demand is the skill's share of the skills listings ask for, blended
// the same way; below a reference share a skill counts less.
class SkillMarketValues
{
    Q_DECLARE_TR_FUNCTIONS(SkillMarketValues)

public:
    SkillMarketValues() = default;

    static SkillMarketValues measure(const MarketPack &pack, const SkillCatalogue &catalogue,
                                     const ListingSet &listings, const ModelParameters &parameters);

    const SkillMarketValue &value(const QString &skillId) const;
    // The published average monthly rate of an IT freelance listing (freelance-role "all"):
    // the level the indexes multiply.
    double referenceMonthlyYen() const { return m_referenceMonthlyYen; }
    QString referenceCitation() const { return m_referenceCitation; }
    // Mean monthly rate of the user's rated listings, and how many there are.
    double listingsMeanMonthlyYen() const { return m_listingsMean; }
    int ratedListings() const { return m_ratedListings; }
    // The lowest published index × demand factor of any catalogue skill: what a profile
    // without skills is worth to the freelance prior.
    double minimumIndex() const { return m_minimumIndex; }
    QString packLabel() const { return m_packLabel; }

    // "index 1.09 = published 1.10 (レバテック…; 3,735 listings) blended with 12 of your
    // listings at 1.02 (weight 0.38); asked for in 5.3 % of skill mentions": for explanations.
    QString explain(const QString &skillId) const;

private:
    QHash<QString, SkillMarketValue> m_values;
    SkillMarketValue m_neutral;
    double m_referenceMonthlyYen = 0;
    QString m_referenceCitation;
    double m_listingsMean = 0;
    int m_ratedListings = 0;
    double m_minimumIndex = 1;
    QString m_packLabel;
};
