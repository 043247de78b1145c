#pragma once

#include "cli/DatabaseCommand.h"

#include <QCoreApplication>

// `careerplanner chart age|employment|skills|rates --output FILE.png|FILE.svg
//  [--profile FILE] [--database PATH] [--size WxH] [--lang ja|en]`
// Draws a chart headless (the offscreen platform), for reports and tests.
class ChartCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(ChartCommand)

public:
    QString name() const override { return QStringLiteral("chart"); }
    QString summary() const override;
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    QList<Positional> positionalArguments() const override;
    bool needsDisplay() const override { return true; }
    int run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) override;
};
