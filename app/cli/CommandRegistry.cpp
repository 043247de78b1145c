#include "CommandRegistry.h"

#include "services/DatabaseLocation.h"
#include "services/Language.h"

#include <QCommandLineParser>
#include <QTextStream>
#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {
QStringList argumentList(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

// The options every command takes besides its own.
QList<QCommandLineOption> commonOptions()
{
    return {DatabaseLocation::option(), Language::option()};
}

// Japanese and other wide characters take two columns of a terminal, and a line may break
// between them as well as at a space.
bool isWide(QChar character)
{
    const char16_t code = character.unicode();
    return (code >= 0x1100 && code <= 0x115F) || (code >= 0x2E80 && code <= 0xA4CF) ||
           (code >= 0xAC00 && code <= 0xD7A3) || (code >= 0xF900 && code <= 0xFAFF) ||
           (code >= 0xFE30 && code <= 0xFE4F) || (code >= 0xFF00 && code <= 0xFF60) ||
           (code >= 0xFFE0 && code <= 0xFFE6);
}

// A summary wrapped to a terminal's 80 columns, each further line indented to its start.
QString wrapped(const QString &text, qsizetype indent)
{
    constexpr qsizetype columns = 79;
    QString result;
    QString line;
    qsizetype lineWidth = 0;
    qsizetype breakAt = -1; // index in line after which the line may break
    for (const QChar character : text) {
        const qsizetype width = isWide(character) ? 2 : 1;
        if (indent + lineWidth + width > columns && breakAt > 0) {
            result += line.left(breakAt).trimmed() + u'\n' + QString(indent, u' ');
            line = line.mid(breakAt).trimmed();
            lineWidth = 0;
            for (const QChar kept : std::as_const(line))
                lineWidth += isWide(kept) ? 2 : 1;
            breakAt = -1;
        }
        if (character == u' ' || isWide(character))
            breakAt = line.size();
        line += character;
        lineWidth += width;
        if (isWide(character))
            breakAt = line.size();
    }
    return result + line;
}

bool asksForHelpOrVersion(const QStringList &arguments)
{
    static const QStringList flags{u"-h"_s,         u"--help"_s, u"-?"_s,
                                   u"--help-all"_s, u"-v"_s,     u"--version"_s};
    return std::any_of(arguments.begin() + 1, arguments.end(),
                       [](const QString &argument) { return flags.contains(argument); });
}
} // namespace

void CommandRegistry::add(std::unique_ptr<Command> command)
{
    Q_ASSERT(!find(command->name()));
    m_commands.push_back(std::move(command));
}

void CommandRegistry::setDisplayApplicationFactory(ApplicationFactory factory)
{
    m_displayApplication = std::move(factory);
}

Command *CommandRegistry::find(const QString &name) const
{
    for (const auto &command : m_commands) {
        if (command->name() == name)
            return command.get();
    }
    return nullptr;
}

QList<const Command *> CommandRegistry::commands() const
{
    QList<const Command *> list;
    for (const auto &command : m_commands)
        list.append(command.get());
    return list;
}

QStringList CommandRegistry::optionsWithValues() const
{
    QList<QCommandLineOption> options = commonOptions();
    for (const auto &command : m_commands)
        options += command->options();
    QStringList names;
    for (const QCommandLineOption &option : std::as_const(options)) {
        if (option.valueName().isEmpty())
            continue;
        for (const QString &name : option.names()) {
            const QString spelled = (name.size() == 1 ? u"-"_s : u"--"_s) + name;
            if (!names.contains(spelled))
                names.append(spelled);
        }
    }
    return names;
}

QString CommandRegistry::commandName(const QStringList &arguments) const
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

QString CommandRegistry::topLevelDescription() const
{
    qsizetype width = 0;
    for (const auto &command : m_commands)
        width = std::max(width, command->name().size());
    QString list;
    for (const auto &command : m_commands)
        list += u"  "_s + command->name().leftJustified(width + 2) +
                wrapped(command->summary(), width + 4) + u'\n';
    return tr("CareerPlanner plans an IT engineer's income and skills, offline.\n\n"
              "Without a command it opens the window. Commands:\n"
              "%1\n"
              "Run \"careerplanner <command> --help\" for a command's options.")
        .arg(list);
}

int CommandRegistry::run(int &argc, char **argv, const WindowStarter &startWindow) const
{
    const QStringList arguments = argumentList(argc, argv);
    const QString name = commandName(arguments);
    if (name.isEmpty() && !asksForHelpOrVersion(arguments))
        return startWindow(argc, argv);

    Command *command = name.isEmpty() ? nullptr : find(name);
    const bool display = command && command->needsDisplay() && m_displayApplication;
    const std::unique_ptr<QCoreApplication> application =
        display ? m_displayApplication(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    Language::install(Language::fromArguments(arguments));
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (name.isEmpty())
        return runTopLevel(arguments, out, err);
    if (!command) {
        err << tr("careerplanner: unknown command \"%1\". Run \"careerplanner --help\" for the "
                  "list of commands.")
                   .arg(name)
            << u'\n';
        return 2;
    }
    return runCommand(*command, arguments, out, err);
}

int CommandRegistry::runTopLevel(const QStringList &arguments, QTextStream &out,
                                 QTextStream &err) const
{
    QCommandLineParser parser;
    parser.setApplicationDescription(topLevelDescription());
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions(commonOptions());
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

int CommandRegistry::runCommand(Command &command, const QStringList &arguments, QTextStream &out,
                                QTextStream &err) const
{
    QCommandLineParser parser;
    parser.setApplicationDescription(command.description());
    parser.addHelpOption();
    parser.addOptions(commonOptions());
    parser.addOptions(command.options());
    parser.addPositionalArgument(command.name(), command.summary(), command.name());
    for (const Command::Positional &positional : command.positionalArguments())
        parser.addPositionalArgument(positional.name, positional.description, positional.syntax);
    if (!parser.parse(arguments)) {
        err << parser.errorText() << u'\n';
        return 2;
    }
    if (parser.isSet(u"help"_s)) {
        out << parser.helpText();
        return 0;
    }
    const int code = command.run(parser, out, err);
    out.flush();
    err.flush();
    return code;
}
