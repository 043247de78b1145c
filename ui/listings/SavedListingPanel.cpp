#include "listings/SavedListingPanel.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

SavedListingPanel::SavedListingPanel(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_status(new QComboBox(this)),
      m_note(new QPlainTextEdit(this)), m_dates(new QLabel(this)), m_save(new QPushButton(this)),
      m_remove(new QPushButton(this))
{
    m_status->setObjectName(u"savedStatus"_s);
    m_note->setObjectName(u"savedNote"_s);
    m_save->setObjectName(u"saveListing"_s);
    m_remove->setObjectName(u"unsaveListing"_s);
    m_note->setTabChangesFocus(true);
    m_dates->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_save);
    buttons->addWidget(m_remove);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addLayout(buttons);
    layout->addWidget(m_note, 1);
    layout->addWidget(m_dates);

    connect(m_save, &QPushButton::clicked, this, [this]() {
        if (m_listingId > 0)
            emit saveRequested(m_listingId, status(), note());
    });
    connect(m_remove, &QPushButton::clicked, this, [this]() {
        if (m_listingId > 0)
            emit removeRequested(m_listingId);
    });
    connect(m_status, &QComboBox::currentIndexChanged, this, &SavedListingPanel::updateState);
    connect(m_note, &QPlainTextEdit::textChanged, this, &SavedListingPanel::updateState);
    retranslate();
    showListing(0, std::nullopt);
}

ApplicationStatus SavedListingPanel::status() const
{
    return ApplicationStatuses::fromKey(m_status->currentData().toString())
        .value_or(ApplicationStatus::Interested);
}

QString SavedListingPanel::note() const
{
    return m_note->toPlainText();
}

void SavedListingPanel::showListing(qint64 listingId, const std::optional<SavedListing> &saved)
{
    m_listingId = listingId;
    m_saved = saved;
    const QSignalBlocker statusBlocker(m_status);
    const QSignalBlocker noteBlocker(m_note);
    const ApplicationStatus status = saved ? saved->status : ApplicationStatus::Interested;
    m_status->setCurrentIndex(std::max(0, m_status->findData(ApplicationStatuses::key(status))));
    m_note->setPlainText(saved ? saved->note : QString());
    updateState();
}

void SavedListingPanel::updateState()
{
    const bool hasListing = m_listingId > 0;
    m_status->setEnabled(hasListing);
    m_note->setEnabled(hasListing);
    const bool changed = !m_saved || m_saved->status != status() || m_saved->note != note();
    m_save->setEnabled(hasListing && changed);
    m_save->setText(m_saved ? tr("Update") : tr("Save listing"));
    m_remove->setVisible(m_saved.has_value());
    m_title->setText(m_saved ? tr("Saved listing") : tr("Not saved"));
    if (m_saved) {
        const QLocale locale;
        m_dates->setText(
            tr("Saved %1 · updated %2")
                .arg(locale.toString(m_saved->savedAt.toLocalTime(), QLocale::ShortFormat),
                     locale.toString(m_saved->updatedAt.toLocalTime(), QLocale::ShortFormat)));
    } else {
        m_dates->setText(hasListing ? tr("Save a listing to keep it with a status and notes.")
                                    : QString());
    }
}

void SavedListingPanel::retranslate()
{
    const QSignalBlocker blocker(m_status);
    const int current = m_status->currentIndex();
    m_status->clear();
    for (ApplicationStatus status : ApplicationStatuses::all())
        m_status->addItem(ApplicationStatuses::displayName(status),
                          ApplicationStatuses::key(status));
    m_status->setCurrentIndex(std::max(0, current));
    m_status->setAccessibleName(tr("Application status"));
    m_note->setPlaceholderText(tr("Notes: contact, interview dates, questions to ask…"));
    m_note->setAccessibleName(tr("Notes on this listing"));
    m_remove->setText(tr("Remove from saved"));
    updateState();
}

void SavedListingPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
