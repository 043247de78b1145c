#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

class MainWindow;

// For the startup benchmark (benchmarks/bench_startup): when CAREERPLANNER_REPORT_STARTUP is
// set, prints one line to stdout when the window first paints, one when its listings have
// loaded and one when the search thread has indexed them, each with the process's resident memory,
// so a parent process can time them. Does nothing otherwise.
class StartupReporter : public QObject
{
public:
    // Watches window (MainWindow's listings load) or, for the empty app the benchmark
    // compares with, any top-level widget.
    explicit StartupReporter(MainWindow *window);
    static bool isEnabled();
    // "careerplanner-startup <event> rss-kib <now> peak-kib <peak> … stall-ms <longest>
    // stalls-over-16ms <n> stalls-over-50ms <n>" on stdout, flushed. stall-ms: the longest the
    // window's thread went without turning its event loop since the first paint (a frozen
    // window), in milliseconds; then how many times it went longer than a frame and than
    // 50 ms. Each stall longer than a frame is also printed when it ends:
    // "careerplanner-startup stall late-ms <ms> at-ms <ms since the first paint>".
    static void report(const char *event);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void tick();

    bool m_painted = false;
    // A timer that should fire every few milliseconds: how late it fires is how long the
    // event loop was kept from turning.
    QTimer m_heartbeat;
    QElapsedTimer m_sinceTick;
};
