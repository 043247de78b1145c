#pragma once

#include <QCoreApplication>

// Starts the window: checks for a display before Qt would abort without one, chooses the
// language, opens the database (saying plainly why when it cannot) and shows MainWindow.
class GuiApplication
{
    Q_DECLARE_TR_FUNCTIONS(GuiApplication)

public:
    static bool hasDisplay();
    static int run(int argc, char **argv);
};
