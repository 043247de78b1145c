// The application pipeline's logic: the funnel from histories, the actions coming due, the
// rate ledger's latest line, and the JSON a listings file carries it in.
#include "core/ListingJson.h"
#include "core/SkillCatalogue.h"
#include "core/pipeline/DueActions.h"
#include "core/pipeline/PipelineFunnel.h"
#include "core/pipeline/PipelineJson.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QDateTime utc(const char *text)
{
    return QDateTime::fromString(QString::fromLatin1(text), Qt::ISODate).toUTC();
}

SavedListing savedWith(qint64 id, ApplicationStatus now, const QList<ApplicationStatus> &history)
{
    SavedListing saved;
    saved.listingId = id;
    saved.status = now;
    QDateTime at = utc("2026-10-01T00:00:00Z");
    for (ApplicationStatus status : history) {
        saved.history.append({status, at});
        at = at.addDays(3);
    }
    return saved;
}

SavedListing dueOn(qint64 id, const QDate &due, const QString &what = u"面談"_s)
{
    SavedListing saved;
    saved.listingId = id;
    saved.nextAction = {what, due};
    return saved;
}
} // namespace

class TestPipeline : public QObject
{
    Q_OBJECT

private slots:
    void furthestStageComesFromTheHistory()
    {
        using S = ApplicationStatus;
        // Declined after an interview: the interview still happened.
        QCOMPARE(PipelineFunnel::furthestStage(savedWith(
                     1, S::Declined, {S::Interested, S::Applied, S::Interviewing, S::Declined})),
                 S::Interviewing);
        // Saved straight as an offer: the stages before it were passed.
        QCOMPARE(PipelineFunnel::furthestStage(savedWith(2, S::Offered, {S::Offered})), S::Offered);
        // Declined without applying: only saved.
        QCOMPARE(PipelineFunnel::furthestStage(savedWith(3, S::Declined, {S::Declined})),
                 S::Interested);
        // A status without a history (an old row) still counts.
        QCOMPARE(PipelineFunnel::furthestStage(savedWith(4, S::Applied, {})), S::Applied);
    }

    void funnelCountsAndShares()
    {
        using S = ApplicationStatus;
        const QList<SavedListing> saved{
            savedWith(1, S::Interested, {S::Interested}),
            savedWith(2, S::Applied, {S::Interested, S::Applied}),
            savedWith(3, S::Declined, {S::Interested, S::Applied, S::Interviewing, S::Declined}),
            savedWith(4, S::Contracted,
                      {S::Interested, S::Applied, S::Interviewing, S::Offered, S::Contracted}),
        };
        const QList<FunnelStage> funnel = PipelineFunnel::of(saved);
        QCOMPARE(funnel.size(), 5);
        const QList<int> reached{4, 3, 2, 1, 1};
        for (int stage = 0; stage < funnel.size(); ++stage)
            QCOMPARE(funnel.at(stage).reached, reached.at(stage));
        QCOMPARE(funnel.at(0).status, S::Interested);
        QVERIFY(!funnel.at(0).shareOfPrevious);
        QCOMPARE(*funnel.at(1).shareOfPrevious, 0.75);
        QCOMPARE(*funnel.at(2).shareOfPrevious, 2.0 / 3.0);
        QCOMPARE(*funnel.at(3).shareOfPrevious, 0.5);
        QCOMPARE(*funnel.at(4).shareOfPrevious, 1.0);

        const QList<int> counts = PipelineFunnel::countsByStatus(saved);
        QCOMPARE(counts, (QList<int>{1, 1, 0, 0, 1, 1})); // in ApplicationStatuses::all() order
    }

    void anEmptyFunnelHasNoShares()
    {
        const QList<FunnelStage> funnel = PipelineFunnel::of({});
        QCOMPARE(funnel.size(), 5);
        for (const FunnelStage &stage : funnel) {
            QCOMPARE(stage.reached, 0);
            QVERIFY(!stage.shareOfPrevious); // not 0 %: there was nothing to convert
        }
    }

