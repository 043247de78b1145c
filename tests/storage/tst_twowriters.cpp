// Two writers on one database at once. Decided (docs/architecture.md, "Two writers"): a
// window and commands share a file through SQLite's own locking. A writer waits for another's
// transaction up to the busy timeout (5 s), and then gets a plain "in use" message with
// nothing changed; no write is lost and the file stays whole. Two windows on one file are
// not allowed: the second is refused with the process that has it (WindowLock), and a lock
// left by a process that died is taken over.
#include "core/Profile.h"
#include "services/WindowLock.h"
#include "storage/Database.h"
#include "storage/ListingRepository.h"
#include "storage/ProfileStore.h"
#include "storage/SavedListingRepository.h"

#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

void writeListings(const QString &path, const QString &prefix, int count)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    QByteArray csv = "Title,Rate,Contract type,Work content,Required skills\n";
    for (int i = 0; i < count; ++i)
        csv += u"%1 案件 %2,%3万円,業務委託,\"%4\",\"Java(3年以上)\"\n"_s.arg(prefix)
                   .arg(i)
                   .arg(50 + i % 40)
                   .arg(QString(80, QChar(u'設')))
                   .toUtf8();
    file.write(csv);
}

QProcessEnvironment headless(const QString &home)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"DISPLAY"_s);
    environment.remove(u"WAYLAND_DISPLAY"_s);
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    environment.insert(u"HOME"_s, home);
    environment.insert(u"XDG_DATA_HOME"_s, home + u"/data"_s);
    environment.insert(u"XDG_CONFIG_HOME"_s, home + u"/config"_s);
    environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    return environment;
}

// Reads stderr until the import says its transaction has begun.
bool untilWriting(QProcess &process)
{
    QByteArray seen;
    while (!seen.contains("writing ")) {
        if (process.state() == QProcess::NotRunning)
            return false;
        process.waitForReadyRead(50);
        seen += process.readAllStandardError();
    }
    return true;
}

QString integrity(QSqlDatabase db)
{
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA integrity_check"_s) || !query.next())
        return query.lastError().text();
    return query.value(0).toString();
}

} // namespace

