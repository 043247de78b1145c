#include "ListingsCommand.h"

#include "ListingsFormatter.h"
#include "core/ListingCsvExporter.h"
#include "core/ListingJson.h"
#include "services/DatabaseLocation.h"
#include "services/Language.h"
#include "storage/Database.h"
#include "storage/ListingRepository.h"
#include "storage/SavedListingRepository.h"

#include <QCommandLineParser>
#include <QFile>

using namespace Qt::StringLiterals;

QString ListingsCommand::summary()
{
    return tr("Print the stored listings.");
}

int ListingsCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addHelpOption();
    parser.addOption(DatabaseLocation::option());
    parser.addOption(Language::option());
    const QCommandLineOption formatOption(
        u"format"_s, tr("Output format: text (default), json or csv."), tr("format"), u"text"_s);
    parser.addOption(formatOption);
    const QCommandLineOption searchOption(
        u"search"_s, tr("Only listings whose title, work or skills contain TEXT."), tr("text"));
    const QCommandLineOption savedOption(u"saved"_s, tr("Only the saved listings."));
    const QCommandLineOption statusOption(
        u"status"_s,
        tr("Only saved listings with this status: interested, applied, interviewing, offered, "
           "contracted or declined."),
        tr("status"));
    parser.addOption(searchOption);
    parser.addOption(savedOption);
    parser.addOption(statusOption);
    parser.addPositionalArgument(name(), summary(), name());
    if (!parser.parse(arguments)) {
        err << parser.errorText() << u'\n';
        return 2;
    }
    if (parser.isSet(u"help"_s)) {
        out << parser.helpText();
        return 0;
    }
    if (parser.positionalArguments().size() > 1) {
        err << tr("listings: unexpected argument \"%1\"").arg(parser.positionalArguments().at(1))
            << u'\n';
        return 2;
    }
    const QString format = parser.value(formatOption);
    if (format != u"text"_s && format != u"json"_s && format != u"csv"_s) {
        err << tr("listings: unknown format \"%1\" (expected text, json or csv)").arg(format)
            << u'\n';
        return 2;
    }

    ListingFilter filter;
    filter.text = parser.value(searchOption);
    filter.savedOnly = parser.isSet(savedOption);
    if (parser.isSet(statusOption)) {
        filter.status = ApplicationStatuses::fromKey(parser.value(statusOption));
        if (!filter.status) {
            err << tr("listings: unknown status \"%1\"").arg(parser.value(statusOption)) << u'\n';
            return 2;
        }
    }

    Database database;
    if (!database.open(DatabaseLocation::resolve(parser))) {
        err << database.lastError() << u'\n';
        return 1;
    }
    QString error;
    const ListingRepository repository(database.connection());
    const QList<Listing> listings = repository.byIds(repository.search(filter, &error), &error);
    if (!error.isEmpty()) {
        err << tr("Cannot read the listings: %1").arg(error) << u'\n';
        return 1;
    }
    if (format == u"json"_s) {
        out.flush();
        QFile stdoutFile;
        stdoutFile.open(stdout, QIODevice::WriteOnly);
        stdoutFile.write(ListingJson::toJson(
            listings, SavedListingRepository(database.connection()).jsonExtras()));
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
