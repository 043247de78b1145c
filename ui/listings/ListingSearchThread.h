#pragma once

#include "storage/ListingFilter.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QThread>
#include <atomic>
#include <memory>

class Database;

// Runs listing searches on a thread of their own, with its own connection to the database,
// so typing never waits for a query: a broad query over 100,000 listings (a one-letter word
// scans every row) takes SQLite itself a tenth of a second. Only the newest request is
// answered; requests it overtook are dropped unanswered.
class ListingSearchThread : public QObject
{
    Q_OBJECT

public:
    explicit ListingSearchThread(QString databasePath, QObject *parent = nullptr);
    ~ListingSearchThread() override;

    void search(const ListingFilter &filter);
    // True from a request until its answer (or a newer request's) has been delivered.
    bool isBusy() const { return m_delivered != m_requested; }

signals:
    void found(const QList<qint64> &ids, const QString &error);

private:
    QString m_databasePath;
    QThread m_thread;
    QObject *m_worker; // lives in m_thread; everything below is used only there
    std::unique_ptr<Database> m_database;
    std::atomic<int> m_requested{0};
    int m_delivered = 0;
};
