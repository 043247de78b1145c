#pragma once

#include <QSqlQuery>
#include <QString>

// Small helpers so every query reports what failed in words a user can pass on.
namespace SqlErrors {
QString describe(const QSqlQuery &query);
// Prepares one statement; on failure fills *error and returns false.
bool prepare(QSqlQuery &query, const QString &sql, QString *error);
// Prepares and runs one statement; on failure fills *error and returns false.
bool prepareAndExec(QSqlQuery &query, const QString &sql, QString *error);
bool exec(QSqlQuery &query, QString *error);
// A constant statement with no values, run as it is: DDL, which PostgreSQL cannot prepare.
// Never for text that holds input.
bool execConstant(QSqlQuery &query, const QString &sql, QString *error);
} // namespace SqlErrors
