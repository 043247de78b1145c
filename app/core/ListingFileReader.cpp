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

std::optional<QByteArray> ListingFileReader::readFile(const QString &path, QString *error)
{
    auto failed = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    QFile file(path);
    if (!QFileInfo(path).isFile())
        return failed(tr("%1 is not a file").arg(path));
    if (file.size() > maximumBytes)
        return failed(tr("%1 is %2 MB; listing files larger than %3 MB are not read")
                          .arg(path)
                          .arg(file.size() / (1024 * 1024))
                          .arg(maximumBytes / (1024 * 1024)));
    if (!file.open(QIODevice::ReadOnly))
        return failed(tr("%1 cannot be read: %2").arg(path, file.errorString()));
    return file.readAll();
}

ListingImportPreview ListingFileReader::parse(const QByteArray &bytes,
                                              const SkillCatalogue &catalogue)
{
    if (looksLikeJson(bytes))
        return ListingJson::fromJson(bytes, catalogue);
    return ListingCsvImporter(catalogue).read(bytes);
}

ListingImportPreview ListingFileReader::read(const QString &path, const SkillCatalogue &catalogue)
{
    QString error;
    const auto bytes = readFile(path, &error);
    if (!bytes) {
        ListingImportPreview preview;
        preview.fileError = error;
        return preview;
    }
    return parse(*bytes, catalogue);
}
