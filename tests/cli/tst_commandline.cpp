#include "core/CareerAnalysis.h"
#include "core/ProfileJson.h"
#include "storage/Database.h"
#include "storage/MarketDataLoader.h"
#include "storage/SavedListingRepository.h"
#include "storage/SchemaMigrator.h"
#include "support/CommandRun.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
using Run = CommandRun;

Run careerplanner(const QStringList &arguments, const QString &home)
{
    return runCareerPlanner(arguments, home);
}
} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        m_database = m_home.filePath(u"cli.sqlite"_s);
    }

    void versionAndHelpNeedNoDisplay()
    {
        const Run version = careerplanner({u"--version"_s}, m_home.path());
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(version.out.trimmed(), QByteArray("careerplanner " CAREERPLANNER_VERSION));
        const Run help = careerplanner({u"--help"_s}, m_home.path());
        QCOMPARE(help.exitCode, 0);
        // Every registered command, with the summary its own --help starts with.
        for (const QString &command : {u"listings"_s, u"score"_s, u"import"_s, u"export"_s,
                                       u"chart"_s, u"plan"_s, u"check"_s, u"restore"_s}) {
            QVERIFY2(help.out.contains("\n  " + command.toUtf8() + ' '), qPrintable(command));
            const Run own = careerplanner({command, u"--help"_s}, m_home.path());
            QCOMPARE(own.exitCode, 0);
            QVERIFY2(own.out.contains("careerplanner [options] " + command.toUtf8()),
                     own.out.constData());
        }
        QVERIFY(help.out.contains("--database"));
        const Run listingsHelp = careerplanner({u"listings"_s, u"--help"_s}, m_home.path());
        QCOMPARE(listingsHelp.exitCode, 0);
        QVERIFY(listingsHelp.out.contains("--format"));
    }

    void windowWithoutADisplaySaysSoInsteadOfCrashing()
    {
        const Run run = careerplanner({u"--database"_s, m_database}, m_home.path());
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"no graphical display"_s), qPrintable(run.err));
        QVERIFY(run.err.contains(u"xvfb-run"_s));
    }

    void listingsAsText()
    {
        const Run run = careerplanner({u"listings"_s, u"--database"_s, m_database}, m_home.path());
        QCOMPARE(run.exitCode, 0);
        const QString text = QString::fromUtf8(run.out);
        QVERIFY2(text.contains(u"大手小売業向け会計システム刷新開発支援の案件"_s),
                 qPrintable(text));
        QVERIFY(text.contains(u"¥1,200k/month"_s));
        QVERIFY(text.contains(u"Listings: 5"_s));
    }

    void listingsAsJson()
    {
        const Run run = careerplanner(
            {u"listings"_s, u"--database"_s, m_database, u"--format"_s, u"json"_s}, m_home.path());
        QCOMPARE(run.exitCode, 0);
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonArray listings = document.object().value(u"listings"_s).toArray();
        QCOMPARE(listings.size(), 5);
        const QJsonObject cloud = listings.at(2).toObject();
        QCOMPARE(cloud.value(u"title"_s).toString(), u"クラウド基盤運用保守・改善業務支援案件"_s);
        QCOMPARE(cloud.value(u"rateMinYen"_s).toInteger(), 1'000'000);
        QCOMPARE(cloud.value(u"ratePeriod"_s).toString(), u"month"_s);
        QCOMPARE(cloud.value(u"skills"_s).toArray().first().toObject().value(u"name"_s),
                 QJsonValue(u"aws"_s));
    }

    void listingsAsCsvWithBom()
    {
        const Run run = careerplanner(
            {u"listings"_s, u"--format=csv"_s, u"--database"_s, m_database}, m_home.path());
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.startsWith("\xEF\xBB\xBF"
                                   "title,rate,"));
        QCOMPARE(run.out.count("\r\n"), 6); // header + 5 listings
        QVERIFY(run.out.contains("\"600,000円/月\""));
    }

    void importRejectsInvalidRowsUnlessAskedToSkipThem()
    {
        const QString database = m_home.filePath(u"import.sqlite"_s);
        const QString file =
            QStringLiteral(CAREERPLANNER_TEST_DATA) + u"/listings/gui-import.csv"_s;
        // Without --skip-invalid: the invalid row is named and nothing is written.
        Run run = careerplanner({u"import"_s, file, u"--database"_s, database}, m_home.path());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"line 7: 単価: "_s), qPrintable(run.err));
        QVERIFY(run.err.contains(u"Nothing was imported."_s));
        run = careerplanner({u"listings"_s, u"--database"_s, database}, m_home.path());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(QString::fromUtf8(run.out).contains(u"Listings: 5"_s));

        // With it: the four valid rows are imported, the invalid one listed on stderr.
        run = careerplanner({u"import"_s, file, u"--skip-invalid"_s, u"--database"_s, database},
                            m_home.path());
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains(u"line 7: 単価: "_s), qPrintable(run.err));
        QVERIFY2(QString::fromUtf8(run.out).contains(u"gui-import.csv: 4."_s), run.out.constData());

        // Again: every listing is a duplicate of a stored one.
        run = careerplanner({u"import"_s, file, u"--skip-invalid"_s, u"--database"_s, database},
                            m_home.path());
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(
            QString::fromUtf8(run.out).contains(u"Duplicates of stored listings skipped: 4."_s),
            run.out.constData());

        // Search through the command line: a word inside the work content, and a short one.
        run = careerplanner({u"listings"_s, u"--search"_s, u"決済基盤"_s, u"--format"_s, u"json"_s,
                             u"--database"_s, database},
                            m_home.path());
        QCOMPARE(run.exitCode, 0);
        QJsonArray found = QJsonDocument::fromJson(run.out).object().value(u"listings"_s).toArray();
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().toObject().value(u"title"_s).toString(), u"決済基盤のAPI開発"_s);
        run = careerplanner({u"listings"_s, u"--search"_s, u"\"AND*"_s, u"--database"_s, database},
                            m_home.path());
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.err.isEmpty());
    }

    void importReportsAFileErrorWithItsLine()
    {
        const QString database = m_home.filePath(u"import-error.sqlite"_s);
        const QString file =
            QStringLiteral(CAREERPLANNER_TEST_DATA) + u"/listings/unterminated.csv"_s;
        const Run run = careerplanner(
            {u"import"_s, file, u"--skip-invalid"_s, u"--database"_s, database}, m_home.path());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"unterminated.csv: line 3: "_s), qPrintable(run.err));
        QVERIFY(run.err.contains(u"Nothing was imported."_s));
    }

    void exportAndImportRoundTripWithSavedStatus()
    {
        const QString source = m_home.filePath(u"export-source.sqlite"_s);
        Run run = careerplanner({u"listings"_s, u"--database"_s, source}, m_home.path());
        QCOMPARE(run.exitCode, 0);
        {
            // Save one listing with a status and a note, as the window would.
            Database database;
            QVERIFY(database.open(source));
            QSqlQuery query(database.connection());
            QVERIFY(query.exec(u"INSERT INTO saved_listings (listing_id, status, note, saved_at, "
                               "updated_at) SELECT id, 'applied', '=1+1 応募済み', '2026-11-01', "
                               "'2026-11-01' FROM listings ORDER BY id LIMIT 1"_s));
        }
        const QString json = m_home.filePath(u"listings.json"_s);
        run = careerplanner({u"export"_s, json, u"--database"_s, source}, m_home.path());
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(QString::fromUtf8(run.out).contains(u"listings.json: 5."_s), run.out.constData());
        run = careerplanner({u"listings"_s, u"--saved"_s, u"--database"_s, source}, m_home.path());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(QString::fromUtf8(run.out).contains(u"Listings: 1"_s));

        const QString csv = m_home.filePath(u"listings.csv"_s);
        run =
            careerplanner({u"export"_s, csv, u"--saved"_s, u"--database"_s, source}, m_home.path());
        QCOMPARE(run.exitCode, 0);
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const QByteArray csvBytes = csvFile.readAll();
        QVERIFY(csvBytes.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(csvBytes.count("\r\n"), 2); // header + the saved listing

        // Into a new database: the listings and the saved status and note come back.
        const QString target = m_home.filePath(u"export-target.sqlite"_s);
        run = careerplanner({u"listings"_s, u"--database"_s, target}, m_home.path());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        {
            Database database;
            QVERIFY(database.open(target));
            QSqlQuery query(database.connection());
            QVERIFY(query.exec(u"DELETE FROM listings"_s));
        }
        run = careerplanner({u"import"_s, json, u"--database"_s, target}, m_home.path());
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(QString::fromUtf8(run.out).contains(u"listings.json: 5."_s), run.out.constData());
        run = careerplanner({u"listings"_s, u"--status"_s, u"applied"_s, u"--format"_s, u"json"_s,
                             u"--database"_s, target},
                            m_home.path());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonArray saved =
            QJsonDocument::fromJson(run.out).object().value(u"listings"_s).toArray();
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.first().toObject().value(u"status"_s).toString(), u"applied"_s);
        QCOMPARE(saved.first().toObject().value(u"savedNote"_s).toString(), u"=1+1 応募済み"_s);
    }

    void savedListingsAsJsonCarryThePipeline()
    {
        const QString source = m_home.filePath(u"pipeline-source.sqlite"_s);
        qint64 id = 0;
        {
            Database database;
            QVERIFY2(database.open(source), qPrintable(database.lastError()));
            QSqlQuery first(database.connection());
            QVERIFY(first.exec(u"SELECT MIN(id) FROM listings"_s) && first.next());
            id = first.value(0).toLongLong();
            SavedListingRepository saved(database.connection());
            QString error;
            const auto at = [](const char *text) {
                return QDateTime::fromString(QString::fromLatin1(text), Qt::ISODate);
            };
            QVERIFY2(saved.save(id, ApplicationStatus::Applied, u"紹介経由"_s,
                                NextAction{u"一次面談"_s, QDate(2026, 12, 3)}, &error,
                                at("2026-11-02T01:00:00Z")),
                     qPrintable(error));
            QVERIFY(saved.save(id, ApplicationStatus::Interviewing, u"紹介経由"_s, &error,
                               at("2026-11-09T01:00:00Z")));
            QVERIFY(
                saved.addRate(id, RateKind::Desired, 850'000, &error, at("2026-11-02T01:00:00Z")));
            QVERIFY(
                saved.addRate(id, RateKind::Offered, 800'000, &error, at("2026-11-10T01:00:00Z")));
        }
        Run run = careerplanner(
            {u"listings"_s, u"--saved"_s, u"--format"_s, u"json"_s, u"--database"_s, source},
            m_home.path());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonArray listings =
            QJsonDocument::fromJson(run.out).object().value(u"listings"_s).toArray();
        QCOMPARE(listings.size(), 1);
        const QJsonObject listing = listings.first().toObject();
        QCOMPARE(listing.value(u"status"_s).toString(), u"interviewing"_s);
        const QJsonArray history = listing.value(u"statusHistory"_s).toArray();
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.at(0).toObject().value(u"status"_s).toString(), u"applied"_s);
        QCOMPARE(history.at(0).toObject().value(u"at"_s).toString(), u"2026-11-02T01:00:00.000Z"_s);
        QCOMPARE(history.at(1).toObject().value(u"status"_s).toString(), u"interviewing"_s);
        const QJsonObject action = listing.value(u"nextAction"_s).toObject();
        QCOMPARE(action.value(u"what"_s).toString(), u"一次面談"_s);
        QCOMPARE(action.value(u"due"_s).toString(), u"2026-12-03"_s);
        const QJsonArray rates = listing.value(u"rates"_s).toArray();
        QCOMPARE(rates.size(), 2);
        QCOMPARE(rates.at(1).toObject().value(u"kind"_s).toString(), u"offered"_s);
        QCOMPARE(rates.at(1).toObject().value(u"monthlyYen"_s).toInteger(), 800'000);

        // Written to a file and imported into a new database, the pipeline comes back whole.
        const QString file = m_home.filePath(u"pipeline.json"_s);
        {
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(run.out);
        }
        const QString target = m_home.filePath(u"pipeline-target.sqlite"_s);
        run = careerplanner({u"listings"_s, u"--database"_s, target}, m_home.path());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        {
            Database database;
            QVERIFY(database.open(target));
            QSqlQuery clear(database.connection());
            QVERIFY(clear.exec(u"DELETE FROM listings"_s));
        }
        run = careerplanner({u"import"_s, file, u"--database"_s, target}, m_home.path());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = careerplanner(
            {u"listings"_s, u"--saved"_s, u"--format"_s, u"json"_s, u"--database"_s, target},
            m_home.path());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject back = QJsonDocument::fromJson(run.out)
                                     .object()
                                     .value(u"listings"_s)
                                     .toArray()
                                     .first()
                                     .toObject();
        for (const QString &key :
             {u"status"_s, u"savedNote"_s, u"statusHistory"_s, u"nextAction"_s, u"rates"_s})
            QCOMPARE(back.value(key), listing.value(key));

        // A malformed ledger line is named by listing and key, and nothing is written.
        const QString bad = m_home.filePath(u"pipeline-bad.json"_s);
        {
            QFile out(bad);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(
                R"([{"title": "A"}, {"title": "B", "saved": true, "rates": [{"kind": "offered", "monthlyYen": "80万", "at": "2026-11-10T01:00:00Z"}]}])");
        }
        run = careerplanner({u"import"_s, bad, u"--database"_s, target}, m_home.path());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"line 2: rates: rates[0].monthlyYen must be a whole number"_s),
                 qPrintable(run.err));
        QVERIFY(run.err.contains(u"Nothing was imported."_s));
    }

    void japaneseOutputUsesMan()
    {
        const Run run = careerplanner(
            {u"--lang"_s, u"ja"_s, u"listings"_s, u"--database"_s, m_database}, m_home.path());
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(QString::fromUtf8(run.out).contains(u"120万円/月"_s), run.out.constData());
    }

    void badArgumentsExitWithTwoAndSayWhy()
    {
        Run run = careerplanner({u"frobnicate"_s}, m_home.path());
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(u"unknown command \"frobnicate\""_s));
        run = careerplanner({u"listings"_s, u"--format"_s, u"xml"_s, u"--database"_s, m_database},
                            m_home.path());
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(u"xml"_s));
        run = careerplanner({u"listings"_s, u"--no-such-option"_s}, m_home.path());
        QCOMPARE(run.exitCode, 2);
    }

    // ---- takehome ----------------------------------------------------------------

    void takehomeAsJsonUsesTheKeysScriptsRead()
    {
        const Run run =
            careerplanner({u"takehome"_s, u"--annual"_s, u"600万"_s, u"--bonus-months"_s, u"2"_s,
                           u"--age"_s, u"45"_s, u"--year"_s, u"2025"_s, u"--format"_s, u"json"_s},
                          m_home.path());
        QCOMPARE(run.exitCode, 0);
        const QJsonObject result = QJsonDocument::fromJson(run.out).object();
        // The hand-computed case of docs/takehome.md.
        QCOMPARE(result.value(u"grossYen"_s).toDouble(), 6'000'000.0);
        QCOMPARE(result.value(u"socialInsuranceYen"_s).toDouble(), 947'264.0);
        QCOMPARE(
            result.value(u"socialInsuranceParts"_s).toObject().value(u"pensionYen"_s).toDouble(),
            561'444.0);
        QCOMPARE(result.value(u"incomeTaxYen"_s).toDouble(), 179'300.0);
        QCOMPARE(result.value(u"residentTaxYen"_s).toDouble(), 300'700.0);
        QCOMPARE(result.value(u"businessTaxYen"_s).toDouble(), 0.0);
        QCOMPARE(result.value(u"consumptionTaxYen"_s).toDouble(), 0.0);
        QCOMPARE(result.value(u"netYen"_s).toDouble(), 4'572'736.0);
        const QJsonArray lines = result.value(u"lines"_s).toArray();
        QVERIFY(lines.size() > 8);
        for (const QJsonValue &line : lines) {
            const QJsonObject object = line.toObject();
            QVERIFY(!object.value(u"id"_s).toString().isEmpty());
            if (object.value(u"kind"_s).toString() == u"cost"_s)
                QVERIFY2(!object.value(u"source"_s).toString().isEmpty(),
                         qPrintable(object.value(u"id"_s).toString()));
        }
    }

    // Case 1 of docs/takehome.md in Osaka with iDeCo and paid leave: the JSON has the
    // contributions, what they save, and Osaka's health premium.
    void takehomeCountsPrefectureAndContributions()
    {
        const Run run = careerplanner(
            {u"takehome"_s, u"--annual"_s, u"6000000"_s, u"--bonus-months"_s, u"2"_s, u"--age"_s,
             u"45"_s, u"--year"_s, u"2025"_s, u"--prefecture"_s, u"大阪府"_s, u"--ideco"_s,
             u"23,000"_s, u"--paid-leave-days"_s, u"20"_s, u"--format"_s, u"json"_s},
            m_home.path());
        QCOMPARE(run.exitCode, 0);
        const QJsonObject result = QJsonDocument::fromJson(run.out).object();
        // 440,000 × 10.24 % ÷ 2 × 12 + 856,000 × 10.24 % ÷ 2 (Osaka, 令和7年度)
        QCOMPARE(
            result.value(u"socialInsuranceParts"_s).toObject().value(u"healthYen"_s).toDouble(),
            22'528.0 * 12 + 43'827.0);
        QCOMPARE(result.value(u"contributionsYen"_s).toDouble(), 276'000.0);
        QVERIFY(result.value(u"contributionsSavedYen"_s).toDouble() > 50'000);
        const double net = result.value(u"netYen"_s).toDouble();
        QCOMPARE(net + result.value(u"contributionsYen"_s).toDouble() -
                     result.value(u"contributionsSavedYen"_s).toDouble(),
                 // the take-home pay in Osaka without iDeCo, from the same command
                 QJsonDocument::fromJson(
                     careerplanner({u"takehome"_s, u"--annual"_s, u"6000000"_s, u"--bonus-months"_s,
                                    u"2"_s, u"--age"_s, u"45"_s, u"--year"_s, u"2025"_s,
                                    u"--prefecture"_s, u"osaka"_s, u"--format"_s, u"json"_s},
                                   m_home.path())
                         .out)
                     .object()
                     .value(u"netYen"_s)
                     .toDouble());
        QVERIFY(result.value(u"equivalentValueYen"_s).toDouble() >
                result.value(u"employerContributionsYen"_s).toDouble()); // the paid leave
        QStringList notes;
        for (const QJsonValue &note : result.value(u"notes"_s).toArray())
            notes.append(note.toString());
        QVERIFY2(notes.join(u' ').contains(u"大阪府"_s), qPrintable(notes.join(u'\n')));
    }

    void takehomeBreakEvenPrintsTheMatchingRate()
    {
        const Run run =
            careerplanner({u"takehome"_s, u"--break-even"_s, u"--annual"_s, u"6000000"_s,
                           u"--year"_s, u"2026"_s, u"--format"_s, u"json"_s},
                          m_home.path());
        QCOMPARE(run.exitCode, 0);
        const QJsonObject result = QJsonDocument::fromJson(run.out).object();
        const double rate = result.value(u"monthlyRateYen"_s).toDouble();
        QVERIFY(rate * 11 > 6'000'000);
        QVERIFY(result.value(u"freelanceNetYen"_s).toDouble() >=
                result.value(u"employeeNetYen"_s).toDouble());
        const Run text = careerplanner(
            {u"takehome"_s, u"--break-even"_s, u"--annual"_s, u"6000000"_s, u"--year"_s, u"2026"_s},
            m_home.path());
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(QLocale(QLocale::English).toString(qint64(rate)).toUtf8()),
                 text.out.constData());
    }

    void takehomeRefusesBadInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("negative") << QStringList{u"--annual"_s, u"-5"_s} << u"--annual"_s;
        QTest::newRow("absurd") << QStringList{u"--annual"_s, u"99999999999"_s} << u"annual pay"_s;
        QTest::newRow("prefecture")
            << QStringList{u"--annual"_s, u"5000000"_s, u"--prefecture"_s, u"Atlantis"_s}
            << u"prefecture"_s;
        QTest::newRow("iDeCo over the employees' limit")
            << QStringList{u"--annual"_s, u"5000000"_s, u"--ideco"_s, u"30000"_s} << u"iDeCo"_s;
        QTest::newRow("共済 for an employee")
            << QStringList{u"--annual"_s, u"5000000"_s, u"--small-business-mutual-aid"_s,
                           u"10000"_s}
            << u"self-employed"_s;
        QTest::newRow("contribution not an amount")
            << QStringList{u"--employment"_s, u"freelance"_s,           u"--monthly"_s,
                           u"700000"_s,       u"--safety-mutual-aid"_s, u"lots"_s}
            << u"--safety-mutual-aid"_s;
        QTest::newRow("year") << QStringList{u"--annual"_s, u"5000000"_s, u"--year"_s, u"2019"_s}
                              << u"--year"_s;
        QTest::newRow("no pay") << QStringList{} << u"--annual, --monthly or --hourly"_s;
        QTest::newRow("employment")
            << QStringList{u"--annual"_s, u"5000000"_s, u"--employment"_s, u"boss"_s}
            << u"--employment"_s;
        QTest::newRow("invoice") << QStringList{u"--employment"_s, u"freelance"_s, u"--monthly"_s,
                                                u"700000"_s,       u"--invoice"_s, u"half"_s}
                                 << u"--invoice"_s;
    }

    void takehomeRefusesBadInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run run = careerplanner(QStringList{u"takehome"_s} + arguments, m_home.path());
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }

    void defaultDatabaseIsCreatedInTheDataFolder()
    {
        const Run run = careerplanner({u"listings"_s, u"--format"_s, u"json"_s}, m_home.path());
        QCOMPARE(run.exitCode, 0);
        QVERIFY(QFile::exists(
            m_home.filePath(u"data/CareerPlanner/careerplanner/careerplanner.sqlite"_s)));
    }

    // The database and the conversion chosen in Settings reach every command the same way as
    // they reach the window; --database and the conversion options still win.
    void everyCommandHonoursTheDatabaseAndConversionChosenInSettings()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        const QString chosen = home.filePath(u"chosen/careerplanner.sqlite"_s);
        QVERIFY(QDir().mkpath(home.filePath(u"chosen"_s)));
        QVERIFY(QDir().mkpath(home.filePath(u"config/CareerPlanner"_s)));
        {
            QFile settings(home.filePath(u"config/CareerPlanner/careerplanner.conf"_s));
            QVERIFY(settings.open(QIODevice::WriteOnly));
            settings.write("[database]\npath=" + chosen.toUtf8() +
                           "\n[conversion]\nbillableHoursPerMonth=120\nagencyMarginPercent=25\n");
        }
        const auto listingCount = [&home](const QStringList &extra = {}) {
            const Run run = careerplanner(
                QStringList{u"listings"_s, u"--format"_s, u"json"_s} + extra, home.path());
            return run.exitCode == 0 ? QJsonDocument::fromJson(run.out)
                                           .object()
                                           .value(u"listings"_s)
                                           .toArray()
                                           .size()
                                     : -1;
        };
        const qsizetype seeded = listingCount();
        QVERIFY(seeded > 0);
        QVERIFY(QFile::exists(chosen));
        const QString defaultFolder = home.filePath(u"data/CareerPlanner/careerplanner"_s);

        // import writes to the chosen database; listings and export read it.
        const QString file = QStringLiteral(CAREERPLANNER_TEST_DATA) + u"/import/listings.json"_s;
        Run run = careerplanner({u"import"_s, file, u"--skip-invalid"_s}, home.path());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const qsizetype imported = listingCount();
        QVERIFY2(imported > seeded, qPrintable(QString::number(imported)));
        const QString exported = home.filePath(u"exported.json"_s);
        run = careerplanner({u"export"_s, exported}, home.path());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QFile exportedFile(exported);
        QVERIFY(exportedFile.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(exportedFile.readAll())
                     .object()
                     .value(u"listings"_s)
                     .toArray()
                     .size(),
                 imported);

        // check names the chosen file.
        run = careerplanner({u"check"_s}, home.path());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(QString::fromUtf8(run.out).contains(chosen), run.out.constData());

        // score converts with the chosen hours and margin, unless told otherwise.
        const QString profile = QStringLiteral(CAREERPLANNER_TEST_DATA) + u"/profile-valid.json"_s;
        run = careerplanner({u"score"_s, u"--profile"_s, profile, u"--format"_s, u"json"_s},
                            home.path());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QJsonObject score = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(score.value(u"billableHoursPerMonth"_s).toDouble(), 120.0);
        QCOMPARE(score.value(u"agencyMarginPercent"_s).toDouble(), 25.0);
        run = careerplanner({u"score"_s, u"--profile"_s, profile, u"--format"_s, u"json"_s,
                             u"--billable-hours"_s, u"150"_s},
                            home.path());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        score = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(score.value(u"billableHoursPerMonth"_s).toDouble(), 150.0);
        QCOMPARE(score.value(u"agencyMarginPercent"_s).toDouble(), 25.0);

        // chart and plan draw from the chosen database too.
        run = careerplanner({u"chart"_s, u"rates"_s, u"--output"_s, home.filePath(u"r.png"_s)},
                            home.path());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = careerplanner({u"plan"_s, u"--profile"_s, profile, u"--format"_s, u"json"_s},
                            home.path());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));

        // Nothing went to the default location; --database still wins over Settings.
        QVERIFY(!QFile::exists(defaultFolder + u"/careerplanner.sqlite"_s));
        QCOMPARE(listingCount({u"--database"_s, home.filePath(u"other.sqlite"_s)}), seeded);
        QVERIFY(QFile::exists(home.filePath(u"other.sqlite"_s)));
    }

    void newerDatabaseIsRefusedAndUntouched()
    {
        const QString path = m_home.filePath(u"newer.sqlite"_s);
        {
            Database database;
            QVERIFY(database.open(path));
            QSqlQuery query(database.connection());
            QVERIFY(
                query.exec(u"PRAGMA user_version = %1"_s.arg(SchemaMigrator::latestVersion() + 1)));
            QVERIFY(query.exec(u"PRAGMA journal_mode = DELETE"_s));
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray before = file.readAll();
        file.close();
        const Run run = careerplanner({u"listings"_s, u"--database"_s, path}, m_home.path());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"newer version"_s), qPrintable(run.err));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);
    }

    void scoreAsJsonUsesTheModelKeys()
    {
        const QString profile = QStringLiteral(CAREERPLANNER_TEST_DATA) + u"/profile-valid.json"_s;
        const Run run = careerplanner({u"score"_s, u"--profile"_s, profile, u"--database"_s,
                                       m_database, u"--format"_s, u"json"_s},
                                      m_home.path());
        QCOMPARE(run.exitCode, 0);
        QJsonParseError error;
        const QJsonObject root = QJsonDocument::fromJson(run.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(root.value(u"areas"_s).toObject().keys(),
                 QStringList({u"cloud"_s, u"frontend"_s, u"languages"_s, u"management"_s,
                              u"middleware"_s}));
        QCOMPARE(root.value(u"factors"_s).toObject().keys(),
                 QStringList({u"management"_s, u"skills"_s, u"trackRecord"_s, u"upstream"_s}));
        const QJsonObject estimates = root.value(u"estimates"_s).toObject();
        QCOMPARE(estimates.keys(),
                 QStringList({u"dispatch"_s, u"freelance"_s, u"fulltime"_s, u"parttime"_s}));
        // The command gives what the model gives for the same profile and database.
        const AnalysisResult expected = analysisOfValidProfile();
        QCOMPARE(estimates.value(u"fulltime"_s).toObject().value(u"midYen"_s).toInteger(),
                 expected.estimates.at(0).midYen);
        QCOMPARE(estimates.value(u"freelance"_s).toObject().value(u"midYen"_s).toInteger(),
                 expected.estimates.at(1).midYen);
        const QJsonObject languages =
            root.value(u"areas"_s).toObject().value(u"languages"_s).toObject();
        QVERIFY(qAbs(languages.value(u"score"_s).toDouble() -
                     expected.card.areas.value(SkillCategory::Languages).value) < 1e-9);
        QVERIFY(languages.value(u"contributions"_s)
                    .toArray()
                    .first()
                    .toObject()
                    .value(u"source"_s)
                    .toString()
                    .contains(u"model_parameters.json"_s));
        const QJsonArray top = root.value(u"topListings"_s).toArray();
        QCOMPARE(top.size(), 5);
        QCOMPARE(top.first().toObject().value(u"fit"_s).toDouble(), 1.0);
        QCOMPARE(top.first()
                     .toObject()
                     .value(u"requirements"_s)
                     .toArray()
                     .first()
                     .toObject()
                     .value(u"status"_s)
                     .toString(),
                 u"met"_s);
        QCOMPARE(root.value(u"skillsOutsideCatalogue"_s).toArray().first().toString(),
                 u"自社フレームワーク"_s);
    }

    void scoreAsTextExplainsItself()
    {
        const QString profile = QStringLiteral(CAREERPLANNER_TEST_DATA) + u"/profile-valid.json"_s;
        const Run run = careerplanner({u"score"_s, u"--profile"_s, profile, u"--database"_s,
                                       m_database, u"--billable-hours"_s, u"140"_s},
                                      m_home.path());
        QCOMPARE(run.exitCode, 0);
        const QString text = QString::fromUtf8(run.out);
        const AnalysisResult expected = analysisOfValidProfile();
        const QString languagesLine = u"Programming languages: %1"_s.arg(
            expected.card.areas.value(SkillCategory::Languages).value, 0, 'f', 1);
        QVERIFY2(text.contains(languagesLine), qPrintable(text));
        QVERIFY(text.contains(u"厚生労働省"_s));
        QVERIFY(text.contains(u"賃金構造基本統計調査"_s));
        QVERIFY(text.contains(u"× 140 billable hours"_s));
        QVERIFY(text.contains(u"Listings that fit best"_s));
    }

    void scoreRefusesABadProfileNamingTheKey()
    {
        const QString profile =
            QStringLiteral(CAREERPLANNER_TEST_DATA) + u"/profile-negative-years.json"_s;
        Run run = careerplanner({u"score"_s, u"--profile"_s, profile, u"--database"_s, m_database},
                                m_home.path());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"skills[2].years: expected a number ≥ 0"_s),
                 qPrintable(run.err));
        run = careerplanner({u"score"_s, u"--database"_s, m_database}, m_home.path());
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(u"--profile"_s));
        run = careerplanner({u"score"_s, u"--profile"_s, m_home.filePath(u"missing.json"_s)},
                            m_home.path());
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(u"missing.json"_s));
    }

    void chartWritesAnImageOfTheAskedSize_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("file");
        QTest::newRow("age png") << u"age"_s << u"age.png"_s;
        QTest::newRow("employment png") << u"employment"_s << u"employment.png"_s;
        QTest::newRow("skills svg") << u"skills"_s << u"skills.svg"_s;
        QTest::newRow("rates png") << u"rates"_s << u"rates.png"_s;
    }

    void chartWritesAnImageOfTheAskedSize()
    {
        QFETCH(QString, kind);
        QFETCH(QString, file);
        const QString output = m_home.filePath(file);
        const QString profile = QStringLiteral(CAREERPLANNER_TEST_DATA) + u"/profile-valid.json"_s;
        const Run run = careerplanner({u"chart"_s, kind, u"--output"_s, output, u"--profile"_s,
                                       profile, u"--database"_s, m_database, u"--size"_s,
                                       u"900x600"_s, u"--lang"_s, u"ja"_s},
                                      m_home.path());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QFile image(output);
        QVERIFY(image.open(QIODevice::ReadOnly));
        const QByteArray bytes = image.readAll();
        QVERIFY(bytes.size() > 1000);
        if (file.endsWith(u".png"_s)) {
            QVERIFY(bytes.startsWith("\x89PNG"));
            // Width and height are the big-endian words at offsets 16 and 20 of a PNG.
            const auto word = [&bytes](int at) {
                return (quint8(bytes[at]) << 24) | (quint8(bytes[at + 1]) << 16) |
                       (quint8(bytes[at + 2]) << 8) | quint8(bytes[at + 3]);
            };
            QCOMPARE(word(16), 900u);
            QCOMPARE(word(20), 600u);
        } else {
            QVERIFY(bytes.contains("viewBox=\"0 0 900 600\""));
        }
        QVERIFY2(!run.err.contains(u"does not support"_s), qPrintable(run.err));
    }

    void chartRefusesBadArguments()
    {
        Run run = careerplanner({u"chart"_s, u"pie"_s, u"--output"_s, m_home.filePath(u"x.png"_s)},
                                m_home.path());
        QCOMPARE(run.exitCode, 2);
        run = careerplanner({u"chart"_s, u"age"_s}, m_home.path());
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(u"--output"_s));
        run = careerplanner({u"chart"_s, u"age"_s, u"--output"_s, m_home.filePath(u"x.gif"_s)},
                            m_home.path());
        QCOMPARE(run.exitCode, 2);
        run = careerplanner({u"chart"_s, u"age"_s, u"--output"_s, m_home.filePath(u"x.png"_s),
                             u"--size"_s, u"10x10"_s},
                            m_home.path());
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!QFile::exists(m_home.filePath(u"x.png"_s)));
    }

    void planAsJsonListsOrderedStepsWithTheirGains()
    {
        const QString profile = QStringLiteral(CAREERPLANNER_TEST_DATA) + u"/profile-valid.json"_s;
        const Run run = careerplanner({u"plan"_s, u"--profile"_s, profile, u"--target"_s,
                                       u"10000000"_s, u"--employment"_s, u"freelance"_s,
                                       u"--format"_s, u"json"_s, u"--database"_s, m_database},
                                      m_home.path());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QJsonParseError error;
        const QJsonObject plan = QJsonDocument::fromJson(run.out, &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QCOMPARE(plan.value(u"targetYen"_s).toDouble(), 10'000'000.0);
        QCOMPARE(plan.value(u"employment"_s).toString(), u"freelance"_s);
        QCOMPARE(plan.value(u"startYen"_s).toDouble(), 6'000'000.0);
        QVERIFY(plan.value(u"reachesTarget"_s).isBool());
        QVERIFY(!plan.value(u"verdict"_s).toString().isEmpty());
        const QJsonArray steps = plan.value(u"steps"_s).toArray();
        QVERIFY(steps.size() >= 3);
        double previous = 1e18;
        for (const QJsonValue &value : steps) {
            const QJsonObject step = value.toObject();
            QVERIFY(step.value(u"gainYen"_s).isObject());
            QVERIFY(step.value(u"gainYen"_s).toObject().contains(u"freelance"_s));
            QVERIFY(step.value(u"newListings"_s).isDouble());
            QVERIFY(step.value(u"effortMonths"_s).toDouble() > 0);
            QVERIFY(
                step.value(u"effortSource"_s).toString().startsWith(u"data/roadmap_steps.json"_s));
            QCOMPARE(step.value(u"status"_s).toString(), u"not-started"_s);
            // Ordered by gain per month of effort.
            const double perMonth = step.value(u"gainPerMonthYen"_s).toDouble();
            QVERIFY(perMonth <= previous);
            previous = perMonth;
        }
        // The employee going freelance is offered the switch.
        QVERIFY(std::any_of(steps.begin(), steps.end(), [](const QJsonValue &v) {
            return v.toObject().value(u"id"_s).toString() == u"switch:freelance"_s;
        }));
    }

    void planRefusesBadArguments()
    {
        const QString profile = QStringLiteral(CAREERPLANNER_TEST_DATA) + u"/profile-valid.json"_s;
        Run run = careerplanner({u"plan"_s, u"--profile"_s, profile, u"--target"_s, u"lots"_s,
                                 u"--database"_s, m_database},
                                m_home.path());
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"--target"_s), qPrintable(run.err));
        run = careerplanner({u"plan"_s, u"--profile"_s, profile, u"--employment"_s, u"boss"_s,
                             u"--database"_s, m_database},
                            m_home.path());
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(u"boss"_s));
        run = careerplanner({u"plan"_s, u"--profile"_s, profile, u"--report"_s,
                             m_home.filePath(u"report.doc"_s), u"--database"_s, m_database},
                            m_home.path());
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!QFile::exists(m_home.filePath(u"report.doc"_s)));
        run = careerplanner(
            {u"plan"_s, u"--profile"_s,
             QStringLiteral(CAREERPLANNER_TEST_DATA) + u"/profile-syntax-error.json"_s,
             u"--database"_s, m_database},
            m_home.path());
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(u"profile-syntax-error.json"_s));
    }

    void planReportHoldsEverySectionInBothLanguages_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("sections");
        QTest::newRow("en") << u"en"_s
                            << QStringList{u"CareerPlanner report"_s,
                                           u"Profile"_s,
                                           u"Scores: five skill areas and four income factors"_s,
                                           u"Income estimate by employment type"_s,
                                           u"Take-home pay by employment type (yen)"_s,
                                           u"Charts"_s,
                                           u"Roadmap to"_s,
                                           u"Progress: planned and actual"_s,
                                           u"Saved listings compared"_s,
                                           u"Sources"_s,
                                           u"厚生労働省"_s};
        QTest::newRow("ja") << u"ja"_s
                            << QStringList{u"CareerPlanner レポート"_s,
                                           u"プロフィール"_s,
                                           u"5つのスキル領域と4つの年収要因"_s,
                                           u"雇用形態別の年収推定"_s,
                                           u"雇用形態別の手取り(円)"_s,
                                           u"チャート"_s,
                                           u"ロードマップ"_s,
                                           u"進捗"_s,
                                           u"保存した案件の比較"_s,
                                           u"出典"_s,
                                           u"厚生労働省"_s};
    }

    void planReportHoldsEverySectionInBothLanguages()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, sections);
        // A saved listing, so the comparison section has something to compare.
        {
            Database database;
            QVERIFY2(database.open(m_database), qPrintable(database.lastError()));
            QSqlQuery query(database.connection());
            QVERIFY(query.exec(u"INSERT OR IGNORE INTO saved_listings (listing_id, status, note, "
                               "saved_at, updated_at) SELECT id, 'applied', 'report test', "
                               "'2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z' FROM listings "
                               "ORDER BY id LIMIT 2"_s));
        }
        const QString profile = QStringLiteral(CAREERPLANNER_TEST_DATA) + u"/profile-valid.json"_s;
        const QString pdf = m_home.filePath(u"report-%1.pdf"_s.arg(language));
        const Run run =
            careerplanner({u"plan"_s, u"--profile"_s, profile, u"--target"_s, u"10000000"_s,
                           u"--report"_s, pdf, u"--lang"_s, language, u"--database"_s, m_database},
                          m_home.path());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        QCOMPARE(file.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());

        QProcess pdftotext;
        pdftotext.start(u"pdftotext"_s, {u"-layout"_s, pdf, u"-"_s});
        QVERIFY2(pdftotext.waitForFinished(60'000), "pdftotext (poppler-utils) must be installed");
        QCOMPARE(pdftotext.exitCode(), 0);
        // Layout mode keeps a heading on one line. pdftotext gives back what the font maps a
        // glyph to: ligatures (ﬁ) and, for CJK fonts, Kangxi radicals (⾃ for 自) where one
        // glyph serves two code points; NFKC folds both to what was written.
        const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput())
                                 .normalized(QString::NormalizationForm_KC);
        for (const QString &section : sections)
            QVERIFY2(text.contains(section), qPrintable(section));
        QVERIFY(text.contains(u"report test"_s)); // the saved listing's note

        // Every font is embedded, so the report reads the same on any computer.
        QProcess pdffonts;
        pdffonts.start(u"pdffonts"_s, {pdf});
        QVERIFY(pdffonts.waitForFinished(60'000));
        const QStringList lines =
            QString::fromUtf8(pdffonts.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(lines.size() > 2);
        for (qsizetype i = 2; i < lines.size(); ++i) {
            const QStringList columns = lines.at(i).split(u' ', Qt::SkipEmptyParts);
            // name type [encoding] emb sub uni object ID: "emb" is the 5th column from the end.
            QVERIFY2(columns.size() >= 6 && columns.at(columns.size() - 5) == u"yes"_s,
                     qPrintable(lines.at(i)));
        }
    }

    void checkSaysAWholeDatabaseIsWhole()
    {
        const Run run = careerplanner({u"check"_s, u"--database"_s, m_database}, m_home.path());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(": ok (schema version"));
        QVERIFY(run.out.contains("listings"));
    }

    void aDamagedDatabaseIsRefusedCheckedAndRestoredFromItsBackup()
    {
        const QString path = m_home.filePath(u"damaged/careerplanner.sqlite"_s);
        // Created, then opened again: the second open writes the day's backup.
        QCOMPARE(careerplanner({u"listings"_s, u"--database"_s, path}, m_home.path()).exitCode, 0);
        QCOMPARE(careerplanner({u"listings"_s, u"--database"_s, path}, m_home.path()).exitCode, 0);
        QVERIFY(!QDir(m_home.filePath(u"damaged/backups"_s)).isEmpty());
        const Run stored = careerplanner(
            {u"listings"_s, u"--format"_s, u"json"_s, u"--database"_s, path}, m_home.path());
        QCOMPARE(stored.exitCode, 0);
        QVERIFY(
            !QJsonDocument::fromJson(stored.out).object().value(u"listings"_s).toArray().isEmpty());
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            file.seek(4096 * 2);
            file.write(QByteArray(4096 * 8, '\x5A'));
        }
        const QByteArray damaged = sha256(path);

        Run run = careerplanner({u"listings"_s, u"--database"_s, path}, m_home.path());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"damaged"_s), qPrintable(run.err));
        QCOMPARE(sha256(path), damaged); // refused, not written to
        run = careerplanner({u"check"_s, u"--database"_s, path}, m_home.path());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"careerplanner restore"_s), qPrintable(run.err));

        run = careerplanner({u"restore"_s, u"--database"_s, path}, m_home.path());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains("kept as"));
        QStringList aside =
            QDir(m_home.filePath(u"damaged"_s)).entryList({u"careerplanner.sqlite.damaged-*"_s});
        // Its -wal and -shm files go with it.
        aside.removeIf([](const QString &name) {
            return name.endsWith(u"-wal"_s) || name.endsWith(u"-shm"_s);
        });
        QCOMPARE(aside.size(), 1);
        QCOMPARE(sha256(m_home.filePath(u"damaged/"_s) + aside.first()), damaged);
        QCOMPARE(careerplanner({u"check"_s, u"--database"_s, path}, m_home.path()).exitCode, 0);
        // The listings are back as they were stored, not only a file that opens.
        const Run restored = careerplanner(
            {u"listings"_s, u"--format"_s, u"json"_s, u"--database"_s, path}, m_home.path());
        QCOMPARE(restored.exitCode, 0);
        QCOMPARE(restored.out, stored.out);

        // A backup that is not a database is never put in place.
        const QString junk = m_home.filePath(u"junk.sqlite"_s);
        QFile file(junk);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a database");
        file.close();
        const QByteArray intact = sha256(path);
        run =
            careerplanner({u"restore"_s, u"--from"_s, junk, u"--database"_s, path}, m_home.path());
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(u"Nothing was changed"_s));
        QCOMPARE(sha256(path), intact);
    }

    // restore --from a copy the user chose: its data replaces the target's, a stray -wal
    // beside the target is never applied to it, and the old file is kept aside.
    void restoreFromAChosenCopyReplacesTheDataAndIgnoresAStrayJournal()
    {
        const QString source = m_home.filePath(u"chosen/source.sqlite"_s);
        const QString target = m_home.filePath(u"chosen/target.sqlite"_s);
        QVERIFY(QDir().mkpath(m_home.filePath(u"chosen"_s)));
        for (const QString &path : {source, target})
            QCOMPARE(careerplanner({u"listings"_s, u"--database"_s, path}, m_home.path()).exitCode,
                     0);
        {
            // The source has one saved listing with a note; the target has none.
            Database database;
            QVERIFY2(database.open(source), qPrintable(database.lastError()));
            QSqlQuery query(database.connection());
            QVERIFY(query.exec(u"INSERT INTO saved_listings (listing_id, status, note, saved_at, "
                               "updated_at) SELECT id, 'interviewing', 'chosen copy', "
                               "'2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z' FROM listings "
                               "ORDER BY id LIMIT 1"_s));
        }
        const QString copy = m_home.filePath(u"chosen/copy.sqlite"_s);
        QVERIFY(QFile::copy(source, copy));
        const QByteArray targetBefore = sha256(target);
        {
            QFile stray(target + u"-wal"_s);
            QVERIFY(stray.open(QIODevice::WriteOnly));
            stray.write(QByteArray(4096, '\x7F')); // not a journal of the copy
        }
        Run run = careerplanner({u"restore"_s, u"--from"_s, copy, u"--database"_s, target},
                                m_home.path());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(!QFile::exists(target + u"-wal"_s) ||
                QFileInfo(target + u"-wal"_s).size() != 4096); // moved aside with the old file
        QCOMPARE(careerplanner({u"check"_s, u"--database"_s, target}, m_home.path()).exitCode, 0);
        run = careerplanner(
            {u"listings"_s, u"--saved"_s, u"--format"_s, u"json"_s, u"--database"_s, target},
            m_home.path());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonArray saved =
            QJsonDocument::fromJson(run.out).object().value(u"listings"_s).toArray();
        QCOMPARE(saved.size(), 1);
        QVERIFY2(run.out.contains("chosen copy"), run.out.constData());
        // The old target is kept aside, byte for byte.
        QStringList aside = QDir(m_home.filePath(u"chosen"_s))
                                .entryList({u"target.sqlite.damaged-*"_s, u"target.sqlite.*"_s});
        aside.removeIf([](const QString &name) {
            return name.endsWith(u"-wal"_s) || name.endsWith(u"-shm"_s);
        });
        QCOMPARE(aside.size(), 1);
        QCOMPARE(sha256(m_home.filePath(u"chosen/"_s) + aside.first()), targetBefore);
    }

private:
    // What the model gives for tests/data/profile-valid.json on the commands' database.
    AnalysisResult analysisOfValidProfile()
    {
        Database database;
        if (!database.open(m_database))
            qFatal("cannot open %s", qPrintable(m_database));
        QString error;
        static MarketData market; // the analysis keeps a reference
        market = MarketDataLoader::load(database.connection(), &error).value();
        QFile file(QStringLiteral(CAREERPLANNER_TEST_DATA) + u"/profile-valid.json"_s);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read the profile");
        const Profile profile = ProfileJson::fromBytes(file.readAll(), &error).value();
        return CareerAnalysis(market, market.parameters.defaultConversion()).analyze(profile);
    }

    static QByteArray sha256(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly)
                   ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
                   : QByteArray();
    }

    QTemporaryDir m_home;
    QString m_database;
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
