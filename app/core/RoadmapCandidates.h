#pragma once

#include "EmploymentType.h"
#include "MarketData.h"
#include "Profile.h"
#include "ResolvedSkills.h"
#include "RoadmapEffort.h"
#include "RoadmapStep.h"

#include <QHash>
#include <QList>

// The steps worth considering for a profile: the skills it lacks that listings ask for most,
// one more year of the skills it has below saturation, the certifications it lacks, leading
// a team, upstream work, track-record projects, and the routes (change employer, switch the
// employment type) toward the plan's employment type.
class RoadmapCandidates
{
public:
    RoadmapCandidates(const MarketData &data, const RoadmapEffort &effort);

    QList<RoadmapStep> generate(const Profile &profile, const ResolvedSkills &skills,
                                EmploymentType planType) const;
    // How many listings ask for a catalogue skill.
    int demand(const QString &skillId) const { return m_demand.value(skillId); }

private:
    void addLearnAndDeepen(QList<RoadmapStep> &steps, const ResolvedSkills &skills) const;
    void addCertifications(QList<RoadmapStep> &steps, const ResolvedSkills &skills) const;
    void addExperience(QList<RoadmapStep> &steps, const Profile &profile) const;

    const MarketData &m_data;
    const RoadmapEffort &m_effort;
    QHash<QString, int> m_demand;
};
