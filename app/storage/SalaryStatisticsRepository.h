#pragma once

#include "core/SalaryStatistic.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

class SalaryStatisticsRepository
{
public:
    explicit SalaryStatisticsRepository(QSqlDatabase database);

    QList<SalaryStatistic> all(QString *error = nullptr) const;

private:
    QSqlDatabase m_database;
};
