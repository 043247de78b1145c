#pragma once

#include "ListingFilter.h"
#include "SqlDialect.h"

#include <QString>
#include <QStringList>
#include <QVariantList>

// Turns a ListingFilter into one SELECT with bound values, for SQLite or PostgreSQL. Search
// text is never part of the SQL: on SQLite, words of three or more characters go to the
// trigram index as quoted phrases (so `c++`, `"abc`, `AND` or `*` are text, never FTS syntax);
// on PostgreSQL they are ILIKE patterns that its pg_trgm index answers, with % and _ escaped.
// Shorter words (`Go`, `AI`, `保守`), which a trigram index cannot match, are found with
// instr() / strpos() on the listings table, ASCII letters folded on both engines.
struct ListingSearchQuery
{
    QString sql;
    QVariantList values;

    static ListingSearchQuery build(const ListingFilter &filter,
                                    SqlEngine engine = SqlEngine::SQLite);

    // The words of a search text, split at any white space (including the full-width
    // space), with control characters removed.
    static QStringList searchWords(const QString &text);
    // Limits that keep a hostile or pasted search text from stalling the database.
    static constexpr qsizetype maximumTextLength = 500;
    static constexpr qsizetype maximumWordLength = 64;
    static constexpr qsizetype maximumWords = 16;
    // The FTS5 query for words of three or more characters: each a quoted phrase, all
    // required. Empty when there are none.
    static QString ftsQuery(const QStringList &words);
    // The SQL expression for a listing's monthly figure, as ListingRate computes it; takes
    // the billable hours as bound values.
    static QString monthlyRateExpression(const QString &table,
                                         SqlEngine engine = SqlEngine::SQLite);
    // A LIKE pattern that finds word anywhere, its %, _ and \ taken as text (PostgreSQL's
    // default escape character).
    static QString likePattern(const QString &word);
    static int monthlyRateExpressionHours() { return 3; }
};
