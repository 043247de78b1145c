#pragma once

#include "cli/DatabaseCommand.h"

#include <QCoreApplication>

// `careerplanner plan --profile FILE --target YEN [--employment TYPE] [--hours H]
//  [--database PATH] [--format text|json] [--report OUT.pdf] [--lang ja|en]`
// The roadmap headless: the ordered steps as text or JSON, and the PDF report. It runs as a
// GUI application on the offscreen platform because the report draws the charts.
class PlanCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(PlanCommand)

public:
    QString name() const override { return QStringLiteral("plan"); }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    bool needsDisplay() const override { return true; }
    int run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) override;
};
