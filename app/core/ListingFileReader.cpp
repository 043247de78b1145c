#include "ListingFileReader.h"

#include "ListingCsvImporter.h"
#include "ListingJson.h"

#include <QFile>
#include <QFileInfo>

bool ListingFileReader::looksLikeJson(const QByteArray &bytes)
{
    for (char c : bytes) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        return c == '[' || c == '{';
    }
    return false;
}

ListingImportPreview ListingFileReader::read(const QString &path, const SkillCatalogue &catalogue)
{
    ListingImportPreview preview;
    QFile file(path);
    if (!QFileInfo(path).isFile()) {
        preview.fileError = tr("%1 is not a file").arg(path);
        return preview;
    }
    if (file.size() > maximumBytes) {
        preview.fileError = tr("%1 is %2 MB; listing files larger than %3 MB are not read")
                                .arg(path)
                                .arg(file.size() / (1024 * 1024))
                                .arg(maximumBytes / (1024 * 1024));
        return preview;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        preview.fileError = tr("%1 cannot be read: %2").arg(path, file.errorString());
        return preview;
    }
    const QByteArray bytes = file.readAll();
    if (looksLikeJson(bytes))
        return ListingJson::fromJson(bytes, catalogue);
    return ListingCsvImporter(catalogue).read(bytes);
}
