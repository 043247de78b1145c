#pragma once

#include "ListingImportWriter.h"
#include "core/ListingImportPreview.h"
#include "core/SkillCatalogue.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <functional>
#include <optional>

// A file import in two readings of the file, neither of which holds it: the preview reads it
// to count what would be imported, rejected and skipped as duplicates, keeping the first rows
// to show; the import reads it again and writes its rows as they come, in one transaction.
// Between the two the file may have changed: the import compares the bytes it read with the
// preview's and writes nothing if they differ.
class ListingFileImport
{
    Q_DECLARE_TR_FUNCTIONS(ListingFileImport)

public:
    // The rows a preview keeps to show; the counts are always the whole file's.
    static constexpr qsizetype shownRows = 1000;

    struct Preview
    {
        ListingImportPreview file;
        qsizetype duplicateCount = 0;     // of stored listings or of earlier rows of the file
        QList<qsizetype> shownDuplicates; // positions in file.accepted
        QString duplicateError;           // the stored listings could not be read
    };

    // With the fraction of the file read so far (0–1); returning false stops.
    using Progress = std::function<bool(double fraction)>;

    static Preview preview(const QString &path, const SkillCatalogue &catalogue,
                           const std::optional<ListingColumnMapping> &mapping,
                           const QSqlDatabase &database, const Progress &progress = {});

    // Writes the listings the preview accepted. Rejected rows are left out, as the preview
    // showed them.
    static ListingImportOutcome import(const QString &path, const SkillCatalogue &catalogue,
                                       const std::optional<ListingColumnMapping> &mapping,
                                       const ListingImportPreview &previewed,
                                       DuplicatePolicy policy, QSqlDatabase database,
                                       const ListingImportWriter::Progress &progress = {});
};
