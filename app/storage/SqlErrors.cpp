#include "SqlErrors.h"

#include <QCoreApplication>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace SqlErrors {

QString describe(const QSqlQuery &query)
{
    const QSqlError error = query.lastError();
    // SQLITE_BUSY (5) and SQLITE_LOCKED (6): another window or command is writing and did not
    // finish within the busy timeout. Said plainly, with what happened to this write.
    if (error.nativeErrorCode() == u"5"_s || error.nativeErrorCode() == u"6"_s)
        return QCoreApplication::translate(
            "SqlErrors", "the database is in use: another CareerPlanner window or command is "
                         "writing to it and did not finish within 5 seconds. Nothing was changed; "
                         "try again when it has finished.");
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

bool execConstant(QSqlQuery &query, const QString &sql, QString *error)
{
    if (query.exec(sql))
        return true;
    if (error)
        *error = describe(query);
    return false;
}

bool prepare(QSqlQuery &query, const QString &sql, QString *error)
{
    if (query.prepare(sql))
        return true;
    if (error)
        *error = describe(query);
    return false;
}

bool prepareAndExec(QSqlQuery &query, const QString &sql, QString *error)
{
    return prepare(query, sql, error) && exec(query, error);
}

} // namespace SqlErrors
