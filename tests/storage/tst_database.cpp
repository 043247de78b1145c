#include "storage/Database.h"
#include "storage/DatabaseBackup.h"
#include "storage/ListingRepository.h"
#include "storage/RoadmapProgressStore.h"
#include "storage/SavedListingRepository.h"
#include "storage/SchemaMigrator.h"
#include "storage/SeedLoader.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {
QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

int countRows(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery query(db);
    // Table names come from the test itself; values are never spliced into SQL.
    if (!query.exec(u"SELECT COUNT(*) FROM "_s + table) || !query.next())
        return -1;
    return query.value(0).toInt();
}

QString pragma(const QSqlDatabase &db, const QString &name)
{
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA "_s + name) || !query.next())
        return {};
    return query.value(0).toString();
}

bool tableExists(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery query(db);
    query.prepare(u"SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"_s);
    query.addBindValue(table);
    return query.exec() && query.next();
}

const QStringList seededTables{
    u"skill_catalogue"_s,   u"skill_aliases"_s, u"income_factors"_s,      u"work_kinds"_s,
    u"salary_statistics"_s, u"listings"_s,      u"listing_requirements"_s};
} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_dir.isValid()); }

    void newDatabaseIsCurrentConfiguredAndSeeded()
    {
        const QString path = m_dir.filePath(u"new/sub/folder/db.sqlite"_s);
        Database database;
        QVERIFY2(database.open(path), qPrintable(database.lastError()));
        const QSqlDatabase db = database.connection();
        QCOMPARE(database.schemaVersion(), SchemaMigrator::latestVersion());
        QCOMPARE(pragma(db, u"journal_mode"_s), u"wal"_s);
        QCOMPARE(pragma(db, u"synchronous"_s), u"1"_s); // NORMAL
        QCOMPARE(pragma(db, u"foreign_keys"_s), u"1"_s);
        QCOMPARE(countRows(db, u"listings"_s), 5);
        QCOMPARE(countRows(db, u"work_kinds"_s), 5);
        QCOMPARE(countRows(db, u"income_factors"_s), 4);
        QVERIFY(countRows(db, u"skill_catalogue"_s) >= 50);
        QVERIFY(countRows(db, u"salary_statistics"_s) >= 15);
        QSqlQuery query(db);
        QVERIFY(query.exec(u"SELECT value_low_yen, source FROM salary_statistics "
                           "WHERE id = 'se-web-age-50s'"_s));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toLongLong(), 7'120'000);
        QVERIFY(query.value(1).toString().contains(u"厚生労働省"_s));
    }

    void seedingTwiceAddsNothing()
    {
        const QString path = m_dir.filePath(u"seed.sqlite"_s);
        QHash<QString, int> before;
        {
            Database database;
            QVERIFY(database.open(path));
            for (const QString &table : seededTables)
                before.insert(table, countRows(database.connection(), table));
            // Run the seed itself again, past the version check.
            QString error;
            QVERIFY2(SeedLoader(database.connection()).seed(&error), qPrintable(error));
            for (const QString &table : seededTables)
                QCOMPARE(countRows(database.connection(), table), before.value(table));
        }
        Database reopened;
        QVERIFY(reopened.open(path));
        for (const QString &table : seededTables)
            QCOMPARE(countRows(reopened.connection(), table), before.value(table));
    }

    void sampleListingsTheUserDeletedStayDeleted()
    {
        const QString path = m_dir.filePath(u"deleted.sqlite"_s);
        {
            Database database;
            QVERIFY(database.open(path));
            QSqlQuery query(database.connection());
            QVERIFY(query.exec(u"DELETE FROM listings WHERE is_sample = 1"_s));
        }
        Database reopened;
        QVERIFY(reopened.open(path));
        QCOMPARE(countRows(reopened.connection(), u"listings"_s), 0);
        // Requirements went with their listings (foreign keys are on).
        QCOMPARE(countRows(reopened.connection(), u"listing_requirements"_s), 0);
    }

    void migratesFromEveryOlderVersion_data()
    {
        QTest::addColumn<int>("startVersion");
        for (int version = 0; version < SchemaMigrator::latestVersion(); ++version)
            QTest::addRow("from version %d", version) << version;
    }

    void migratesFromEveryOlderVersion()
    {
        QFETCH(int, startVersion);
        const QString path = m_dir.filePath(u"migrate-%1.sqlite"_s.arg(startVersion));
        {
            // Build the old schema exactly as an older program would have left it.
            Database old;
            QVERIFY2(old.openWithoutMigrating(path), qPrintable(old.lastError()));
            QString error;
            QVERIFY2(SchemaMigrator(old.connection()).migrateTo(startVersion, &error),
                     qPrintable(error));
            QCOMPARE(old.schemaVersion(), startVersion);
            if (startVersion >= 1) {
                // User data written under the old schema must survive the migration. The
                // rows are written with the old columns only, as the older program did.
                QSqlQuery insert(old.connection());
                // From version 7 on, a program gives every listing its UUID.
                const QString uuid = startVersion >= 7 ? u", uuid"_s : QString();
                QVERIFY(
                    insert.prepare(u"INSERT INTO listings (title, monthly_rate_min_yen, "
                                   "monthly_rate_max_yen, work_content, created_at%1) "
                                   "VALUES (?, 750000, 750000, ?, '2025-01-01T00:00:00Z'%2)"_s.arg(
                                       uuid, startVersion >= 7 ? u", ?"_s : QString())));
                insert.bindValue(0, u"旧バージョンで保存した案件"_s);
                insert.bindValue(1, u"決済基盤の保守運用"_s);
                if (startVersion >= 7)
                    insert.bindValue(2, QUuid::createUuid().toString(QUuid::WithoutBraces));
                QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
                const qint64 id = insert.lastInsertId().toLongLong();
                QVERIFY(insert.prepare(u"INSERT INTO listing_requirements (listing_id, position, "
                                       "requirement_text, minimum_years) VALUES (?, 0, ?, 2)"_s));
                insert.bindValue(0, id);
                insert.bindValue(1, u"Go 2年以上"_s);
                QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
                if (startVersion >= 2) {
                    QVERIFY(insert.prepare(u"INSERT INTO saved_listings (listing_id, status, note, "
                                           "saved_at, updated_at) VALUES (?, 'offered', ?, "
                                           "'2025-01-02T00:00:00Z', '2025-01-02T00:00:00Z')"_s));
                    insert.bindValue(0, id);
                    insert.bindValue(1, u"面談で好感触"_s);
                    QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
                }
                if (startVersion >= 6) {
                    // A version 6 program recorded the status change as it saved it.
                    QVERIFY(insert.prepare(u"INSERT INTO saved_listing_history (listing_id, "
                                           "status, changed_at) VALUES (?, 'offered', "
                                           "'2025-01-02T00:00:00Z')"_s));
                    insert.bindValue(0, id);
                    QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
                }
            }
        }
        Database database;
        QVERIFY2(database.open(path), qPrintable(database.lastError()));
        QCOMPARE(database.schemaVersion(), SchemaMigrator::latestVersion());
        QVERIFY(tableExists(database.connection(), u"profiles"_s));
        QVERIFY(tableExists(database.connection(), u"saved_listings"_s));
        // Version 4: the roadmap's tables, empty and writable.
        QVERIFY(tableExists(database.connection(), u"roadmap_settings"_s));
        QVERIFY(tableExists(database.connection(), u"roadmap_progress"_s));
        RoadmapProgressStore roadmap(database.connection());
        QVERIFY(!roadmap.settings());
        QString roadmapError;
        QVERIFY2(roadmap.setStatus(u"learn:aws"_s, RoadmapStepStatus::Done, &roadmapError),
                 qPrintable(roadmapError));
        const QList<Listing> listings = ListingRepository(database.connection()).all();
        const int expected = startVersion >= 1 ? 6 : 5;
        QCOMPARE(listings.size(), expected);
        {
            // Version 7: every listing, old or seeded, has its own random UUID.
            QSqlQuery uuids(database.connection());
            QVERIFY(uuids.exec(u"SELECT uuid FROM listings"_s));
            static const QRegularExpression version4(
                u"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"_s);
            QSet<QString> seen;
            while (uuids.next()) {
                const QString uuid = uuids.value(0).toString();
                QVERIFY2(version4.match(uuid).hasMatch(), qPrintable(uuid));
                seen.insert(uuid);
            }
            QCOMPARE(seen.size(), expected);
            // Version 8: none of them is a copy of a team database's listing.
            QVERIFY(uuids.exec(u"SELECT COUNT(*) FROM listings WHERE team_revision IS NULL"_s));
            QVERIFY(uuids.next());
            QCOMPARE(uuids.value(0).toInt(), expected);
        }
        if (startVersion >= 1) {
            QCOMPARE(listings.first().title, u"旧バージョンで保存した案件"_s);
            QCOMPARE(listings.first().requirements.size(), 1);
            // The text index built by version 3 covers rows written before it.
            ListingFilter filter;
            filter.text = u"決済基盤"_s;
            QCOMPARE(ListingRepository(database.connection()).search(filter),
                     QList<qint64>{listings.first().id});
        }
        if (startVersion >= 2) {
            const auto saved =
                SavedListingRepository(database.connection()).find(listings.first().id);
            QVERIFY(saved);
            QCOMPARE(saved->status, ApplicationStatus::Offered);
            QCOMPARE(saved->note, u"面談で好感触"_s);
            // Version 6: the history starts with the status the listing had, dated when it
            // was last changed; no next action, an empty ledger that takes lines.
            QCOMPARE(saved->history.size(), 1);
            QCOMPARE(saved->history.first().status, ApplicationStatus::Offered);
            QCOMPARE(saved->history.first().at, QDateTime(QDate(2025, 1, 2), QTime(0, 0), Qt::UTC));
            QVERIFY(saved->nextAction.isEmpty());
            QVERIFY(saved->rates.isEmpty());
            QString rateError;
            QVERIFY2(SavedListingRepository(database.connection())
                         .addRate(listings.first().id, RateKind::Offered, 760'000, &rateError),
                     qPrintable(rateError));
        }
    }

    void migrationIsPrecededByABackupOfTheOldFile()
    {
        const QString folder = m_dir.filePath(u"backup-migration"_s);
        QVERIFY(QDir().mkpath(folder));
        const QString path = folder + u"/careerplanner.sqlite"_s;
        {
            Database old;
            QVERIFY(old.openWithoutMigrating(path));
            QString error;
            QVERIFY(SchemaMigrator(old.connection()).migrateTo(2, &error));
            QSqlQuery query(old.connection());
            QVERIFY(query.exec(u"INSERT INTO profiles (saved_at, profile_json) "
                               "VALUES ('2025-01-01T00:00:00Z', '{}')"_s));
        }
        Database database;
        QVERIFY2(database.open(path), qPrintable(database.lastError()));
        QCOMPARE(database.schemaVersion(), SchemaMigrator::latestVersion());
        const QStringList backups = DatabaseBackup(database.connection(), path).backups();
        QCOMPARE(backups.size(), 1); // the migration's; no daily one on top the same day
        QVERIFY2(
            backups.first().endsWith(u"-before-v%1.sqlite"_s.arg(SchemaMigrator::latestVersion())),
            qPrintable(backups.first()));
        // The copy is the database as it was: version 2, with the user's row, for the user only.
        QCOMPARE(QFile::permissions(backups.first()) & (QFile::ReadGroup | QFile::ReadOther),
                 QFileDevice::Permissions());
        Database copy;
        QVERIFY(copy.openWithoutMigrating(backups.first()));
        QCOMPARE(copy.schemaVersion(), 2);
        QSqlQuery query(copy.connection());
        QVERIFY(query.exec(u"SELECT COUNT(*) FROM profiles"_s));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 1);
    }

    void withoutABackupTheMigrationDoesNotRun()
    {
        const QString folder = m_dir.filePath(u"backup-impossible"_s);
        QVERIFY(QDir().mkpath(folder));
        const QString path = folder + u"/careerplanner.sqlite"_s;
        {
            Database old;
            QVERIFY(old.openWithoutMigrating(path));
            QString error;
            QVERIFY(SchemaMigrator(old.connection()).migrateTo(1, &error));
        }
        // A file where the backup folder should be: no backup can be written.
        QFile blocker(folder + u"/backups"_s);
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        Database database;
        QVERIFY(!database.open(path));
        QVERIFY2(database.lastError().contains(u"left as it was"_s),
                 qPrintable(database.lastError()));
        Database check;
        QVERIFY(check.openWithoutMigrating(path));
        QCOMPARE(check.schemaVersion(), 1);
    }

    void dailyBackupsAreTakenOnceADayAndTheOldestPruned()
    {
        const QString folder = m_dir.filePath(u"backup-daily"_s);
        QVERIFY(QDir().mkpath(folder));
        const QString path = folder + u"/careerplanner.sqlite"_s;
        {
            Database created;
            QVERIFY(created.open(path));
            // A new database has nothing to keep yet.
            QVERIFY(DatabaseBackup(created.connection(), path).backups().isEmpty());
        }
        Database database;
        QVERIFY(database.open(path));
        DatabaseBackup backup(database.connection(), path, 3);
        QCOMPARE(backup.backups().size(), 1); // the first open of an existing database
        QString error;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(backup.createIfDue(&error, now.addSecs(3600)));
        QCOMPARE(backup.backups().size(), 1); // not due within a day
        for (int day = 1; day <= 4; ++day)
            QVERIFY2(backup.createIfDue(&error, now.addDays(day)), qPrintable(error));
        const QStringList kept = backup.backups();
        QCOMPARE(kept.size(), 3); // the newest three
        QVERIFY(kept.first().contains(now.addDays(4).toString(u"yyyyMMdd"_s)));
        QVERIFY(kept.last().contains(now.addDays(2).toString(u"yyyyMMdd"_s)));
    }

    // Every backup the program keeps is a whole database of the current schema that holds
    // what was stored when it was taken: a backup is only worth what a restore from it gives.
    void everyKeptBackupOpensWholeWithItsData()
    {
        const QString folder = m_dir.filePath(u"backup-whole"_s);
        QVERIFY(QDir().mkpath(folder));
        const QString path = folder + u"/careerplanner.sqlite"_s;
        Database database;
        QVERIFY(database.open(path));
        DatabaseBackup backup(database.connection(), path, 4);
        const qint64 listing = ListingRepository(database.connection()).summaries().id(0);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QString error;
        for (int day = 1; day <= 5; ++day) {
            // A different note each day, then that day's backup.
            QVERIFY2(SavedListingRepository(database.connection())
                         .save(listing, ApplicationStatus::Applied, u"day %1"_s.arg(day), &error),
                     qPrintable(error));
            QVERIFY2(!backup.create(u"daily"_s, &error, now.addDays(day)).isEmpty(),
                     qPrintable(error));
        }
        const QStringList kept = backup.backups(); // newest first
        QCOMPARE(kept.size(), 4);
        for (qsizetype i = 0; i < kept.size(); ++i) {
            const QString name = u"backup-check-%1"_s.arg(i);
            {
                QSqlDatabase copy = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
                copy.setDatabaseName(kept.at(i));
                copy.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
                QVERIFY2(copy.open(), qPrintable(kept.at(i)));
                QSqlQuery query(copy);
                QVERIFY(query.exec(u"PRAGMA integrity_check"_s) && query.next());
                QCOMPARE(query.value(0).toString(), u"ok"_s);
                QVERIFY(query.exec(u"PRAGMA user_version"_s) && query.next());
                QCOMPARE(query.value(0).toInt(), database.schemaVersion());
                QVERIFY(query.prepare(u"SELECT note FROM saved_listings WHERE listing_id = ?"_s));
                query.addBindValue(listing);
                QVERIFY(query.exec() && query.next());
                QCOMPARE(query.value(0).toString(), u"day %1"_s.arg(5 - i));
                QVERIFY(query.exec(u"SELECT COUNT(*) FROM listings"_s) && query.next());
                QCOMPARE(query.value(0).toInt(), ListingRepository(database.connection()).count());
            }
            QSqlDatabase::removeDatabase(name);
        }
    }

    void failedMigrationLeavesThePreviousVersionWhole()
    {
        const QString path = m_dir.filePath(u"failing.sqlite"_s);
        {
            Database old;
            QVERIFY(old.openWithoutMigrating(path));
            QString error;
            QVERIFY(SchemaMigrator(old.connection()).migrateTo(1, &error));
            // A stray object with the name version 2 needs makes its second statement fail.
            QSqlQuery query(old.connection());
            QVERIFY(query.exec(u"CREATE TABLE saved_listings (x INTEGER)"_s));
        }
        Database database;
        QVERIFY(!database.open(path));
        QVERIFY2(database.lastError().contains(u"schema version 2"_s),
                 qPrintable(database.lastError()));
        Database inspect;
        QVERIFY(inspect.openWithoutMigrating(path));
        QCOMPARE(inspect.schemaVersion(), 1);
        // The first statement of version 2 was rolled back with the rest.
        QVERIFY(!tableExists(inspect.connection(), u"profiles"_s));
    }

    void refusesANewerDatabaseAndLeavesItUntouched()
    {
        const QString path = m_dir.filePath(u"newer.sqlite"_s);
        {
            Database future;
            QVERIFY(future.open(path));
            QSqlQuery query(future.connection());
            QVERIFY(query.exec(u"PRAGMA user_version = 99"_s));
            QVERIFY(query.exec(u"PRAGMA journal_mode = DELETE"_s));
        }
        const QByteArray before = fileHash(path);
        QVERIFY(!before.isEmpty());
        Database database;
        QVERIFY(!database.open(path));
        QVERIFY2(database.lastError().contains(u"newer version"_s),
                 qPrintable(database.lastError()));
        QVERIFY(database.lastError().contains(u"99"_s));
        QVERIFY(!database.isOpen());
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFile::exists(path + u"-wal"_s));
    }

    void refusesAFileThatIsNotADatabase()
    {
        const QString path = m_dir.filePath(u"text.sqlite"_s);
        QVERIFY(QFile::copy(QStringLiteral(CAREERPLANNER_TEST_DATA) + u"/not-a-database.sqlite"_s,
                            path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        const QByteArray before = fileHash(path);
        Database database;
        QVERIFY(!database.open(path));
        QVERIFY2(database.lastError().contains(u"not a CareerPlanner database"_s),
                 qPrintable(database.lastError()));
        QCOMPARE(fileHash(path), before);
    }

    // The fast start: a current file opens read-only until its check; anything else, as open().
    void aFastStartDefersTheCheckOnlyForACurrentFile()
    {
        const QString path = m_dir.filePath(u"fast.sqlite"_s);
        {
            Database created;
            QVERIFY(created.openDeferringCheck(path)); // new: created as open() does
            QVERIFY(!created.isCheckPending());
            QVERIFY(!created.isReadOnly());
        }
        Database database;
        QVERIFY(database.openDeferringCheck(path));
        QVERIFY(database.isCheckPending());
        QVERIFY(database.isReadOnly());
        QSqlQuery write(database.connection());
        QVERIFY(!write.exec(u"UPDATE app_meta SET value = value"_s));
        QVERIFY(database.makeWritable());
        QVERIFY(!database.isCheckPending());
        QVERIFY(!database.isReadOnly());
        QSqlQuery again(database.connection());
        QVERIFY2(again.exec(u"UPDATE app_meta SET value = value"_s),
                 qPrintable(again.lastError().text()));
        database.close();

        // A file that is not a database takes the whole open() and its verdict.
        const QString text = m_dir.filePath(u"fast-text.sqlite"_s);
        QVERIFY(QFile::copy(QStringLiteral(CAREERPLANNER_TEST_DATA) + u"/not-a-database.sqlite"_s,
                            text));
        QFile::setPermissions(text, QFile::ReadOwner | QFile::WriteOwner);
        const QByteArray before = fileHash(text);
        Database refused;
        QVERIFY(!refused.openDeferringCheck(text));
        QCOMPARE(refused.problem(), Database::Problem::Damaged);
        QCOMPARE(fileHash(text), before);
    }

    void refusesAFolder()
    {
        Database database;
        QVERIFY(!database.open(m_dir.path()));
        QVERIFY(database.lastError().contains(u"folder"_s));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
