#pragma once

#include "Command.h"

#include <QCoreApplication>
#include <QStringList>
#include <functional>
#include <memory>
#include <vector>

// Every command of `careerplanner`, and the one place that reads the command line: it finds
// the command (the first word that is not an option or an option's value), makes the
// application it needs, installs the language, parses the options the command declares and
// answers --help from them. Without a command, --help lists the registered commands and
// anything else starts the window.
class CommandRegistry
{
    Q_DECLARE_TR_FUNCTIONS(CommandRegistry)

public:
    // Makes the GUI application (offscreen platform) for the commands that draw; the registry
    // itself never links Widgets.
    using ApplicationFactory = std::function<std::unique_ptr<QCoreApplication>(int &, char **)>;
    using WindowStarter = std::function<int(int, char **)>;

    void add(std::unique_ptr<Command> command);
    void setDisplayApplicationFactory(ApplicationFactory factory);

    Command *find(const QString &name) const;
    QList<const Command *> commands() const;
    // Every option, of any command or of the window, that takes a value.
    QStringList optionsWithValues() const;
    // The command named on the command line, if any.
    QString commandName(const QStringList &arguments) const;
    // `careerplanner --help`: the program, then each registered command and its summary.
    QString topLevelDescription() const;

    // Runs what argv asks for and returns the process's exit code.
    int run(int &argc, char **argv, const WindowStarter &startWindow) const;

private:
    int runTopLevel(const QStringList &arguments, QTextStream &out, QTextStream &err) const;
    int runCommand(Command &command, const QStringList &arguments, QTextStream &out,
                   QTextStream &err) const;

    std::vector<std::unique_ptr<Command>> m_commands;
    ApplicationFactory m_displayApplication;
};