    void dueActionsAreTheDatedOnesUpToTheWindowMostUrgentFirst()
    {
        const QDate today(2026, 12, 1);
        SavedListing undated = dueOn(5, QDate(), u"call the agent"_s);
        const QList<SavedListing> saved{dueOn(1, today.addDays(3)),  dueOn(2, today),
                                        dueOn(3, today.addDays(-4)), undated,
                                        dueOn(4, today.addDays(2)),  dueOn(6, today)};
        const QList<DueAction> due = DueActions::upTo(saved, today, 2);
        QList<qint64> ids;
        for (const DueAction &action : due)
            ids.append(action.listingId);
        QCOMPARE(ids, (QList<qint64>{3, 2, 6, 4}));
        QCOMPARE(due.first().daysLeft, -4);
        QVERIFY(due.first().isOverdue());
        QVERIFY(!due.at(1).isOverdue());
        QCOMPARE(due.last().daysLeft, 2);
        QCOMPARE(DueActions::upTo(saved, today, 3).size(), 5); // the window is inclusive
    }

    void latestRateIsTheNewestLineOfItsKind()
    {
        SavedListing saved;
        saved.rates = {{RateKind::Desired, 800'000, utc("2026-10-01T00:00:00Z")},
                       {RateKind::Offered, 700'000, utc("2026-10-05T00:00:00Z")},
                       {RateKind::Offered, 720'000, utc("2026-10-06T00:00:00Z")}};
        QCOMPARE(saved.latestRate(RateKind::Offered)->monthlyYen, 720'000);
        QCOMPARE(saved.latestRate(RateKind::Desired)->monthlyYen, 800'000);
        QVERIFY(!saved.latestRate(RateKind::Accepted));
    }

    void pipelineJsonRoundTrips()
    {
        const QList<StatusChange> history{
            {ApplicationStatus::Interested, utc("2026-10-01T01:02:03Z")},
            {ApplicationStatus::Applied, utc("2026-10-02T00:00:00Z")}};
        const NextAction action{u"二次面談"_s, QDate(2026, 12, 3)};
        const QList<RateLedgerEntry> rates{
            {RateKind::Desired, 850'000, utc("2026-10-01T01:02:03Z")},
            {RateKind::Accepted, 820'000, utc("2026-11-01T00:00:00Z")}};
        QString error;
        QCOMPARE(
            PipelineJson::historyFromJson(PipelineJson::historyToJson(history), &error).value(),
            history);
        QCOMPARE(PipelineJson::nextActionFromJson(PipelineJson::nextActionToJson(action), &error)
                     .value(),
                 action);
        QCOMPARE(PipelineJson::ratesFromJson(PipelineJson::ratesToJson(rates), &error).value(),
                 rates);
        // The written form is documented (docs/listing-format.md): check it literally.
        const QJsonObject first = PipelineJson::historyToJson(history).at(0).toObject();
        QCOMPARE(first.value(u"status"_s).toString(), u"interested"_s);
        QCOMPARE(first.value(u"at"_s).toString(), u"2026-10-01T01:02:03.000Z"_s);
        QCOMPARE(PipelineJson::nextActionToJson(action).value(u"due"_s).toString(),
                 u"2026-12-03"_s);
        QCOMPARE(
            PipelineJson::ratesToJson(rates).at(1).toObject().value(u"monthlyYen"_s).toInteger(),
            820'000);
        // No date: no "due" key, and it reads back as no date.
        const QJsonObject undated = PipelineJson::nextActionToJson({u"電話"_s, QDate()});
        QVERIFY(!undated.contains(u"due"_s));
        QVERIFY(!PipelineJson::nextActionFromJson(undated, &error)->due.isValid());
    }

    void historyIsKeptInTheOrderItHappened()
    {
        const auto json = QJsonDocument::fromJson(
            R"([{"status": "applied", "at": "2026-10-05T00:00:00Z"},
                {"status": "interested", "at": "2026-10-01T00:00:00+09:00"}])");
        QString error;
        const auto history = PipelineJson::historyFromJson(json.array(), &error);
        QVERIFY2(history, qPrintable(error));
        QCOMPARE(history->first().status, ApplicationStatus::Interested);
        // The offset is honoured: 09:00 in Japan is midnight UTC less nine hours.
        QCOMPARE(history->first().at, utc("2026-09-30T15:00:00Z"));
        // A time without an offset is UTC, as the program writes it.
        QCOMPARE(PipelineJson::timeFromText(u"2026-10-01T00:00:00"_s), utc("2026-10-01T00:00:00Z"));
    }

    void malformedPipelineJsonNamesTheEntry_data()
    {
        QTest::addColumn<QByteArray>("listing");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        QTest::newRow("history not a list")
            << QByteArray(R"({"title": "A", "statusHistory": "applied"})") << u"statusHistory"_s
            << u"statusHistory must be a list"_s;
        QTest::newRow("unknown status")
            << QByteArray(
                   R"({"title": "A", "statusHistory": [{"status": "hired", "at": "2026-10-01T00:00:00Z"}]})")
            << u"statusHistory"_s << u"statusHistory[0].status must be one of"_s;
        QTest::newRow("bad time")
            << QByteArray(
                   R"({"title": "A", "statusHistory": [{"status": "applied", "at": "2026-10-01T00:00:00Z"}, {"status": "applied", "at": "yesterday"}]})")
            << u"statusHistory"_s << u"statusHistory[1].at must be a date and time"_s;
        QTest::newRow("due not a date")
            << QByteArray(R"({"title": "A", "nextAction": {"what": "面談", "due": "2026-13-40"}})")
            << u"nextAction"_s << u"nextAction.due must be a date"_s;
        QTest::newRow("action not an object")
            << QByteArray(R"({"title": "A", "nextAction": "面談"})") << u"nextAction"_s
            << u"nextAction must be"_s;
        QTest::newRow("unknown kind")
            << QByteArray(
                   R"({"title": "A", "rates": [{"kind": "hoped", "monthlyYen": 700000, "at": "2026-10-01T00:00:00Z"}]})")
            << u"rates"_s << u"rates[0].kind must be desired, offered or accepted"_s;
        QTest::newRow("fractional yen")
            << QByteArray(
                   R"({"title": "A", "rates": [{"kind": "offered", "monthlyYen": 700000.5, "at": "2026-10-01T00:00:00Z"}]})")
            << u"rates"_s << u"rates[0].monthlyYen must be a whole number"_s;
        QTest::newRow("zero yen")
            << QByteArray(
                   R"({"title": "A", "rates": [{"kind": "offered", "monthlyYen": 0, "at": "2026-10-01T00:00:00Z"}]})")
            << u"rates"_s << u"rates[0].monthlyYen must be a whole number"_s;
        QTest::newRow("yen as text")
            << QByteArray(
                   R"({"title": "A", "rates": [{"kind": "offered", "monthlyYen": "70万", "at": "2026-10-01T00:00:00Z"}]})")
            << u"rates"_s << u"rates[0].monthlyYen must be a whole number"_s;
    }

    void malformedPipelineJsonNamesTheEntry()
    {
        QFETCH(QByteArray, listing);
        QFETCH(QString, field);
        QFETCH(QString, message);
        const SkillCatalogue catalogue;
        const ListingImportPreview preview = ListingJson::fromJson("[" + listing + "]", catalogue);
        QVERIFY(preview.fileError.isEmpty());
        QCOMPARE(preview.accepted.size(), 0); // the listing is refused whole, not half-read
        QCOMPARE(preview.rejected.size(), 1);
        QCOMPARE(preview.rejected.first().field, field);
        QVERIFY2(preview.rejected.first().reason.contains(message),
                 qPrintable(preview.rejected.first().reason));
        QCOMPARE(preview.rejected.first().line, 1);
    }

    void aListingsFileCarriesThePipeline()
    {
        Listing listing;
        listing.id = 7;
        listing.title = u"決済基盤のGo開発"_s;
        ListingJsonExtra extra;
        extra.saved = true;
        extra.status = u"interviewing"_s;
        extra.note = u"担当: 佐藤さん"_s;
        extra.statusHistory = {{ApplicationStatus::Applied, utc("2026-10-02T00:00:00Z")},
                               {ApplicationStatus::Interviewing, utc("2026-10-09T00:00:00Z")}};
        extra.nextAction = {u"二次面談"_s, QDate(2026, 12, 3)};
        extra.rates = {{RateKind::Desired, 850'000, utc("2026-10-02T00:00:00Z")}};
        const QByteArray json = ListingJson::toJson({listing}, {{7, extra}});
        const SkillCatalogue catalogue;
        const ListingImportPreview preview = ListingJson::fromJson(json, catalogue);
        QCOMPARE(preview.accepted.size(), 1);
        QCOMPARE(preview.accepted.first().extra, extra);
        // A listing never saved carries none of it.
        const QByteArray plain = ListingJson::toJson({listing}, {});
        QVERIFY(!plain.contains("statusHistory"));
        QVERIFY(!plain.contains("nextAction"));
        QVERIFY(!plain.contains("\"rates\""));
    }
};

QTEST_GUILESS_MAIN(TestPipeline)
#include "tst_pipeline.moc"
