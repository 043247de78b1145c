#include "CheckCommand.h"

#include "services/DatabaseLocation.h"
#include "storage/DatabaseBackup.h"
#include "storage/DatabaseRecovery.h"
#include "storage/SqlErrors.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QLocale>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

QString CheckCommand::summary() const
{
    return tr("Check the database for damage (read-only) and list its backups.");
}

int CheckCommand::run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QString path = QFileInfo(DatabaseLocation::resolve(parser)).absoluteFilePath();
    int version = 0;
    QString problem = DatabaseRecovery::checkFile(path, &version);

    // The quick check passed: the thorough one, and the links between tables.
    QStringList counts;
    if (problem.isEmpty()) {
        const QString connectionName = u"careerplanner-check-command"_s;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connectionName);
            db.setDatabaseName(path);
            db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
            QSqlQuery query(db);
            if (!db.open() ||
                !SqlErrors::prepareAndExec(query, u"PRAGMA integrity_check"_s, nullptr)) {
                problem = tr("cannot be read");
            } else {
                QStringList lines;
                while (query.next()) {
                    if (query.value(0).toString() != u"ok"_s)
                        lines.append(query.value(0).toString());
                }
                if (!lines.isEmpty())
                    problem = lines.mid(0, 5).join(u"; "_s);
                else if (SqlErrors::prepareAndExec(query, u"PRAGMA foreign_key_check"_s, nullptr) &&
                         query.next())
                    problem =
                        tr("a row of %1 refers to a missing row").arg(query.value(0).toString());
            }
            if (problem.isEmpty()) {
                const QList<std::pair<QString, QString>> counted{
                    {u"SELECT count(*) FROM listings"_s, tr("%1 listings")},
                    {u"SELECT count(*) FROM saved_listings"_s, tr("%1 saved")},
                    {u"SELECT count(*) FROM profiles"_s, tr("%1 saved profiles")}};
                for (const auto &[sql, label] : counted) {
                    if (SqlErrors::prepareAndExec(query, sql, nullptr) && query.next())
                        counts.append(label.arg(QLocale().toString(query.value(0).toLongLong())));
                }
            }
            query.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(connectionName);
    }

    const QStringList backups = DatabaseBackup(QSqlDatabase(), path).backups();
    if (!problem.isEmpty()) {
        err << tr("%1: damaged or unusable: %2").arg(path, problem) << u'\n';
        const auto good = DatabaseRecovery::newestGoodBackup(path);
        if (good)
            err << tr("The newest good backup is %1. Run \"careerplanner restore\" to put it in "
                      "place; the damaged file is moved aside, not deleted.")
                       .arg(good->path)
                << u'\n';
        else
            err << tr("No good backup was found in %1.").arg(DatabaseBackup::folderFor(path))
                << u'\n';
        return 1;
    }
    out << tr("%1: ok (schema version %2; %3).").arg(path).arg(version).arg(counts.join(u", "_s))
        << u'\n';
    out << tr("Backups: %1 in %2.").arg(backups.size()).arg(DatabaseBackup::folderFor(path))
        << u'\n';
    return 0;
}
