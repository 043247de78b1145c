// A full disk under the real program: `careerplanner import`, its daily backup and `restore`
// on a database in a small tmpfs (mounted in a private mount namespace: `unshare`, as root or
// through a user namespace). Each fails with a message that says the disk is full or what could
// not be written, leaves no partial file behind, and the database stays whole with the user's
// saved listing as it was. (SQLite's max_page_count stands in for a full disk in
// tst_datasafety; here the file system itself is full.)
#include "storage/Database.h"
#include "storage/ListingImportWriter.h"
#include "storage/ListingRepository.h"
#include "storage/SavedListingRepository.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

QString writeListingsFile(const QString &path, int count)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    QByteArray csv = "Title,Rate,Contract type,Work content,Required skills\n";
    for (int i = 0; i < count; ++i)
        csv += u"満杯 案件 %1,%2万円,業務委託,\"%3\",\"Java(3年以上)\"\n"_s.arg(i)
                   .arg(50 + i % 40)
                   .arg(QString(100, QChar(u'設')))
                   .toUtf8();
    file.write(csv);
    return {};
}

// Runs a shell script in a private mount namespace; its "key=value" lines.
QHash<QString, QString> runIsolated(const QString &script, QString *output)
{
    QProcess shell;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"DISPLAY"_s);
    environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    shell.setProcessEnvironment(environment);
    // As root a mount namespace is enough; otherwise a user namespace maps us to root in it.
    const QStringList namespaces =
        ::geteuid() == 0 ? QStringList{u"--mount"_s}
                         : QStringList{u"--user"_s, u"--map-root-user"_s, u"--mount"_s};
    shell.start(u"unshare"_s, namespaces + QStringList{u"bash"_s, u"-c"_s, script});
    shell.waitForFinished(300'000);
    *output = QString::fromUtf8(shell.readAllStandardOutput() + shell.readAllStandardError());
    QHash<QString, QString> values;
    for (const QString &line : output->split(u'\n')) {
        const qsizetype equals = line.indexOf(u'=');
        if (equals > 0 && !line.startsWith(u' '))
            values.insert(line.left(equals), line.mid(equals + 1).trimmed());
    }
    return values;
}

} // namespace

class TestFullDisk : public QObject
{
    Q_OBJECT

private slots:
    void importBackupAndRestoreOnAFullDiskLoseNothing()
    {
        QVERIFY(m_dir.isValid());
        if (QStandardPaths::findExecutable(u"unshare"_s).isEmpty())
            QSKIP("unshare (util-linux) is not installed");
        // The database the user has: the samples and a saved listing with a note.
        const QString prepared = m_dir.filePath(u"prepared.sqlite"_s);
        {
            Database database;
            QVERIFY2(database.open(prepared), qPrintable(database.lastError()));
            QString error;
            const qint64 id = ListingRepository(database.connection()).summaries().id(0);
            QVERIFY(SavedListingRepository(database.connection())
                        .save(id, ApplicationStatus::Interviewing, u"二次面接は金曜"_s, &error));
        }
        // A larger database to restore from: it cannot fit in what is left.
        const QString larger = m_dir.filePath(u"larger.sqlite"_s);
        {
            Database database;
            QVERIFY(database.open(larger));
            QList<ImportedListing> many;
            for (int i = 0; i < 2000; ++i) {
                ImportedListing imported;
                imported.line = i + 2;
                imported.listing.title = u"大きな控え %1"_s.arg(i);
                imported.listing.workContent = QString(200, QChar(u'控'));
                imported.listing.monthlyRateMinYen = 600'000;
                many.append(imported);
            }
            QVERIFY(ListingImportWriter(database.connection())
                        .write(many, DuplicatePolicy::Skip)
                        .error.isEmpty());
        }
        const QString csv = m_dir.filePath(u"full.csv"_s);
        QCOMPARE(writeListingsFile(csv, 3000), QString());

        // Room for the database and its journal files, not for a backup or 3,000 listings.
        const qint64 room = QFileInfo(prepared).size() + 112 * 1024;
        const QString disk = m_dir.filePath(u"disk"_s);
        const QString db = disk + u"/careerplanner.sqlite"_s;
        const QString program = QStringLiteral(CAREERPLANNER_BINARY);
        const QString script =
            u"set -u\n"
            "mkdir -p '%1' && mount -t tmpfs -o size=%2 tmpfs '%1' || { echo mounted=no; exit 0; "
            "}\n"
            "echo mounted=yes\n"
            "cp '%3' '%4'\n"
            "'%5' import '%6' --database '%4' > '%7/import.out' 2> '%7/import.err'; echo "
            "import=$?\n"
            "echo backups=$(ls '%1/backups' 2>/dev/null | wc -l)\n"
            "'%5' check --database '%4' > '%7/check1.out' 2>&1; echo check1=$?\n"
            "'%5' listings --saved --format json --database '%4' > '%7/saved1.json' 2>&1; "
            "echo saved1=$?\n"
            "echo before=$(sha256sum '%4' | cut -c1-64)\n"
            "'%5' restore --from '%8' --database '%4' > '%7/restore.out' 2> '%7/restore.err'; "
            "echo restore=$?\n"
            "echo after=$(sha256sum '%4' | cut -c1-64)\n"
            "echo leftovers=$(ls '%1' | grep -c -e restoring -e damaged)\n"
            "'%5' check --database '%4' > '%7/check2.out' 2>&1; echo check2=$?\n"
            "umount '%1'\n"_s.arg(disk)
                .arg(room)
                .arg(prepared, db, program, csv, m_dir.path(), larger);
        QString output;
        const QHash<QString, QString> result = runIsolated(script, &output);
        if (result.value(u"mounted"_s) != u"yes"_s)
            QSKIP(qPrintable(u"no private tmpfs can be mounted here (unshare: "_s +
                             output.left(200) + u")"_s));
        auto file = [&](const QString &name) {
            QFile f(m_dir.filePath(name));
            return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
        };

        // The import: refused with the reason, the daily backup before it failed too and left
        // no partial copy, and the file is whole with the saved listing.
        QCOMPARE(result.value(u"import"_s), u"1"_s);
        const QString importError = file(u"import.err"_s);
        QVERIFY2(importError.contains(u"full"_s, Qt::CaseInsensitive), qPrintable(importError));
        QVERIFY2(importError.contains(u"nothing was written"_s), qPrintable(importError));
        QVERIFY2(importError.contains(u"daily backup"_s), qPrintable(importError));
        QCOMPARE(result.value(u"backups"_s), u"0"_s);
        QVERIFY2(result.value(u"check1"_s) == u"0"_s, qPrintable(file(u"check1.out"_s)));
        QCOMPARE(result.value(u"saved1"_s), u"0"_s);
        QVERIFY2(file(u"saved1.json"_s).contains(u"二次面接は金曜"_s), qPrintable(output));
        QVERIFY(!file(u"saved1.json"_s).contains(u"満杯 案件"_s));

        // The restore: refused, the database byte for byte as it was, nothing left over.
        QCOMPARE(result.value(u"restore"_s), u"1"_s);
        const QString restoreError = file(u"restore.err"_s);
        QVERIFY2(restoreError.contains(u"Nothing was changed"_s), qPrintable(restoreError));
        QVERIFY(!result.value(u"before"_s).isEmpty());
        QCOMPARE(result.value(u"after"_s), result.value(u"before"_s));
        QCOMPARE(result.value(u"leftovers"_s), u"0"_s);
        QVERIFY2(result.value(u"check2"_s) == u"0"_s, qPrintable(file(u"check2.out"_s)));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestFullDisk)
#include "tst_fulldisk.moc"
