#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

// `careerplanner check [--database PATH]`: SQLite's full integrity check and foreign-key
// check on the database, read-only, with what it holds and its backups. Exit 0 when whole,
// 1 when damaged or missing.
class CheckCommand
{
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)

public:
    static QString name() { return QStringLiteral("check"); }
    static QString summary();
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};
