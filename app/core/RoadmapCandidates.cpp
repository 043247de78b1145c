#include "RoadmapCandidates.h"

#include <QSet>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {
const QString effortFile = RoadmapEffort::sourceFile() + u": "_s;
}

RoadmapCandidates::RoadmapCandidates(const MarketData &data, const RoadmapEffort &effort)
    : m_data(data), m_effort(effort)
{
    // A listing asks for a skill once, however many requirements name it. Listings have a
    // handful of requirements, so looking back along them beats a set per listing.
    for (const Listing &listing : data.listings) {
        const QList<ListingRequirement> &requirements = listing.requirements;
        for (qsizetype i = 0; i < requirements.size(); ++i) {
            const QString &id = requirements.at(i).skillId;
            if (id.isEmpty())
                continue;
            bool named = false;
            for (qsizetype j = 0; j < i && !named; ++j)
                named = requirements.at(j).skillId == id;
            if (!named)
                ++m_demand[id];
        }
    }
}

QList<RoadmapStep> RoadmapCandidates::generate(const Profile &profile, const ResolvedSkills &skills,
                                               EmploymentType planType) const
{
    QList<RoadmapStep> steps;
    addLearnAndDeepen(steps, skills);
    addCertifications(steps, skills);
    addExperience(steps, profile);

    if (planType == EmploymentType::FullTime && profile.employment == EmploymentType::FullTime) {
        RoadmapStep step;
        step.id = u"change-employer"_s;
        step.kind = RoadmapStepKind::ChangeEmployer;
        step.calendarMonths = m_effort.changeEmployerMonths;
        step.effortSource = effortFile + u"changeEmployer.calendarMonths"_s;
        steps.append(step);
    }
    if (planType != profile.employment) {
        RoadmapStep step;
        step.id = u"switch:"_s + EmploymentTypes::key(planType);
        step.kind = RoadmapStepKind::SwitchEmployment;
        step.employment = planType;
        step.calendarMonths = m_effort.switchEmploymentMonths;
        step.effortSource = effortFile + u"switchEmployment.calendarMonths"_s;
        steps.append(step);
    }
    return steps;
}

void RoadmapCandidates::addLearnAndDeepen(QList<RoadmapStep> &steps,
                                          const ResolvedSkills &skills) const
{
    QSet<QString> certificationIds;
    for (const CertificationEffort &certification : m_effort.certifications)
        certificationIds.insert(certification.skillId);

    for (auto it = m_effort.learnStudyHours.begin(); it != m_effort.learnStudyHours.end(); ++it) {
        const SkillCategory area = it.key();
        QList<const CatalogueSkill *> missing;
        const CatalogueSkill *deepest = nullptr; // the held skill below saturation most asked for
        for (const CatalogueSkill &skill : m_data.catalogue.skills()) {
            if (skill.category != area || certificationIds.contains(skill.id))
                continue;
            const double years = skills.years(skill.id);
            if (years <= 0) {
                missing.append(&skill);
            } else if (years < m_data.parameters.depthSaturationYears &&
                       (!deepest || demand(skill.id) > demand(deepest->id))) {
                deepest = &skill;
            }
        }
        // Most asked for first; the catalogue order breaks ties, so the choice is stable.
        std::stable_sort(missing.begin(), missing.end(),
                         [this](const CatalogueSkill *a, const CatalogueSkill *b) {
                             return demand(a->id) > demand(b->id);
                         });
        for (qsizetype i = 0; i < std::min<qsizetype>(missing.size(), m_effort.candidatesPerArea);
             ++i) {
            RoadmapStep step;
            step.id = u"learn:"_s + missing.at(i)->id;
            step.kind = RoadmapStepKind::LearnSkill;
            step.skillId = missing.at(i)->id;
            step.years = m_effort.learnYearsCredited;
            step.studyHours = it.value();
            step.effortSource =
                effortFile + u"learnSkill.studyHours."_s + SkillCategories::key(area);
            steps.append(step);
        }
        if (deepest) {
            RoadmapStep step;
            // The level is part of the id: a mark for one year must not stick to the next.
            const int level = int(std::floor(skills.years(deepest->id))) + 1;
            step.id = u"deepen:%1:%2"_s.arg(deepest->id).arg(level);
            step.kind = RoadmapStepKind::DeepenSkill;
            step.skillId = deepest->id;
            step.years = m_effort.deepenYearsAdded;
            step.calendarMonths = m_effort.deepenMonths;
            step.effortSource = effortFile + u"deepenSkill.calendarMonths"_s;
            steps.append(step);
        }
    }
}

void RoadmapCandidates::addCertifications(QList<RoadmapStep> &steps,
                                          const ResolvedSkills &skills) const
{
    for (const CertificationEffort &certification : m_effort.certifications) {
        if (!m_data.catalogue.byId(certification.skillId) ||
            skills.certificationIds.contains(certification.skillId))
            continue;
        if (!certification.prerequisite.isEmpty() &&
            !skills.certificationIds.contains(certification.prerequisite))
            continue;
        RoadmapStep step;
        step.id = u"certify:"_s + certification.skillId;
        step.kind = RoadmapStepKind::Certification;
        step.skillId = certification.skillId;
        step.studyHours = certification.studyHours;
        step.effortSource =
            effortFile + u"certifications.items (skill %1)"_s.arg(certification.skillId);
        steps.append(step);
    }
}

void RoadmapCandidates::addExperience(QList<RoadmapStep> &steps, const Profile &profile) const
{
    const ModelParameters &parameters = m_data.parameters;
    const bool leads = profile.managementYearsLeading > 0;
    if (!leads || profile.managementLargestTeam < m_effort.largerTeamSize ||
        profile.managementYearsLeading < parameters.leadingYearsSaturation) {
        RoadmapStep step;
        step.id = u"lead-team:%1"_s.arg(profile.managementYearsLeading + 1);
        step.kind = RoadmapStepKind::LeadTeam;
        step.years = 1;
        step.teamSize = std::max(profile.managementLargestTeam,
                                 leads ? m_effort.largerTeamSize : m_effort.firstTeamSize);
        step.calendarMonths = m_effort.leadTeamMonths;
        step.effortSource = effortFile + u"leadTeam.calendarMonths"_s;
        steps.append(step);
    }
    for (const QString &key : Profile::upstreamKeys()) {
        if (profile.upstream.contains(key))
            continue;
        RoadmapStep step;
        step.id = u"upstream:"_s + key;
        step.kind = RoadmapStepKind::UpstreamWork;
        step.upstreamKey = key;
        step.calendarMonths = m_effort.upstreamMonths;
        step.effortSource = effortFile + u"upstreamWork.calendarMonths"_s;
        steps.append(step);
    }
    if (profile.largeScaleProjects < parameters.largeScaleProjectsCounted) {
        RoadmapStep step;
        step.id = u"large-project:%1"_s.arg(profile.largeScaleProjects + 1);
        step.kind = RoadmapStepKind::LargeScaleProject;
        step.calendarMonths = m_effort.largeScaleProjectMonths;
        step.effortSource = effortFile + u"largeScaleProject.calendarMonths"_s;
        steps.append(step);
    }
    if (profile.newTechnologyProjects < parameters.newTechnologyProjectsCounted) {
        RoadmapStep step;
        step.id = u"new-technology-project:%1"_s.arg(profile.newTechnologyProjects + 1);
        step.kind = RoadmapStepKind::NewTechnologyProject;
        step.calendarMonths = m_effort.newTechnologyProjectMonths;
        step.effortSource = effortFile + u"newTechnologyProject.calendarMonths"_s;
        steps.append(step);
    }
}
