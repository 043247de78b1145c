#pragma once

#include "EmploymentType.h"
#include "Profile.h"
#include "SkillCatalogue.h"

#include <QCoreApplication>
#include <QString>

enum class RoadmapStepKind
{
    LearnSkill,
    DeepenSkill,
    Certification,
    LeadTeam,
    UpstreamWork,
    LargeScaleProject,
    NewTechnologyProject,
    ChangeEmployer,
    SwitchEmployment
};

// One thing the user could do next, with exactly how it changes the profile and how long it
// takes. The id is stable ("learn:aws", "lead-team", "switch:freelance"), so progress marks
// stay attached to a step when the plan is recomputed.
struct RoadmapStep
{
    Q_DECLARE_TR_FUNCTIONS(RoadmapStep)

public:
    QString id;
    RoadmapStepKind kind = RoadmapStepKind::LearnSkill;
    QString skillId;     // learn, deepen, certification: the catalogue skill
    QString upstreamKey; // upstream work: a key of Profile::upstreamKeys()
    EmploymentType employment = EmploymentType::FullTime; // switch: the type switched to
    double years = 0;          // learn: years credited; deepen: years added; lead: years added
    int teamSize = 0;          // lead: the team size reached
    double studyHours = 0;     // study steps; 0 for steps only work can give
    double calendarMonths = 0; // work steps; 0 for study steps
    QString effortSource;      // "data/roadmap_steps.json: learnSkill.studyHours.cloud"

    // Months the step takes at the given study time per week.
    double effortMonths(double hoursPerWeek, double weeksPerMonth) const;
    // The profile after the step. Route steps that change no skill (change employer) return
    // the profile unchanged; a switch changes the employment type only.
    Profile applyTo(const Profile &profile, const SkillCatalogue &catalogue) const;
    // True for steps the profile form can record (skills, certifications, leading, upstream,
    // projects, employment type); marking them done offers to update the profile.
    bool changesProfile() const { return kind != RoadmapStepKind::ChangeEmployer; }
    bool isRoute() const
    {
        return kind == RoadmapStepKind::ChangeEmployer || kind == RoadmapStepKind::SwitchEmployment;
    }

    QString title(const SkillCatalogue &catalogue) const; // translated, e.g. "Learn AWS"
    // Which of the four routes of the source article the step belongs to (translated).
    QString routeName() const;
    // How the effort is reckoned, e.g. "150 study hours at 6 h/week" (translated).
    QString effortText(double hoursPerWeek) const;
};
