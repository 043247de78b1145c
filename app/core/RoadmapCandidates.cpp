#include "RoadmapCandidates.h"

#include <QSet>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {
const QString effortFile = RoadmapEffort::sourceFile() + u": "_s;
}

RoadmapCandidates::RoadmapCandidates(const MarketData &data, const RoadmapEffort &effort,
                                     const SkillMarketValues &values, const ListingFitter &fitter)
    : m_data(data), m_effort(effort), m_values(values), m_fitter(fitter)
{
    // A listing asks for a skill once, however many requirements name it. Listings have a
    // handful of requirements, so looking back along them beats a set per listing.
    const ListingSet &listings = data.listings;
    for (qsizetype l = 0; l < listings.size(); ++l) {
        for (qsizetype i = 0; i < listings.requirementCount(l); ++i) {
            const QString &id = listings.requirementSkillId(l, i);
            if (id.isEmpty())
                continue;
            bool named = false;
            for (qsizetype j = 0; j < i && !named; ++j)
                named = listings.requirementSkillId(l, j) == id;
            if (!named)
                ++m_demand[id];
        }
    }
}

QList<RoadmapStep> RoadmapCandidates::generate(const Profile &profile, const ResolvedSkills &skills,
                                               EmploymentType planType, bool allAreas) const
{
    QList<RoadmapStep> steps;
    addLearnAndDeepen(steps, profile, skills, allAreas);
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
        // Freelance listings ask for years of practice: until then the switch waits for them.
        const double missingYears =
            m_effort.freelanceMinimumExperienceYears - double(profile.experienceYears);
        if (planType == EmploymentType::Freelance && missingYears > 0) {
            step.calendarMonths = std::max(step.calendarMonths, missingYears * 12);
            step.effortSource += u", switchEmployment.freelanceMinimumExperienceYears"_s;
        }
        steps.append(step);
    }
    return steps;
}

QHash<QString, double> RoadmapCandidates::nearFitSkills(const ResolvedSkills &skills) const
{
    return m_fitter.nearFitUnmetSkills(skills, m_effort.nearFitMinimum);
}

RoadmapStep RoadmapCandidates::learnStep(const CatalogueSkill &skill, double studyHours) const
{
    RoadmapStep step;
    step.id = u"learn:"_s + skill.id;
    step.kind = RoadmapStepKind::LearnSkill;
    step.skillId = skill.id;
    step.years = m_effort.learnYearsCredited;
    step.studyHours = studyHours;
    step.effortSource =
        effortFile + u"learnSkill.studyHours."_s + SkillCategories::key(skill.category);
    return step;
}

void RoadmapCandidates::addLearnAndDeepen(QList<RoadmapStep> &steps, const Profile &profile,
                                          const ResolvedSkills &skills, bool allAreas) const
{
    QSet<QString> certificationIds;
    for (const CertificationEffort &certification : m_effort.certifications)
        certificationIds.insert(certification.skillId);
    const QHash<QString, double> nearFit = nearFitSkills(skills);
    // A separate track is open to those on it already, or asked for it by a near-fit listing.
    QSet<QString> closed;
    for (const QStringList &track : m_effort.separateTracks) {
        const bool open = std::any_of(track.begin(), track.end(), [&](const QString &id) {
            return skills.enteredYears.value(id, -1) > 0 || nearFit.contains(id);
        });
        if (!open) {
            for (const QString &id : track)
                closed.insert(id);
        }
    }
    const QList<SkillCategory> relevant = m_effort.relevantAreas.value(profile.jobType);
    QSet<QString> offered;

    for (auto it = m_effort.learnStudyHours.begin(); it != m_effort.learnStudyHours.end(); ++it) {
        const SkillCategory area = it.key();
        const bool adjacent = allAreas || relevant.contains(area);
        QList<const CatalogueSkill *> missing;
        const CatalogueSkill *deepest = nullptr; // the held skill below saturation worth most
        for (const CatalogueSkill &skill : m_data.catalogue.skills()) {
            if (skill.category != area || certificationIds.contains(skill.id))
                continue;
            const double years = skills.enteredYears.value(skill.id, -1);
            const bool held = years > 0;
            if (!held) {
                if (adjacent && !closed.contains(skill.id) && years < 0)
                    missing.append(&skill);
            } else if (years < m_data.parameters.depthSaturationYears &&
                       (!deepest ||
                        m_values.value(skill.id).weight() > m_values.value(deepest->id).weight())) {
                deepest = &skill;
            }
        }
        // Worth most first (market value × demand), then most asked for in your listings;
        // the catalogue order breaks ties, so the choice is stable.
        std::stable_sort(missing.begin(), missing.end(),
                         [this](const CatalogueSkill *a, const CatalogueSkill *b) {
                             const double wa = m_values.value(a->id).weight();
                             const double wb = m_values.value(b->id).weight();
                             if (wa != wb)
                                 return wa > wb;
                             return demand(a->id) > demand(b->id);
                         });
        for (qsizetype i = 0; i < std::min<qsizetype>(missing.size(), m_effort.candidatesPerArea);
             ++i) {
            steps.append(learnStep(*missing.at(i), it.value()));
            offered.insert(missing.at(i)->id);
        }
        if (deepest) {
            RoadmapStep step;
            // The level is part of the id: a mark for one year must not stick to the next.
            const int level = int(std::floor(skills.enteredYears.value(deepest->id))) + 1;
            step.id = u"deepen:%1:%2"_s.arg(deepest->id).arg(level);
            step.kind = RoadmapStepKind::DeepenSkill;
            step.skillId = deepest->id;
            step.years = m_effort.deepenYearsAdded;
            step.calendarMonths = m_effort.deepenMonths;
            step.effortSource = effortFile + u"deepenSkill.calendarMonths"_s;
            steps.append(step);
        }
    }

    // The skills the listings that almost fit ask for, by the rates those listings pay,
    // whatever their area: the market around the profile.
    QList<std::pair<QString, double>> asked;
    for (auto it = nearFit.begin(); it != nearFit.end(); ++it)
        asked.append({it.key(), it.value()});
    std::sort(asked.begin(), asked.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    int added = 0;
    for (const auto &[id, rates] : asked) {
        if (added == m_effort.nearFitSkills)
            break;
        const CatalogueSkill *skill = m_data.catalogue.byId(id);
        if (!skill || offered.contains(id) || certificationIds.contains(id) ||
            !m_effort.learnStudyHours.contains(skill->category) ||
            skills.enteredYears.value(id, -1) > 0)
            continue;
        steps.append(learnStep(*skill, m_effort.learnStudyHours.value(skill->category)));
        offered.insert(id);
        ++added;
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
