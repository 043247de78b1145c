#pragma once

#include <QCoreApplication>
#include <QStringList>

// Parses the command line and runs the headless commands. The first word that is not an
// option names the command; without one, the window starts. Text commands, --help and
// --version run with a QCoreApplication, so they work over SSH with no display.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    // True when argv asks for something that needs no window.
    static bool isTextInvocation(int argc, char **argv);
    // The options the window accepts (also listed in --help).
    static QStringList optionsWithValues();

    int run(const QStringList &arguments);
    // The first word that is not an option (or an option's value): the command, if any.
    static QString commandName(const QStringList &arguments);
    static QStringList arguments(int argc, char **argv);

private:
    int runTopLevel(const QStringList &arguments);
};
