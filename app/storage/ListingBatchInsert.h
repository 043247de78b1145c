#pragma once

#include "core/Listing.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <functional>
#include <map>
#include <memory>

// Writes the listings of an import many rows per statement: each listing gets its id when it
// is queued (the next free ids, taken under the import's write lock), so its requirement rows
// can be queued with it, and both are written 50 listings or 100 requirements per INSERT.
// Executing one statement per row cost an import of 100,000 listings several seconds.
// Runs inside the caller's transaction; after an error the caller rolls back.
class ListingBatchInsert
{
    Q_DECLARE_TR_FUNCTIONS(ListingBatchInsert)

public:
    ListingBatchInsert(const QSqlDatabase &database, qint64 firstId);

    // Queues a listing (which must outlive the next flush) and returns the id it will have.
    qint64 add(const Listing &listing, int line);
    // Writes the queued listings and the requirement rows that fill whole statements; with
    // everything, the rest too. On failure says which lines the failing statement held.
    bool flush(QString *error, bool everything = false);
    bool addAndFlushIfFull(const Listing &listing, int line, qint64 *id, QString *error);

private:
    struct QueuedListing
    {
        const Listing *listing;
        qint64 id;
        int line;
    };
    struct QueuedRequirement
    {
        qint64 listingId;
        int position;
        const ListingRequirement *requirement;
    };

    QSqlQuery *statement(std::map<qsizetype, std::unique_ptr<QSqlQuery>> &cache,
                         const QString &head, const QString &row, qsizetype rows, QString *error);
    // Runs write so that a failure leaves the transaction usable (PostgreSQL: a savepoint).
    bool undoable(const std::function<bool()> &write);
    bool writeListings(QString *error);
    bool writeListingRows(qsizetype first, qsizetype count, QString *error);
    bool writeRequirements(bool everything, QString *error);

    static constexpr qsizetype listingsPerStatement = 50;
    static constexpr qsizetype requirementsPerStatement = 100;

    QSqlDatabase m_database;
    bool m_postgres;
    qint64 m_nextId;
    QString m_createdAt;
    QList<QueuedListing> m_listings;
    QList<QueuedRequirement> m_requirements;
    std::map<qsizetype, std::unique_ptr<QSqlQuery>> m_listingStatements;     // by row count
    std::map<qsizetype, std::unique_ptr<QSqlQuery>> m_requirementStatements; // by row count
};
