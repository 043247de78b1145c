// BackgroundPriority lowers the priority of the thread that asks, and of no other.
#include "core/BackgroundPriority.h"

#include <QTest>
#include <thread>

class TestBackgroundPriority : public QObject
{
    Q_OBJECT

private slots:
    void lowersOnlyTheCallingThread()
    {
#ifndef Q_OS_LINUX
        QSKIP("thread priorities are lowered on Linux only");
#endif
        const int windowNice = BackgroundPriority::currentThreadNice();
        bool lowered = false;
        int workerBefore = -100;
        int workerAfter = -100;
        std::thread worker([&] {
            workerBefore = BackgroundPriority::currentThreadNice();
            lowered = BackgroundPriority::lowerCurrentThread();
            workerAfter = BackgroundPriority::currentThreadNice();
        });
        worker.join();
        QVERIFY(lowered);
        // A new thread starts with its creator's priority and ends at nice 10, or stays
        // where it was when a run under nice started it lower already.
        QCOMPARE(workerBefore, windowNice);
        QCOMPARE(workerAfter, std::max(windowNice, 10));
        // The thread that started the worker keeps its own.
        QCOMPARE(BackgroundPriority::currentThreadNice(), windowNice);
    }
};

QTEST_GUILESS_MAIN(TestBackgroundPriority)
#include "tst_backgroundpriority.moc"
