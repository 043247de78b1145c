// CareerPlanner entry point: one registry of commands reads the command line; without a
// command, the window starts.
#include "cli/AdminCommand.h"
#include "cli/CheckCommand.h"
#include "cli/CommandRegistry.h"
#include "cli/ExportCommand.h"
#include "cli/ImportCommand.h"
#include "cli/ListingsCommand.h"
#include "cli/RestoreCommand.h"
#include "cli/ScoreCommand.h"
#include "cli/TakeHomeCommand.h"
#include "cli/drawing/ChartCommand.h"
#include "cli/drawing/OffscreenCommand.h"
#include "cli/drawing/PlanCommand.h"
#include "shell/GuiApplication.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication::setOrganizationName(u"CareerPlanner"_s);
    QCoreApplication::setApplicationName(u"careerplanner"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(CAREERPLANNER_VERSION));

    CommandRegistry registry;
    registry.add(std::make_unique<ListingsCommand>());
    registry.add(std::make_unique<ScoreCommand>());
    registry.add(std::make_unique<ImportCommand>());
    registry.add(std::make_unique<ExportCommand>());
    registry.add(std::make_unique<ChartCommand>());
    registry.add(std::make_unique<PlanCommand>());
    registry.add(std::make_unique<CheckCommand>());
    registry.add(std::make_unique<RestoreCommand>());
    registry.add(std::make_unique<TakeHomeCommand>());
    registry.add(std::make_unique<AdminCommand>());
    registry.setDisplayApplicationFactory(&OffscreenCommand::createApplication);
    return registry.run(argc, argv, &GuiApplication::run);
}
