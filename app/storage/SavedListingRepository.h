#pragma once

#include "core/ApplicationStatus.h"
#include "core/ListingJsonExtra.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <optional>

// A listing the user keeps: where they stand with it, their notes, and when.
struct SavedListing
{
    qint64 listingId = 0;
    ApplicationStatus status = ApplicationStatus::Interested;
    QString note;
    QDateTime savedAt;   // UTC
    QDateTime updatedAt; // UTC
};

// The user's saved listings. Saving again keeps the first saved date and updates the rest.
class SavedListingRepository
{
    Q_DECLARE_TR_FUNCTIONS(SavedListingRepository)

public:
    explicit SavedListingRepository(QSqlDatabase database);

    // `at` is now unless a caller (a test, an import of history) says when it happened.
    bool save(qint64 listingId, ApplicationStatus status, const QString &note, QString *error,
              const QDateTime &at = QDateTime::currentDateTimeUtc());
    bool unsave(qint64 listingId, QString *error);
    std::optional<SavedListing> find(qint64 listingId, QString *error = nullptr) const;
    QHash<qint64, SavedListing> all(QString *error = nullptr) const;
    // The saved status and note of every saved listing, as a listings JSON export carries them.
    QHash<qint64, ListingJsonExtra> jsonExtras(QString *error = nullptr) const;

private:
    QSqlDatabase m_database;
};
