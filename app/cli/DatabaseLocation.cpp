#include "DatabaseLocation.h"

#include "storage/Database.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace DatabaseLocation {

QCommandLineOption option()
{
    return QCommandLineOption(
        u"database"_s,
        QCoreApplication::translate(
            "CommandLine", "Use the SQLite database at <path> instead of the default (%1).")
            .arg(Database::defaultPath()),
        QCoreApplication::translate("CommandLine", "path"));
}

QString resolve(const QCommandLineParser &parser)
{
    const QString path = parser.value(u"database"_s);
    return path.isEmpty() ? Database::defaultPath() : path;
}

} // namespace DatabaseLocation
