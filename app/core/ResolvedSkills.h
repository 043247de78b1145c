#pragma once

#include "Profile.h"
#include "SkillCatalogue.h"

#include <QHash>
#include <QStringList>

// A profile's skills matched to the catalogue: the years per catalogue skill (the most when
// a skill is named twice), certifications that name a catalogue skill, upstream work ticked,
// and the names the catalogue does not know.
struct ResolvedSkills
{
    QHash<QString, double> yearsBySkill; // catalogue id → years
    QStringList certificationIds;        // catalogue ids of recognised certifications
    QStringList unknownSkills;
    QStringList unknownCertifications;
    // Years credited to a skill through one it implies (Spring Boot 4 years → Java 2.4), for
    // meeting listings: skill id → the skill they came from, where they exceed the entered
    // years (yearsBySkill then holds the credited figure).
    QHash<QString, QString> impliedBy;
    // The years as entered (certifications and upstream work at 0), before any credit through
    // an implying skill: what the scores and the published rate count, so a framework's
    // credited years never replace or add to the years entered for its language.
    QHash<QString, double> enteredYears;

    bool has(const QString &skillId) const { return yearsBySkill.contains(skillId); }
    double years(const QString &skillId) const { return yearsBySkill.value(skillId, -1); }

    // Upstream work counts as the upstream skill it is (requirements → 要件定義, …) with the
    // years unknown (0), so a listing asking for it is at least partly met.
    static ResolvedSkills resolve(const Profile &profile, const SkillCatalogue &catalogue);
};
