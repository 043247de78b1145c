// The window's side of a team database, without widgets: the session lists the local copy of
// the team's listings, which TeamLink keeps current on a worker thread; writes of listings go
// to the team database as its editor; when the server cannot be reached, the copy stays and
// says so. The real PostgreSQL cluster that scripts/test.sh starts, and a real SQLite file.
#include "core/ListingImportPreview.h"
#include "services/Session.h"
#include "services/TeamLink.h"
#include "storage/Database.h"
#include "storage/ListingImportWriter.h"
#include "storage/ListingRepository.h"
#include "storage/MarketDataLoader.h"
#include "storage/SqlDialect.h"
#include "storage/team/TeamSchema.h"
#include "support/PostgresServer.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;

namespace {
QList<ImportedListing> listingsNamed(const QString &prefix, int count)
{
    QList<ImportedListing> listings;
    for (int i = 0; i < count; ++i) {
        Listing listing;
        listing.title = u"%1 Goのバックエンド開発 %2"_s.arg(prefix).arg(i);
        listing.monthlyRateMinYen = 600'000 + i * 10'000;
        listing.monthlyRateMaxYen = listing.monthlyRateMinYen;
        listing.source = prefix;
        listings.append({i + 2, listing, {}});
    }
    return listings;
}

int teamListingsIn(const ListingSet &listings, const QString &prefix)
{
    int count = 0;
    for (qsizetype i = 0; i < listings.size(); ++i)
        count += listings.at(i).title.startsWith(prefix) ? 1 : 0;
    return count;
}
} // namespace

