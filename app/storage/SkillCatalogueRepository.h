#pragma once

#include "core/SkillCatalogue.h"

#include <QSqlDatabase>
#include <QString>

class SkillCatalogueRepository
{
public:
    explicit SkillCatalogueRepository(QSqlDatabase database);

    SkillCatalogue load(QString *error = nullptr) const;

private:
    QSqlDatabase m_database;
};
