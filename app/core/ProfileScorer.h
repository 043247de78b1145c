#pragma once

#include "ModelParameters.h"
#include "Profile.h"
#include "ResolvedSkills.h"
#include "ScoreCard.h"
#include "SkillCatalogue.h"
#include "market/SkillMarketValues.h"

#include <QCoreApplication>

// Scores a profile against the five skill areas and the four income factors. Pure: the same
// profile, catalogue, parameters and premiums always give the same card. Every score is
// monotone: a further skill, year, project or tick never lowers any of them.
class ProfileScorer
{
    Q_DECLARE_TR_FUNCTIONS(ProfileScorer)

public:
    ProfileScorer(const SkillCatalogue &catalogue, const ModelParameters &parameters,
                  const SkillMarketValues &values);

    ScoreCard score(const Profile &profile) const;
    ScoreCard score(const Profile &profile, const ResolvedSkills &skills) const;

private:
    Score areaScore(SkillCategory area, const Profile &profile, const ResolvedSkills &skills) const;
    Score skillsFactor(const QMap<SkillCategory, Score> &areas) const;
    Score managementFactor(const Profile &profile) const;
    Score upstreamFactor(const Profile &profile, const ResolvedSkills &skills) const;
    Score trackRecordFactor(const Profile &profile) const;
    Score composite(const QMap<IncomeFactor, Score> &factors) const;

    const SkillCatalogue &m_catalogue;
    const ModelParameters &m_parameters;
    const SkillMarketValues &m_values;
};
