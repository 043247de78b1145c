#include "CommandDatabases.h"

#include "services/DatabaseLocation.h"
#include "storage/team/ServerErrors.h"

bool CommandDatabases::open(const QCommandLineParser &parser, QTextStream &err)
{
    QString error;
    const std::optional<ServerAddress> address = DatabaseLocation::teamAddress(parser, &error);
    if (!error.isEmpty()) {
        err << error << u'\n';
        return false;
    }
    if (!m_local.open(DatabaseLocation::resolve(parser))) {
        err << m_local.lastError() << u'\n';
        return false;
    }
    if (!address)
        return true;
    m_team = std::make_unique<TeamDatabase>();
    if (!m_team->open(*address)) {
        err << m_team->lastError() << u'\n';
        return false;
    }
    return true;
}

QSqlDatabase CommandDatabases::listings() const
{
    return m_team ? m_team->connection() : m_local.connection();
}

QString CommandDatabases::described(const QString &error) const
{
    if (!m_team || error.isEmpty())
        return error;
    return ServerErrors::statementFailed(m_team->address(), error);
}
