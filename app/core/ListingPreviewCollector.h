#pragma once

#include "ListingImportPreview.h"

#include <QByteArray>
#include <limits>

class ImportTextReader;

// Keeps what a streaming reader sends: every row (a pasted text, a test), or only the first
// ones of a large file, which is all a preview table shows; the reader counts them all.
class ListingPreviewCollector
{
public:
    static constexpr qsizetype everything = std::numeric_limits<qsizetype>::max();

    explicit ListingPreviewCollector(qsizetype shownLimit = everything);

    // Valid while the collector lives.
    ListingImportSink sink();
    // Moves the rows kept into the reader's preview. A file error leaves no rows: nothing of
    // such a file can be imported.
    ListingImportPreview finish(ListingImportPreview preview);

    using Reading =
        std::function<ListingImportPreview(ImportTextReader &text, const ListingImportSink &sink)>;
    // Reads bytes held in memory with the given reader and keeps every row.
    static ListingImportPreview readAll(const QByteArray &bytes, const Reading &reading);

private:
    qsizetype m_shownLimit;
    QList<ImportedListing> m_accepted;
    QList<ImportRejection> m_rejected;
};
