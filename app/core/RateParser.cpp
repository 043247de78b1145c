#include "RateParser.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

// Outside these a figure is a typing mistake (an annual salary in the rate column, a missing
// 万) rather than a rate anyone offers.
constexpr qint64 minimumMonthlyYen = 50'000;
constexpr qint64 maximumMonthlyYen = 10'000'000;
constexpr qint64 minimumHourlyYen = 500;
constexpr qint64 maximumHourlyYen = 50'000;

QString grouped(qint64 yen)
{
    // Digit grouping as in the rest of the messages, whatever the user's locale.
    return QLocale(QLocale::English).toString(yen);
}

struct Amount
{
    double value = 0;
    double multiplier = 0; // 0: the text gives none
    bool explicitYen = false;
    qsizetype start = 0;
    qsizetype end = 0;
};

QList<Amount> findAmounts(const QString &text)
{
    static const QRegularExpression number(
        u"([0-9]+(?:,[0-9]{3})*(?:\\.[0-9]+)?)(?:\\s*(億|万|千|k(?![a-z])))?(?:\\s*(円|jpy(?![a-z])|yen(?![a-z])))?"_s,
        QRegularExpression::CaseInsensitiveOption);
    QList<Amount> amounts;
    auto it = number.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        Amount amount;
        amount.value = match.captured(1).remove(u',').toDouble();
        const QString unit = match.captured(2).toCaseFolded();
        if (unit == u"億"_s)
            amount.multiplier = 100'000'000; // never a rate, but must not read as 5 万円
        else if (unit == u"万"_s)
            amount.multiplier = 10'000;
        else if (unit == u"千"_s || unit == u"k"_s)
            amount.multiplier = 1'000;
        amount.explicitYen = match.hasCaptured(3) && !match.captured(3).isEmpty();
        amount.start = match.capturedStart();
        amount.end = match.capturedEnd();
        amounts.append(amount);
    }
    return amounts;
}

