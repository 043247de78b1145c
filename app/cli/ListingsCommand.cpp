#include "ListingsCommand.h"

#include "ListingsFormatter.h"
#include "core/ListingCsvExporter.h"
#include "core/ListingJson.h"
#include "storage/Database.h"
#include "storage/ListingRepository.h"
#include "storage/SavedListingRepository.h"

#include <QCommandLineParser>
#include <QFile>

using namespace Qt::StringLiterals;

QString ListingsCommand::summary() const
{
    return tr("Print the stored listings.");
}

QList<QCommandLineOption> ListingsCommand::options() const
{
    return {
        QCommandLineOption(u"format"_s, tr("Output format: text (default), json or csv."),
                           tr("format"), u"text"_s),
        QCommandLineOption(
            u"search"_s, tr("Only listings whose title, work or skills contain TEXT."), tr("text")),
        QCommandLineOption(u"saved"_s, tr("Only the saved listings.")),
        QCommandLineOption(
            u"status"_s,
            tr("Only saved listings with this status: interested, applied, interviewing, offered, "
               "contracted or declined."),
            tr("status"))};
}

int ListingsCommand::run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    if (parser.positionalArguments().size() > 1) {
        err << tr("listings: unexpected argument \"%1\"").arg(parser.positionalArguments().at(1))
            << u'\n';
        return 2;
    }
    const QString format = parser.value(u"format"_s);
    if (format != u"text"_s && format != u"json"_s && format != u"csv"_s) {
        err << tr("listings: unknown format \"%1\" (expected text, json or csv)").arg(format)
            << u'\n';
        return 2;
    }

    ListingFilter filter;
    filter.text = parser.value(u"search"_s);
    filter.savedOnly = parser.isSet(u"saved"_s);
    if (parser.isSet(u"status"_s)) {
        filter.status = ApplicationStatuses::fromKey(parser.value(u"status"_s));
        if (!filter.status) {
            err << tr("listings: unknown status \"%1\"").arg(parser.value(u"status"_s)) << u'\n';
            return 2;
        }
    }

    CommandDatabases databases;
    if (!databases.open(parser, err))
        return 1;
    QString error;
    const ListingRepository repository(databases.listings());
    QList<Listing> listings;
    if (databases.resolveSavedFilter(filter, &error))
        listings = repository.byIds(repository.search(filter, &error), &error);
    if (!error.isEmpty()) {
        err << tr("Cannot read the listings: %1").arg(databases.described(error)) << u'\n';
        return 1;
    }
    // What the user keeps about saved listings is in the local file; a team database's
    // listings find it by their UUID.
    const QHash<qint64, ListingJsonExtra> extras = databases.extrasFor(listings, nullptr);
    if (format == u"json"_s) {
        out.flush();
        QFile stdoutFile;
        stdoutFile.open(stdout, QIODevice::WriteOnly);
        stdoutFile.write(ListingJson::toJson(listings, extras));
    } else if (format == u"csv"_s) {
        out.flush();
        QFile stdoutFile;
        stdoutFile.open(stdout, QIODevice::WriteOnly);
        stdoutFile.write(ListingCsvExporter::toCsv(listings));
    } else {
        out << ListingsFormatter::text(listings);
    }
    return 0;
}
