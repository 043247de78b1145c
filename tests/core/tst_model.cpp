#include "BundledMarketData.h"
#include "core/CareerAnalysis.h"
#include "core/CsvReader.h"
#include "core/MoneyFormat.h"
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
        // The worked example of docs/model.md, computed by hand from data/market/market-pack.csv
        // and data/model_parameters.json (no listings in the database).
        const MarketData market = bundledData();
        const CareerAnalysis analysis(market, RateConversion{});
        const AnalysisResult result = analysis.analyze(documentedProfile());
        const ScoreCard &card = result.card;
        const SkillMarketValues &values = analysis.skillValues();
        // Java: published index 0.9474 (レバテック, フリーランススタート, HiPro Tech), demand 1.
        QVERIFY(qAbs(values.value(u"java"_s).index - 0.9474) < 0.0001);
        QVERIFY(qAbs(values.value(u"aws"_s).index - 1.1080) < 0.0001);
        QCOMPARE(values.value(u"java"_s).demandFactor, 1.0);
        // A skill no survey lists and no listing names counts at the demand floor.
        QCOMPARE(values.value(u"css"_s).demandFactor, 0.5);
        QCOMPARE(values.value(u"css"_s).index, 1.0);
        QCOMPARE(values.referenceMonthlyYen(), 730'000.0);
        // Java 15 y: 45 × depth 1 × 0.9474 = 42.63.
        QVERIFY(qAbs(card.areas.value(SkillCategory::Languages).value - 42.6335) < 0.001);
        // AWS 2 y: 45 × 0.4 × 1.1080 = 19.94, + one certification 15.
        QVERIFY(qAbs(card.areas.value(SkillCategory::Cloud).value - 34.9442) < 0.001);
        QCOMPARE(card.areas.value(SkillCategory::Frontend).value, 0.0);
        QCOMPARE(card.areas.value(SkillCategory::Middleware).value, 0.0);
        QVERIFY(qFuzzyCompare(card.areas.value(SkillCategory::Management).value, 24.0));
        QVERIFY(qAbs(card.factors.value(IncomeFactor::Skills).value - 24.0423) < 0.001);
        QCOMPARE(card.factors.value(IncomeFactor::Management).value, 66.0); // 36 + team of 6: 30
        QCOMPARE(card.factors.value(IncomeFactor::Upstream).value, 100.0);
        QCOMPARE(card.factors.value(IncomeFactor::TrackRecord).value, 65.0); // 40 + 15 + 10
        QVERIFY(qAbs(card.composite.value - 55.8169) < 0.001);

        // Full-time: census ソフトウェア作成者, age 47 between 40-44 (686.29万) and 45-49
        // (729.21万) → 724.92万, × (1 + 0.45 × 5.8169/50), ±12 %.
        const EmploymentEstimate &fullTime = estimateFor(result, EmploymentType::FullTime);
        QCOMPARE(fullTime.midYen, 7'630'000);
        QCOMPARE(fullTime.lowYen, 6'710'000);
        QCOMPARE(fullTime.highYen, 8'540'000);
        // Freelance: Java 0.9474 × 73万 × demand 1 = 69.16万 × (1 + 0.5 × AWS premium 0.108
        // × depth 0.76) = 72.00万, × (1 + the larger role supplement: consultant 0.5 × 0.1598
        // × upstream 1.00 = 0.080, above PM 0.5 × 0.1557 × management 0.66 = 0.051)
        // = 77.75万 a month.
        const EmploymentEstimate &freelance = estimateFor(result, EmploymentType::Freelance);
        QCOMPARE(freelance.midYen, 9'330'000);
        QCOMPARE(freelance.lowYen, 8'210'000);
        QCOMPARE(freelance.highYen, 10'450'000);
        QVERIFY(!freelance.fromListings);
        // Dispatch: 2,314円 × 160 h × 12 × (1 + 0.25 × 5.8169/50).
        QCOMPARE(estimateFor(result, EmploymentType::Dispatch).midYen, 4'570'000);
    }

    void everyFigureIsExplainedWithItsSource()
    {
        const MarketData market = bundledData();
        const CareerAnalysis analysis(market, RateConversion{});
        const AnalysisResult result = analysis.analyze(documentedProfile());
        const auto languages = result.card.areas.value(SkillCategory::Languages).contributions;
        QCOMPARE(languages.size(), 1);
        QVERIFY(languages.first().input.startsWith(u"Java"_s));
        QVERIFY(languages.first().source.contains(u"areaRankWeights.languages"_s));
        QVERIFY(languages.first().source.contains(market.pack.label()));
        double sum = 0;
        for (const Contribution &c : result.card.composite.contributions)
            sum += c.amount;
        QVERIFY(qFuzzyCompare(sum, result.card.composite.value));
        // Every estimate names the pack; full-time names the census and its year.
        for (const EmploymentEstimate &estimate : result.estimates) {
            QVERIFY2(std::any_of(estimate.steps.begin(), estimate.steps.end(),
                                 [&](const Contribution &c) {
                                     return c.source.contains(market.pack.label());
                                 }),
                     qPrintable(EmploymentTypes::key(estimate.type)));
        }
        const EmploymentEstimate &fullTime = estimateFor(result, EmploymentType::FullTime);
        QVERIFY(
            std::any_of(fullTime.steps.begin(), fullTime.steps.end(), [](const Contribution &c) {
                return c.source.contains(u"厚生労働省"_s) &&
                       c.source.contains(u"賃金構造基本統計調査"_s) &&
                       c.source.contains(u"(2025)"_s);
            }));
        const EmploymentEstimate &freelance = estimateFor(result, EmploymentType::Freelance);
        QVERIFY(
            std::any_of(freelance.steps.begin(), freelance.steps.end(),
                        [](const Contribution &c) { return c.source.contains(u"レバテック"_s); }));
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
            return c.reason.contains(u"applies to employment"_s) &&
                   c.reason.contains(u"not to freelance"_s);
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
        QTest::newRow("framework")
            << u"Spring Boot 3年以上、Laravel"_s << QStringList{u"spring-boot"_s, u"laravel"_s}
            << QList<double>{3, 0};
        QTest::newRow("slash in a name")
            << u"PL/SQL 3年以上／CI/CD構築"_s << QStringList{u"plsql"_s, u"ci-cd"_s}
            << QList<double>{3, 0};
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

    void aFrameworkCountsTheLanguageItImpliesPartly()
    {
        MarketData market = bundledData();
        const CatalogueSkill *spring = market.catalogue.byId(u"spring-boot"_s);
        QVERIFY(spring);
        QCOMPARE(spring->implies, u"java"_s);
        market.listings.append(
            listingRequiring(1, 800'000, {{u"spring-boot"_s, u"Spring Boot 3年以上"_s, 3}}));
        market.listings.append(listingRequiring(2, 800'000, {{u"java"_s, u"Java 2年以上"_s, 2}}));
        const CareerAnalysis analysis(market, RateConversion{});
        // Java only: the Spring Boot requirement is partly met through Java.
        Profile java;
        java.skills = {{u"Java"_s, 10}};
        const ResolvedSkills javaSkills = ResolvedSkills::resolve(java, market.catalogue);
        const ListingFit viaJava = analysis.fitOf(market.listings.at(0), javaSkills);
        QCOMPARE(viaJava.checks.first().status, RequirementStatus::Partly);
        QCOMPARE(viaJava.checks.first().viaSkillId, u"java"_s);
        // Spring Boot only, 5 years: 3 years of Java are credited (share 0.6), which meets
        // "Java 2年以上"; the credited years earn no rate of their own.
        Profile spring5;
        spring5.skills = {{u"Spring Boot"_s, 5}};
        const ResolvedSkills springSkills = ResolvedSkills::resolve(spring5, market.catalogue);
        QVERIFY(qFuzzyCompare(springSkills.years(u"java"_s), 5 * spring->impliedShare));
        QCOMPARE(springSkills.impliedBy.value(u"java"_s), u"spring-boot"_s);
        QCOMPARE(analysis.fitOf(market.listings.at(1), springSkills).checks.first().status,
                 RequirementStatus::Met);
        // A framework credited with more years than the language was entered with never takes
        // the language's score away: the scores count the years as entered.
        Profile java4;
        java4.age = 40;
        java4.skills = {{u"Java"_s, 4}};
        Profile withJUnit = java4;
        withJUnit.skills.append({u"JUnit"_s, 9});
        const AnalysisResult before = analysis.analyze(java4);
        const AnalysisResult after = analysis.analyze(withJUnit);
        QVERIFY(after.card.areas.value(SkillCategory::Languages).value >=
                before.card.areas.value(SkillCategory::Languages).value);
        for (int e = 0; e < before.estimates.size(); ++e)
            QVERIFY(after.estimates.at(e).midYen >= before.estimates.at(e).midYen);
        // Without Java or Spring Boot the requirement is simply unmet.
        Profile none;
        none.skills = {{u"Python"_s, 5}};
        QCOMPARE(
            analysis.fitOf(market.listings.at(0), ResolvedSkills::resolve(none, market.catalogue))
                .checks.first()
                .status,
            RequirementStatus::Unmet);
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

    void skillValueBlendsThePublishedRateWithTheListings()
    {
        MarketData market = bundledData();
        const SkillMarketValues published = SkillMarketValues::measure(
            market.pack, market.catalogue, market.listings, market.parameters);
        const double prior = published.value(u"go"_s).publishedIndex;
        QVERIFY(published.value(u"go"_s).published);
        QCOMPARE(published.value(u"go"_s).listings, 0);
        QCOMPARE(published.value(u"go"_s).index, prior);

        // One listing moves the value a little, ten more: no threshold to cross.
        market.listings.append(listingRequiring(1, 1'200'000, {{u"go"_s, u"Go"_s, 0}}));
        market.listings.append(listingRequiring(2, 600'000, {{u"java"_s, u"Java"_s, 0}}));
        const SkillMarketValues one = SkillMarketValues::measure(
            market.pack, market.catalogue, market.listings, market.parameters);
        const double k = market.parameters.skillValue.priorListings;
        // Go listings pay 120万 against a mean of 90万: listings index 4/3, weight 1/(1+k).
        QVERIFY(qFuzzyCompare(one.value(u"go"_s).index,
                              prior * k / (k + 1) + (1'200'000.0 / 900'000.0) / (k + 1)));
        for (int i = 0; i < 9; ++i) {
            market.listings.append(listingRequiring(10 + i, 1'200'000, {{u"go"_s, u"Go"_s, 0}}));
            market.listings.append(listingRequiring(30 + i, 600'000, {{u"java"_s, u"Java"_s, 0}}));
        }
        const SkillMarketValues ten = SkillMarketValues::measure(
            market.pack, market.catalogue, market.listings, market.parameters);
        QCOMPARE(ten.value(u"go"_s).listings, 10);
        QVERIFY(qFuzzyCompare(ten.value(u"go"_s).index,
                              prior * k / (k + 10) + (1'200'000.0 / 900'000.0) * 10 / (k + 10)));
        QVERIFY(ten.value(u"go"_s).index > one.value(u"go"_s).index);
        QVERIFY(one.value(u"go"_s).index > prior);

        Profile profile = documentedProfile();
        profile.skills = {{u"Go"_s, 5}};
        const CareerAnalysis analysis(market, RateConversion{});
        const auto contributions =
            analysis.analyze(profile).card.areas.value(SkillCategory::Languages).contributions;
        QVERIFY2(contributions.first().reason.contains(u"your listings naming it: 10"_s),
                 qPrintable(contributions.first().reason));
        QVERIFY2(contributions.first().source.contains(market.pack.label()),
                 qPrintable(contributions.first().source));
    }

    void freelanceIsRaisedByWellPaidListingsAndNeverLoweredByCheapOnes()
    {
        MarketData market = bundledData();
        RateConversion conversion;
        const EmploymentEstimate none =
            estimateFor(CareerAnalysis(market, conversion).analyze(documentedProfile()),
                        EmploymentType::Freelance);
        QVERIFY(!none.fromListings);
        QCOMPARE(none.midYen, none.publishedYen);

        market.listings.append(listingRequiring(1, 1'500'000, {{u"java"_s, u"Java"_s, 3}}));
        const EmploymentEstimate one =
            estimateFor(CareerAnalysis(market, conversion).analyze(documentedProfile()),
                        EmploymentType::Freelance);
        const double k = market.parameters.freelance.priorListings;
        QVERIFY(one.fromListings);
        QCOMPARE(one.qualifyingListings, 1);
        QCOMPARE(one.listingsCounted, 1);
        // The published rate counts as k listings, the well-paid listing as one more.
        const double oneMonthly = double(one.publishedYen) / 12.0;
        QVERIFY(qAbs(double(one.midYen) - (k * oneMonthly + 1'500'000) / (k + 1) * 12) <= 10'000);
        QVERIFY(one.midYen > none.midYen + 300'000);
        // The explanation says by how much, and from how many listings.
        QVERIFY2(one.basis.contains(u"the best-paid 1 of 1"_s), qPrintable(one.basis));
        QVERIFY2(one.basis.contains(MoneyFormat::annual(one.midYen - one.publishedYen)),
                 qPrintable(one.basis));

        // A cheap listing the profile also qualifies for does not enter the blend and does not
        // lower the estimate: the published rate is the surveys' alone, and the blend takes
        // only the listings that raise it.
        market.listings.append(listingRequiring(2, 300'000, {{u"java"_s, u"Java"_s, 3}}));
        const EmploymentEstimate cheap =
            estimateFor(CareerAnalysis(market, conversion).analyze(documentedProfile()),
                        EmploymentType::Freelance);
        QCOMPARE(cheap.midYen, one.midYen);
        QCOMPARE(cheap.publishedYen, one.publishedYen);
        QCOMPARE(cheap.qualifyingListings, 2);
        QCOMPARE(cheap.listingsCounted, 1);
        const double cheapMonthly = double(cheap.publishedYen) / 12.0;
        QVERIFY(qAbs(double(cheap.midYen) - (k * cheapMonthly + 1'500'000) / (k + 1) * 12) <=
                10'000);

        conversion.agencyMarginPercent = 10;
        const EmploymentEstimate margin =
            estimateFor(CareerAnalysis(market, conversion).analyze(documentedProfile()),
                        EmploymentType::Freelance);
        // A 10 % agency margin takes 10 % of every rate, published and listed alike.
        QVERIFY(qAbs(double(margin.midYen) - double(cheap.midYen) * 0.9) <= 20'000);
    }

    void moreWellPaidQualifyingListingsNeverLowerTheFreelanceEstimate()
    {
        MarketData market = bundledData();
        QRandomGenerator random(20261130); // fixed seed: the same cases every run
        const QList<CatalogueSkill> &catalogue = market.catalogue.skills();
        for (int trial = 0; trial < 60; ++trial) {
            Profile profile;
            profile.age = 25 + random.bounded(38);
            profile.managementYearsLeading = random.bounded(6);
            for (int s = 0; s < 1 + random.bounded(5); ++s)
                profile.skills.append({catalogue.at(random.bounded(int(catalogue.size()))).nameEn,
                                       double(1 + random.bounded(10))});
            const ResolvedSkills skills = ResolvedSkills::resolve(profile, market.catalogue);
            MarketData grown = market;
            qint64 previous = 0;
            for (int added = 0; added < 12; ++added) {
                const EmploymentEstimate now =
                    estimateFor(CareerAnalysis(grown, RateConversion{}).analyze(profile),
                                EmploymentType::Freelance);
                QVERIFY2(now.midYen >= previous, qPrintable(u"trial %1"_s.arg(trial)));
                previous = now.midYen;
                // A listing asking for one of the profile's skills at what it has, paying
                // 0–40 % above the estimate, or (every third) below it.
                const QString id =
                    skills.yearsBySkill.keys().at(random.bounded(int(skills.yearsBySkill.size())));
                const double factor =
                    added % 3 == 2 ? 0.5 + random.bounded(0.4) : 1.0 + random.bounded(0.4);
                grown.listings.append(listingRequiring(
                    100 + added, qint64(double(now.midYen) / 12 * factor), {{id, id, 0}}));
            }
        }
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
