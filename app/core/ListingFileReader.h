#pragma once

#include "ListingImportPreview.h"
#include "ListingPreviewCollector.h"
#include "SkillCatalogue.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

class ImportTextReader;
class QIODevice;

// Reads a listings file for import, choosing the reader by its content: JSON when its text
// starts with [ or {, otherwise CSV (the encoding is detected first). Shared by the import
// command and the import dialog, so both accept and reject exactly the same rows.
//
// The file is read as a stream, a piece at a time, and each row goes to a sink as it is read:
// a file of a million listings is previewed, and then imported, without ever being held.
class ListingFileReader
{
    Q_DECLARE_TR_FUNCTIONS(ListingFileReader)

public:
    // Reads the file and keeps every row: for files known to be small, and the benchmark.
    static ListingImportPreview read(const QString &path, const SkillCatalogue &catalogue);
    // The same for bytes held in memory.
    static ListingImportPreview parse(const QByteArray &bytes, const SkillCatalogue &catalogue);

    // Streams the file at path to the sink. The preview returned has the file's part (its
    // encoding, header and mapping, or the error that refuses it), the counts of rows, and the
    // fingerprint of the bytes read; its lists stay empty.
    static ListingImportPreview stream(const QString &path, const SkillCatalogue &catalogue,
                                       const std::optional<ListingColumnMapping> &mapping,
                                       const ListingImportSink &sink);
    static ListingImportPreview stream(QIODevice &device, const SkillCatalogue &catalogue,
                                       const std::optional<ListingColumnMapping> &mapping,
                                       const ListingImportSink &sink);
    // Detects the encoding of a seekable device and reads it with the given reader.
    static ListingImportPreview read(QIODevice &device,
                                     const ListingPreviewCollector::Reading &reading,
                                     const ListingImportSink &sink);

private:
    // Chooses JSON or CSV by the first piece of text, then reads it all.
    static ListingImportPreview readText(ImportTextReader &text, const SkillCatalogue &catalogue,
                                         const std::optional<ListingColumnMapping> &mapping,
                                         const ListingImportSink &sink);
};
