#include "ImportCommand.h"

#include "core/ListingFileReader.h"
#include "storage/Database.h"
#include "storage/ListingImportWriter.h"
#include "storage/SkillCatalogueRepository.h"

#include <QCommandLineParser>

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
    return {QCommandLineOption(u"skip-invalid"_s,
                               tr("Import the valid rows and list the rejected ones on stderr.")),
            QCommandLineOption(
                u"duplicates"_s,
                tr("What to do with a listing already stored (same title, rate and source): skip "
                   "(default) or merge (fill its empty fields)."),
                tr("policy"), u"skip"_s)};
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

    Database database;
    if (!openDatabase(parser, database, err))
        return 1;
    QString error;
    const SkillCatalogue catalogue = SkillCatalogueRepository(database.connection()).load(&error);
    if (!error.isEmpty()) {
        err << error << u'\n';
        return 1;
    }
    const ListingImportPreview preview = ListingFileReader::read(path, catalogue);
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
    for (const ImportRejection &rejection : preview.rejected) {
        err << (rejection.field.isEmpty()
                    ? tr("line %1: %2").arg(rejection.line).arg(rejection.reason)
                    : tr("line %1: %2: %3")
                          .arg(rejection.line)
                          .arg(rejection.field, rejection.reason))
            << u'\n';
    }
    if (!preview.rejected.isEmpty() && !parser.isSet(u"skip-invalid"_s)) {
        err << tr("Invalid rows: %1. Nothing was imported. Fix them, or run with --skip-invalid to "
                  "import the valid rows.")
                   .arg(preview.rejected.size())
            << u'\n';
        return 1;
    }
    if (preview.accepted.isEmpty()) {
        err << tr("%1 holds no valid listing; nothing was imported.").arg(path) << u'\n';
        return 1;
    }
    const ListingImportOutcome outcome =
        ListingImportWriter(database.connection())
            .write(preview.accepted,
                   policyText == u"merge"_s ? DuplicatePolicy::Merge : DuplicatePolicy::Skip);
    if (!outcome.error.isEmpty()) {
        err << tr("The import failed and nothing was written: %1").arg(outcome.error) << u'\n';
        return 1;
    }
    out << tr("Listings imported from %1: %2.").arg(path).arg(outcome.inserted) << u'\n';
    if (outcome.skippedDuplicates > 0)
        out << tr("Duplicates of stored listings skipped: %1.").arg(outcome.skippedDuplicates)
            << u'\n';
    if (outcome.merged > 0)
        out << tr("Duplicates merged into stored listings: %1.").arg(outcome.merged) << u'\n';
    if (!preview.rejected.isEmpty())
        out << tr("Invalid rows rejected (listed on stderr): %1.").arg(preview.rejected.size())
            << u'\n';
    return 0;
}
