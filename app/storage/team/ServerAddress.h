#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <optional>

// Where a team's PostgreSQL database is: a libpq connection URI, as psql takes it
// (postgresql://user@host:5432/careerplanner?sslmode=verify-full). Read without a network:
// what is malformed is said with the part at fault. A password in the URI is taken for the
// connection but never written anywhere (toDisplayString() and toUri() leave it out):
// passwords belong in libpq's ~/.pgpass or PGPASSFILE.
class ServerAddress
{
    Q_DECLARE_TR_FUNCTIONS(ServerAddress)

public:
    // True when text is meant as a server (it starts with postgresql:// or postgres://),
    // never a file path, even when the rest is malformed.
    static bool looksLikeServer(const QString &text);
    // nullopt with error set when text is not a URI libpq would take.
    static std::optional<ServerAddress> parse(const QString &text, QString *error);

    QString host() const { return m_host; }         // empty: libpq's default (a local socket)
    int port() const { return m_port; }             // -1: libpq's default (5432)
    QString database() const { return m_database; } // empty: libpq's default (the user name)
    QString user() const { return m_user; }         // empty: libpq's default (the login name)
    QString password() const { return m_password; }
    // A password typed in when asked (kept in memory for the session, never written).
    void setPassword(const QString &password) { m_password = password; }
    QString sslMode() const; // the sslmode given, else libpq's "prefer"
    // Every other libpq keyword given in the query (sslrootcert, connect_timeout, …).
    const QList<QPair<QString, QString>> &options() const { return m_options; }

    // The options as Qt's PostgreSQL driver takes them: "key=value;key=value".
    QString driverOptions() const;
    // The URI without the password: what Settings keeps and messages show.
    QString toUri() const;
    // "careerplanner on db.example.com:5432 as alice", for messages.
    QString toDisplayString() const;
    // "careerplanner on db.example.com:5432".
    QString databaseAndHost() const;

    bool operator==(const ServerAddress &other) const = default;

private:
    QString m_host;
    int m_port = -1;
    QString m_database;
    QString m_user;
    QString m_password;
    QList<QPair<QString, QString>> m_options;
};
