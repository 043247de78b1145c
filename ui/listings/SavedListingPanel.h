#pragma once

#include "storage/SavedListingRepository.h"

#include <QWidget>
#include <optional>

class MoneySpinBox;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;

// Save the selected listing with a status, notes and a next action, and follow it: every
// status it has had, and a ledger of the monthly rates asked, offered and agreed. Nothing is
// written until the user presses Save (or adds a ledger line); Remove takes it off the saved
// list (the listing itself stays).
class SavedListingPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SavedListingPanel(QWidget *parent = nullptr);

    // listingId 0: no listing selected.
    void showListing(qint64 listingId, const std::optional<SavedListing> &saved);
    ApplicationStatus status() const;
    QString note() const;
    NextAction nextAction() const;

signals:
    void saveRequested(qint64 listingId, ApplicationStatus status, const QString &note,
                       const NextAction &nextAction);
    void removeRequested(qint64 listingId);
    void rateAddRequested(qint64 listingId, RateKind kind, qint64 monthlyYen);

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *createNotesTab();
    QWidget *createHistoryTab();
    QWidget *createRatesTab();
    void retranslate();
    void updateState();
    void showHistory();
    void showRates();

    qint64 m_listingId = 0;
    std::optional<SavedListing> m_saved;
    QLabel *m_title;
    QComboBox *m_status;
    QPushButton *m_save;
    QPushButton *m_remove;
    QTabWidget *m_tabs;
    QPlainTextEdit *m_note;
    QLabel *m_nextActionLabel;
    QLineEdit *m_nextWhat;
    QCheckBox *m_hasDue;
    QDateEdit *m_nextDue;
    QListWidget *m_history;
    QTableWidget *m_rates;
    QComboBox *m_rateKind;
    MoneySpinBox *m_rateAmount;
    QPushButton *m_addRate;
    QLabel *m_dates;
};
