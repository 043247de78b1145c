#pragma once

#include "cli/Command.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

// `careerplanner restore [--from FILE] [--database PATH]`: puts the newest good backup (or
// FILE) in place of the database; the file that was there is moved aside, never deleted.
class RestoreCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(RestoreCommand)

public:
    QString name() const override { return QStringLiteral("restore"); }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    int run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) override;
};
