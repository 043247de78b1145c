// CareerPlanner entry point: text commands run without a display; otherwise the window.
#include "cli/CommandLine.h"
#include "cli/drawing/ChartCommand.h"
#include "cli/drawing/PlanCommand.h"
#include "shell/GuiApplication.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication::setOrganizationName(u"CareerPlanner"_s);
    QCoreApplication::setApplicationName(u"careerplanner"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(CAREERPLANNER_VERSION));

    if (ChartCommand::isChartInvocation(argc, argv))
        return ChartCommand::run(argc, argv);
    if (PlanCommand::isPlanInvocation(argc, argv))
        return PlanCommand::run(argc, argv);
    if (CommandLine::isTextInvocation(argc, argv)) {
        QCoreApplication app(argc, argv);
        return CommandLine().run(QCoreApplication::arguments());
    }
    return GuiApplication::run(argc, argv);
}
