#pragma once

#include <QCoreApplication>

// `careerplanner plan --profile FILE --target YEN [--employment TYPE] [--hours H]
//  [--database PATH] [--format text|json] [--report OUT.pdf] [--lang ja|en]`
// The roadmap headless: the ordered steps as text or JSON, and the PDF report. It runs as a
// GUI application on the offscreen platform because the report draws the charts.
class PlanCommand
{
    Q_DECLARE_TR_FUNCTIONS(PlanCommand)

public:
    static QString name() { return QStringLiteral("plan"); }
    static QString summary();
    static bool isPlanInvocation(int argc, char **argv);
    static int run(int argc, char **argv);
};
