// Benchmark: the listing import, the search typed into the listings page and the window's
// memory, on 100,000 generated listings, each compared with the sqlite3 command-line tool doing
// the same work on the same table definitions. Prints tables; BENCHMARKS.md records a run.
//   bench_listings [--listings N] [--repeat R] [--work-dir DIR]
// The window is measured in a child process (this program started again with --ui-child), so
// its peak memory is the window's own and not the import's that ran before it.
#include "ListingGenerator.h"
#include "core/FreedMemory.h"
#include "core/ListingCsvExporter.h"
#include "core/ListingFileReader.h"
#include "core/RateParser.h"
#include "listings/ListingSearchThread.h"
#include "listings/ListingTableModel.h"
#include "listings/ListingsPage.h"
#include "shell/MainWindow.h"
#include "storage/Database.h"
#include "storage/ListingFileImport.h"
#include "storage/ListingImportWriter.h"
#include "storage/ListingRepository.h"
#include "storage/ListingSearchEngine.h"
#include "storage/ListingSearchQuery.h"
#include "storage/MarketDataLoader.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QLocale>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <limits>
#include <memory>
#include <sys/resource.h>

using namespace Qt::StringLiterals;

namespace {

// ---------------------------------------------------------------------------------------------
// Output

// printf pads by bytes; Japanese text needs padding by terminal columns.
int displayWidth(const QString &text)
{
    int width = 0;
    for (char32_t c : text.toUcs4()) {
        const bool wide = (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) ||
                          (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
                          (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
                          (c >= 0xFFE0 && c <= 0xFFE6);
        width += wide ? 2 : 1;
    }
    return width;
}

void printLine(const QString &line)
{
    // UTF-8 whatever the locale: qPrintable would turn Japanese into ? under LANG=C.
    std::fputs((line + u'\n').toUtf8().constData(), stdout);
    std::fflush(stdout);
}

// A table whose first column is left-aligned text and the others right-aligned figures.
class Table
{
public:
    explicit Table(QStringList header) : m_rows{std::move(header)} {}
    void add(QStringList row) { m_rows.append(std::move(row)); }
    void print() const
    {
        QList<int> widths;
        for (const QStringList &row : m_rows) {
            for (qsizetype c = 0; c < row.size(); ++c) {
                if (widths.size() <= c)
                    widths.append(0);
                widths[c] = std::max(widths[c], displayWidth(row.at(c)));
            }
        }
        for (qsizetype r = 0; r < m_rows.size(); ++r) {
            QString line;
            const QStringList &row = m_rows.at(r);
            for (qsizetype c = 0; c < row.size(); ++c) {
                const QString fill(widths.at(c) - displayWidth(row.at(c)), u' ');
                line += c == 0 ? row.at(c) + fill : u"  "_s + fill + row.at(c);
            }
            printLine(line.trimmed().isEmpty() ? QString() : line);
            if (r == 0) {
                int total = 0;
                for (int w : std::as_const(widths))
                    total += w + 2;
                printLine(QString(total - 2, u'-'));
            }
        }
    }

private:
    QList<QStringList> m_rows;
};

QString ms(double value)
{
    return QString::number(value, 'f', value < 100 ? 2 : 0) + u" ms"_s;
}

QString mib(double value)
{
    return QString::number(value, 'f', 1) + u" MiB"_s;
}

QString ratio(double ours, double theirs)
{
    if (theirs <= 0)
        return u"n/a"_s;
    return QString::number(ours / theirs, 'f', 2) + u"×"_s;
}

QString verdict(bool met)
{
    return met ? u"✔"_s : u"✘"_s;
}

// ---------------------------------------------------------------------------------------------
// Statistics and the process's memory

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

// Nearest rank: with 31 samples the 95th percentile is the second slowest.
double percentile95(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto rank = qsizetype(std::ceil(0.95 * double(values.size())));
    return values.at(std::clamp<qsizetype>(rank - 1, 0, values.size() - 1));
}

double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// Page faults served without reading the disk, by every thread of the process so far: each is
// memory touched for the first time.
long minorFaults()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_minflt;
}

// VmRSS is the resident memory now, VmHWM its peak since the process started.
double procStatusMiB(const char *key)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(qstrlen(key)).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

// ---------------------------------------------------------------------------------------------
// Files and the sqlite3 tool

bool writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(bytes) != bytes.size()) {
        *error = u"cannot write %1: %2"_s.arg(path, file.errorString());
        return false;
    }
    return true;
}

