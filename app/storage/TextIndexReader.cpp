#include "TextIndexReader.h"

#include "Database.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QVariant>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

TextIndexReader::TextIndexReader(QString databasePath) : m_databasePath(std::move(databasePath))
{
    m_thread = QThread::create([this]() { run(); });
    m_thread->setObjectName(u"text index reader"_s);
    m_thread->start();
}

TextIndexReader::~TextIndexReader()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_changed.notify_all();
    m_thread->wait();
    delete m_thread;
}

void TextIndexReader::start(const QString &ftsQuery, qint64 fromRowid, qint64 toRowid)
{
    {
        const std::lock_guard lock(m_mutex);
        m_job = Job{ftsQuery, fromRowid, toRowid};
        m_busy = true;
        m_rowids = QList<qint64>();
        m_error.clear();
    }
    m_changed.notify_all();
}

bool TextIndexReader::wait(QList<qint64> *rowids, QString *error)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this]() { return !m_busy; });
    rowids->append(m_rowids);
    m_rowids = QList<qint64>(); // the reader's block is its own again, to be reused
    if (!m_error.isEmpty()) {
        if (error)
            *error = m_error;
        return false;
    }
    return true;
}

bool TextIndexReader::read(const QSqlDatabase &connection, const QString &ftsQuery,
                           qint64 fromRowid, qint64 toRowid, QList<qint64> *rowids, QString *error)
{
    // Through SQLite's own interface, on the connection's handle: a row read through QSqlQuery
    // (a QVariant for each value, a record for each row) cost twice SQLite's own time, and a
    // broad word at a million listings is a third of a million rows.
    const QVariant handle = connection.driver() ? connection.driver()->handle() : QVariant();
    if (connection.driverName() != u"QSQLITE"_s || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        if (error)
            *error = QCoreApplication::translate(
                "TextIndexReader", "The text index is kept in SQLite databases only.");
        return false;
    }
    sqlite3 *database = *static_cast<sqlite3 *const *>(handle.constData());
    if (!database) {
        if (error)
            *error = QCoreApplication::translate("TextIndexReader", "The database is not open.");
        return false;
    }
    static constexpr char statementText[] =
        "SELECT rowid FROM listings_fts WHERE listings_fts MATCH ?1"
        " AND rowid BETWEEN ?2 AND ?3 ORDER BY rowid";
    sqlite3_stmt *statement = nullptr;
    int status = sqlite3_prepare_v2(database, statementText, -1, &statement, nullptr);
    const QByteArray query = ftsQuery.toUtf8();
    if (status == SQLITE_OK)
        status =
            sqlite3_bind_text(statement, 1, query.constData(), int(query.size()), SQLITE_STATIC);
    if (status == SQLITE_OK)
        status = sqlite3_bind_int64(statement, 2, fromRowid);
    if (status == SQLITE_OK)
        status = sqlite3_bind_int64(statement, 3, toRowid);
    if (status == SQLITE_OK) {
        while ((status = sqlite3_step(statement)) == SQLITE_ROW)
            rowids->append(sqlite3_column_int64(statement, 0));
    }
    const QString message = QString::fromUtf8(sqlite3_errmsg(database));
    sqlite3_finalize(statement);
    if (status != SQLITE_DONE) {
        if (error)
            *error = QCoreApplication::translate("TextIndexReader",
                                                 "The text index could not be read: %1")
                         .arg(message);
        return false;
    }
    return true;
}

void TextIndexReader::releaseBuffer()
{
    {
        const std::lock_guard lock(m_mutex);
        m_releasing = true;
    }
    m_changed.notify_all();
}

void TextIndexReader::run()
{
    // The connection belongs to this thread: opened, used and closed here.
    std::optional<Database> database;
    QList<qint64> rowids; // kept from query to query, its block written again each time
    for (;;) {
        Job job;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock,
                           [this]() { return m_stopping || m_releasing || m_job.has_value(); });
            if (m_stopping)
                break;
            if (m_releasing) {
                m_releasing = false;
                rowids = QList<qint64>();
            }
            if (!m_job)
                continue;
            job = std::move(*m_job);
            m_job.reset();
        }
        rowids.clear(); // keeps the block once wait() has let its share go
        QString error;
        if (!database) {
            database.emplace();
            if (!database->openForReading(m_databasePath)) {
                error = database->lastError();
                database.reset();
            }
        }
        if (database)
            read(database->connection(), job.ftsQuery, job.fromRowid, job.toRowid, &rowids, &error);
        {
            const std::lock_guard lock(m_mutex);
            m_rowids = rowids; // shared, not copied
            m_error = error;
            m_busy = false;
        }
        m_changed.notify_all();
    }
}
