#include "TextIndexReader.h"

#include "Database.h"
#include "SqlErrors.h"

#include <QSqlError>
#include <QSqlQuery>

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
        m_rowids.clear();
        m_error.clear();
    }
    m_changed.notify_all();
}

bool TextIndexReader::wait(QList<qint64> *rowids, QString *error)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this]() { return !m_busy; });
    *rowids = std::move(m_rowids);
    m_rowids.clear();
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
    QSqlQuery query(connection);
    query.setForwardOnly(true);
    if (!SqlErrors::prepare(query,
                            u"SELECT rowid FROM listings_fts WHERE listings_fts MATCH ?"
                            " AND rowid BETWEEN ? AND ? ORDER BY rowid"_s,
                            error))
        return false;
    query.addBindValue(ftsQuery);
    query.addBindValue(fromRowid);
    query.addBindValue(toRowid);
    if (!SqlErrors::exec(query, error))
        return false;
    while (query.next())
        rowids->append(query.value(0).toLongLong());
    if (query.lastError().isValid()) {
        if (error)
            *error = SqlErrors::describe(query);
        return false;
    }
    return true;
}

void TextIndexReader::run()
{
    // The connection belongs to this thread: opened, used and closed here.
    std::optional<Database> database;
    for (;;) {
        Job job;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this]() { return m_stopping || m_job.has_value(); });
            if (m_stopping)
                break;
            job = std::move(*m_job);
            m_job.reset();
        }
        QList<qint64> rowids;
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
            m_rowids = std::move(rowids);
            m_error = error;
            m_busy = false;
        }
        m_changed.notify_all();
    }
}
