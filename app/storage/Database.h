#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

// The application's SQLite database: one connection per Database object, opened, checked,
// migrated to the current schema and seeded. A database written by a newer program, or a
// file that is not a database, is refused and left exactly as it was.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Where the database lives unless --database names another file.
    static QString defaultPath();

    // Opens, migrates (after backing the file up: see DatabaseBackup) and seeds; a database
    // that existed before gets at most one backup a day.
    bool open(const QString &path);
    void setBackupsToKeep(int keep) { m_backupsToKeep = keep; }
    // Opens without migrating or seeding (for tests that build an older schema by hand).
    bool openWithoutMigrating(const QString &path);
    void close();

    bool isOpen() const;
    QString path() const { return m_path; }
    QString lastError() const { return m_lastError; }
    QSqlDatabase connection() const;
    int schemaVersion() const;

private:
    bool openConnection(const QString &path);
    bool applyConnectionSettings();
    bool fail(const QString &message);

    QString m_connectionName;
    QString m_path;
    QString m_lastError;
    int m_versionAtOpen = 0;
    int m_backupsToKeep = 7;
};
