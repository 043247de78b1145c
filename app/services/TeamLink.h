#pragma once

#include "storage/team/ServerAddress.h"
#include "storage/team/TeamDatabase.h"
#include "storage/team/TeamSync.h"

#include <QDateTime>
#include <QObject>
#include <QSqlDatabase>
#include <QThread>
#include <QTimer>
#include <atomic>

// The window's link to a team database. The window lists and searches the local file's copy of
// the team's listings (fast, and there when the server is not); this keeps the copy up to date
// on a worker thread: at start, every few minutes, and after the user wrote listings to the
// team. When the server cannot be reached the copy stays as it was, read-only for listings,
// and state() says so with the server's reason.
class TeamLink : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Connecting,  // the first copy since start is under way
        Copied,      // the copy is current as of copiedAt()
        Unreachable, // the last attempt failed: problem() says why; the copy is older
    };

    // localPath: the local file the copy is kept in.
    TeamLink(ServerAddress address, QString localPath, QObject *parent = nullptr);
    // Waits for a copy still running (it stops after its current page).
    ~TeamLink() override;

    const ServerAddress &address() const { return m_address; }
    State state() const { return m_state; }
    QString problem() const { return m_problem; }
    // When the copy was last brought up to date (invalid: never).
    QDateTime copiedAt() const { return m_copiedAt; }
    // Whether this account may write the team's listings (known once connected).
    bool canEdit() const { return m_canEdit; }
    bool isCopying() const { return m_worker != nullptr; }
    // Listings can be written to the team now: connected, with the editor role.
    bool canWriteListings(QString *why) const;
    // The last attempt failed for a password (none in ~/.pgpass, or a wrong one): the window
    // may ask for it.
    bool needsPassword() const { return m_needsPassword; }
    // A password typed in: used for this session's connections, never stored; tries again.
    void setPassword(const QString &password);

    // Brings the copy up to date on a worker thread; while one runs, once more after it.
    void copyInBackground();
    // The team database's connection on this (the window's) thread, for writing listings;
    // opened when first asked. Invalid, with *error, when it cannot be opened.
    QSqlDatabase writeConnection(QString *error);
    // Brings the copy up to date now, on this thread, through local (after a small write such
    // as a pasted listing, whose copy the window selects next).
    TeamSyncOutcome copyNow(QSqlDatabase local);

    // host:port/database: what the copy in a local file says it is of.
    static QString identityOf(const ServerAddress &address);
    // Minutes between two copies while the window is open.
    static constexpr int minutesBetweenCopies = 5;

signals:
    void stateChanged();
    // A copy ended; changed: the local copy's listings changed and should be read again.
    void copied(bool changed);

private:
    void finishCopy(const TeamSyncOutcome &outcome, const QString &connectionError, bool canEdit,
                    bool needsPassword);

    ServerAddress m_address;
    QString m_localPath;
    State m_state = State::Connecting;
    QString m_problem;
    QDateTime m_copiedAt;
    bool m_canEdit = false;
    bool m_needsPassword = false;
    QThread *m_worker = nullptr;
    bool m_again = false;
    std::atomic_bool m_stopping = false;
    QTimer m_timer;
    TeamDatabase m_writer;
};
