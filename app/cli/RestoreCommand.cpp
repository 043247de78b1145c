#include "RestoreCommand.h"

#include "services/DatabaseLocation.h"
#include "storage/DatabaseBackup.h"
#include "storage/DatabaseRecovery.h"
#include "storage/team/ServerAddress.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QLocale>

using namespace Qt::StringLiterals;

QString RestoreCommand::summary() const
{
    return tr("Put the newest good backup (or --from FILE) in place of the database; the file "
              "there is moved aside.");
}

QList<QCommandLineOption> RestoreCommand::options() const
{
    return {QCommandLineOption(
        u"from"_s, tr("The backup to restore (default: the newest that passes the check)."),
        tr("file"))};
}

int RestoreCommand::run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    // CareerPlanner's backups are of local files. A team database is the server's to back up
    // and restore (pg_dump, pg_restore), and its listings keep their UUIDs through that.
    if (ServerAddress::looksLikeServer(parser.value(u"database"_s))) {
        err << tr("restore: --database names a team database on a PostgreSQL server; "
                  "CareerPlanner backs up and restores local files only. Its administrator "
                  "restores it with the server's tools (pg_dump and pg_restore). Nothing was "
                  "changed.")
            << u'\n';
        return 2;
    }
    const QString path = QFileInfo(DatabaseLocation::resolve(parser)).absoluteFilePath();
    QString backup = parser.value(u"from"_s);
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
