// bench_backup: a backup and a restore of a database of 100,000 listings (or --listings N), as
// the program makes them, against the same work done by sqlite3 and cp in the same run.
//
//   bench_backup [--listings N] [--runs R] [--work-dir DIR]
//
// 1. Stores N generated listings in a new database (not timed).
// 2. Backup: DatabaseBackup::create (SQLite's VACUUM INTO, then pruning), against the sqlite3
//    command-line tool running the same VACUUM INTO in a fresh process.
// 3. Restore: DatabaseRecovery::restore (the backup checked, copied beside the target and
//    flushed, the old file moved aside, the copy renamed into place), against `cp` of the
//    same file. Then the restored file is opened and its listings counted.
// Medians of R runs each (default 3). The last line of output is a JSON object with every
// figure and its ratio.

#include "ListingGenerator.h"
#include "storage/Database.h"
#include "storage/DatabaseBackup.h"
#include "storage/DatabaseRecovery.h"
#include "storage/ListingImportWriter.h"
#include "storage/ListingRepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "bench_backup: %s\n", qPrintable(message));
    return 1;
}

void printLine(const QString &line)
{
    std::printf("%s\n", line.toUtf8().constData());
    std::fflush(stdout);
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

// Runs a program to its end; its wall time in ms, or -1 when it failed.
double timedProcess(const QString &program, const QStringList &arguments)
{
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    if (!process.waitForFinished(600'000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(program),
                     process.readAllStandardError().constData());
        return -1;
    }
    return double(timer.nsecsElapsed()) / 1e6;
}

void removeDatabase(const QString &path)
{
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(path + suffix);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"A backup and a restore, against sqlite3 and cp."_s);
    parser.addHelpOption();
    const QCommandLineOption countOption(u"listings"_s, u"Number of listings."_s, u"n"_s,
                                         u"100000"_s);
    const QCommandLineOption runsOption(u"runs"_s, u"Runs of each measurement."_s, u"r"_s, u"3"_s);
    const QCommandLineOption dirOption(u"work-dir"_s, u"Folder for the databases."_s, u"dir"_s);
    parser.addOptions({countOption, runsOption, dirOption});
    parser.process(app);
    const int count = parser.value(countOption).toInt();
    const int runs = std::max(1, parser.value(runsOption).toInt());
    if (count <= 0)
        return fail(u"--listings must be a positive number"_s);
    QTemporaryDir temporary;
    QDir dir(parser.isSet(dirOption) ? parser.value(dirOption) : temporary.path());
    if (!dir.mkpath(u"."_s))
        return fail(u"cannot create "_s + dir.path());

    // 1. The database.
    const QString path = dir.filePath(u"backup-%1/careerplanner.sqlite"_s.arg(count));
    dir.mkpath(u"backup-%1"_s.arg(count));
    removeDatabase(path);
    QDir(DatabaseBackup::folderFor(path)).removeRecursively();
    QString error;
    QList<Listing> listings = ListingGenerator::generate(count, &error);
    if (!error.isEmpty())
        return fail(error);
    QList<ImportedListing> imported;
    imported.reserve(listings.size());
    for (qsizetype i = 0; i < listings.size(); ++i) {
        Listing listing = listings.at(i);
        listing.source += u" #%1"_s.arg(i + 1); // every one new to the import
        imported.append({int(i) + 2, listing, {}});
    }
    listings.clear();
    {
        Database database;
        if (!database.open(path))
            return fail(database.lastError());
        const ListingImportOutcome outcome =
            ListingImportWriter(database.connection()).write(imported, DuplicatePolicy::Skip);
        if (!outcome.error.isEmpty())
            return fail(outcome.error);
    }
    imported.clear();
    const double databaseMiB = double(QFileInfo(path).size()) / (1024.0 * 1024.0);
    printLine(u"%1 listings, a database of %2 MiB"_s.arg(count).arg(databaseMiB, 0, 'f', 1));

    // 2. Backup, ours and sqlite3's.
    QList<double> oursBackup, sqliteBackup;
    QString newestBackup;
    {
        Database database;
        if (!database.open(path))
            return fail(database.lastError());
        DatabaseBackup backup(database.connection(), path, runs + 1);
        const QDateTime start = QDateTime::currentDateTimeUtc().addDays(1);
        for (int run = 0; run < runs; ++run) {
            QElapsedTimer timer;
            timer.start();
            newestBackup = backup.create(u"bench"_s, &error, start.addSecs(run));
            if (newestBackup.isEmpty())
                return fail(error);
            oursBackup.append(double(timer.nsecsElapsed()) / 1e6);

            const QString target = dir.filePath(u"sqlite3-vacuum-%1.sqlite"_s.arg(run));
            QFile::remove(target);
            const double sqlite =
                timedProcess(u"sqlite3"_s, {path, u"VACUUM INTO '%1'"_s.arg(target)});
            if (sqlite < 0)
                return fail(u"sqlite3 VACUUM INTO failed"_s);
            sqliteBackup.append(sqlite);
            QFile::remove(target);
        }
    }

    // 3. Restore, ours and cp's.
    QList<double> oursRestore, cpRestore;
    const QString restored = dir.filePath(u"restored-%1/careerplanner.sqlite"_s.arg(count));
    dir.mkpath(u"restored-%1"_s.arg(count));
    for (int run = 0; run < runs; ++run) {
        QDir(QFileInfo(restored).absolutePath()).removeRecursively();
        dir.mkpath(u"restored-%1"_s.arg(count));
        QFile::copy(path, restored); // something to move aside, as after damage
        QElapsedTimer timer;
        timer.start();
        QString aside;
        if (!DatabaseRecovery::restore(newestBackup, restored, &error, &aside))
            return fail(error);
        oursRestore.append(double(timer.nsecsElapsed()) / 1e6);
        const QString copy = dir.filePath(u"cp-%1.sqlite"_s.arg(run));
        QFile::remove(copy);
        const double cp = timedProcess(u"cp"_s, {newestBackup, copy});
        if (cp < 0)
            return fail(u"cp failed"_s);
        cpRestore.append(cp);
        QFile::remove(copy);
    }
    qint64 restoredListings = 0;
    {
        Database database;
        if (!database.open(restored))
            return fail(database.lastError());
        restoredListings = ListingRepository(database.connection()).count();
    }
    if (restoredListings < count)
        return fail(
            u"the restored database holds %1 listings, not %2"_s.arg(restoredListings).arg(count));

    const double backupMs = median(oursBackup), sqliteMs = median(sqliteBackup);
    const double restoreMs = median(oursRestore), cpMs = median(cpRestore);
    printLine(u"| measurement (median of %1) | ours | baseline | ours / baseline |"_s.arg(runs));
    printLine(u"|---|---:|---:|---:|"_s);
    printLine(u"| backup (VACUUM INTO) against sqlite3 VACUUM INTO | %1 ms | %2 ms | %3× |"_s
                  .arg(backupMs, 0, 'f', 0)
                  .arg(sqliteMs, 0, 'f', 0)
                  .arg(backupMs / sqliteMs, 0, 'f', 2));
    printLine(u"| restore (checked, flushed, renamed) against cp | %1 ms | %2 ms | %3× |"_s
                  .arg(restoreMs, 0, 'f', 0)
                  .arg(cpMs, 0, 'f', 0)
                  .arg(restoreMs / cpMs, 0, 'f', 2));
    const QJsonObject summary{{u"listings"_s, count},
                              {u"database_mib"_s, databaseMiB},
                              {u"backup_ms"_s, backupMs},
                              {u"sqlite3_vacuum_into_ms"_s, sqliteMs},
                              {u"backup_ratio_to_sqlite3"_s, backupMs / sqliteMs},
                              {u"restore_ms"_s, restoreMs},
                              {u"cp_ms"_s, cpMs},
                              {u"restore_ratio_to_cp"_s, restoreMs / cpMs},
                              {u"restored_listings"_s, double(restoredListings)}};
    printLine(QString::fromUtf8(QJsonDocument(summary).toJson(QJsonDocument::Compact)));
    return 0;
}