bool containsAny(const QString &text, const QStringList &marks)
{
    for (const QString &mark : marks) {
        if (text.contains(mark, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

ParsedRate RateParser::parse(const QString &text)
{
    ParsedRate result;
    // NFKC turns full-width digits, commas, ¥ and ～ (U+FF5E) into their ASCII forms; the wave
    // dash 〜 (U+301C) survives it, so both are listed wherever a range mark is looked for.
    QString t = text.normalized(QString::NormalizationForm_KC).simplified();

    // A trailing remark such as (スキル見合い) or 【税込】 says nothing about the figure.
    static const QRegularExpression trailingRemark(u"[(\\[【][^()\\[\\]【】]*[)\\]】]$"_s);
    for (auto match = trailingRemark.match(t); match.hasMatch() && match.capturedStart() > 0;
         match = trailingRemark.match(t))
        t = t.left(match.capturedStart()).trimmed();

    if (t.isEmpty()) {
        result.negotiable = true;
        return result;
    }
    static const QRegularExpression foreignCurrency(u"\\$|€|£|usd|eur(?![a-z])"_s,
                                                    QRegularExpression::CaseInsensitiveOption);
    if (foreignCurrency.match(t).hasMatch()) {
        result.error = QCoreApplication::translate("RateParser", "only amounts in yen can be read");
        return result;
    }

    const QList<Amount> amounts = findAmounts(t);
    if (amounts.isEmpty()) {
        static const QRegularExpression negotiableWords(
            u"応相談|要相談|相談|見合い|問い?合わ?せ|\\bnegotiable\\b|\\bask\\b|\\btbd\\b"_s,
            QRegularExpression::CaseInsensitiveOption);
        if (negotiableWords.match(t).hasMatch())
            result.negotiable = true;
        else
            result.error = QCoreApplication::translate("RateParser", "no amount found");
        return result;
    }
    if (amounts.size() > 2) {
        result.error = QCoreApplication::translate(
            "RateParser", "found more than two amounts; expected one figure or a range");
        return result;
    }

    static const QRegularExpression hourly(
        u"時給|時間|/\\s*時|/\\s*h(?:r|our)?(?![a-z])|per\\s*hour|hourly"_s,
        QRegularExpression::CaseInsensitiveOption);
    result.period = hourly.match(t).hasMatch() ? RatePeriod::Hour : RatePeriod::Month;

    const QStringList rangeMarks{u"~"_s, u"〜"_s, u"-"_s,    u"‐"_s, u"–"_s,
                                 u"—"_s, u"−"_s,  u"から"_s, u"to"_s};
    const QString prefix = t.left(amounts.first().start).trimmed();
    const QString suffix = t.mid(amounts.last().end).trimmed();
    // A minus sign right before the figure (not a range mark after another figure).
    const bool negative = prefix.endsWith(u'-') || prefix.endsWith(u'−');

    QList<Amount> figures = amounts;
    if (figures.size() == 2) {
        const QString between = t.mid(figures.at(0).end, figures.at(1).start - figures.at(0).end);
        if (!containsAny(between, rangeMarks)) {
            result.error = QCoreApplication::translate(
                "RateParser", "found two amounts with no range mark (〜) between them");
            return result;
        }
        // "70〜90万円": the unit written once after the second figure applies to both.
        if (figures[0].multiplier == 0 && !figures[0].explicitYen) {
            figures[0].multiplier = figures[1].multiplier;
            figures[0].explicitYen = figures[1].explicitYen;
        }
    }

    QList<qint64> yen;
    for (const Amount &amount : std::as_const(figures)) {
        double multiplier = amount.multiplier;
        // A bare monthly figure below 1,000 can only mean 万円 ("60" in a 単価 column is
        // 600,000 yen a month); from 1,000 up it is yen. Hourly figures are always yen.
        if (multiplier == 0)
            multiplier =
                (!amount.explicitYen && result.period == RatePeriod::Month && amount.value < 1000)
                    ? 10'000
                    : 1;
        const double value = amount.value * multiplier;
        // Anything beyond this is absurd anyway; cap before converting so it cannot overflow.
        yen.append(value > 1e12 ? qint64(1e12) : qRound64(value));
    }
    if (negative)
        yen[0] = -yen[0];

    if (yen.size() == 2) {
        result.minYen = yen.at(0);
        result.maxYen = yen.at(1);
    } else {
        const QStringList upperBefore{u"~"_s,    u"〜"_s,   u"up to"_s, u"max"_s,
                                      u"最大"_s, u"上限"_s, u"まで"_s};
        const QStringList upperAfter{u"まで"_s, u"以下"_s, u"以内"_s, u"上限"_s, u"max"_s};
        const QStringList lowerAfter{u"~"_s,    u"〜"_s, u"-"_s,   u"以上"_s,
                                     u"から"_s, u"+"_s,  u"min"_s, u"or more"_s};
        const QStringList lowerBefore{u"from"_s, u"min"_s, u"最低"_s, u"下限"_s};
        if (!negative && containsAny(prefix, upperBefore))
            result.maxYen = yen.at(0);
        else if (containsAny(suffix, upperAfter))
            result.maxYen = yen.at(0);
        else if (containsAny(suffix, lowerAfter) || containsAny(prefix, lowerBefore))
            result.minYen = yen.at(0);
        else
            result.minYen = result.maxYen = yen.at(0);
    }
    result.error = checkRange(result.minYen, result.maxYen, result.period);
    return result;
}

QString RateParser::checkRange(std::optional<qint64> minYen, std::optional<qint64> maxYen,
                               RatePeriod period)
{
    const bool monthly = period == RatePeriod::Month;
    const qint64 lowest = monthly ? minimumMonthlyYen : minimumHourlyYen;
    const qint64 highest = monthly ? maximumMonthlyYen : maximumHourlyYen;
    for (const std::optional<qint64> &bound : {minYen, maxYen}) {
        if (!bound)
            continue;
        if (*bound < 0)
            return QCoreApplication::translate("RateParser", "the rate is negative");
        if (*bound == 0)
            return QCoreApplication::translate("RateParser", "the rate is zero");
        if (*bound > highest)
            return monthly ? QCoreApplication::translate(
                                 "RateParser",
                                 "%1 yen a month is not a plausible rate (the most is %2 yen)")
                                 .arg(grouped(*bound), grouped(highest))
                           : QCoreApplication::translate(
                                 "RateParser",
                                 "%1 yen an hour is not a plausible rate (the most is %2 yen)")
                                 .arg(grouped(*bound), grouped(highest));
        if (*bound < lowest)
            return monthly
                       ? QCoreApplication::translate(
                             "RateParser", "%1 yen a month is too low for a monthly rate (the "
                                           "least is %2 yen; write 時給 for an hourly rate)")
                             .arg(grouped(*bound), grouped(lowest))
                       : QCoreApplication::translate(
                             "RateParser",
                             "%1 yen an hour is too low for an hourly rate (the least is %2 yen)")
                             .arg(grouped(*bound), grouped(lowest));
    }
    if (minYen && maxYen && *minYen > *maxYen)
        return QCoreApplication::translate(
                   "RateParser", "the lower bound (%1 yen) is above the upper bound (%2 yen)")
            .arg(grouped(*minYen), grouped(*maxYen));
    return {};
}

void RateParser::applyTo(const ParsedRate &rate, Listing &listing)
{
    listing.monthlyRateMinYen.reset();
    listing.monthlyRateMaxYen.reset();
    listing.hourlyRateMinYen.reset();
    listing.hourlyRateMaxYen.reset();
    if (rate.period == RatePeriod::Hour) {
        listing.hourlyRateMinYen = rate.minYen;
        listing.hourlyRateMaxYen = rate.maxYen;
    } else {
        listing.monthlyRateMinYen = rate.minYen;
        listing.monthlyRateMaxYen = rate.maxYen;
    }
}
