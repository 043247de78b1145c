#include "Database.h"

#include "DatabaseBackup.h"
#include "SchemaMigrator.h"
#include "SeedLoader.h"
#include "SqlErrors.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {
// A read-only connection to path. Readers wait for a writer's lock as the writable connection
// does (busy_timeout). In a folder that cannot be written (a read-only medium or mount),
// SQLite cannot make the -shm file a WAL database needs even to be read, so there the file is
// opened as immutable: no locks and no journal files, since nobody can be writing to it. (A
// -wal left there by a crash would be ignored: what shows is the last checkpoint.)
void setReadOnly(QSqlDatabase &db, const QString &path)
{
    const QFileInfo info(path);
    if (QFileInfo(info.absolutePath()).isWritable()) {
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"_s);
        return;
    }
    db.setDatabaseName(QUrl::fromLocalFile(info.absoluteFilePath()).toString(QUrl::FullyEncoded) +
                       u"?immutable=1"_s);
    db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"_s);
}

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

bool Database::fail(const QString &message, Problem problem)
{
    m_lastError = message;
    m_problem = problem;
    close();
    return false;
}

bool Database::openConnection(const QString &path, bool readOnly, bool inspectFirst)
{
    close();
    m_checkPending = false;
    m_path = QFileInfo(path).absoluteFilePath();
    m_lastError.clear();
    m_problem = Problem::None;
    m_readOnly = readOnly;
    if (!QSqlDatabase::isDriverAvailable(u"QSQLITE"_s))
        return fail(tr("The SQLite driver for Qt is not installed (package libqt6sql6-sqlite)."));

    const QFileInfo info(m_path);
    if (info.exists() && info.isDir())
        return fail(tr("%1 is a folder, not a database file.").arg(m_path));
    if (readOnly && !info.exists())
        return fail(tr("%1 does not exist.").arg(m_path));
    if (!readOnly && !QDir().mkpath(info.absolutePath()))
        return fail(tr("Cannot create the folder %1.").arg(info.absolutePath()));
    const bool isNew = !info.exists();

    // An existing file is judged first through a read-only connection, which can never write
    // to it: not even the checkpoint SQLite runs when the last writer closes, which would copy
    // a -wal file into a damaged database. Only a file that passes is opened for writing.
    int version = 0;
    if (inspectFirst && !isNew && info.size() > 0) {
        Problem kind = Problem::None;
        const QString problem = inspect(m_path, &version, &kind);
        if (kind != Problem::None)
            return fail(problem, kind);
    }

    QString error;
    {
        // Scoped so that no handle outlives a failure (removeDatabase warns about those).
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
        db.setDatabaseName(m_path);
        if (readOnly)
            setReadOnly(db, m_path);
        if (!db.open())
            error = db.lastError().text();
    }
    if (!error.isEmpty() || !connection().isOpen())
        return fail(tr("Cannot open %1: %2").arg(m_path, error));
    // The user's data, for the user alone; SQLite gives its -wal and -shm files the same mode.
    if (isNew)
        QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    m_versionAtOpen = version;
    return readOnly ? true : applyConnectionSettings();
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

bool Database::openDeferringCheck(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists() || info.size() == 0 || !info.isWritable() ||
        !QFileInfo(info.absolutePath()).isWritable() || !openConnection(path, true, false))
        return open(path);
    // Only reads here: the schema version and the seed's. Anything due, or a file these reads
    // fail on, takes the whole open() with its check first.
    int version = -1;
    {
        QSqlQuery query(connection());
        if (query.exec(u"PRAGMA user_version"_s) && query.next())
            version = query.value(0).toInt();
    }
    if (version != SchemaMigrator::latestVersion() ||
        SeedLoader(connection()).storedSeedVersion() < SeedLoader::bundledSeedVersion()) {
        close();
        return open(path);
    }
    m_versionAtOpen = version;
    m_checkPending = true;
    return true;
}

bool Database::makeWritable()
{
    if (!m_checkPending)
        return !m_readOnly;
    {
        QSqlDatabase db = connection();
        db.close();
        db.setConnectOptions(QString());
        if (!db.open())
            return fail(tr("Cannot open %1 for writing: %2").arg(m_path, db.lastError().text()));
    }
    m_checkPending = false;
    m_readOnly = false;
    return applyConnectionSettings();
}

