#include "pipeline/DueActionsBanner.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace {
QList<qint64> listingsOf(const QList<DueAction> &due)
{
    QList<qint64> ids;
    for (const DueAction &action : due)
        ids.append(action.listingId);
    return ids;
}
} // namespace

DueActionsBanner::DueActionsBanner(QWidget *parent)
    : QFrame(parent), m_text(new QLabel(this)), m_show(new QPushButton(this)),
      m_dismiss(new QPushButton(this))
{
    setObjectName(u"dueActionsBanner"_s);
    m_text->setObjectName(u"dueActionsText"_s);
    m_show->setObjectName(u"dueActionsShow"_s);
    m_dismiss->setObjectName(u"dueActionsDismiss"_s);
    m_text->setWordWrap(true);
    // The palette's highlight, lightened: noticeable on a light or a dark desktop alike.
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette colours = palette();
    QColor background = colours.color(QPalette::Highlight);
    background.setAlpha(60);
    colours.setColor(QPalette::Window, background);
    setPalette(colours);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_show);
    layout->addWidget(m_dismiss);
    connect(m_show, &QPushButton::clicked, this, &DueActionsBanner::showRequested);
    connect(m_dismiss, &QPushButton::clicked, this, [this]() {
        m_dismissedFor = listingsOf(m_due);
        hide();
    });
    retranslate();
    hide();
}

void DueActionsBanner::setDue(const QList<DueAction> &due)
{
    m_due = due;
    retranslate();
    setVisible(!due.isEmpty() && listingsOf(due) != m_dismissedFor);
}

QString DueActionsBanner::text() const
{
    return m_text->text();
}

void DueActionsBanner::retranslate()
{
    const auto overdue = std::count_if(m_due.cbegin(), m_due.cend(),
                                       [](const DueAction &action) { return action.isOverdue(); });
    const auto coming = m_due.size() - overdue;
    QStringList parts;
    const QLocale locale;
    if (overdue > 0)
        parts.append(tr("overdue: %1").arg(locale.toString(qint64(overdue))));
    if (coming > 0)
        parts.append(tr("due in the next few days: %1").arg(locale.toString(qint64(coming))));
    m_text->setText(tr("Next actions of saved listings — %1").arg(parts.join(tr(", "))));
    m_show->setText(tr("Show applications"));
    m_dismiss->setText(tr("Dismiss"));
}

void DueActionsBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}
