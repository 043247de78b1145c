#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

// `careerplanner import FILE [--database PATH] [--skip-invalid] [--duplicates skip|merge]`:
// CSV (UTF-8 or Shift_JIS) or JSON listings into the database, in one transaction.
class ImportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)

public:
    static QString name() { return QStringLiteral("import"); }
    static QString summary();
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};
