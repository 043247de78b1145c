// Crash test: `careerplanner import` on a large generated file, killed with SIGKILL at a
// random moment, again and again on the same database. After every kill the database must
// pass PRAGMA integrity_check, hold either none or all of the file's listings, and keep every
// saved listing and note it had. CAREERPLANNER_CRASH_RUNS sets the number of kills (CI runs a
// few; the figure is 100), CAREERPLANNER_CRASH_LISTINGS the listings per file.
#include "storage/Database.h"
#include "storage/ListingRepository.h"
#include "storage/SavedListingRepository.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
int setting(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}

void writeListings(const QString &path, const QString &prefix, int count)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    QByteArray csv = "Title,Rate,Contract type,Duration,Work content,Required skills\n";
    for (int i = 0; i < count; ++i) {
        csv += u"%1 決済基盤の開発 %2,%3万円,業務委託,長期,\"%4\",\"Java(3年以上)、AWS\"\n"_s
                   .arg(prefix)
                   .arg(i)
                   .arg(55 + i % 40)
                   .arg(QString(120, QChar(u'設')))
                   .toUtf8();
    }
    file.write(csv);
}

QProcessEnvironment headless(const QString &home)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"DISPLAY"_s);
    environment.insert(u"HOME"_s, home);
    environment.insert(u"XDG_DATA_HOME"_s, home + u"/data"_s);
    environment.insert(u"XDG_CONFIG_HOME"_s, home + u"/config"_s);
    environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    return environment;
}

struct State
{
    QString integrity;
    int listings = -1;
    QByteArray saved;
};

State inspect(const QString &path)
{
    State state;
    const QString name = u"crash-inspect"_s;
    {
        // A plain connection: what any program opening the file after the crash would see.
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(u"PRAGMA integrity_check"_s) && query.next())
                state.integrity = query.value(0).toString();
            if (query.exec(u"SELECT count(*) FROM listings"_s) && query.next())
                state.listings = query.value(0).toInt();
            if (query.exec(u"SELECT listing_id, status, note FROM saved_listings "
                           "ORDER BY listing_id"_s))
                while (query.next())
                    state.saved += query.value(0).toByteArray() + ' ' +
                                   query.value(1).toByteArray() + ' ' +
                                   query.value(2).toString().toUtf8() + '\n';
            query.finish();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return state;
}
} // namespace

class TestCrashImport : public QObject
{
    Q_OBJECT

private slots:
    void killedImportsNeverCostData()
    {
        const int runs = setting("CAREERPLANNER_CRASH_RUNS", 8);
        const int perFile = setting("CAREERPLANNER_CRASH_LISTINGS", 4000);
        const quint32 seed = quint32(setting("CAREERPLANNER_CRASH_SEED", 20261128));
        QRandomGenerator random(seed);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"crash.sqlite"_s);
        const QString file = dir.filePath(u"listings.csv"_s);

        // The user's own data before any import: saved listings with notes.
        {
            Database database;
            QVERIFY2(database.open(path), qPrintable(database.lastError()));
            const ListingSet samples = ListingRepository(database.connection()).summaries();
            QString error;
            for (qsizetype i = 0; i < samples.size(); ++i)
                QVERIFY(SavedListingRepository(database.connection())
                            .save(samples.id(i), ApplicationStatus::Applied,
                                  u"メモ %1: 面談の準備"_s.arg(i), &error));
        }
        State before = inspect(path);
        QCOMPARE(before.integrity, u"ok"_s);
        QVERIFY(!before.saved.isEmpty());

        // How long a whole import takes here: kills are spread over that time.
        const auto import = [&](QProcess &process) {
            process.setProcessEnvironment(headless(dir.path()));
            process.start(QStringLiteral(CAREERPLANNER_BINARY),
                          {u"import"_s, file, u"--database"_s, path});
            return process.waitForStarted();
        };
        writeListings(file, u"calibration"_s, perFile);
        QElapsedTimer timer;
        timer.start();
        {
            QProcess process;
            QVERIFY(import(process));
            QVERIFY(process.waitForFinished(300'000));
            QCOMPARE(process.exitCode(), 0);
        }
        const qint64 wholeMs = std::max<qint64>(50, timer.elapsed());
        before = inspect(path);
        QCOMPARE(before.integrity, u"ok"_s);

        int killedWhileRunning = 0;
        int rolledBack = 0;
        int committed = 0;
        for (int run = 1; run <= runs; ++run) {
            writeListings(file, u"run %1"_s.arg(run), perFile);
            QProcess process;
            QVERIFY(import(process));
            // Up to twice a whole import: some kills land before the commit, some after.
            const int delay = int(random.bounded(quint32(wholeMs * 2 + 1)));
            if (!process.waitForFinished(delay)) {
                process.kill(); // SIGKILL: no cleanup, no rollback by the program itself
                process.waitForFinished(30'000);
                ++killedWhileRunning;
            }
            const State after = inspect(path);
            QVERIFY2(after.integrity == u"ok"_s,
                     qPrintable(u"run %1 (killed after %2 ms): %3"_s.arg(run).arg(delay).arg(
                         after.integrity)));
            QVERIFY2(after.listings == before.listings ||
                         after.listings == before.listings + perFile,
                     qPrintable(u"run %1: %2 listings, expected %3 or %4"_s.arg(run)
                                    .arg(after.listings)
                                    .arg(before.listings)
                                    .arg(before.listings + perFile)));
            QCOMPARE(after.saved, before.saved);
            (after.listings == before.listings ? rolledBack : committed) += 1;
            before = after;
        }
        // The test means something only if some kills landed before the commit.
        QVERIFY(killedWhileRunning > 0);
        QVERIFY(rolledBack > 0);
        qInfo("%d runs of %d listings (a whole import takes %lld ms), seed %u: killed while "
              "running %d, none written %d, all written %d; integrity ok after every run.",
              runs, perFile, wholeMs, seed, killedWhileRunning, rolledBack, committed);
    }
};

QTEST_GUILESS_MAIN(TestCrashImport)
#include "tst_crashimport.moc"
