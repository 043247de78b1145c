#include "storage/Database.h"
#include "storage/ListingRepository.h"
#include "storage/MarketDataLoader.h"
#include "storage/MarketPackStore.h"
#include "storage/ProfileStore.h"
#include "storage/ReferenceDataRepository.h"
#include "storage/RoadmapProgressStore.h"
#include "storage/SalaryStatisticsRepository.h"
#include "storage/SkillCatalogueRepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestRepositories : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_database = std::make_unique<Database>();
        QVERIFY2(m_database->open(m_dir.filePath(u"%1.sqlite"_s.arg(++m_counter))),
                 qPrintable(m_database->lastError()));
    }

    void cleanup() { m_database.reset(); }

    void seededListingsKeepEveryField()
    {
        const QList<Listing> listings = ListingRepository(m_database->connection()).all();
        QCOMPARE(listings.size(), 5);
        const Listing &first = listings.first();
        QCOMPARE(first.title, u"大手小売業向け会計システム刷新開発支援の案件"_s);
        QCOMPARE(first.monthlyRateMinYen, std::optional<qint64>(600'000));
        QCOMPARE(first.rateText, u"600,000円/月"_s);
        QCOMPARE(first.contract, u"業務委託"_s);
        QCOMPARE(first.workKind, u"development"_s);
        QVERIFY(first.isSample);
        QCOMPARE(first.requirements.size(), 1);
        QCOMPARE(first.requirements.first(),
                 (ListingRequirement{u"java"_s, u"Javaでの開発経験(3年以上)"_s, 3}));
        const QList<qint64> rates{600'000, 900'000, 1'000'000, 700'000, 1'200'000};
        for (qsizetype i = 0; i < rates.size(); ++i)
            QCOMPARE(*listings.at(i).monthlyRateMaxYen, rates.at(i));
    }

    void insertsAListingWithRequirementsAndANegotiableRate()
    {
        ListingRepository repository(m_database->connection());
        Listing listing;
        listing.title = u"決済基盤のGo移行 ('; DROP TABLE listings; --)"_s;
        listing.rateText = u"応相談"_s;
        listing.requirements = {{u"go"_s, u"Go 2年以上"_s, 2},
                                {QString(), u"金融ドメイン知識"_s, 0}};
        QString error;
        const qint64 id = repository.insert(listing, &error);
        QVERIFY2(id > 0, qPrintable(error));
        QCOMPARE(repository.count(), 6);
        const Listing stored = repository.all().last();
        QCOMPARE(stored.id, id);
        QCOMPARE(stored.title, listing.title);
        QVERIFY(!stored.monthlyRateMinYen);
        QVERIFY(!stored.monthlyRateMaxYen);
        QCOMPARE(stored.requirements, listing.requirements);
    }

    void aSeedKeyIsInsertedOnce()
    {
        ListingRepository repository(m_database->connection());
        Listing listing;
        listing.title = u"重複確認"_s;
        QString error;
        QVERIFY(repository.insert(listing, u"dup-key"_s, &error) > 0);
        QCOMPARE(repository.insert(listing, u"dup-key"_s, &error), 0);
        QCOMPARE(repository.count(), 6);
    }

    void aFailedInsertLeavesNothingBehind()
    {
        ListingRepository repository(m_database->connection());
        Listing listing;
        listing.title = u"存在しないスキルを参照"_s;
        // The second requirement names a skill the catalogue lacks: a foreign-key failure.
        listing.requirements = {{u"java"_s, u"Java"_s, 1}, {u"no-such-skill"_s, u"?"_s, 1}};
        QString error;
        QCOMPARE(repository.insert(listing, &error), -1);
        QVERIFY(!error.isEmpty());
        QCOMPARE(repository.count(), 5);
    }

    void profileHistoryKeepsEverySaveAndReturnsTheNewest()
    {
        ProfileStore store(m_database->connection());
        QVERIFY(!store.latest());
        Profile profile;
        profile.age = 47;
        profile.annualIncomeYen = 6'000'000;
        profile.skills = {{u"Java"_s, 15}};
        QString error;
        const QDateTime first = QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC);
        QVERIFY2(store.save(profile, &error, first), qPrintable(error));
        profile.skills.append({u"AWS"_s, 1});
        profile.annualIncomeYen = 6'500'000;
        QVERIFY(store.save(profile, &error, first.addMonths(6)));
        QCOMPARE(store.latest().value(), profile);
        const QList<DatedProfile> history = store.history();
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.first().savedAt, first);
        QCOMPARE(history.first().profile.skills.size(), 1);
        QCOMPARE(history.last().profile.annualIncomeYen, 6'500'000);
    }

    void roadmapSettingsAndStatusesSurviveARestart()
    {
        const QString path = m_dir.filePath(u"roadmap.sqlite"_s);
        const QDateTime started = QDateTime(QDate(2026, 4, 1), QTime(8, 30), Qt::UTC);
        RoadmapSettings settings{10'000'000,
                                 EmploymentType::Freelance,
                                 7.5,
                                 started,
                                 {{0, 6'000'000}, {5.8, 6'900'000}, {17.8, 7'400'000}}};
        {
            Database database;
            QVERIFY2(database.open(path), qPrintable(database.lastError()));
            RoadmapProgressStore store(database.connection());
            QString error;
            QVERIFY2(store.saveSettings(settings, &error), qPrintable(error));
            QVERIFY2(store.setStatus(u"learn:aws"_s, RoadmapStepStatus::Done, &error),
                     qPrintable(error));
            QVERIFY(store.setStatus(u"lead-team"_s, RoadmapStepStatus::InProgress, &error));
            QVERIFY(
                store.setStatus(u"upstream:requirements"_s, RoadmapStepStatus::Skipped, &error));
            // Clearing a mark removes it; marking again replaces it.
            QVERIFY(
                store.setStatus(u"upstream:requirements"_s, RoadmapStepStatus::NotStarted, &error));
            QVERIFY(store.setStatus(u"lead-team"_s, RoadmapStepStatus::Done, &error));
        }
        Database reopened;
        QVERIFY2(reopened.open(path), qPrintable(reopened.lastError()));
        RoadmapProgressStore store(reopened.connection());
        QCOMPARE(store.settings().value(), settings);
        const QHash<QString, RoadmapStepStatus> statuses = store.statuses();
        QCOMPARE(statuses.size(), 2);
        QCOMPARE(statuses.value(u"learn:aws"_s), RoadmapStepStatus::Done);
        QCOMPARE(statuses.value(u"lead-team"_s), RoadmapStepStatus::Done);

        // "Any" employment and a plan not started are kept as such, not as NULLs.
        QString error;
        QVERIFY2(store.saveSettings({8'000'000, std::nullopt, 3, QDateTime(), {}}, &error),
                 qPrintable(error));
        const RoadmapSettings any = store.settings().value();
        QVERIFY(!any.employment);
        QVERIFY(!any.startedAt.isValid());
        QCOMPARE(any.targetYen, 8'000'000);
        // The schema refuses what the program never writes.
        QVERIFY(!store.saveSettings({-1, std::nullopt, 3, QDateTime(), {}}, &error));
        QVERIFY(!error.isEmpty());
    }

    void catalogueAndStatisticsComeFromTheSeed()
    {
        const SkillCatalogue catalogue = SkillCatalogueRepository(m_database->connection()).load();
        QVERIFY(catalogue.find(u"java"_s));
        QCOMPARE(catalogue.find(u"Amazon Web Services"_s)->id, u"aws"_s);
        QCOMPARE(catalogue.find(u"要件定義"_s)->category, SkillCategory::Upstream);
        QCOMPARE(catalogue.find(u"PMO"_s)->category, SkillCategory::Management);
        for (SkillCategory category : SkillCategories::all()) {
            const bool present = std::any_of(
                catalogue.skills().begin(), catalogue.skills().end(),
                [category](const CatalogueSkill &skill) { return skill.category == category; });
            QVERIFY2(present, qPrintable(SkillCategories::key(category)));
        }

        const QList<SalaryStatistic> statistics =
            SalaryStatisticsRepository(m_database->connection()).all();
        const auto freelance =
            std::find_if(statistics.begin(), statistics.end(),
                         [](const SalaryStatistic &s) { return s.id == u"backend-freelance"_s; });
        QVERIFY(freelance != statistics.end());
        QCOMPARE(freelance->valueLowYen, 7'000'000);
        QCOMPARE(freelance->valueHighYen, 10'000'000);
        QVERIFY(freelance->source.contains(u"求人ボックス"_s));
        for (const SalaryStatistic &statistic : statistics) {
            QVERIFY2(!statistic.source.isEmpty(), qPrintable(statistic.id));
            QVERIFY2(statistic.asOfYear >= 2000, qPrintable(statistic.id));
        }

        const auto names = ReferenceDataRepository(m_database->connection())
                               .workKindNames(QLocale(QLocale::Japanese));
        QCOMPARE(names.value(u"operations"_s), u"運用・保守"_s);
        QCOMPARE(ReferenceDataRepository(m_database->connection())
                     .workKindNames(QLocale(QLocale::English))
                     .value(u"consulting"_s),
                 u"Consulting"_s);
    }

    void listingsWithOnlySkillsTextGetParsedRequirements()
    {
        Listing listing;
        listing.title = u"データ基盤構築"_s;
        listing.skillsText = u"Python実務経験5年以上、AWS、社内調整"_s;
        QString error;
        QVERIFY(ListingRepository(m_database->connection()).insert(listing, &error) > 0);
        const auto market = MarketDataLoader::load(m_database->connection(), &error);
        QVERIFY2(market, qPrintable(error));
        const Listing &loaded = market->listings.last();
        QCOMPARE(loaded.requirements.size(), 3);
        QCOMPARE(loaded.requirements.at(0).skillId, u"python"_s);
        QCOMPARE(loaded.requirements.at(0).minimumYears, 5.0);
        QCOMPARE(loaded.requirements.at(1).skillId, u"aws"_s);
        QVERIFY(loaded.requirements.at(2).skillId.isEmpty());
        // Seeded listings keep the requirements stored with them.
        QCOMPARE(market->listings.first().requirements.size(), 1);
        QCOMPARE(market->parameters.freelance.priorListings, 10.0);
        // The bundled market-data pack is in use, with its version and sources.
        QVERIFY(!market->pack.version.isEmpty());
        QVERIFY(market->pack.find(u"wage"_s, u"sw|40-44|all|kimatte"_s));
        QVERIFY(market->packNotice.isEmpty());
    }

    void marketDataImportIsValidatedStoredAndUndone()
    {
        QSqlDatabase db = m_database->connection();
        QString error;
        const auto bundled = MarketDataLoader::load(db, &error);
        QVERIFY2(bundled, qPrintable(error));
        const MarketPackParser parser(MarketDataLoader::skillIds(bundled->catalogue));
        QFile file(QStringLiteral(CAREERPLANNER_SOURCE_DIR) + u"/data/market/market-pack.csv"_s);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        MarketPackStore store(db);
        QVERIFY(!store.active());

        // A refused pack changes nothing in the database.
        QByteArray faulty = text;
        faulty.replace("pack,version,", "pack,version,x");
        QList<MarketPackError> errors;
        QVERIFY(!store.import(faulty, u"faulty.csv"_s, parser, &errors, &error));
        QVERIFY(!errors.isEmpty());
        QCOMPARE(errors.first().field, u"value"_s);
        QVERIFY(!store.active());

        // A newer, valid pack is stored and in use; its reference rate moves every estimate.
        QByteArray newer = text;
        newer.replace("pack,version," + bundled->pack.version.toUtf8(), "pack,version,2099.1");
        const QByteArray oldReference = "freelance-role,all,73,";
        QVERIFY(newer.contains(oldReference));
        newer.replace(oldReference, "freelance-role,all,80,");
        QVERIFY2(store.import(newer, u"newer.csv"_s, parser, &errors, &error), qPrintable(error));
        QCOMPARE(store.active()->version, u"2099.1"_s);
        auto loaded = MarketDataLoader::load(db, &error);
        QCOMPARE(loaded->pack.version, u"2099.1"_s);
        QCOMPARE(loaded->pack.find(u"freelance-role"_s, u"all"_s)->value, 80.0);

        // A second import keeps the first for undo; undo returns to it, then to the bundled.
        QByteArray newest = newer;
        newest.replace("pack,version,2099.1", "pack,version,2099.2");
        QVERIFY(store.import(newest, u"newest.csv"_s, parser, &errors, &error));
        QCOMPARE(MarketDataLoader::load(db, &error)->pack.version, u"2099.2"_s);
        QVERIFY(store.undoImport(&error));
        QCOMPARE(MarketDataLoader::load(db, &error)->pack.version, u"2099.1"_s);
        QVERIFY(store.undoImport(&error));
        QCOMPARE(MarketDataLoader::load(db, &error)->pack.version, bundled->pack.version);
        QVERIFY(!store.undoImport(&error));

        // An imported pack older than the bundled one is passed over, and the user told.
        QByteArray older = text;
        older.replace("pack,version," + bundled->pack.version.toUtf8(), "pack,version,2001.1");
        QVERIFY(store.import(older, u"older.csv"_s, parser, &errors, &error));
        loaded = MarketDataLoader::load(db, &error);
        QCOMPARE(loaded->pack.version, bundled->pack.version);
        QVERIFY2(loaded->packNotice.contains(u"2001.1"_s), qPrintable(loaded->packNotice));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    int m_counter = 0;
};

QTEST_GUILESS_MAIN(TestRepositories)
#include "tst_repositories.moc"
