#include "listings/SavedListingPanel.h"

#include "core/MoneyFormat.h"
#include "widgets/MoneySpinBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
enum Tab
{
    NotesTab,
    HistoryTab,
    RatesTab
};
} // namespace

SavedListingPanel::SavedListingPanel(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_status(new QComboBox(this)),
      m_save(new QPushButton(this)), m_remove(new QPushButton(this)), m_tabs(new QTabWidget(this)),
      m_note(new QPlainTextEdit(this)), m_nextActionLabel(new QLabel(this)),
      m_nextWhat(new QLineEdit(this)), m_hasDue(new QCheckBox(this)),
      m_nextDue(new QDateEdit(this)), m_history(new QListWidget(this)),
      m_rates(new QTableWidget(0, 3, this)), m_rateKind(new QComboBox(this)),
      m_rateAmount(new MoneySpinBox(this)), m_addRate(new QPushButton(this)),
      m_dates(new QLabel(this))
{
    m_status->setObjectName(u"savedStatus"_s);
    m_note->setObjectName(u"savedNote"_s);
    m_save->setObjectName(u"saveListing"_s);
    m_remove->setObjectName(u"unsaveListing"_s);
    m_tabs->setObjectName(u"savedListingTabs"_s);
    m_nextWhat->setObjectName(u"nextActionWhat"_s);
    m_hasDue->setObjectName(u"nextActionHasDue"_s);
    m_nextDue->setObjectName(u"nextActionDue"_s);
    m_history->setObjectName(u"statusHistory"_s);
    m_rates->setObjectName(u"rateLedger"_s);
    m_rateKind->setObjectName(u"rateKind"_s);
    m_rateAmount->setObjectName(u"rateAmount"_s);
    m_addRate->setObjectName(u"addRate"_s);
    m_dates->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_save);
    buttons->addWidget(m_remove);
    m_tabs->addTab(createNotesTab(), QString());
    m_tabs->addTab(createHistoryTab(), QString());
    m_tabs->addTab(createRatesTab(), QString());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addLayout(buttons);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_dates);

    connect(m_save, &QPushButton::clicked, this, [this]() {
        if (m_listingId > 0)
            emit saveRequested(m_listingId, status(), note(), nextAction());
    });
    connect(m_remove, &QPushButton::clicked, this, [this]() {
        if (m_listingId > 0)
            emit removeRequested(m_listingId);
    });
    connect(m_addRate, &QPushButton::clicked, this, [this]() {
        const auto kind = RateKinds::fromKey(m_rateKind->currentData().toString());
        if (m_listingId > 0 && m_saved && kind && m_rateAmount->yen() > 0)
            emit rateAddRequested(m_listingId, *kind, m_rateAmount->yen());
    });
    connect(m_status, &QComboBox::currentIndexChanged, this, &SavedListingPanel::updateState);
    connect(m_note, &QPlainTextEdit::textChanged, this, &SavedListingPanel::updateState);
    connect(m_nextWhat, &QLineEdit::textChanged, this, &SavedListingPanel::updateState);
    connect(m_hasDue, &QCheckBox::toggled, this, &SavedListingPanel::updateState);
    connect(m_nextDue, &QDateEdit::dateChanged, this, &SavedListingPanel::updateState);
    connect(m_rateAmount, &MoneySpinBox::yenChanged, this, &SavedListingPanel::updateState);
    retranslate();
    showListing(0, std::nullopt);
}

QWidget *SavedListingPanel::createNotesTab()
{
    auto *tab = new QWidget(this);
    m_note->setTabChangesFocus(true);
    m_nextDue->setCalendarPopup(true);
    m_nextDue->setDate(QDate::currentDate());
    m_nextActionLabel->setBuddy(m_nextWhat);
    // Two rows: the action gets the panel's width even when the panel is narrow.
    auto *next = new QGridLayout;
    next->addWidget(m_nextActionLabel, 0, 0);
    next->addWidget(m_nextWhat, 0, 1, 1, 3);
    next->addWidget(m_hasDue, 1, 1);
    next->addWidget(m_nextDue, 1, 2);
    next->setColumnStretch(3, 1);
    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(next);
    layout->addWidget(m_note, 1);
    return tab;
}

QWidget *SavedListingPanel::createHistoryTab()
{
    auto *tab = new QWidget(this);
    m_history->setSelectionMode(QAbstractItemView::NoSelection);
    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_history);
    return tab;
}

