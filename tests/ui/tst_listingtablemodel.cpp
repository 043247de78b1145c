#include "ListingTableModel.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTest>

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

    void sortsRatesAsNumbersWithNegotiableLast()
    {
        ListingTableModel model;
        model.setListings({listing(1, u"nine"_s, 900'000), listing(2, u"neg"_s, std::nullopt),
                           listing(3, u"twelve"_s, 1'200'000), listing(4, u"six"_s, 600'000)},
                          {});
        QSortFilterProxyModel proxy;
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.setSortRole(ListingTableModel::SortRole);
        proxy.sort(ListingTableModel::RateColumn, Qt::DescendingOrder);
        QStringList order;
        for (int row = 0; row < proxy.rowCount(); ++row)
            order.append(proxy.index(row, ListingTableModel::TitleColumn).data().toString());
        // As text "900,000" would sort above "1,200,000"; as yen it does not.
        QCOMPARE(order, QStringList({u"twelve"_s, u"nine"_s, u"six"_s, u"neg"_s}));
    }
};

QTEST_MAIN(TestListingTableModel)
#include "tst_listingtablemodel.moc"
