#include "listings/ListingSearchThread.h"

#include "storage/Database.h"
#include "storage/ListingRepository.h"

ListingSearchThread::ListingSearchThread(QString databasePath, QObject *parent)
    : QObject(parent), m_databasePath(std::move(databasePath)), m_worker(new QObject)
{
    m_thread.setObjectName(QStringLiteral("listing search"));
    m_worker->moveToThread(&m_thread);
    m_thread.start();
}

ListingSearchThread::~ListingSearchThread()
{
    // A connection must be closed on the thread that opened it.
    m_requested = -1; // queued searches return at once
    QMetaObject::invokeMethod(
        m_worker, [this]() { m_database.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
}

void ListingSearchThread::search(const ListingFilter &filter)
{
    const int request = ++m_requested;
    QMetaObject::invokeMethod(m_worker, [this, request, filter]() {
        if (request != m_requested)
            return; // overtaken by a newer request before it started
        QString error;
        if (!m_database) {
            m_database = std::make_unique<Database>();
            // Reads only: no check, migration or backup of its own (the window opens and checks
            // the database).
            if (!m_database->openForReading(m_databasePath))
                error = m_database->lastError();
        }
        QList<qint64> ids;
        if (error.isEmpty())
            ids = ListingRepository(m_database->connection(), filter.billableHoursPerMonth)
                      .search(filter, &error);
        QMetaObject::invokeMethod(
            this,
            [this, request, ids, error]() {
                if (request != m_requested)
                    return; // a newer answer is on its way
                m_delivered = request;
                emit found(ids, error);
            },
            Qt::QueuedConnection);
    });
}
