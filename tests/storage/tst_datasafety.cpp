#include "core/AtomicFile.h"
#include "core/ListingImportPreview.h"
#include "storage/Database.h"
#include "storage/DatabaseBackup.h"
#include "storage/DatabaseRecovery.h"
#include "storage/ListingImportWriter.h"
#include "storage/ListingRepository.h"
#include "storage/ProfileStore.h"
#include "storage/SavedListingRepository.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QByteArray hashOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QList<ImportedListing> generated(int count, const QString &prefix)
{
    QList<ImportedListing> listings;
    for (int i = 0; i < count; ++i) {
        Listing listing;
        listing.title = u"%1 案件 %2"_s.arg(prefix).arg(i);
        listing.monthlyRateMinYen = 600'000 + i;
        listing.monthlyRateMaxYen = 700'000 + i;
        listing.workContent = QString(400, QChar(u'業'));
        listing.skillsText = u"Java(3年以上)"_s;
        listing.requirements = {{u"java"_s, u"Java(3年以上)"_s, 3}};
        listings.append({i + 2, listing, {}});
    }
    return listings;
}

int listingCount(QSqlDatabase db)
{
    QSqlQuery query(db);
    return query.exec(u"SELECT count(*) FROM listings"_s) && query.next() ? query.value(0).toInt()
                                                                          : -1;
}
} // namespace

