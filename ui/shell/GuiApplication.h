#pragma once

#include <QCoreApplication>

class Database;

// Starts the window: checks for a display before Qt would abort without one, chooses the
// language, opens the database (saying plainly why when it cannot, and offering a backup
// when it is damaged) and shows MainWindow.
class GuiApplication
{
    Q_DECLARE_TR_FUNCTIONS(GuiApplication)

public:
    static bool hasDisplay();
    static int run(int argc, char **argv);

    // Opens the database, read-only when the file cannot be written; a damaged one is never
    // written to: the recovery dialog offers its newest good backup or a new database, the
    // damaged file is kept aside. *note says what was done, for the user. Unless checkFirst,
    // a writable file whose schema is current opens read-only with its integrity check left
    // for after the window is shown (Database::openDeferringCheck).
    static bool open(Database &database, const QString &path, QString *note, bool checkFirst);
};
