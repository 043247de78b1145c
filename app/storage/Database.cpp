#include "Database.h"

#include "DatabaseBackup.h"
#include "SchemaMigrator.h"
#include "SeedLoader.h"
#include "SqlErrors.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace {
QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return u"careerplanner-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}
} // namespace

Database::Database() : m_connectionName(nextConnectionName())
{
}

Database::~Database()
{
    close();
}

QString Database::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(u"careerplanner.sqlite"_s);
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && connection().isOpen();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    return SchemaMigrator(connection()).currentVersion(nullptr);
}

void Database::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool Database::fail(const QString &message)
{
    m_lastError = message;
    close();
    return false;
}

bool Database::openConnection(const QString &path)
{
    close();
    m_path = QFileInfo(path).absoluteFilePath();
    m_lastError.clear();
    if (!QSqlDatabase::isDriverAvailable(u"QSQLITE"_s))
        return fail(tr("The SQLite driver for Qt is not installed (package libqt6sql6-sqlite)."));

    const QFileInfo info(m_path);
    if (info.exists() && info.isDir())
        return fail(tr("%1 is a folder, not a database file.").arg(m_path));
    if (!QDir().mkpath(info.absolutePath()))
        return fail(tr("Cannot create the folder %1.").arg(info.absolutePath()));

    QString error;
    {
        // Scoped so that no handle outlives a failure (removeDatabase warns about those).
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
        db.setDatabaseName(m_path);
        if (!db.open())
            error = db.lastError().text();
    }
    if (!error.isEmpty() || !connection().isOpen())
        return fail(tr("Cannot open %1: %2").arg(m_path, error));

    // Reading the version is the first thing we do and it writes nothing: it is what tells a
    // foreign or newer file from ours before anything could change it.
    const int version = SchemaMigrator(connection()).currentVersion(&error);
    if (version < 0)
        return fail(tr("%1 is not a CareerPlanner database or is damaged (%2). "
                       "It was left untouched.")
                        .arg(m_path, error));
    if (version > SchemaMigrator::latestVersion())
        return fail(tr("%1 was written by a newer version of CareerPlanner (schema version %2; "
                       "this program knows up to %3). It was left untouched: "
                       "update CareerPlanner to open it.")
                        .arg(m_path)
                        .arg(version)
                        .arg(SchemaMigrator::latestVersion()));
    m_versionAtOpen = version;
    return applyConnectionSettings();
}

bool Database::applyConnectionSettings()
{
    QSqlQuery query(connection());
    QString error;
    // WAL lets the window read while an import writes; NORMAL sync is safe with WAL (a power
    // cut may lose the last commit, never corrupt the file).
    const QStringList pragmas{u"PRAGMA foreign_keys = ON"_s, u"PRAGMA busy_timeout = 5000"_s,
                              u"PRAGMA journal_mode = WAL"_s, u"PRAGMA synchronous = NORMAL"_s};
    for (const QString &pragma : pragmas) {
        if (!SqlErrors::prepareAndExec(query, pragma, &error))
            return fail(tr("Cannot configure %1 (%2): %3").arg(m_path, pragma, error));
    }
    return true;
}

bool Database::openWithoutMigrating(const QString &path)
{
    return openConnection(path);
}

bool Database::open(const QString &path)
{
    if (!openConnection(path))
        return false;
    QString error;
    // A migration rewrites the user's tables: a copy of the file as it was comes first, and
    // without one nothing is changed. A new, empty database has nothing to keep.
    const int latest = SchemaMigrator::latestVersion();
    const bool existed = m_versionAtOpen > 0;
    if (existed && m_versionAtOpen < latest) {
        const QString backup = DatabaseBackup(connection(), m_path, m_backupsToKeep)
                                   .create(u"before-v%1"_s.arg(latest), &error);
        if (backup.isEmpty())
            return fail(tr("Cannot back up %1 before updating it (%2). It was left as it was.")
                            .arg(m_path, error));
    }
    // Each step in its own scope: no QSqlDatabase handle may outlive a failure's close().
    const bool migrated = SchemaMigrator(connection()).migrateToLatest(&error);
    if (!migrated)
        return fail(tr("Cannot update the database %1: %2").arg(m_path, error));
    const bool seeded = SeedLoader(connection()).seedIfOutdated(&error);
    if (!seeded)
        return fail(tr("Cannot load the bundled data into %1: %2").arg(m_path, error));
    // The daily copy is a safety net, not a condition for working: a full disk must not stop
    // the user from opening their data, so a failure is reported and the open goes on.
    if (existed && !DatabaseBackup(connection(), m_path, m_backupsToKeep).createIfDue(&error))
        qWarning("careerplanner: the daily backup of %s failed: %s", qPrintable(m_path),
                 qPrintable(error));
    return true;
}
