// The commands on a team database: the real program against the throwaway PostgreSQL cluster
// that scripts/test.sh starts, the same steps as on a local file, with the same answers.
#include "storage/Database.h"
#include "storage/SavedListingRepository.h"
#include "storage/team/TeamDatabase.h"
#include "storage/team/TeamSchema.h"
#include "storage/team/TeamSync.h"
#include "support/CommandRun.h"
#include "support/PostgresServer.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString listingsFile = QStringLiteral(CAREERPLANNER_TEST_DATA "/listings/gui-import.csv");

QStringList titlesOf(const QByteArray &json)
{
    QStringList titles;
    const QJsonArray listings =
        QJsonDocument::fromJson(json).object().value(u"listings"_s).toArray();
    for (const QJsonValue &listing : listings)
        titles.append(listing.toObject().value(u"title"_s).toString());
    return titles;
}
} // namespace

class TestTeamCommands : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_home.isValid()); }

    // Set up by the administrator, filled and searched by a member: every listing command takes
    // the address, and answers as it does on a local file given the same listings.
    void everyListingCommandWorksOnATeamDatabase()
    {
        CAREERPLANNER_SCRATCH_POSTGRES(scratch);
        const QString uri = scratch.address().toUri();

        CommandRun run = runCareerPlanner({u"listings"_s, u"--database"_s, uri}, m_home.path());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"admin init-postgres"_s), qPrintable(run.err));

        run = runCareerPlanner({u"admin"_s, u"init-postgres"_s, uri}, m_home.path());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains("schema version 1"), run.out.constData());

        run = runCareerPlanner(
            {u"import"_s, u"--database"_s, uri, u"--skip-invalid"_s, listingsFile}, m_home.path());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(": 4."), run.out.constData());
        // Imported again: every listing is a duplicate, nothing doubles.
        run = runCareerPlanner(
            {u"import"_s, u"--database"_s, uri, u"--skip-invalid"_s, listingsFile}, m_home.path());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains("skipped: 4."), run.out.constData());

        // The same file in a local database without its sample listings, for the answers to
        // compare with.
        const QString local = m_home.filePath(u"local.sqlite"_s);
        {
            Database database;
            QVERIFY2(database.open(local), qPrintable(database.lastError()));
            QSqlQuery query(database.connection());
            QVERIFY(query.exec(u"DELETE FROM listings"_s));
        }
        run = runCareerPlanner(
            {u"import"_s, u"--database"_s, local, u"--skip-invalid"_s, listingsFile},
            m_home.path());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        for (const QString &search : {u"AWS"_s, u"Go"_s, u"決済"_s, u"aws"_s}) {
            const CommandRun team =
                runCareerPlanner({u"listings"_s, u"--database"_s, uri, u"--search"_s, search,
                                  u"--format"_s, u"json"_s},
                                 m_home.path());
            QVERIFY2(team.exitCode == 0, qPrintable(team.err));
            const CommandRun file =
                runCareerPlanner({u"listings"_s, u"--database"_s, local, u"--search"_s, search,
                                  u"--format"_s, u"json"_s},
                                 m_home.path());
            QVERIFY2(file.exitCode == 0, qPrintable(file.err));
            // The local file also holds the sample listings; the team database does not.
            QStringList fromFile = titlesOf(file.out);
            fromFile.removeIf([](const QString &title) {
                return title.contains(u"サンプル"_s) || title.contains(u"sample"_s);
            });
            QCOMPARE(titlesOf(team.out), fromFile);
            QVERIFY2(!titlesOf(team.out).isEmpty(), qPrintable(search));
        }

        const QString exported = m_home.filePath(u"team-export.json"_s);
        run = runCareerPlanner({u"export"_s, u"--database"_s, uri, exported}, m_home.path());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QFile file(exported);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(titlesOf(file.readAll()).size(), 4);

        run = runCareerPlanner({u"check"_s, u"--database"_s, uri}, m_home.path());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains("4 listings") && run.out.contains("may import"),
                 run.out.constData());

        // The fit ranks the team's listings: the top listing is one of them.
        run = runCareerPlanner({u"score"_s, u"--database"_s, uri, u"--profile"_s,
                                QStringLiteral(CAREERPLANNER_TEST_DATA "/profile-valid.json"),
                                u"--format"_s, u"json"_s},
                               m_home.path());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonArray top =
            QJsonDocument::fromJson(run.out).object().value(u"topListings"_s).toArray();
        QVERIFY2(!top.isEmpty(), run.out.left(400).constData());
        QCOMPARE(top.size(), 4);
    }

    // The saved listings are the local file's (its copy of the team's listings, as the window
    // keeps it): --saved and --status on a team database find them by their UUID, and the
    // JSON carries the status and note. Restoring is the server's own tools' job.
    void savedListingsFindTheirTeamListingsByUuid()
    {
        CAREERPLANNER_SCRATCH_POSTGRES(scratch);
        const QString uri = scratch.address().toUri();
        QTemporaryDir home;
        QCOMPARE(runCareerPlanner({u"admin"_s, u"init-postgres"_s, uri}, home.path()).exitCode, 0);
        QCOMPARE(
            runCareerPlanner({u"import"_s, u"--database"_s, uri, u"--skip-invalid"_s, listingsFile},
                             home.path())
                .exitCode,
            0);
        {
            // The window's copy in the member's local file, and a listing saved there.
            const QString localPath =
                home.filePath(u"data/CareerPlanner/careerplanner/careerplanner.sqlite"_s);
            Database local;
            QVERIFY2(local.open(localPath), qPrintable(local.lastError()));
            TeamDatabase team;
            QVERIFY2(team.open(scratch.address()), qPrintable(team.lastError()));
            QVERIFY(
                TeamSync(team.connection(), local.connection(), u"test"_s).run().error.isEmpty());
            QSqlQuery query(local.connection());
            QVERIFY(query.exec(u"SELECT id FROM listings WHERE title LIKE 'Go%' AND"
                               " team_revision IS NOT NULL"_s));
            QVERIFY(query.next());
            QString error;
            QVERIFY(SavedListingRepository(local.connection())
                        .save(query.value(0).toLongLong(), ApplicationStatus::Applied,
                              u"来週面談"_s, &error));
        }
        CommandRun run = runCareerPlanner(
            {u"listings"_s, u"--database"_s, uri, u"--saved"_s, u"--format"_s, u"json"_s},
            home.path());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonArray saved =
            QJsonDocument::fromJson(run.out).object().value(u"listings"_s).toArray();
        QCOMPARE(saved.size(), 1);
        QVERIFY(saved.at(0).toObject().value(u"title"_s).toString().startsWith(u"Go"_s));
        QCOMPARE(saved.at(0).toObject().value(u"status"_s).toString(), u"applied"_s);
        QCOMPARE(saved.at(0).toObject().value(u"savedNote"_s).toString(), u"来週面談"_s);
        run = runCareerPlanner({u"listings"_s, u"--database"_s, uri, u"--status"_s, u"offered"_s,
                                u"--format"_s, u"json"_s},
                               home.path());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(titlesOf(run.out), QStringList());

        run = runCareerPlanner({u"restore"_s, u"--database"_s, uri}, home.path());
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"pg_restore"_s), qPrintable(run.err));
    }

    // A malformed or unreachable address is said as such, and never taken for a file path: no
    // folder named "postgresql:" appears (the bug the issue found).
    void addressesAreNeverFilePaths()
    {
        QTemporaryDir work;
        const QString home = work.path();
        CommandRun run = runCareerPlanner(
            {u"listings"_s, u"--database"_s, u"postgresql://u@h:99999/db"_s}, home);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"1 to 65535"_s), qPrintable(run.err));
        run = runCareerPlanner({u"listings"_s, u"--database"_s,
                                u"postgresql://nobody@127.0.0.1:1/db?connect_timeout=3"_s},
                               home);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.startsWith(u"Cannot reach the team database db on 127.0.0.1:1"_s),
                 qPrintable(run.err));
        QVERIFY(!QDir(home).exists(u"postgresql:"_s));
        QVERIFY(!QDir(QDir::currentPath()).exists(u"postgresql:"_s));
    }

    // The administrator lets a person in as a reader: that person searches but cannot import,
    // and is told why; made an editor, the import lands.
    void membersGetTheirRole()
    {
        CAREERPLANNER_SCRATCH_POSTGRES(scratch);
        const QString uri = scratch.address().toUri();
        QCOMPARE(runCareerPlanner({u"admin"_s, u"init-postgres"_s, uri}, m_home.path()).exitCode,
                 0);
        const QString member = u"member_%1"_s.arg(QRandomGenerator::global()->bounded(1'000'000));
        CommandRun run = runCareerPlanner(
            {u"admin"_s, u"add-member"_s, uri, member, u"--role"_s, u"reader"_s}, m_home.path());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        auto dropMember = qScopeGuard([&] {
            PostgresServer::runAsSuperuser(
                {u"DROP OWNED BY %1"_s.arg(member), u"DROP ROLE %1"_s.arg(member)}, scratch.name());
        });
        // The administrator gives the login a password; the member keeps it in a pgpass file.
        QCOMPARE(PostgresServer::runAsSuperuser({u"ALTER ROLE %1 PASSWORD 'm-pass'"_s.arg(member)}),
                 QString());
        PostgresServer::MemberPassFile passFile(m_home.filePath(u"member-pgpass"_s),
                                                scratch.address().port(), {{member, u"m-pass"_s}});
        QVERIFY(passFile.isValid());
        passFile.use();
        const QString memberUri = scratch.addressAs(member).toUri();

        run = runCareerPlanner(
            {u"import"_s, u"--database"_s, memberUri, u"--skip-invalid"_s, listingsFile},
            m_home.path());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"reader role"_s), qPrintable(run.err));
        QVERIFY2(run.err.contains(u"Nothing was changed"_s), qPrintable(run.err));
        run = runCareerPlanner({u"check"_s, u"--database"_s, memberUri}, m_home.path());
        QVERIFY2(run.exitCode == 0 && run.out.contains("search and read only"),
                 qPrintable(run.err + QString::fromUtf8(run.out)));

        passFile.restore(); // the administrator's again
        run = runCareerPlanner({u"admin"_s, u"add-member"_s, uri, member, u"--role"_s, u"editor"_s},
                               m_home.path());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        passFile.use();
        run = runCareerPlanner(
            {u"import"_s, u"--database"_s, memberUri, u"--skip-invalid"_s, listingsFile},
            m_home.path());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(": 4."), run.out.constData());
    }

private:
    QTemporaryDir m_home;
};

QTEST_GUILESS_MAIN(TestTeamCommands)
#include "tst_teamcommands.moc"
