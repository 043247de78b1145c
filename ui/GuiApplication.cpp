#include "GuiApplication.h"

#include "AppSettings.h"
#include "MainWindow.h"
#include "cli/DatabaseLocation.h"
#include "cli/Language.h"
#include "storage/Database.h"
#include "storage/MarketDataLoader.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <cstdio>

using namespace Qt::StringLiterals;

bool GuiApplication::hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") ||
           !qEnvironmentVariableIsEmpty("DISPLAY") ||
           !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

int GuiApplication::run(int argc, char **argv)
{
    if (!hasDisplay()) {
        std::fputs("careerplanner: no graphical display is available (DISPLAY and "
                   "WAYLAND_DISPLAY are not set), so the window cannot open.\n"
                   "Start it from a desktop session, or under a virtual display with "
                   "`xvfb-run -a careerplanner`.\n"
                   "Commands that need no window work here: see `careerplanner --help`.\n",
                   stderr);
        return 2;
    }
    QApplication app(argc, argv);
    QGuiApplication::setDesktopFileName(u"io.github.careerplanner.CareerPlanner"_s);
    QApplication::setWindowIcon(QIcon(u":/icons/careerplanner.svg"_s));

    QCommandLineParser parser;
    parser.addOption(DatabaseLocation::option());
    parser.addOption(Language::option());
    parser.process(app);
    // --lang and --database win over the settings; the settings over the system defaults.
    Language::install(parser.isSet(u"lang"_s)
                          ? Language::fromArguments(QCoreApplication::arguments())
                          : AppSettings::effectiveLanguage());
    QString path = DatabaseLocation::resolve(parser);
    if (!parser.isSet(u"database"_s) && !AppSettings::databasePath().isEmpty())
        path = AppSettings::databasePath();

    Database database;
    database.setBackupsToKeep(AppSettings::backupsToKeep());
    if (!database.open(path)) {
        QMessageBox::critical(
            nullptr, tr("CareerPlanner cannot start"),
            tr("The database could not be opened.\n\n%1").arg(database.lastError()));
        return 1;
    }
    QString error;
    auto market = MarketDataLoader::load(database.connection(), &error);
    if (!market) {
        QMessageBox::critical(nullptr, tr("CareerPlanner cannot start"), error);
        return 1;
    }
    MainWindow window(database.connection(), std::move(*market));
    window.show();
    return QApplication::exec();
}
