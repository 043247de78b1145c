#include "PrefectureHealthRates.h"

#include "TakeHomeCsv.h"

#include <QFile>
#include <QLocale>
#include <cmath>

using namespace Qt::StringLiterals;

std::optional<PrefectureHealthRates> PrefectureHealthRates::bundled(QString *error)
{
    const QString name = u"health-prefectures.csv"_s;
    QFile file(u":/data/takehome/"_s + name);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1 cannot be read: %2").arg(name, file.errorString());
        return std::nullopt;
    }
    return parse(file.readAll(), name, error);
}

std::optional<PrefectureHealthRates>
PrefectureHealthRates::parse(const QByteArray &csv, const QString &fileName, QString *error)
{
    const QStringList expected{u"prefecture_ja"_s, u"prefecture_en"_s, u"year"_s, u"rate_total"_s,
                               u"publisher"_s,     u"document"_s,      u"url"_s,  u"note"_s};
    const auto records = TakeHomeCsv::records(csv, fileName, expected, error);
    if (!records)
        return std::nullopt;
    PrefectureHealthRates table;
    for (const CsvRecord &record : *records) {
        auto fail = [&](const QString &field, const QString &problem) {
            *error = TakeHomeCsv::problem(fileName, record, field, problem);
            return std::nullopt;
        };
        if (const QString count = TakeHomeCsv::fieldCount(record, expected.size());
            !count.isEmpty())
            return fail(u"prefecture_ja"_s, count);
        const Prefecture prefecture{record.fields.at(0).trimmed(),
                                    record.fields.at(1).trimmed().toLower()};
        if (prefecture.japanese.isEmpty() || prefecture.english.isEmpty())
            return fail(u"prefecture_en"_s, tr("the prefecture is not named"));
        bool yearOk = false;
        const int year = record.fields.at(2).toInt(&yearOk);
        if (!yearOk)
            return fail(u"year"_s, tr("\"%1\" is not a year").arg(record.fields.at(2)));
        bool rateOk = false;
        const double rate = record.fields.at(3).toDouble(&rateOk);
        // A health-insurance rate is a fraction: 0.0991, not 9.91.
        if (!rateOk || !std::isfinite(rate) || rate <= 0 || rate >= 0.2)
            return fail(u"rate_total"_s,
                        tr("\"%1\" is not a rate between 0 and 0.2").arg(record.fields.at(3)));
        const TakeHomeSource source{record.fields.at(4), record.fields.at(5), year,
                                    record.fields.at(6)};
        if (source.publisher.isEmpty() || source.url.isEmpty())
            return fail(u"publisher"_s, tr("every figure names its publisher and address"));
        const QString key = rateKey(year, prefecture.english);
        if (table.m_rates.contains(key))
            return fail(u"prefecture_en"_s,
                        tr("%1 appears twice for %2").arg(prefecture.english).arg(year));
        table.m_rates.insert(key, {rate, source});
        const bool known =
            std::any_of(table.m_prefectures.cbegin(), table.m_prefectures.cend(),
                        [&](const Prefecture &p) { return p.english == prefecture.english; });
        if (!known)
            table.m_prefectures.append(prefecture);
    }
    return table;
}

std::optional<Prefecture> PrefectureHealthRates::find(const QString &name) const
{
    const QString wanted = name.trimmed();
    if (wanted.isEmpty())
        return std::nullopt;
    for (const Prefecture &prefecture : m_prefectures) {
        if (wanted.compare(prefecture.english, Qt::CaseInsensitive) == 0 ||
            wanted == prefecture.japanese)
            return prefecture;
        // "東京" for 東京都, "大阪" for 大阪府; 北海道 has no suffix to drop.
        const QString stem = prefecture.japanese.chopped(1);
        if (prefecture.japanese != u"北海道"_s && wanted == stem)
            return prefecture;
    }
    return std::nullopt;
}

QString PrefectureHealthRates::displayName(const Prefecture &prefecture)
{
    if (QLocale().language() == QLocale::Japanese || prefecture.english.isEmpty())
        return prefecture.japanese;
    return prefecture.english.left(1).toUpper() + prefecture.english.mid(1);
}

QString PrefectureHealthRates::displayName(const QString &name) const
{
    return displayName(find(name).value_or(Prefecture{u"東京都"_s, u"tokyo"_s}));
}

std::optional<double> PrefectureHealthRates::rate(int year, const QString &english) const
{
    const auto found = m_rates.constFind(rateKey(year, english));
    return found == m_rates.constEnd() ? std::nullopt : std::optional<double>(found->value);
}

TakeHomeSource PrefectureHealthRates::source(int year, const QString &english) const
{
    return m_rates.value(rateKey(year, english)).source;
}

QString PrefectureHealthRates::rateKey(int year, const QString &english)
{
    return u"%1/%2"_s.arg(year).arg(english);
}
