#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <optional>

struct BackupCandidate
{
    QString path;
    QDateTime writtenAt; // UTC, from the file's name
    int schemaVersion = 0;
};

// The way back from a damaged database, for the window and for `careerplanner restore`:
// move the damaged file aside (renamed, never written to or deleted), find the newest backup
// that passes SQLite's quick check, and copy it into place atomically.
class DatabaseRecovery
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseRecovery)

public:
    // Renames the file and its -wal/-shm companions to "<file>.damaged-<UTC time>"; returns
    // the new name of the database file, or an empty string with *error set.
    static QString moveAside(const QString &databasePath, QString *error,
                             const QDateTime &now = QDateTime::currentDateTimeUtc());
    // Empty when the file is a whole CareerPlanner database this program can open; otherwise
    // what is wrong with it.
    static QString checkFile(const QString &path, int *schemaVersion = nullptr);
    // The newest backup beside the database that passes the check.
    static std::optional<BackupCandidate> newestGoodBackup(const QString &databasePath);
    // Puts a copy of `backup` at `databasePath`. A file already there is moved aside first;
    // the copy is written beside it and renamed, so a failure leaves no half file.
    static bool restore(const QString &backup, const QString &databasePath, QString *error,
                        QString *movedAside = nullptr);
};
