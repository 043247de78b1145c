#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// Copies of the user's database in a "backups" folder beside it: before every schema
// migration and at most once a day. Each copy is a whole, consistent database written by
// SQLite's VACUUM INTO (safe while the database is open), readable by the user alone; only
// the newest few are kept.
class DatabaseBackup
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseBackup)

public:
    static constexpr int defaultKeep = 7;

    DatabaseBackup(QSqlDatabase database, QString databasePath, int keep = defaultKeep);

    static QString folderFor(const QString &databasePath);
    // The backups of this database, newest first.
    QStringList backups() const;
    // Writes a backup named with the time and the reason; returns its path, or an empty
    // string with *error set.
    QString create(const QString &reason, QString *error,
                   const QDateTime &now = QDateTime::currentDateTimeUtc());
    // A backup when the newest is a day old or there is none; true when nothing was due.
    bool createIfDue(QString *error, const QDateTime &now = QDateTime::currentDateTimeUtc());

private:
    QString namePrefix() const;
    void prune() const;

    QSqlDatabase m_database;
    QString m_databasePath;
    int m_keep;
};
