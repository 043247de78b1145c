#pragma once

#include "SkillMarketValues.h"
#include "core/ModelParameters.h"
#include "core/ResolvedSkills.h"
#include "core/ScoreCard.h"

#include <QCoreApplication>

struct PublishedRate
{
    double monthlyYen = 0;
    QList<Contribution> contributions; // core skill, each complement, the role supplement
};

// The monthly rate the published figures support for a profile, before its own listings:
//   rate = max over held skills c of  value(c) × depth(c) × (1 + Σ complements without c)
//          × (1 + role supplement)
// value(c) is the skill's market value (index × reference rate), depth runs from juniorShare
// at 0 years to 1 at skillDepthSaturationYears, and a complement is complementWeight of the
// best premium above the average skill held in each area. Taking the best choice of core
// skill keeps it monotone: a further skill or year only adds choices or raises them.
class PublishedFreelanceRate
{
    Q_DECLARE_TR_FUNCTIONS(PublishedFreelanceRate)

public:
    PublishedFreelanceRate(const SkillCatalogue &catalogue, const ModelParameters &parameters,
                           const SkillMarketValues &values, const QString &packLabel);

    PublishedRate rate(const ResolvedSkills &skills, const ScoreCard &card) const;

private:
    double depth(double years) const;

    const SkillCatalogue &m_catalogue;
    const ModelParameters &m_parameters;
    const SkillMarketValues &m_values;
    QString m_packLabel;
};
