#pragma once

#include "storage/Database.h"
#include "storage/ListingImportWriter.h"

#include <QFile>
#include <QString>

// A database damaged where a start does not read: enough listings (3,000, with long work
// text) that junk written near the end of the file spares the pages opening it reads (schema,
// versions, catalogue), so only the full integrity check finds it. Returns an empty string,
// else why the file could not be made.
inline QString writeDatabaseDamagedNearItsEnd(const QString &path)
{
    {
        Database database;
        if (!database.open(path))
            return database.lastError();
        QList<ImportedListing> listings;
        for (int i = 0; i < 3000; ++i) {
            ImportedListing imported;
            imported.listing.title = QStringLiteral("Backend listing %1").arg(i);
            imported.listing.workContent = QString(200, QChar(u'設'));
            imported.listing.monthlyRateMinYen = 700'000;
            listings.append(imported);
        }
        const ListingImportOutcome outcome =
            ListingImportWriter(database.connection()).write(listings, DuplicatePolicy::Skip);
        if (!outcome.error.isEmpty())
            return outcome.error;
    }
    // Closed: its last connection checkpointed the -wal into the file.
    QFile file(path);
    constexpr qint64 junk = 128 * 1024;
    if (!file.open(QIODevice::ReadWrite) || file.size() < 1024 * 1024 ||
        !file.seek(file.size() - 2 * junk) || file.write(QByteArray(junk, '\x5A')) != junk)
        return QStringLiteral("%1: cannot damage it (%2)").arg(path, file.errorString());
    return {};
}
