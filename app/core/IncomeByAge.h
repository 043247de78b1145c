#pragma once

#include "SalaryStatistic.h"
#include "market/MarketPack.h"

#include <QList>
#include <QString>

struct AgeBandIncome
{
    QString bucket; // "20s" … "60s"
    QString label;  // translated: "20代" / "20s"
    qint64 annualYen = 0;
};

// The age curve of annual income that the chart draws: one figure per decade of age,
// youngest first, with the source to show under the chart.
struct IncomeByAge
{
    QString occupation; // translated occupation the curve describes
    QList<AgeBandIncome> bands;
    QString source;
    int asOfYear = 0;

    bool isEmpty() const { return bands.isEmpty(); }
    // Index of the band an age falls into (under 20 → first, over the last → last), or -1.
    int bandIndexForAge(int age) const;
    qint64 maximumYen() const;

    // Picks the "age" rows of one occupation from the statistics and orders them by decade.
    static IncomeByAge fromStatistics(const QList<SalaryStatistic> &statistics,
                                      const QString &occupation);
    // The same from the market-data pack's jobtag-age rows ("se-web|40s").
    static IncomeByAge fromPack(const MarketPack &pack, const QString &occupation);
};
