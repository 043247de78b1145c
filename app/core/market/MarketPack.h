#pragma once

#include "MarketFigure.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

// A versioned set of published pay figures: per-skill and per-role freelance rates, the wage
// census by age band and company size, job tag's age bands, dispatch and part-time hourly pay.
// The bundled pack lives in data/market/; a user may import a newer one in the same format.
class MarketPack
{
    Q_DECLARE_TR_FUNCTIONS(MarketPack)

public:
    QString version;   // "2026.11.1"
    QString retrieved; // ISO date the figures were gathered
    QString name;
    QString fileName; // where it was read from, for messages
    QList<MarketFigure> figures;

    bool isEmpty() const { return figures.isEmpty(); }
    // "market data 2026.11.1 (retrieved 2026-11-30)", translated: explanations end with it.
    QString label() const;

    QList<const MarketFigure *> section(const QString &section) const;
    const MarketFigure *find(const QString &section, const QString &key) const;
    // Every figure of a section whose key starts with the prefix.
    QList<const MarketFigure *> withPrefix(const QString &section, const QString &prefix) const;

    // Compares dotted versions numerically ("2026.11.2" > "2026.11.1" > "2026.9").
    static int compareVersions(const QString &a, const QString &b);

    void rebuildIndex();

private:
    QHash<QString, qsizetype> m_index; // section + '\n' + key → first figure
};