class TestTwoWriters : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_path = m_dir.filePath(u"shared-%1.sqlite"_s.arg(++m_counter));
        Database database;
        QVERIFY2(database.open(m_path), qPrintable(database.lastError()));
    }

    // The window saves while an import is writing: the save waits for the import's commit,
    // and both are there.
    void aSaveDuringAnImportWaitsAndBothLand()
    {
        Database window;
        QVERIFY2(window.open(m_path), qPrintable(window.lastError()));
        const int before = ListingRepository(window.connection()).count();
        const QString file = m_dir.filePath(u"wait.csv"_s);
        writeListings(file, u"待つ"_s, 3000);

        QProcess import;
        import.setProcessEnvironment(headless(m_dir.path()));
        import.start(QStringLiteral(CAREERPLANNER_BINARY),
                     {u"import"_s, file, u"--progress-lines"_s, u"--database"_s, m_path});
        QVERIFY(import.waitForStarted());
        QVERIFY(untilWriting(import)); // its transaction holds the write lock now

        Profile profile;
        profile.age = 58;
        profile.skills = {{u"COBOL"_s, 30}};
        QString error;
        QVERIFY2(ProfileStore(window.connection()).save(profile, &error), qPrintable(error));
        const qint64 saved = ListingRepository(window.connection()).summaries().id(0);
        QVERIFY2(SavedListingRepository(window.connection())
                     .save(saved, ApplicationStatus::Applied, u"同時に保存"_s, &error),
                 qPrintable(error));

        QVERIFY(import.waitForFinished(60'000));
        QCOMPARE(import.exitStatus(), QProcess::NormalExit);
        QVERIFY2(import.exitCode() == 0, import.readAllStandardError().constData());
        QCOMPARE(ListingRepository(window.connection()).count(), before + 3000);
        QCOMPARE(ProfileStore(window.connection()).latest().value().age, 58);
        QCOMPARE(SavedListingRepository(window.connection()).find(saved).value().note,
                 u"同時に保存"_s);
        QCOMPARE(integrity(window.connection()), u"ok"_s);
    }

    // Two imports started together: the second waits for the first; both land whole.
    void twoImportsAtOnceBothLand()
    {
        const QString first = m_dir.filePath(u"first.csv"_s);
        const QString second = m_dir.filePath(u"second.csv"_s);
        writeListings(first, u"一つ目"_s, 2000);
        writeListings(second, u"二つ目"_s, 2000);
        int before = 0;
        {
            Database database;
            QVERIFY(database.open(m_path));
            before = ListingRepository(database.connection()).count();
        }
        QProcess a, b;
        for (auto [process, file] : {std::pair{&a, first}, {&b, second}}) {
            process->setProcessEnvironment(headless(m_dir.path()));
            process->start(QStringLiteral(CAREERPLANNER_BINARY),
                           {u"import"_s, file, u"--database"_s, m_path});
            QVERIFY(process->waitForStarted());
        }
        for (QProcess *process : {&a, &b}) {
            QVERIFY(process->waitForFinished(60'000));
            QVERIFY2(process->exitCode() == 0, process->readAllStandardError().constData());
        }
        Database database;
        QVERIFY(database.open(m_path));
        QCOMPARE(ListingRepository(database.connection()).count(), before + 4000);
        QCOMPARE(integrity(database.connection()), u"ok"_s);
    }

    // A writer kept waiting past its busy timeout is told the database is in use, loses
    // nothing already stored, and succeeds once the other has finished.
    void aWriterKeptWaitingIsToldTheDatabaseIsInUse()
    {
        Database holder;
        Database waiter;
        QVERIFY(holder.open(m_path));
        QVERIFY(waiter.open(m_path));
        const auto profileBefore = ProfileStore(waiter.connection()).latest();
        QSqlQuery shorter(waiter.connection());
        QVERIFY(shorter.exec(u"PRAGMA busy_timeout = 200"_s)); // the real one is 5 s

        QSqlQuery hold(holder.connection());
        QVERIFY(hold.exec(u"BEGIN IMMEDIATE"_s));
        Profile profile;
        profile.age = 61;
        QString error;
        QVERIFY(!ProfileStore(waiter.connection()).save(profile, &error));
        QVERIFY2(error.contains(u"in use"_s) && error.contains(u"Nothing was changed"_s),
                 qPrintable(error));
        QCOMPARE(ProfileStore(waiter.connection()).latest().has_value(), profileBefore.has_value());

        QVERIFY(hold.exec(u"COMMIT"_s));
        QVERIFY2(ProfileStore(waiter.connection()).save(profile, &error), qPrintable(error));
        QCOMPARE(ProfileStore(holder.connection()).latest().value().age, 61);
        QCOMPARE(integrity(holder.connection()), u"ok"_s);
    }

    // The real window takes the lock; a second start on the same file is refused with the
    // window's process; once that process is gone (killed, no cleanup), the lock is free.
    void aSecondWindowIsRefusedUntilTheFirstIsGone()
    {
        QProcess window;
        window.setProcessEnvironment(headless(m_dir.path()));
        window.start(QStringLiteral(CAREERPLANNER_BINARY), {u"--database"_s, m_path});
        QVERIFY(window.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(WindowLock::lockPathFor(m_path)), 30'000);

        WindowLock second(m_path);
        QVERIFY(!second.acquire());
        QVERIFY2(second.refusal().contains(QString::number(window.processId())),
                 qPrintable(second.refusal()));
        QVERIFY(second.refusal().contains(u"already open"_s));

        window.kill();
        QVERIFY(window.waitForFinished(10'000));
        QVERIFY(QFile::exists(WindowLock::lockPathFor(m_path))); // left behind by the kill
        WindowLock third(m_path);
        QVERIFY2(third.acquire(), qPrintable(third.refusal()));
        // And held: a fourth in this process is refused too.
        WindowLock fourth(m_path);
        QVERIFY(!fourth.acquire());
    }

    // The very first start, in a home where CareerPlanner never ran: the application data folder
    // does not exist yet. The window takes its lock there and opens (a bug once refused it).
    void theFirstStartInAFreshHomeOpensTheWindow()
    {
        QTemporaryDir home;
        QVERIFY(!QFile::exists(home.filePath(u"data"_s)));
        const QString folder = home.filePath(u"fresh/folder"_s);
        WindowLock lock(folder + u"/careerplanner.sqlite"_s);
        QVERIFY2(lock.acquire(), qPrintable(lock.refusal()));

        QProcess window;
        window.setProcessEnvironment(headless(home.path()));
        window.start(QStringLiteral(CAREERPLANNER_BINARY), {u"--lang"_s, u"en"_s});
        QVERIFY(window.waitForStarted());
        const QString database =
            home.filePath(u"data/CareerPlanner/careerplanner/careerplanner.sqlite"_s);
        QTRY_VERIFY_WITH_TIMEOUT(
            QFile::exists(WindowLock::lockPathFor(database)) && QFile::exists(database), 30'000);
        QCOMPARE(window.state(), QProcess::Running);
        window.kill();
        QVERIFY(window.waitForFinished(10'000));
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_counter = 0;
};

QTEST_GUILESS_MAIN(TestTwoWriters)
#include "tst_twowriters.moc"
