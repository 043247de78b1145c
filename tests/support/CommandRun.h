#pragma once

// Runs the real careerplanner program (CAREERPLANNER_BINARY) as a command, the way a user runs
// it over SSH: no display, no platform plugin chosen, a home of the test's own, C.UTF-8.
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

struct CommandRun
{
    int exitCode = -1; // -2: crashed; -1: did not finish within a minute
    QByteArray out;
    QString err;
};

inline CommandRun runCareerPlanner(const QStringList &arguments, const QString &home)
{
    using namespace Qt::StringLiterals;
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &name : {u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s, u"QT_QPA_PLATFORM"_s})
        environment.remove(name);
    environment.insert(u"HOME"_s, home);
    environment.insert(u"XDG_DATA_HOME"_s, home + u"/data"_s);
    environment.insert(u"XDG_CONFIG_HOME"_s, home + u"/config"_s);
    environment.insert(u"LANG"_s, u"C.UTF-8"_s);
    environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(CAREERPLANNER_BINARY), arguments);
    if (!process.waitForFinished(60'000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
            process.readAllStandardOutput(), QString::fromUtf8(process.readAllStandardError())};
}
