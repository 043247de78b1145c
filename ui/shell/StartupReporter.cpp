#include "shell/StartupReporter.h"

#include "listings/ListingSearchThread.h"
#include "listings/ListingsPage.h"
#include "services/Session.h"
#include "shell/MainWindow.h"

#include <QApplication>
#include <QEvent>
#include <QFile>
#include <QTimer>
#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {
constexpr int heartbeatMs = 5;
// A frame at 60 Hz, and a long task as browsers count one (the W3C Long Tasks API): input
// waiting longer than 50 ms is felt as a window that does not answer.
constexpr double frameMs = 16;
constexpr double longTaskMs = 50;
double longestStallMs = 0;
int stallsOverFrame = 0;
int stallsOverLongTask = 0;
QElapsedTimer sincePaint;

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
    // The search thread's index of short words follows the listings: the window has settled
    // when it is built. The Listings page (and its thread) may not exist yet.
    auto watchSearch = [this](ListingsPage *page) {
        if (auto *search = page->findChild<ListingSearchThread *>()) {
            connect(search, &ListingSearchThread::indexChanged, this, [](bool indexed) {
                if (indexed)
                    report("search-indexed");
            });
        }
    };
    if (auto *page = window->findChild<ListingsPage *>())
        watchSearch(page);
    else
        connect(window, &MainWindow::listingsPageCreated, this, watchSearch);
}

bool StartupReporter::isEnabled()
{
    return !qEnvironmentVariableIsEmpty("CAREERPLANNER_REPORT_STARTUP");
}

void StartupReporter::report(const char *event)
{
    QFile statusFile(u"/proc/self/status"_s);
    const QByteArray status = statusFile.open(QIODevice::ReadOnly) ? statusFile.readAll() : "";
    // Anonymous memory is the program's own; file-backed pages are its libraries and fonts.
    std::printf(
        "careerplanner-startup %s rss-kib %s peak-kib %s anon-kib %s file-kib %s stall-ms %.1f "
        "stalls-over-16ms %d stalls-over-50ms %d\n",
        event, statusValue(status, "VmRSS:").constData(), statusValue(status, "VmHWM:").constData(),
        statusValue(status, "RssAnon:").constData(), statusValue(status, "RssFile:").constData(),
        longestStallMs, stallsOverFrame, stallsOverLongTask);
    std::fflush(stdout);
}

void StartupReporter::tick()
{
    const double late = double(m_sinceTick.nsecsElapsed()) / 1e6 - heartbeatMs;
    longestStallMs = std::max(longestStallMs, late);
    if (late > frameMs) {
        ++stallsOverFrame;
        stallsOverLongTask += late > longTaskMs ? 1 : 0;
        // When, to find what held the thread (a profiler's samples at that time).
        std::printf("careerplanner-startup stall late-ms %.1f at-ms %.1f\n", late,
                    double(sincePaint.nsecsElapsed()) / 1e6);
        std::fflush(stdout);
    }
    m_sinceTick.restart();
}

bool StartupReporter::eventFilter(QObject *watched, QEvent *event)
{
    // A window's widgets paint in one pass before it is flushed to the screen: the first
    // paint event starts it, and the pass has ended when the event loop next turns.
    if (!m_painted && event->type() == QEvent::Paint && watched->isWidgetType()) {
        m_painted = true;
        QTimer::singleShot(0, this, [this] {
            report("first-paint");
            sincePaint.start();
            m_heartbeat.setTimerType(Qt::PreciseTimer);
            m_heartbeat.setInterval(heartbeatMs);
            connect(&m_heartbeat, &QTimer::timeout, this, &StartupReporter::tick);
            m_sinceTick.start();
            m_heartbeat.start();
        });
    }
    return QObject::eventFilter(watched, event);
}
