#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

// `careerplanner listings [--database PATH] [--format text|json|csv] [--search TEXT] [--saved]
// [--status STATUS]`
class ListingsCommand
{
    Q_DECLARE_TR_FUNCTIONS(ListingsCommand)

public:
    static QString name() { return QStringLiteral("listings"); }
    static QString summary();
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};
