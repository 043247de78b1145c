#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

// `careerplanner export FILE [--format csv|json] [--database PATH] [--saved] [--search TEXT]`
class ExportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    static QString name() { return QStringLiteral("export"); }
    static QString summary();
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};
