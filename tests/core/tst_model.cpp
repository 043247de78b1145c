#include "BundledMarketData.h"
#include "core/CareerAnalysis.h"
#include "core/CsvReader.h"
#include "core/ProfileJson.h"
#include "core/RequirementParser.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
Profile documentedProfile()
{
    QString error;
    return ProfileJson::fromBytes(
               readFile(QStringLiteral(CAREERPLANNER_TEST_DATA) + u"/profile-valid.json"_s), &error)
        .value();
}

Listing listingRequiring(qint64 id, qint64 rate, QList<ListingRequirement> requirements)
{
    Listing listing;
    listing.id = id;
    listing.title = u"listing %1"_s.arg(id);
    listing.monthlyRateMinYen = rate;
    listing.monthlyRateMaxYen = rate;
    listing.requirements = std::move(requirements);
    return listing;
}

const EmploymentEstimate &estimateFor(const AnalysisResult &result, EmploymentType type)
{
    for (const EmploymentEstimate &estimate : result.estimates) {
        if (estimate.type == type)
            return estimate;
    }
    qFatal("no estimate");
}
} // namespace

class TestModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English)); }

    void documentedProfileMatchesTheHandComputation()
    {
        const MarketData market = bundledData();
        const CareerAnalysis analysis(market, RateConversion{});
        const AnalysisResult result = analysis.analyze(documentedProfile());
        const ScoreCard &card = result.card;
        // Java 15 y: 1st language, weight 45 × depth 1.
        QCOMPARE(card.areas.value(SkillCategory::Languages).value, 45.0);
        // AWS 2 y: 45 × depth 0.4 × assumed premium 1.15 = 20.7, + one certification 15.
        QVERIFY(qFuzzyCompare(card.areas.value(SkillCategory::Cloud).value, 35.7));
        QCOMPARE(card.areas.value(SkillCategory::Frontend).value, 0.0);
        QCOMPARE(card.areas.value(SkillCategory::Middleware).value, 0.0);
        // 3 years leading: 40 × 3/5.
        QVERIFY(qFuzzyCompare(card.areas.value(SkillCategory::Management).value, 24.0));
        QVERIFY(qFuzzyCompare(card.factors.value(IncomeFactor::Skills).value, 25.14));
        QCOMPARE(card.factors.value(IncomeFactor::Management).value, 66.0); // 36 + team of 6: 30
        QCOMPARE(card.factors.value(IncomeFactor::Upstream).value, 100.0);
        QCOMPARE(card.factors.value(IncomeFactor::TrackRecord).value, 65.0); // 40 + 15 + 10
        QVERIFY(qFuzzyCompare(card.composite.value, 56.256));

        // Full-time: 693万 (40s) × 500/574 × (1 + 0.45 × 6.256/50), ±12 %.
        const EmploymentEstimate &fullTime = estimateFor(result, EmploymentType::FullTime);
        QCOMPARE(fullTime.midYen, 6'380'000);
        QCOMPARE(fullTime.lowYen, 5'610'000);
        QCOMPARE(fullTime.highYen, 7'140'000);
        // Freelance: 700万 + 300万 × 56.256 %: no listings, so the published range.
        const EmploymentEstimate &freelance = estimateFor(result, EmploymentType::Freelance);
        QCOMPARE(freelance.midYen, 8'690'000);
        QCOMPARE(freelance.lowYen, 7'650'000);
        QCOMPARE(freelance.highYen, 9'730'000);
        QVERIFY(!freelance.fromListings);
        // Dispatch: 2,200円 × 160 h × 12 × (1 + 0.25 × 6.256/50).
        QCOMPARE(estimateFor(result, EmploymentType::Dispatch).midYen, 4'360'000);
    }

    void everyFigureIsExplainedWithItsSource()
    {
        const MarketData market = bundledData();
        const CareerAnalysis analysis(market, RateConversion{});
        const AnalysisResult result = analysis.analyze(documentedProfile());
        const auto languages = result.card.areas.value(SkillCategory::Languages).contributions;
        QCOMPARE(languages.size(), 1);
        QVERIFY(languages.first().input.startsWith(u"Java"_s));
        QCOMPARE(languages.first().amount, 45.0);
        QVERIFY(languages.first().source.contains(u"areaRankWeights.languages"_s));
        double sum = 0;
        for (const Contribution &c : result.card.composite.contributions)
            sum += c.amount;
        QVERIFY(qFuzzyCompare(sum, result.card.composite.value));
        const EmploymentEstimate &fullTime = estimateFor(result, EmploymentType::FullTime);
        QVERIFY(
            std::any_of(fullTime.steps.begin(), fullTime.steps.end(),
                        [](const Contribution &c) { return c.source.contains(u"厚生労働省"_s); }));
        QVERIFY(
            std::any_of(fullTime.steps.begin(), fullTime.steps.end(), [](const Contribution &c) {
                return c.source.contains(u"求人ボックス"_s);
            }));
    }

    void seniorsDropInEmploymentButNotInFreelanceRates()
    {
        const MarketData market = bundledData();
        const CareerAnalysis analysis(market, RateConversion{});
        Profile fifties = documentedProfile();
        fifties.age = 55;
        Profile sixties = fifties;
        sixties.age = 62;
        const AnalysisResult a = analysis.analyze(fifties);
        const AnalysisResult b = analysis.analyze(sixties);
        QVERIFY(estimateFor(b, EmploymentType::FullTime).midYen <
                estimateFor(a, EmploymentType::FullTime).midYen);
        QCOMPARE(estimateFor(b, EmploymentType::Freelance).midYen,
                 estimateFor(a, EmploymentType::Freelance).midYen);
        const auto steps = estimateFor(b, EmploymentType::FullTime).steps;
        QVERIFY(std::any_of(steps.begin(), steps.end(), [](const Contribution &c) {
            return c.reason.contains(u"applies to employment"_s);
        }));
    }

    void parsesRequirementsFromListingText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("skills");
        QTest::addColumn<QList<double>>("years");
        QTest::newRow("article") << u"Javaでの開発経験(3年以上)"_s << QStringList{u"java"_s}
                                 << QList<double>{3};
        QTest::newRow("full-width digits")
            << u"Ｐｙｔｈｏｎ実務経験５年以上"_s << QStringList{u"python"_s} << QList<double>{5};
        QTest::newRow("list") << u"AWSの保守開発、インフラ構成管理など"_s
                              << QStringList{u"aws"_s, QString()} << QList<double>{0, 0};
        QTest::newRow("alternatives")
            << u"PMまたはPMO経験、要件定義経験など"_s
            << QStringList{u"pm"_s, u"requirements-definition"_s} << QList<double>{0, 0};
        QTest::newRow("whole words")
            << u"Google Workspace運用"_s << QStringList{QString()} << QList<double>{0};
        QTest::newRow("english") << u"Go: 2+ years / Kubernetes"_s
                                 << QStringList{u"go"_s, u"kubernetes"_s} << QList<double>{2, 0};
    }

    void parsesRequirementsFromListingText()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, skills);
        QFETCH(QList<double>, years);
        const MarketData market = bundledData();
        const QList<ListingRequirement> parsed = RequirementParser(market.catalogue).parse(text);
        QCOMPARE(parsed.size(), skills.size());
        for (qsizetype i = 0; i < parsed.size(); ++i) {
            QCOMPARE(parsed.at(i).skillId, skills.at(i));
            QCOMPARE(parsed.at(i).minimumYears, years.at(i));
            QVERIFY(!parsed.at(i).text.isEmpty());
        }
    }

    void fitChecksEachRequirementAndRanksByFitThenRate()
    {
        MarketData market = bundledData();
        market.listings = {
            listingRequiring(1, 600'000, {{u"java"_s, u"Java 3年以上"_s, 3}}),
            listingRequiring(2, 900'000, {{u"java"_s, u"Java 20年以上"_s, 20}}),
            listingRequiring(3, 1'000'000, {{u"aws"_s, u"AWS"_s, 0}, {u"go"_s, u"Go"_s, 1}}),
            listingRequiring(4, 700'000, {{u"java"_s, u"Java"_s, 1}}),
            listingRequiring(5, 800'000, {{QString(), u"金融ドメイン"_s, 0}}),
        };
        const CareerAnalysis analysis(market, RateConversion{});
        const AnalysisResult result = analysis.analyze(documentedProfile());
        const ListingFit partly = analysis.fitOf(market.listings.at(1), result.skills);
        QCOMPARE(partly.checks.first().status, RequirementStatus::Partly);
        QCOMPARE(partly.checks.first().profileYears, 15.0);
        QCOMPARE(partly.fit, 0.5);
        const ListingFit mixed = analysis.fitOf(market.listings.at(2), result.skills);
        QCOMPARE(mixed.checks.at(0).status, RequirementStatus::Met);
        QCOMPARE(mixed.checks.at(1).status, RequirementStatus::Unmet);
        QCOMPARE(analysis.fitOf(market.listings.at(4), result.skills).checks.first().status,
                 RequirementStatus::Unknown);
        QList<qint64> order;
        for (const RankedListing &ranked : result.ranking)
            order.append(market.listings.at(ranked.index).id);
        // Fit 1.0: 4 (70万) then 1 (60万); fit 0.5: 3 (100万), 2 (90万), 5 (80万).
        QCOMPARE(order, (QList<qint64>{4, 1, 3, 2, 5}));
    }

    void premiumIsMeasuredOnceEnoughListingsNameASkill()
    {
        MarketData market = bundledData();
        for (int i = 0; i < 10; ++i) {
            market.listings.append(listingRequiring(i, 840'000, {{u"go"_s, u"Go"_s, 0}}));
            market.listings.append(listingRequiring(100 + i, 700'000, {{u"java"_s, u"Java"_s, 0}}));
        }
        const SkillPremiums premiums = SkillPremiums::measure(market.listings, market.parameters);
        QVERIFY(premiums.premium(u"go"_s).measured);
        QCOMPARE(premiums.premium(u"go"_s).listingsWith, 10);
        QVERIFY(qFuzzyCompare(premiums.premium(u"go"_s).factor, 840.0 / 700.0));
        QVERIFY(!premiums.premium(u"aws"_s).measured);
        QCOMPARE(premiums.premium(u"aws"_s).factor, 1.15);
        Profile profile = documentedProfile();
        profile.skills = {{u"Go"_s, 5}};
        const CareerAnalysis analysis(market, RateConversion{});
        const auto contributions =
            analysis.analyze(profile).card.areas.value(SkillCategory::Languages).contributions;
        QVERIFY2(contributions.first().reason.contains(u"measured from 10 listings"_s),
                 qPrintable(contributions.first().reason));
    }

    void freelanceIsRaisedByTheListingsOnceThereAreEnough()
    {
        MarketData market = bundledData();
        for (int i = 0; i < 7; ++i)
            market.listings.append(listingRequiring(i, 1'100'000, {{u"java"_s, u"Java"_s, 3}}));
        RateConversion conversion;
        const AnalysisResult few = CareerAnalysis(market, conversion).analyze(documentedProfile());
        QVERIFY(!estimateFor(few, EmploymentType::Freelance).fromListings);
        QCOMPARE(estimateFor(few, EmploymentType::Freelance).qualifyingListings, 7);
        market.listings.append(listingRequiring(7, 1'100'000, {{u"java"_s, u"Java"_s, 3}}));
        const AnalysisResult enough =
            CareerAnalysis(market, conversion).analyze(documentedProfile());
        const EmploymentEstimate &freelance = estimateFor(enough, EmploymentType::Freelance);
        QVERIFY(freelance.fromListings);
        QCOMPARE(freelance.midYen, 13'200'000); // 110万円 × 12
        conversion.agencyMarginPercent = 10;
        const AnalysisResult margin =
            CareerAnalysis(market, conversion).analyze(documentedProfile());
        QCOMPARE(estimateFor(margin, EmploymentType::Freelance).midYen, 11'880'000);
    }

    void conversionsRoundTrip()
    {
        RateConversion conversion;
        conversion.billableHoursPerMonth = 140;
        QCOMPARE(conversion.monthlyToAnnual(600'000), 7'200'000);
        QCOMPARE(conversion.annualToMonthly(7'200'000), 600'000);
        QCOMPARE(conversion.monthlyToHourly(700'000), 5'000);
        QCOMPARE(conversion.hourlyToMonthly(5'000), 700'000);
        QCOMPARE(conversion.hourlyToAnnual(2'200), 2'200 * 140 * 12);
        conversion.agencyMarginPercent = 20;
        QCOMPARE(conversion.afterMargin(1'000'000), 800'000);
    }

    void addingASkillOrAYearNeverLowersAnything()
    {
        MarketData market = bundledData();
        QRandomGenerator random(20261127); // fixed seed: the same cases every run
        const QList<CatalogueSkill> &catalogue = market.catalogue.skills();
        for (int i = 0; i < 200; ++i) {
            QList<ListingRequirement> requirements;
            for (int r = 0; r < 1 + random.bounded(3); ++r)
                requirements.append({catalogue.at(random.bounded(int(catalogue.size()))).id,
                                     QString(), double(random.bounded(6))});
            market.listings.append(
                listingRequiring(i, 500'000 + 10'000 * random.bounded(80), requirements));
        }
        const CareerAnalysis analysis(market, RateConversion{});
        for (int trial = 0; trial < 300; ++trial) {
            Profile profile;
            profile.age = 18 + random.bounded(63);
            profile.jobType = JobTypes::all().at(random.bounded(4));
            profile.experienceYears = random.bounded(40);
            profile.managementYearsLeading = random.bounded(10);
            profile.managementLargestTeam = random.bounded(20);
            profile.largeScaleProjects = random.bounded(4);
            for (int s = 0; s < random.bounded(8); ++s)
                profile.skills.append({catalogue.at(random.bounded(int(catalogue.size()))).nameEn,
                                       double(random.bounded(12))});
            Profile more = profile;
            if (trial % 2 == 0 || profile.skills.isEmpty())
                more.skills.append({catalogue.at(random.bounded(int(catalogue.size()))).nameJa,
                                    double(random.bounded(12))});
            else
                more.skills[random.bounded(int(more.skills.size()))].years += 1;

            const AnalysisResult before = analysis.analyze(profile);
            const AnalysisResult after = analysis.analyze(more);
            for (SkillCategory area : ScoreCard::areaOrder()) {
                const double a = before.card.areas.value(area).value;
                QVERIFY(a >= 0 && a <= 100);
                QVERIFY2(after.card.areas.value(area).value >= a - 1e-9,
                         qPrintable(SkillCategories::key(area)));
            }
            for (IncomeFactor factor : IncomeFactors::all()) {
                const double f = before.card.factors.value(factor).value;
                QVERIFY(f >= 0 && f <= 100);
                QVERIFY(after.card.factors.value(factor).value >= f - 1e-9);
            }
            for (qsizetype e = 0; e < before.estimates.size(); ++e) {
                QVERIFY2(after.estimates.at(e).midYen >= before.estimates.at(e).midYen,
                         qPrintable(EmploymentTypes::key(before.estimates.at(e).type)));
                QVERIFY(after.estimates.at(e).lowYen >= before.estimates.at(e).lowYen);
                QVERIFY(after.estimates.at(e).highYen >= before.estimates.at(e).highYen);
            }
            // The same profile always gives the same result.
            QCOMPARE(analysis.analyze(profile).card, before.card);
        }
    }

    void malformedParametersNameTheKey()
    {
        QByteArray json =
            readFile(QStringLiteral(CAREERPLANNER_SOURCE_DATA) + u"/model_parameters.json"_s);
        json.replace("\"estimateSpread\"", "\"estimateSpreadTypo\"");
        QString error;
        QVERIFY(!ModelParameters::fromJson(json, &error));
        QVERIFY2(error.startsWith(u"estimateSpread: missing"_s), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestModel)
#include "tst_model.moc"
