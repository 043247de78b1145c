#include "MoneyFormat.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

bool MoneyFormat::usesMan(const QLocale &locale)
{
    return locale.language() == QLocale::Japanese;
}

QString MoneyFormat::man(qint64 yen, const QLocale &locale)
{
    // Whole 万円 where exact, else one decimal (e.g. 57.4万円 would be unusual; 574万円 is
    // the norm, so we round to 0.1万円 only when the figure is not whole).
    const double value = double(yen) / 10'000.0;
    const bool whole = yen % 10'000 == 0;
    return locale.toString(value, 'f', whole ? 0 : 1);
}

QString MoneyFormat::annual(qint64 yen, const QLocale &locale)
{
    if (usesMan(locale))
        return man(yen, locale) + u"万円"_s;
    const double millions = double(yen) / 1'000'000.0;
    return u"¥"_s + locale.toString(millions, 'f', 2) + u"M"_s;
}

QString MoneyFormat::exact(qint64 yen, const QLocale &locale)
{
    if (usesMan(locale))
        return locale.toString(yen) + u"円"_s;
    return (yen < 0 ? u"−¥"_s : u"¥"_s) + locale.toString(qAbs(yen));
}

QString MoneyFormat::monthly(qint64 yen, const QLocale &locale)
{
    if (usesMan(locale))
        return man(yen, locale) + u"万円/月"_s;
    return u"¥"_s + locale.toString(double(yen) / 1000.0, 'f', 0) + u"k/month"_s;
}

QString MoneyFormat::monthlyRange(qint64 lowYen, qint64 highYen, const QLocale &locale)
{
    if (lowYen == highYen)
        return monthly(lowYen, locale);
    if (usesMan(locale))
        return man(lowYen, locale) + u"〜"_s + man(highYen, locale) + u"万円/月"_s;
    return u"¥"_s + locale.toString(double(lowYen) / 1000.0, 'f', 0) + u"k–"_s +
           locale.toString(double(highYen) / 1000.0, 'f', 0) + u"k/month"_s;
}

QString MoneyFormat::hourly(qint64 yen, const QLocale &locale)
{
    if (usesMan(locale))
        return u"時給"_s + locale.toString(yen) + u"円"_s;
    return u"¥"_s + locale.toString(yen) + u"/hour"_s;
}

QString MoneyFormat::axisUnit(const QLocale &locale)
{
    return usesMan(locale) ? u"万円"_s : u"million yen"_s;
}

double MoneyFormat::axisValue(qint64 yen, const QLocale &locale)
{
    return usesMan(locale) ? double(yen) / 10'000.0 : double(yen) / 1'000'000.0;
}
