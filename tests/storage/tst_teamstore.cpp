// The team database: the listing store on a real PostgreSQL 15 server (the throwaway cluster
// scripts/test.sh starts) through the same code as on SQLite, compared with SQLite on the same
// listings; its schema, roles, errors and concurrent writers.
#include "core/ListingImportPreview.h"
#include "core/ListingJson.h"
#include "storage/Database.h"
#include "storage/ListingImportWriter.h"
#include "storage/ListingRepository.h"
#include "storage/SavedListingRepository.h"
#include "storage/SkillCatalogueRepository.h"
#include "storage/team/ServerErrors.h"
#include "storage/team/TeamDatabase.h"
#include "storage/team/TeamSchema.h"
#include "storage/team/TeamSync.h"
#include "support/PostgresServer.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <thread>

using namespace Qt::StringLiterals;

namespace {
// Words that probe what the two engines must agree on: ASCII case, kana and kanji, a
// character beyond the BMP, full-width letters, LIKE's own wildcards and its escape.
const QStringList fragments{
    u"Go"_s,       u"GO"_s,       u"Java"_s, u"AWS"_s,        u"保守"_s, u"運用"_s,
    u"決済基盤"_s, u"API"_s,      u"ai"_s,   u"C++"_s,        u"設計"_s, u"\U00020BB7"_s,
    u"PM"_s,       u"Ｊａｖａ"_s, u"100%"_s, u"snake_case"_s, u"a\\b"_s, u"フルリモート"_s};
const QStringList contracts{u"業務委託"_s, u"正社員"_s, u"派遣"_s};

QString text(QRandomGenerator &random, int words)
{
    QString result;
    for (int i = 0; i < words; ++i)
        result += fragments.at(random.bounded(int(fragments.size())));
    return result;
}

QList<ImportedListing> generatedListings(int count, quint32 seed, const QString &source)
{
    QRandomGenerator random(seed);
    QList<ImportedListing> listings;
    for (int i = 0; i < count; ++i) {
        Listing listing;
        listing.title = text(random, 1 + random.bounded(3)) + QString::number(i);
        listing.workContent = text(random, random.bounded(6));
        listing.skillsText = text(random, random.bounded(3));
        listing.contract = contracts.at(random.bounded(int(contracts.size())));
        listing.positions = random.bounded(3) == 0 ? u"PM, SE"_s : u"PG"_s;
        if (random.bounded(5) != 0) {
            const qint64 rate = 400'000 + random.bounded(80) * 10'000;
            listing.monthlyRateMinYen = rate;
            listing.monthlyRateMaxYen = rate + random.bounded(3) * 50'000;
        } else if (random.bounded(2) == 0) {
            // Odd hourly figures: the monthly figure is cut to whole yen the same way on both.
            listing.hourlyRateMinYen = 3'001 + random.bounded(3'000);
        }
        if (random.bounded(4) == 0)
            listing.requirements = {{u"aws"_s, u"AWS 3年"_s, double(random.bounded(4))}};
        listing.source = source;
        listings.append({i + 2, listing, {}});
    }
    return listings;
}

bool openTeam(TeamDatabase &team, const ServerAddress &address)
{
    if (!team.initialise(address)) {
        qWarning("%s", qPrintable(team.lastError()));
        return false;
    }
    team.close();
    if (!team.open(address)) {
        qWarning("%s", qPrintable(team.lastError()));
        return false;
    }
    return true;
}
} // namespace

class TestTeamStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // The administrator's set-up: the schema at the latest version with its trigram index and
    // both roles; a second run changes nothing and fails nothing.
    void initialiseCreatesTheSchemaAndRolesOnce()
    {
        CAREERPLANNER_SCRATCH_POSTGRES(scratch);
        TeamDatabase team;
        QVERIFY2(team.initialise(scratch.address()), qPrintable(team.lastError()));
        QCOMPARE(team.schemaVersion(), TeamSchema::latestVersion());
        QSqlQuery query(team.connection());
        QVERIFY(
            query.exec(u"SELECT indexdef FROM pg_indexes WHERE indexname = 'listings_search'"_s));
        QVERIFY(query.next());
        QVERIFY2(query.value(0).toString().contains(u"gin_trgm_ops"_s),
                 qPrintable(query.value(0).toString()));
        QVERIFY(query.exec(u"SELECT rolname FROM pg_roles WHERE rolname IN "
                           u"('careerplanner_reader', 'careerplanner_editor')"
                           " ORDER BY rolname"_s));
        QStringList roles;
        while (query.next())
            roles.append(query.value(0).toString());
        QCOMPARE(roles, (QStringList{TeamSchema::editorRole(), TeamSchema::readerRole()}));
        query.finish();
        team.close();
        QVERIFY2(team.initialise(scratch.address()), qPrintable(team.lastError()));
        QVERIFY(team.open(scratch.address()));
        QSqlQuery versions(team.connection());
        QVERIFY(versions.exec(u"SELECT COUNT(*) FROM careerplanner_schema"_s) && versions.next());
        QCOMPARE(versions.value(0).toInt(), TeamSchema::latestVersion());
    }

    // A program never changes a team schema it did not expect: missing, older or newer, it
    // says what to do and leaves the database as it was.
    void openRefusesASchemaItDoesNotKnow()
    {
        CAREERPLANNER_SCRATCH_POSTGRES(scratch);
        TeamDatabase team;
        QVERIFY(!team.open(scratch.address()));
        QCOMPARE(team.problem(), TeamDatabase::Problem::NotInitialised);
        QVERIFY2(team.lastError().contains(u"admin init-postgres"_s), qPrintable(team.lastError()));
        QVERIFY2(team.lastError().contains(scratch.address().toUri()),
                 qPrintable(team.lastError()));

        QVERIFY2(team.initialise(scratch.address()), qPrintable(team.lastError()));
        const QString newer = u"INSERT INTO careerplanner_schema (version) VALUES (%1)"_s.arg(
            TeamSchema::latestVersion() + 1);
        QCOMPARE(PostgresServer::runAsSuperuser({newer}, scratch.name()), QString());
        team.close();
        QVERIFY(!team.open(scratch.address()));
        QCOMPARE(team.problem(), TeamDatabase::Problem::Newer);
        QVERIFY2(team.lastError().contains(u"Update CareerPlanner"_s),
                 qPrintable(team.lastError()));
        QVERIFY(!team.initialise(scratch.address()));
        QCOMPARE(team.problem(), TeamDatabase::Problem::Newer);
        QCOMPARE(team.lastError().contains(u"newer"_s), true);
    }

    // Unreachable server, no password, wrong password, unknown database: each said plainly,
    // with the server's own words after it, never those alone.
    void connectionFailuresAreSaidPlainly()
    {
        CAREERPLANNER_SCRATCH_POSTGRES(scratch);
        const ServerAddress &address = scratch.address();
        QCOMPARE(PostgresServer::runAsSuperuser(
                     {u"CREATE ROLE carol LOGIN PASSWORD 'right-password'"_s}),
                 QString());
        auto cleanup = qScopeGuard([] { PostgresServer::runAsSuperuser({u"DROP ROLE carol"_s}); });

        TeamDatabase team;
        QString error;
        // A port where nothing listens (the cluster's own, minus one thousand).
        const auto nowhere = ServerAddress::parse(
            u"postgresql://carol@127.0.0.1:%1/x?connect_timeout=3"_s.arg(address.port() - 1000),
            &error);
        QVERIFY(!team.open(*nowhere));
        QCOMPARE(team.problem(), TeamDatabase::Problem::Unreachable);
        QVERIFY2(team.lastError().startsWith(u"Cannot reach the team database"_s),
                 qPrintable(team.lastError()));
        QVERIFY2(team.lastError().contains(u"the server said"_s), qPrintable(team.lastError()));

        // carol has no line in the password file the run uses.
        QVERIFY(!team.open(scratch.addressAs(u"carol"_s)));
        QCOMPARE(team.problem(), TeamDatabase::Problem::Password);
        QVERIFY2(team.lastError().contains(u"~/.pgpass"_s), qPrintable(team.lastError()));
        QVERIFY2(team.lastError().contains(u"none was found"_s), qPrintable(team.lastError()));

        // A wrong password in a password file of her own.
        PostgresServer::MemberPassFile passFile(m_dir.filePath(u"wrong-pgpass"_s), address.port(),
                                                {{u"carol"_s, u"wrong-password"_s}});
        QVERIFY(passFile.isValid());
        passFile.use();
        const bool opened = team.open(scratch.addressAs(u"carol"_s));
        passFile.restore();
        QVERIFY(!opened);
        QCOMPARE(team.problem(), TeamDatabase::Problem::Password);
        QVERIFY2(team.lastError().startsWith(u"The server refused the password of carol"_s),
                 qPrintable(team.lastError()));
        QVERIFY2(!team.lastError().contains(u"wrong-password"_s), qPrintable(team.lastError()));

        // TLS required of a server that offers none (the test cluster): said as a TLS failure.
        const auto tls = ServerAddress::parse(
            u"postgresql://%1@127.0.0.1:%2/%3?sslmode=require"_s.arg(address.user())
                .arg(address.port())
                .arg(scratch.name()),
            &error);
        QVERIFY(!team.open(*tls));
        QVERIFY2(team.lastError().startsWith(u"The secure connection (TLS, sslmode=require)"_s),
                 qPrintable(team.lastError()));

        const auto noDatabase = ServerAddress::parse(
            u"postgresql://%1@127.0.0.1:%2/no_such_database"_s.arg(address.user())
                .arg(address.port()),
            &error);
        QVERIFY(!team.open(*noDatabase));
        QVERIFY2(team.lastError().startsWith(u"There is no database no_such_database"_s),
                 qPrintable(team.lastError()));
    }

    // The same listings imported into SQLite and into PostgreSQL are found by every kind of
    // search with the same ids in the same order: text (short and long words, mixed, case,
    // full-width, wildcards), rate, contract, positions, skill, and each sort.
    void searchAnswersAsSQLiteDoes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("variant");
        const QStringList texts{QString(),   u"g"_s,        u"Go"_s,         u"go"_s,
                                u"保"_s,     u"保守"_s,     u"AWS"_s,        u"aws"_s,
                                u"AWS 運"_s, u"Go 保守"_s,  u"\U00020BB7"_s, u"決済基盤"_s,
                                u"java"_s,   u"ｊａｖａ"_s, u"100%"_s,       u"%"_s,
                                u"e_c"_s,    u"a\\b"_s,     u"C++"_s,        u"存在しない"_s};
        for (int variant = 0; variant < 7; ++variant)
            for (const QString &t : texts)
                QTest::addRow("%d %s", variant, qPrintable(t)) << t << variant;
    }

    void searchAnswersAsSQLiteDoes()
    {
        CAREERPLANNER_REQUIRE_POSTGRES();
        if (!m_compared)
            QVERIFY2(prepareComparison(), "the two stores could not be filled");
        QFETCH(QString, text);
        QFETCH(int, variant);
        ListingFilter filter;
        filter.text = text;
        switch (variant) {
        case 1:
            filter.sort = ListingSort::RateHighFirst;
            break;
        case 2:
            filter.sort = ListingSort::RateLowFirst;
            break;
        case 3:
            filter.sort = ListingSort::Newest;
            break;
        case 4:
            filter.minMonthlyYen = 600'000;
            filter.maxMonthlyYen = 900'000;
            filter.billableHoursPerMonth = 151.5;
            break;
        case 5:
            filter.contract = u"正社員"_s;
            filter.positions = u"pm"_s;
            break;
        case 6:
            filter.skillId = u"aws"_s;
            filter.sort = ListingSort::RateLowFirst;
            break;
        default:
            break;
        }
        QString error;
        const QList<qint64> onSqlite =
            ListingRepository(m_sqlite.connection()).search(filter, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QList<qint64> onPostgres =
            ListingRepository(m_postgres->connection()).search(filter, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(onPostgres, onSqlite);
        if (text == u"Go"_s && variant == 0)
            QVERIFY(onSqlite.size() > 100); // a broad word: the check compares many ids
        if (text == u"100%"_s && variant == 0)
            QVERIFY(!onSqlite.isEmpty() && onSqlite.size() < 300); // % is text, not "anything"
    }

    // What the window and an export read: every field of every listing, the same.
    void listingsReadBackAsFromSQLite()
    {
        CAREERPLANNER_REQUIRE_POSTGRES();
        if (!m_compared)
            QVERIFY2(prepareComparison(), "the two stores could not be filled");
        QString error;
        const QList<Listing> fromSqlite = ListingRepository(m_sqlite.connection()).all(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QList<Listing> fromPostgres = ListingRepository(m_postgres->connection()).all(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(fromPostgres.size(), fromSqlite.size());
        for (qsizetype i = 0; i < fromSqlite.size(); ++i) {
            const Listing &a = fromSqlite.at(i);
            const Listing &b = fromPostgres.at(i);
            QCOMPARE(b.id, a.id);
            QCOMPARE(b.title, a.title);
            QCOMPARE(b.workContent, a.workContent);
            QCOMPARE(b.skillsText, a.skillsText);
            QCOMPARE(b.monthlyRateMinYen, a.monthlyRateMinYen);
            QCOMPARE(b.hourlyRateMinYen, a.hourlyRateMinYen);
            QCOMPARE(b.contract, a.contract);
            QCOMPARE(b.requirements.size(), a.requirements.size());
            for (qsizetype r = 0; r < a.requirements.size(); ++r) {
                QCOMPARE(b.requirements.at(r).skillId, a.requirements.at(r).skillId);
                QCOMPARE(b.requirements.at(r).text, a.requirements.at(r).text);
                QCOMPARE(b.requirements.at(r).minimumYears, a.requirements.at(r).minimumYears);
            }
        }
        const QList<qint64> some{fromSqlite.at(7).id, fromSqlite.at(3).id, 999'999};
        const QList<Listing> picked = ListingRepository(m_postgres->connection()).byIds(some);
        QCOMPARE(picked.size(), 2);
        QCOMPARE(picked.at(0).title, fromSqlite.at(7).title);
        QCOMPARE(picked.at(1).title, fromSqlite.at(3).title);
        const ListingSet summaries = ListingRepository(m_postgres->connection()).summaries(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(summaries.size(), fromSqlite.size());
    }

    // A listing added alone (a paste) after an import takes an id after the imported ones; a
    // removal takes its requirements along.
    void pasteAndRemoveOnPostgres()
    {
        CAREERPLANNER_SCRATCH_POSTGRES(scratch);
        TeamDatabase team;
        QVERIFY(openTeam(team, scratch.address()));
        const ListingImportOutcome imported =
            ListingImportWriter(team.connection())
                .write(generatedListings(30, 4, u"a"_s), DuplicatePolicy::Skip);
        QVERIFY2(imported.error.isEmpty(), qPrintable(imported.error));
        Listing pasted;
        pasted.title = u"貼り付けた案件"_s;
        pasted.requirements = {{u"go"_s, u"Go 2年"_s, 2}};
        QString error;
        ListingRepository repository(team.connection());
        const qint64 id = repository.insert(pasted, &error);
        QVERIFY2(id > 0, qPrintable(error));
        QCOMPARE(id, imported.firstInsertedId + 30);
        QCOMPARE(repository.byIds({id}).first().requirements.size(), 1);
        // The same seed key twice: stored once.
        QCOMPARE(repository.insert(pasted, u"seed-1"_s, &error), id + 1);
        QCOMPARE(repository.insert(pasted, u"seed-1"_s, &error), 0);
        QVERIFY2(repository.remove({id, id + 1}, &error), qPrintable(error));
        QCOMPARE(repository.count(), 30);
        QSqlQuery orphans(team.connection());
        QVERIFY(orphans.exec(
            u"SELECT COUNT(*) FROM listing_requirements WHERE listing_id = %1"_s.arg(id)));
        QVERIFY(orphans.next());
        QCOMPARE(orphans.value(0).toInt(), 0);
    }

    // A row the server refuses names its line, and nothing of the import stays: PostgreSQL
    // ends a transaction at its first error, so the batch is retried row by row under a
    // savepoint to find it.
    void aRefusedRowNamesItsLineAndNothingStays()
    {
        CAREERPLANNER_SCRATCH_POSTGRES(scratch);
        TeamDatabase team;
        QVERIFY(openTeam(team, scratch.address()));
        QCOMPARE(PostgresServer::runAsSuperuser(
                     {u"CREATE FUNCTION refuse_bad() RETURNS trigger LANGUAGE plpgsql AS $$"
                      " BEGIN IF NEW.title LIKE 'BAD%' THEN"
                      " RAISE EXCEPTION 'refused by the test'; END IF; RETURN NEW; END $$"_s,
                      u"CREATE TRIGGER refuse_bad BEFORE INSERT ON listings"
                      " FOR EACH ROW EXECUTE FUNCTION refuse_bad()"_s},
                     scratch.name()),
                 QString());
        QList<ImportedListing> listings = generatedListings(120, 5, u"b"_s);
        listings[77].listing.title = u"BAD listing"_s;
        const ListingImportOutcome outcome =
            ListingImportWriter(team.connection()).write(listings, DuplicatePolicy::Skip);
        QVERIFY(!outcome.error.isEmpty());
        QVERIFY2(outcome.error.contains(u"line %1"_s.arg(listings[77].line)),
                 qPrintable(outcome.error));
        QVERIFY2(outcome.error.contains(u"refused by the test"_s), qPrintable(outcome.error));
        QCOMPARE(ListingRepository(team.connection()).count(), 0);
        // The connection is usable after the rollback.
        listings.remove(77);
        const ListingImportOutcome second =
            ListingImportWriter(team.connection()).write(listings, DuplicatePolicy::Skip);
        QVERIFY2(second.error.isEmpty(), qPrintable(second.error));
        QCOMPARE(second.inserted, 119);
    }

    // Two editors import at once, with a hundred listings in common: both imports land (the
    // second waits for the first's write lock), the shared ones are stored once, none is lost.
    void twoImportsAtOnceBothLandAndSharedListingsAreStoredOnce()
    {
        CAREERPLANNER_SCRATCH_POSTGRES(scratch);
        {
            TeamDatabase admin;
            QVERIFY(openTeam(admin, scratch.address()));
        }
        const QList<ImportedListing> shared = generatedListings(100, 6, u"shared"_s);
        QList<ImportedListing> first = generatedListings(400, 7, u"first"_s) + shared;
        QList<ImportedListing> second = shared + generatedListings(300, 8, u"second"_s);
        ListingImportOutcome outcomes[2];
        QString errors[2];
        auto importer = [&](int which, const QList<ImportedListing> &listings) {
            TeamDatabase team;
            if (!team.open(scratch.address())) {
                errors[which] = team.lastError();
                return;
            }
            outcomes[which] =
                ListingImportWriter(team.connection()).write(listings, DuplicatePolicy::Skip);
        };
        std::thread a(importer, 0, first);
        std::thread b(importer, 1, second);
        a.join();
        b.join();
        for (int i = 0; i < 2; ++i) {
            QVERIFY2(errors[i].isEmpty(), qPrintable(errors[i]));
            QVERIFY2(outcomes[i].error.isEmpty(), qPrintable(outcomes[i].error));
        }
        QCOMPARE(outcomes[0].inserted + outcomes[1].inserted, 800);
        QCOMPARE(outcomes[0].skippedDuplicates + outcomes[1].skippedDuplicates, 100);
        TeamDatabase team;
        QVERIFY(team.open(scratch.address()));
        QCOMPARE(ListingRepository(team.connection()).count(), 800);
        QSqlQuery query(team.connection());
        QVERIFY(query.exec(u"SELECT COUNT(DISTINCT uuid), COUNT(DISTINCT title) FROM listings"_s));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 800);
        // Each with its duplicate key's hash, by which an import finds it without reading all.
        QVERIFY(query.exec(u"SELECT COUNT(*) FROM listings WHERE duplicate_key = 0"_s));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 0);
    }

    // Duplicates of stored listings are found the same way whether the import looked them up
    // one by one (its first listings) or read every stored key's hash (a large import).
    void aLargeImportFindsEveryDuplicate()
    {
        CAREERPLANNER_SCRATCH_POSTGRES(scratch);
        TeamDatabase team;
        QVERIFY(openTeam(team, scratch.address()));
        const QList<ImportedListing> first = generatedListings(2'500, 27, u"large"_s);
        QCOMPARE(
            ListingImportWriter(team.connection()).write(first, DuplicatePolicy::Skip).inserted,
            2'500);
        const QList<ImportedListing> again = first + generatedListings(10, 28, u"new"_s);
        const ListingImportOutcome outcome =
            ListingImportWriter(team.connection()).write(again, DuplicatePolicy::Skip);
        QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
        QCOMPARE(outcome.skippedDuplicates, 2'500);
        QCOMPARE(outcome.inserted, 10);
        QCOMPARE(ListingRepository(team.connection()).count(), 2'510);
    }

    // The reader role searches and reads; importing is refused in plain words and changes
    // nothing. The editor role imports.
    void rolesDecideWhoMayWrite()
    {
        CAREERPLANNER_SCRATCH_POSTGRES(scratch);
        {
            TeamDatabase admin;
            QVERIFY(openTeam(admin, scratch.address()));
            const ListingImportOutcome seeded =
                ListingImportWriter(admin.connection())
                    .write(generatedListings(20, 9, u"s"_s), DuplicatePolicy::Skip);
            QVERIFY2(seeded.error.isEmpty(), qPrintable(seeded.error));
        }
        const QString reader = u"reader_%1"_s.arg(QRandomGenerator::global()->bounded(1'000'000));
        const QString editor = u"editor_%1"_s.arg(QRandomGenerator::global()->bounded(1'000'000));
        QCOMPARE(PostgresServer::runAsSuperuser(
                     {u"CREATE ROLE %1 LOGIN PASSWORD 'r-pass' IN ROLE %2"_s.arg(
                          reader, TeamSchema::readerRole()),
                      u"CREATE ROLE %1 LOGIN PASSWORD 'e-pass' IN ROLE %2"_s.arg(
                          editor, TeamSchema::editorRole())}),
                 QString());
        auto cleanup = qScopeGuard([&] {
            PostgresServer::runAsSuperuser(
                {u"DROP ROLE %1"_s.arg(reader), u"DROP ROLE %1"_s.arg(editor)});
        });
        // Their passwords in a password file, as a team member keeps them.
        PostgresServer::MemberPassFile passFile(m_dir.filePath(u"roles-pgpass"_s),
                                                scratch.address().port(),
                                                {{reader, u"r-pass"_s}, {editor, u"e-pass"_s}});
        QVERIFY(passFile.isValid());
        passFile.use();

        TeamDatabase asReader;
        QVERIFY2(asReader.open(scratch.addressAs(reader)), qPrintable(asReader.lastError()));
        QVERIFY(!asReader.canEdit());
        ListingFilter filter;
        filter.text = u"Go"_s;
        QString error;
        QVERIFY(!ListingRepository(asReader.connection()).search(filter, &error).isEmpty());
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const ListingImportOutcome refused =
            ListingImportWriter(asReader.connection())
                .write(generatedListings(5, 10, u"r"_s), DuplicatePolicy::Skip);
        QVERIFY(!refused.error.isEmpty());
        const QString said = ServerErrors::statementFailed(asReader.address(), refused.error);
        QVERIFY2(said.contains(u"reader role"_s), qPrintable(said));
        QCOMPARE(ListingRepository(asReader.connection()).count(), 20);

        TeamDatabase asEditor;
        QVERIFY2(asEditor.open(scratch.addressAs(editor)), qPrintable(asEditor.lastError()));
        QVERIFY(asEditor.canEdit());
        const ListingImportOutcome written =
            ListingImportWriter(asEditor.connection())
                .write(generatedListings(5, 10, u"e"_s), DuplicatePolicy::Skip);
        QVERIFY2(written.error.isEmpty(), qPrintable(written.error));
        QCOMPARE(ListingRepository(asEditor.connection()).count(), 25);
    }

    // The local copy: the team's listings arrive in the local file, and follow what the team
    // adds, merges and deletes; a deleted listing the user saved stays, with its note, as the
    // user's own. The copy's search finds what the team database's finds.
    void theLocalCopyFollowsTheTeam()
    {
        CAREERPLANNER_SCRATCH_POSTGRES(scratch);
        TeamDatabase team;
        QVERIFY(openTeam(team, scratch.address()));
        QList<ImportedListing> first = generatedListings(30, 21, u"team"_s);
        QVERIFY(ListingImportWriter(team.connection())
                    .write(first, DuplicatePolicy::Skip)
                    .error.isEmpty());

        Database local;
        QVERIFY(local.open(m_dir.filePath(u"copy.sqlite"_s)));
        const int own = ListingRepository(local.connection()).count(); // the sample listings
        TeamSync sync(team.connection(), local.connection(), u"team-a"_s);
        TeamSyncOutcome outcome = sync.run();
        QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
        QCOMPARE(outcome.copied, 30);
        QCOMPARE(ListingRepository(local.connection()).count(), own + 30);
        QVERIFY(TeamSync::copyState(local.connection()).identity.startsWith(u"team-a#"_s));
        QCOMPARE(TeamSync::copyState(local.connection()).revision, outcome.revision);
        // The copy answers a search as the team database does (the sample listings aside).
        const QSet<QString> samples = ownUuids(local.connection());
        QCOMPARE(uuidsFor(local.connection(), u"AWS"_s) - samples,
                 uuidsFor(team.connection(), u"AWS"_s));
        QCOMPARE(uuidsFor(local.connection(), u"Go"_s) - samples,
                 uuidsFor(team.connection(), u"Go"_s));
        QVERIFY(!uuidsFor(team.connection(), u"Go"_s).isEmpty());
        QCOMPARE(requirementCount(local.connection(), u"team"_s),
                 requirementCount(team.connection(), u"team"_s));
        QVERIFY(requirementCount(team.connection(), u"team"_s) > 0);

        // Nothing new: nothing copied.
        outcome = sync.run();
        QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
        QVERIFY(!outcome.changed());

        // The user saves two of the team's listings, with a note.
        ListingFilter byTitle;
        byTitle.text = first.at(3).listing.title;
        const qint64 savedHere = ListingRepository(local.connection()).search(byTitle).value(0);
        byTitle.text = first.at(4).listing.title;
        const qint64 alsoSaved = ListingRepository(local.connection()).search(byTitle).value(0);
        QVERIFY(savedHere > 0 && alsoSaved > 0);
        QString error;
        SavedListingRepository saved(local.connection());
        QVERIFY2(saved.save(savedHere, ApplicationStatus::Applied, u"面談は来週"_s, &error),
                 qPrintable(error));
        QVERIFY2(saved.save(alsoSaved, ApplicationStatus::Interested, {}, &error),
                 qPrintable(error));

        // The team adds ten, merges text into one, deletes three (one of them saved here).
        QList<ImportedListing> more = generatedListings(10, 22, u"team-more"_s);
        ImportedListing merged = first.at(5);
        merged.listing.url = u"https://example.com/listing/5"_s;
        more.append(merged);
        const ListingImportOutcome added =
            ListingImportWriter(team.connection()).write(more, DuplicatePolicy::Merge);
        QVERIFY2(added.error.isEmpty(), qPrintable(added.error));
        QCOMPARE(added.merged, 1);
        ListingRepository teamListings(team.connection());
        QList<qint64> teamIds;
        for (int position : {3, 6, 7}) {
            byTitle.text = first.at(position).listing.title;
            teamIds.append(teamListings.search(byTitle).value(0));
        }
        QVERIFY2(teamListings.remove(teamIds, &error), qPrintable(error));

        outcome = sync.run();
        QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
        QCOMPARE(outcome.copied, 11);
        QCOMPARE(outcome.removed, 2);
        QCOMPARE(outcome.keptAsOwn, 1);
        QCOMPARE(ListingRepository(local.connection()).count(), own + 30 + 10 - 2);
        const auto kept = saved.find(savedHere);
        QVERIFY(kept);
        QCOMPARE(kept->note, u"面談は来週"_s);
        QVERIFY(saved.find(alsoSaved));
        byTitle.text = first.at(5).listing.title;
        const QList<Listing> mergedHere =
            ListingRepository(local.connection())
                .byIds(ListingRepository(local.connection()).search(byTitle));
        QCOMPARE(mergedHere.size(), 1);
        QCOMPARE(mergedHere.first().url, u"https://example.com/listing/5"_s);
        // The listing kept as the user's own is no longer the team's.
        QCOMPARE(uuidsFor(local.connection(), u"Java"_s) - ownUuids(local.connection()),
                 uuidsFor(team.connection(), u"Java"_s));
        QVERIFY(!uuidsFor(team.connection(), u"Java"_s).isEmpty());
    }

    // More listings than a page: copied page by page, each page its own transaction. A page
    // that fails leaves the pages before it and the copy's revision at their end; the next run
    // goes on from there.
    void aLargeCopyGoesByPagesAndResumesAfterAFailure()
    {
        CAREERPLANNER_SCRATCH_POSTGRES(scratch);
        TeamDatabase team;
        QVERIFY(openTeam(team, scratch.address()));
        const int total = TeamSync::listingsPerPage * 2 + 300;
        QVERIFY(ListingImportWriter(team.connection())
                    .write(generatedListings(total, 23, u"big"_s), DuplicatePolicy::Skip)
                    .error.isEmpty());
        Database local;
        QVERIFY(local.open(m_dir.filePath(u"paged.sqlite"_s)));
        QSqlQuery query(local.connection());
        QVERIFY(query.exec(u"DELETE FROM listings"_s));
        // The third page cannot be written: a trigger refuses the first listing on it.
        QVERIFY(query.exec(u"CREATE TRIGGER refuse_page AFTER INSERT ON listings"
                           " WHEN (SELECT COUNT(*) FROM listings) > %1"
                           " BEGIN SELECT RAISE(ABORT, 'disk full (test)'); END"_s.arg(
                               TeamSync::listingsPerPage * 2)));
        TeamSync sync(team.connection(), local.connection(), u"team-big"_s);
        int reports = 0;
        TeamSyncOutcome outcome = sync.run([&](int) {
            ++reports;
            return true;
        });
        QVERIFY(outcome.error.contains(u"disk full (test)"_s));
        QCOMPARE(reports, 2);
        QCOMPARE(ListingRepository(local.connection()).count(), TeamSync::listingsPerPage * 2);
        QCOMPARE(TeamSync::copyState(local.connection()).revision, outcome.revision);
        QVERIFY(query.exec(u"DROP TRIGGER refuse_page"_s));
        outcome = sync.run();
        QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
        QCOMPARE(outcome.copied, 300);
        QCOMPARE(ListingRepository(local.connection()).count(), total);
        QVERIFY(
            query.exec(u"INSERT INTO listings_fts (listings_fts) VALUES ('integrity-check')"_s));
    }

    // The team database set up again at the same address from an export (its listings keep
    // their UUIDs): the copy starts afresh from the new one, and the saved listing is the same
    // listing again, its note with it.
    void aTeamDatabaseSetUpAgainKeepsTheNotes()
    {
        CAREERPLANNER_SCRATCH_POSTGRES(scratch);
        QByteArray exported;
        Database local;
        QVERIFY(local.open(m_dir.filePath(u"again.sqlite"_s)));
        qint64 savedHere = 0;
        {
            TeamDatabase team;
            QVERIFY(openTeam(team, scratch.address()));
            QVERIFY(ListingImportWriter(team.connection())
                        .write(generatedListings(6, 26, u"again"_s), DuplicatePolicy::Skip)
                        .error.isEmpty());
            QVERIFY(TeamSync(team.connection(), local.connection(), u"same-address"_s)
                        .run()
                        .error.isEmpty());
            QSqlQuery first(local.connection());
            QVERIFY(first.exec(u"SELECT MIN(id) FROM listings WHERE team_revision IS NOT NULL"_s));
            QVERIFY(first.next());
            savedHere = first.value(0).toLongLong();
            QString error;
            QVERIFY(
                SavedListingRepository(local.connection())
                    .save(savedHere, ApplicationStatus::Interviewing, u"二次面談あり"_s, &error));
            exported = ListingJson::toJson(ListingRepository(team.connection()).all(), {});
        }
        // The administrator drops the database and sets it up again from the export.
        QCOMPARE(
            PostgresServer::runAsSuperuser({u"DROP DATABASE %1 WITH (FORCE)"_s.arg(scratch.name()),
                                            u"CREATE DATABASE %1"_s.arg(scratch.name())}),
            QString());
        TeamDatabase team;
        QVERIFY(openTeam(team, scratch.address()));
        QString error;
        const ListingImportPreview file = ListingJson::fromJson(
            exported, SkillCatalogueRepository(local.connection()).load(&error));
        QCOMPARE(file.accepted.size(), 6);
        QVERIFY(ListingImportWriter(team.connection())
                    .write(file.accepted, DuplicatePolicy::Skip)
                    .error.isEmpty());

        const TeamSyncOutcome outcome =
            TeamSync(team.connection(), local.connection(), u"same-address"_s).run();
        QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
        QCOMPARE(outcome.copied, 6);
        QCOMPARE(outcome.keptAsOwn, 0);
        const auto saved = SavedListingRepository(local.connection()).find(savedHere);
        QVERIFY(saved);
        QCOMPARE(saved->note, u"二次面談あり"_s);
        QSqlQuery linked(local.connection());
        QVERIFY(linked.exec(u"SELECT team_revision FROM listings WHERE id = %1"_s.arg(savedHere)));
        QVERIFY(linked.next());
        QVERIFY(linked.value(0).toLongLong() > 0); // the team's listing again, not the user's own
        QVERIFY(linked.exec(u"SELECT COUNT(*) FROM listings WHERE team_revision IS NOT NULL"_s));
        QVERIFY(linked.next());
        QCOMPARE(linked.value(0).toInt(), 6);
    }

    // Pointed at another team database, the copy starts afresh: the last team's listings go,
    // except the saved ones, which stay as the user's own.
    void anotherTeamStartsTheCopyAfresh()
    {
        CAREERPLANNER_SCRATCH_POSTGRES(scratchA);
        CAREERPLANNER_SCRATCH_POSTGRES(scratchB);
        TeamDatabase a;
        TeamDatabase b;
        QVERIFY(openTeam(a, scratchA.address()));
        QVERIFY(openTeam(b, scratchB.address()));
        QVERIFY(ListingImportWriter(a.connection())
                    .write(generatedListings(12, 24, u"a"_s), DuplicatePolicy::Skip)
                    .error.isEmpty());
        QVERIFY(ListingImportWriter(b.connection())
                    .write(generatedListings(7, 25, u"b"_s), DuplicatePolicy::Skip)
                    .error.isEmpty());
        Database local;
        QVERIFY(local.open(m_dir.filePath(u"switch.sqlite"_s)));
        const int own = ListingRepository(local.connection()).count();
        QVERIFY(TeamSync(a.connection(), local.connection(), u"a"_s).run().error.isEmpty());
        QSqlQuery first(local.connection());
        QVERIFY(first.exec(u"SELECT MIN(id) FROM listings WHERE team_revision IS NOT NULL"_s));
        QVERIFY(first.next());
        const qint64 savedId = first.value(0).toLongLong();
        first.finish();
        QString error;
        QVERIFY(SavedListingRepository(local.connection())
                    .save(savedId, ApplicationStatus::Offered, u"条件良し"_s, &error));
        const TeamSyncOutcome outcome = TeamSync(b.connection(), local.connection(), u"b"_s).run();
        QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
        QCOMPARE(outcome.copied, 7);
        QCOMPARE(ListingRepository(local.connection()).count(), own + 1 + 7);
        QCOMPARE(SavedListingRepository(local.connection()).find(savedId)->note, u"条件良し"_s);
    }

private:
    static QSet<QString> uuidsFor(QSqlDatabase database, const QString &text)
    {
        ListingFilter filter;
        filter.text = text;
        const QList<qint64> ids = ListingRepository(database).search(filter);
        QSet<QString> uuids;
        QSqlQuery query(database);
        query.prepare(u"SELECT uuid FROM listings WHERE id = ?"_s);
        for (qint64 id : ids) {
            query.bindValue(0, id);
            if (query.exec() && query.next())
                uuids.insert(query.value(0).toString());
        }
        return uuids;
    }

    // The local file's own listings (the samples), which the team does not have.
    static QSet<QString> ownUuids(QSqlDatabase local)
    {
        QSet<QString> uuids;
        QSqlQuery query(local);
        if (query.exec(u"SELECT uuid FROM listings WHERE team_revision IS NULL"_s)) {
            while (query.next())
                uuids.insert(query.value(0).toString());
        }
        return uuids;
    }

    // The requirement rows of the listings from one source.
    static int requirementCount(QSqlDatabase database, const QString &source)
    {
        QSqlQuery query(database);
        query.prepare(u"SELECT COUNT(*) FROM listing_requirements r JOIN listings l"
                      " ON l.id = r.listing_id WHERE l.source = ?"_s);
        query.addBindValue(source);
        if (!query.exec() || !query.next())
            return -1;
        return query.value(0).toInt();
    }

    // The comparison's two stores: a SQLite file without its sample listings and a scratch
    // PostgreSQL database, each given the same 700 listings by the same import code.
    bool prepareComparison()
    {
        m_compared = true;
        if (!m_sqlite.open(m_dir.filePath(u"compare.sqlite"_s)))
            return false;
        QSqlQuery query(m_sqlite.connection());
        if (!query.exec(u"DELETE FROM listings"_s))
            return false;
        if (PostgresServer::maintenanceUri().isEmpty())
            return false;
        m_scratch = std::make_unique<PostgresServer::ScratchDatabase>();
        m_postgres = std::make_unique<TeamDatabase>();
        if (!m_scratch->isValid() || !openTeam(*m_postgres, m_scratch->address()))
            return false;
        const QList<ImportedListing> listings = generatedListings(700, 15, u"test"_s);
        const auto a =
            ListingImportWriter(m_sqlite.connection()).write(listings, DuplicatePolicy::Skip);
        const auto b =
            ListingImportWriter(m_postgres->connection()).write(listings, DuplicatePolicy::Skip);
        return a.error.isEmpty() && b.error.isEmpty() && a.inserted == 700 && b.inserted == 700 &&
               a.firstInsertedId == b.firstInsertedId;
    }

    QTemporaryDir m_dir;
    bool m_compared = false;
    Database m_sqlite;
    std::unique_ptr<PostgresServer::ScratchDatabase> m_scratch;
    std::unique_ptr<TeamDatabase> m_postgres;
};

QTEST_GUILESS_MAIN(TestTeamStore)
#include "tst_teamstore.moc"
