#pragma once

#include "ListingDuplicateIndex.h"
#include "core/ListingImportPreview.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <deque>
#include <functional>
#include <memory>

class ListingBatchInsert;

// What to do with an imported listing that duplicates one already stored (or one earlier in
// the same file): the same title, rate and source.
enum class DuplicatePolicy
{
    Skip, // keep the stored listing as it is
    Merge // fill the stored listing's empty fields from the import; nothing is overwritten
};

struct ListingImportOutcome
{
    int inserted = 0;
    int skippedDuplicates = 0;
    int merged = 0;
    bool cancelled = false;
    qint64 firstInsertedId = 0;
    QString error; // non-empty: nothing was written
};

// Writes the accepted listings of an import in one transaction: all of them or none. A
// cancelled or failed import rolls back, so the database is as it was before.
//
// The listings come as a list (write) or one at a time as a file is read (begin, add, commit),
// so that an import of any size holds only a few hundred listings at once.
class ListingImportWriter
{
    Q_DECLARE_TR_FUNCTIONS(ListingImportWriter)

public:
    // Called every few hundred listings with the number written so far; returning false
    // cancels the import.
    using Progress = std::function<bool(int done, int total)>;

    explicit ListingImportWriter(QSqlDatabase database);
    // An import begun and not committed is rolled back.
    ~ListingImportWriter();

    // The positions (into listings) of those that duplicate a stored listing or an earlier
    // one in the list, for the preview.
    QList<qsizetype> duplicates(const QList<ImportedListing> &listings,
                                QString *error = nullptr) const;
    ListingImportOutcome write(const QList<ImportedListing> &listings, DuplicatePolicy policy,
                               const Progress &progress = {});

    // Starts the transaction. After a failure in begin, add or commit the import is rolled
    // back and outcome() says why.
    bool begin(DuplicatePolicy policy);
    bool add(ImportedListing &&imported);
    // Ends the import; cancelled: roll back instead, saying so.
    ListingImportOutcome commit();
    ListingImportOutcome cancel();
    const ListingImportOutcome &outcome() const { return m_outcome; }

private:
    bool fail(const QString &message);
    // SQLite: drops the text index's insert trigger for the import (recreated at commit).
    bool dropIndexTrigger();
    bool flushQueued();
    // A listing with a stable id that is stored already or earlier in the import: skipped or
    // merged (handled), else noted; false when the import failed.
    bool addKnownByUuid(const ImportedListing &imported, bool *handled);
    // Adds the rows written since the last call to the text index.
    bool indexWritten();
    bool merge(qint64 storedId, const Listing &listing, QString *error);

    QSqlDatabase m_database;
    DuplicatePolicy m_policy = DuplicatePolicy::Skip;
    bool m_active = false;
    ListingImportOutcome m_outcome;
    ListingDuplicateIndex m_keys;
    QString m_triggerSql;
    bool m_postgres = false; // no FTS5 index to keep, no saved listings to restore
    qint64 m_lastIdBefore = 0;
    qint64 m_lastQueuedId = 0;
    qint64 m_indexedUpTo = 0; // rows up to this id are in the text index
    std::unique_ptr<ListingBatchInsert> m_batch;
    // The listings queued in the batch, which points into them until it is flushed; a deque
    // keeps them in place as it grows.
    std::deque<ImportedListing> m_queued;
    QList<std::pair<qint64, ListingJsonExtra>> m_savedStatuses;
    QSet<QString> m_uuidsQueued;             // the stable ids written by this import
    std::unique_ptr<QSqlQuery> m_uuidLookup; // a stored listing by its stable id
};
