#pragma once

#include "storage/ListingFilter.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QThread>
#include <QTimer>
#include <atomic>
#include <memory>

class Database;
class ListingSearchEngine;

// Runs listing searches on a thread of their own, with its own connection to the database,
// so typing never waits for a query: a broad query over 100,000 listings (a one-letter word
// scans every row) takes SQLite itself a tenth of a second. Only the newest request is
// answered; requests it overtook are dropped unanswered.
//
// After answering, the thread builds the index of short words (ListingSearchEngine) when it
// has none and the request allows it, so the keystrokes that follow are answered from memory.
// The page forbids it while the listings are still loading, so that the two reads of every
// listing do not compete, and drops the index when the listings change.
class ListingSearchThread : public QObject
{
    Q_OBJECT

public:
    explicit ListingSearchThread(QString databasePath, QObject *parent = nullptr);
    ~ListingSearchThread() override;

    void search(const ListingFilter &filter, bool mayBuildIndex = true);
    // The listings changed: the index is stale. Searches go to the database until the next
    // search that may build it.
    void dropIndex();
    // As last reported by the thread (indexChanged).
    bool isIndexed() const { return m_indexed; }
    // True from a request until its answer (or a newer request's) has been delivered.
    bool isBusy() const { return m_delivered != m_requested; }

    // While typing, the thread writes each answer into the memory of an earlier one
    // (AnswerBuffers); this long after the last search it lets that memory go.
    static constexpr int defaultReleaseAfterMs = 3000;
    void setReleaseAfter(int milliseconds) { m_releaseAfterMs = milliseconds; }

signals:
    void found(const QList<qint64> &ids, const QString &error);
    // The index was built (true) or dropped (false); error says why a build failed.
    void indexChanged(bool indexed, const QString &error);
    // The thread let go of the memory it kept from earlier answers (typing stopped).
    void buffersReleased();

private:
    // Starts (or restarts) the wait before the engine lets its kept answers go.
    void releaseLater();

    QString m_databasePath;
    QThread m_thread;
    QObject *m_worker; // lives in m_thread; everything below is used only there
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ListingSearchEngine> m_engine;
    bool m_indexFailed = false;
    QTimer *m_releaseTimer = nullptr; // in m_thread
    std::atomic<int> m_releaseAfterMs{defaultReleaseAfterMs};
    std::atomic<int> m_requested{0};
    int m_delivered = 0;
    bool m_indexed = false; // on the window's thread
};
