#include "shell/GuiApplication.h"

#include "core/FreedMemory.h"
#include "services/AppSettings.h"
#include "services/DatabaseLocation.h"
#include "services/Language.h"
#include "services/Session.h"
#include "services/TeamLink.h"
#include "services/WindowLock.h"
#include "shell/MainWindow.h"
#include "shell/RecoveryDialog.h"
#include "shell/StartupReporter.h"
#include "storage/Database.h"
#include "storage/DatabaseRecovery.h"
#include "storage/MarketDataLoader.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
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

bool GuiApplication::open(Database &database, const QString &path, QString *note, bool checkFirst)
{
    // A file the user may not write (a read-only medium) is opened for reading: the data can
    // be seen, and every save says why it cannot be made.
    const QFileInfo info(path);
    if (info.exists() && (!info.isWritable() || !QFileInfo(info.absolutePath()).isWritable())) {
        if (database.openReadOnly(path)) {
            *note = tr("%1 can only be read here, so changes cannot be saved. Copy it to a "
                       "writable folder, or choose another database file in the settings.")
                        .arg(QDir::toNativeSeparators(path));
            return true;
        }
    } else if (checkFirst ? database.open(path) : database.openDeferringCheck(path)) {
        // A whole file clears the request for a full check that damage found earlier left.
        if (checkFirst)
            AppSettings::setCheckAtNextStart(false);
        return true;
    }
    if (database.problem() != Database::Problem::Damaged) {
        QMessageBox::critical(
            nullptr, tr("CareerPlanner cannot start"),
            tr("The database could not be opened.\n\n%1").arg(database.lastError()));
        return false;
    }
    const auto backup = DatabaseRecovery::newestGoodBackup(path);
    RecoveryDialog dialog(path, database.lastError(), backup);
    dialog.exec();
    QString error;
    QString aside;
    switch (dialog.choice()) {
    case RecoveryDialog::Choice::Quit:
        return false;
    case RecoveryDialog::Choice::RestoreBackup:
        if (!backup || !DatabaseRecovery::restore(backup->path, path, &error, &aside))
            break;
        *note = tr("Restored the backup %1. The damaged file is kept as %2.")
                    .arg(QDir::toNativeSeparators(backup->path), QDir::toNativeSeparators(aside));
        break;
    case RecoveryDialog::Choice::NewDatabase:
        aside = DatabaseRecovery::moveAside(path, &error);
        if (!aside.isEmpty())
            *note = tr("Started a new database. The damaged file is kept as %1.")
                        .arg(QDir::toNativeSeparators(aside));
        break;
    }
    if (!error.isEmpty() || !database.open(path)) {
        QMessageBox::critical(nullptr, tr("CareerPlanner cannot start"),
                              error.isEmpty() ? database.lastError() : error);
        return false;
    }
    return true;
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
    FreedMemory::keepLargeBlocksSeparate(); // the window lives for hours
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
    const QString path = DatabaseLocation::resolve(parser);
    // One window per database: a second would overwrite the first's changes with stale ones.
    WindowLock windowLock(path);
    if (!windowLock.acquire()) {
        std::fprintf(stderr, "%s\n", qPrintable(windowLock.refusal()));
        QMessageBox::information(nullptr, tr("CareerPlanner is already open"),
                                 windowLock.refusal());
        return 1;
    }

    Database database;
    database.setBackupsToKeep(AppSettings::backupsToKeep());
    QString startNote;
    // A fast start checks the file's integrity after the window is shown (and before any
    // write); after damage was found, the next start checks it first and offers recovery.
    if (!open(database, path, &startNote, AppSettings::checkAtNextStart()))
        return 1;
    QString error;
    // The listings, the slow part of a large database, are read after the window is shown.
    auto market = MarketDataLoader::loadWithoutListings(database.connection(), &error);
    if (!market && database.isCheckPending()) {
        // Unreadable before the check: check it now, with the recovery a damaged file gets.
        database.close();
        if (!open(database, path, &startNote, true))
            return 1;
        market = MarketDataLoader::loadWithoutListings(database.connection(), &error);
    }
    if (!market) {
        QMessageBox::critical(nullptr, tr("CareerPlanner cannot start"), error);
        return 1;
    }
    MainWindow window(database.connection(), std::move(*market));
    window.checkDatabaseInBackground(&database);
    // A team's use: the listings are copied from its database (after the check above).
    QString teamError;
    if (const auto team = DatabaseLocation::teamAddress(parser, &teamError))
        window.useTeamDatabase(new TeamLink(*team, path));
    else if (!teamError.isEmpty())
        startNote = tr("The team database in the settings cannot be used, so the listings are "
                       "this computer's own: %1")
                        .arg(teamError);
    const StartupReporter reporter(&window);
    window.show();
    window.showWelcomeIfNew();
    window.session()->loadListingsInBackground();
    if (!startNote.isEmpty())
        QMessageBox::information(&window, tr("CareerPlanner"), startNote);
    return QApplication::exec();
}
