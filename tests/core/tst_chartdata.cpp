#include "core/CsvReader.h"
#include "core/EmploymentComparison.h"
#include "core/RateHistogram.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
// The seed statistics exactly as shipped in data/.
QList<SalaryStatistic> seedStatistics()
{
    QFile file(QStringLiteral(CAREERPLANNER_SOURCE_DATA) + u"/salary_statistics.csv"_s);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("no seed statistics");
    const auto rows = CsvReader::parse(QString::fromUtf8(file.readAll()));
    QList<SalaryStatistic> statistics;
    for (qsizetype i = 1; i < rows.records.size(); ++i) {
        const QStringList f = rows.records.at(i).fields;
        statistics.append({f.at(0), f.at(1), f.at(2), f.at(3), f.at(4), f.at(5).toLongLong(),
                           f.at(6).toLongLong(), f.at(7), f.at(8).toInt(), f.at(9)});
    }
    return statistics;
}

Listing listing(qint64 id, std::optional<qint64> rate, const QString &kind,
                const QString &skill = {})
{
    Listing l;
    l.id = id;
    l.monthlyRateMinYen = rate;
    l.monthlyRateMaxYen = rate;
    l.workKind = kind;
    if (!skill.isEmpty())
        l.requirements = {{skill, skill, 0}};
    return l;
}
} // namespace

class TestChartData : public QObject
{
    Q_OBJECT

private slots:
    void employmentFiguresForBackendFromTheSeed()
    {
        RateConversion conversion;
        conversion.billableHoursPerMonth = 160;
        const QList<EmploymentEstimate> estimates{
            {EmploymentType::FullTime, 5'610'000, 6'380'000, 7'140'000, false, 0, 0, 0, {}, {}}};
        const EmploymentComparison comparison =
            EmploymentComparison::build(seedStatistics(), u"backend"_s, conversion, estimates);
        QCOMPARE(comparison.bars.size(), 4);
        const EmploymentBar &fullTime = comparison.bars.at(0);
        QCOMPARE(fullTime.type, EmploymentType::FullTime);
        QCOMPARE(fullTime.publishedLowYen, 5'000'000);
        QVERIFY(fullTime.hasEstimate);
        QCOMPARE(fullTime.estimateMidYen, 6'380'000);
        const EmploymentBar &freelance = comparison.bars.at(1);
        QCOMPARE(freelance.publishedLowYen, 7'000'000);
        QCOMPARE(freelance.publishedHighYen, 10'000'000);
        QVERIFY(!freelance.hasEstimate);
        const EmploymentBar &dispatch = comparison.bars.at(2);
        QCOMPARE(dispatch.hourlyYen, 2'200);
        QCOMPARE(dispatch.publishedLowYen, 2'200 * 160 * 12);
        QCOMPARE(comparison.bars.at(3).publishedLowYen, 1'200 * 160 * 12);
        QVERIFY(dispatch.source.contains(u"求人ボックス"_s));
        QCOMPARE(comparison.maximumYen(), 10'000'000);
    }

    void frontendFiguresAndChangedHours()
    {
        RateConversion conversion;
        conversion.billableHoursPerMonth = 140;
        const EmploymentComparison comparison =
            EmploymentComparison::build(seedStatistics(), u"frontend"_s, conversion, {});
        QCOMPARE(comparison.bars.at(2).hourlyYen, 1'900);
        QCOMPARE(comparison.bars.at(2).publishedLowYen, 1'900 * 140 * 12);
        QCOMPARE(comparison.bars.at(3).publishedLowYen, 1'300 * 140 * 12);
        QCOMPARE(comparison.billableHoursPerMonth, 140.0);
    }

    void histogramBinsRatesAndMarksTheQualifyingBand()
    {
        const QList<Listing> listings{
            listing(1, 600'000, u"development"_s, u"java"_s),
            listing(2, 650'000, u"development"_s, u"go"_s),
            listing(3, 900'000, u"design-build"_s, u"java"_s),
            listing(4, 1'200'000, u"consulting"_s),
            listing(5, std::nullopt, u"development"_s, u"java"_s),
        };
        const RateHistogram all = RateHistogram::build(listings, {1, 3}, 100'000);
        QCOMPARE(all.listingsWithRate, 4);
        QCOMPARE(all.negotiable, 1);
        QCOMPARE(all.bins.size(), 7); // 60万 … 120万
        QCOMPARE(all.bins.first().fromYen, 600'000);
        QCOMPARE(all.bins.first().qualifying, 1);
        QCOMPARE(all.bins.first().others, 1);
        QCOMPARE(all.bins.at(3).qualifying, 1);
        QCOMPARE(all.bins.last().others, 1);
        QCOMPARE(all.qualifyingCount, 2);
        QCOMPARE(all.qualifyingMinimumYen, 600'000);
        QCOMPARE(all.qualifyingMaximumYen, 900'000);
        QCOMPARE(all.maximumBinCount(), 2);

        const RateHistogram development =
            RateHistogram::build(listings, {1, 3}, 100'000, u"development"_s);
        QCOMPARE(development.listingsWithRate, 2);
        QCOMPARE(development.bins.size(), 1);
        const RateHistogram java = RateHistogram::build(listings, {1, 3}, 100'000, {}, u"java"_s);
        QCOMPARE(java.listingsWithRate, 2);
        QCOMPARE(java.qualifyingCount, 2);
        QVERIFY(RateHistogram::build({}, {}, 100'000).bins.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestChartData)
#include "tst_chartdata.moc"
