// Benchmark: rank 100,000 synthetic listings against a profile, from memory and from the
// database, and plan a roadmap (every candidate step re-scored) on them. Prints one table;
// BENCHMARKS.md records the numbers of a run on the CI machine.
//   bench_ranking [--listings N] [--repeat R]
#include "core/CareerAnalysis.h"
#include "core/ListingFitter.h"
#include "core/ResolvedSkills.h"
#include "core/RoadmapPlanner.h"
#include "core/TargetSolver.h"
#include "storage/Database.h"
#include "storage/ListingRepository.h"
#include "storage/MarketDataLoader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

using namespace Qt::StringLiterals;

namespace {
double peakRssMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

QList<Listing> syntheticListings(int count, const SkillCatalogue &catalogue)
{
    QRandomGenerator random(42); // the same listings every run
    QList<Listing> listings;
    listings.reserve(count);
    const auto &skills = catalogue.skills();
    for (int i = 0; i < count; ++i) {
        Listing listing;
        listing.id = i + 1;
        listing.title = u"合成案件 %1"_s.arg(i + 1);
        const qint64 rate = 400'000 + 10'000 * random.bounded(110);
        listing.monthlyRateMinYen = rate;
        listing.monthlyRateMaxYen = rate + 10'000 * random.bounded(20);
        listing.contract = u"業務委託"_s;
        const int requirements = 1 + random.bounded(4);
        for (int r = 0; r < requirements; ++r) {
            const bool known = random.bounded(10) < 8;
            listing.requirements.append(
                {known ? skills.at(random.bounded(int(skills.size()))).id : QString(),
                 u"要件 %1"_s.arg(r), double(random.bounded(6))});
        }
        listings.append(listing);
    }
    return listings;
}

Profile benchmarkProfile()
{
    Profile profile;
    profile.age = 47;
    profile.experienceYears = 22;
    profile.skills = {{u"Java"_s, 15},  {u"AWS"_s, 2},       {u"PostgreSQL"_s, 8},
                      {u"Python"_s, 3}, {u"Terraform"_s, 1}, {u"React"_s, 1}};
    profile.upstream = {u"requirements"_s, u"basic-design"_s};
    return profile;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption countOption(u"listings"_s, u"Number of listings."_s, u"n"_s,
                                         u"100000"_s);
    const QCommandLineOption repeatOption(u"repeat"_s, u"Timed repetitions."_s, u"r"_s, u"21"_s);
    parser.addOptions({countOption, repeatOption});
    parser.process(app);
    const int count = parser.value(countOption).toInt();
    const int repeat = std::max(1, parser.value(repeatOption).toInt());

    QTemporaryDir dir;
    Database database;
    if (!database.open(dir.filePath(u"bench.sqlite"_s))) {
        std::fprintf(stderr, "%s\n", qPrintable(database.lastError()));
        return 1;
    }
    QString error;
    auto market = MarketDataLoader::load(database.connection(), &error);
    if (!market) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const QList<Listing> listings = syntheticListings(count, market->catalogue);
    const ResolvedSkills skills = ResolvedSkills::resolve(benchmarkProfile(), market->catalogue);

    // From memory: the listings are already loaded; prepare once, then rank.
    ListingFitter fitter(market->catalogue, market->parameters);
    QElapsedTimer timer;
    timer.start();
    fitter.setListings(listings);
    const double prepareMs = double(timer.nsecsElapsed()) / 1e6;
    QList<double> rankMs;
    std::size_t checksum = 0;
    for (int i = 0; i < repeat; ++i) {
        timer.restart();
        const auto ranked = fitter.rank(skills);
        rankMs.append(double(timer.nsecsElapsed()) / 1e6);
        checksum += std::size_t(ranked.front().index);
    }

    // From the database: write them once (one transaction), then time read + prepare + rank.
    timer.restart();
    QSqlDatabase db = database.connection();
    db.transaction();
    ListingRepository repository(db);
    for (const Listing &listing : listings) {
        if (repository.insert(listing, &error) < 0) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
    }
    db.commit();
    const double insertMs = double(timer.nsecsElapsed()) / 1e6;
    QList<double> databaseMs;
    QList<double> readMs;
    for (int i = 0; i < std::max(3, repeat / 4); ++i) {
        timer.restart();
        const QList<Listing> stored = repository.all();
        readMs.append(double(timer.nsecsElapsed()) / 1e6);
        ListingFitter fromDatabase(market->catalogue, market->parameters);
        fromDatabase.setListings(stored);
        const auto ranked = fromDatabase.rank(skills);
        databaseMs.append(double(timer.nsecsElapsed()) / 1e6);
        checksum += std::size_t(ranked.front().index);
    }

    // The whole analysis of one profile (scores, estimates, ranking) on the same listings.
    market->listings = listings;
    const CareerAnalysis analysis(*market, RateConversion{});
    QList<double> analysisMs;
    for (int i = 0; i < repeat; ++i) {
        timer.restart();
        const AnalysisResult result = analysis.analyze(benchmarkProfile());
        analysisMs.append(double(timer.nsecsElapsed()) / 1e6);
        checksum += std::size_t(result.ranking.size());
    }

    // The roadmap: every candidate step applied and re-scored, then the steps taken in order;
    // what the page does on each profile edit. A what-if tick costs one full analysis.
    timer.restart();
    const RoadmapPlanner planner(analysis, market->roadmapEffort);
    const double plannerSetupMs = double(timer.nsecsElapsed()) / 1e6;
    Profile planned = benchmarkProfile();
    planned.annualIncomeYen = 6'000'000;
    QList<double> planMs;
    qsizetype plannedSteps = 0;
    for (int i = 0; i < repeat; ++i) {
        timer.restart();
        const RoadmapPlan plan = planner.plan(planned, {10'000'000, std::nullopt, 6});
        planMs.append(double(timer.nsecsElapsed()) / 1e6);
        plannedSteps = plan.steps.size();
        checksum += std::size_t(plan.finalYen % 1000);
    }

    // The reverse question: a plan per employment type and the greedy search for each.
    const TargetSolver solver(analysis, planner);
    QList<double> reverseMs;
    for (int i = 0; i < std::max(3, repeat / 4); ++i) {
        timer.restart();
        TargetQuestion question;
        question.targetYen = 10'000'000;
        question.monthsAvailable = 36;
        const QList<TargetAnswer> answers = solver.answer(planned, question);
        reverseMs.append(double(timer.nsecsElapsed()) / 1e6);
        checksum += std::size_t(answers.size());
    }

    std::printf("listings: %d, repetitions: %d (median reported), checksum %zu\n", count, repeat,
                checksum);
    std::printf("%-52s %10s\n", "measurement", "ms");
    std::printf("%-52s %10.2f\n", "rank from memory (fit + sort)", median(rankMs));
    std::printf("%-52s %10.2f\n", "prepare listings for ranking (once per list)", prepareMs);
    std::printf("%-52s %10.2f\n", "full analysis of a profile (scores+estimates+rank)",
                median(analysisMs));
    std::printf("%-52s %10.2f\n", "roadmap planner setup (listing demand, once)", plannerSetupMs);
    std::printf("%-52s %10.2f\n",
                qPrintable(u"roadmap plan (%1 steps re-scored + projection)"_s.arg(plannedSteps)),
                median(planMs));
    std::printf("%-52s %10.2f\n", "what it takes: 4 employment types, within 36 months",
                median(reverseMs));
    std::printf("%-52s %10.2f\n", "ratio: full analysis / rank from memory",
                median(analysisMs) / median(rankMs));
    std::printf("%-52s %10.2f\n", "ratio: roadmap plan / rank from memory",
                median(planMs) / median(rankMs));
    std::printf("%-52s %10.2f\n", "read listings from SQLite", median(readMs));
    std::printf("%-52s %10.2f\n", "rank from database (read + prepare + rank)", median(databaseMs));
    std::printf("%-52s %10.2f\n", "insert listings into SQLite (one transaction)", insertMs);
    std::printf("%-52s %10.1f\n", "peak resident memory (MiB)", peakRssMiB());
    // Last line: every figure, for scripts.
    const QJsonObject summary{
        {u"listings"_s, count},
        {u"rank_from_memory_ms"_s, median(rankMs)},
        {u"prepare_listings_ms"_s, prepareMs},
        {u"full_analysis_ms"_s, median(analysisMs)},
        {u"roadmap_planner_setup_ms"_s, plannerSetupMs},
        {u"roadmap_plan_ms"_s, median(planMs)},
        {u"reverse_question_ms"_s, median(reverseMs)},
        {u"full_analysis_ratio_to_rank"_s, median(analysisMs) / median(rankMs)},
        {u"roadmap_plan_ratio_to_rank"_s, median(planMs) / median(rankMs)},
        {u"read_listings_ms"_s, median(readMs)},
        {u"rank_from_database_ms"_s, median(databaseMs)},
        {u"insert_listings_ms"_s, insertMs},
        {u"peak_rss_mib"_s, peakRssMiB()}};
    std::printf("%s\n", QJsonDocument(summary).toJson(QJsonDocument::Compact).constData());
    return 0;
}
