#pragma once

#include "PrefectureHealthRates.h"
#include "TakeHomeSource.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <optional>

// One row of a bracket or band table: applies up to `upper` (none: no upper bound).
struct TakeHomeBand
{
    std::optional<double> upper;
    QHash<QString, double> fields; // by the key's last part: "rate", "addon_yen", …
    QString sourceKey;             // a key of the row, for its source
};

// The tax and social-insurance figures of one year (data/takehome/takehome-YYYY.csv): every
// rate, bracket and threshold with its publisher, document, year and address. Read once;
// the calculator asks for figures by key and cites their sources.
class TakeHomeRules
{
    Q_DECLARE_TR_FUNCTIONS(TakeHomeRules)

public:
    // The years there is a data file for.
    static QList<int> years();
    // This year when there are figures for it, else the latest year there are.
    static int defaultYear();
    // The bundled rules of a year; nullopt with *error for a year without a file.
    static std::optional<TakeHomeRules> forYear(int year, QString *error);
    // Reads a rules file; *error names the file, line and field of the first problem.
    static std::optional<TakeHomeRules> parse(const QByteArray &csv, const QString &fileName,
                                              int year, QString *error);

    int year() const { return m_year; }
    bool has(const QString &key) const;
    // A figure that must exist (the calculator checks every key it needs when loaded).
    double value(const QString &key) const;
    qint64 yen(const QString &key) const;
    std::optional<double> find(const QString &key) const;
    TakeHomeSource source(const QString &key) const;
    // A numbered table, prefix.1.…, prefix.2.…: the last band has no upper bound.
    QList<TakeHomeBand> table(const QString &prefix, const QString &upperField) const;
    // Keys the calculator reads that the file lacks (empty when complete).
    QStringList missing(const QStringList &keys) const;

    // The prefectures with a health-insurance rate this year, as figures
    // health.kyokai.prefecture.<english>.rate_total; forYear adds the bundled ones.
    const PrefectureHealthRates &prefectures() const { return m_prefectures; }
    void addPrefectures(const PrefectureHealthRates &prefectures);
    static QString prefectureRateKey(const QString &english);

private:
    struct Figure
    {
        std::optional<double> value; // empty: no published figure was found
        TakeHomeSource source;
    };

    int m_year = 0;
    QHash<QString, Figure> m_figures;
    PrefectureHealthRates m_prefectures;
};
