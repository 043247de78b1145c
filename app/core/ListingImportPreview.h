#pragma once

#include "Listing.h"
#include "ListingField.h"
#include "ListingJsonExtra.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// A listing that can be imported, with where in the file it starts.
struct ImportedListing
{
    int line = 0; // physical line (CSV, pasted text) or 1-based item number (JSON)
    Listing listing;
    ListingJsonExtra extra; // saved flag, status and note; only a JSON file carries them
};

// A row that cannot be imported and why.
struct ImportRejection
{
    int line = 0;
    QString field; // the header as the file wrote it (or the JSON key); empty for the whole row
    QString reason;
};

// What an import would do, shown to the user before anything is written.
struct ListingImportPreview
{
    QString fileError; // non-empty: nothing can be imported
    int fileErrorLine = 0;
    QString encoding;                                // from ImportTextDecoder
    QStringList headers;                             // CSV only: as written
    QList<std::optional<ListingField>> columnFields; // CSV only: the mapping used, one per header
    QList<ImportedListing> accepted;
    QList<ImportRejection> rejected;
};
