#include "ExportCommand.h"

#include "core/ListingFileWriter.h"
#include "storage/Database.h"
#include "storage/ListingRepository.h"
#include "storage/SavedListingRepository.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

QString ExportCommand::summary() const
{
    return tr("Export listings to a CSV (UTF-8 with BOM, opens in Excel) or JSON file.");
}

QList<QCommandLineOption> ExportCommand::options() const
{
    return {
        QCommandLineOption(u"format"_s,
                           tr("csv or json; by default taken from the file name, else csv."),
                           tr("format")),
        QCommandLineOption(u"saved"_s, tr("Export only the saved listings.")),
        QCommandLineOption(u"search"_s,
                           tr("Export only the listings whose title, work or skills contain TEXT."),
                           tr("text"))};
}

QList<Command::Positional> ExportCommand::positionalArguments() const
{
    return {{u"file"_s, tr("The file to write."), u"FILE"_s}};
}

int ExportCommand::run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2) {
        err << tr("export: name the file to write, e.g. \"careerplanner export listings.csv\"")
            << u'\n';
        return 2;
    }
    const QString path = positional.at(1);
    const QString formatText = parser.value(u"format"_s);
    if (!formatText.isEmpty() && formatText != u"csv"_s && formatText != u"json"_s) {
        err << tr("export: unknown format \"%1\" (expected csv or json)").arg(formatText) << u'\n';
        return 2;
    }
    const ListingFileWriter::Format format =
        formatText.isEmpty()      ? ListingFileWriter::formatFor(path)
        : formatText == u"json"_s ? ListingFileWriter::Format::Json
                                  : ListingFileWriter::Format::Csv;

    CommandDatabases databases;
    if (!databases.open(parser, err))
        return 1;
    ListingFilter filter;
    filter.text = parser.value(u"search"_s);
    filter.savedOnly = parser.isSet(u"saved"_s);
    QString error;
    const ListingRepository repository(databases.listings());
    QList<Listing> listings;
    if (databases.resolveSavedFilter(filter, &error))
        listings = repository.byIds(repository.search(filter, &error), &error);
    // The user's own notes on saved listings are in the local file; a team database's
    // listings find theirs by UUID.
    const QHash<qint64, ListingJsonExtra> extras =
        error.isEmpty() ? databases.extrasFor(listings, &error) : QHash<qint64, ListingJsonExtra>();
    if (!error.isEmpty()) {
        err << tr("Cannot read the listings: %1").arg(databases.described(error)) << u'\n';
        return 1;
    }
    if (!ListingFileWriter::write(path, format, listings, extras, &error)) {
        err << tr("%1 cannot be written: %2").arg(path, error) << u'\n';
        return 1;
    }
    out << tr("Listings exported to %1: %2.").arg(path).arg(listings.size()) << u'\n';
    return 0;
}
