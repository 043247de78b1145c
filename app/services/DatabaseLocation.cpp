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
            "or the default (%1).")
            .arg(Database::defaultPath()),
        QCoreApplication::translate("CommandLine", "path"));
}

QString resolve(const QCommandLineParser &parser)
{
    const QString named = parser.value(u"database"_s);
    if (!named.isEmpty())
        return named;
    const QString chosen = AppSettings::databasePath();
    return chosen.isEmpty() ? Database::defaultPath() : chosen;
}

} // namespace DatabaseLocation
