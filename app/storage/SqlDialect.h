#pragma once

#include <QSqlDatabase>
#include <QString>

// The two engines the listing store runs on: the embedded SQLite file, and a team's
// PostgreSQL server. The listing store has one code path; where the engines' SQL differs,
// the difference is one of these functions.
enum class SqlEngine
{
    SQLite,
    PostgreSQL
};

namespace SqlDialect {
SqlEngine engineOf(const QSqlDatabase &database);
inline bool isPostgres(const QSqlDatabase &database)
{
    return engineOf(database) == SqlEngine::PostgreSQL;
}
// "id IN (…)" for a list of ids bound as one JSON array text: any number of ids is one
// statement with one value.
QString idInJsonArray(SqlEngine engine, const QString &column);
// A real number cut to a whole one toward zero, as SQLite's CAST does (PostgreSQL's CAST
// rounds).
QString truncatedToInteger(SqlEngine engine, const QString &expression);
// Whether haystack contains needle, with ASCII letters folded (the needle is bound already
// lowered): SQLite's lower() folds ASCII only, PostgreSQL's in the "C" collation too.
QString containsLowered(SqlEngine engine, const QString &haystack);
} // namespace SqlDialect
