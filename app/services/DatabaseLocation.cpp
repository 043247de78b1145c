#include "DatabaseLocation.h"

#include "AppSettings.h"
#include "storage/Database.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace DatabaseLocation {

QCommandLineOption option()
{
    return QCommandLineOption(
        u"database"_s,
        QCoreApplication::translate(
            "CommandLine",
            "Use the SQLite database at <path> instead of the one chosen in Settings "
            "or the default (%1); or a team's listings at a PostgreSQL address "
            "(postgresql://user@host:5432/database?sslmode=verify-full).")
            .arg(Database::defaultPath()),
        QCoreApplication::translate("CommandLine", "path"));
}

QString resolve(const QCommandLineParser &parser)
{
    const QString named = parser.value(u"database"_s);
    if (!named.isEmpty() && !ServerAddress::looksLikeServer(named))
        return named;
    const QString chosen = AppSettings::databasePath();
    return chosen.isEmpty() ? Database::defaultPath() : chosen;
}

std::optional<ServerAddress> teamAddress(const QCommandLineParser &parser, QString *error)
{
    if (error)
        error->clear();
    QString uri = parser.value(u"database"_s);
    if (!uri.isEmpty() && !ServerAddress::looksLikeServer(uri))
        return std::nullopt; // a local file, named on purpose
    if (uri.isEmpty())
        uri = AppSettings::teamDatabaseUri();
    if (uri.isEmpty())
        return std::nullopt;
    return ServerAddress::parse(uri, error);
}

} // namespace DatabaseLocation