bool Database::openForReading(const QString &path)
{
    return openConnection(path, true, false);
}

bool Database::openWithoutMigrating(const QString &path)
{
    return openConnection(path);
}

bool Database::openReadOnly(const QString &path)
{
    if (!openConnection(path, true))
        return false;
    if (m_versionAtOpen != SchemaMigrator::latestVersion())
        return fail(tr("%1 needs an update to schema version %2, but it can only be read here. "
                       "Open it where it can be written, or restore a copy.")
                        .arg(m_path)
                        .arg(SchemaMigrator::latestVersion()));
    QSqlQuery query(connection());
    QString error;
    if (!SqlErrors::prepareAndExec(query, u"PRAGMA foreign_keys = ON"_s, &error))
        return fail(tr("Cannot configure %1: %2").arg(m_path, error));
    return true;
}

namespace {
// SQLite's result codes for a damaged file and for a file that is no database at all; Qt
// reports the extended code, whose low byte is the primary one.
bool isDamage(const QSqlError &error)
{
    const int code = error.nativeErrorCode().toInt() & 0xff;
    return code == 11 /* SQLITE_CORRUPT */ || code == 26 /* SQLITE_NOTADB */;
}
} // namespace

QString Database::inspect(const QString &path, int *version, Problem *kind)
{
    *kind = Problem::None;
    const QString name = nextConnectionName();
    QString problem;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        setReadOnly(db, path);
        QSqlQuery query(db);
        // A locked or unreadable file is not a damaged one: it must never be offered for
        // replacement, so only SQLite's own verdict of damage counts as damage.
        const auto failed = [&](const QSqlError &error) {
            *kind = isDamage(error) ? Problem::Damaged : Problem::Other;
            problem =
                *kind == Problem::Damaged
                    ? tr("%1 is not a CareerPlanner database or is damaged (%2). "
                         "It was left untouched.")
                          .arg(path, error.text())
                    : tr("Cannot read %1: %2. It was left untouched.").arg(path, error.text());
        };
        if (!db.open()) {
            failed(db.lastError());
        } else if (!query.prepare(u"PRAGMA user_version"_s) || !query.exec() || !query.next()) {
            failed(query.lastError());
        } else {
            *version = query.value(0).toInt();
            query.finish();
            if (*version > SchemaMigrator::latestVersion()) {
                *kind = Problem::Newer;
                problem = tr("%1 was written by a newer version of CareerPlanner (schema version "
                             "%2; this program knows up to %3). It was left untouched: update "
                             "CareerPlanner to open it.")
                              .arg(path)
                              .arg(*version)
                              .arg(SchemaMigrator::latestVersion());
            } else if (*version == 0) {
                // Version 0 with tables in it is some other program's database: ours are
                // created empty and get version 1 in the same transaction as their tables.
                if (query.prepare(u"SELECT count(*) FROM sqlite_master"_s) && query.exec() &&
                    query.next() && query.value(0).toInt() > 0) {
                    *kind = Problem::Other;
                    problem = tr("%1 is a database of another program, not of CareerPlanner. "
                                 "It was left untouched.")
                                  .arg(path);
                }
                query.finish();
            } else {
                // Reads every page once and writes nothing: a truncated or scribbled file is
                // refused before a migration or an import could build on it.
                const QString damage = quickCheck(db);
                if (!damage.isEmpty()) {
                    *kind = Problem::Damaged;
                    problem = tr("%1 is damaged: %2. It was left untouched.").arg(path, damage);
                }
            }
        }
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return problem;
}

QString Database::quickCheck(QSqlDatabase connection)
{
    QSqlQuery query(connection);
    QString error;
    if (!SqlErrors::prepareAndExec(query, u"PRAGMA quick_check"_s, &error))
        return error;
    // SQLite reports each damaged page; the first two say enough, the count says the rest.
    QStringList problems;
    while (query.next()) {
        const QString text = query.value(0).toString();
        if (text == u"ok"_s)
            continue;
        for (const QString &line : text.split(u'\n', Qt::SkipEmptyParts)) {
            if (!line.startsWith(u"*** "_s))
                problems.append(line.trimmed());
        }
    }
    if (problems.size() > 2) {
        const qsizetype more = problems.size() - 2;
        problems = problems.mid(0, 2);
        problems.append(tr("%1 more").arg(more));
    }
    return problems.join(u"; "_s);
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
