#include "CheckCommand.h"

#include "services/DatabaseLocation.h"
#include "storage/DatabaseBackup.h"
#include "storage/DatabaseRecovery.h"
#include "storage/ListingRepository.h"
#include "storage/SqlErrors.h"
#include "storage/team/ServerErrors.h"
#include "storage/team/TeamDatabase.h"

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

int CheckCommand::checkTeam(const ServerAddress &address, QTextStream &out, QTextStream &err)
{
    TeamDatabase team;
    if (!team.open(address)) {
        err << team.lastError() << u'\n';
        return 1;
    }
    QString error;
    const int listings = ListingRepository(team.connection()).count(&error);
    if (listings < 0) {
        err << ServerErrors::statementFailed(address, error) << u'\n';
        return 1;
    }
    out << tr("%1: ok (team database, schema version %2; %3 listings; this account %4).")
               .arg(address.toDisplayString())
               .arg(team.schemaVersion())
               .arg(QLocale().toString(listings))
               .arg(team.canEdit() ? tr("may import, merge and delete")
                                   : tr("may search and read only"))
        << u'\n';
    return 0;
}

int CheckCommand::run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    // Only an address named here: a team database chosen in Settings is checked by naming it.
    if (ServerAddress::looksLikeServer(parser.value(u"database"_s))) {
        QString error;
        const auto address = ServerAddress::parse(parser.value(u"database"_s), &error);
        if (!address) {
            err << error << u'\n';
            return 2;
        }
        return checkTeam(*address, out, err);
    }
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
