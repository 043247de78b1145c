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
    return resolved;
}
