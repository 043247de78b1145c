#include "ImportCommand.h"

#include "core/ListingFileReader.h"
#include "storage/Database.h"
#include "storage/ListingFileImport.h"
#include "storage/SkillCatalogueRepository.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <unistd.h>

using namespace Qt::StringLiterals;

QString ImportCommand::summary() const
{
    return tr("Import listings from a CSV or JSON file.");
}

QString ImportCommand::description() const
{
    return summary() + u"\n\n"_s +
           tr("CSV may be UTF-8 (with or without a BOM) or Shift_JIS as Japanese Excel writes it; "
              "headers may be Japanese or English. Without --skip-invalid, any invalid row stops "
              "the import and nothing is written.");
}

QList<QCommandLineOption> ImportCommand::options() const
{
    return {
        QCommandLineOption(u"skip-invalid"_s,
                           tr("Import the valid rows and list the rejected ones on stderr.")),
        QCommandLineOption(
            u"duplicates"_s,
            tr("What to do with a listing already stored (same title, rate and source): skip "
               "(default) or merge (fill its empty fields)."),
            tr("policy"), u"skip"_s),
        QCommandLineOption(u"progress-lines"_s,
                           tr("Report progress for a script: one line on stderr per report, "
                              "\"checking BYTES/TOTAL\" while reading and \"writing "
                              "DONE/TOTAL\" once the transaction has begun.")),
    };
}

QList<Command::Positional> ImportCommand::positionalArguments() const
{
    return {{u"file"_s, tr("The CSV or JSON file to import."), u"FILE"_s}};
}

int ImportCommand::run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2) {
        err << tr("import: name one file to import, e.g. \"careerplanner import listings.csv\"")
            << u'\n';
        return 2;
    }
    const QString policyText = parser.value(u"duplicates"_s);
    if (policyText != u"skip"_s && policyText != u"merge"_s) {
        err << tr("import: unknown duplicates policy \"%1\" (expected skip or merge)")
                   .arg(policyText)
            << u'\n';
        return 2;
    }
    const QString path = positional.at(1);

    CommandDatabases databases;
    if (!databases.open(parser, err))
        return 1;
    QString error;
    const SkillCatalogue catalogue =
        SkillCatalogueRepository(databases.local().connection()).load(&error);
    if (!error.isEmpty()) {
        err << error << u'\n';
        return 1;
    }
    // A terminal gets a progress line; a file or a pipe gets only the results, unless a
    // script asks for them as lines.
    const bool progressLines = parser.isSet(u"progress-lines"_s);
    const bool showProgress = !progressLines && isatty(STDERR_FILENO) == 1;
    auto reportLine = [&](const QString &line) {
        if (!progressLines)
            return;
        err << line << u'\n';
        err.flush();
    };
    QElapsedTimer sinceShown;
    sinceShown.start();
    auto shown = [&](const QString &line, bool now) {
        if (!showProgress || (!now && sinceShown.elapsed() < 200))
            return;
        sinceShown.restart();
        err << u'\r' << line << u"\x1b[K"_s;
        err.flush();
    };

    // First reading: check every row, listing the rejected ones as they are found; nothing is
    // written unless the whole file can be imported (or --skip-invalid says to leave them).
    ListingImportSink check;
    check.rejected = [&](ImportRejection &&rejection) {
        shown(QString(), true);
        err << (rejection.field.isEmpty()
                    ? tr("line %1: %2").arg(rejection.line).arg(rejection.reason)
                    : tr("line %1: %2: %3")
                          .arg(rejection.line)
                          .arg(rejection.field, rejection.reason))
            << u'\n';
    };
    const double fileSize = std::max<double>(1, double(QFileInfo(path).size()));
    check.progress = [&](qint64 bytesRead) {
        shown(tr("Checking %1: %2%").arg(path).arg(int(100 * bytesRead / fileSize)), false);
        reportLine(u"checking %1/%2"_s.arg(bytesRead).arg(qint64(fileSize)));
        return true;
    };
    const ListingImportPreview preview =
        ListingFileReader::stream(path, catalogue, std::nullopt, check);
    shown(QString(), true);
    if (!preview.fileError.isEmpty()) {
        if (preview.fileErrorLine > 0)
            err << tr("%1: line %2: %3")
                       .arg(path)
                       .arg(preview.fileErrorLine)
                       .arg(preview.fileError);
        else
            err << tr("%1: %2").arg(path, preview.fileError);
        err << u'\n' << tr("Nothing was imported.") << u'\n';
        return 1;
    }
    if (preview.rejectedCount > 0 && !parser.isSet(u"skip-invalid"_s)) {
        err << tr("Invalid rows: %1. Nothing was imported. Fix them, or run with --skip-invalid to "
                  "import the valid rows.")
                   .arg(preview.rejectedCount)
            << u'\n';
        return 1;
    }
    if (preview.acceptedCount == 0) {
        err << tr("%1 holds no valid listing; nothing was imported.").arg(path) << u'\n';
        return 1;
    }
    // Second reading: write the rows as they come, in one transaction.
    const ListingImportOutcome outcome = ListingFileImport::import(
        path, catalogue, std::nullopt, preview,
        policyText == u"merge"_s ? DuplicatePolicy::Merge : DuplicatePolicy::Skip,
        databases.listings(), [&](int done, int total) {
            shown(tr("Importing %1: %2 of %3 listings").arg(path).arg(done).arg(total), false);
            reportLine(u"writing %1/%2"_s.arg(done).arg(total)); // inside the transaction
            return true;
        });
    shown(QString(), true);
    if (!outcome.error.isEmpty()) {
        err << tr("The import failed and nothing was written: %1")
                   .arg(databases.described(outcome.error))
            << u'\n';
        return 1;
    }
    out << tr("Listings imported from %1: %2.").arg(path).arg(outcome.inserted) << u'\n';
    if (outcome.skippedDuplicates > 0)
        out << tr("Duplicates of stored listings skipped: %1.").arg(outcome.skippedDuplicates)
            << u'\n';
    if (outcome.merged > 0)
        out << tr("Duplicates merged into stored listings: %1.").arg(outcome.merged) << u'\n';
    if (preview.rejectedCount > 0)
        out << tr("Invalid rows rejected (listed on stderr): %1.").arg(preview.rejectedCount)
            << u'\n';
    return 0;
}
