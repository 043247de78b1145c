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
    // Why an open failed, so the caller can offer the right way out.
    enum class Problem
    {
        None,
        Damaged, // not a database, truncated, or PRAGMA quick_check found damage: restore
        Newer,   // written by a newer CareerPlanner: update the program
        Other    // a folder, no driver, no permission, a failed migration…
    };

    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Where the database lives unless --database names another file.
    static QString defaultPath();

    // Opens, migrates (after backing the file up: see DatabaseBackup) and seeds; a database
    // that existed before gets at most one backup a day.
    bool open(const QString &path);
    // Opens for reading only (a read-only medium or folder): nothing is migrated, seeded or
    // written; every write fails with SQLite's "readonly" error and changes nothing.
    bool openReadOnly(const QString &path);
    // A fast start: an existing database whose schema and seed are current opens read-only
    // without its integrity check, which the caller runs off the window's thread with
    // inspect(); makeWritable() follows when it passes, and nothing can be written before.
    // Anything else (a new file, a migration or seeding due, a file that cannot be read)
    // opens as open() does, and isCheckPending() is false.
    bool openDeferringCheck(const QString &path);
    bool isCheckPending() const { return m_checkPending; }
    // After the deferred check passed: the connection is reopened for writing (every handle
    // to it stays valid).
    bool makeWritable();
    // For readers on other threads of a database the program opens (and checks) itself:
    // read-only, no check, no migration.
    bool openForReading(const QString &path);
    void setBackupsToKeep(int keep) { m_backupsToKeep = keep; }
    int backupsToKeep() const { return m_backupsToKeep; }
    bool isReadOnly() const { return m_readOnly; }
    Problem problem() const { return m_problem; }
    // Opens without migrating or seeding (for tests that build an older schema by hand).
    bool openWithoutMigrating(const QString &path);
    void close();

    bool isOpen() const;
    QString path() const { return m_path; }
    QString lastError() const { return m_lastError; }
    QSqlDatabase connection() const;
    int schemaVersion() const;
    // PRAGMA quick_check: empty when the file is whole, else what is wrong (a few lines).
    static QString quickCheck(QSqlDatabase connection);
    // Judges an existing file through its own read-only connection: its schema version, and
    // whether it is whole (quick_check), newer, foreign or locked. Never writes to it.
    static QString inspect(const QString &path, int *version, Problem *kind);

private:
    bool openConnection(const QString &path, bool readOnly = false, bool inspectFirst = true);
    bool applyConnectionSettings();
    bool fail(const QString &message, Problem problem = Problem::Other);

    QString m_connectionName;
    QString m_path;
    QString m_lastError;
    int m_versionAtOpen = 0;
    int m_backupsToKeep = 7;
    bool m_readOnly = false;
    bool m_checkPending = false;
    Problem m_problem = Problem::None;
};
