#pragma once

#include "Listing.h"
#include "ListingJsonExtra.h"

#include <QHash>
#include <QList>
#include <QString>

// Writes listings to a file as CSV for Excel or as JSON, atomically. Shared by the export
// command and the window, so both write exactly the same files; ListingFileReader reads them.
class ListingFileWriter
{
public:
    enum class Format
    {
        Csv,
        Json
    };

    // JSON for a .json file, CSV otherwise.
    static Format formatFor(const QString &path);
    // extras: the saved status and note by listing id (JSON only).
    static bool write(const QString &path, Format format, const QList<Listing> &listings,
                      const QHash<qint64, ListingJsonExtra> &extras, QString *error);
};
