#include "BundledMarketData.h"
#include "core/market/CensusAgeCurve.h"
#include "core/market/MarketPackParser.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QByteArray bundledPackText()
{
    return readFile(QStringLiteral(CAREERPLANNER_SOURCE_DATA) + u"/market/market-pack.csv"_s);
}

QSet<QString> catalogueIds()
{
    QSet<QString> ids;
    const MarketData market = bundledData(); // kept alive while its skills are read
    for (const CatalogueSkill &skill : market.catalogue.skills())
        ids.insert(skill.id);
    return ids;
}

// The bundled pack with one line replaced: the faults each refusal test plants.
QByteArray withLine(const QByteArray &pack, const QByteArray &startsWith, const QByteArray &line)
{
    QList<QByteArray> lines = pack.split('\n');
    for (QByteArray &l : lines) {
        if (l.startsWith(startsWith)) {
            l = line;
            return lines.join('\n');
        }
    }
    qFatal("no line starts with %s", startsWith.constData());
}

// Line number (1-based) of the first line starting with the prefix.
int lineOf(const QByteArray &pack, const QByteArray &startsWith)
{
    const QList<QByteArray> lines = pack.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines.at(i).startsWith(startsWith))
            return int(i) + 1;
    }
    return -1;
}
} // namespace

