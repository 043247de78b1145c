#include "SalaryStatisticsRepository.h"

#include "SqlErrors.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

SalaryStatisticsRepository::SalaryStatisticsRepository(QSqlDatabase database)
    : m_database(std::move(database))
{
}

QList<SalaryStatistic> SalaryStatisticsRepository::all(QString *error) const
{
    QList<SalaryStatistic> statistics;
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    if (!SqlErrors::prepareAndExec(query,
                                   u"SELECT id, occupation, dimension, bucket, unit, "
                                   "value_low_yen, value_high_yen, source, as_of_year, note "
                                   "FROM salary_statistics ORDER BY id"_s,
                                   error))
        return statistics;
    while (query.next()) {
        SalaryStatistic statistic;
        statistic.id = query.value(0).toString();
        statistic.occupation = query.value(1).toString();
        statistic.dimension = query.value(2).toString();
        statistic.bucket = query.value(3).toString();
        statistic.unit = query.value(4).toString();
        statistic.valueLowYen = query.value(5).toLongLong();
        statistic.valueHighYen = query.value(6).toLongLong();
        statistic.source = query.value(7).toString();
        statistic.asOfYear = query.value(8).toInt();
        statistic.note = query.value(9).toString();
        statistics.append(statistic);
    }
    return statistics;
}