class TestDataSafety : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"safety-%1/careerplanner.sqlite"_s.arg(++m_counter));
        Database database;
        QVERIFY2(database.open(m_path), qPrintable(database.lastError()));
        Profile profile;
        profile.age = 51;
        profile.skills = {{u"Java"_s, 20}};
        QString error;
        QVERIFY2(ProfileStore(database.connection()).save(profile, &error), qPrintable(error));
        const qint64 first = ListingRepository(database.connection()).summaries().first().id;
        QVERIFY(SavedListingRepository(database.connection())
                    .save(first, ApplicationStatus::Interviewing, u"面談は12月3日"_s, &error));
        m_savedId = first;
    }

    void aNewDatabaseAndAnExportAreForTheUserAlone()
    {
        const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                                QFileDevice::ReadOther | QFileDevice::WriteOther;
        QCOMPARE(QFile::permissions(m_path) & others, QFileDevice::Permissions());
        const QString exported = m_dir.filePath(u"export-%1.json"_s.arg(m_counter));
        QString error;
        QVERIFY(AtomicFile::write(exported, "{}", &error));
        QCOMPARE(QFile::permissions(exported) & others, QFileDevice::Permissions());
    }

    void damagedFilesAreRefusedUntouched_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("scribbled pages") << u"scribble"_s;
        QTest::newRow("truncated") << u"truncate"_s;
        QTest::newRow("not a database") << u"text"_s;
    }

    void damagedFilesAreRefusedUntouched()
    {
        QFETCH(QString, damage);
        makeBackup();
        damageFile(damage);
        const QByteArray before = hashOf(m_path);

        Database database;
        QVERIFY(!database.open(m_path));
        QCOMPARE(database.problem(), Database::Problem::Damaged);
        QVERIFY2(database.lastError().contains(m_path), qPrintable(database.lastError()));
        QCOMPARE(hashOf(m_path), before); // never written to
        QVERIFY(!DatabaseRecovery::checkFile(m_path).isEmpty());

        // The newest good backup is found and put in place; the damaged file is kept.
        const auto backup = DatabaseRecovery::newestGoodBackup(m_path);
        QVERIFY(backup);
        QString error;
        QString aside;
        QVERIFY2(DatabaseRecovery::restore(backup->path, m_path, &error, &aside),
                 qPrintable(error));
        QCOMPARE(hashOf(aside), before);
        QVERIFY2(database.open(m_path), qPrintable(database.lastError()));
        QCOMPARE(ProfileStore(database.connection()).latest().value().age, 51);
        QCOMPARE(SavedListingRepository(database.connection()).find(m_savedId).value().note,
                 u"面談は12月3日"_s);
    }

    void aDamagedFileWithAJournalIsNotWrittenToEither()
    {
        // A crash left a -wal beside a file that is now damaged: the refusal must not
        // checkpoint the journal into it (a closing writer would).
        const QString copy = m_dir.filePath(u"wal-%1/careerplanner.sqlite"_s.arg(m_counter));
        QVERIFY(QDir().mkpath(QFileInfo(copy).absolutePath()));
        {
            const QString name = u"wal-writer"_s;
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
                db.setDatabaseName(m_path);
                QVERIFY(db.open());
                QSqlQuery query(db);
                QVERIFY(query.exec(u"PRAGMA wal_autocheckpoint = 0"_s));
                QVERIFY(query.exec(u"UPDATE saved_listings SET note = 'in the journal only'"_s));
                // Copied while the writer is still open, as a crash would leave them.
                QVERIFY(QFile::copy(m_path, copy));
                QVERIFY(QFile::copy(m_path + u"-wal"_s, copy + u"-wal"_s));
                db.close();
            }
            QSqlDatabase::removeDatabase(name);
        }
        m_path = copy;
        damageFile(u"scribble"_s);
        const QByteArray main = hashOf(copy);
        const QByteArray journal = hashOf(copy + u"-wal"_s);
        QVERIFY(!journal.isEmpty());
        Database database;
        QVERIFY(!database.open(copy));
        QCOMPARE(database.problem(), Database::Problem::Damaged);
        QCOMPARE(hashOf(copy), main);
        QCOMPARE(hashOf(copy + u"-wal"_s), journal);
        // Moved aside together.
        QString error;
        const QString aside = DatabaseRecovery::moveAside(copy, &error);
        QVERIFY2(!aside.isEmpty(), qPrintable(error));
        QCOMPARE(hashOf(aside + u"-wal"_s), journal);
        QVERIFY(!QFile::exists(copy + u"-wal"_s));
    }

    void anotherProgramsDatabaseIsLeftAlone()
    {
        const QString foreign = m_dir.filePath(u"foreign-%1.db"_s.arg(m_counter));
        {
            const QString name = u"foreign-writer"_s;
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
                db.setDatabaseName(foreign);
                QVERIFY(db.open());
                QSqlQuery query(db);
                QVERIFY(query.exec(u"CREATE TABLE bookmarks (url TEXT)"_s));
                db.close();
            }
            QSqlDatabase::removeDatabase(name);
        }
        const QByteArray before = hashOf(foreign);
        Database database;
        QVERIFY(!database.open(foreign));
        QCOMPARE(database.problem(), Database::Problem::Other); // not offered for replacement
        QVERIFY(database.lastError().contains(u"another program"_s));
        QCOMPARE(hashOf(foreign), before);
        QVERIFY(!QFile::exists(foreign + u"-wal"_s));
    }

    void onlyThisDatabasesBackupsAreItsOwn()
    {
        const QString own = makeBackup();
        // A sibling database "careerplanner-work.sqlite" keeps its backups in the same folder.
        const QString sibling = DatabaseBackup::folderFor(m_path) +
                                u"/careerplanner-work-29991231-000000-daily.sqlite"_s;
        QVERIFY(QFile::copy(own, sibling));
        // Named as if newer than all of ours, it would otherwise come first.
        const QStringList backups = DatabaseBackup(QSqlDatabase(), m_path).backups();
        QVERIFY(backups.contains(own));
        QVERIFY(!backups.contains(sibling));
        QCOMPARE(DatabaseRecovery::newestGoodBackup(m_path).value().path, backups.first());
    }

    void aDamagedBackupIsNeverRestored()
    {
        const QString good = makeBackup();
        // A later, damaged backup: the newest good one is the earlier.
        const QString bad =
            DatabaseBackup::folderFor(m_path) + u"/careerplanner-29991231-000000-daily.sqlite"_s;
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("SQLite format 3\0 but nothing else", 33);
        file.close();
        QCOMPARE(DatabaseRecovery::newestGoodBackup(m_path).value().path, good);
        QString error;
        QVERIFY(!DatabaseRecovery::restore(bad, m_path, &error));
        QVERIFY(error.contains(bad));
        Database database;
        QVERIFY(database.open(m_path)); // the current file is as it was
    }

    void startingANewDatabaseKeepsTheDamagedOneAside()
    {
        damageFile(u"scribble"_s);
        const QByteArray before = hashOf(m_path);
        QString error;
        const QString aside = DatabaseRecovery::moveAside(m_path, &error);
        QVERIFY2(!aside.isEmpty(), qPrintable(error));
        QVERIFY(aside.contains(u".damaged-"_s));
        QCOMPARE(hashOf(aside), before);
        Database database;
        QVERIFY2(database.open(m_path), qPrintable(database.lastError()));
        QVERIFY(!ProfileStore(database.connection()).latest());
    }

    void aFullDiskRollsTheImportBackAndTheAppGoesOn()
    {
        Database database;
        QVERIFY(database.open(m_path));
        QSqlDatabase db = database.connection();
        const int before = listingCount(db);
        const QByteArray savedBefore = savedSnapshot(db);
        limitPages(db, 8);
        const ListingImportOutcome outcome =
            ListingImportWriter(db).write(generated(3000, u"full"_s), DuplicatePolicy::Skip);
        QVERIFY(!outcome.error.isEmpty());
        QVERIFY2(outcome.error.contains(u"full"_s, Qt::CaseInsensitive), qPrintable(outcome.error));
        QCOMPARE(listingCount(db), before);
        QCOMPARE(savedSnapshot(db), savedBefore);
        // A save under the same full disk says so and keeps the history. (A profile large
        // enough to need new pages: a small one could fit in a page's free space.)
        limitPages(db, 0);
        Profile profile;
        profile.age = 60;
        for (int i = 0; i < 3000; ++i)
            profile.skills.append({u"技術 %1"_s.arg(i), 1});
        QString error;
        QVERIFY(!ProfileStore(db).save(profile, &error));
        QVERIFY2(error.contains(u"full"_s, Qt::CaseInsensitive), qPrintable(error));
        QCOMPARE(ProfileStore(db).latest().value().age, 51);
        // Space again: the same connection works, nothing half-written in the way.
        limitPages(db, 1'000'000);
        QVERIFY(ListingImportWriter(db)
                    .write(generated(3000, u"full"_s), DuplicatePolicy::Skip)
                    .error.isEmpty());
        QCOMPARE(listingCount(db), before + 3000);
        QSqlQuery check(db);
        QVERIFY(check.exec(u"PRAGMA integrity_check"_s) && check.next());
        QCOMPARE(check.value(0).toString(), u"ok"_s);
    }

    void aReadOnlyDatabaseShowsItsDataAndRefusesWritesClearly()
    {
        Database database;
        QVERIFY2(database.openReadOnly(m_path), qPrintable(database.lastError()));
        QVERIFY(database.isReadOnly());
        QSqlDatabase db = database.connection();
        const int before = listingCount(db);
        QVERIFY(before > 0);
        QCOMPARE(ProfileStore(db).latest().value().age, 51);
        const ListingImportOutcome outcome =
            ListingImportWriter(db).write(generated(10, u"ro"_s), DuplicatePolicy::Skip);
        QVERIFY2(outcome.error.contains(u"readonly"_s, Qt::CaseInsensitive) ||
                     outcome.error.contains(u"read-only"_s, Qt::CaseInsensitive),
                 qPrintable(outcome.error));
        QString error;
        QVERIFY(!ProfileStore(db).save(Profile{}, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(
            !SavedListingRepository(db).save(m_savedId, ApplicationStatus::Declined, {}, &error));
        QCOMPARE(listingCount(db), before);
        QCOMPARE(SavedListingRepository(db).find(m_savedId).value().status,
                 ApplicationStatus::Interviewing);
    }

    void aNewerDatabaseIsNotCalledDamaged()
    {
        {
            Database database;
            QVERIFY(database.open(m_path));
            QSqlQuery query(database.connection());
            QVERIFY(query.exec(u"PRAGMA user_version = 99"_s));
        }
        Database database;
        QVERIFY(!database.open(m_path));
        QCOMPARE(database.problem(), Database::Problem::Newer);
    }

private:
    QString makeBackup()
    {
        Database database;
        if (!database.open(m_path))
            qFatal("%s", qPrintable(database.lastError()));
        QString error;
        const QString path =
            DatabaseBackup(database.connection(), m_path).create(u"test"_s, &error);
        if (path.isEmpty())
            qFatal("%s", qPrintable(error));
        return path;
    }

    void damageFile(const QString &how)
    {
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 size = file.size();
        QVERIFY(size > 16 * 4096);
        if (how == u"scribble"_s) {
            // Garbage over pages in the middle: the header still says "SQLite format 3".
            file.seek(4096 * 3);
            file.write(QByteArray(4096 * 6, '\xA5'));
        } else if (how == u"truncate"_s) {
            QVERIFY(file.resize(size / 3));
        } else {
            QVERIFY(file.resize(0));
            file.write("これはデータベースではありません\n");
        }
    }

    static void limitPages(QSqlDatabase db, int extraPages)
    {
        QSqlQuery query(db);
        QVERIFY(query.exec(u"PRAGMA page_count"_s) && query.next());
        const int pages = query.value(0).toInt();
        // PRAGMA takes no bound values; the number is computed here.
        QVERIFY(query.exec(u"PRAGMA max_page_count = %1"_s.arg(pages + extraPages)));
    }

    static QByteArray savedSnapshot(QSqlDatabase db)
    {
        QSqlQuery query(db);
        QByteArray text;
        // A query that fails fails the test: two empty snapshots would otherwise compare equal.
        if (!query.exec(
                u"SELECT listing_id, status, note FROM saved_listings ORDER BY listing_id"_s)) {
            QTest::qFail(qPrintable(u"saved listings unreadable: "_s + query.lastError().text()),
                         __FILE__, __LINE__);
            return "unreadable";
        }
        while (query.next())
            text += query.value(0).toString().toUtf8() + query.value(1).toString().toUtf8() +
                    query.value(2).toString().toUtf8() + '\n';
        return text;
    }

    QTemporaryDir m_dir;
    QString m_path;
    qint64 m_savedId = 0;
    int m_counter = 0;
};

QTEST_GUILESS_MAIN(TestDataSafety)
#include "tst_datasafety.moc"