class TestTeamLink : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Session> openSession(Database &database, const QString &name)
    {
        if (!database.open(m_dir.filePath(name)))
            return nullptr;
        QString error;
        auto market = MarketDataLoader::load(database.connection(), &error);
        if (!market)
            return nullptr;
        return std::make_unique<Session>(database.connection(), std::move(*market));
    }

    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    // At start the team's listings are copied and listed; a listing the team adds later
    // arrives with the next copy; a pasted listing goes to the team and is found in the copy;
    // deleting one of the team's listings deletes it in the team database.
    void theSessionListsTheTeamsListingsAndWritesToTheTeam()
    {
        CAREERPLANNER_SCRATCH_POSTGRES(scratch);
        TeamDatabase team;
        QVERIFY2(team.initialise(scratch.address()), qPrintable(team.lastError()));
        QVERIFY(ListingImportWriter(team.connection())
                    .write(listingsNamed(u"チーム"_s, 12), DuplicatePolicy::Skip)
                    .error.isEmpty());

        Database database;
        auto session = openSession(database, u"member.sqlite"_s);
        QVERIFY(session);
        auto *link = new TeamLink(scratch.address(), database.path());
        QCOMPARE(link->state(), TeamLink::State::Connecting);
        QString why;
        QVERIFY(!link->canWriteListings(&why)); // not before it is connected
        QSignalSpy copied(link, &TeamLink::copied);
        QSignalSpy listingsChanged(session.get(), &Session::listingsChanged);
        session->setTeamLink(link);
        QVERIFY(copied.wait(20'000));
        QCOMPARE(link->state(), TeamLink::State::Copied);
        QVERIFY(link->canEdit());
        QVERIFY(link->copiedAt().isValid());
        QTRY_VERIFY_WITH_TIMEOUT(teamListingsIn(session->listings(), u"チーム"_s) == 12, 20'000);

        // The team adds three.
        QVERIFY(ListingImportWriter(team.connection())
                    .write(listingsNamed(u"追加"_s, 3), DuplicatePolicy::Skip)
                    .error.isEmpty());
        link->copyInBackground();
        QTRY_VERIFY_WITH_TIMEOUT(teamListingsIn(session->listings(), u"追加"_s) == 3, 20'000);

        // A paste: written to the team database, then found in the copy by its team id.
        QString error;
        const QSqlDatabase target = session->listingWriteConnection(&error);
        QVERIFY2(target.isValid(), qPrintable(error));
        QCOMPARE(SqlDialect::engineOf(target), SqlEngine::PostgreSQL);
        const ListingImportOutcome pasted =
            ListingImportWriter(target).write(listingsNamed(u"貼付"_s, 1), DuplicatePolicy::Skip);
        QVERIFY2(pasted.error.isEmpty(), qPrintable(pasted.error));
        const qint64 localId = session->copyAndFindTeamListing(pasted.firstInsertedId, &error);
        QVERIFY2(localId > 0, qPrintable(error));
        QCOMPARE(ListingRepository(database.connection()).byIds({localId}).first().title,
                 u"貼付 Goのバックエンド開発 0"_s);

        // Deleting it here deletes it in the team database too.
        QVERIFY2(session->removeListings({localId}, &error), qPrintable(error));
        ListingFilter filter;
        filter.text = u"貼付"_s;
        QCOMPARE(ListingRepository(team.connection()).search(filter), QList<qint64>());
        QCOMPARE(ListingRepository(database.connection()).search(filter), QList<qint64>());
    }

    // The server cannot be reached: the copy made before stays listed, the link says since
    // when and why, and listings cannot be written meanwhile; the user's own data can.
    void anUnreachableServerLeavesTheCopyReadOnly()
    {
        CAREERPLANNER_SCRATCH_POSTGRES(scratch);
        TeamDatabase team;
        QVERIFY2(team.initialise(scratch.address()), qPrintable(team.lastError()));
        QVERIFY(ListingImportWriter(team.connection())
                    .write(listingsNamed(u"前回"_s, 5), DuplicatePolicy::Skip)
                    .error.isEmpty());
        Database database;
        {
            auto session = openSession(database, u"offline.sqlite"_s);
            QVERIFY(session);
            auto *link = new TeamLink(scratch.address(), database.path());
            QSignalSpy copied(link, &TeamLink::copied);
            session->setTeamLink(link);
            QVERIFY(copied.wait(20'000));
            QCOMPARE(link->state(), TeamLink::State::Copied);
        }
        database.close();

        // Next start, the server is gone (here: a port where nothing listens).
        QString error;
        const auto gone = ServerAddress::parse(
            u"postgresql://%1@127.0.0.1:%2/%3?connect_timeout=3"_s.arg(scratch.address().user())
                .arg(scratch.address().port() - 1000)
                .arg(scratch.name()),
            &error);
        Database again;
        auto session = openSession(again, u"offline.sqlite"_s);
        QVERIFY(session);
        QCOMPARE(teamListingsIn(session->listings(), u"前回"_s), 5);
        auto *link = new TeamLink(*gone, again.path());
        QSignalSpy copied(link, &TeamLink::copied);
        session->setTeamLink(link);
        QVERIFY(copied.wait(20'000));
        QCOMPARE(link->state(), TeamLink::State::Unreachable);
        QVERIFY2(link->problem().startsWith(u"Cannot reach the team database"_s),
                 qPrintable(link->problem()));
        QVERIFY(link->copiedAt().isValid()); // the copy's time, from the file
        QCOMPARE(teamListingsIn(session->listings(), u"前回"_s), 5);
        QString why;
        QVERIFY(!session->listingWriteConnection(&why).isValid());
        QVERIFY2(why.contains(u"cannot be reached"_s), qPrintable(why));
        // The user's own data is the local file's: saving a listing works.
        const qint64 anyId = session->listings().at(0).id;
        QVERIFY2(session->saveListing(anyId, ApplicationStatus::Applied, u"連絡待ち"_s, {}, &error),
                 qPrintable(error));
    }

    // A reader's account copies and searches; writing listings is refused with the reason.
    void aReaderCopiesButCannotWrite()
    {
        CAREERPLANNER_SCRATCH_POSTGRES(scratch);
        {
            TeamDatabase admin;
            QVERIFY2(admin.initialise(scratch.address()), qPrintable(admin.lastError()));
            QVERIFY(ListingImportWriter(admin.connection())
                        .write(listingsNamed(u"閲覧"_s, 4), DuplicatePolicy::Skip)
                        .error.isEmpty());
        }
        const QString reader =
            u"link_reader_%1"_s.arg(QRandomGenerator::global()->bounded(1'000'000));
        QCOMPARE(PostgresServer::runAsSuperuser(
                     {u"CREATE ROLE %1 LOGIN PASSWORD 'x-pass' IN ROLE %2"_s.arg(
                         reader, TeamSchema::readerRole())}),
                 QString());
        auto dropRole =
            qScopeGuard([&] { PostgresServer::runAsSuperuser({u"DROP ROLE %1"_s.arg(reader)}); });
        PostgresServer::MemberPassFile passFile(m_dir.filePath(u"reader-pgpass"_s),
                                                scratch.address().port(), {{reader, u"x-pass"_s}});
        QVERIFY(passFile.isValid());
        passFile.use();

        Database database;
        auto session = openSession(database, u"reader.sqlite"_s);
        QVERIFY(session);
        auto *link = new TeamLink(scratch.addressAs(reader), database.path());
        QSignalSpy copied(link, &TeamLink::copied);
        session->setTeamLink(link);
        QVERIFY(copied.wait(20'000));
        QCOMPARE(link->state(), TeamLink::State::Copied);
        QVERIFY(!link->canEdit());
        QTRY_VERIFY_WITH_TIMEOUT(teamListingsIn(session->listings(), u"閲覧"_s) == 4, 20'000);
        QString why;
        QVERIFY(!session->listingWriteConnection(&why).isValid());
        QVERIFY2(why.contains(u"editor role"_s), qPrintable(why));
        // Deleting one of the team's listings is refused, and it stays here too.
        ListingFilter filter;
        filter.text = u"閲覧"_s;
        const QList<qint64> ids = ListingRepository(database.connection()).search(filter);
        QCOMPARE(ids.size(), 4);
        QString error;
        QVERIFY(!session->removeListings({ids.first()}, &error));
        QVERIFY2(error.contains(u"editor role"_s), qPrintable(error));
        QCOMPARE(ListingRepository(database.connection()).search(filter).size(), 4);
    }
};

QTEST_GUILESS_MAIN(TestTeamLink)
#include "tst_teamlink.moc"
