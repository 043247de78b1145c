#pragma once

#include <QObject>

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
    // "careerplanner-startup <event> rss-kib <now> peak-kib <peak>" on stdout, flushed.
    static void report(const char *event);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool m_painted = false;
};
