#include "listings/ListingSearchThread.h"

#include "storage/Database.h"
#include "storage/ListingSearchEngine.h"

ListingSearchThread::ListingSearchThread(QString databasePath, QObject *parent)
    : QObject(parent), m_databasePath(std::move(databasePath)), m_worker(new QObject)
{
    m_thread.setObjectName(QStringLiteral("listing search"));
    m_worker->moveToThread(&m_thread);
    m_thread.start();
    connect(this, &ListingSearchThread::indexChanged, this,
            [this](bool indexed) { m_indexed = indexed; });
}

ListingSearchThread::~ListingSearchThread()
{
    // A connection must be closed on the thread that opened it.
    m_requested = -1; // queued searches return at once
    QMetaObject::invokeMethod(
        m_worker,
        [this]() {
            delete m_releaseTimer; // stopped on its own thread
            m_releaseTimer = nullptr;
            m_engine.reset();
            m_database.reset();
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
}

void ListingSearchThread::search(const ListingFilter &filter, bool mayBuildIndex)
{
    const int request = ++m_requested;
    QMetaObject::invokeMethod(m_worker, [this, request, filter, mayBuildIndex]() {
        if (request != m_requested)
            return; // overtaken by a newer request before it started
        QString error;
        if (!m_database) {
            auto database = std::make_unique<Database>();
            // Reads only: no check, migration or backup of its own (the window opens and checks
            // the database).
            if (database->openForReading(m_databasePath)) {
                m_database = std::move(database);
                m_engine =
                    std::make_unique<ListingSearchEngine>(m_database->connection(), m_databasePath);
            } else {
                error = database->lastError();
            }
        }
        QList<qint64> ids;
        if (m_engine)
            ids = m_engine->search(filter, &error);
        QMetaObject::invokeMethod(
            this,
            [this, request, ids, error]() {
                if (request != m_requested)
                    return; // a newer answer is on its way
                m_delivered = request;
                emit found(ids, error);
            },
            Qt::QueuedConnection);
        // After the answer, so that it never waits for the index.
        if (m_engine && mayBuildIndex && !m_engine->isIndexed() && !m_indexFailed) {
            QString indexError;
            m_indexFailed = !m_engine->buildIndex(&indexError);
            emit indexChanged(!m_indexFailed, indexError); // queued to the window's thread
        }
        if (m_engine)
            releaseLater();
    });
}

void ListingSearchThread::releaseLater()
{
    // On the search thread. Each search pushes the release back: it comes once typing stops.
    if (!m_releaseTimer) {
        m_releaseTimer = new QTimer(m_worker);
        m_releaseTimer->setSingleShot(true);
        connect(m_releaseTimer, &QTimer::timeout, m_worker, [this]() {
            if (!m_engine)
                return;
            m_engine->releaseBuffers();
            emit buffersReleased(); // queued to the window's thread
        });
    }
    m_releaseTimer->start(m_releaseAfterMs.load());
}

void ListingSearchThread::dropIndex()
{
    QMetaObject::invokeMethod(m_worker, [this]() {
        m_indexFailed = false; // the listings changed: a new build may well succeed
        if (m_engine && m_engine->isIndexed()) {
            m_engine->dropIndex();
            emit indexChanged(false, QString());
        }
    });
}
