#include "CommandLine.h"

#include "CheckCommand.h"
#include "ExportCommand.h"
#include "ImportCommand.h"
#include "ListingsCommand.h"
#include "RestoreCommand.h"
#include "ScoreCommand.h"
#include "services/DatabaseLocation.h"
#include "services/Language.h"

#include <QCommandLineParser>
#include <QTextStream>
#include <cstdio>

using namespace Qt::StringLiterals;

QStringList CommandLine::optionsWithValues()
{
    return {u"--database"_s,
            u"--lang"_s,
            u"--profile"_s,
            u"--format"_s,
            u"--billable-hours"_s,
            u"--agency-margin"_s,
            u"--top"_s,
            u"--output"_s,
            u"--size"_s,
            u"--search"_s,
            u"--status"_s,
            u"--duplicates"_s,
            u"--target"_s,
            u"--employment"_s,
            u"--hours"_s,
            u"--report"_s,
            u"--from"_s};
}

QString CommandLine::commandName(const QStringList &arguments)
{
    const QStringList withValues = optionsWithValues();
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"--"_s)
            return i + 1 < arguments.size() ? arguments.at(i + 1) : QString();
        if (withValues.contains(argument)) {
            ++i; // skip the option's value
            continue;
        }
        if (!argument.startsWith(u'-'))
            return argument;
    }
    return {};
}

QStringList CommandLine::arguments(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

bool CommandLine::isTextInvocation(int argc, char **argv)
{
    const QStringList arguments = CommandLine::arguments(argc, argv);
    if (!commandName(arguments).isEmpty())
        return true;
    for (const QString &argument : std::as_const(arguments)) {
        if (argument == u"-h"_s || argument == u"--help"_s || argument == u"-?"_s ||
            argument == u"--help-all"_s || argument == u"-v"_s || argument == u"--version"_s)
            return true;
    }
    return false;
}

int CommandLine::run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    Language::install(Language::fromArguments(arguments));
    const QString command = commandName(arguments);
    if (command.isEmpty())
        return runTopLevel(arguments);
    if (command == ListingsCommand::name())
        return ListingsCommand().run(arguments, out, err);
    if (command == ScoreCommand::name())
        return ScoreCommand().run(arguments, out, err);
    if (command == ImportCommand::name())
        return ImportCommand().run(arguments, out, err);
    if (command == ExportCommand::name())
        return ExportCommand().run(arguments, out, err);
    if (command == CheckCommand::name())
        return CheckCommand().run(arguments, out, err);
    if (command == RestoreCommand::name())
        return RestoreCommand().run(arguments, out, err);
    err << tr("careerplanner: unknown command \"%1\". Run \"careerplanner --help\" for the "
              "list of commands.")
               .arg(command)
        << u'\n';
    return 2;
}

int CommandLine::runTopLevel(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("CareerPlanner plans an IT engineer's income and skills, offline.\n\n"
           "Without a command it opens the window. Commands:\n"
           "  %1  %2\n"
           "  %3     %4\n"
           "  %6    %7\n"
           "  %8    %9\n"
           "  chart     %5\n"
           "  plan      %10\n"
           "  check     %11\n"
           "  restore   %12\n\n"
           "Run \"careerplanner <command> --help\" for a command's options.")
            .arg(ListingsCommand::name(), ListingsCommand::summary(), ScoreCommand::name(),
                 ScoreCommand::summary(),
                 tr("Draw a chart (age, employment, skills, rates) to a PNG or SVG file."),
                 ImportCommand::name(), ImportCommand::summary(), ExportCommand::name(),
                 ExportCommand::summary(),
                 tr("Plan the way to a target income and write the PDF report."),
                 CheckCommand::summary(), RestoreCommand::summary()));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(DatabaseLocation::option());
    parser.addOption(Language::option());
    parser.addPositionalArgument(u"command"_s, tr("A headless command (see above)."),
                                 u"[command]"_s);
    if (!parser.parse(arguments)) {
        err << parser.errorText() << u'\n';
        return 2;
    }
    if (parser.isSet(u"version"_s)) {
        out << QCoreApplication::applicationName() << u' ' << QCoreApplication::applicationVersion()
            << u'\n';
        return 0;
    }
    out << parser.helpText();
    return 0;
}
