#pragma once

#include "cli/DatabaseCommand.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

// `careerplanner score --profile FILE [--database PATH] [--format text|json]
//  [--billable-hours H] [--agency-margin PERCENT] [--top N]`
class ScoreCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(ScoreCommand)

public:
    QString name() const override { return QStringLiteral("score"); }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    int run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) override;
};
