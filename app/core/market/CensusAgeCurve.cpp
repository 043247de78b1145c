#include "CensusAgeCurve.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

CensusAgeCurve CensusAgeCurve::fromPack(const MarketPack &pack, const QString &occupation,
                                        const QString &companySize)
{
    CensusAgeCurve curve;
    curve.m_occupation = occupation;
    static const QRegularExpression bandPattern(u"^(\\d\\d)-(\\d\\d)$"_s);
    for (const MarketFigure *figure : pack.withPrefix(u"wage"_s, occupation + u'|')) {
        const QStringList parts = figure->key.split(u'|');
        if (parts.size() != 4 || parts.at(2) != companySize)
            continue;
        const auto band = bandPattern.match(parts.at(1));
        if (!band.hasMatch())
            continue;
        const QString prefix = occupation + u'|' + parts.at(1) + u'|' + companySize + u'|';
        // "45-49" covers ages 45.0 to 49.99…: its middle is 47.5.
        const double midAge = (band.captured(1).toDouble() + band.captured(2).toDouble() + 1) / 2;
        if (parts.at(3) == u"kimatte"_s) {
            const MarketFigure *bonus = pack.find(u"wage"_s, prefix + u"bonus"_s);
            if (bonus) // 千円/月 × 12 + 千円/年 → yen
                curve.m_points.append(
                    {parts.at(1), midAge, (figure->value * 12 + bonus->value) * 1000.0, figure});
        } else if (parts.at(3) == u"annual"_s && !pack.find(u"wage"_s, prefix + u"kimatte"_s)) {
            // Only the published-derived annual figure (the company-size cells): in 万円.
            curve.m_points.append({parts.at(1), midAge, figure->value * 10'000.0, figure});
        }
    }
    std::sort(curve.m_points.begin(), curve.m_points.end(),
              [](const CensusAgePoint &a, const CensusAgePoint &b) { return a.midAge < b.midAge; });
    return curve;
}

std::pair<const CensusAgePoint *, const CensusAgePoint *> CensusAgeCurve::around(double age) const
{
    if (m_points.isEmpty())
        return {nullptr, nullptr};
    if (age <= m_points.first().midAge)
        return {&m_points.first(), &m_points.first()};
    for (qsizetype i = 1; i < m_points.size(); ++i) {
        if (age <= m_points.at(i).midAge)
            return {&m_points.at(i - 1), &m_points.at(i)};
    }
    return {&m_points.last(), &m_points.last()};
}

double CensusAgeCurve::valueAt(double age) const
{
    const auto [below, above] = around(age);
    if (!below)
        return 0;
    if (below == above)
        return below->annualYen;
    const double t = (age - below->midAge) / (above->midAge - below->midAge);
    return below->annualYen + (above->annualYen - below->annualYen) * t;
}

QString CensusAgeCurve::occupationName(const QString &occupation)
{
    if (occupation == u"sw"_s)
        return tr("software developers (ソフトウェア作成者)");
    if (occupation == u"sc"_s)
        return tr("system consultants and designers (システムコンサルタント・設計者)");
    if (occupation == u"ot"_s)
        return tr("other IT engineers (その他の情報処理・通信技術者)");
    return occupation;
}
