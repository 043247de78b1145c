#pragma once

#include "MarketPack.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>
#include <optional>

struct MarketPackError
{
    int line = 0;  // 0: the file as a whole
    QString field; // the column at fault, empty when the whole line is
    QString message;
};

// Reads and validates a market-data pack (CSV with the columns section, key, value, unit,
// count, publisher, survey, year, url, note; lines starting with # are comments). A pack is
// all or nothing: an unknown section, key or column, a unit that does not belong to the
// figure, a missing source, a negative or implausible value refuses the whole file, with
// every fault listed by line and field.
class MarketPackParser
{
    Q_DECLARE_TR_FUNCTIONS(MarketPackParser)

public:
    // skillIds: the catalogue's ids, which freelance-skill keys must name (empty: not checked).
    explicit MarketPackParser(QSet<QString> skillIds = {});

    std::optional<MarketPack> parse(const QByteArray &content, const QString &fileName,
                                    QList<MarketPackError> *errors) const;

    // "market-pack.csv line 12, field unit: …" for each error, one per line, at most `limit`.
    static QString describe(const QString &fileName, const QList<MarketPackError> &errors,
                            int limit = 10);
    static QStringList columns();

private:
    void checkFigure(const MarketFigure &figure, QList<MarketPackError> *errors) const;

    QSet<QString> m_skillIds;
};
