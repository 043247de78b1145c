#pragma once

#include "cli/DatabaseCommand.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

// `careerplanner listings [--database PATH] [--format text|json|csv] [--search TEXT] [--saved]
// [--status STATUS]`
class ListingsCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(ListingsCommand)

public:
    QString name() const override { return QStringLiteral("listings"); }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    int run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) override;
};