// RFC 4180 quoting only: CsvWriter would also put an apostrophe before formula-like cells,
// which the sqlite3 import would store as part of the text.
QString csvCell(const QString &cell)
{
    if (!cell.contains(u',') && !cell.contains(u'"') && !cell.contains(u'\n') &&
        !cell.contains(u'\r'))
        return cell;
    QString quoted = cell;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

QString sqlString(const QString &text)
{
    QString quoted = text;
    quoted.replace(u"'"_s, u"''"_s);
    return u'\'' + quoted + u'\'';
}

// A bound value as an SQL literal, so sqlite3 runs the very statement our search prepares.
QString sqlLiteral(const QVariant &value)
{
    if (value.isNull())
        return u"NULL"_s;
    switch (value.typeId()) {
    case QMetaType::Double: {
        // Keep it a REAL: an integer literal could change the arithmetic in the rate filter.
        const QString number = QString::number(value.toDouble(), 'g', 17);
        return number.contains(u'.') || number.contains(u'e') ? number : number + u".0"_s;
    }
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return QString::number(value.toLongLong());
    default:
        return sqlString(value.toString());
    }
}

// ListingSearchQuery never puts a ? inside a literal, so each ? is one bound value.
QString withValuesInlined(const ListingSearchQuery &query, QString *error)
{
    QString sql;
    qsizetype next = 0;
    for (QChar c : query.sql) {
        if (c != u'?') {
            sql += c;
            continue;
        }
        if (next >= query.values.size())
            break;
        sql += sqlLiteral(query.values.at(next++));
    }
    if (next != query.values.size() || query.sql.count(u'?') != query.values.size())
        *error = u"placeholders and values differ in: "_s + query.sql;
    return sql;
}

struct ToolRun
{
    double wallMs = -1;
    QString output;
    QString error; // non-empty: the tool failed
};

// Runs the sqlite3 shell on a database with a script on its standard input; the wall-clock
// time includes starting the process (a few milliseconds).
ToolRun runSqlite3(const QString &database, const QString &scriptPath)
{
    ToolRun run;
    QProcess process;
    process.setStandardInputFile(scriptPath);
    QElapsedTimer timer;
    timer.start();
    process.start(u"sqlite3"_s, {u"-bail"_s, database});
    if (!process.waitForFinished(-1)) {
        run.error = u"sqlite3: "_s + process.errorString();
        return run;
    }
    run.wallMs = elapsedMs(timer);
    run.output = QString::fromUtf8(process.readAllStandardOutput());
    const QString errors = QString::fromUtf8(process.readAllStandardError()).trimmed();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        run.error = u"sqlite3 %1 < %2 failed: %3"_s.arg(database, scriptPath, errors);
    return run;
}

ToolRun runSqlite3Script(const QString &database, const QString &scriptPath, const QString &script)
{
    ToolRun run;
    if (!writeFile(scriptPath, script.toUtf8(), &run.error))
        return run;
    return runSqlite3(database, scriptPath);
}

QString sqliteToolVersion()
{
    QProcess process;
    process.start(u"sqlite3"_s, {u"--version"_s});
    if (!process.waitForFinished(-1) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput()).section(u' ', 0, 0);
}

struct Column
{
    QString name;
    bool nullable = false;
};

QList<Column> columnsOf(const QSqlDatabase &db, const QString &table, QString *error)
{
    QList<Column> columns;
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA table_info(%1)"_s.arg(table))) {
        *error = query.lastError().text();
        return columns;
    }
    while (query.next()) // cid, name, type, notnull, dflt_value, pk
        columns.append({query.value(1).toString(),
                        query.value(3).toInt() == 0 && query.value(5).toInt() == 0});
    return columns;
}

// Writes a table's stored rows as CSV with a header, NULL as an empty cell; sqlite3 then
// imports exactly the values our import wrote.
bool exportTable(const QSqlDatabase &db, const QString &table, const QList<Column> &columns,
                 const QString &where, const QString &path, QString *error)
{
    QStringList names;
    for (const Column &column : columns)
        names.append(column.name);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT %1 FROM %2 WHERE %3 ORDER BY rowid"_s.arg(names.join(u", "_s), table,
                                                                       where))) {
        *error = query.lastError().text();
        return false;
    }
    QString text = names.join(u',') + u"\n"_s;
    QStringList cells;
    while (query.next()) {
        cells.clear();
        for (int c = 0; c < columns.size(); ++c) {
            const QVariant value = query.value(c);
            if (value.isNull())
                cells.append(QString());
            else if (value.typeId() == QMetaType::Double)
                cells.append(QString::number(value.toDouble(), 'g', 17));
            else
                cells.append(csvCell(value.toString()));
        }
        text += cells.join(u',') + u'\n';
    }
    return writeFile(path, text.toUtf8(), error);
}

// The sqlite3 script that imports a CSV into a staging table and copies it into the real
// one: .import stores every field as text and an empty field as '', so the nullable columns
// are turned back into NULL on the way (a '' seed_key would even break its UNIQUE).
// With perRow, the copy is one INSERT statement per row, as our import executes them.
QString importStatements(const QString &table, const QList<Column> &columns, const QString &csvPath,
                         int perRow = 0)
{
    QStringList names;
    QStringList selected;
    for (const Column &column : columns) {
        names.append(column.name);
        selected.append(column.nullable ? u"NULLIF(%1, '')"_s.arg(column.name) : column.name);
    }
    const QString staging = table + u"_csv"_s;
    QString script = u"CREATE TEMP TABLE %1 (%2);\n"
                     ".import --csv --skip 1 --schema temp %3 %1\n"_s.arg(
                         staging, names.join(u", "_s), sqlString(csvPath));
    const QString copy = u"INSERT INTO %1 (%2) SELECT %3 FROM temp.%4"_s.arg(
        table, names.join(u", "_s), selected.join(u", "_s), staging);
    if (perRow == 0)
        return script + copy + u";\n"_s;
    for (int row = 1; row <= perRow; ++row)
        script += copy + u" WHERE rowid = "_s + QString::number(row) + u";\n"_s;
    return script;
}

// ---------------------------------------------------------------------------------------------
// The window (child process)

double toMiB(qint64 bytes)
{
    return double(bytes) / (1024.0 * 1024.0);
}

const QStringList typedQueries{u"決済基盤"_s, u"Java"_s, u"AWS 運用"_s, u"Go"_s, u"保守"_s};

// What a user sees while typing a query: every prefix, one character at a time.
QStringList prefixesOf(const QString &query)
{
    QStringList prefixes;
    for (qsizetype n = 1; n <= query.size(); ++n)
        prefixes.append(query.left(n));
    return prefixes;
}

QString shown(const QString &prefix)
{
    return u'"' + prefix + u'"';
}

// Notes when the search thread's answer reaches the window's thread: the queued call arrives
// as a MetaCall event on the ListingSearchThread object, just before the page takes it.
class DeliveryClock : public QObject
{
public:
    explicit DeliveryClock(const QElapsedTimer *timer) : m_timer(timer) {}
    double startMs() const { return m_startMs; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::MetaCall)
            m_startMs = elapsedMs(*m_timer);
        return QObject::eventFilter(watched, event);
    }

private:
    const QElapsedTimer *m_timer;
    double m_startMs = 0;
};

