#include "ResolvedSkills.h"

ResolvedSkills ResolvedSkills::resolve(const Profile &profile, const SkillCatalogue &catalogue)
{
    ResolvedSkills resolved;
    for (const ProfileSkill &skill : profile.skills) {
        const CatalogueSkill *known = catalogue.find(skill.name);
        if (!known) {
            resolved.unknownSkills.append(skill.name);
            continue;
        }
        const double years = std::max(0.0, skill.years);
        auto it = resolved.yearsBySkill.find(known->id);
        if (it == resolved.yearsBySkill.end())
            resolved.yearsBySkill.insert(known->id, years);
        else
            *it = std::max(*it, years);
    }
    for (const QString &certification : profile.certifications) {
        const CatalogueSkill *known = catalogue.find(certification);
        if (!known) {
            resolved.unknownCertifications.append(certification);
            continue;
        }
        if (!resolved.certificationIds.contains(known->id))
            resolved.certificationIds.append(known->id);
        if (!resolved.yearsBySkill.contains(known->id))
            resolved.yearsBySkill.insert(known->id, 0);
    }
    for (const QString &work : profile.upstream) {
        const QString skillId = Profile::upstreamSkillId(work);
        if (catalogue.byId(skillId) && !resolved.yearsBySkill.contains(skillId))
            resolved.yearsBySkill.insert(skillId, 0);
    }
    resolved.enteredYears = resolved.yearsBySkill;

    // Frameworks credit part of their years to the language they are written in, for meeting
    // listings; a chain (Next.js → React → JavaScript) settles within as many rounds as it is
    // long.
    for (int round = 0; round < 4; ++round) {
        bool changed = false;
        const QHash<QString, double> held = resolved.yearsBySkill;
        for (auto it = held.begin(); it != held.end(); ++it) {
            const CatalogueSkill *skill = catalogue.byId(it.key());
            if (!skill || skill->implies.isEmpty() || skill->impliedShare <= 0 ||
                !catalogue.byId(skill->implies))
                continue;
            const double credited = it.value() * skill->impliedShare;
            const double current = resolved.yearsBySkill.value(skill->implies, -1);
            if (credited > current + 1e-9) {
                resolved.yearsBySkill.insert(skill->implies, credited);
                resolved.impliedBy.insert(skill->implies, skill->id);
                changed = true;
            }
        }
        if (!changed)
            break;
    }
    return resolved;
}
