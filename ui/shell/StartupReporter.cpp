#include "shell/StartupReporter.h"

#include "services/Session.h"
#include "shell/MainWindow.h"

#include <QApplication>
#include <QEvent>
#include <QFile>
#include <QTimer>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {
// VmRSS: resident now; VmHWM: its peak since the process started (kibibytes).
QByteArray statusValue(const QByteArray &status, const char *key)
{
    for (const QByteArray &line : status.split('\n')) {
        if (line.startsWith(key))
            return line.mid(qstrlen(key)).trimmed().split(' ').value(0);
    }
    return "-1";
}
} // namespace

StartupReporter::StartupReporter(MainWindow *window)
{
    if (!isEnabled())
        return;
    qApp->installEventFilter(this);
    if (!window)
        return;
    connect(window->session(), &Session::listingsLoadingChanged, this, [](bool loading) {
        if (!loading)
            report("listings-loaded");
    });
}

bool StartupReporter::isEnabled()
{
    return !qEnvironmentVariableIsEmpty("CAREERPLANNER_REPORT_STARTUP");
}

void StartupReporter::report(const char *event)
{
    QFile statusFile(u"/proc/self/status"_s);
    const QByteArray status = statusFile.open(QIODevice::ReadOnly) ? statusFile.readAll() : "";
    std::printf("careerplanner-startup %s rss-kib %s peak-kib %s\n", event,
                statusValue(status, "VmRSS:").constData(),
                statusValue(status, "VmHWM:").constData());
    std::fflush(stdout);
}

bool StartupReporter::eventFilter(QObject *watched, QEvent *event)
{
    // A window's widgets paint in one pass before it is flushed to the screen: the first
    // paint event starts it, and the pass has ended when the event loop next turns.
    if (!m_painted && event->type() == QEvent::Paint && watched->isWidgetType()) {
        m_painted = true;
        QTimer::singleShot(0, this, [] { report("first-paint"); });
    }
    return QObject::eventFilter(watched, event);
}
