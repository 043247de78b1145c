#pragma once

#include "TakeHomeSource.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <optional>

// A prefecture as data/takehome/health-prefectures.csv names it.
struct Prefecture
{
    QString japanese; // "東京都"
    QString english;  // "tokyo": the key in the rules and on the command line
};

// 協会けんぽ's health-insurance rate of every prefecture, by year
// (data/takehome/health-prefectures.csv), each with its source. The rate differs by
// prefecture; 介護保険 and 子ども・子育て支援金 do not, and stay in the year's file.
class PrefectureHealthRates
{
    Q_DECLARE_TR_FUNCTIONS(PrefectureHealthRates)

public:
    // The bundled table; nullopt with *error when it cannot be read.
    static std::optional<PrefectureHealthRates> bundled(QString *error);
    // Reads a table; *error names the file, line and field of the first problem.
    static std::optional<PrefectureHealthRates> parse(const QByteArray &csv,
                                                      const QString &fileName, QString *error);

    // In the file's order (JIS: 北海道 first, 沖縄 last).
    const QList<Prefecture> &prefectures() const { return m_prefectures; }
    // By its English key or its Japanese name, with or without 都, 府 or 県 ("大阪", "osaka").
    std::optional<Prefecture> find(const QString &name) const;
    std::optional<double> rate(int year, const QString &english) const;
    // "大阪府" when the default locale is Japanese, "Osaka" otherwise.
    static QString displayName(const Prefecture &prefecture);
    // The display name of a prefecture given as find() takes it; Tokyo's when none is.
    QString displayName(const QString &name) const;
    TakeHomeSource source(int year, const QString &english) const;

private:
    struct Rate
    {
        double value = 0;
        TakeHomeSource source;
    };
    static QString rateKey(int year, const QString &english);

    QList<Prefecture> m_prefectures;
    QHash<QString, Rate> m_rates; // by rateKey
};
