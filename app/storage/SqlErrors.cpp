#include "SqlErrors.h"

#include <QSqlError>

using namespace Qt::StringLiterals;

namespace SqlErrors {

QString describe(const QSqlQuery &query)
{
    const QSqlError error = query.lastError();
    QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    if (!error.driverText().isEmpty() && !text.contains(error.driverText()))
        text = error.driverText() + u": "_s + text;
    return text;
}

bool exec(QSqlQuery &query, QString *error)
{
    if (query.exec())
        return true;
    if (error)
        *error = describe(query);
    return false;
}

bool prepareAndExec(QSqlQuery &query, const QString &sql, QString *error)
{
    if (!query.prepare(sql)) {
        if (error)
            *error = describe(query);
        return false;
    }
    return exec(query, error);
}

} // namespace SqlErrors
