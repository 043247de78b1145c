#pragma once

#include "cli/DatabaseCommand.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

// `careerplanner import FILE [--database PATH] [--skip-invalid] [--duplicates skip|merge]`:
// CSV (UTF-8 or Shift_JIS) or JSON listings into the database, in one transaction.
class ImportCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)

public:
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override;
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    QList<Positional> positionalArguments() const override;
    int run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) override;
};
