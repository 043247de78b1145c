// bench_team: the team database under load. N listings in PostgreSQL, then for a fixed time
// C clients searching at once and I clients importing at once, each with its own connection,
// on the loopback; against the same searches by one client alone, and on SQLite holding the
// same listings, measured in the same run.
//
//   bench_team [--server URI] [--listings N] [--clients C] [--importers I] [--seconds S]
//              [--work-dir DIR]
//
// URI: a cluster's maintenance database as a superuser (scripts/pg-test-cluster.sh start
// prints one as CAREERPLANNER_TEST_POSTGRES, the default). A database of its own is created
// and dropped after.
//
// 1. The generator's listings, numbered so that every one is new, imported as the program
//    imports them (ListingImportWriter, one transaction) into PostgreSQL and into SQLite.
// 2. Alone: each search word, three times, by one client on SQLite, then on PostgreSQL.
// 3. Under load: C searchers take the words in turn while I importers write batches of 200
//    new listings, one transaction each, for S seconds.
// 4. Afterwards every imported listing is counted: rows lost are those an importer was told
//    were written and the database does not hold.
//
// The last line of output is a JSON object with every figure and its ratio.

#include "ListingGenerator.h"
#include "core/ListingImportPreview.h"
#include "storage/Database.h"
#include "storage/ListingImportWriter.h"
#include "storage/ListingRepository.h"
#include "storage/SqlErrors.h"
#include "storage/team/TeamDatabase.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <algorithm>
#include <atomic>
#include <cstdio>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

// What a user types: one- and two-character words (answered by a scan: no trigram), longer
// words (the trigram index), a mix, and a word with a rate filter.
const QStringList searchWords{u"決"_s,       u"Go"_s,       u"保守"_s,       u"Java"_s,
                              u"決済基盤"_s, u"AWS 運用"_s, u"Kubernetes"_s, u"金融"_s,
                              u"Python"_s,   u"SaaS企業"_s};

bool isShort(const QString &word)
{
    return word.size() <= 2;
}

void say(const QString &line)
{
    std::printf("%s\n", line.toUtf8().constData());
    std::fflush(stdout);
}

double percentile(std::vector<double> values, double fraction)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const std::size_t index =
        std::min(values.size() - 1, std::size_t(fraction * double(values.size() - 1) + 0.5));
    return values[index];
}

