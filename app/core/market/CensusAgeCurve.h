#pragma once

#include "MarketPack.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

struct CensusAgePoint
{
    QString band;         // "40-44"
    double midAge = 0;    // 42.5: where the band's average is drawn and interpolated from
    double annualYen = 0; // derived: monthly pay × 12 + bonus (never a published figure)
    const MarketFigure *source = nullptr;
};

// Full-time annual pay of one census occupation by 5-year age band (賃金構造基本統計調査):
// annual = きまって支給する現金給与額 × 12 + 年間賞与その他特別給与額, the way the survey's annual
// figures are usually derived. Between band midpoints the curve is a straight line; before
// the first and after the last it stays flat.
class CensusAgeCurve
{
    Q_DECLARE_TR_FUNCTIONS(CensusAgeCurve)

public:
    static CensusAgeCurve fromPack(const MarketPack &pack, const QString &occupation,
                                   const QString &companySize = QStringLiteral("all"));

    bool isEmpty() const { return m_points.isEmpty(); }
    const QList<CensusAgePoint> &points() const { return m_points; }
    double valueAt(double age) const;
    // The two points an age lies between (the same twice outside the curve).
    std::pair<const CensusAgePoint *, const CensusAgePoint *> around(double age) const;
    QString occupation() const { return m_occupation; }
    // Translated occupation name: "ソフトウェア作成者" / "software developers".
    static QString occupationName(const QString &occupation);

private:
    QString m_occupation;
    QList<CensusAgePoint> m_points;
};
