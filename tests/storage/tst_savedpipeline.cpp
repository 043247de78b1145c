// A saved listing's pipeline in the real SQLite database: the status history, the next
// action, the append-only rate ledger, and the round trip through a listings JSON file.
#include "core/ListingJson.h"
#include "core/SkillCatalogue.h"
#include "storage/Database.h"
#include "storage/ListingImportWriter.h"
#include "storage/ListingRepository.h"
#include "storage/SavedListingRepository.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QDateTime utc(const char *text)
{
    return QDateTime::fromString(QString::fromLatin1(text), Qt::ISODate).toUTC();
}

int countRows(QSqlDatabase db, const QString &table)
{
    QSqlQuery query(db);
    if (!query.exec(u"SELECT COUNT(*) FROM "_s + table) || !query.next())
        return -1;
    return query.value(0).toInt();
}
} // namespace

class TestSavedPipeline : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_database = std::make_unique<Database>();
        QVERIFY2(m_database->open(m_dir.filePath(u"%1.sqlite"_s.arg(++m_counter))),
                 qPrintable(m_database->lastError()));
        const QList<Listing> samples = ListingRepository(db()).all();
        QVERIFY(samples.size() >= 3);
        m_first = samples.at(0).id;
        m_second = samples.at(1).id;
        m_third = samples.at(2).id;
    }

    void cleanup() { m_database.reset(); }

    void aNewStatusIsAddedToTheHistoryAndTheSameOneIsNot()
    {
        SavedListingRepository saved(db());
        QString error;
        QVERIFY2(saved.save(m_first, ApplicationStatus::Interested, u"気になる"_s, &error,
                            utc("2026-10-01T00:00:00Z")),
                 qPrintable(error));
        QVERIFY(saved.save(m_first, ApplicationStatus::Applied, u"気になる"_s, &error,
                           utc("2026-10-03T00:00:00Z")));
        // A note changed, the status not: no new history entry.
        QVERIFY(saved.save(m_first, ApplicationStatus::Applied, u"書類送付済み"_s, &error,
                           utc("2026-10-04T00:00:00Z")));
        QVERIFY(saved.save(m_first, ApplicationStatus::Interviewing, u"書類送付済み"_s, &error,
                           utc("2026-10-08T00:00:00Z")));
        const SavedListing stored = saved.find(m_first).value();
        QCOMPARE(
            stored.history,
            (QList<StatusChange>{{ApplicationStatus::Interested, utc("2026-10-01T00:00:00Z")},
                                 {ApplicationStatus::Applied, utc("2026-10-03T00:00:00Z")},
                                 {ApplicationStatus::Interviewing, utc("2026-10-08T00:00:00Z")}}));
        QCOMPARE(stored.savedAt, utc("2026-10-01T00:00:00Z"));
        QCOMPARE(stored.updatedAt, utc("2026-10-08T00:00:00Z"));
        QCOMPARE(stored.note, u"書類送付済み"_s);
        // all() reads the same pipelines as find().
        QCOMPARE(saved.all().value(m_first).history, stored.history);
    }

    void theNextActionIsReplacedOrKept()
    {
        SavedListingRepository saved(db());
        QString error;
        const NextAction interview{u"一次面談 オンライン"_s, QDate(2026, 12, 3)};
        QVERIFY2(saved.save(m_first, ApplicationStatus::Applied, {}, interview, &error),
                 qPrintable(error));
        QCOMPARE(saved.find(m_first)->nextAction, interview);
        // Saving without an action (the older call) keeps it.
        QVERIFY(saved.save(m_first, ApplicationStatus::Interviewing, u"memo"_s, &error));
        QCOMPARE(saved.find(m_first)->nextAction, interview);
        // An action without a date is kept as such.
        QVERIFY(saved.save(m_first, ApplicationStatus::Interviewing, u"memo"_s,
                           NextAction{u"エージェントに電話"_s, QDate()}, &error));
        QCOMPARE(saved.find(m_first)->nextAction.what, u"エージェントに電話"_s);
        QVERIFY(!saved.find(m_first)->nextAction.due.isValid());
        // An empty one clears it.
        QVERIFY(
            saved.save(m_first, ApplicationStatus::Interviewing, u"memo"_s, NextAction{}, &error));
        QVERIFY(saved.find(m_first)->nextAction.isEmpty());
    }

    void theRateLedgerOnlyGrows()
    {
        SavedListingRepository saved(db());
        QString error;
        QVERIFY(saved.save(m_second, ApplicationStatus::Offered, {}, &error));
        QVERIFY2(saved.addRate(m_second, RateKind::Desired, 850'000, &error,
                               utc("2026-10-01T00:00:00Z")),
                 qPrintable(error));
        QVERIFY(saved.addRate(m_second, RateKind::Offered, 780'000, &error,
                              utc("2026-10-10T00:00:00Z")));
        // A correction is a new line; the first offer stays on record.
        QVERIFY(saved.addRate(m_second, RateKind::Offered, 800'000, &error,
                              utc("2026-10-11T00:00:00Z")));
        const SavedListing stored = saved.find(m_second).value();
        QCOMPARE(stored.rates.size(), 3);
        QCOMPARE(stored.rates.at(1).monthlyYen, 780'000);
        QCOMPARE(stored.latestRate(RateKind::Offered)->monthlyYen, 800'000);

        // The database itself refuses to change a line, whatever writes to it.
        QSqlQuery update(db());
        QVERIFY(!update.exec(u"UPDATE saved_listing_rates SET monthly_yen = 1"_s));
        QVERIFY2(update.lastError().text().contains(u"append-only"_s),
                 qPrintable(update.lastError().text()));
        QCOMPARE(saved.find(m_second)->rates, stored.rates);
    }

    void aRateIsRefusedClearly()
    {
        SavedListingRepository saved(db());
        QString error;
        QVERIFY(!saved.addRate(m_third, RateKind::Offered, 700'000, &error));
        QCOMPARE(error, u"the listing is not saved"_s);
        QCOMPARE(countRows(db(), u"saved_listing_rates"_s), 0);
        QVERIFY(saved.save(m_third, ApplicationStatus::Applied, {}, &error));
        for (qint64 yen : {qint64(0), qint64(-5), SavedListingRepository::largestMonthlyYen + 1}) {
            error.clear();
            QVERIFY(!saved.addRate(m_third, RateKind::Offered, yen, &error));
            QVERIFY2(error.contains(u"100,000,000"_s), qPrintable(error));
        }
        QCOMPARE(countRows(db(), u"saved_listing_rates"_s), 0);
    }

    void unsavingTakesTheHistoryAndLedgerWithIt()
    {
        SavedListingRepository saved(db());
        QString error;
        QVERIFY(saved.save(m_first, ApplicationStatus::Applied, {}, &error));
        QVERIFY(saved.addRate(m_first, RateKind::Desired, 700'000, &error));
        QVERIFY(saved.save(m_second, ApplicationStatus::Applied, {}, &error));
        QCOMPARE(countRows(db(), u"saved_listing_history"_s), 2);
        QVERIFY(saved.unsave(m_first, &error));
        QCOMPARE(countRows(db(), u"saved_listing_history"_s), 1);
        QCOMPARE(countRows(db(), u"saved_listing_rates"_s), 0);
        QVERIFY(saved.find(m_second));
    }

    void aFailedSaveLeavesNothingHalfWritten()
    {
        SavedListingRepository saved(db());
        QString error;
        QVERIFY(saved.save(m_first, ApplicationStatus::Applied, u"前"_s, &error));
        // The history insert fails (its table is gone): the status change must not stay.
        QSqlQuery drop(db());
        QVERIFY(drop.exec(u"ALTER TABLE saved_listing_history RENAME TO away"_s));
        QVERIFY(!saved.save(m_first, ApplicationStatus::Offered, u"後"_s, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(drop.exec(u"ALTER TABLE away RENAME TO saved_listing_history"_s));
        const SavedListing stored = saved.find(m_first).value();
        QCOMPARE(stored.status, ApplicationStatus::Applied);
        QCOMPARE(stored.note, u"前"_s);
        QCOMPARE(stored.history.size(), 1);
    }

    void aJsonExportComesBackWhole()
    {
        SavedListingRepository saved(db());
        QString error;
        QVERIFY(saved.save(m_first, ApplicationStatus::Applied, u"書類選考中"_s,
                           NextAction{u"結果の連絡"_s, QDate(2026, 12, 4)}, &error,
                           utc("2026-10-01T00:00:00Z")));
        QVERIFY(saved.save(m_first, ApplicationStatus::Interviewing, u"書類選考中"_s, &error,
                           utc("2026-10-05T09:30:00Z")));
        QVERIFY(saved.addRate(m_first, RateKind::Desired, 900'000, &error,
                              utc("2026-10-01T00:00:00Z")));
        QVERIFY(saved.addRate(m_first, RateKind::Offered, 850'000, &error,
                              utc("2026-10-06T00:00:00Z")));
        const SavedListing before = saved.find(m_first).value();
        const QList<Listing> listings = ListingRepository(db()).byIds({m_first});
        const QByteArray json = ListingJson::toJson(listings, saved.jsonExtras());

        // Into a second database, through the same reader and writer as an import.
        Database other;
        QVERIFY2(other.open(m_dir.filePath(u"other-%1.sqlite"_s.arg(m_counter))),
                 qPrintable(other.lastError()));
        QSqlQuery clear(other.connection());
        QVERIFY(clear.exec(u"DELETE FROM listings"_s));
        const ListingImportPreview preview = ListingJson::fromJson(json, SkillCatalogue());
        QCOMPARE(preview.accepted.size(), 1);
        const ListingImportOutcome outcome =
            ListingImportWriter(other.connection()).write(preview.accepted, DuplicatePolicy::Skip);
        QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
        const SavedListing after =
            SavedListingRepository(other.connection()).find(outcome.firstInsertedId).value();
        QCOMPARE(after.status, before.status);
        QCOMPARE(after.note, before.note);
        QCOMPARE(after.history, before.history);
        QCOMPARE(after.nextAction, before.nextAction);
        QCOMPARE(after.rates, before.rates);
        // The dates come from the history, not from the day of the import.
        QCOMPARE(after.savedAt, utc("2026-10-01T00:00:00Z"));
        QCOMPARE(after.updatedAt, utc("2026-10-05T09:30:00Z"));
    }

    void anImportWithoutHistoryStartsOne()
    {
        // A file from before the pipeline existed: saved with a status, nothing else.
        const QByteArray json =
            R"([{"title": "旧形式の案件", "saved": true, "status": "offered"}])";
        const ListingImportPreview preview = ListingJson::fromJson(json, SkillCatalogue());
        QCOMPARE(preview.accepted.size(), 1);
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        const ListingImportOutcome outcome =
            ListingImportWriter(db()).write(preview.accepted, DuplicatePolicy::Skip);
        QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
        const SavedListing stored =
            SavedListingRepository(db()).find(outcome.firstInsertedId).value();
        QCOMPARE(stored.status, ApplicationStatus::Offered);
        QCOMPARE(stored.history.size(), 1);
        QCOMPARE(stored.history.first().status, ApplicationStatus::Offered);
        QVERIFY(stored.history.first().at >= before);
        QVERIFY(stored.rates.isEmpty());
    }

private:
    QSqlDatabase db() const { return m_database->connection(); }

    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<Database> m_database;
    qint64 m_first = 0;
    qint64 m_second = 0;
    qint64 m_third = 0;
};

QTEST_GUILESS_MAIN(TestSavedPipeline)
#include "tst_savedpipeline.moc"
