#pragma once

// The throwaway PostgreSQL cluster that scripts/test.sh starts (scripts/pg-test-cluster.sh):
// CAREERPLANNER_TEST_POSTGRES is a libpq URI to its maintenance database as its superuser, the
// password in PGPASSFILE. Each test takes a fresh database of its own (ScratchDatabase) and
// drops it after. Without the variable the team-database tests are skipped, unless the run
// says the server is required (CAREERPLANNER_TEST_POSTGRES_REQUIRED), where they fail.
#include "storage/SqlErrors.h"
#include "storage/team/ServerAddress.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <optional>

namespace PostgresServer {
using namespace Qt::StringLiterals;

inline QString maintenanceUri()
{
    return qEnvironmentVariable("CAREERPLANNER_TEST_POSTGRES");
}

inline bool required()
{
    return qEnvironmentVariableIsSet("CAREERPLANNER_TEST_POSTGRES_REQUIRED");
}

// Runs constant statements (CREATE DATABASE cannot be prepared) as the cluster's superuser, in
// the database named (the maintenance one when empty). Empty on success, else the error.
inline QString runAsSuperuser(const QStringList &statements, const QString &database = {})
{
    QString error;
    auto address = ServerAddress::parse(maintenanceUri(), &error);
    if (!address)
        return error;
    const QString name = u"superuser-%1"_s.arg(QRandomGenerator::global()->generate());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        db.setHostName(address->host());
        db.setPort(address->port());
        db.setUserName(address->user());
        db.setDatabaseName(database.isEmpty() ? address->database() : database);
        if (!db.open()) {
            error = db.lastError().text();
        } else {
            QSqlQuery query(db);
            for (const QString &statement : statements) {
                if (!SqlErrors::execConstant(query, statement, &error))
                    break;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

// A database of its own on the cluster, dropped (with any connection left to it) when this
// goes. address() reaches it as the superuser.
class ScratchDatabase
{
public:
    ScratchDatabase()
    {
        m_name = u"careerplanner_test_%1"_s.arg(QRandomGenerator::global()->generate());
        m_error = runAsSuperuser({u"CREATE DATABASE %1"_s.arg(m_name)});
        if (!m_error.isEmpty())
            return;
        auto address = ServerAddress::parse(maintenanceUri(), &m_error);
        if (!address)
            return;
        m_address =
            ServerAddress::parse(u"postgresql://%1@%2:%3/%4"_s.arg(address->user(), address->host())
                                     .arg(address->port())
                                     .arg(m_name),
                                 &m_error);
    }
    ~ScratchDatabase()
    {
        if (m_address)
            runAsSuperuser({u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(m_name)});
    }
    ScratchDatabase(const ScratchDatabase &) = delete;
    ScratchDatabase &operator=(const ScratchDatabase &) = delete;

    bool isValid() const { return m_address.has_value(); }
    QString error() const { return m_error; }
    QString name() const { return m_name; }
    const ServerAddress &address() const { return *m_address; }
    // The same database reached as another user (password from PGPASSFILE).
    ServerAddress addressAs(const QString &user) const
    {
        QString error;
        return *ServerAddress::parse(u"postgresql://%1@%2:%3/%4"_s.arg(user, m_address->host())
                                         .arg(m_address->port())
                                         .arg(m_name),
                                     &error);
    }

private:
    QString m_name;
    QString m_error;
    std::optional<ServerAddress> m_address;
};

// A password file of the test's own, as a team member keeps one: a line per login for the
// cluster's port. While use() is in effect libpq reads it (PGPASSFILE); the run's own comes
// back with restore() or when this goes.
class MemberPassFile
{
public:
    MemberPassFile(const QString &path, int port,
                   const QList<std::pair<QString, QString>> &loginsAndPasswords)
        : m_path(path), m_runFile(qgetenv("PGPASSFILE"))
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return;
        for (const auto &[login, password] : loginsAndPasswords)
            file.write(u"127.0.0.1:%1:*:%2:%3\n"_s.arg(port).arg(login, password).toUtf8());
        m_valid = file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    }
    ~MemberPassFile() { restore(); }
    MemberPassFile(const MemberPassFile &) = delete;
    MemberPassFile &operator=(const MemberPassFile &) = delete;

    bool isValid() const { return m_valid; }
    void use() { qputenv("PGPASSFILE", m_path.toLocal8Bit()); }
    void restore() { qputenv("PGPASSFILE", m_runFile); }

private:
    QString m_path;
    QByteArray m_runFile;
    bool m_valid = false;
};

} // namespace PostgresServer

// In a test function: skipped (or failed, when the run requires the server) when no server
// was started.
#define CAREERPLANNER_REQUIRE_POSTGRES()                                                           \
    if (PostgresServer::maintenanceUri().isEmpty()) {                                              \
        if (PostgresServer::required())                                                            \
            QFAIL("CAREERPLANNER_TEST_POSTGRES is not set, and this run requires the server");     \
        QSKIP("no PostgreSQL server: scripts/test.sh starts one (CAREERPLANNER_TEST_POSTGRES)");   \
    }

// In a test function: a scratch database named `name` (or skipped, as above).
#define CAREERPLANNER_SCRATCH_POSTGRES(name)                                                       \
    CAREERPLANNER_REQUIRE_POSTGRES()                                                               \
    PostgresServer::ScratchDatabase name;                                                          \
    QVERIFY2(name.isValid(), qPrintable(name.error()))
