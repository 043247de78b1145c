#pragma once

#include "core/ApplicationStatus.h"
#include "core/ListingJsonExtra.h"
#include "core/pipeline/SavedListing.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <optional>

// The user's saved listings and their pipeline. Saving again keeps the first saved date and
// updates the rest; a change of status is added to the listing's history; the rate ledger
// is only added to. Every write that touches more than one row is one transaction.
class SavedListingRepository
{
    Q_DECLARE_TR_FUNCTIONS(SavedListingRepository)

public:
    explicit SavedListingRepository(QSqlDatabase database);

    // `at` is now unless a caller (a test, an import of history) says when it happened.
    // The next action stays as it was.
    bool save(qint64 listingId, ApplicationStatus status, const QString &note, QString *error,
              const QDateTime &at = QDateTime::currentDateTimeUtc());
    // The same, and the next action replaced (an empty one clears it).
    bool save(qint64 listingId, ApplicationStatus status, const QString &note,
              const NextAction &nextAction, QString *error,
              const QDateTime &at = QDateTime::currentDateTimeUtc());
    // A line added to the rate ledger of a saved listing.
    bool addRate(qint64 listingId, RateKind kind, qint64 monthlyYen, QString *error,
                 const QDateTime &at = QDateTime::currentDateTimeUtc());
    bool unsave(qint64 listingId, QString *error);
    std::optional<SavedListing> find(qint64 listingId, QString *error = nullptr) const;
    QHash<qint64, SavedListing> all(QString *error = nullptr) const;
    // Everything a listings JSON export carries about each saved listing.
    QHash<qint64, ListingJsonExtra> jsonExtras(QString *error = nullptr) const;
    // A saved listing as a file carries it, for a listing the import just added. Runs inside
    // the caller's transaction. Without a history in the file, the history starts at `now`.
    bool restore(qint64 listingId, const ListingJsonExtra &extra, const QDateTime &now,
                 QString *error);

    // The largest monthly rate the ledger takes: more is a slip of the keyboard.
    static constexpr qint64 largestMonthlyYen = 100'000'000;

private:
    // The row and, for a new status, its history entry, in one transaction. nextAction:
    // replaced when given, kept when not.
    bool saveInTransaction(qint64 listingId, ApplicationStatus status, const QString &note,
                           const std::optional<NextAction> &nextAction, const QDateTime &at,
                           QString *error);
    bool commit(QString *error);
    bool write(qint64 listingId, ApplicationStatus status, const QString &note,
               const std::optional<NextAction> &nextAction, const QDateTime &at, QString *error);
    bool loadPipelines(QHash<qint64, SavedListing> &saved, std::optional<qint64> onlyListing,
                       QString *error) const;

    QSqlDatabase m_database;
};
