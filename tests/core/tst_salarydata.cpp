#include "core/IncomeByAge.h"
#include "core/MoneyFormat.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestSalaryData : public QObject
{
    Q_OBJECT

private:
    static SalaryStatistic ageRow(const QString &bucket, qint64 yen)
    {
        return {u"se-web-age-"_s + bucket, u"se-web"_s, u"age"_s, bucket, u"annual-yen"_s, yen, yen,
                u"厚生労働省 job tag"_s,   2025,        QString()};
    }

private slots:
    void ageCurveIsOrderedByDecadeAndIgnoresOtherRows()
    {
        const QList<SalaryStatistic> statistics{
            ageRow(u"50s"_s, 7'120'000),
            ageRow(u"20s"_s, 4'080'000),
            ageRow(u"60s"_s, 5'820'000),
            ageRow(u"40s"_s, 6'930'000),
            ageRow(u"30s"_s, 5'860'000),
            {u"backend-fulltime"_s, u"backend"_s, u"employment"_s, u"fulltime"_s, u"annual-yen"_s,
             5'000'000, 5'000'000, u"求人ボックス"_s, 2025, QString()}};
        const IncomeByAge curve = IncomeByAge::fromStatistics(statistics, u"se-web"_s);
        QCOMPARE(curve.bands.size(), 5);
        QCOMPARE(curve.bands.first().bucket, u"20s"_s);
        QCOMPARE(curve.bands.first().annualYen, 4'080'000);
        QCOMPARE(curve.bands.at(3).annualYen, 7'120'000);
        QCOMPARE(curve.bands.last().bucket, u"60s"_s);
        QCOMPARE(curve.maximumYen(), 7'120'000);
        QCOMPARE(curve.source, u"厚生労働省 job tag"_s);
        QCOMPARE(curve.asOfYear, 2025);
        QVERIFY(IncomeByAge::fromStatistics(statistics, u"frontend"_s).isEmpty());
    }

    void agesFallIntoTheirBand_data()
    {
        QTest::addColumn<int>("age");
        QTest::addColumn<int>("band");
        QTest::newRow("18") << 18 << 0;
        QTest::newRow("29") << 29 << 0;
        QTest::newRow("30") << 30 << 1;
        QTest::newRow("47") << 47 << 2;
        QTest::newRow("59") << 59 << 3;
        QTest::newRow("60") << 60 << 4;
        QTest::newRow("80") << 80 << 4;
    }

    void agesFallIntoTheirBand()
    {
        QFETCH(int, age);
        QFETCH(int, band);
        const IncomeByAge curve = IncomeByAge::fromStatistics(
            {ageRow(u"20s"_s, 1), ageRow(u"30s"_s, 2), ageRow(u"40s"_s, 3), ageRow(u"50s"_s, 4),
             ageRow(u"60s"_s, 5)},
            u"se-web"_s);
        QCOMPARE(curve.bandIndexForAge(age), band);
    }

    void moneyInJapaneseUsesMan()
    {
        const QLocale ja(QLocale::Japanese, QLocale::Japan);
        QCOMPARE(MoneyFormat::annual(4'080'000, ja), u"408万円"_s);
        QCOMPARE(MoneyFormat::annual(10'000'000, ja), u"1,000万円"_s);
        QCOMPARE(MoneyFormat::annual(5'745'000, ja), u"574.5万円"_s);
        QCOMPARE(MoneyFormat::monthly(600'000, ja), u"60万円/月"_s);
        QCOMPARE(MoneyFormat::monthlyRange(700'000, 900'000, ja), u"70〜90万円/月"_s);
        QCOMPARE(MoneyFormat::hourly(2'200, ja), u"時給2,200円"_s);
        QCOMPARE(MoneyFormat::axisUnit(ja), u"万円"_s);
        QCOMPARE(MoneyFormat::axisValue(7'120'000, ja), 712.0);
    }

    void moneyInEnglishUsesYenUnits()
    {
        const QLocale en(QLocale::English, QLocale::UnitedStates);
        QCOMPARE(MoneyFormat::annual(4'080'000, en), u"¥4.08M"_s);
        QCOMPARE(MoneyFormat::monthly(600'000, en), u"¥600k/month"_s);
        QCOMPARE(MoneyFormat::monthlyRange(700'000, 900'000, en), u"¥700k–900k/month"_s);
        QCOMPARE(MoneyFormat::hourly(2'200, en), u"¥2,200/hour"_s);
        QCOMPARE(MoneyFormat::axisValue(7'120'000, en), 7.12);
    }
};

QTEST_GUILESS_MAIN(TestSalaryData)
#include "tst_salarydata.moc"
