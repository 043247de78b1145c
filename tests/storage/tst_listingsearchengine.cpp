// The search engine the Listings page uses (short words from memory, the rest from SQLite)
// gives the very answer ListingRepository::search gives from SQLite alone, in the same order,
// for every kind of filter: on a real database of generated listings.
#include "core/ListingImportPreview.h"
#include "storage/Database.h"
#include "storage/ListingImportWriter.h"
#include "storage/ListingRepository.h"
#include "storage/ListingSearchEngine.h"
#include "storage/SavedListingRepository.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QStringList fragments{u"Go"_s,   u"GO"_s,           u"Java"_s,       u"AWS"_s, u"保守"_s,
                            u"運用"_s, u"決済基盤"_s,     u"API"_s,        u"ai"_s,  u"C++"_s,
                            u"設計"_s, u"フルリモート"_s, u"\U00020BB7"_s, u"PM"_s,  u"SE"_s};
const QStringList contracts{u"業務委託"_s, u"正社員"_s, u"派遣"_s};

QString text(QRandomGenerator &random, int words)
{
    QString result;
    for (int i = 0; i < words; ++i)
        result += fragments.at(random.bounded(int(fragments.size())));
    return result;
}
} // namespace

class TestListingSearchEngine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_database.open(m_dir.filePath(u"search.sqlite"_s)),
                 qPrintable(m_database.lastError()));
        QSqlQuery query(m_database.connection());
        QVERIFY(query.exec(u"DELETE FROM listings"_s));
        QRandomGenerator random(15);
        QList<ImportedListing> listings;
        for (int i = 0; i < 600; ++i) {
            Listing listing;
            listing.title = text(random, 1 + random.bounded(3)) + QString::number(i);
            listing.workContent = text(random, random.bounded(6));
            listing.skillsText = text(random, random.bounded(3));
            listing.contract = contracts.at(random.bounded(int(contracts.size())));
            if (random.bounded(5) != 0) {
                const qint64 rate = 400'000 + random.bounded(80) * 10'000;
                listing.monthlyRateMinYen = rate;
                listing.monthlyRateMaxYen = rate + random.bounded(3) * 50'000;
            } else if (random.bounded(2) == 0) {
                listing.hourlyRateMinYen = 3'000 + random.bounded(3'000);
            }
            if (random.bounded(4) == 0)
                listing.requirements = {{u"aws"_s, u"AWS"_s, double(random.bounded(4))}};
            listing.source = u"test"_s;
            listings.append({i + 2, listing, {}});
        }
        const ListingImportOutcome outcome =
            ListingImportWriter(m_database.connection()).write(listings, DuplicatePolicy::Skip);
        QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
        QCOMPARE(outcome.inserted, 600);
        // Some saved, one of them applied for.
        const QList<qint64> ids = ListingRepository(m_database.connection()).search({});
        SavedListingRepository saved(m_database.connection());
        QString error;
        for (int i = 0; i < 40; ++i)
            QVERIFY2(saved.save(ids.at(i * 7),
                                i % 2 ? ApplicationStatus::Applied : ApplicationStatus::Interested,
                                {}, &error),
                     qPrintable(error));
    }

    void answersAsTheDatabaseDoes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("variant");
        const QStringList texts{QString(),
                                u"g"_s,
                                u"Go"_s,
                                u"go"_s,
                                u"保"_s,
                                u"保守"_s,
                                u"AWS"_s,
                                u"AWS 運"_s,
                                u"運 AWS"_s,
                                u"Go 保守"_s,
                                u"\U00020BB7"_s,
                                u"存在"_s,
                                u"g\u3000決済基盤"_s,
                                u"J a v"_s,
                                u"Java"_s,
                                u"Java 保守 C++"_s,
                                u"P"_s};
        for (int variant = 0; variant < 8; ++variant)
            for (const QString &t : texts)
                QTest::addRow("%d %s", variant, qPrintable(t)) << t << variant;
    }

    void answersAsTheDatabaseDoes()
    {
        QFETCH(QString, text);
        QFETCH(int, variant);
        ListingFilter filter;
        filter.text = text;
        switch (variant) {
        case 1:
            filter.sort = ListingSort::RateHighFirst;
            break;
        case 2:
            filter.sort = ListingSort::RateLowFirst;
            break;
        case 3:
            filter.sort = ListingSort::Newest;
            break;
        case 4:
            filter.minMonthlyYen = 600'000;
            filter.maxMonthlyYen = 900'000;
            break;
        case 5:
            filter.contract = u"正社員"_s;
            break;
        case 6:
            filter.savedOnly = true;
            break;
        case 7:
            filter.skillId = u"aws"_s;
            filter.status = ApplicationStatus::Applied;
            break;
        default:
            break;
        }
        QString error;
        const QList<qint64> expected =
            ListingRepository(m_database.connection()).search(filter, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        ListingSearchEngine engine(m_database.connection());
        QCOMPARE(engine.search(filter, &error), expected); // without the index
        QVERIFY(engine.buildIndex(&error));
        QVERIFY(engine.isIndexed());
        QCOMPARE(engine.index()->listingCount(), 600);
        QCOMPARE(engine.search(filter, &error), expected);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        if (text == u"Go"_s && variant == 0)
            QVERIFY(expected.size() > 100); // a broad word: the check compares many ids
        if (text == u"Java"_s && variant == 0)
            QVERIFY(expected.size() > 100); // and a broad long word, read in two halves below

        // Read in two halves at once, the upper one on a second connection and thread, as a
        // large database is: the same answer, with no id lost or doubled at the seam.
        ListingSearchEngine split(m_database.connection(), m_database.path());
        split.setSplitFrom(2);
        QVERIFY(split.buildIndex(&error));
        QCOMPARE(split.search(filter, &error), expected);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(split.search(filter, &error), expected); // the reader, once made, serves again
    }

    // Each answer is written into the memory of an earlier one once no one holds that any
    // more (AnswerBuffers). An answer still held is never written over: every answer kept
    // here stays what the database says, through a run of searches that reuse blocks, on a
    // plain and on a split engine; and a released engine answers the same.
    void answersStillHeldAreNeverWrittenOver()
    {
        const QStringList texts{u"Go"_s,  u"保"_s,        u"Java"_s,    u"AWS 運"_s,
                                u"g"_s,   u"Java 保守"_s, u"Go 保守"_s, u"P"_s,
                                u"AWS"_s, u"決済基盤"_s};
        QString error;
        const ListingRepository repository(m_database.connection());
        QList<QList<qint64>> expected;
        for (const QString &text : texts) {
            ListingFilter filter;
            filter.text = text;
            expected.append(repository.search(filter, &error));
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
        for (const bool split : {false, true}) {
            ListingSearchEngine engine(m_database.connection(), m_database.path());
            if (split)
                engine.setSplitFrom(2);
            QVERIFY(engine.buildIndex(&error));
            for (int round = 0; round < 3; ++round) {
                QList<QList<qint64>> held; // round 1 lets every answer go, so blocks are reused
                for (qsizetype i = 0; i < texts.size(); ++i) {
                    ListingFilter filter;
                    filter.text = texts.at(i);
                    QList<qint64> answer = engine.search(filter, &error);
                    QVERIFY2(error.isEmpty(), qPrintable(error));
                    QCOMPARE(answer, expected.at(i));
                    QVERIFY(engine.buffers().keptCount() <= AnswerBuffers::maxKept);
                    if (round != 1)
                        held.append(answer);
                }
                for (qsizetype i = 0; i < held.size(); ++i)
                    QCOMPARE(held.at(i), expected.at(i));
            }
            QVERIFY(engine.buffers().keptCount() > 0);
            QVERIFY(engine.buffers().keptBytes() > 0);
            engine.releaseBuffers();
            QCOMPARE(engine.buffers().keptCount(), 0);
            ListingFilter filter;
            filter.text = u"Java"_s;
            QCOMPARE(engine.search(filter, &error), expected.at(2));
        }
    }

    // The second reader of a split search cannot open its file: the search fails with the
    // reason, as a search on a broken database does, rather than answering with half the ids.
    void aSplitSearchWhoseSecondReaderFailsSaysWhy()
    {
        const QString missing = m_dir.filePath(u"not-there.sqlite"_s);
        ListingSearchEngine split(m_database.connection(), missing);
        split.setSplitFrom(2);
        QString error;
        QVERIFY(split.buildIndex(&error));
        ListingFilter filter;
        filter.text = u"Java"_s;
        QCOMPARE(split.search(filter, &error), QList<qint64>());
        QVERIFY2(error.contains(u"not-there.sqlite"_s), qPrintable(error));
        // Without the split, the same engine's connection answers.
        split.setSplitFrom(ListingSearchEngine::defaultSplitFrom);
        error.clear();
        QVERIFY(!split.search(filter, &error).isEmpty());
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    // A stale index is dropped when the listings change; rebuilt, it knows the new listing.
    void rebuildsAfterAChange()
    {
        ListingSearchEngine engine(m_database.connection());
        QString error;
        QVERIFY(engine.buildIndex(&error));
        ListingFilter filter;
        filter.text = u"鯖"_s;
        QCOMPARE(engine.search(filter), QList<qint64>());
        Listing listing;
        listing.title = u"鯖の缶詰工場の生産管理"_s;
        listing.source = u"test"_s;
        const qint64 id = ListingRepository(m_database.connection()).insert(listing, &error);
        QVERIFY2(id > 0, qPrintable(error));
        engine.dropIndex();
        QVERIFY(!engine.isIndexed());
        QCOMPARE(engine.search(filter), QList<qint64>{id}); // from the database meanwhile
        QVERIFY(engine.buildIndex(&error));
        QCOMPARE(engine.search(filter), QList<qint64>{id});
        QVERIFY(ListingRepository(m_database.connection()).remove({id}, &error));
    }

    // The index cannot be built from a database whose listings table is gone: the error says
    // so, and the search still answers from the database (with its own error).
    void failedBuildLeavesTheDatabasePath()
    {
        Database broken;
        QVERIFY(broken.open(m_dir.filePath(u"broken.sqlite"_s)));
        QSqlQuery query(broken.connection());
        QVERIFY(query.exec(u"ALTER TABLE listings RENAME TO listings_elsewhere"_s));
        ListingSearchEngine engine(broken.connection());
        QString error;
        QVERIFY(!engine.buildIndex(&error));
        QVERIFY2(error.contains(u"listings"_s), qPrintable(error));
        QVERIFY(!engine.isIndexed());
        ListingFilter filter;
        filter.text = u"Go"_s;
        error.clear();
        QCOMPARE(engine.search(filter, &error), QList<qint64>());
        QVERIFY(!error.isEmpty());
    }

private:
    QTemporaryDir m_dir;
    Database m_database;
};

QTEST_GUILESS_MAIN(TestListingSearchEngine)
#include "tst_listingsearchengine.moc"
