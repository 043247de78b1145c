#pragma once

#include "cli/Command.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

// `careerplanner check [--database PATH]`: SQLite's full integrity check and foreign-key
// check on the database, read-only, with what it holds and its backups. Exit 0 when whole,
// 1 when damaged or missing.
class CheckCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)

public:
    QString name() const override { return QStringLiteral("check"); }
    QString summary() const override;
    int run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) override;
};
