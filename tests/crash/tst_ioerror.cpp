// A failing disk under the real program: `careerplanner import`, its daily backup and
// `restore`, each with its writes made to fail with EIO part-way (IoErrorShim, preloaded).
// Each stops with the reason, leaves no partial file behind, and afterwards the database opens
// whole with everything it held before.
#include "storage/Database.h"
#include "storage/DatabaseBackup.h"
#include "storage/ListingRepository.h"
#include "storage/SavedListingRepository.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// The real program, with writes to paths containing `failing` made to fail after `after`
// bytes (none when failing is empty).
Run careerplanner(const QStringList &arguments, const QString &home, const QString &failing = {},
                  qint64 after = 0)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"DISPLAY"_s);
    environment.insert(u"HOME"_s, home);
    environment.insert(u"XDG_DATA_HOME"_s, home + u"/data"_s);
    environment.insert(u"XDG_CONFIG_HOME"_s, home + u"/config"_s);
    environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    if (!failing.isEmpty()) {
        environment.insert(u"LD_PRELOAD"_s, QStringLiteral(CAREERPLANNER_EIO_SHIM));
        environment.insert(u"CAREERPLANNER_EIO_PATH"_s, failing);
        environment.insert(u"CAREERPLANNER_EIO_AFTER_BYTES"_s, QString::number(after));
        // An AddressSanitizer build wants its runtime first; the shim only wraps three calls.
        const QString asan = environment.value(u"ASAN_OPTIONS"_s);
        environment.insert(u"ASAN_OPTIONS"_s, (asan.isEmpty() ? QString() : asan + u':') +
                                                  u"verify_asan_link_order=0"_s);
    }
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(CAREERPLANNER_BINARY), arguments);
    Run run;
    if (!process.waitForFinished(120'000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QByteArray sha256(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly)
               ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
               : QByteArray();
}

} // namespace

class TestIoError : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_prepared = m_dir.filePath(u"prepared.sqlite"_s);
        Database database;
        QVERIFY2(database.open(m_prepared), qPrintable(database.lastError()));
        m_savedId = ListingRepository(database.connection()).summaries().id(0);
        m_listings = ListingRepository(database.connection()).count();
        QString error;
        QVERIFY(SavedListingRepository(database.connection())
                    .save(m_savedId, ApplicationStatus::Offered, u"条件を確認中"_s, &error));
        m_csv = m_dir.filePath(u"io.csv"_s);
        QFile file(m_csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray csv = "Title,Rate,Contract type,Work content\n";
        for (int i = 0; i < 3000; ++i)
            csv += u"故障 案件 %1,%2万円,業務委託,\"%3\"\n"_s.arg(i)
                       .arg(50 + i % 40)
                       .arg(QString(100, QChar(u'障')))
                       .toUtf8();
        file.write(csv);
    }

    // The import's writes fail half-way: it stops with the reason and nothing of the file is
    // stored; the database opens whole with the saved listing.
    void anImportOnAFailingDiskWritesNothing()
    {
        const QString path = copyOfPrepared(u"import"_s);
        const Run run = careerplanner({u"import"_s, m_csv, u"--database"_s, path}, m_dir.path(),
                                      u"/import/careerplanner.sqlite"_s, 300 * 1024);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"I/O error"_s, Qt::CaseInsensitive), qPrintable(run.err));
        QVERIFY2(run.err.contains(u"nothing was written"_s), qPrintable(run.err));
        expectWhole(path);
    }

    // The daily backup's writes fail: the command goes on, says the backup failed, and no
    // partial backup is left to be mistaken for one.
    void aBackupOnAFailingDiskLeavesNoPartialCopy()
    {
        const QString path = copyOfPrepared(u"backup"_s);
        const Run run = careerplanner({u"listings"_s, u"--database"_s, path}, m_dir.path(),
                                      u"/backup/backups/"_s, 0);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.err.contains(u"daily backup"_s) &&
                     run.err.contains(u"I/O error"_s, Qt::CaseInsensitive),
                 qPrintable(run.err));
        QVERIFY(QDir(DatabaseBackup::folderFor(path)).entryList(QDir::Files).isEmpty());
        expectWhole(path);
    }

    // The restore's copy fails: nothing is moved, the database is byte for byte as it was,
    // and no staging file is left. (The copy is the only write in the folder: QSaveFile may
    // write it as an unnamed O_TMPFILE, so the folder is what the failing path names.)
    void aRestoreOnAFailingDiskChangesNothing()
    {
        const QString path = copyOfPrepared(u"restore"_s);
        const QString backup = m_dir.filePath(u"a-backup.sqlite"_s);
        QFile::remove(backup);
        QVERIFY(QFile::copy(m_prepared, backup));
        const QByteArray before = sha256(path);
        const Run run = careerplanner({u"restore"_s, u"--from"_s, backup, u"--database"_s, path},
                                      m_dir.path(), u"/restore/"_s, 64 * 1024);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"Nothing was changed"_s), qPrintable(run.err));
        QCOMPARE(sha256(path), before);
        const QStringList left =
            QDir(QFileInfo(path).absolutePath()).entryList({u"*.restoring*"_s, u"*.damaged-*"_s});
        QVERIFY2(left.isEmpty(), qPrintable(left.join(u", "_s)));
        expectWhole(path);
    }

private:
    QString copyOfPrepared(const QString &name)
    {
        const QString folder = m_dir.filePath(name);
        QDir(folder).removeRecursively();
        QDir().mkpath(folder);
        const QString path = folder + u"/careerplanner.sqlite"_s;
        QFile::copy(m_prepared, path);
        return path;
    }

    // Opens whole (the command's own check), with the listings and the saved listing as before.
    void expectWhole(const QString &path)
    {
        const Run check = careerplanner({u"check"_s, u"--database"_s, path}, m_dir.path());
        QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));
        Database database;
        QVERIFY2(database.open(path), qPrintable(database.lastError()));
        QCOMPARE(ListingRepository(database.connection()).count(), m_listings);
        QCOMPARE(SavedListingRepository(database.connection()).find(m_savedId).value().note,
                 u"条件を確認中"_s);
    }

    QTemporaryDir m_dir;
    QString m_prepared;
    QString m_csv;
    qint64 m_savedId = 0;
    int m_listings = 0;
};

QTEST_GUILESS_MAIN(TestIoError)
#include "tst_ioerror.moc"
