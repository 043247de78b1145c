#include "RestoreCommand.h"

#include "services/DatabaseLocation.h"
#include "services/Language.h"
#include "storage/DatabaseBackup.h"
#include "storage/DatabaseRecovery.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QLocale>

using namespace Qt::StringLiterals;

QString RestoreCommand::summary()
{
    return tr("Put the newest good backup (or --from FILE) in place of the database; the file "
              "there is moved aside.");
}

int RestoreCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addHelpOption();
    parser.addOption(DatabaseLocation::option());
    parser.addOption(Language::option());
    const QCommandLineOption fromOption(
        u"from"_s, tr("The backup to restore (default: the newest that passes the check)."),
        tr("file"));
    parser.addOption(fromOption);
    parser.addPositionalArgument(name(), summary(), name());
    if (!parser.parse(arguments)) {
        err << parser.errorText() << u'\n';
        return 2;
    }
    if (parser.isSet(u"help"_s)) {
        out << parser.helpText();
        return 0;
    }
    const QString path = QFileInfo(DatabaseLocation::resolve(parser)).absoluteFilePath();
    QString backup = parser.value(fromOption);
    if (backup.isEmpty()) {
        const auto good = DatabaseRecovery::newestGoodBackup(path);
        if (!good) {
            err << tr("restore: no good backup in %1; name one with --from FILE.")
                       .arg(DatabaseBackup::folderFor(path))
                << u'\n';
            return 1;
        }
        backup = good->path;
    }
    QString error;
    QString aside;
    if (!DatabaseRecovery::restore(backup, path, &error, &aside)) {
        err << tr("restore: %1. Nothing was changed.").arg(error) << u'\n';
        return 1;
    }
    out << tr("Restored %1 from %2.").arg(path, backup) << u'\n';
    if (!aside.isEmpty())
        out << tr("The file that was there is kept as %1.").arg(aside) << u'\n';
    return 0;
}
