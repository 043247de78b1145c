#include "TeamDatabase.h"

#include "ServerErrors.h"
#include "TeamSchema.h"
#include "storage/SqlErrors.h"

#include <QAtomicInteger>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {
QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return u"careerplanner-team-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}
} // namespace

TeamDatabase::TeamDatabase() : m_connectionName(nextConnectionName())
{
}

TeamDatabase::~TeamDatabase()
{
    close();
}

void TeamDatabase::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool TeamDatabase::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && connection().isOpen();
}

QSqlDatabase TeamDatabase::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool TeamDatabase::fail(const QString &message, Problem problem)
{
    m_lastError = message;
    m_problem = problem;
    close();
    return false;
}

bool TeamDatabase::connect(const ServerAddress &address)
{
    close();
    m_address = address;
    m_lastError.clear();
    m_problem = Problem::None;
    if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s))
        return fail(tr("Qt's PostgreSQL driver is not installed (Debian: libqt6sql6-psql), so "
                       "%1 cannot be opened.")
                        .arg(address.toDisplayString()),
                    Problem::Unreachable);
    QString failure;
    bool passwordProblem = false;
    {
        // The handle is let go before a failure closes the connection.
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, m_connectionName);
        db.setHostName(address.host());
        db.setPort(address.port());
        db.setDatabaseName(address.database());
        db.setUserName(address.user());
        db.setPassword(address.password());
        QString options = address.driverOptions();
        // An unreachable server should be said within seconds, not after the system's TCP
        // time-out of minutes; the address may ask for another limit.
        bool hasTimeout = false;
        for (const auto &option : address.options())
            hasTimeout = hasTimeout || option.first == u"connect_timeout"_s;
        if (!hasTimeout)
            options += (options.isEmpty() ? u""_s : u";"_s) + u"connect_timeout=10"_s;
        options += u";application_name=CareerPlanner"_s;
        db.setConnectOptions(options);
        if (!db.open()) {
            failure = ServerErrors::connectionFailed(address, db.lastError());
            const QString said = ServerErrors::serverText(db.lastError());
            if (said.contains(u"no password supplied"_s) ||
                said.contains(u"password authentication failed"_s))
                passwordProblem = true;
        } else {
            // Text goes both ways as UTF-8, whatever the server's default.
            QSqlQuery query(db);
            if (!SqlErrors::execConstant(query, u"SET client_encoding TO 'UTF8'"_s, nullptr))
                failure = ServerErrors::statementFailed(address, query.lastError());
        }
    }
    if (!failure.isEmpty())
        return fail(failure, passwordProblem ? Problem::Password : Problem::Unreachable);
    return true;
}

QString TeamDatabase::newerSchema(const ServerAddress &address, int version)
{
    return tr("The team database %1 has schema version %2, newer than this CareerPlanner "
              "knows (%3). Update CareerPlanner; nothing was changed.")
        .arg(address.toDisplayString())
        .arg(version)
        .arg(TeamSchema::latestVersion());
}

bool TeamDatabase::open(const ServerAddress &address)
{
    if (!connect(address))
        return false;
    QString error;
    const int version = TeamSchema(connection()).currentVersion(&error);
    if (version < 0)
        return fail(tr("Cannot read the schema of the team database %1: %2")
                        .arg(address.toDisplayString(), error),
                    Problem::Other);
    if (version == 0)
        return fail(tr("The team database %1 has no CareerPlanner listings yet. Its "
                       "administrator sets it up once with: careerplanner admin init-postgres %2")
                        .arg(address.toDisplayString(), address.toUri()),
                    Problem::NotInitialised);
    if (version > TeamSchema::latestVersion())
        return fail(newerSchema(address, version), Problem::Newer);
    if (version < TeamSchema::latestVersion())
        return fail(tr("The team database %1 has schema version %2; this CareerPlanner needs %3. "
                       "Its administrator upgrades it with: careerplanner admin init-postgres %4")
                        .arg(address.toDisplayString())
                        .arg(version)
                        .arg(TeamSchema::latestVersion())
                        .arg(address.toUri()),
                    Problem::Older);
    return true;
}

bool TeamDatabase::initialise(const ServerAddress &address)
{
    if (!connect(address))
        return false;
    QString error;
    int version = 0;
    bool initialised = false;
    {
        // Let go of the connection's handle before a failure closes it.
        TeamSchema schema(connection());
        version = schema.currentVersion(&error);
        initialised =
            version >= 0 && version <= TeamSchema::latestVersion() && schema.initialise(&error);
    }
    if (version > TeamSchema::latestVersion())
        return fail(newerSchema(address, version), Problem::Newer);
    if (!initialised)
        return fail(ServerErrors::statementFailed(address, error), Problem::Other);
    return true;
}

bool TeamDatabase::openLike(const TeamDatabase &other)
{
    return connect(other.m_address);
}

int TeamDatabase::schemaVersion() const
{
    return TeamSchema(connection()).currentVersion(nullptr);
}

bool TeamDatabase::canEdit() const
{
    QSqlQuery query(connection());
    if (!SqlErrors::prepareAndExec(query, u"SELECT has_table_privilege('listings', 'INSERT')"_s,
                                   nullptr) ||
        !query.next())
        return false;
    return query.value(0).toBool();
}
