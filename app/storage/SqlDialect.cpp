#include "SqlDialect.h"

using namespace Qt::StringLiterals;

namespace SqlDialect {

SqlEngine engineOf(const QSqlDatabase &database)
{
    return database.driverName() == u"QPSQL"_s ? SqlEngine::PostgreSQL : SqlEngine::SQLite;
}

QString idInJsonArray(SqlEngine engine, const QString &column)
{
    if (engine == SqlEngine::PostgreSQL)
        return u"%1 IN (SELECT value::bigint FROM json_array_elements_text(?::json))"_s.arg(column);
    return u"%1 IN (SELECT value FROM json_each(?))"_s.arg(column);
}

QString truncatedToInteger(SqlEngine engine, const QString &expression)
{
    if (engine == SqlEngine::PostgreSQL)
        return u"CAST(trunc(%1) AS BIGINT)"_s.arg(expression);
    return u"CAST(%1 AS INTEGER)"_s.arg(expression);
}

QString containsLowered(SqlEngine engine, const QString &haystack)
{
    if (engine == SqlEngine::PostgreSQL)
        return u"strpos(lower(%1 COLLATE \"C\"), ?) > 0"_s.arg(haystack);
    return u"instr(lower(%1), ?) > 0"_s.arg(haystack);
}

} // namespace SqlDialect
