#include "SkillCatalogueRepository.h"

#include "SqlErrors.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

SkillCatalogueRepository::SkillCatalogueRepository(QSqlDatabase database)
    : m_database(std::move(database))
{
}

SkillCatalogue SkillCatalogueRepository::load(QString *error) const
{
    QHash<QString, QStringList> aliasesBySkill;
    QSqlQuery aliases(m_database);
    aliases.setForwardOnly(true);
    if (!SqlErrors::prepareAndExec(
            aliases, u"SELECT skill_id, alias FROM skill_aliases ORDER BY alias"_s, error))
        return {};
    while (aliases.next())
        aliasesBySkill[aliases.value(0).toString()].append(aliases.value(1).toString());

    QList<CatalogueSkill> skills;
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    if (!SqlErrors::prepareAndExec(
            query,
            u"SELECT id, category, name_en, name_ja, implies, implied_share FROM skill_catalogue "
            "ORDER BY category, name_en"_s,
            error))
        return {};
    while (query.next()) {
        CatalogueSkill skill;
        skill.id = query.value(0).toString();
        skill.category =
            SkillCategories::fromKey(query.value(1).toString()).value_or(SkillCategory::Languages);
        skill.nameEn = query.value(2).toString();
        skill.nameJa = query.value(3).toString();
        skill.implies = query.value(4).toString();
        skill.impliedShare = query.value(5).toDouble();
        skill.aliases = aliasesBySkill.value(skill.id);
        skills.append(skill);
    }
    return SkillCatalogue(std::move(skills));
}
