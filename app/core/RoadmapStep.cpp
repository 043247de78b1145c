#include "RoadmapStep.h"

#include <QLocale>
#include <cmath>

using namespace Qt::StringLiterals;

double RoadmapStep::effortMonths(double hoursPerWeek, double weeksPerMonth) const
{
    if (studyHours > 0)
        return studyHours / (std::max(hoursPerWeek, 0.5) * weeksPerMonth);
    return calendarMonths;
}

Profile RoadmapStep::applyTo(const Profile &profile, const SkillCatalogue &catalogue) const
{
    Profile changed = profile;
    const CatalogueSkill *skill = catalogue.byId(skillId);
    switch (kind) {
    case RoadmapStepKind::LearnSkill:
        if (skill)
            changed.skills.append({skill->nameEn, years});
        break;
    case RoadmapStepKind::DeepenSkill: {
        // Deepen the entry that counts (the most years); the catalogue matches any alias.
        ProfileSkill *deepest = nullptr;
        for (ProfileSkill &entry : changed.skills) {
            const CatalogueSkill *known = catalogue.find(entry.name);
            if (known && known->id == skillId && (!deepest || entry.years > deepest->years))
                deepest = &entry;
        }
        if (deepest)
            deepest->years += years;
        else if (skill)
            changed.skills.append({skill->nameEn, years});
        break;
    }
    case RoadmapStepKind::Certification:
        if (skill)
            changed.certifications.append(skill->nameEn);
        break;
    case RoadmapStepKind::LeadTeam:
        changed.managementYearsLeading += int(std::lround(years));
        changed.managementLargestTeam = std::max(changed.managementLargestTeam, teamSize);
        break;
    case RoadmapStepKind::UpstreamWork:
        if (!changed.upstream.contains(upstreamKey))
            changed.upstream.append(upstreamKey);
        break;
    case RoadmapStepKind::LargeScaleProject:
        ++changed.largeScaleProjects;
        break;
    case RoadmapStepKind::NewTechnologyProject:
        ++changed.newTechnologyProjects;
        break;
    case RoadmapStepKind::ChangeEmployer:
        break;
    case RoadmapStepKind::SwitchEmployment:
        changed.employment = employment;
        break;
    }
    return changed;
}

QString RoadmapStep::title(const SkillCatalogue &catalogue) const
{
    const CatalogueSkill *skill = catalogue.byId(skillId);
    const QString skillName = skill ? skill->displayName() : skillId;
    switch (kind) {
    case RoadmapStepKind::LearnSkill:
        return tr("Learn %1").arg(skillName);
    case RoadmapStepKind::DeepenSkill:
        return tr("Another year of %1 at work").arg(skillName);
    case RoadmapStepKind::Certification:
        return tr("Get certified: %1").arg(skillName);
    case RoadmapStepKind::LeadTeam:
        return tr("Lead a team of %1 for a year").arg(teamSize);
    case RoadmapStepKind::UpstreamWork:
        return tr("Take on upstream work: %1").arg(Profile::upstreamDisplayName(upstreamKey));
    case RoadmapStepKind::LargeScaleProject:
        return tr("Complete a large-scale project");
    case RoadmapStepKind::NewTechnologyProject:
        return tr("Introduce a new technology in a project");
    case RoadmapStepKind::ChangeEmployer:
        return tr("Change employer for the market rate");
    case RoadmapStepKind::SwitchEmployment:
        return employment == EmploymentType::Freelance
                   ? tr("Go freelance")
                   : tr("Switch to %1").arg(EmploymentTypes::displayName(employment));
    }
    return id;
}

QString RoadmapStep::routeName() const
{
    switch (kind) {
    case RoadmapStepKind::LearnSkill:
    case RoadmapStepKind::DeepenSkill:
    case RoadmapStepKind::Certification:
        return tr("Specialty in demand");
    case RoadmapStepKind::LeadTeam:
    case RoadmapStepKind::UpstreamWork:
        return tr("Leader or PM");
    case RoadmapStepKind::LargeScaleProject:
    case RoadmapStepKind::NewTechnologyProject:
        return tr("Track record");
    case RoadmapStepKind::ChangeEmployer:
        return tr("Change employer");
    case RoadmapStepKind::SwitchEmployment:
        return employment == EmploymentType::Freelance ? tr("Go freelance")
                                                       : tr("Change employment type");
    }
    return {};
}

QString RoadmapStep::effortText(double hoursPerWeek) const
{
    const QLocale locale;
    if (studyHours > 0)
        return tr("%1 study hours at %2 h/week")
            .arg(locale.toString(studyHours, 'f', 0), locale.toString(hoursPerWeek, 'g', 3));
    return tr("%1 months of work").arg(locale.toString(calendarMonths, 'f', 0));
}
