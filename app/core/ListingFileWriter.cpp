#include "ListingFileWriter.h"

#include "AtomicFile.h"
#include "ListingCsvExporter.h"
#include "ListingJson.h"

using namespace Qt::StringLiterals;

ListingFileWriter::Format ListingFileWriter::formatFor(const QString &path)
{
    return path.endsWith(u".json"_s, Qt::CaseInsensitive) ? Format::Json : Format::Csv;
}

bool ListingFileWriter::write(const QString &path, Format format, const QList<Listing> &listings,
                              const QHash<qint64, ListingJsonExtra> &extras, QString *error)
{
    const QByteArray bytes = format == Format::Json ? ListingJson::toJson(listings, extras)
                                                    : ListingCsvExporter::toCsv(listings);
    return AtomicFile::write(path, bytes, error);
}
