#include "DatabaseRecovery.h"

#include "Database.h"
#include "DatabaseBackup.h"
#include "SchemaMigrator.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

QString DatabaseRecovery::moveAside(const QString &databasePath, QString *error,
                                    const QDateTime &now)
{
    const QString stamp = now.toUTC().toString(u"yyyyMMdd-HHmmss"_s);
    const QString target = databasePath + u".damaged-"_s + stamp;
    if (QFile::exists(target)) {
        if (error)
            *error = tr("%1 already exists").arg(target);
        return {};
    }
    if (!QFile::rename(databasePath, target)) {
        if (error)
            *error = tr("cannot rename %1 to %2").arg(databasePath, target);
        return {};
    }
    // The journal files belong to the damaged file: kept with it, never applied to another.
    for (const QString &suffix : {u"-wal"_s, u"-shm"_s, u"-journal"_s}) {
        if (QFile::exists(databasePath + suffix))
            QFile::rename(databasePath + suffix, target + suffix);
    }
    return target;
}

QString DatabaseRecovery::checkFile(const QString &path, int *schemaVersion)
{
    if (!QFileInfo(path).isFile())
        return tr("%1 does not exist").arg(path);
    // Read-only and with its own connection: checking a file never changes it.
    const QString name = u"careerplanner-check-%1"_s.arg(quintptr(&path));
    QString problem;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (!db.open()) {
            problem = tr("cannot be opened");
        } else {
            QSqlQuery query(db);
            if (!query.exec(u"PRAGMA user_version"_s) || !query.next()) {
                problem = tr("is not a database");
            } else {
                const int version = query.value(0).toInt();
                query.finish();
                if (schemaVersion)
                    *schemaVersion = version;
                if (version < 1)
                    problem = tr("is not a CareerPlanner database");
                else if (version > SchemaMigrator::latestVersion())
                    problem =
                        tr("was written by a newer CareerPlanner (schema version %1)").arg(version);
                else
                    problem = Database::quickCheck(db);
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return problem;
}

std::optional<BackupCandidate> DatabaseRecovery::newestGoodBackup(const QString &databasePath)
{
    static const QRegularExpression stamp(u"-(\\d{8}-\\d{6})-"_s);
    const QStringList backups = DatabaseBackup(QSqlDatabase(), databasePath).backups();
    for (const QString &path : backups) {
        int version = 0;
        if (!checkFile(path, &version).isEmpty())
            continue;
        BackupCandidate candidate{path, {}, version};
        const QRegularExpressionMatch match = stamp.match(QFileInfo(path).fileName());
        if (match.hasMatch()) {
            candidate.writtenAt = QDateTime::fromString(match.captured(1), u"yyyyMMdd-HHmmss"_s);
            candidate.writtenAt.setTimeSpec(Qt::UTC);
        }
        return candidate;
    }
    return std::nullopt;
}

bool DatabaseRecovery::restore(const QString &backup, const QString &databasePath, QString *error,
                               QString *movedAside)
{
    const QString problem = checkFile(backup);
    if (!problem.isEmpty()) {
        if (error)
            *error = tr("%1 cannot be restored: it %2").arg(backup, problem);
        return false;
    }
    // Copy first, beside the target, so the old file is only moved once a whole copy exists.
    const QString staging = databasePath + u".restoring"_s;
    QFile::remove(staging);
    if (!QFile::copy(backup, staging)) {
        if (error)
            *error = tr("cannot copy %1 to %2").arg(backup, staging);
        return false;
    }
    QFile::setPermissions(staging, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (QFile::exists(databasePath)) {
        const QString aside = moveAside(databasePath, error);
        if (aside.isEmpty()) {
            QFile::remove(staging);
            return false;
        }
        if (movedAside)
            *movedAside = aside;
    }
    if (!QFile::rename(staging, databasePath)) {
        if (error)
            *error = tr("cannot rename %1 to %2").arg(staging, databasePath);
        return false;
    }
    return true;
}
