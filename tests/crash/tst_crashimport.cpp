// Crash test: `careerplanner import` on a large generated file, killed with SIGKILL at a
// random moment of its write, again and again on the same database. The command reports
// (--progress-lines) when its transaction has begun; each kill is sent after that report and
// before the command says it is done, so it lands inside the write. After every run the
// database must pass PRAGMA integrity_check and the FTS index's own integrity-check, still have
// the FTS insert trigger (the import drops and recreates it), hold either none or all of the
// file's listings and their requirement rows, and keep every saved listing and note it had.
// A run that finishes must have exited with 0. CAREERPLANNER_CRASH_RUNS sets the number of
// runs (100 by default, as CI runs it), CAREERPLANNER_CRASH_LISTINGS the listings per file.
#include "storage/Database.h"
#include "storage/ListingRepository.h"
#include "storage/SavedListingRepository.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlError>
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
    QString ftsIntegrity; // "ok" or the error of the FTS index's integrity-check
    int triggers = -1;    // listings_fts_insert: 1 when in place
    int listings = -1;
    int requirements = -1;
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
            if (query.exec(u"SELECT count(*) FROM listing_requirements"_s) && query.next())
                state.requirements = query.value(0).toInt();
            if (query.exec(u"SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND "
                           "name = 'listings_fts_insert'"_s) &&
                query.next())
                state.triggers = query.value(0).toInt();
            // FTS5's own check of the index against the listings; an error says what is wrong.
            state.ftsIntegrity =
                query.exec(u"INSERT INTO listings_fts(listings_fts) VALUES ('integrity-check')"_s)
                    ? u"ok"_s
                    : query.lastError().text();
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
        const int runs = setting("CAREERPLANNER_CRASH_RUNS", 100);
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

        // How long the write of an import takes here, from the report that the transaction
        // has begun to the end: kills are spread over that time.
        const auto import = [&](QProcess &process) {
            process.setProcessEnvironment(headless(dir.path()));
            process.start(QStringLiteral(CAREERPLANNER_BINARY),
                          {u"import"_s, file, u"--progress-lines"_s, u"--database"_s, path});
            return process.waitForStarted();
        };
        // Reads stderr until the command says its transaction has begun; false if it ended
        // first.
        const auto untilWriting = [](QProcess &process) {
            QByteArray seen;
            while (!seen.contains("\nwriting ") && !seen.startsWith("writing ")) {
                if (process.state() == QProcess::NotRunning)
                    return false;
                process.waitForReadyRead(50);
                seen += process.readAllStandardError();
            }
            return true;
        };
        writeListings(file, u"calibration"_s, perFile);
        qint64 writeMs = 0;
        {
            QProcess process;
            QVERIFY(import(process));
            QVERIFY(untilWriting(process));
            QElapsedTimer timer;
            timer.start();
            QVERIFY(process.waitForFinished(300'000));
            writeMs = std::max<qint64>(20, timer.elapsed());
            QCOMPARE(process.exitStatus(), QProcess::NormalExit);
            QCOMPARE(process.exitCode(), 0);
        }
        const State calibrated = inspect(path);
        QCOMPARE(calibrated.integrity, u"ok"_s);
        QCOMPARE(calibrated.listings, before.listings + perFile);
        // Every generated listing asks for Java and AWS.
        const int requirementsPerFile = calibrated.requirements - before.requirements;
        QCOMPARE(requirementsPerFile, 2 * perFile);
        before = calibrated;

        int killedInWrite = 0;
        int finished = 0;
        int rolledBack = 0;
        int committed = 0;
        for (int run = 1; run <= runs; ++run) {
            writeListings(file, u"run %1"_s.arg(run), perFile);
            QProcess process;
            QVERIFY(import(process));
            QVERIFY2(untilWriting(process),
                     qPrintable(u"run %1: the import ended before writing: %2"_s.arg(run).arg(
                         QString::fromUtf8(process.readAllStandardError()))));
            // A moment of the write, and a few past its usual end so some runs finish.
            const int delay = int(random.bounded(quint32(writeMs + writeMs / 8 + 1)));
            const QString when =
                u"run %1 (%2 ms into a %3 ms write)"_s.arg(run).arg(delay).arg(writeMs);
            if (!process.waitForFinished(delay)) {
                process.kill(); // SIGKILL: no cleanup, no rollback by the program itself
                QVERIFY(process.waitForFinished(30'000));
            }
            if (process.exitStatus() == QProcess::NormalExit) {
                // It finished first (also in the moment before the kill): it must have worked.
                ++finished;
                QVERIFY2(process.exitCode() == 0,
                         qPrintable(when + u": exit code %1: "_s.arg(process.exitCode()) +
                                    QString::fromUtf8(process.readAllStandardError())));
            } else if (!process.readAllStandardOutput().contains("Listings imported")) {
                // Killed after "writing" and before the command said it was done: inside the
                // write (the commit itself may have completed: then all is there).
                ++killedInWrite;
            }
            const State after = inspect(path);
            QVERIFY2(after.integrity == u"ok"_s, qPrintable(when + u": "_s + after.integrity));
            QVERIFY2(after.ftsIntegrity == u"ok"_s,
                     qPrintable(when + u": "_s + after.ftsIntegrity));
            QVERIFY2(after.triggers == 1, qPrintable(when + u": the FTS insert trigger is gone"_s));
            const bool none =
                after.listings == before.listings && after.requirements == before.requirements;
            const bool all = after.listings == before.listings + perFile &&
                             after.requirements == before.requirements + requirementsPerFile;
            QVERIFY2(none || all,
                     qPrintable(when + u": %1 listings and %2 requirements, expected %3 and %4 or "
                                       "%5 and %6"_s.arg(after.listings)
                                           .arg(after.requirements)
                                           .arg(before.listings)
                                           .arg(before.requirements)
                                           .arg(before.listings + perFile)
                                           .arg(before.requirements + requirementsPerFile)));
            QCOMPARE(after.saved, before.saved);
            (none ? rolledBack : committed) += 1;
            before = after;
        }
        // The test means something only if most kills landed inside the write and rolled back.
        QVERIFY2(
            killedInWrite >= runs / 2,
            qPrintable(
                u"only %1 of %2 runs were killed inside the write"_s.arg(killedInWrite).arg(runs)));
        QVERIFY(rolledBack > 0);
        qInfo("%d runs of %d listings (the write takes %lld ms), seed %u: killed inside the write "
              "%d, finished %d; none written %d, all written %d; integrity, FTS index, trigger, "
              "requirements and saved listings checked after every run.",
              runs, perFile, writeMs, seed, killedInWrite, finished, rolledBack, committed);
    }
};

QTEST_GUILESS_MAIN(TestCrashImport)
#include "tst_crashimport.moc"
