#pragma once

#include "core/SkillCatalogue.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

// The names the user taught the catalogue: an alias stored with the skill (kept apart from the
// bundled aliases, so a new catalogue never drops it), and every stored requirement that the
// catalogue could not read re-read with it, in one transaction.
class SkillAliasStore
{
    Q_DECLARE_TR_FUNCTIONS(SkillAliasStore)

public:
    explicit SkillAliasStore(QSqlDatabase database);

    // *catalogue gets the alias too. Returns how many requirements now name a skill, or -1
    // with *error (nothing changed) when the alias cannot be added.
    int addUserAlias(SkillCatalogue *catalogue, const QString &skillId, const QString &alias,
                     QString *error);

private:
    QSqlDatabase m_database;
};
