#include "core/ListingSet.h"
#include "listings/ListingTableModel.h"

#include <QAbstractItemModelTester>
#include <QTest>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
Listing listing(qint64 id, const QString &title, std::optional<qint64> rate,
                const QString &kind = u"development"_s)
{
    Listing l;
    l.id = id;
    l.title = title;
    l.monthlyRateMinYen = rate;
    l.monthlyRateMaxYen = rate;
    l.rateText = rate ? QString::number(*rate) : u"応相談"_s;
    l.workKind = kind;
    l.skillsText = u"Java"_s;
    return l;
}
} // namespace

class TestListingTableModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::Japanese, QLocale::Japan)); }

    void passesTheModelTester()
    {
        ListingTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setListings({listing(1, u"A"_s, 600'000), listing(2, u"B"_s, std::nullopt)},
                          {{u"development"_s, u"システム開発"_s}});
        QCOMPARE(model.rowCount(), 2);
        model.setListings({}, {});
        QCOMPARE(model.rowCount(), 0);
    }

    void showsRatesAndKindsInTheUiLanguage()
    {
        ListingTableModel model;
        model.setListings({listing(1, u"A"_s, 600'000), listing(2, u"B"_s, std::nullopt)},
                          {{u"development"_s, u"システム開発"_s}});
        QCOMPARE(model.index(0, ListingTableModel::RateColumn).data().toString(), u"60万円/月"_s);
        QCOMPARE(model.index(1, ListingTableModel::RateColumn).data().toString(), u"応相談"_s);
        QCOMPARE(model.index(0, ListingTableModel::WorkKindColumn).data().toString(),
                 u"システム開発"_s);
        QCOMPARE(model.index(1, ListingTableModel::TitleColumn)
                     .data(ListingTableModel::ListingIdRole)
                     .toLongLong(),
                 2);
    }

    void showsTheGivenIdsInTheGivenOrder()
    {
        ListingTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setListings({listing(1, u"nine"_s, 900'000), listing(2, u"neg"_s, std::nullopt),
                           listing(3, u"twelve"_s, 1'200'000), listing(4, u"six"_s, 600'000)},
                          {});
        QCOMPARE(model.rowCount(), 4);
        // Ids the database no longer has (deleted meanwhile) are skipped, not shown empty.
        model.setShownIds({3, 99, 1}, false);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, ListingTableModel::TitleColumn).data().toString(), u"twelve"_s);
        QCOMPARE(model.index(1, ListingTableModel::TitleColumn).data().toString(), u"nine"_s);
        QCOMPARE(model.rowOfId(1), 1);
        QCOMPARE(model.rowOfId(4), -1);
        QCOMPARE(model.totalCount(), 4);
    }

    void ordersByFitThenRateWithUnscoredLast()
    {
        ListingTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setListings({listing(1, u"nine"_s, 900'000), listing(2, u"neg"_s, std::nullopt),
                           listing(3, u"twelve"_s, 1'200'000), listing(4, u"six"_s, 600'000)},
                          {});
        model.setFits({{1, 1.0}, {2, 1.0}, {3, 0.5}});
        model.setShownIds({1, 2, 3, 4}, true);
        QStringList order;
        for (int row = 0; row < model.rowCount(); ++row)
            order.append(model.index(row, ListingTableModel::TitleColumn).data().toString());
        // Equal fits: the higher rate first, negotiable below any figure; no fit at all last.
        QCOMPARE(order, QStringList({u"nine"_s, u"neg"_s, u"twelve"_s, u"six"_s}));
        QCOMPARE(model.index(0, ListingTableModel::FitColumn).data().toString(), u"100%"_s);
        QVERIFY(!model.index(3, ListingTableModel::FitColumn).data().isValid());
    }

    void usesTheRankingsOrderAndSurvivesANewListingSet()
    {
        ListingTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setListings(
            {listing(1, u"a"_s, 600'000), listing(2, u"b"_s, 700'000), listing(3, u"c"_s, 800'000)},
            {});
        // The ranking's order (positions) is taken as given.
        model.setFitsByPosition({0.2f, 0.9f, 0.5f},
                                Ranking({{1, 0.9, 700'000}, {2, 0.5, 800'000}, {0, 0.2, 600'000}}));
        model.setShownIds({1, 3}, true);
        QCOMPARE(model.index(0, ListingTableModel::TitleColumn).data().toString(), u"c"_s);
        QCOMPARE(model.index(1, ListingTableModel::TitleColumn).data().toString(), u"a"_s);
        // Fewer listings than the old order knew: the order is rebuilt, not indexed past the end;
        // the old fits (by position) are dropped until the next ranking, so the rate decides.
        model.setListings({listing(3, u"c"_s, 800'000), listing(2, u"b"_s, 700'000)}, {});
        model.setShownIds({2, 3}, true);
        QCOMPARE(model.index(0, ListingTableModel::TitleColumn).data().toString(), u"c"_s);
        QCOMPARE(model.rowCount(), 2);
        // Listings not in id order are still found by id.
        QCOMPARE(model.listingById(3)->title, u"c"_s);
        QCOMPARE(model.listingById(2)->title, u"b"_s);
        QVERIFY(!model.listingById(1));
        // A new listing set drops fits that were kept by position.
        QVERIFY(!model.index(0, ListingTableModel::FitColumn).data().isValid());
    }

    // A search answer in id order, sorted by fit through a bitmap of positions: ids the set
    // does not hold are skipped wherever they fall (before the first, between, after the
    // last), across many 64-listing words; positions the fit order does not know follow the
    // ranked ones in position order.
    void sortsALargeAnswerByFitAndSkipsUnknownIds()
    {
        ListingTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<Listing> listings;
        for (int i = 0; i < 300; ++i)
            listings.append(listing(10 + 2 * i, u"L%1"_s.arg(i), 500'000 + i * 1'000));
        model.setListings(listings, {});
        // Ranked: positions 299, 298, …, 100 have fits; positions 0–99 have none, so the order
        // puts them last, the higher monthly rate first.
        std::vector<RankedListing> bestFirst;
        std::vector<float> fits(300, 0.0f);
        for (int position = 299; position >= 100; --position) {
            bestFirst.push_back({position, double(position) / 300.0, 500'000 + position * 1'000});
            fits[size_t(position)] = float(position) / 300.0f;
        }
        model.setFitsByPosition(fits, Ranking(std::move(bestFirst)));
        // Every third listing, plus ids the set lacks: 1 (before), odd ids (between), 9999.
        QList<qint64> ids{1};
        QList<int> expectedRanked, expectedUnknown;
        for (int position = 0; position < 300; ++position) {
            if (position % 3 != 0)
                continue;
            ids.append(10 + 2 * position);
            ids.append(11 + 2 * position);
            (position >= 100 ? expectedRanked : expectedUnknown).append(position);
        }
        ids.append(9999);
        model.setShownIds(ids, true);
        std::reverse(expectedRanked.begin(), expectedRanked.end());
        std::reverse(expectedUnknown.begin(), expectedUnknown.end());
        const QList<int> expected = expectedRanked + expectedUnknown;
        QCOMPARE(model.rowCount(), expected.size());
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.index(row, ListingTableModel::TitleColumn).data().toString(),
                     u"L%1"_s.arg(expected.at(row)));
        // Unordered, the same ids show in the given (id) order.
        model.setShownIds(ids, false);
        QCOMPARE(model.rowCount(), expected.size());
        QCOMPARE(model.index(0, ListingTableModel::TitleColumn).data().toString(), u"L0"_s);
        QCOMPARE(model.index(1, ListingTableModel::TitleColumn).data().toString(), u"L3"_s);
        QCOMPARE(model.rowOfId(10 + 2 * 297), int(expected.size()) - 1);
        // Ordered by fit again after the unordered answer: the same order as the first time.
        model.reorderByFit();
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.index(row, ListingTableModel::TitleColumn).data().toString(),
                     u"L%1"_s.arg(expected.at(row)));
    }

    // More rows than a page: the view is given them a page at a time, the counts and the
    // ids shown cover every row, and a listing further down is reached by fetching up to it.
    void givesTheViewItsRowsAPageAtATime()
    {
        ListingTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int page = ListingTableModel::rowsPerFetch;
        const int count = 2 * page + 123;
        ListingSet listings;
        listings.reserve(count);
        for (int i = 0; i < count; ++i)
            listings.append(listing(1 + i, u"L%1"_s.arg(i), 500'000));
        model.setListings(listings, {});
        QCOMPARE(model.shownCount(), count);
        QCOMPARE(model.rowCount(), page);
        QVERIFY(model.canFetchMore({}));
        QCOMPARE(model.index(page - 1, ListingTableModel::TitleColumn).data().toString(),
                 u"L%1"_s.arg(page - 1));
        QVERIFY(!model.index(page, 0).isValid());

        model.fetchMore({});
        QCOMPARE(model.rowCount(), 2 * page);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), count);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.index(count - 1, ListingTableModel::TitleColumn).data().toString(),
                 u"L%1"_s.arg(count - 1));

        // A new answer starts again at its first page; the last listing is still found, and
        // fetching up to its row gives the view the pages before it.
        QList<qint64> every;
        for (int i = count; i >= 1; --i)
            every.append(i); // the reverse order
        model.setShownIds(every, false);
        QCOMPARE(model.rowCount(), page);
        const int row = model.rowOfId(1);
        QCOMPARE(row, count - 1);
        model.fetchUpTo(row);
        QCOMPARE(model.rowCount(), count);
        QCOMPARE(model.index(row, ListingTableModel::TitleColumn).data().toString(), u"L0"_s);
        // The export takes every row shown, in display order, fetched or not.
        model.setShownIds(every, false);
        const QList<qint64> ids = model.shownIds();
        QCOMPARE(ids.size(), count);
        QCOMPARE(ids.first(), qint64(count));
        QCOMPARE(ids.last(), qint64(1));
        QCOMPARE(model.rowCount(), page);
    }

    void marksSavedListingsWithTheirStatus()
    {
        ListingTableModel model;
        model.setListings({listing(1, u"A"_s, 600'000), listing(2, u"B"_s, 700'000)}, {});
        SavedListing saved;
        saved.listingId = 2;
        saved.status = ApplicationStatus::Interviewing;
        model.setSaved({{2, saved}});
        QVERIFY(!model.index(0, ListingTableModel::SavedColumn).data().isValid());
        QCOMPARE(model.index(1, ListingTableModel::SavedColumn).data().toString(),
                 ApplicationStatuses::displayName(ApplicationStatus::Interviewing));
    }
};

QTEST_MAIN(TestListingTableModel)
#include "tst_listingtablemodel.moc"
