#pragma once

#include "core/ListingImportPreview.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <functional>

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
class ListingImportWriter
{
    Q_DECLARE_TR_FUNCTIONS(ListingImportWriter)

public:
    // Called every few hundred listings with the number written so far; returning false
    // cancels the import.
    using Progress = std::function<bool(int done, int total)>;

    explicit ListingImportWriter(QSqlDatabase database);

    // The positions (into listings) of those that duplicate a stored listing or an earlier
    // one in the list, for the preview.
    QList<qsizetype> duplicates(const QList<ImportedListing> &listings,
                                QString *error = nullptr) const;
    ListingImportOutcome write(const QList<ImportedListing> &listings, DuplicatePolicy policy,
                               const Progress &progress = {});

private:
    QHash<QString, qint64> storedKeys(QString *error) const;
    bool merge(qint64 storedId, const Listing &listing, QString *error);

    QSqlDatabase m_database;
};
