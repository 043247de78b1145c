#pragma once

#include "ServerAddress.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

// A connection to a team's listing database on PostgreSQL. open() connects and checks the
// schema: one that is missing or older is not changed by an ordinary user's program (the
// administrator runs `careerplanner admin init-postgres`), and one that is newer is refused.
// Every failure is said plainly (ServerErrors), with the server's own words after it.
class TeamDatabase
{
    Q_DECLARE_TR_FUNCTIONS(TeamDatabase)

public:
    enum class Problem
    {
        None,
        Unreachable,    // no connection: server, network, TLS
        Password,       // the server wants a password that was not found or was refused
        NotInitialised, // no CareerPlanner schema yet
        Older,          // the administrator must upgrade it
        Newer,          // written by a newer CareerPlanner: update the program
        Other
    };

    TeamDatabase();
    ~TeamDatabase();
    TeamDatabase(const TeamDatabase &) = delete;
    TeamDatabase &operator=(const TeamDatabase &) = delete;

    // Connects and checks that the schema is the one this program uses.
    bool open(const ServerAddress &address);
    // Connects, then creates or upgrades the schema and the two roles (the administrator's
    // `admin init-postgres`).
    bool initialise(const ServerAddress &address);
    // A second connection to the same database, for a reader on another thread.
    bool openLike(const TeamDatabase &other);
    void close();

    bool isOpen() const;
    QSqlDatabase connection() const;
    const ServerAddress &address() const { return m_address; }
    QString lastError() const { return m_lastError; }
    Problem problem() const { return m_problem; }
    int schemaVersion() const;
    // Whether the account may write listings (the editor role or the owner).
    bool canEdit() const;

private:
    bool connect(const ServerAddress &address);
    bool fail(const QString &message, Problem problem);
    static QString newerSchema(const ServerAddress &address, int version);

    QString m_connectionName;
    ServerAddress m_address;
    QString m_lastError;
    Problem m_problem = Problem::None;
};