class TestMarketPack : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English)); }

    void bundledPackIsValidAndEveryFigureNamesItsSource()
    {
        QList<MarketPackError> errors;
        const auto pack = MarketPackParser(catalogueIds())
                              .parse(bundledPackText(), u"market-pack.csv"_s, &errors);
        QVERIFY2(pack, qPrintable(MarketPackParser::describe(u"market-pack.csv"_s, errors)));
        QVERIFY(!pack->version.isEmpty());
        QCOMPARE(pack->retrieved.size(), 10);
        QVERIFY(pack->figures.size() > 400);
        for (const MarketFigure &figure : pack->figures) {
            QVERIFY(!figure.publisher.isEmpty());
            QVERIFY(!figure.survey.isEmpty());
            QVERIFY(!figure.year.isEmpty());
            QVERIFY(figure.url.startsWith(u"http"_s));
        }
        // What the issue asks for: per-skill rates (languages, frontend, middleware, cloud),
        // per-role rates, census by age band and company size, dispatch and part-time pay.
        for (const QString &skill : {u"java"_s, u"react"_s, u"mysql"_s, u"aws"_s})
            QVERIFY2(pack->find(u"freelance-skill"_s, skill), qPrintable(skill));
        for (const QString &role :
             {u"pm"_s, u"pmo"_s, u"consultant"_s, u"infrastructure"_s, u"data"_s, u"all"_s})
            QVERIFY2(pack->find(u"freelance-role"_s, role), qPrintable(role));
        for (const QString &occupation : {u"sw"_s, u"sc"_s})
            for (const QString &size : {u"all"_s, u"1000+"_s, u"100-999"_s, u"10-99"_s})
                QVERIFY(pack->find(u"wage"_s, occupation + u"|40-44|"_s + size + u"|annual"_s));
        QVERIFY(pack->find(u"hourly"_s, u"dispatch-advertised|it"_s));
        QVERIFY(pack->find(u"hourly"_s, u"parttime|it|40-44"_s));
    }

    void censusCurveDerivesAnnualPayAndInterpolates()
    {
        const MarketPack pack = bundledData().pack;
        const CensusAgeCurve curve = CensusAgeCurve::fromPack(pack, u"sw"_s);
        QCOMPARE(curve.points().size(), 10); // 20-24 … 65-69
        // 40-44: きまって支給する現金給与額 450.3千円 × 12 + 賞与 1,459.3千円 = 686.29万円; the
        // published-derived annual figure in the same pack agrees.
        const CensusAgePoint &forties = curve.points().at(4);
        QCOMPARE(forties.band, u"40-44"_s);
        QVERIFY(qAbs(forties.annualYen - 6'862'900) < 1);
        QVERIFY(qAbs(forties.annualYen / 10'000 -
                     pack.find(u"wage"_s, u"sw|40-44|all|annual"_s)->value) < 0.06);
        QCOMPARE(forties.midAge, 42.5);
        // Halfway between the 40-44 and 45-49 midpoints: the mean of the two.
        QVERIFY(qAbs(curve.valueAt(45) -
                     (curve.points().at(4).annualYen + curve.points().at(5).annualYen) / 2) < 1);
        QCOMPARE(curve.valueAt(18), curve.points().first().annualYen);
        QCOMPARE(curve.valueAt(75), curve.points().last().annualYen);
    }

    void refusesAFaultyPackNamingLineAndField_data()
    {
        QTest::addColumn<QByteArray>("startsWith");
        QTest::addColumn<QByteArray>("replacement");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        const QByteArray source = ",レバテック株式会社,平均単価,2021-09-22,https://example.org/a,";
        QTest::newRow("unknown key") << QByteArray("freelance-skill,java,")
                                     << QByteArray("freelance-skill,javva,69,万円/月,5949" + source)
                                     << u"key"_s << u"\"javva\" is not a skill of the catalogue"_s;
        QTest::newRow("wrong unit") << QByteArray("freelance-skill,java,")
                                    << QByteArray("freelance-skill,java,69,円/月,5949" + source)
                                    << u"unit"_s << u"\"円/月\" is not a unit of freelance-skill"_s;
        QTest::newRow("missing source")
            << QByteArray("freelance-skill,java,")
            << QByteArray(
                   "freelance-skill,java,69,万円/月,5949,,平均単価,2021,https://example.org/a,")
            << u"publisher"_s << u"missing source"_s;
        QTest::newRow("missing address")
            << QByteArray("freelance-skill,java,")
            << QByteArray("freelance-skill,java,69,万円/月,5949,レバテック,平均単価,2021,,")
            << u"url"_s << u"missing source: the address"_s;
        QTest::newRow("negative") << QByteArray("freelance-skill,java,")
                                  << QByteArray("freelance-skill,java,-69,万円/月,5949" + source)
                                  << u"value"_s << u"cannot be negative"_s;
        QTest::newRow("absurd") << QByteArray("freelance-skill,java,")
                                << QByteArray("freelance-skill,java,6900,万円/月,5949" + source)
                                << u"value"_s << u"not a plausible figure"_s;
        QTest::newRow("census unit of another measure")
            << QByteArray("wage,sw|40-44|all|kimatte,")
            << QByteArray("wage,sw|40-44|all|kimatte,450.3,万円/年,,厚生労働省,第5表,2025,https://"
                          "www.e-stat.go.jp/,")
            << u"unit"_s << u"kimatte is published in 千円/月"_s;
        QTest::newRow("unknown section")
            << QByteArray("freelance-skill,java,")
            << QByteArray("freelance-skil,java,69,万円/月,5949" + source) << u"section"_s
            << u"unknown section"_s;
        QTest::newRow("not a number")
            << QByteArray("freelance-skill,java,")
            << QByteArray("freelance-skill,java,６９万,万円/月,5949" + source) << u"value"_s
            << u"is not a number"_s;
        QTest::newRow("bad year")
            << QByteArray("freelance-skill,java,")
            << QByteArray("freelance-skill,java,69,万円/月,5949,レバテック,平均単価,令和3年,https:/"
                          "/example.org/a,")
            << u"year"_s << u"a year is YYYY"_s;
    }

    void refusesAFaultyPackNamingLineAndField()
    {
        QFETCH(QByteArray, startsWith);
        QFETCH(QByteArray, replacement);
        QFETCH(QString, field);
        QFETCH(QString, message);
        const QByteArray bundled = bundledPackText();
        const QByteArray faulty = withLine(bundled, startsWith, replacement);
        QList<MarketPackError> errors;
        QVERIFY(!MarketPackParser(catalogueIds()).parse(faulty, u"new.csv"_s, &errors));
        QVERIFY(!errors.isEmpty());
        const MarketPackError &first = errors.first();
        QCOMPARE(first.line, lineOf(bundled, startsWith));
        QCOMPARE(first.field, field);
        QVERIFY2(first.message.contains(message), qPrintable(first.message));
        const QString described = MarketPackParser::describe(u"new.csv"_s, errors);
        QVERIFY2(described.startsWith(
                     u"new.csv line %1, field %2: "_s.arg(lineOf(bundled, startsWith)).arg(field)),
                 qPrintable(described));
    }

    void refusesAWrongHeaderOrAPackWithoutVersion()
    {
        QList<MarketPackError> errors;
        QVERIFY(!MarketPackParser().parse(
            "section,key,value,unit,count,publisher,survey,year,link,note\n", u"a.csv"_s, &errors));
        QCOMPARE(errors.first().line, 1);
        QCOMPARE(errors.first().field, u"link"_s);
        errors.clear();
        QVERIFY(!MarketPackParser().parse(
            "section,key,value,unit,count,publisher,survey,year,url,note\n"
            "hourly,parttime|it|total,1853,円/時,,厚生労働省,短時間,2025,https://www.e-stat.go.jp/"
            ",\n",
            u"b.csv"_s, &errors));
        QCOMPARE(errors.size(), 2);
        QCOMPARE(errors.at(0).field, u"version"_s);
        QCOMPARE(errors.at(1).field, u"retrieved"_s);
        errors.clear();
        QVERIFY(
            !MarketPackParser().parse(QByteArray("\xff\xfe\x00garbage", 10), u"c.csv"_s, &errors));
        QVERIFY(!errors.isEmpty());
    }

    void comparesVersionsAsNumbers()
    {
        QCOMPARE(MarketPack::compareVersions(u"2026.11.2"_s, u"2026.11.10"_s), -1);
        QCOMPARE(MarketPack::compareVersions(u"2026.12"_s, u"2026.11.9"_s), 1);
        QCOMPARE(MarketPack::compareVersions(u"2026.11"_s, u"2026.11.0"_s), 0);
    }
};

QTEST_GUILESS_MAIN(TestMarketPack)
#include "tst_marketpack.moc"