QString runAsSuperuser(const ServerAddress &server, const QString &statement)
{
    const QString name = u"bench-superuser"_s;
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        db.setHostName(server.host());
        db.setPort(server.port());
        db.setUserName(server.user());
        db.setDatabaseName(server.database());
        if (!db.open()) {
            error = db.lastError().text();
        } else {
            QSqlQuery query(db);
            SqlErrors::execConstant(query, statement, &error);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

// The generator's listings again and again, numbered by `tag` so that none duplicates another.
class NumberedListings
{
public:
    explicit NumberedListings(QString *error) : m_batch(ListingGenerator::generate(10'000, error))
    {
    }
    Listing at(qint64 n, const QString &tag) const
    {
        static const QRegularExpression number(u"\\d+$"_s);
        Listing listing = m_batch.at(qsizetype(n % m_batch.size()));
        const QString suffix = tag + QString::number(n);
        listing.source.replace(number, suffix);
        listing.url.replace(number, suffix);
        return listing;
    }

private:
    QList<Listing> m_batch;
};

// Imports count listings in one transaction, as the program does; the wall time in ms, or -1.
double importInto(QSqlDatabase database, const NumberedListings &listings, qint64 count,
                  QString *error)
{
    QElapsedTimer timer;
    timer.start();
    ListingImportWriter writer(database);
    if (!writer.begin(DuplicatePolicy::Skip)) {
        *error = writer.outcome().error;
        return -1;
    }
    for (qint64 n = 0; n < count; ++n) {
        if (!writer.add({int(n + 2), listings.at(n, u"base-"_s), {}})) {
            *error = writer.outcome().error;
            return -1;
        }
        if (n > 0 && n % 100'000 == 0)
            say(u"  … %1 listings"_s.arg(n));
    }
    const ListingImportOutcome outcome = writer.commit();
    if (!outcome.error.isEmpty() || outcome.inserted != count) {
        *error = outcome.error.isEmpty()
                     ? u"%1 of %2 listings written"_s.arg(outcome.inserted).arg(count)
                     : outcome.error;
        return -1;
    }
    return double(timer.nsecsElapsed()) / 1e6;
}

ListingFilter filterFor(const QString &word, int variant)
{
    ListingFilter filter;
    filter.text = word;
    if (variant % 4 == 3)
        filter.minMonthlyYen = 700'000; // a rate filter with the words, now and then
    return filter;
}

struct Timings
{
    std::vector<double> all;
    std::vector<double> shortWords;
    std::vector<double> longWords;
    void add(const QString &word, double ms)
    {
        all.push_back(ms);
        (isShort(word) ? shortWords : longWords).push_back(ms);
    }
};

// Each word three times by one client; false with error.
bool searchAlone(QSqlDatabase database, Timings *timings, QString *error)
{
    const ListingRepository repository(database);
    for (int round = 0; round < 3; ++round) {
        for (int i = 0; i < searchWords.size(); ++i) {
            QElapsedTimer timer;
            timer.start();
            repository.search(filterFor(searchWords.at(i), i), error);
            if (!error->isEmpty())
                return false;
            timings->add(searchWords.at(i), double(timer.nsecsElapsed()) / 1e6);
        }
    }
    return true;
}

qint64 countRows(QSqlDatabase database, const QString &where)
{
    QSqlQuery query(database);
    if (!query.exec(u"SELECT COUNT(*) FROM listings "_s + where) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"server"_s, u"A cluster's maintenance database, as a superuser."_s, u"uri"_s,
                      qEnvironmentVariable("CAREERPLANNER_TEST_POSTGRES")});
    parser.addOption({u"listings"_s, u"Listings stored before the load."_s, u"n"_s, u"1000000"_s});
    parser.addOption({u"clients"_s, u"Clients searching at once."_s, u"n"_s, u"20"_s});
    parser.addOption({u"importers"_s, u"Clients importing at once."_s, u"n"_s, u"2"_s});
    parser.addOption({u"seconds"_s, u"How long the load lasts."_s, u"s"_s, u"60"_s});
    parser.addOption({u"work-dir"_s, u"Where the SQLite file goes."_s, u"dir"_s});
    parser.process(app);
    const qint64 count = parser.value(u"listings"_s).toLongLong();
    const int clients = parser.value(u"clients"_s).toInt();
    const int importers = parser.value(u"importers"_s).toInt();
    const int seconds = parser.value(u"seconds"_s).toInt();
    QString error;
    const auto server = ServerAddress::parse(parser.value(u"server"_s), &error);
    if (!server) {
        say(u"bench_team: --server: "_s + (error.isEmpty() ? u"not given"_s : error));
        return 2;
    }
    QTemporaryDir temporary;
    const QString workDir =
        parser.isSet(u"work-dir"_s) ? parser.value(u"work-dir"_s) : temporary.path();

    const QString name = u"careerplanner_bench_%1"_s.arg(QRandomGenerator::global()->generate());
    if (const QString failed = runAsSuperuser(*server, u"CREATE DATABASE %1"_s.arg(name));
        !failed.isEmpty()) {
        say(u"bench_team: cannot create the database: "_s + failed);
        return 1;
    }
    const auto team =
        ServerAddress::parse(u"postgresql://%1@%2:%3/%4"_s.arg(server->user(), server->host())
                                 .arg(server->port())
                                 .arg(name),
                             &error);
    auto dropDatabase = qScopeGuard(
        [&] { runAsSuperuser(*server, u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(name)); });

    const NumberedListings listings(&error);
    if (!error.isEmpty()) {
        say(u"bench_team: "_s + error);
        return 1;
    }
    say(u"bench_team: %1 listings, %2 searching and %3 importing for %4 s"_s.arg(count)
            .arg(clients)
            .arg(importers)
            .arg(seconds));

    // 1. The same listings in both engines.
    double postgresLoadMs = 0;
    double sqliteLoadMs = 0;
    Timings sqliteAlone;
    Timings postgresAlone;
    {
        TeamDatabase admin;
        if (!admin.initialise(*team)) {
            say(u"bench_team: "_s + admin.lastError());
            return 1;
        }
        say(u"PostgreSQL: importing…"_s);
        postgresLoadMs = importInto(admin.connection(), listings, count, &error);
        if (postgresLoadMs < 0) {
            say(u"bench_team: PostgreSQL import: "_s + error);
            return 1;
        }
        QSqlQuery analyse(admin.connection());
        SqlErrors::execConstant(analyse, u"VACUUM ANALYZE listings"_s, nullptr);
        Database local;
        const QString path = QDir(workDir).filePath(u"bench-team.sqlite"_s);
        QFile::remove(path);
        if (!local.open(path)) {
            say(u"bench_team: "_s + local.lastError());
            return 1;
        }
        QSqlQuery clear(local.connection());
        clear.exec(u"DELETE FROM listings"_s);
        say(u"SQLite: importing…"_s);
        sqliteLoadMs = importInto(local.connection(), listings, count, &error);
        if (sqliteLoadMs < 0) {
            say(u"bench_team: SQLite import: "_s + error);
            return 1;
        }
        // 2. Alone.
        say(u"Searching alone…"_s);
        if (!searchAlone(local.connection(), &sqliteAlone, &error) ||
            !searchAlone(admin.connection(), &postgresAlone, &error)) {
            say(u"bench_team: search: "_s + error);
            return 1;
        }
    }

    // 3. Under load.
    say(u"Under load…"_s);
    std::atomic_bool stop = false;
    std::atomic<int> searchErrors = 0;
    std::atomic<int> importErrors = 0;
    QMutex mutex;
    Timings loaded;
    std::vector<double> importMs;
    QStringList firstErrors;
    std::vector<qint64> written(std::size_t(importers), 0);
    std::vector<std::thread> threads;
    for (int c = 0; c < clients; ++c) {
        threads.emplace_back([&, c] {
            TeamDatabase connection;
            if (!connection.open(*team)) {
                ++searchErrors;
                QMutexLocker lock(&mutex);
                firstErrors.append(connection.lastError());
                return;
            }
            const ListingRepository repository(connection.connection());
            Timings mine;
            for (int i = c; !stop; ++i) {
                const QString word = searchWords.at(i % searchWords.size());
                QString searchError;
                QElapsedTimer timer;
                timer.start();
                repository.search(filterFor(word, i), &searchError);
                const double ms = double(timer.nsecsElapsed()) / 1e6;
                if (!searchError.isEmpty()) {
                    ++searchErrors;
                    QMutexLocker lock(&mutex);
                    if (firstErrors.size() < 5)
                        firstErrors.append(searchError);
                    continue;
                }
                if (!stop)
                    mine.add(word, ms);
            }
            QMutexLocker lock(&mutex);
            for (std::size_t i = 0; i < mine.all.size(); ++i)
                loaded.all.push_back(mine.all[i]);
            loaded.shortWords.insert(loaded.shortWords.end(), mine.shortWords.begin(),
                                     mine.shortWords.end());
            loaded.longWords.insert(loaded.longWords.end(), mine.longWords.begin(),
                                    mine.longWords.end());
        });
    }
    for (int k = 0; k < importers; ++k) {
        threads.emplace_back([&, k] {
            TeamDatabase connection;
            if (!connection.open(*team)) {
                ++importErrors;
                return;
            }
            std::vector<double> mine;
            for (int batch = 0; !stop; ++batch) {
                QList<ImportedListing> rows;
                for (int i = 0; i < 200; ++i)
                    rows.append(
                        {i + 2, listings.at(qint64(batch) * 200 + i, u"load-%1-"_s.arg(k)), {}});
                QElapsedTimer timer;
                timer.start();
                const ListingImportOutcome outcome =
                    ListingImportWriter(connection.connection()).write(rows, DuplicatePolicy::Skip);
                if (!outcome.error.isEmpty()) {
                    ++importErrors;
                    QMutexLocker lock(&mutex);
                    if (firstErrors.size() < 5)
                        firstErrors.append(outcome.error);
                    continue;
                }
                mine.push_back(double(timer.nsecsElapsed()) / 1e6);
                written[std::size_t(k)] += outcome.inserted;
            }
            QMutexLocker lock(&mutex);
            importMs.insert(importMs.end(), mine.begin(), mine.end());
        });
    }
    std::this_thread::sleep_for(std::chrono::seconds(seconds));
    stop = true;
    for (std::thread &thread : threads)
        thread.join();

    // 4. Nothing lost.
    qint64 imported = 0;
    qint64 lost = 0;
    {
        TeamDatabase check;
        if (!check.open(*team)) {
            say(u"bench_team: "_s + check.lastError());
            return 1;
        }
        for (int k = 0; k < importers; ++k) {
            imported += written[std::size_t(k)];
            // The generator's source with the importer's tag in place of its number.
            const qint64 held = countRows(check.connection(), u"WHERE source LIKE '%load-"_s +
                                                                  QString::number(k) + u"-%'"_s);
            lost += std::max<qint64>(0, written[std::size_t(k)] - held);
        }
        const qint64 total = countRows(check.connection(), {});
        lost += std::max<qint64>(0, count + imported - total);
    }

    auto ms = [](double value) { return QString::number(value, 'f', 1); };
    say(u"\n| searches | median | p95 | count |"_s);
    say(u"|---|---:|---:|---:|"_s);
    say(u"| SQLite, one client alone | %1 ms | %2 ms | %3 |"_s
            .arg(ms(percentile(sqliteAlone.all, 0.5)), ms(percentile(sqliteAlone.all, 0.95)))
            .arg(sqliteAlone.all.size()));
    say(u"| PostgreSQL, one client alone | %1 ms | %2 ms | %3 |"_s
            .arg(ms(percentile(postgresAlone.all, 0.5)), ms(percentile(postgresAlone.all, 0.95)))
            .arg(postgresAlone.all.size()));
    say(u"| PostgreSQL, %1 clients while %2 import | %3 ms | %4 ms | %5 |"_s.arg(clients)
            .arg(importers)
            .arg(ms(percentile(loaded.all, 0.5)), ms(percentile(loaded.all, 0.95)))
            .arg(loaded.all.size()));
    say(u"| … words of 1–2 characters | %1 ms | %2 ms | %3 |"_s
            .arg(ms(percentile(loaded.shortWords, 0.5)), ms(percentile(loaded.shortWords, 0.95)))
            .arg(loaded.shortWords.size()));
    say(u"| … longer words | %1 ms | %2 ms | %3 |"_s
            .arg(ms(percentile(loaded.longWords, 0.5)), ms(percentile(loaded.longWords, 0.95)))
            .arg(loaded.longWords.size()));
    say(u"\nimports of 200 listings: %1, median %2 ms; rows imported %3, lost %4; errors: %5 "
        "searching, %6 importing"_s.arg(importMs.size())
            .arg(ms(percentile(importMs, 0.5)))
            .arg(imported)
            .arg(lost)
            .arg(searchErrors.load())
            .arg(importErrors.load()));
    for (const QString &first : std::as_const(firstErrors))
        say(u"  error: "_s + first);

    const double postgresAloneMedian = percentile(postgresAlone.all, 0.5);
    const double sqliteAloneMedian = percentile(sqliteAlone.all, 0.5);
    QJsonObject summary{
        {u"listings"_s, double(count)},
        {u"clients"_s, clients},
        {u"importers"_s, importers},
        {u"seconds"_s, seconds},
        {u"postgres_import_ms"_s, postgresLoadMs},
        {u"sqlite_import_ms"_s, sqliteLoadMs},
        {u"import_ratio_postgres_to_sqlite"_s, postgresLoadMs / std::max(1.0, sqliteLoadMs)},
        {u"sqlite_alone_search_median_ms"_s, sqliteAloneMedian},
        {u"sqlite_alone_search_p95_ms"_s, percentile(sqliteAlone.all, 0.95)},
        {u"postgres_alone_search_median_ms"_s, postgresAloneMedian},
        {u"postgres_alone_search_p95_ms"_s, percentile(postgresAlone.all, 0.95)},
        {u"postgres_alone_to_sqlite_median_ratio"_s,
         postgresAloneMedian / std::max(0.001, sqliteAloneMedian)},
        {u"loaded_search_median_ms"_s, percentile(loaded.all, 0.5)},
        {u"loaded_search_p95_ms"_s, percentile(loaded.all, 0.95)},
        {u"loaded_short_word_median_ms"_s, percentile(loaded.shortWords, 0.5)},
        {u"loaded_long_word_median_ms"_s, percentile(loaded.longWords, 0.5)},
        {u"loaded_to_alone_median_ratio"_s,
         percentile(loaded.all, 0.5) / std::max(0.001, postgresAloneMedian)},
        {u"searches"_s, double(loaded.all.size())},
        {u"search_errors"_s, searchErrors.load()},
        {u"imports"_s, double(importMs.size())},
        {u"import_median_ms"_s, percentile(importMs, 0.5)},
        {u"rows_imported"_s, double(imported)},
        {u"import_errors"_s, importErrors.load()},
        {u"rows_lost"_s, double(lost)},
    };
    say(QString::fromUtf8(QJsonDocument(summary).toJson(QJsonDocument::Compact)));
    return searchErrors == 0 && importErrors == 0 && lost == 0 ? 0 : 1;
}
