#include "TakeHomeRules.h"

#include "TakeHomeCsv.h"

#include <QDate>
#include <QFile>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

QList<int> TakeHomeRules::years()
{
    return {2025, 2026};
}

int TakeHomeRules::defaultYear()
{
    const int now = QDate::currentDate().year();
    return years().contains(now) ? now : years().last();
}

std::optional<TakeHomeRules> TakeHomeRules::forYear(int year, QString *error)
{
    if (!years().contains(year)) {
        QStringList known;
        for (int y : years())
            known.append(QString::number(y));
        *error = tr("no tax and insurance figures for %1; the years known are %2")
                     .arg(year)
                     .arg(known.join(u", "_s));
        return std::nullopt;
    }
    const QString name = u"takehome-%1.csv"_s.arg(year);
    QFile file(u":/data/takehome/"_s + name);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1 cannot be read: %2").arg(name, file.errorString());
        return std::nullopt;
    }
    std::optional<TakeHomeRules> rules = parse(file.readAll(), name, year, error);
    if (!rules)
        return std::nullopt;
    const auto prefectures = PrefectureHealthRates::bundled(error);
    if (!prefectures)
        return std::nullopt;
    rules->addPrefectures(*prefectures);
    return rules;
}

QString TakeHomeRules::prefectureRateKey(const QString &english)
{
    return u"health.kyokai.prefecture.%1.rate_total"_s.arg(english);
}

void TakeHomeRules::addPrefectures(const PrefectureHealthRates &prefectures)
{
    m_prefectures = prefectures;
    for (const Prefecture &prefecture : prefectures.prefectures()) {
        if (const auto rate = prefectures.rate(m_year, prefecture.english))
            m_figures.insert(prefectureRateKey(prefecture.english),
                             {*rate, prefectures.source(m_year, prefecture.english)});
    }
}

std::optional<TakeHomeRules> TakeHomeRules::parse(const QByteArray &csv, const QString &fileName,
                                                  int year, QString *error)
{
    const QStringList expected{u"key"_s,      u"value"_s, u"unit"_s, u"publisher"_s,
                               u"document"_s, u"year"_s,  u"url"_s,  u"note"_s};
    const auto records = TakeHomeCsv::records(csv, fileName, expected, error);
    if (!records)
        return std::nullopt;
    TakeHomeRules rules;
    rules.m_year = year;
    for (const CsvRecord &record : *records) {
        auto fail = [&](const QString &field, const QString &problem) {
            *error = TakeHomeCsv::problem(fileName, record, field, problem);
            return std::nullopt;
        };
        if (const QString count = TakeHomeCsv::fieldCount(record, expected.size());
            !count.isEmpty())
            return fail(u"key"_s, count);
        const QString key = record.fields.at(0).trimmed();
        if (key.isEmpty())
            return fail(u"key"_s, tr("the key is empty"));
        if (rules.m_figures.contains(key))
            return fail(u"key"_s, tr("%1 appears twice").arg(key));
        Figure figure;
        const QString valueText = record.fields.at(1).trimmed();
        if (!valueText.isEmpty()) {
            bool ok = false;
            const double value = valueText.toDouble(&ok);
            if (!ok || !std::isfinite(value))
                return fail(u"value"_s, tr("\"%1\" is not a number").arg(valueText));
            figure.value = value;
        }
        bool yearOk = false;
        figure.source = {record.fields.at(3), record.fields.at(4),
                         record.fields.at(5).toInt(&yearOk), record.fields.at(6)};
        if (!yearOk)
            return fail(u"year"_s, tr("\"%1\" is not a year").arg(record.fields.at(5)));
        if (figure.source.publisher.isEmpty() || figure.source.url.isEmpty())
            return fail(u"publisher"_s, tr("every figure names its publisher and address"));
        rules.m_figures.insert(key, figure);
    }
    return rules;
}

bool TakeHomeRules::has(const QString &key) const
{
    const auto figure = m_figures.constFind(key);
    return figure != m_figures.constEnd() && figure->value.has_value();
}

std::optional<double> TakeHomeRules::find(const QString &key) const
{
    const auto figure = m_figures.constFind(key);
    return figure == m_figures.constEnd() ? std::nullopt : figure->value;
}

double TakeHomeRules::value(const QString &key) const
{
    return find(key).value_or(0.0);
}

qint64 TakeHomeRules::yen(const QString &key) const
{
    return qRound64(value(key));
}

TakeHomeSource TakeHomeRules::source(const QString &key) const
{
    return m_figures.value(key).source;
}

QList<TakeHomeBand> TakeHomeRules::table(const QString &prefix, const QString &upperField) const
{
    // prefix.N.field; bands from 1 upwards until one is missing.
    QList<TakeHomeBand> bands;
    for (int n = 1;; ++n) {
        const QString rowPrefix = u"%1.%2."_s.arg(prefix).arg(n);
        TakeHomeBand band;
        for (auto it = m_figures.constBegin(); it != m_figures.constEnd(); ++it) {
            if (!it.key().startsWith(rowPrefix) || !it->value)
                continue;
            const QString field = it.key().mid(rowPrefix.size());
            if (field.contains(u'.'))
                continue; // a nested table (law_as_of_2025.…) is not this one's
            if (field == upperField)
                band.upper = *it->value;
            else
                band.fields.insert(field, *it->value);
            band.sourceKey = it.key();
        }
        if (band.sourceKey.isEmpty())
            break;
        bands.append(band);
    }
    return bands;
}

QStringList TakeHomeRules::missing(const QStringList &keys) const
{
    QStringList absent;
    for (const QString &key : keys) {
        if (!has(key))
            absent.append(key);
    }
    return absent;
}
