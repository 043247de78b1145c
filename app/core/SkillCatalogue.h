#pragma once

#include "SkillCategory.h"

#include <QHash>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

struct CatalogueSkill
{
    QString id;
    SkillCategory category = SkillCategory::Languages;
    QString nameEn;
    QString nameJa;
    QStringList aliases;
    // The skill this one presupposes (Spring Boot → Java) and the share of its years that
    // count as years of that skill; empty and 0 when none.
    QString implies;
    double impliedShare = 0;

    QString displayName(const QLocale &locale = QLocale()) const;
    bool operator==(const CatalogueSkill &) const = default;
};

// The skills the model knows, looked up by id, English or Japanese name, or alias,
// ignoring case and full-width/half-width differences.
class SkillCatalogue
{
public:
    SkillCatalogue() = default;
    explicit SkillCatalogue(QList<CatalogueSkill> skills);

    const QList<CatalogueSkill> &skills() const { return m_skills; }
    const CatalogueSkill *find(const QString &nameOrAlias) const;
    const CatalogueSkill *byId(const QString &id) const;
    // Every name and alias, for type-ahead completion.
    QStringList completionNames() const;

    static QString normalized(const QString &name);
    // Adds a name the user mapped to a skill. False (and nothing changes) when the skill is
    // unknown or the name already names a skill. Positions and pointers stay valid.
    bool addAlias(const QString &skillId, const QString &alias);

private:
    QList<CatalogueSkill> m_skills;
    QHash<QString, qsizetype> m_index; // normalized name → position in m_skills
};
