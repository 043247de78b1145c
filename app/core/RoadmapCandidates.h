#pragma once

#include "EmploymentType.h"
#include "ListingFitter.h"
#include "MarketData.h"
#include "Profile.h"
#include "ResolvedSkills.h"
#include "RoadmapEffort.h"
#include "RoadmapStep.h"
#include "market/SkillMarketValues.h"

#include <QHash>
#include <QList>

// The steps worth considering for a profile, from the market around it: the skills it lacks
// in the areas adjacent to its job type, ranked by market value × demand; the skills that
// listings almost fitting it ask for, ranked by those listings' rates; one more year of the
// skills it has below saturation, the certifications it lacks, leading a team, upstream
// work, track-record projects, and the routes (change employer, switch the employment type)
// toward the plan's employment type. Separate tracks (SAP, mobile apps, …) are offered only
// to those already on them or asked for them by a near-fit listing.
class RoadmapCandidates
{
public:
    RoadmapCandidates(const MarketData &data, const RoadmapEffort &effort,
                      const SkillMarketValues &values, const ListingFitter &fitter);

    // allAreas: a frontend or full-stack route, every area's skills offered.
    QList<RoadmapStep> generate(const Profile &profile, const ResolvedSkills &skills,
                                EmploymentType planType, bool allAreas = false) const;
    // How many listings ask for a catalogue skill.
    int demand(const QString &skillId) const { return m_demand.value(skillId); }

private:
    void addLearnAndDeepen(QList<RoadmapStep> &steps, const Profile &profile,
                           const ResolvedSkills &skills, bool allAreas) const;
    // Unmet skills of the listings that almost fit, with the sum of those listings' rates.
    QHash<QString, double> nearFitSkills(const ResolvedSkills &skills) const;
    RoadmapStep learnStep(const CatalogueSkill &skill, double studyHours) const;
    void addCertifications(QList<RoadmapStep> &steps, const ResolvedSkills &skills) const;
    void addExperience(QList<RoadmapStep> &steps, const Profile &profile) const;

    const MarketData &m_data;
    const RoadmapEffort &m_effort;
    const SkillMarketValues &m_values;
    const ListingFitter &m_fitter;
    QHash<QString, int> m_demand;
};
