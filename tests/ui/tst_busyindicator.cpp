#include "widgets/BusyIndicator.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QProgressBar>
#include <QTest>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

// The status bar's indicator of listings being loaded: shown at once with a still bar, the bar
// moving only after a delay, so that the window's first frames are not repainted at once.
class TestBusyIndicator : public QObject
{
    Q_OBJECT

    // An indicator laid out in window, as the status bar holds one.
    static BusyIndicator *indicatorIn(QWidget &window)
    {
        auto *indicator = new BusyIndicator(&window);
        auto *layout = new QVBoxLayout(&window);
        layout->addWidget(indicator);
        return indicator;
    }

private slots:
    void showsAtOnceAndMovesAfterTheDelay()
    {
        QWidget window;
        BusyIndicator *indicator = indicatorIn(window);
        indicator->setText(u"Loading listings…"_s);
        indicator->setBusy(true);
        QVERIFY(!indicator->isVisible()); // the window is not shown yet
        QElapsedTimer sinceShown;
        window.show();
        sinceShown.start();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        auto *text = indicator->findChild<QLabel *>(u"busyText"_s);
        auto *bar = indicator->findChild<QProgressBar *>(u"busyBar"_s);
        QVERIFY(text && bar);
        QVERIFY(indicator->isVisible());
        QCOMPARE(text->text(), u"Loading listings…"_s);
        QVERIFY(bar->isVisible());
        if (sinceShown.elapsed() < BusyIndicator::movementDelayMs - 50) {
            QVERIFY(!indicator->isMoving());
            QCOMPARE(bar->maximum(), 1);
        }
        QTRY_VERIFY(indicator->isMoving());
        QVERIFY(sinceShown.elapsed() >= BusyIndicator::movementDelayMs);
        QCOMPARE(bar->minimum(), 0);
        QCOMPARE(bar->maximum(), 0);
    }

    void hidesAndStopsWhenNoLongerBusy()
    {
        QWidget window;
        BusyIndicator *indicator = indicatorIn(window);
        indicator->setBusy(true);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(indicator->isMoving());

        indicator->setBusy(false);
        QVERIFY(!indicator->isVisible());
        QVERIFY(!indicator->isMoving());

        // Busy again: still at first, moving after the delay.
        QElapsedTimer sinceBusy;
        sinceBusy.start();
        indicator->setBusy(true);
        QVERIFY(indicator->isVisible());
        QVERIFY(!indicator->isMoving());
        QTRY_VERIFY(indicator->isMoving());
        QVERIFY(sinceBusy.elapsed() >= BusyIndicator::movementDelayMs);
    }

    void aShortWaitNeverMoves()
    {
        QWidget window;
        BusyIndicator *indicator = indicatorIn(window);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!indicator->isVisible()); // not busy: hidden

        indicator->setBusy(true);
        QVERIFY(indicator->willMove());
        indicator->setBusy(false);
        // The bar's start was called off with the wait.
        QVERIFY(!indicator->willMove());
        QVERIFY(!indicator->isMoving());
        QVERIFY(!indicator->isVisible());
    }
};

QTEST_MAIN(TestBusyIndicator)
#include "tst_busyindicator.moc"