QWidget *SavedListingPanel::createRatesTab()
{
    auto *tab = new QWidget(this);
    m_rates->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rates->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rates->verticalHeader()->hide();
    m_rates->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_rates->horizontalHeader()->setStretchLastSection(true);
    m_rateAmount->setMaximum(double(SavedListingRepository::largestMonthlyYen) / 10'000);
    auto *add = new QHBoxLayout;
    add->addWidget(m_rateKind);
    add->addWidget(m_rateAmount, 1);
    add->addWidget(m_addRate);
    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_rates, 1);
    layout->addLayout(add);
    return tab;
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

NextAction SavedListingPanel::nextAction() const
{
    return {m_nextWhat->text().trimmed(), m_hasDue->isChecked() ? m_nextDue->date() : QDate()};
}

void SavedListingPanel::showListing(qint64 listingId, const std::optional<SavedListing> &saved)
{
    m_listingId = listingId;
    m_saved = saved;
    const QSignalBlocker statusBlocker(m_status);
    const QSignalBlocker noteBlocker(m_note);
    const QSignalBlocker whatBlocker(m_nextWhat);
    const QSignalBlocker hasDueBlocker(m_hasDue);
    const QSignalBlocker dueBlocker(m_nextDue);
    const ApplicationStatus status = saved ? saved->status : ApplicationStatus::Interested;
    m_status->setCurrentIndex(std::max(0, m_status->findData(ApplicationStatuses::key(status))));
    m_note->setPlainText(saved ? saved->note : QString());
    const NextAction action = saved ? saved->nextAction : NextAction{};
    m_nextWhat->setText(action.what);
    m_hasDue->setChecked(action.due.isValid());
    m_nextDue->setDate(action.due.isValid() ? action.due : QDate::currentDate());
    m_rateAmount->setYen(0);
    showHistory();
    showRates();
    updateState();
}

void SavedListingPanel::showHistory()
{
    m_history->clear();
    if (!m_saved)
        return;
    const QLocale locale;
    // Newest first: the question is usually "when did I last hear back".
    for (auto it = m_saved->history.crbegin(); it != m_saved->history.crend(); ++it)
        m_history->addItem(
            tr("%1  %2").arg(locale.toString(it->at.toLocalTime(), QLocale::ShortFormat),
                             ApplicationStatuses::displayName(it->status)));
}

void SavedListingPanel::showRates()
{
    m_rates->setRowCount(0);
    if (!m_saved)
        return;
    const QLocale locale;
    m_rates->setRowCount(int(m_saved->rates.size()));
    // Newest first, like the history; a correction is the line above the one it corrects.
    int row = 0;
    for (auto it = m_saved->rates.crbegin(); it != m_saved->rates.crend(); ++it, ++row) {
        auto *amount = new QTableWidgetItem(MoneyFormat::exact(it->monthlyYen, locale));
        amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_rates->setItem(row, 0, new QTableWidgetItem(RateKinds::displayName(it->kind)));
        m_rates->setItem(row, 1, amount);
        m_rates->setItem(
            row, 2,
            new QTableWidgetItem(locale.toString(it->at.toLocalTime(), QLocale::ShortFormat)));
    }
}

void SavedListingPanel::updateState()
{
    const bool hasListing = m_listingId > 0;
    m_status->setEnabled(hasListing);
    m_note->setEnabled(hasListing);
    m_nextWhat->setEnabled(hasListing);
    m_hasDue->setEnabled(hasListing);
    m_nextDue->setEnabled(hasListing && m_hasDue->isChecked());
    const bool changed = !m_saved || m_saved->status != status() || m_saved->note != note() ||
                         m_saved->nextAction != nextAction();
    m_save->setEnabled(hasListing && changed);
    m_save->setText(m_saved ? tr("Update") : tr("Save listing"));
    m_remove->setVisible(m_saved.has_value());
    m_title->setText(m_saved ? tr("Saved listing") : tr("Not saved"));
    // History and rates belong to a saved listing; before that there is nothing to show.
    m_tabs->setTabEnabled(HistoryTab, m_saved.has_value());
    m_tabs->setTabEnabled(RatesTab, m_saved.has_value());
    m_rateKind->setEnabled(m_saved.has_value());
    m_rateAmount->setEnabled(m_saved.has_value());
    m_addRate->setEnabled(m_saved.has_value() && m_rateAmount->yen() > 0);
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
    {
        const QSignalBlocker blocker(m_status);
        const int current = m_status->currentIndex();
        m_status->clear();
        for (ApplicationStatus status : ApplicationStatuses::all())
            m_status->addItem(ApplicationStatuses::displayName(status),
                              ApplicationStatuses::key(status));
        m_status->setCurrentIndex(std::max(0, current));
    }
    {
        const int current = m_rateKind->currentIndex();
        m_rateKind->clear();
        for (RateKind kind : RateKinds::all())
            m_rateKind->addItem(RateKinds::displayName(kind), RateKinds::key(kind));
        m_rateKind->setCurrentIndex(std::max(0, current));
    }
    m_status->setAccessibleName(tr("Application status"));
    m_tabs->setTabText(NotesTab, tr("Notes and next action"));
    m_tabs->setTabText(HistoryTab, tr("History"));
    m_tabs->setTabText(RatesTab, tr("Rates"));
    m_note->setPlaceholderText(tr("Notes: contact, interview dates, questions to ask…"));
    m_note->setAccessibleName(tr("Notes on this listing"));
    m_nextActionLabel->setText(tr("&Next:"));
    m_nextWhat->setPlaceholderText(tr("Interview, reply due, call the agent…"));
    m_nextWhat->setAccessibleName(tr("Next action"));
    m_hasDue->setText(tr("by"));
    m_hasDue->setAccessibleName(tr("The next action has a date"));
    m_nextDue->setAccessibleName(tr("Date of the next action"));
    m_nextDue->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_rates->setHorizontalHeaderLabels({tr("Kind"), tr("Monthly rate"), tr("Recorded")});
    m_rates->setAccessibleName(tr("Rate ledger"));
    m_rates->setToolTip(tr("Lines are only added: to correct a rate, add a new line."));
    m_rateKind->setAccessibleName(tr("Kind of rate"));
    m_rateAmount->setAccessibleName(tr("Monthly rate to record"));
    m_rateAmount->applyLocale();
    m_addRate->setText(tr("Add line"));
    m_remove->setText(tr("Remove from saved"));
    showHistory();
    showRates();
    updateState();
}

void SavedListingPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
