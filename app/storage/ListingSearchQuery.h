#pragma once

#include "ListingFilter.h"

#include <QString>
#include <QStringList>
#include <QVariantList>

// Turns a ListingFilter into one SELECT with bound values. Search text is never part of the
// SQL: words of three or more characters go to the trigram index as quoted phrases (so
// `c++`, `"abc`, `AND` or `*` are text, never FTS syntax); shorter words (`Go`, `AI`, `保守`),
// which a trigram index cannot match, are found with instr() on the listings table.
struct ListingSearchQuery
{
    QString sql;
    QVariantList values;

    static ListingSearchQuery build(const ListingFilter &filter);

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
    static QString monthlyRateExpression(const QString &table);
    static int monthlyRateExpressionHours() { return 3; }
};
