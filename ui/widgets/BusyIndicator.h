#pragma once

#include <QTimer>
#include <QWidget>

class QLabel;
class QProgressBar;

// A label with a bar that moves while something of unknown length is under way. The label
// and a still bar show at once; the bar starts moving only after movementDelayMs. Why: a
// moving bar repaints the window at once, and the first repaint after a window's first frame
// waits in Qt (an X server round trip) until the display server has taken that frame, which
// stalled the window's thread 28-42 ms at start-up (BENCHMARKS.md, issue 15's seventh slice).
// A short wait is also shown without a bar that flashes.
class BusyIndicator : public QWidget
{
    Q_OBJECT

public:
    static constexpr int movementDelayMs = 300;

    explicit BusyIndicator(QWidget *parent = nullptr);

    void setText(const QString &text);
    // Shows the indicator or hides it. The bar moves movementDelayMs after the indicator is
    // on screen (after the window is shown, if it is not yet).
    void setBusy(bool busy);
    bool isMoving() const;
    // Shown and still: the bar will start moving when the delay is over.
    bool willMove() const { return m_moveLater.isActive(); }

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void startMoving();
    void stopMoving();

    QLabel *m_label;
    QProgressBar *m_bar;
    QTimer m_moveLater;
};
