#pragma once

#include <QLocale>
#include <QString>

// Money as engineers read it: in Japanese 万円 (408万円, 60万円/月, 時給2,200円), in other
// languages yen with a thousands or millions unit (¥4.08M, ¥600k/month, ¥2,200/hour).
class MoneyFormat
{
public:
    static QString annual(qint64 yen, const QLocale &locale = QLocale());
    static QString monthly(qint64 yen, const QLocale &locale = QLocale());
    static QString hourly(qint64 yen, const QLocale &locale = QLocale());
    // To the yen, for taxes and take-home pay: 4,572,736円 or ¥4,572,736.
    static QString exact(qint64 yen, const QLocale &locale = QLocale());
    static QString monthlyRange(qint64 lowYen, qint64 highYen, const QLocale &locale = QLocale());
    // The unit an axis in this locale is labelled with, and the factor from yen to it.
    static QString axisUnit(const QLocale &locale = QLocale());
    static double axisValue(qint64 yen, const QLocale &locale = QLocale());

private:
    static bool usesMan(const QLocale &locale);
    static QString man(qint64 yen, const QLocale &locale);
};
