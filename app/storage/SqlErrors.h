#pragma once

#include <QSqlQuery>
#include <QString>

// Small helpers so every query reports what failed in words a user can pass on.
namespace SqlErrors {
QString describe(const QSqlQuery &query);
// Prepares and runs one statement; on failure fills *error and returns false.
bool prepareAndExec(QSqlQuery &query, const QString &sql, QString *error);
bool exec(QSqlQuery &query, QString *error);
} // namespace SqlErrors
