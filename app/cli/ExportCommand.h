#pragma once

#include "cli/DatabaseCommand.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

// `careerplanner export FILE [--format csv|json] [--database PATH] [--saved] [--search TEXT]`
class ExportCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    QList<Positional> positionalArguments() const override;
    int run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) override;
};
