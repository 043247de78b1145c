#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// Owns the schema: its version lives in PRAGMA user_version; each migration step runs in
// one transaction together with the version bump, so a failed step leaves the previous
// version whole.
class SchemaMigrator
{
public:
    explicit SchemaMigrator(QSqlDatabase database);

    static int latestVersion();
    // The statements that take a database from version - 1 to version (1-based).
    static QStringList statementsForVersion(int version, const QString &driverName);

    // -1 on error (e.g. the file is not a database).
    int currentVersion(QString *error) const;
    // Migrates up to targetVersion; never downwards.
    bool migrateTo(int targetVersion, QString *error);
    bool migrateToLatest(QString *error) { return migrateTo(latestVersion(), error); }

private:
    bool applyVersion(int version, QString *error);

    QSqlDatabase m_database;
};
