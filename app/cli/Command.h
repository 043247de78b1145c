#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QString>
#include <QTextStream>

// One command of `careerplanner <command>`: its name, what it does, the options it takes, and
// how it runs. The registry builds each command's parser and --help, the top-level --help and
// the dispatch from these, so a new command is one class and one line in main.cpp.
class Command
{
public:
    // A positional argument after the command's name, as --help shows it.
    struct Positional
    {
        QString name;
        QString description;
        QString syntax;
    };

    virtual ~Command() = default;

    virtual QString name() const = 0;
    // One line for `careerplanner --help` and the top of the command's own --help.
    virtual QString summary() const = 0;
    // The command's --help text above the options; the summary unless there is more to say.
    virtual QString description() const { return summary(); }
    // The options beyond those every command takes (--help, --database, --lang).
    virtual QList<QCommandLineOption> options() const { return {}; }
    virtual QList<Positional> positionalArguments() const { return {}; }
    // True for the commands that draw (charts, PDF reports): they run in a GUI application on
    // the offscreen platform, never on a screen. The others run without any display.
    virtual bool needsDisplay() const { return false; }

    // Runs with the command line parsed and --help already answered. Returns the exit code:
    // 0 done, 1 failed (said why on err), 2 bad arguments (said which on err).
    virtual int run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) = 0;
};
