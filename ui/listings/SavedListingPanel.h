#pragma once

#include "storage/SavedListingRepository.h"

#include <QWidget>
#include <optional>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

// Save the selected listing with a status and notes. Nothing is written until the user
// presses Save; Remove takes it off the saved list (the listing itself stays).
class SavedListingPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SavedListingPanel(QWidget *parent = nullptr);

    // listingId 0: no listing selected.
    void showListing(qint64 listingId, const std::optional<SavedListing> &saved);
    ApplicationStatus status() const;
    QString note() const;

signals:
    void saveRequested(qint64 listingId, ApplicationStatus status, const QString &note);
    void removeRequested(qint64 listingId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateState();

    qint64 m_listingId = 0;
    std::optional<SavedListing> m_saved;
    QLabel *m_title;
    QComboBox *m_status;
    QPlainTextEdit *m_note;
    QLabel *m_dates;
    QPushButton *m_save;
    QPushButton *m_remove;
};
