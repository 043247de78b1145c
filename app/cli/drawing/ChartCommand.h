#pragma once

#include <QCoreApplication>

// `careerplanner chart age|employment|skills|rates --output FILE.png|FILE.svg
//  [--profile FILE] [--database PATH] [--size WxH] [--lang ja|en]`
// Draws a chart headless (the offscreen platform), for reports and tests.
class ChartCommand
{
    Q_DECLARE_TR_FUNCTIONS(ChartCommand)

public:
    static QString name() { return QStringLiteral("chart"); }
    static bool isChartInvocation(int argc, char **argv);
    static int run(int argc, char **argv);
};
