#include "BundledMarketData.h"
#include "core/CareerAnalysis.h"
#include "core/MoneyFormat.h"
#include "core/RoadmapPlanner.h"
#include "core/RoadmapSummary.h"
#include "core/TargetSolver.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

Listing listing(qint64 id, qint64 monthlyRate, QList<ListingRequirement> requirements)
{
    Listing l;
    l.id = id;
    l.title = u"listing %1"_s.arg(id);
    l.monthlyRateMinYen = monthlyRate;
    l.monthlyRateMaxYen = monthlyRate;
    l.requirements = std::move(requirements);
    return l;
}

// A small market shaped like the source article's: most well-paid backend listings want
// Java with AWS; fewer want Java alone, and pay less; a few PM listings pay most.
QList<Listing> javaAndCloudMarket()
{
    QList<Listing> listings;
    qint64 id = 1;
    for (int i = 0; i < 20; ++i)
        listings.append(listing(
            id++, 850'000, {{u"java"_s, u"Java 3年以上"_s, 3}, {u"aws"_s, u"AWS 2年以上"_s, 2}}));
    for (int i = 0; i < 10; ++i)
        listings.append(listing(id++, 600'000, {{u"java"_s, u"Java 3年以上"_s, 3}}));
    for (int i = 0; i < 5; ++i)
        listings.append(listing(id++, 950'000, {{u"pm"_s, u"PM経験"_s, 3}}));
    return listings;
}

// 47, Java for 15 years, no cloud, no leading, no upstream work: the example.
Profile javaDeveloperWithoutCloud()
{
    Profile profile;
    profile.age = 47;
    profile.employment = EmploymentType::FullTime;
    profile.annualIncomeYen = 6'000'000;
    profile.experienceYears = 22;
    profile.skills = {{u"Java"_s, 15}};
    return profile;
}

// Meets every listing of javaAndCloudMarket() already.
Profile developerMeetingEveryListing()
{
    Profile profile = javaDeveloperWithoutCloud();
    profile.skills = {{u"Java"_s, 15}, {u"AWS"_s, 6}, {u"PM"_s, 5}};
    return profile;
}

const PlannedStep *stepWithId(const RoadmapPlan &plan, const QString &id)
{
    for (const PlannedStep &step : plan.steps) {
        if (step.step.id == id)
            return &step;
    }
    return nullptr;
}

qsizetype rankOf(const RoadmapPlan &plan, const QString &id)
{
    for (qsizetype i = 0; i < plan.steps.size(); ++i) {
        if (plan.steps.at(i).step.id == id)
            return i;
    }
    return -1;
}

} // namespace

class TestRoadmap : public QObject
{
    Q_OBJECT

private slots:
    // The senior: Java, a legacy language and an RDBMS for many years, no cloud.
    void backendWithoutCloudIsToldCloudFirstAndNoFrontend_data()
    {
        QTest::addColumn<int>("employment"); // -1: any
        QTest::newRow("any") << -1;
        QTest::newRow("freelance") << int(EmploymentType::Freelance);
    }

    void backendWithoutCloudIsToldCloudFirstAndNoFrontend()
    {
        QFETCH(int, employment);
        MarketData market = bundledData();
        market.listings = javaAndCloudMarket();
        const CareerAnalysis analysis(market, RateConversion{});
        const RoadmapPlanner planner(analysis, market.roadmapEffort);
        Profile profile = javaDeveloperWithoutCloud();
        profile.age = 52;
        profile.skills = {{u"Java"_s, 15}, {u"COBOL"_s, 12}, {u"Oracle"_s, 15}};
        RoadmapOptions options;
        options.targetYen = 10'000'000;
        if (employment >= 0)
            options.employment = EmploymentType(employment);
        const RoadmapPlan plan = planner.plan(profile, options);
        QVERIFY(plan.steps.size() >= 5);
        qsizetype firstCloud = -1;
        for (qsizetype i = 0; i < plan.steps.size() && firstCloud < 0; ++i) {
            const CatalogueSkill *skill = market.catalogue.byId(plan.steps.at(i).step.skillId);
            if (skill && skill->category == SkillCategory::Cloud)
                firstCloud = i;
        }
        QVERIFY2(firstCloud >= 0 && firstCloud < 3, qPrintable(plan.steps.at(0).title));
        for (qsizetype i = 0; i < 5; ++i) {
            const CatalogueSkill *skill = market.catalogue.byId(plan.steps.at(i).step.skillId);
            QVERIFY2(!skill || skill->category != SkillCategory::Frontend,
                     qPrintable(plan.steps.at(i).title));
        }
        // Learning AWS unlocks the Java + AWS listings, and its gain includes what they pay:
        // more than the same step gains in a market without them.
        const PlannedStep *aws = stepWithId(plan, u"learn:aws"_s);
        QVERIFY(aws);
        // A year of AWS against "AWS 2年以上" is partly met: fit 75 %, enough to qualify.
        QCOMPARE(aws->newListings, 20);
        MarketData bare = bundledData();
        const CareerAnalysis bareAnalysis(bare, RateConversion{});
        const RoadmapPlan barePlan =
            RoadmapPlanner(bareAnalysis, bare.roadmapEffort).plan(profile, options);
        const PlannedStep *bareAws = stepWithId(barePlan, u"learn:aws"_s);
        QVERIFY(bareAws);
        QVERIFY2(aws->gainYen.value(EmploymentType::Freelance) >
                     bareAws->gainYen.value(EmploymentType::Freelance),
                 qPrintable(MoneyFormat::annual(aws->gainYen.value(EmploymentType::Freelance))));
    }

    void whatItTakesIsTheSmallestSetFoundWithinTheTime()
    {
        MarketData market = bundledData();
        market.listings = javaAndCloudMarket();
        const CareerAnalysis analysis(market, RateConversion{});
        const RoadmapPlanner planner(analysis, market.roadmapEffort);
        const TargetSolver solver(analysis, planner);
        Profile profile = javaDeveloperWithoutCloud();
        TargetQuestion question;
        question.targetYen = 9'500'000;
        question.monthsAvailable = 36;
        question.hoursPerWeek = 6;
        const QList<TargetAnswer> answers = solver.answer(profile, question);
        QCOMPARE(answers.size(), 4);
        for (const TargetAnswer &answer : answers) {
            QVERIFY(answer.months <= question.monthsAvailable + 1e-9);
            if (answer.employment != profile.employment && !answer.steps.isEmpty())
                QCOMPARE(answer.steps.first().step.kind, RoadmapStepKind::SwitchEmployment);
        }
        const TargetAnswer &freelance = answers.at(1);
        QCOMPARE(freelance.employment, EmploymentType::Freelance);
        QVERIFY(freelance.reachable);
        // Minimal: without any one of its steps (but the switch) the target is not met.
        const QString sentence = RoadmapSummary::answer(freelance, question);
        QVERIFY2(sentence.contains(u"reachable"_s), qPrintable(sentence));
        for (qsizetype drop = 0; drop < freelance.steps.size(); ++drop) {
            if (freelance.steps.at(drop).step.kind == RoadmapStepKind::SwitchEmployment)
                continue;
            QList<RoadmapStep> rest;
            for (qsizetype i = 0; i < freelance.steps.size(); ++i) {
                if (i != drop)
                    rest.append(freelance.steps.at(i).step);
            }
            std::vector<int> qualifying;
            const AnalysisResult after =
                analysis.estimate(planner.apply(profile, rest), &qualifying);
            const bool listing =
                !planner.listingsAtTarget(qualifying, question.targetYen).isEmpty();
            QVERIFY2(after.estimates.at(1).midYen < question.targetYen && !listing,
                     qPrintable(freelance.steps.at(drop).title));
        }
        // Within a month nothing but nothing fits; the answer says how close it stays.
        question.monthsAvailable = 1;
        const TargetAnswer quick = solver.answerFor(profile, question, EmploymentType::Freelance);
        QVERIFY(!quick.reachable);
        QVERIFY(quick.steps.isEmpty());
        QVERIFY(RoadmapSummary::answer(quick, question).contains(u"not with this data"_s));
        // Full-time in the same job: a change of employer counts at the market's estimate.
        profile.annualIncomeYen = 4'000'000;
        question.monthsAvailable = 12;
        question.targetYen = 5'000'000;
        const TargetAnswer fullTime = solver.answerFor(profile, question, EmploymentType::FullTime);
        QVERIFY(fullTime.reachable);
        QVERIFY(
            std::any_of(fullTime.steps.begin(), fullTime.steps.end(), [](const PlannedStep &step) {
                return step.step.kind == RoadmapStepKind::ChangeEmployer;
            }));
    }

    void legacyLanguageCountsLessThanJavaByTheData()
    {
        const MarketData market = bundledData();
        const CareerAnalysis analysis(market, RateConversion{});
        const SkillMarketValues &values = analysis.skillValues();
        QVERIFY(values.value(u"cobol"_s).index < values.value(u"java"_s).index);
        Profile java = javaDeveloperWithoutCloud();
        Profile cobol = java;
        cobol.skills = {{u"COBOL"_s, 15}};
        const AnalysisResult a = analysis.analyze(java);
        const AnalysisResult b = analysis.analyze(cobol);
        QVERIFY(b.card.areas.value(SkillCategory::Languages).value <
                a.card.areas.value(SkillCategory::Languages).value);
        QVERIFY(b.estimates.at(1).midYen < a.estimates.at(1).midYen); // freelance
    }

    void verdictNamesTheListingsThatPayTheTarget()
    {
        MarketData market = bundledData();
        market.listings = javaAndCloudMarket();
        Listing top =
            listing(99, 1'200'000, {{u"java"_s, u"Java 5年以上"_s, 5}, {u"aws"_s, u"AWS"_s, 0}});
        top.title = u"決済基盤刷新のリードエンジニア"_s;
        market.listings.append(top);
        const CareerAnalysis analysis(market, RateConversion{});
        const RoadmapPlanner planner(analysis, market.roadmapEffort);
        RoadmapOptions options;
        options.targetYen = 12'000'000;
        options.employment = EmploymentType::FullTime;
        const RoadmapPlan plan = planner.plan(javaDeveloperWithoutCloud(), options);
        // The estimate stays below 1,200万円 as full-time, but learning AWS qualifies the
        // profile for a listing paying 120万円 a month: the verdict says so and names it.
        QVERIFY(!plan.reachesTarget());
        QVERIFY(plan.reachableThroughListings());
        QCOMPARE(plan.listingsAtTargetCount, 1);
        QCOMPARE(plan.listingsAtTarget.first().listingId, 99);
        QVERIFY(plan.stepsToListingAtTarget > 0);
        QCOMPARE(plan.steps.at(plan.stepsToListingAtTarget - 1).step.skillId, u"aws"_s);
        const QString verdict = RoadmapSummary::verdict(plan);
        QVERIFY2(verdict.contains(top.title), qPrintable(verdict));
        QVERIFY2(!verdict.contains(u"do not support"_s), qPrintable(verdict));
        QCOMPARE(plan.shortfallYen(), 0);
    }

    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English));
        m_market = bundledData();
        m_market.listings = javaAndCloudMarket();
    }

    void cloudRanksNearTheTopForAJavaDeveloperWithoutCloud()
    {
        const CareerAnalysis analysis(m_market, RateConversion{});
        const RoadmapPlanner planner(analysis, m_market.roadmapEffort);
        const RoadmapPlan plan =
            planner.plan(javaDeveloperWithoutCloud(), {10'000'000, EmploymentType::Freelance, 6});
        QVERIFY(!plan.steps.isEmpty());
        const qsizetype cloudRank = std::min(
            rankOf(plan, u"learn:aws"_s) < 0 ? 99 : rankOf(plan, u"learn:aws"_s),
            rankOf(plan, u"certify:aws-saa"_s) < 0 ? 99 : rankOf(plan, u"certify:aws-saa"_s));
        QVERIFY2(cloudRank < 3, qPrintable(u"first cloud step at rank %1"_s.arg(cloudRank + 1)));

        // AWS for a year meets the twenty Java + AWS listings at least partly: they qualify.
        const PlannedStep *aws = stepWithId(plan, u"learn:aws"_s);
        QVERIFY(aws);
        QCOMPARE(aws->newListings, 20);
        QCOMPARE(aws->newListingsRateMinYen, 850'000);
        QCOMPARE(aws->newListingsRateMaxYen, 850'000);
        QVERIFY(aws->gainYen.value(EmploymentType::Freelance) > 0);
        QCOMPARE(aws->gainYen.size(), EmploymentTypes::all().size());
        // 150 study hours at 6 hours a week, 4.33 weeks a month.
        QVERIFY(qFuzzyCompare(aws->effortMonths, 150.0 / (6 * 4.33)));
        QVERIFY(aws->step.effortSource.contains(u"learnSkill.studyHours.cloud"_s));
    }

    void aDeveloperWhoMeetsEveryListingGetsNoListingSteps()
    {
        const CareerAnalysis analysis(m_market, RateConversion{});
        const RoadmapPlanner planner(analysis, m_market.roadmapEffort);
        const RoadmapPlan plan =
            planner.plan(developerMeetingEveryListing(), {10'000'000, EmploymentType::FullTime, 6});
        QVERIFY(!plan.steps.isEmpty());
        for (const PlannedStep &step : plan.steps)
            QCOMPARE(step.newListings, 0);
        // With nothing new to qualify for, steps are kept only for what they add to income.
        for (const PlannedStep &step : plan.steps)
            QVERIFY2(step.gainInPlanYen > 0, qPrintable(step.step.id));
    }

    void stepsAreOrderedByGainPerMonthOfEffort()
    {
        const CareerAnalysis analysis(m_market, RateConversion{});
        const RoadmapPlanner planner(analysis, m_market.roadmapEffort);
        const RoadmapPlan plan =
            planner.plan(javaDeveloperWithoutCloud(), {10'000'000, EmploymentType::Freelance, 6});
        QVERIFY(plan.steps.size() >= 5);
        for (qsizetype i = 1; i < plan.steps.size(); ++i) {
            const PlannedStep &a = plan.steps.at(i - 1);
            const PlannedStep &b = plan.steps.at(i);
            QVERIFY(!RoadmapPlanner::ranksBefore(b, a));
            QVERIFY(a.gainPerMonthYen >= b.gainPerMonthYen);
            QVERIFY(qFuzzyCompare(a.gainPerMonthYen, double(a.gainInPlanYen) / a.effortMonths));
        }
    }

    void theRuleBreaksTiesByListingsThenEffortThenId()
    {
        PlannedStep a, b;
        a.gainPerMonthYen = b.gainPerMonthYen = 10'000;
        a.newListings = 3;
        b.newListings = 2;
        QVERIFY(RoadmapPlanner::ranksBefore(a, b));
        b.newListings = 3;
        a.effortMonths = 4;
        b.effortMonths = 6;
        QVERIFY(RoadmapPlanner::ranksBefore(a, b));
        b.effortMonths = 4;
        a.step.id = u"a"_s;
        b.step.id = u"b"_s;
        QVERIFY(RoadmapPlanner::ranksBefore(a, b));
        QVERIFY(!RoadmapPlanner::ranksBefore(b, a));
        b.gainPerMonthYen = 10'001;
        QVERIFY(RoadmapPlanner::ranksBefore(b, a));
    }

    void moreStudyTimeShortensStudyStepsOnly()
    {
        const CareerAnalysis analysis(m_market, RateConversion{});
        const RoadmapPlanner planner(analysis, m_market.roadmapEffort);
        const RoadmapPlan slow =
            planner.plan(javaDeveloperWithoutCloud(), {10'000'000, EmploymentType::Freelance, 3});
        const RoadmapPlan fast =
            planner.plan(javaDeveloperWithoutCloud(), {10'000'000, EmploymentType::Freelance, 12});
        QVERIFY(qFuzzyCompare(stepWithId(slow, u"learn:aws"_s)->effortMonths,
                              4 * stepWithId(fast, u"learn:aws"_s)->effortMonths));
        QCOMPARE(stepWithId(slow, u"lead-team:1"_s)->effortMonths, 12.0);
        QCOMPARE(stepWithId(fast, u"lead-team:1"_s)->effortMonths, 12.0);
    }

    void theProjectionTakesTheStepsInOrder()
    {
        const CareerAnalysis analysis(m_market, RateConversion{});
        const RoadmapPlanner planner(analysis, m_market.roadmapEffort);
        const RoadmapPlan plan =
            planner.plan(javaDeveloperWithoutCloud(), {10'000'000, EmploymentType::Freelance, 6});
        QCOMPARE(plan.startYen, 6'000'000);
        QVERIFY(plan.startIsEnteredIncome);
        double months = 0;
        qint64 previous = plan.startYen;
        for (const PlannedStep &step : plan.steps) {
            months += step.effortMonths;
            QVERIFY(qFuzzyCompare(step.monthsFromStart, months));
            QCOMPARE(step.marginalGainYen, step.projectedYen - previous);
            previous = step.projectedYen;
        }
        QCOMPARE(plan.finalYen, previous);
        // The last projection is the freelance estimate of the profile with every step taken.
        QList<RoadmapStep> all;
        for (const PlannedStep &step : plan.steps)
            all.append(step.step);
        const AnalysisResult end =
            analysis.estimate(planner.apply(javaDeveloperWithoutCloud(), all));
        const auto freelance = std::find_if(
            end.estimates.cbegin(), end.estimates.cend(),
            [](const EmploymentEstimate &e) { return e.type == EmploymentType::Freelance; });
        QVERIFY(freelance != end.estimates.cend()); // there is a freelance estimate to compare
        QCOMPARE(plan.finalYen, freelance->midYen);
    }

    void aFullTimeEmployeeGoingFreelanceGetsTheSwitchStep()
    {
        const CareerAnalysis analysis(m_market, RateConversion{});
        const RoadmapPlanner planner(analysis, m_market.roadmapEffort);
        const Profile profile = javaDeveloperWithoutCloud();
        const RoadmapPlan plan = planner.plan(profile, {10'000'000, EmploymentType::Freelance, 6});
        const PlannedStep *freelance = stepWithId(plan, u"switch:freelance"_s);
        QVERIFY(freelance);
        QCOMPARE(freelance->gainYen.keys(), QList<EmploymentType>{EmploymentType::Freelance});
        QCOMPARE(freelance->gainInPlanYen, plan.marketNowYen - 6'000'000);
        QCOMPARE(freelance->effortMonths, 3.0);
        QVERIFY(!stepWithId(plan, u"change-employer"_s)); // that route stays full-time
    }

    void anUnderpaidEmployeeGetsTheChangeEmployerStep()
    {
        const CareerAnalysis analysis(m_market, RateConversion{});
        const RoadmapPlanner planner(analysis, m_market.roadmapEffort);
        Profile profile = javaDeveloperWithoutCloud();
        profile.annualIncomeYen = 3'000'000; // well below any estimate for 22 years of Java
        const RoadmapPlan plan = planner.plan(profile, {10'000'000, EmploymentType::FullTime, 6});
        const PlannedStep *move = stepWithId(plan, u"change-employer"_s);
        QVERIFY(move);
        QCOMPARE(move->gainInPlanYen, plan.marketNowYen - 3'000'000);
        QCOMPARE(plan.steps.first().step.id, u"change-employer"_s); // the biggest gain per month
        // Paid above the market: nothing to win by moving.
        profile.annualIncomeYen = 20'000'000;
        QVERIFY(!stepWithId(planner.plan(profile, {30'000'000, EmploymentType::FullTime, 6}),
                            u"change-employer"_s));
    }

    void anyEmploymentPlansInTheBestPaidType()
    {
        const CareerAnalysis analysis(m_market, RateConversion{});
        const RoadmapPlanner planner(analysis, m_market.roadmapEffort);
        const Profile profile = javaDeveloperWithoutCloud();
        const RoadmapPlan plan = planner.plan(profile, {10'000'000, std::nullopt, 6});
        QVERIFY(plan.employmentChosenByModel);
        const AnalysisResult now = analysis.estimate(profile);
        for (const EmploymentEstimate &estimate : now.estimates)
            QVERIFY(estimate.midYen <= plan.marketNowYen);
        QVERIFY(RoadmapSummary::heading(plan).contains(u"highest estimate"_s));
    }

    void thePlanSaysHonestlyWhetherItReachesTheTarget()
    {
        const CareerAnalysis analysis(m_market, RateConversion{});
        const RoadmapPlanner planner(analysis, m_market.roadmapEffort);
        const Profile profile = javaDeveloperWithoutCloud();

        const RoadmapPlan already =
            planner.plan(profile, {5'000'000, EmploymentType::Freelance, 6});
        QCOMPARE(already.stepsToTarget, 0);
        QVERIFY(already.reachesTarget());
        QVERIFY(RoadmapSummary::verdict(already).contains(u"already"_s));

        const RoadmapPlan reachable =
            planner.plan(profile, {9'000'000, EmploymentType::Freelance, 6});
        QVERIFY(reachable.reachesTarget());
        QVERIFY(reachable.stepsToTarget > 0);
        const PlannedStep &reaching = reachable.steps.at(reachable.stepsToTarget - 1);
        QVERIFY(reaching.projectedYen >= 9'000'000);
        if (reachable.stepsToTarget > 1)
            QVERIFY(reachable.steps.at(reachable.stepsToTarget - 2).projectedYen < 9'000'000);
        QCOMPARE(reachable.monthsToTarget, reaching.monthsFromStart);

        const RoadmapPlan tooFar =
            planner.plan(profile, {50'000'000, EmploymentType::Freelance, 6});
        QVERIFY(!tooFar.reachesTarget());
        QCOMPARE(tooFar.shortfallYen(), 50'000'000 - tooFar.finalYen);
        const QString verdict = RoadmapSummary::verdict(tooFar);
        QVERIFY2(verdict.contains(u"Does not reach"_s), qPrintable(verdict));
        QVERIFY(verdict.contains(MoneyFormat::annual(tooFar.shortfallYen())));
    }

    void applyingStepsNeverChangesTheGivenProfile()
    {
        const CareerAnalysis analysis(m_market, RateConversion{});
        const RoadmapPlanner planner(analysis, m_market.roadmapEffort);
        const Profile original = javaDeveloperWithoutCloud();
        const Profile copy = original;
        const RoadmapPlan plan = planner.plan(original, {10'000'000, EmploymentType::Freelance, 6});
        QList<RoadmapStep> steps;
        for (const PlannedStep &step : plan.steps)
            steps.append(step.step);
        const Profile changed = planner.apply(original, steps);
        QCOMPARE(original, copy);
        QVERIFY(changed != original);
        QCOMPARE(changed.employment, EmploymentType::Freelance);
        QVERIFY(
            std::any_of(changed.skills.begin(), changed.skills.end(),
                        [](const ProfileSkill &s) { return s.name == u"AWS"_s && s.years == 1; }));
    }

    void everyStepKindChangesTheProfileAsItSays()
    {
        const SkillCatalogue &catalogue = m_market.catalogue;
        Profile profile = javaDeveloperWithoutCloud();
        RoadmapStep deepen;
        deepen.kind = RoadmapStepKind::DeepenSkill;
        deepen.skillId = u"java"_s;
        deepen.years = 1;
        QCOMPARE(deepen.applyTo(profile, catalogue).skills.first().years, 16.0);
        RoadmapStep certify;
        certify.kind = RoadmapStepKind::Certification;
        certify.skillId = u"aws-saa"_s;
        QVERIFY(ResolvedSkills::resolve(certify.applyTo(profile, catalogue), catalogue)
                    .certificationIds.contains(u"aws-saa"_s));
        RoadmapStep lead;
        lead.kind = RoadmapStepKind::LeadTeam;
        lead.years = 1;
        lead.teamSize = 5;
        const Profile leading = lead.applyTo(profile, catalogue);
        QCOMPARE(leading.managementYearsLeading, 1);
        QCOMPARE(leading.managementLargestTeam, 5);
        RoadmapStep upstream;
        upstream.kind = RoadmapStepKind::UpstreamWork;
        upstream.upstreamKey = u"requirements"_s;
        QCOMPARE(upstream.applyTo(upstream.applyTo(profile, catalogue), catalogue).upstream,
                 QStringList{u"requirements"_s});
        RoadmapStep move;
        move.kind = RoadmapStepKind::ChangeEmployer;
        QCOMPARE(move.applyTo(profile, catalogue), profile);
    }

    void effortDataErrorsNameTheKey()
    {
        QString error;
        QVERIFY(!RoadmapEffort::fromJson("{", &error));
        QVERIFY(error.contains(u"JSON"_s));
        QByteArray json =
            readFile(QStringLiteral(CAREERPLANNER_SOURCE_DATA) + u"/roadmap_steps.json"_s);
        json.replace("\"languages\": 200", "\"languages\": -5");
        QVERIFY(!RoadmapEffort::fromJson(json, &error));
        QVERIFY2(error.contains(u"learnSkill.studyHours.languages"_s), qPrintable(error));
    }

private:
    MarketData m_market;
};

QTEST_GUILESS_MAIN(TestRoadmap)
#include "tst_roadmap.moc"