int runWindow(const QString &databasePath, int repeat)
{
    Table memory(
        {u"window memory (separate process)"_s, u"VmRSS"_s, u"VmHWM (peak)"_s, u"target"_s});
    auto stage = [&](const QString &name, const QString &target = {}) {
        memory.add({name, mib(procStatusMiB("VmRSS:")), mib(procStatusMiB("VmHWM:")), target});
    };
    stage(u"QApplication created"_s);

    Database database;
    if (!database.open(databasePath)) {
        printLine(database.lastError());
        return 1;
    }
    stage(u"database opened"_s);
    QString error;
    QElapsedTimer timer;
    timer.start();
    auto market = MarketDataLoader::load(database.connection(), &error);
    if (!market) {
        printLine(error);
        return 1;
    }
    const double loadMs = elapsedMs(timer);
    const qsizetype listingCount = market->listings.size();
    const double listingsMiB = toMiB(qint64(market->listings.memoryBytes()));
    stage(u"MarketDataLoader::load (%1 listings)"_s.arg(listingCount));

    // As GuiApplication does: the window takes the loaded data over.
    timer.restart();
    auto window = std::make_unique<MainWindow>(database.connection(), std::move(*market));
    const double constructMs = elapsedMs(timer);
    stage(u"MainWindow constructed"_s);

    timer.restart();
    window->show();
    window->showPage(MainWindow::ListingsPageIndex);
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents();
    const double showMs = elapsedMs(timer);
    // The target is in MB (10^6 bytes): 150 MB is 143.1 MiB.
    const double peakMB = procStatusMiB("VmHWM:") * 1.048576;
    stage(u"shown, Listings page"_s, u"peak < 150 MB "_s + verdict(peakMB < 150));

    // Typing: each keystroke is setText() of the longer prefix. The page searches on a thread
    // of its own; the answer comes back as a queued call that updates the table and emits
    // searchFinished(), and the repaint follows (then the details, when the answer put another
    // listing first). Measured per keystroke: the time until the answer's rows are painted, and
    // how long the window's thread is blocked in each step
    // (a block over 16 ms is a dropped frame; waiting for the thread is not a block).
    ListingsPage *page = window->listingsPage();
    auto *search = window->findChild<QLineEdit *>(u"listingSearch"_s);
    auto *searchThread = page->findChild<ListingSearchThread *>();
    if (!search || !searchThread) {
        printLine(u"no line edit named listingSearch or no ListingSearchThread"_s);
        return 1;
    }
    // The search thread builds its short-word index after its first answer; typing waits
    // for it, as a user who starts typing a moment after the window opened would.
    timer.restart();
    while (!searchThread->isIndexed() && timer.elapsed() < 60'000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    const double indexReadyMs = elapsedMs(timer);
    if (!searchThread->isIndexed()) {
        printLine(u"the search thread built no index within a minute"_s);
        return 1;
    }
    stage(u"short-word index built"_s);
    DeliveryClock delivery(&timer);
    searchThread->installEventFilter(&delivery);
    struct Keystroke
    {
        QList<double> shownMs;   // setText until the answer is shown and painted
        QList<double> setTextMs; // blocked in setText (starts the search)
        QList<double> deliverMs; // blocked taking the answer (model reset, selection)
        QList<double> paintMs;   // blocked repainting
        QList<double> detailsMs; // blocked showing the details of a newly first listing
    };
    QHash<QString, Keystroke> keystrokes;
    auto type = [&](const QString &text, Keystroke *into) {
        QEventLoop loop;
        QObject::connect(page, &ListingsPage::searchFinished, &loop, &QEventLoop::quit);
        QTimer::singleShot(60'000, &loop, &QEventLoop::quit); // never hang the benchmark
        timer.restart();
        search->setText(text);
        const double textSet = elapsedMs(timer);
        if (page->isSearching())
            loop.exec();
        const double found = elapsedMs(timer);
        // The repaint is a posted event; the details of a listing the answer put first follow
        // it in the event loop's next turn (a zero timer), as in the running program.
        QCoreApplication::sendPostedEvents();
        const double painted = elapsedMs(timer);
        while (page->isSearching() && timer.elapsed() < 60'000)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        QCoreApplication::processEvents();
        if (!into)
            return;
        into->shownMs.append(painted);
        into->setTextMs.append(textSet);
        into->deliverMs.append(found - delivery.startMs());
        into->paintMs.append(painted - found);
        into->detailsMs.append(elapsedMs(timer) - painted);
    };
    for (int r = 0; r < repeat + 1; ++r) {
        for (const QString &query : typedQueries) {
            // The first round warms caches (and opens the thread's connection): not counted.
            for (const QString &prefix : prefixesOf(query))
                type(prefix, r > 0 ? &keystrokes[prefix] : nullptr);
            type(QString(), r > 0 ? &keystrokes[QString()] : nullptr);
        }
    }
    stage(u"after the typing below"_s);
    const double afterTypingMB = procStatusMiB("VmRSS:") * 1.048576;
    {
        // Typing stopped: the search thread lets go of the answers it kept for reuse.
        QEventLoop loop;
        QObject::connect(searchThread, &ListingSearchThread::buffersReleased, &loop,
                         &QEventLoop::quit);
        QTimer::singleShot(ListingSearchThread::defaultReleaseAfterMs + 30'000, &loop,
                           &QEventLoop::quit);
        loop.exec();
        QCoreApplication::processEvents();
    }
    stage(u"typing stopped: the search thread let its kept answers go"_s,
          u"≤ 100 MB at 100,000; ≤ 400 MB at 1,000,000"_s);
    const double atRestMB = procStatusMiB("VmRSS:") * 1.048576;

    memory.print();
    printLine(u"  the loaded ListingSet holds %1 (%2 bytes a listing)"_s.arg(mib(listingsMiB))
                  .arg(listingsMiB * 1024 * 1024 / double(std::max<qsizetype>(1, listingCount)), 0,
                       'f', 0));
    printLine(u"  load listings %1, construct window %2, show Listings page %3, short-word index "
              "ready %4 later"_s.arg(ms(loadMs), ms(constructMs), ms(showMs), ms(indexReadyMs)));
    printLine(QString());

    // Where a keystroke's time goes: the database alone (what the search thread answers with
    // before its index is built, and for longer words), and the model taking the ids (ordered
    // by fit, as the page does for the default sort, and unordered). Fewer rounds: these are
    // for the breakdown only.
    ListingTableModel *model = page->model();
    const ListingRepository repository(database.connection());
    // The search thread's own work, without the window: an engine like the thread's, on this
    // process's connection, with its short-word index built.
    ListingSearchEngine engine(database.connection(), databasePath);
    QString indexError;
    if (!engine.buildIndex(&indexError)) {
        printLine(u"the benchmark's own short-word index failed: "_s + indexError);
        return 1;
    }
    auto breakdown = [&](const QString &text) {
        ListingFilter filter;
        filter.text = text;
        QList<double> searchMs, engineMs, byFitMs, unsortedMs, faults;
        for (int r = 0; r < std::min(repeat, 7); ++r) {
            const long faultsBefore = minorFaults();
            timer.restart();
            const QList<qint64> engineIds = engine.search(filter);
            engineMs.append(elapsedMs(timer));
            faults.append(double(minorFaults() - faultsBefore));
            timer.restart();
            const QList<qint64> ids = repository.search(filter);
            searchMs.append(elapsedMs(timer));
            if (engineIds != ids) {
                printLine(u"the engine and the database disagree on \"%1\""_s.arg(text));
                std::exit(1);
            }
            timer.restart();
            model->setShownIds(ids, true);
            byFitMs.append(elapsedMs(timer));
            timer.restart();
            model->setShownIds(ids, false);
            unsortedMs.append(elapsedMs(timer));
        }
        return QStringList{ms(median(engineMs)), QString::number(median(faults), 'f', 0),
                           ms(median(searchMs)), ms(median(byFitMs)), ms(median(unsortedMs))};
    };
    Table typing({u"UI keystroke (window thread)"_s, u"shown rows"_s, u"until shown median"_s,
                  u"p95"_s, u"blocked: setText"_s, u"take answer"_s, u"repaint"_s,
                  u"details follow"_s, u"longest block p95 < 16 ms"_s, u"search thread's engine"_s,
                  u"its page faults"_s, u"database alone"_s, u"setShownIds fit order"_s,
                  u"unsorted"_s});
    // The window's figures for the JSON summary the main process prints last.
    QJsonObject summary{{u"window_peak_rss_mb"_s, peakMB},
                        {u"window_load_listings_ms"_s, loadMs},
                        {u"window_construct_ms"_s, constructMs},
                        {u"window_listing_set_mib"_s, listingsMiB},
                        {u"window_index_ready_ms"_s, indexReadyMs},
                        {u"window_rss_after_typing_mb"_s, afterTypingMB},
                        {u"window_rss_at_rest_mb"_s, atRestMB}};
    auto addRow = [&](const QString &text, const QString &name) {
        type(text, nullptr);
        const Keystroke &k = keystrokes.value(text);
        QList<double> longest;
        for (qsizetype i = 0; i < k.shownMs.size(); ++i)
            longest.append(std::max(
                {k.setTextMs.at(i), k.deliverMs.at(i), k.paintMs.at(i), k.detailsMs.at(i)}));
        const QString key = text.isEmpty() ? u"clear"_s : text;
        summary.insert(u"keystroke_until_shown_median_ms:"_s + key, median(k.shownMs));
        summary.insert(u"keystroke_longest_block_p95_ms:"_s + key, percentile95(longest));
        summary.insert(u"keystroke_details_follow_median_ms:"_s + key, median(k.detailsMs));
        typing.add(
            QStringList{name, QString::number(model->shownCount()), ms(median(k.shownMs)),
                        ms(percentile95(k.shownMs)), ms(median(k.setTextMs)),
                        ms(median(k.deliverMs)), ms(median(k.paintMs)), ms(median(k.detailsMs)),
                        ms(percentile95(longest)) + u' ' + verdict(percentile95(longest) < 16)} +
            breakdown(text));
    };
    for (const QString &query : typedQueries) {
        for (const QString &prefix : prefixesOf(query))
            addRow(prefix, shown(prefix));
        type(QString(), nullptr);
    }
    addRow(QString(), u"clear the search (all listings again)"_s);
    typing.print();
    // The window must not remember anything; its settings go to the work folder anyway.
    window.reset();
    QSettings().clear();
    // Last line: read by the main process and merged into its summary.
    printLine(QString::fromUtf8(QJsonDocument(summary).toJson(QJsonDocument::Compact)));
    return 0;
}

// ---------------------------------------------------------------------------------------------
// Import and search (main process)

struct ImportTimes
{
    double writeMs = -1;
    double afterMs = 0; // work after the write (an FTS rebuild), if any
    qint64 firstId = 0;
    QString error;
};

// Writes the listings with ListingImportWriter into a fresh database; `prepare` runs on the
// new database before the timed write and `after` after it (timed separately).
ImportTimes timedWrite(const QString &path, const QList<ImportedListing> &listings,
                       const QStringList &prepare = {}, const QString &after = {})
{
    ImportTimes times;
    Database database;
    if (!database.open(path)) {
        times.error = database.lastError();
        return times;
    }
    QSqlQuery query(database.connection());
    for (const QString &statement : prepare) {
        if (!query.exec(statement)) {
            times.error = query.lastError().text();
            return times;
        }
    }
    QElapsedTimer timer;
    timer.start();
    const ListingImportOutcome outcome =
        ListingImportWriter(database.connection()).write(listings, DuplicatePolicy::Skip);
    times.writeMs = elapsedMs(timer);
    if (!outcome.error.isEmpty() || outcome.inserted != listings.size()) {
        times.error = u"import wrote %1 of %2: %3"_s.arg(outcome.inserted)
                          .arg(listings.size())
                          .arg(outcome.error);
        return times;
    }
    times.firstId = outcome.firstInsertedId;
    if (!after.isEmpty()) {
        timer.restart();
        if (!query.exec(after)) {
            times.error = query.lastError().text();
            return times;
        }
        times.afterMs = elapsedMs(timer);
    }
    return times;
}

// A summary of the stored rows that must be the same whichever tool wrote them.
QString contentChecksum(qint64 firstId)
{
    return u"SELECT count(*), total(length(title) + length(work_content) + length(skills_text)),"
           " total(monthly_rate_min_yen), total(hourly_rate_max_yen), count(seed_key),"
           " count(work_kind) FROM listings WHERE id >= %1;\n"
           "SELECT count(*), count(skill_id), total(minimum_years) FROM listing_requirements"
           " WHERE listing_id >= %1;\n"
           "SELECT count(*) FROM listings_fts WHERE listings_fts MATCH '\"Java\"' AND rowid >= "
           "%1;\n"
           "SELECT count(*) FROM listings_fts WHERE listings_fts MATCH '\"運用保守\"' AND rowid >= %1;\n"_s
               .arg(firstId);
}

int fail(const QString &message)
{
    std::fputs((u"bench_listings: "_s + message + u'\n').toUtf8().constData(), stderr);
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    // The window runs in a child process; only it needs widgets (offscreen, no display).
    bool windowChild = false;
    for (int i = 1; i < argc; ++i)
        windowChild = windowChild || qstrcmp(argv[i], "--ui-child") == 0;
    std::unique_ptr<QCoreApplication> app;
    if (windowChild) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        FreedMemory::keepLargeBlocksSeparate(); // as GuiApplication does
        app = std::make_unique<QApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(u"CareerPlannerBench"_s);
    QCoreApplication::setApplicationName(u"bench_listings"_s);

    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption countOption(u"listings"_s, u"Number of listings."_s, u"n"_s,
                                         u"100000"_s);
    const QCommandLineOption repeatOption(u"repeat"_s, u"Timed repetitions of each search."_s,
                                          u"r"_s, u"31"_s);
    const QCommandLineOption dirOption(
        u"work-dir"_s, u"Keep the generated files and databases in this folder."_s, u"dir"_s);
    QCommandLineOption childOption(u"ui-child"_s, u"Measure the window on this database."_s,
                                   u"database"_s);
    childOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({countOption, repeatOption, dirOption, childOption});
    parser.process(*app);
    const int count = std::max(1, parser.value(countOption).toInt());
    const int repeat = std::max(1, parser.value(repeatOption).toInt());

    QTemporaryDir temporary;
    const QString workDir =
        parser.isSet(dirOption) ? QDir(parser.value(dirOption)).absolutePath() : temporary.path();
    if (!QDir().mkpath(workDir))
        return fail(u"cannot create "_s + workDir);
    // Whatever the window stores goes to the work folder, never to the user's settings.
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, workDir + u"/settings"_s);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    if (windowChild)
        return runWindow(parser.value(childOption), repeat);

    const QDir dir(workDir);
    const QString oursPath = dir.filePath(u"ours.sqlite"_s);
    for (const QString &name : dir.entryList({u"*.sqlite*"_s}, QDir::Files))
        QFile::remove(dir.filePath(name)); // every database below starts fresh
    QString error;

    // 1. Generate the listings and export them as the program does.
    QElapsedTimer timer;
    timer.start();
    const QList<Listing> generated = ListingGenerator::generate(count, &error);
    if (!error.isEmpty())
        return fail(u"a generated rate does not parse: "_s + error);
    const QString csvPath = dir.filePath(u"listings.csv"_s);
    const QByteArray csv = ListingCsvExporter::toCsv(generated);
    if (!writeFile(csvPath, csv, &error))
        return fail(error);
    qsizetype minText = std::numeric_limits<qsizetype>::max(), maxText = 0, sumText = 0;
    for (const Listing &l : generated) {
        const qsizetype n = l.title.size() + l.workContent.size() + l.skillsText.size();
        minText = std::min(minText, n);
        maxText = std::max(maxText, n);
        sumText += n;
    }
    const double generateMs = elapsedMs(timer);

    // 2. Our import: parse, then write into a fresh database.
    Database ours;
    if (!ours.open(oursPath))
        return fail(ours.lastError());
    auto market = MarketDataLoader::load(ours.connection(), &error);
    if (!market)
        return fail(error);
    // As the program imports a file: a preview that reads it once to count and check, then
    // the import, which reads it again and writes as it goes.
    timer.restart();
    const ListingFileImport::Preview streamed =
        ListingFileImport::preview(csvPath, market->catalogue, std::nullopt, ours.connection());
    const double parseMs = elapsedMs(timer);
    if (!streamed.file.fileError.isEmpty() || streamed.file.acceptedCount != count)
        return fail(u"the CSV read back %1 of %2 listings (%3 rejected) %4"_s
                        .arg(streamed.file.acceptedCount)
                        .arg(count)
                        .arg(streamed.file.rejectedCount)
                        .arg(streamed.file.fileError));
    timer.restart();
    const ListingImportOutcome outcome =
        ListingFileImport::import(csvPath, market->catalogue, std::nullopt, streamed.file,
                                  DuplicatePolicy::Skip, ours.connection());
    const double writeMs = elapsedMs(timer);
    if (!outcome.error.isEmpty() || outcome.inserted != count)
        return fail(
            u"the import wrote %1 of %2: %3"_s.arg(outcome.inserted).arg(count).arg(outcome.error));
    // Every listing in memory, for the variants below (not timed).
    const ListingImportPreview preview = ListingFileReader::read(csvPath, market->catalogue);
    qsizetype requirementCount = 0;
    for (const ImportedListing &imported : preview.accepted)
        requirementCount += imported.listing.requirements.size();
    const qint64 firstId = outcome.firstInsertedId;
    const double oursTotalMs = parseMs + writeMs;

    // Variants that show where the write's time goes (benchmark-only databases).
    QList<ImportedListing> withoutRequirements = preview.accepted;
    for (ImportedListing &imported : withoutRequirements)
        imported.listing.requirements.clear();
    const ImportTimes noRequirements =
        timedWrite(dir.filePath(u"ours-no-requirements.sqlite"_s), withoutRequirements);
    withoutRequirements.clear();
    const ImportTimes noFts =
        timedWrite(dir.filePath(u"ours-no-fts-trigger.sqlite"_s), preview.accepted,
                   {u"DROP TRIGGER listings_fts_insert"_s},
                   u"INSERT INTO listings_fts (listings_fts) VALUES ('rebuild')"_s);
    for (const ImportTimes *variant : {&noRequirements, &noFts}) {
        if (!variant->error.isEmpty())
            return fail(variant->error);
    }

    // 3. sqlite3: the same table definitions, read from our database, and CSV files of the
    // rows our import stored.
    const QSqlDatabase db = ours.connection();
    QStringList ddl;
    {
        QSqlQuery query(db);
        // The listings with their indexes and FTS triggers, the FTS table (its shadow tables
        // are created by CREATE VIRTUAL TABLE), the requirements, and the two tables that
        // foreign keys point at. Tables first, then indexes, then triggers.
        if (!query.exec(u"SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND tbl_name IN"
                        " ('listings', 'listings_fts', 'listing_requirements', 'work_kinds',"
                        " 'skill_catalogue') ORDER BY CASE type WHEN 'table' THEN 0"
                        " WHEN 'index' THEN 1 ELSE 2 END, rowid"_s))
            return fail(query.lastError().text());
        while (query.next())
            ddl.append(query.value(0).toString() + u';');
    }
    const QList<Column> listingColumns = columnsOf(db, u"listings"_s, &error);
    const QList<Column> requirementColumns = columnsOf(db, u"listing_requirements"_s, &error);
    const QString listingsCsv = dir.filePath(u"listings-sqlite3.csv"_s);
    const QString requirementsCsv = dir.filePath(u"requirements-sqlite3.csv"_s);
    if (!error.isEmpty() ||
        !exportTable(db, u"listings"_s, listingColumns, u"id >= %1"_s.arg(firstId), listingsCsv,
                     &error) ||
        !exportTable(db, u"listing_requirements"_s, requirementColumns,
                     u"listing_id >= %1"_s.arg(firstId), requirementsCsv, &error))
        return fail(error);

    struct ToolVariant
    {
        QString name;
        bool requirements;
        bool trigger;
        bool rebuild;
        bool perRow;
        ToolRun run;
    };
    QList<ToolVariant> variants{
        {u"sqlite3: listings + FTS by trigger"_s, false, true, false, false, {}},
        {u"sqlite3: listings + requirements + FTS by trigger"_s, true, true, false, false, {}},
        {u"sqlite3: listings, then FTS 'rebuild'"_s, false, false, true, false, {}},
        {u"sqlite3: listings without FTS"_s, false, false, false, false, {}},
        // Diagnostics: one INSERT statement per listing, as our import runs them.
        {u"sqlite3: one INSERT per listing, FTS by trigger"_s, false, true, false, true, {}},
        {u"sqlite3: one INSERT per listing, without FTS"_s, false, false, false, true, {}}};
    QString toolChecksum;
    for (qsizetype v = 0; v < variants.size(); ++v) {
        ToolVariant &variant = variants[v];
        const QString path = dir.filePath(u"sqlite3-%1.sqlite"_s.arg(v + 1));
        // Untimed set-up: the schema, the connection settings our Database applies (WAL is
        // stored in the file) and the rows the foreign keys point at.
        QString setup = u"PRAGMA journal_mode = WAL;\n"_s + ddl.join(u'\n') +
                        u"\nATTACH %1 AS ours;\n"
                        "INSERT INTO work_kinds SELECT * FROM ours.work_kinds;\n"
                        "INSERT INTO skill_catalogue SELECT * FROM ours.skill_catalogue;\n"
                        "DETACH ours;\n"_s.arg(sqlString(oursPath));
        if (!variant.trigger)
            setup += u"DROP TRIGGER listings_fts_insert;\n"_s;
        const ToolRun prepared =
            runSqlite3Script(path, dir.filePath(u"sqlite3-%1-setup.sql"_s.arg(v + 1)), setup);
        if (!prepared.error.isEmpty())
            return fail(prepared.error);
        // Timed: the same pragmas as our connection, then one transaction like our import.
        QString script = u"PRAGMA synchronous = NORMAL;\nPRAGMA foreign_keys = ON;\nBEGIN;\n"_s +
                         importStatements(u"listings"_s, listingColumns, listingsCsv,
                                          variant.perRow ? count : 0);
        if (variant.requirements)
            script +=
                importStatements(u"listing_requirements"_s, requirementColumns, requirementsCsv);
        if (variant.rebuild)
            script += u"INSERT INTO listings_fts (listings_fts) VALUES ('rebuild');\n"_s;
        script += u"COMMIT;\n"_s;
        variant.run =
            runSqlite3Script(path, dir.filePath(u"sqlite3-%1-import.sql"_s.arg(v + 1)), script);
        if (!variant.run.error.isEmpty())
            return fail(variant.run.error);
        if (v == 1) {
            const ToolRun check =
                runSqlite3Script(path, dir.filePath(u"checksum.sql"_s), contentChecksum(firstId));
            toolChecksum = check.error.isEmpty() ? check.output : check.error;
        }
    }
    const ToolRun oursCheck =
        runSqlite3Script(oursPath, dir.filePath(u"checksum.sql"_s), contentChecksum(firstId));
    const bool sameContent = oursCheck.error.isEmpty() && oursCheck.output == toolChecksum;

    // 4. Search per keystroke: our search engine (as the Listings page's search thread uses it:
    // short words from its index, the rest from the database), the database alone
    // (ListingRepository::search), and sqlite3 running the database's SQL on our database.
    const ListingRepository repository(db);
    ListingSearchEngine engine(db, oursPath); // as the search thread makes it
    timer.restart();
    if (!engine.buildIndex(&error))
        return fail(u"building the short-word index: "_s + error);
    const double indexBuildMs = elapsedMs(timer);
    const double indexMiB = toMiB(qint64(engine.index()->memoryBytes()));
    struct Prefix
    {
        QString text;
        QString sql;
        qsizetype rows = 0;
        QList<double> oursMs;
        QList<double> databaseOnlyMs;
        QList<double> toolMs;    // "real" of .timer: wall-clock, whole milliseconds
        QList<double> toolCpuMs; // "user" + "sys": CPU time, microseconds
    };
    QList<Prefix> prefixes;
    QStringList searchTexts;
    for (const QString &query : typedQueries)
        searchTexts += prefixesOf(query);
    searchTexts.append(QString()); // clearing the search: every listing
    for (const QString &text : std::as_const(searchTexts)) {
        ListingFilter filter;
        filter.text = text;
        Prefix prefix{
            text, withValuesInlined(ListingSearchQuery::build(filter), &error), 0, {}, {}, {}, {}};
        if (!error.isEmpty())
            return fail(error);
        const QList<qint64> expected = repository.search(filter, &error); // also warms the cache
        if (engine.search(filter, &error) != expected || !error.isEmpty())
            return fail(u"the engine and the database disagree on %1 %2"_s.arg(text, error));
        prefix.rows = expected.size();
        for (int r = 0; r < repeat; ++r) {
            timer.restart();
            const QList<qint64> ids = engine.search(filter, &error);
            prefix.oursMs.append(elapsedMs(timer));
            if (ids.size() != prefix.rows || !error.isEmpty())
                return fail(u"search for %1 changed: %2"_s.arg(text, error));
        }
        for (int r = 0; r < std::min(repeat, 7); ++r) {
            timer.restart();
            repository.search(filter, &error);
            prefix.databaseOnlyMs.append(elapsedMs(timer));
        }
        prefixes.append(prefix);
    }
    // One sqlite3 process runs every statement 1 + repeat times (the first warms its page
    // cache); .timer prints each one's time, results go to /dev/null.
    QString searchScript = u".output /dev/null\n.timer on\n"_s;
    QString countScript;
    for (const Prefix &prefix : std::as_const(prefixes)) {
        for (int r = 0; r < repeat + 1; ++r)
            searchScript += prefix.sql + u";\n"_s;
        countScript += u"SELECT count(*) FROM ("_s + prefix.sql + u");\n"_s;
    }
    const ToolRun searchRun =
        runSqlite3Script(oursPath, dir.filePath(u"search.sql"_s), searchScript);
    const ToolRun countRun =
        runSqlite3Script(oursPath, dir.filePath(u"search-counts.sql"_s), countScript);
    if (!searchRun.error.isEmpty() || !countRun.error.isEmpty())
        return fail(searchRun.error + countRun.error);
    QList<double> runTimes;
    QList<double> cpuTimes;
    for (const QString &line : searchRun.output.split(u'\n')) {
        // Run Time: real 0.012 user 0.010937 sys 0.000000
        if (!line.startsWith(u"Run Time: real "_s))
            continue;
        runTimes.append(line.section(u' ', 3, 3).toDouble() * 1000.0);
        cpuTimes.append(
            (line.section(u' ', 5, 5).toDouble() + line.section(u' ', 7, 7).toDouble()) * 1000.0);
    }
    if (runTimes.size() != prefixes.size() * (repeat + 1))
        return fail(u"sqlite3 printed %1 run times, expected %2"_s.arg(runTimes.size())
                        .arg(prefixes.size() * (repeat + 1)));
    const QStringList toolCounts = countRun.output.split(u'\n', Qt::SkipEmptyParts);
    for (qsizetype p = 0; p < prefixes.size(); ++p) {
        prefixes[p].toolMs = runTimes.mid(p * (repeat + 1) + 1, repeat);
        prefixes[p].toolCpuMs = cpuTimes.mid(p * (repeat + 1) + 1, repeat);
        if (toolCounts.value(p).toLongLong() != prefixes.at(p).rows)
            return fail(u"sqlite3 finds %1 rows for %2, we find %3"_s.arg(toolCounts.value(p))
                            .arg(shown(prefixes.at(p).text))
                            .arg(prefixes.at(p).rows));
    }

    // Results.
    QString sqliteVersion;
    {
        QSqlQuery query(db);
        if (query.exec(u"SELECT sqlite_version()"_s) && query.next())
            sqliteVersion = query.value(0).toString();
    }
    printLine(u"bench_listings: %1 listings (fixed seed), %2 timed repetitions; Qt %3, SQLite "
              "%4 in QSQLITE, sqlite3 tool %5"_s.arg(count)
                  .arg(repeat)
                  .arg(QString::fromLatin1(qVersion()), sqliteVersion, sqliteToolVersion()));
    printLine(u"title + work content + skills: %1–%2 characters, mean %3; CSV %4; %5 "
              "requirements parsed; generated in %6"_s.arg(minText)
                  .arg(maxText)
                  .arg(double(sumText) / count, 0, 'f', 0)
                  .arg(mib(double(csv.size()) / (1024.0 * 1024.0)))
                  .arg(requirementCount)
                  .arg(ms(generateMs)));
    printLine(QString());

    const double toolSameRows = variants.at(1).run.wallMs;
    Table import({u"import"_s, u"time"_s, u"listings/s"_s, u"ours / this"_s, u"target"_s});
    auto perSecond = [count](double ms) { return QString::number(count / (ms / 1000.0), 'f', 0); };
    import.add({u"ours: preview (ListingFileImport::preview: reads the file, counts, checks)"_s,
                ms(parseMs), perSecond(parseMs)});
    import.add({u"ours: import (ListingFileImport::import: reads it again, writes, indexes)"_s,
                ms(writeMs), perSecond(writeMs)});
    import.add({u"ours: total"_s, ms(oursTotalMs), perSecond(oursTotalMs)});
    for (qsizetype v = 0; v < variants.size(); ++v) {
        const double wall = variants.at(v).run.wallMs;
        QString target;
        if (v == 0 || v == 1)
            target = u"≤ 2× "_s + verdict(oursTotalMs <= 2 * wall);
        import.add(
            {variants.at(v).name, ms(wall), perSecond(wall), ratio(oursTotalMs, wall), target});
    }
    import.add({u"ours: write without requirement rows"_s, ms(noRequirements.writeMs),
                perSecond(noRequirements.writeMs)});
    import.add(
        {u"ours: write without the FTS trigger"_s, ms(noFts.writeMs), perSecond(noFts.writeMs)});
    import.add({u"  then FTS 'rebuild'"_s, ms(noFts.afterMs), QString()});
    import.print();
    QJsonObject summary{{u"listings"_s, count},
                        {u"import_parse_ms"_s, parseMs},
                        {u"import_write_ms"_s, writeMs},
                        {u"import_total_ms"_s, oursTotalMs},
                        {u"sqlite3_same_rows_ms"_s, toolSameRows},
                        {u"import_ratio_to_sqlite3_same_rows"_s, oursTotalMs / toolSameRows},
                        {u"import_content_identical"_s, sameContent}};
    for (qsizetype v = 0; v < variants.size(); ++v)
        summary.insert(u"import_ratio_to_sqlite3_variant_%1"_s.arg(v + 1),
                       oursTotalMs / variants.at(v).run.wallMs);
    printLine(u"  ours minus sqlite3 (same rows): %1; stored content identical: %2"_s.arg(
        ms(oursTotalMs - toolSameRows), sameContent ? u"yes"_s : u"NO"_s));
    if (!sameContent)
        printLine(u"  ours:\n"_s + oursCheck.output + u"  sqlite3:\n"_s + toolChecksum);
    printLine(QString());

    printLine(u"short-word index (ListingSearchEngine::buildIndex): built in %1, holds %2"_s.arg(
        ms(indexBuildMs), mib(indexMiB)));
    summary.insert(u"search_index_build_ms"_s, indexBuildMs);
    summary.insert(u"search_index_mib"_s, indexMiB);
    Table search({u"search (ListingSearchEngine::search)"_s, u"rows"_s, u"ours median"_s,
                  u"ours p95"_s, u"database only"_s, u"sqlite3 real median"_s,
                  u"sqlite3 CPU median"_s, u"ours / sqlite3"_s, u"≤ 1.5×"_s, u"< 16 ms"_s});
    for (const Prefix &prefix : std::as_const(prefixes)) {
        const double oursMedian = median(prefix.oursMs);
        const double toolMedian = median(prefix.toolMs);
        // .timer prints the wall-clock time in whole milliseconds: below 5 ms the rounding
        // is too coarse, and the CPU time (microseconds; the query waits for no I/O once
        // the file is cached) is compared instead, marked "cpu".
        const bool byCpu = toolMedian < 5;
        const double toolBasis = byCpu ? median(prefix.toolCpuMs) : toolMedian;
        const QString key = prefix.text.isEmpty() ? u"clear"_s : prefix.text;
        summary.insert(u"search_median_ms:"_s + key, oursMedian);
        summary.insert(u"search_database_only_median_ms:"_s + key, median(prefix.databaseOnlyMs));
        summary.insert(u"search_ratio_to_sqlite3:"_s + key, oursMedian / toolBasis);
        search.add({prefix.text.isEmpty() ? u"(cleared)"_s : shown(prefix.text),
                    QString::number(prefix.rows), ms(oursMedian), ms(percentile95(prefix.oursMs)),
                    ms(median(prefix.databaseOnlyMs)), ms(toolMedian), ms(median(prefix.toolCpuMs)),
                    ratio(oursMedian, toolBasis) + (byCpu ? u" cpu"_s : u" real"_s),
                    verdict(oursMedian <= 1.5 * toolBasis),
                    verdict(percentile95(prefix.oursMs) < 16)});
    }
    search.print();
    printLine(QString());
    std::fflush(stdout);

    // 5. The window, in a fresh process on the imported database.
    // Its output is passed on as it comes, but for its last line: the window's JSON figures,
    // merged into this process's summary, which is the last line of all.
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(),
                {u"--ui-child"_s, oursPath, u"--repeat"_s, QString::number(repeat), u"--work-dir"_s,
                 workDir});
    QByteArray pending;
    QByteArray windowJson;
    auto passOn = [&](bool all) {
        pending += child.readAllStandardOutput();
        qsizetype newline;
        while ((newline = pending.indexOf('\n')) >= 0 || (all && !pending.isEmpty())) {
            const QByteArray line = newline >= 0 ? pending.left(newline) : pending;
            pending.remove(0, newline >= 0 ? newline + 1 : pending.size());
            if (line.startsWith("{\""))
                windowJson = line;
            else
                std::printf("%s\n", line.constData());
        }
        std::fflush(stdout);
    };
    while (child.state() != QProcess::NotRunning) {
        child.waitForReadyRead(1000);
        passOn(false);
    }
    passOn(true);
    if (child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0)
        return fail(u"the window process failed: "_s + child.errorString());
    const QJsonObject window = QJsonDocument::fromJson(windowJson).object();
    for (auto it = window.begin(); it != window.end(); ++it)
        summary.insert(it.key(), it.value());
    printLine(QString::fromUtf8(QJsonDocument(summary).toJson(QJsonDocument::Compact)));
    return 0;
}
