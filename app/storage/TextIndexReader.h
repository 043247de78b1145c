#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QThread>
#include <condition_variable>
#include <mutex>
#include <optional>

// Reads one part of a text-index query on a thread and connection of its own, while the
// searching thread reads the other part. SQLite runs a query on one core, and for a broad
// word in a very large database walking the word's postings is nearly all of a keystroke
// ("Java" is in a third of a million listings: about 40 ms); two halves read at once take
// little more than half of that.
//
// The connection is read-only (Database::openForReading), opened on the first query and
// closed with the object. One query at a time: start() then wait().
class TextIndexReader
{
public:
    explicit TextIndexReader(QString databasePath);
    ~TextIndexReader();
    TextIndexReader(const TextIndexReader &) = delete;
    TextIndexReader &operator=(const TextIndexReader &) = delete;

    // Starts reading, in ascending order, the rowids of listings_fts that match ftsQuery
    // (an FTS5 query) and lie in [fromRowid, toRowid]. Returns at once.
    void start(const QString &ftsQuery, qint64 fromRowid, qint64 toRowid);
    // Waits for the query started last and appends its rowids to rowids. False, with error
    // set, when it failed.
    bool wait(QList<qint64> *rowids, QString *error);
    // Lets go of the block the reader keeps its answers in (it is reused from one query to
    // the next: memory written for the first time costs a page fault a page).
    void releaseBuffer();

    // Reads the rowids matching ftsQuery in [fromRowid, toRowid] through connection: the same
    // query the reader runs, for the part the caller reads itself.
    static bool read(const QSqlDatabase &connection, const QString &ftsQuery, qint64 fromRowid,
                     qint64 toRowid, QList<qint64> *rowids, QString *error);

private:
    struct Job
    {
        QString ftsQuery;
        qint64 fromRowid = 0;
        qint64 toRowid = 0;
    };
    void run();

    const QString m_databasePath;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::optional<Job> m_job; // waiting to be read
    bool m_busy = false;      // a job taken and not yet answered
    bool m_stopping = false;
    bool m_releasing = false; // the reader's own block is to go
    QList<qint64> m_rowids;   // shares the reader's block from an answer until wait()
    QString m_error;
    QThread *m_thread = nullptr;
};
