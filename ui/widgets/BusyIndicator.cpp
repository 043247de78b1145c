#include "widgets/BusyIndicator.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>

using namespace Qt::StringLiterals;

BusyIndicator::BusyIndicator(QWidget *parent)
    : QWidget(parent), m_label(new QLabel(this)), m_bar(new QProgressBar(this))
{
    m_label->setObjectName(u"busyText"_s);
    m_bar->setObjectName(u"busyBar"_s);
    m_bar->setTextVisible(false);
    m_bar->setMaximumWidth(120);
    m_bar->setMaximumHeight(m_label->sizeHint().height());
    stopMoving();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    m_moveLater.setSingleShot(true);
    m_moveLater.setInterval(movementDelayMs);
    connect(&m_moveLater, &QTimer::timeout, this, &BusyIndicator::startMoving);
    setVisible(false);
}

void BusyIndicator::setText(const QString &text)
{
    m_label->setText(text);
}

void BusyIndicator::setBusy(bool busy)
{
    setVisible(busy);
}

void BusyIndicator::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_moveLater.start(); // still: every hide stops the bar
}

void BusyIndicator::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_moveLater.stop();
    stopMoving();
}

bool BusyIndicator::isMoving() const
{
    // A range of 0 to 0 is the bar that moves without a value (the count is not known).
    return m_bar->maximum() == 0;
}

void BusyIndicator::startMoving()
{
    m_bar->setRange(0, 0);
}

void BusyIndicator::stopMoving()
{
    m_bar->setRange(0, 1);
    m_bar->setValue(0);
}
