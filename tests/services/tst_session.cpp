// The session between the pages and storage: each write that more than one page shows is
// stored and announced once, a refused write announces nothing, and the listings are current
// when the analysis reruns on them. A real SQLite database; no widgets.
#include "services/AnalysisService.h"
#include "services/AppSettings.h"
#include "services/Session.h"
#include "storage/Database.h"
#include "storage/DatabaseBackup.h"
#include "storage/ListingImportWriter.h"
#include "storage/ListingRepository.h"
#include "storage/MarketDataLoader.h"
#include "support/DamagedDatabase.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;

class TestSession : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Session> openSession(Database &database, const QString &name)
    {
        if (!database.open(m_dir.filePath(name)))
            return nullptr;
        QString error;
        auto market = MarketDataLoader::load(database.connection(), &error);
        if (!market)
            return nullptr;
        return std::make_unique<Session>(database.connection(), std::move(*market));
    }

    static QByteArray fileHash(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
    }

    QTemporaryDir m_dir;
    int m_counter = 0;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void init() { QSettings().clear(); }

    void savingAListingIsStoredAndAnnouncedOnce()
    {
        Database database;
        auto session = openSession(database, u"saved.sqlite"_s);
        QVERIFY(session);
        const qint64 id = session->listings().first().id;
        QSignalSpy saved(session.get(), &Session::savedChanged);
        QString error;
        QVERIFY2(session->saveListing(id, ApplicationStatus::Applied, u"call Monday"_s, {}, &error),
                 qPrintable(error));
        QCOMPARE(saved.count(), 1);
        const auto stored = session->saved().find(id);
        QVERIFY(stored);
        QCOMPARE(stored->status, ApplicationStatus::Applied);
        QCOMPARE(stored->note, u"call Monday"_s);
        QVERIFY(session->unsaveListing(id, &error));
        QCOMPARE(saved.count(), 2);
        QVERIFY(!session->saved().find(id));
    }

    void aRefusedWriteAnnouncesNothingAndChangesNothing()
    {
        {
            Database writable;
            QVERIFY(openSession(writable, u"readonly.sqlite"_s));
        }
        Database database;
        QVERIFY(database.openReadOnly(m_dir.filePath(u"readonly.sqlite"_s)));
        QString error;
        auto market = MarketDataLoader::load(database.connection(), &error);
        QVERIFY(market);
        Session session(database.connection(), std::move(*market));
        QVERIFY(session.isReadOnly());
        QSignalSpy saved(&session, &Session::savedChanged);
        QSignalSpy profileSaved(&session, &Session::profileSaved);
        QSignalSpy listings(&session, &Session::listingsChanged);
        const qsizetype before = session.listings().size();
        QVERIFY(!session.saveListing(session.listings().first().id, ApplicationStatus::Applied,
                                     QString(), {}, &error));
        QVERIFY(!error.isEmpty());
        error.clear();
        Profile profile;
        profile.age = 50;
        QVERIFY(!session.saveProfile(profile, &error));
        QVERIFY(!error.isEmpty());
        error.clear();
        QVERIFY(!session.removeListings({session.listings().first().id}, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(saved.count(), 0);
        QCOMPARE(profileSaved.count(), 0);
        QCOMPARE(listings.count(), 0);
        QCOMPARE(session.listings().size(), before);
        QVERIFY(!session.saved().find(session.listings().first().id));
    }

    void savingTheProfileAddsToTheHistoryAndReachesTheAnalysis()
    {
        Database database;
        auto session = openSession(database, u"profile.sqlite"_s);
        QVERIFY(session);
        QSignalSpy saved(session.get(), &Session::profileSaved);
        QSignalSpy history(session.get(), &Session::historyChanged);
        const qsizetype before = session->profiles().history().size();
        Profile profile;
        profile.age = 52;
        profile.targetIncomeYen = 10'000'000;
        QString error;
        QVERIFY2(session->saveProfile(profile, &error), qPrintable(error));
        QCOMPARE(saved.count(), 1);
        QCOMPARE(history.count(), 1);
        QCOMPARE(session->profiles().history().size(), before + 1);
        QCOMPARE(session->analysis()->profile().age, 52);
    }

    void listingsAreCurrentBeforeTheAnalysisReruns()
    {
        Database database;
        auto session = openSession(database, u"listings.sqlite"_s);
        QVERIFY(session);
        const qsizetype before = session->listings().size();
        ImportedListing added;
        added.listing.title = u"Go backend, payments"_s;
        added.listing.monthlyRateMinYen = 800'000;
        added.listing.monthlyRateMaxYen = 900'000;
        added.listing.skillsText = u"Go, AWS"_s;
        QVERIFY(ListingImportWriter(session->connection())
                    .write({added}, DuplicatePolicy::Skip)
                    .error.isEmpty());

        // When listingsChanged arrives, listings() holds the new list and the analysis still
        // the old one; its resultChanged follows on the new list.
        qsizetype listedAtSignal = -1;
        qsizetype analysedAtSignal = -1;
        qsizetype analysedAtResult = -1;
        connect(session.get(), &Session::listingsChanged, this, [&] {
            listedAtSignal = session->listings().size();
            analysedAtSignal = session->analysis()->data().listings.size();
        });
        connect(session->analysis(), &AnalysisService::resultChanged, this,
                [&] { analysedAtResult = session->analysis()->data().listings.size(); });
        QString error;
        QVERIFY2(session->reloadListings(&error), qPrintable(error));
        QCOMPARE(listedAtSignal, before + 1);
        QCOMPARE(analysedAtSignal, before);
        QCOMPARE(analysedAtResult, before + 1);

        QSignalSpy saved(session.get(), &Session::savedChanged);
        const qint64 id = session->listings().last().id;
        QVERIFY(session->removeListings({id}, &error));
        QCOMPARE(session->listings().size(), before);
        QCOMPARE(session->analysis()->data().listings.size(), before);
        QCOMPARE(saved.count(), 1);
    }

    void theListingsLoadInTheBackgroundAndAnOlderAnswerIsDropped()
    {
        Database database;
        QVERIFY(database.open(m_dir.filePath(u"background.sqlite"_s)));
        QString error;
        auto market = MarketDataLoader::loadWithoutListings(database.connection(), &error);
        QVERIFY2(market, qPrintable(error));
        QVERIFY(market->listings.isEmpty());
        const qsizetype stored = ListingRepository(database.connection()).summaries().size();
        QVERIFY(stored > 0);

        // Loaded: announced, and the analysis ranks them.
        {
            Session session(database.connection(), *market);
            QSignalSpy loading(&session, &Session::listingsLoadingChanged);
            QSignalSpy changed(&session, &Session::listingsChanged);
            // The pages take the listings in one turn of the event loop and their fits in the
            // next: loading lasts until then, and the analysis still holds the listings before.
            bool loadingWhenChanged = false;
            qsizetype analysedWhenChanged = -1;
            connect(&session, &Session::listingsChanged, this, [&] {
                loadingWhenChanged = session.isLoadingListings();
                analysedWhenChanged = session.analysis()->data().listings.size();
            });
            session.loadListingsInBackground();
            QVERIFY(session.isLoadingListings());
            QCOMPARE(loading.count(), 1);
            QCOMPARE(loading.first().first().toBool(), true);
            QTRY_VERIFY(!session.isLoadingListings());
            QCOMPARE(loading.count(), 2);
            QCOMPARE(loading.last().first().toBool(), false);
            QVERIFY(loadingWhenChanged);
            QCOMPARE(analysedWhenChanged, 0);
            QVERIFY(!session.isReadingListings());
            QCOMPARE(changed.count(), 1);
            QCOMPARE(session.listings().size(), stored);
            QCOMPARE(session.analysis()->data().listings.size(), stored);
            QVERIFY(session.analysis()->result());
            QCOMPARE(qsizetype(session.analysis()->result()->ranking.size()), stored);
        }

        // A delete while loading re-reads the listings itself; the older answer is dropped.
        Session session(database.connection(), std::move(*market));
        session.loadListingsInBackground();
        QVERIFY(session.reloadListings(&error));
        const qint64 removed = session.listings().first().id;
        QVERIFY(session.removeListings({removed}, &error));
        QCOMPARE(session.listings().size(), stored - 1);
        QTRY_VERIFY(!session.isLoadingListings());
        QCOMPARE(session.listings().size(), stored - 1);
        for (const Listing &listing : session.listings())
            QVERIFY(listing.id != removed);
    }

    // The analysis of listings read in the background is built there, and is the analysis
    // the window's thread would have built; one prepared for a profile edited meanwhile is
    // rerun for the new profile, one prepared on data changed meanwhile is built again.
    void theAnalysisOfListingsReadInTheBackgroundIsPreparedThere()
    {
        Database database;
        QVERIFY(database.open(m_dir.filePath(u"prepared.sqlite"_s)));
        QString error;
        auto market = MarketDataLoader::loadWithoutListings(database.connection(), &error);
        QVERIFY2(market, qPrintable(error));
        const auto full = MarketDataLoader::load(database.connection(), &error);
        QVERIFY2(full, qPrintable(error));
        Profile profile;
        profile.age = 45;
        profile.experienceYears = 20;
        profile.skills = {{u"Java"_s, 10}, {u"AWS"_s, 3}};
        // What the window's thread computes for these listings and this profile.
        const CareerAnalysis direct(*full, RateConversion());
        const AnalysisResult expected = direct.analyze(profile);
        QVERIFY(expected.ranking.size() > 0);

        Session session(database.connection(), *market);
        session.analysis()->setProfile(profile);
        int rebuilt = 0;
        connect(session.analysis(), &AnalysisService::analysisRebuilt, this, [&] { ++rebuilt; });
        session.loadListingsInBackground();
        QTRY_VERIFY(!session.isLoadingListings());
        QCOMPARE(rebuilt, 1); // adopted, not built a second time here
        const AnalysisResult &adopted = *session.analysis()->result();
        QCOMPARE(adopted.ranking.size(), expected.ranking.size());
        for (size_t i = 0; i < expected.ranking.size(); ++i) {
            QCOMPARE(adopted.ranking[i].index, expected.ranking[i].index);
            QCOMPARE(adopted.ranking[i].fit, expected.ranking[i].fit);
        }
        QCOMPARE(adopted.estimates.size(), expected.estimates.size());
        QCOMPARE(adopted.estimates.first().midYen, expected.estimates.first().midYen);
        QCOMPARE(session.analysis()->analysis().data().listings.size(), session.listings().size());

        // The profile changes while the listings are read: the result is the new profile's.
        Profile older = profile;
        older.age = 58;
        session.loadListingsInBackground();
        session.analysis()->setProfile(older);
        QTRY_VERIFY(!session.isLoadingListings());
        const AnalysisResult expectedOlder = direct.analyze(older);
        QCOMPARE(session.analysis()->result()->estimates.first().midYen,
                 expectedOlder.estimates.first().midYen);

        // The conversion changes while they are read: the prepared analysis is not used.
        RateConversion conversion = session.analysis()->conversion();
        conversion.billableHoursPerMonth += 20;
        session.loadListingsInBackground();
        session.analysis()->setConversion(conversion);
        QTRY_VERIFY(!session.isLoadingListings());
        QCOMPARE(session.analysis()->analysis().conversion().billableHoursPerMonth,
                 conversion.billableHoursPerMonth);
    }

    // Asked to read the listings while a reading runs (an import ends meanwhile), the session
    // reads them again afterwards: the listings shown include what was written.
    void aReadingAskedForWhileOneRunsReadsAgain()
    {
        Database database;
        QVERIFY(database.open(m_dir.filePath(u"again.sqlite"_s)));
        QString error;
        auto market = MarketDataLoader::loadWithoutListings(database.connection(), &error);
        QVERIFY2(market, qPrintable(error));
        Session session(database.connection(), std::move(*market));
        QSignalSpy changed(&session, &Session::listingsChanged);
        session.loadListingsInBackground();
        ImportedListing added;
        added.listing.title = u"読み込み中に追加された案件"_s;
        added.listing.monthlyRateMinYen = 700'000;
        QVERIFY(ListingImportWriter(session.connection())
                    .write({added}, DuplicatePolicy::Skip)
                    .error.isEmpty());
        session.loadListingsInBackground();
        QTRY_VERIFY(!session.isLoadingListings());
        QCOMPARE(changed.count(), 1); // the first answer, already out of date, was not shown
        QCOMPARE(session.listings().last().title, added.listing.title);
    }

    // A listing stored with its skills as text only (no requirement rows) gets its
    // requirements read from that text on every read: at start, and when the session reads
    // the listings again (which once kept them empty, so the fit saw nothing asked).
    void listingsReadAgainKeepTheRequirementsOfTheirSkillsText()
    {
        Database database;
        auto session = openSession(database, u"skills-text.sqlite"_s);
        QVERIFY(session);
        Listing listing;
        listing.title = u"テキストだけの案件"_s;
        listing.skillsText = u"Java(3年以上)"_s;
        listing.source = u"test"_s;
        QString error;
        const qint64 id = ListingRepository(database.connection()).insert(listing, &error);
        QVERIFY2(id > 0, qPrintable(error));
        QVERIFY2(session->reloadListings(&error), qPrintable(error));
        const ListingSet &listings = session->listings();
        qsizetype position = -1;
        for (qsizetype i = 0; i < listings.size(); ++i)
            if (listings.id(i) == id)
                position = i;
        QVERIFY(position >= 0);
        QCOMPARE(listings.requirementCount(position), 1);
        QCOMPARE(listings.requirementSkillId(position, 0), u"java"_s);
        QCOMPARE(listings.requirementYears(position, 0), 3.0);
    }

    // A fast start: the file opens read-only, its check runs on a worker thread, and a write
    // asked for meanwhile waits for the verdict.
    void aWholeDatabaseBecomesWritableOnceChecked()
    {
        const QString path = m_dir.filePath(u"deferred.sqlite"_s);
        {
            Database first;
            QVERIFY(first.open(path)); // created, migrated and seeded
        }
        Database database;
        QVERIFY(database.openDeferringCheck(path));
        QVERIFY(database.isCheckPending());
        QVERIFY(database.isReadOnly());
        QString error;
        auto market = MarketDataLoader::load(database.connection(), &error);
        QVERIFY2(market, qPrintable(error));
        Session session(database.connection(), std::move(*market));
        QSignalSpy checked(&session, &Session::integrityChecked);
        session.checkIntegrityInBackground(&database);
        QVERIFY(session.isIntegrityCheckPending());
        QVERIFY(!session.isReadOnly()); // not for good: only until the check answers
        // Asked at once: waits for the check, then writes.
        Profile profile;
        profile.age = 48;
        QVERIFY2(session.saveProfile(profile, &error), qPrintable(error));
        QVERIFY(!database.isCheckPending());
        QVERIFY(!database.isReadOnly());
        QCOMPARE(checked.count(), 1);
        QVERIFY(checked.first().first().toString().isEmpty());
        QCOMPARE(session.profiles().latest()->age, 48);
        // The day's backup was made beside it, off the window's thread, before any write.
        QCOMPARE(DatabaseBackup(database.connection(), path).backups().size(), 1);
    }

    void aDamagedDatabaseFoundAfterTheStartIsNeverWritten()
    {
        const QString path = m_dir.filePath(u"damaged-later.sqlite"_s);
        const QString made = writeDatabaseDamagedNearItsEnd(path);
        QVERIFY2(made.isEmpty(), qPrintable(made));
        const QByteArray before = fileHash(path);

        Database database;
        QVERIFY2(database.openDeferringCheck(path), qPrintable(database.lastError()));
        QVERIFY(database.isCheckPending());
        QString error;
        auto market = MarketDataLoader::loadWithoutListings(database.connection(), &error);
        QVERIFY2(market, qPrintable(error));
        Session session(database.connection(), std::move(*market));
        QSignalSpy checked(&session, &Session::integrityChecked);
        session.checkIntegrityInBackground(&database);
        QTRY_COMPARE(checked.count(), 1);
        QVERIFY(!checked.first().first().toString().isEmpty());
        QVERIFY(session.isReadOnly());
        QVERIFY(!session.damage().isEmpty());
        Profile profile;
        QVERIFY(!session.saveProfile(profile, &error));
        QVERIFY2(error.contains(u"Nothing was written"_s), qPrintable(error));
        QVERIFY(!session.saveListing(1, ApplicationStatus::Applied, QString(), {}, &error));
        database.close();
        QCOMPARE(fileHash(path), before);
    }

    void theConversionFollowsSettingsWhereverTheyChange()
    {
        Database database;
        auto session = openSession(database, u"conversion.sqlite"_s);
        QVERIFY(session);
        QSignalSpy changed(session.get(), &Session::conversionChanged);
        QSignalSpy listings(session.get(), &Session::listingsChanged);
        RateConversion conversion = session->analysis()->conversion();
        conversion.billableHoursPerMonth = 150;
        session->setConversion(conversion);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(session->analysis()->conversion().billableHoursPerMonth, 150.0);
        // Hourly listings are read again with the new hours.
        QCOMPARE(listings.count(), 1);
        QCOMPARE(AppSettings::conversion(RateConversion{}).billableHoursPerMonth, 150.0);

        // Changed in Settings by someone else: the session follows.
        conversion.agencyMarginPercent = 20;
        AppSettings::setConversion(conversion);
        QCOMPARE(changed.count(), 2);
        QCOMPARE(session->analysis()->conversion().agencyMarginPercent, 20.0);
        QCOMPARE(listings.count(), 1); // the margin changes no listing: nothing is read again

        // The same values again: nothing to announce.
        session->setConversion(conversion);
        QCOMPARE(changed.count(), 2);
    }
};

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
