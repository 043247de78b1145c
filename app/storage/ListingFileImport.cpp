#include "ListingFileImport.h"

#include "ListingDuplicateIndex.h"
#include "core/ListingFileReader.h"
#include "core/ListingPreviewCollector.h"

#include <QFileInfo>

namespace {

// Reports the fraction of the file read, from the byte count a reader gives.
std::function<bool(qint64)> byFraction(const QString &path,
                                       const ListingFileImport::Progress &progress)
{
    if (!progress)
        return {};
    const double size = std::max<double>(1, double(QFileInfo(path).size()));
    return [progress, size](qint64 bytesRead) { return progress(std::min(1.0, bytesRead / size)); };
}

} // namespace

ListingFileImport::Preview
ListingFileImport::preview(const QString &path, const SkillCatalogue &catalogue,
                           const std::optional<ListingColumnMapping> &mapping,
                           const QSqlDatabase &database, const Progress &progress)
{
    Preview result;
    ListingDuplicateIndex keys;
    const bool keysRead = keys.load(database, &result.duplicateError);
    ListingPreviewCollector collector(shownRows);
    ListingImportSink collect = collector.sink();
    ListingImportSink sink;
    qsizetype position = 0;
    sink.accepted = [&](ImportedListing &&imported) {
        if (keysRead) {
            const Listing &listing = imported.listing;
            const std::optional<qint64> id = keys.candidate(listing);
            // Id 0 is an earlier row of this file, named by the hash alone; the import
            // compares the real keys.
            if (id && (*id == 0 || ListingDuplicateIndex::sameAs(database, *id, listing,
                                                                 &result.duplicateError))) {
                ++result.duplicateCount;
                if (position < shownRows)
                    result.shownDuplicates.append(position);
            } else {
                keys.add(listing, 0);
            }
        }
        ++position;
        return collect.accepted(std::move(imported));
    };
    sink.rejected = collect.rejected;
    sink.progress = byFraction(path, progress);
    result.file = collector.finish(ListingFileReader::stream(path, catalogue, mapping, sink));
    if (!result.file.fileError.isEmpty()) {
        result.duplicateCount = 0;
        result.shownDuplicates.clear();
    }
    return result;
}

ListingImportOutcome ListingFileImport::import(const QString &path, const SkillCatalogue &catalogue,
                                               const std::optional<ListingColumnMapping> &mapping,
                                               const ListingImportPreview &previewed,
                                               DuplicatePolicy policy, QSqlDatabase database,
                                               const ListingImportWriter::Progress &progress)
{
    ListingImportWriter writer(std::move(database));
    if (!writer.begin(policy))
        return writer.outcome();
    const int total = int(previewed.acceptedCount);
    int done = 0;
    bool cancelled = false;
    ListingImportSink sink;
    sink.accepted = [&](ImportedListing &&imported) {
        // The progress is asked every 250 listings, as ListingImportWriter::write does.
        if (progress && done % 250 == 0 && !progress(done, total)) {
            cancelled = true;
            return false;
        }
        ++done;
        return writer.add(std::move(imported));
    };
    const ListingImportPreview read = ListingFileReader::stream(path, catalogue, mapping, sink);
    if (cancelled)
        return writer.cancel();
    if (!writer.outcome().error.isEmpty())
        return writer.outcome();
    ListingImportOutcome failed;
    if (!read.fileError.isEmpty()) {
        failed.error = read.fileErrorLine > 0
                           ? tr("line %1: %2").arg(read.fileErrorLine).arg(read.fileError)
                           : read.fileError;
    } else if (read.fingerprint != previewed.fingerprint || read.bytesRead != previewed.bytesRead ||
               read.acceptedCount != previewed.acceptedCount) {
        failed.error = tr("%1 changed after it was previewed; read it again before importing.")
                           .arg(QFileInfo(path).fileName());
    }
    if (!failed.error.isEmpty()) {
        writer.cancel();
        return failed;
    }
    if (progress && !progress(total, total))
        return writer.cancel();
    return writer.commit();
}
