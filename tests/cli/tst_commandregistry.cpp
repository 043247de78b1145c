// The registry alone: how it finds a command, which options take values, the --help it builds
// and the dispatch, with small commands registered for the test. The real commands are run as
// a process by tst_commandline.
#include "cli/CommandRegistry.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {
// Records what it was run with.
class RecordingCommand : public Command
{
public:
    RecordingCommand(QString name, QString summary, QList<QCommandLineOption> options)
        : m_name(std::move(name)), m_summary(std::move(summary)), m_options(std::move(options))
    {
    }
    QString name() const override { return m_name; }
    QString summary() const override { return m_summary; }
    QList<QCommandLineOption> options() const override { return m_options; }
    int run(const QCommandLineParser &parser, QTextStream &, QTextStream &) override
    {
        ++runs;
        positional = parser.positionalArguments();
        for (const QCommandLineOption &option : std::as_const(m_options)) {
            const QString name = option.names().constFirst();
            if (parser.isSet(name))
                values.insert(name, option.valueName().isEmpty() ? u"set"_s : parser.value(name));
        }
        return exitCode;
    }

    int runs = 0;
    int exitCode = 0;
    QStringList positional;
    QHash<QString, QString> values;

private:
    QString m_name;
    QString m_summary;
    QList<QCommandLineOption> m_options;
};

struct Argv
{
    explicit Argv(const QStringList &arguments)
    {
        for (const QString &argument : arguments)
            storage.push_back(argument.toLocal8Bit());
        for (QByteArray &argument : storage)
            pointers.push_back(argument.data());
        pointers.push_back(nullptr);
        count = int(storage.size());
    }
    std::vector<QByteArray> storage;
    std::vector<char *> pointers;
    int count = 0;
};
} // namespace

class TestCommandRegistry : public QObject
{
    Q_OBJECT

private:
    RecordingCommand *m_alpha = nullptr;
    RecordingCommand *m_beta = nullptr;
    CommandRegistry m_registry;

private slots:
    void initTestCase()
    {
        auto alpha = std::make_unique<RecordingCommand>(
            u"alpha"_s, u"First test command."_s,
            QList<QCommandLineOption>{QCommandLineOption(u"level"_s, u"A level."_s, u"n"_s)});
        auto beta = std::make_unique<RecordingCommand>(
            u"beta"_s,
            u"A second test command whose summary is long enough that the list of commands "
            "has to wrap it onto a second line under its own start."_s,
            QList<QCommandLineOption>{QCommandLineOption(u"quick"_s, u"Be quick."_s)});
        m_alpha = alpha.get();
        m_beta = beta.get();
        m_registry.add(std::move(alpha));
        m_registry.add(std::move(beta));
    }

    void findsCommandsByName()
    {
        QCOMPARE(m_registry.commands().size(), 2);
        QCOMPARE(m_registry.find(u"alpha"_s), m_alpha);
        QCOMPARE(m_registry.find(u"beta"_s), m_beta);
        QCOMPARE(m_registry.find(u"gamma"_s), nullptr);
    }

    void knowsWhichOptionsTakeAValue()
    {
        const QStringList options = m_registry.optionsWithValues();
        QVERIFY(options.contains(u"--level"_s));
        QVERIFY(options.contains(u"--database"_s));
        QVERIFY(options.contains(u"--lang"_s));
        QVERIFY(!options.contains(u"--quick"_s));
    }

    void theCommandIsTheFirstWordThatIsNotAnOptionOrItsValue_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("command");
        QTest::newRow("plain") << QStringList{u"p"_s, u"alpha"_s} << u"alpha"_s;
        QTest::newRow("value skipped")
            << QStringList{u"p"_s, u"--level"_s, u"beta"_s, u"alpha"_s} << u"alpha"_s;
        QTest::newRow("flag not skipped")
            << QStringList{u"p"_s, u"--quick"_s, u"beta"_s} << u"beta"_s;
        QTest::newRow("database value")
            << QStringList{u"p"_s, u"--database"_s, u"alpha"_s} << QString();
        QTest::newRow("after --") << QStringList{u"p"_s, u"--"_s, u"beta"_s} << u"beta"_s;
        QTest::newRow("none") << QStringList{u"p"_s, u"--lang"_s, u"ja"_s} << QString();
    }

    void theCommandIsTheFirstWordThatIsNotAnOptionOrItsValue()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, command);
        QCOMPARE(m_registry.commandName(arguments), command);
    }

    void helpListsEveryCommandWrappedToEightyColumns()
    {
        const QString help = m_registry.topLevelDescription();
        QVERIFY(help.contains(u"  alpha  First test command.\n"_s));
        QVERIFY(help.contains(u"  beta   A second test command"_s));
        for (const QString &line : help.split(u'\n'))
            QVERIFY2(line.size() < 80, qPrintable(line));
        // The wrapped part starts under the summary's first word.
        QVERIFY2(help.contains(u"\n         "_s), qPrintable(help));
    }

    void withoutACommandTheWindowStarts()
    {
        Argv argv({u"p"_s, u"--database"_s, u"alpha"_s});
        int windowRuns = 0;
        const int code = m_registry.run(argv.count, argv.pointers.data(), [&](int, char **) {
            ++windowRuns;
            return 42;
        });
        QCOMPARE(code, 42);
        QCOMPARE(windowRuns, 1);
        QCOMPARE(m_alpha->runs, 0);
    }

    void aCommandRunsWithTheOptionsItDeclared()
    {
        Argv argv({u"p"_s, u"--lang"_s, u"en"_s, u"alpha"_s, u"--level"_s, u"3"_s, u"extra"_s});
        m_alpha->exitCode = 7;
        const int code =
            m_registry.run(argv.count, argv.pointers.data(), [](int, char **) { return -1; });
        QCOMPARE(code, 7);
        QCOMPARE(m_alpha->runs, 1);
        QCOMPARE(m_alpha->values.value(u"level"_s), u"3"_s);
        QCOMPARE(m_alpha->positional, (QStringList{u"alpha"_s, u"extra"_s}));
        QCOMPARE(m_beta->runs, 0);
    }

    void anOptionOfAnotherCommandIsRefused()
    {
        Argv argv({u"p"_s, u"--lang"_s, u"en"_s, u"beta"_s, u"--level"_s, u"3"_s});
        const int code =
            m_registry.run(argv.count, argv.pointers.data(), [](int, char **) { return -1; });
        QCOMPARE(code, 2);
        QCOMPARE(m_beta->runs, 0);
    }
};

QTEST_APPLESS_MAIN(TestCommandRegistry)
#include "tst_commandregistry.moc"
