#include "DatabaseRecovery.h"

#include "Database.h"
#include "DatabaseBackup.h"
#include "SchemaMigrator.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSqlDatabase>

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
    // The journal files belong to the moved file: kept with it, never applied to another. If
    // one cannot follow, the move is undone, so no file is left beside a stranger's journal.
    QStringList moved;
    for (const QString &suffix : {u"-wal"_s, u"-shm"_s, u"-journal"_s}) {
        if (!QFile::exists(databasePath + suffix))
            continue;
        if (!QFile::rename(databasePath + suffix, target + suffix)) {
            for (const QString &done : std::as_const(moved))
                QFile::rename(target + done, databasePath + done);
            QFile::rename(target, databasePath);
            if (error)
                *error = tr("cannot rename %1 to %2").arg(databasePath + suffix, target + suffix);
            return {};
        }
        moved.append(suffix);
    }
    return target;
}

QString DatabaseRecovery::checkFile(const QString &path, int *schemaVersion)
{
    if (!QFileInfo(path).isFile())
        return tr("%1 does not exist").arg(path);
    int version = 0;
    Database::Problem kind = Database::Problem::None;
    const QString problem = Database::inspect(path, &version, &kind);
    if (schemaVersion)
        *schemaVersion = version;
    if (!problem.isEmpty())
        return problem;
    if (version < 1)
        return tr("%1 is not a CareerPlanner database").arg(path);
    return {};
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
            *error = tr("cannot restore: %1").arg(problem);
        return false;
    }
    // The copy is written whole and flushed to disk beside the target first (QSaveFile), so
    // the old file is only moved once a complete copy exists, even across a power cut.
    const QString staging = databasePath + u".restoring"_s;
    {
        QFile source(backup);
        QSaveFile copy(staging);
        if (!source.open(QIODevice::ReadOnly) || !copy.open(QIODevice::WriteOnly)) {
            if (error)
                *error = tr("cannot copy %1 to %2").arg(backup, staging);
            return false;
        }
        copy.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        while (!source.atEnd()) {
            const QByteArray block = source.read(1 << 20);
            if (block.isEmpty() || copy.write(block) != block.size())
                break;
        }
        if (!source.atEnd() || !copy.commit()) {
            if (error)
                *error = tr("cannot copy %1 to %2").arg(backup, staging);
            return false;
        }
    }
    // Whatever is at the target goes aside, with any -wal or -shm left behind: a journal of
    // another file must never be applied to the restored copy.
    const bool companions = QFile::exists(databasePath + u"-wal"_s) ||
                            QFile::exists(databasePath + u"-shm"_s) ||
                            QFile::exists(databasePath + u"-journal"_s);
    QString aside;
    if (QFile::exists(databasePath) || companions) {
        if (!QFile::exists(databasePath)) {
            // Only journals: keep them under the aside name with an empty main file.
            QFile placeholder(databasePath);
            if (!placeholder.open(QIODevice::WriteOnly)) {
                QFile::remove(staging);
                if (error)
                    *error = tr("cannot move the journal files of %1 aside").arg(databasePath);
                return false;
            }
        }
        aside = moveAside(databasePath, error);
        if (aside.isEmpty()) {
            QFile::remove(staging);
            return false;
        }
    }
    if (!QFile::rename(staging, databasePath)) {
        // Put the old file back where it was: the restore did not happen.
        if (!aside.isEmpty())
            QFile::rename(aside, databasePath);
        QFile::remove(staging);
        if (error)
            *error = tr("cannot rename %1 to %2").arg(staging, databasePath);
        return false;
    }
    if (movedAside)
        *movedAside = aside;
    return true;
}
