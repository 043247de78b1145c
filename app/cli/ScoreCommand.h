#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

// `careerplanner score --profile FILE [--database PATH] [--format text|json]
//  [--billable-hours H] [--agency-margin PERCENT] [--top N]`
class ScoreCommand
{
    Q_DECLARE_TR_FUNCTIONS(ScoreCommand)

public:
    static QString name() { return QStringLiteral("score"); }
    static QString summary();
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};
