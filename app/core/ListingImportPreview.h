#pragma once

#include "Listing.h"
#include "ListingField.h"
#include "ListingJsonExtra.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
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
    // Every listing and rejection, or, from a file read as a stream, only the first ones (the
    // counts below are then the whole file's).
    QList<ImportedListing> accepted;
    QList<ImportRejection> rejected;
    qsizetype acceptedCount = 0;
    qsizetype rejectedCount = 0;
    // Of the file's bytes as read (ImportTextReader::fingerprint), and their number.
    quint64 fingerprint = 0;
    qint64 bytesRead = 0;
    bool stopped = false; // the reading was stopped (cancelled) before the end of the file
};

// Where a reader sends each listing and each rejection as it reads them, so that a file of
// any size is read without holding its rows.
struct ListingImportSink
{
    // Returning false stops the reading (a cancelled import, a failed write).
    std::function<bool(ImportedListing &&listing)> accepted;
    std::function<void(ImportRejection &&rejection)> rejected;
    // After each piece of the file, with the bytes read so far; returning false stops.
    std::function<bool(qint64 bytesRead)> progress;
};

// The column mapping the user chose for a CSV file, one entry per header column (nullopt:
// ignore the column); no mapping: by the headers' names.
using ListingColumnMapping = QList<std::optional<ListingField>>;
