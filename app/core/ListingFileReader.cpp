#include "ListingFileReader.h"

#include "ImportTextReader.h"
#include "ListingCsvImporter.h"
#include "ListingJson.h"

#include <QFile>
#include <QFileInfo>

namespace {

bool startsLikeJson(const QString &text)
{
    for (QChar c : text) {
        if (c == u' ' || c == u'\t' || c == u'\r' || c == u'\n')
            continue;
        return c == u'[' || c == u'{';
    }
    return false;
}

} // namespace

ListingImportPreview ListingFileReader::read(QIODevice &device,
                                             const ListingPreviewCollector::Reading &reading,
                                             const ListingImportSink &sink)
{
    const TextEncoding encoding = ImportTextDecoder::detect(device);
    if (!encoding.error.isEmpty()) {
        ListingImportPreview preview;
        preview.fileError = encoding.error;
        return preview;
    }
    device.seek(0);
    ImportTextReader text(device, encoding);
    ListingImportPreview preview = reading(text, sink);
    preview.encoding = encoding.name;
    preview.fingerprint = text.fingerprint();
    preview.bytesRead = text.bytesRead();
    return preview;
}

ListingImportPreview ListingFileReader::readText(ImportTextReader &text,
                                                 const SkillCatalogue &catalogue,
                                                 const std::optional<ListingColumnMapping> &mapping,
                                                 const ListingImportSink &sink)
{
    // The first piece decides; a file whose text begins with [ or { is JSON whatever its
    // encoding (a JSON file saved as UTF-16 by a Windows editor too).
    bool json = false;
    if (auto first = text.next()) {
        json = startsLikeJson(*first);
        text.putBack(std::move(*first));
    }
    if (json)
        return ListingJson::read(text, catalogue, sink);
    return ListingCsvImporter(catalogue).read(text, mapping, sink);
}

ListingImportPreview ListingFileReader::stream(QIODevice &device, const SkillCatalogue &catalogue,
                                               const std::optional<ListingColumnMapping> &mapping,
                                               const ListingImportSink &sink)
{
    return read(
        device,
        [&](ImportTextReader &text, const ListingImportSink &to) {
            return readText(text, catalogue, mapping, to);
        },
        sink);
}

ListingImportPreview ListingFileReader::stream(const QString &path, const SkillCatalogue &catalogue,
                                               const std::optional<ListingColumnMapping> &mapping,
                                               const ListingImportSink &sink)
{
    ListingImportPreview preview;
    QFile file(path);
    if (!QFileInfo(path).isFile()) {
        preview.fileError = tr("%1 is not a file").arg(path);
        return preview;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        preview.fileError = tr("%1 cannot be read: %2").arg(path, file.errorString());
        return preview;
    }
    return stream(file, catalogue, mapping, sink);
}

ListingImportPreview ListingFileReader::read(const QString &path, const SkillCatalogue &catalogue)
{
    ListingPreviewCollector collector;
    return collector.finish(stream(path, catalogue, std::nullopt, collector.sink()));
}

ListingImportPreview ListingFileReader::parse(const QByteArray &bytes,
                                              const SkillCatalogue &catalogue)
{
    return ListingPreviewCollector::readAll(
        bytes, [&catalogue](ImportTextReader &text, const ListingImportSink &sink) {
            return readText(text, catalogue, std::nullopt, sink);
        });
}
