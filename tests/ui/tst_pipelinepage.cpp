// Saved listings as a pipeline, in a real window: the saved-listing panel keeps the status
// history, the next action and the rate ledger; the Applications page groups them by status,
// draws the funnel and lists what is coming due; the banner at start says what is overdue.
#include "listings/ListingTableModel.h"
#include "listings/ListingsPage.h"
#include "pipeline/DueActionsBanner.h"
#include "pipeline/FunnelChartView.h"
#include "pipeline/PipelineModel.h"
#include "pipeline/PipelinePage.h"
#include "services/Session.h"
#include "shell/MainWindow.h"
#include "storage/Database.h"
#include "storage/ListingRepository.h"
#include "storage/MarketDataLoader.h"
#include "storage/SavedListingRepository.h"
#include "support/WidgetLookup.h"
#include "widgets/MoneySpinBox.h"

#include <QAbstractItemModelTester>
#include <QBarSet>
#include <QBrush>
#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace {
bool searchSettled(ListingsPage *page)
{
    return QTest::qWaitFor([page]() { return !page->isSearching(); }, 5000);
}

int rowOfStatus(const PipelineModel *model, ApplicationStatus status)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(PipelineModel::StatusKeyRole).toString() ==
            ApplicationStatuses::key(status))
            return row;
    }
    return -1;
}
} // namespace

class TestPipelinePage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_dir.isValid());
    }

    void thePanelKeepsHistoryNextActionAndLedger()
    {
        Database database;
        QVERIFY2(database.open(m_dir.filePath(u"panel.sqlite"_s)),
                 qPrintable(database.lastError()));
        QString error;
        auto market = MarketDataLoader::load(database.connection(), &error);
        QVERIFY2(market, qPrintable(error));
        MainWindow window(database.connection(), *market);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(MainWindow::ListingsPageIndex);
        ListingsPage *page = window.listingsPage();
        QVERIFY(searchSettled(page));
        auto *table = child<QTableView>(page, u"listingTable"_s);
        table->selectRow(0);
        const qint64 id =
            table->model()->index(0, 0).data(ListingTableModel::ListingIdRole).toLongLong();
        auto *tabs = child<QTabWidget>(page, u"savedListingTabs"_s);
        // Not saved yet: no history or ledger to show.
        QVERIFY(!tabs->isTabEnabled(1));
        QVERIFY(!tabs->isTabEnabled(2));

        // Save it as applied with a dated next action, typed as a user would.
        auto *status = child<QComboBox>(page, u"savedStatus"_s);
        status->setCurrentIndex(status->findData(u"applied"_s));
        auto *what = child<QLineEdit>(page, u"nextActionWhat"_s);
        typeAsIme(what, u"一次面談"_s);
        auto *hasDue = child<QCheckBox>(page, u"nextActionHasDue"_s);
        auto *due = child<QDateEdit>(page, u"nextActionDue"_s);
        QVERIFY(!due->isEnabled()); // no date until asked for
        QTest::mouseClick(hasDue, Qt::LeftButton);
        QVERIFY(due->isEnabled());
        due->setDate(QDate(2026, 12, 3));
        QTest::mouseClick(child<QPushButton>(page, u"saveListing"_s), Qt::LeftButton);
        SavedListingRepository repository(database.connection());
        std::optional<SavedListing> saved = repository.find(id);
        QVERIFY(saved);
        QCOMPARE(saved->nextAction, (NextAction{u"一次面談"_s, QDate(2026, 12, 3)}));
        QCOMPARE(saved->history.size(), 1);
        QTRY_VERIFY(tabs->isTabEnabled(1));

        // Then interviewing: the history shows both, newest first.
        status->setCurrentIndex(status->findData(u"interviewing"_s));
        QTest::mouseClick(child<QPushButton>(page, u"saveListing"_s), Qt::LeftButton);
        auto *history = child<QListWidget>(page, u"statusHistory"_s);
        QTRY_COMPARE(history->count(), 2);
        QVERIFY2(history->item(0)->text().endsWith(u"Interview"_s),
                 qPrintable(history->item(0)->text()));
        QVERIFY2(history->item(1)->text().endsWith(u"Applied"_s),
                 qPrintable(history->item(1)->text()));
        QCOMPARE(repository.find(id)->history.size(), 2);
        QCOMPARE(repository.find(id)->nextAction.what, u"一次面談"_s); // kept

        // The ledger: an offer, then a correction as a second line.
        tabs->setCurrentIndex(2);
        auto *kind = child<QComboBox>(page, u"rateKind"_s);
        auto *amount = child<MoneySpinBox>(page, u"rateAmount"_s);
        auto *add = child<QPushButton>(page, u"addRate"_s);
        QVERIFY(!add->isEnabled()); // nothing typed yet
        kind->setCurrentIndex(kind->findData(u"offered"_s));
        auto *amountText = amount->findChild<QLineEdit *>();
        amountText->selectAll();
        QTest::keyClicks(amountText, u"0.78"_s); // millions of yen in English
        QVERIFY(add->isEnabled());
        QTest::mouseClick(add, Qt::LeftButton);
        amountText->selectAll();
        QTest::keyClicks(amountText, u"0.8"_s);
        QTest::mouseClick(add, Qt::LeftButton);
        auto *ledger = child<QTableWidget>(page, u"rateLedger"_s);
        QTRY_COMPARE(ledger->rowCount(), 2);
        QCOMPARE(ledger->item(0, 0)->text(), u"Offered"_s);
        QVERIFY2(ledger->item(0, 1)->text().contains(u"800,000"_s),
                 qPrintable(ledger->item(0, 1)->text()));
        QVERIFY2(ledger->item(1, 1)->text().contains(u"780,000"_s),
                 qPrintable(ledger->item(1, 1)->text()));
        const QList<RateLedgerEntry> rates = repository.find(id)->rates;
        QCOMPARE(rates.size(), 2);
        QCOMPARE(rates.at(0).monthlyYen, 780'000);
        QCOMPARE(rates.at(1).monthlyYen, 800'000);
        QCOMPARE(rates.at(1).kind, RateKind::Offered);

        // Clearing the next action and saving clears it in the database.
        tabs->setCurrentIndex(0);
        what->selectAll();
        QTest::keyClick(what, Qt::Key_Delete);
        QTest::mouseClick(hasDue, Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>(page, u"saveListing"_s), Qt::LeftButton);
        QVERIFY(repository.find(id)->nextAction.isEmpty());
    }

    void theApplicationsPageGroupsCountsAndOpensListings()
    {
        const QString path = m_dir.filePath(u"pipeline.sqlite"_s);
        const QDate today = QDate::currentDate();
        QList<qint64> ids;
        {
            Database database;
            QVERIFY2(database.open(path), qPrintable(database.lastError()));
            for (const Listing &listing : ListingRepository(database.connection()).all())
                ids.append(listing.id);
            QVERIFY(ids.size() >= 4);
            SavedListingRepository saved(database.connection());
            QString error;
            const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-30);
            // 0: applied, then interviewed, then declined; an overdue reply.
            QVERIFY(saved.save(ids[0], ApplicationStatus::Applied, {}, &error, start));
            QVERIFY(saved.save(ids[0], ApplicationStatus::Interviewing, {},
                               NextAction{u"返事をする"_s, today.addDays(-2)}, &error,
                               start.addDays(5)));
            QVERIFY(saved.save(ids[0], ApplicationStatus::Declined, {}, &error, start.addDays(9)));
            // 1: applied, an interview tomorrow.
            QVERIFY(saved.save(ids[1], ApplicationStatus::Applied, {},
                               NextAction{u"一次面談"_s, today.addDays(1)}, &error, start));
            // 2: only saved, an action without a date (never due).
            QVERIFY(saved.save(ids[2], ApplicationStatus::Interested, {},
                               NextAction{u"エージェントに電話"_s, QDate()}, &error, start));
            // 3: offered, with a desired and an offered rate.
            QVERIFY(saved.save(ids[3], ApplicationStatus::Offered, {}, &error, start));
            QVERIFY(saved.addRate(ids[3], RateKind::Desired, 900'000, &error, start));
            QVERIFY(saved.addRate(ids[3], RateKind::Offered, 850'000, &error, start.addDays(1)));
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
        Database database;
        QVERIFY(database.open(path));
        QString error;
        auto market = MarketDataLoader::load(database.connection(), &error);
        QVERIFY2(market, qPrintable(error));
        MainWindow window(database.connection(), *market);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // At start: the banner says one is overdue and one coming due.
        DueActionsBanner *banner = window.dueActionsBanner();
        QVERIFY(banner->isVisible());
        QCOMPARE(banner->text(),
                 u"Next actions of saved listings — overdue: 1, due in the next few days: 1"_s);
        QTest::mouseClick(child<QPushButton>(banner, u"dueActionsShow"_s), Qt::LeftButton);
        auto *pages = child<QStackedWidget>(&window, u"pageStack"_s);
        QTRY_COMPARE(pages->currentIndex(), int(MainWindow::PipelinePageIndex));

        PipelinePage *page = window.pipelinePage();
        PipelineModel *model = page->model();
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), 6); // a group per status, empty ones too
        QCOMPARE(model->listingCount(), 4);
        const int applied = rowOfStatus(model, ApplicationStatus::Applied);
        QCOMPARE(model->index(applied, 0).data().toString(), u"Applied (1)"_s);
        QCOMPARE(model->rowCount(model->index(applied, 0)), 1);
        const QModelIndex interview = model->index(0, 0, model->index(applied, 0));
        QCOMPARE(interview.data(PipelineModel::ListingIdRole).toLongLong(), ids[1]);
        QCOMPARE(interview.siblingAtColumn(PipelineModel::NextActionColumn).data().toString(),
                 u"一次面談"_s);
        const int declined = rowOfStatus(model, ApplicationStatus::Declined);
        const QModelIndex overdue =
            model->index(0, PipelineModel::DueColumn, model->index(declined, 0));
        QCOMPARE(overdue.data().toString(),
                 QLocale().toString(today.addDays(-2), QLocale::ShortFormat));
        QVERIFY2(overdue.data(Qt::ToolTipRole).toString().contains(u"2 days overdue"_s),
                 qPrintable(overdue.data(Qt::ToolTipRole).toString()));
        QCOMPARE(overdue.data(Qt::ForegroundRole).value<QBrush>().color(), QColor(u"#c62828"_s));
        const int offered = rowOfStatus(model, ApplicationStatus::Offered);
        const QModelIndex rate =
            model->index(0, PipelineModel::RateColumn, model->index(offered, 0));
        QCOMPARE(rate.data().toString(), u"Offered ¥850,000"_s); // the offer, not the wish
        QCOMPARE(
            model->index(rowOfStatus(model, ApplicationStatus::Contracted), 0).data().toString(),
            u"Contracted (0)"_s);

        // The funnel: 4 saved, 3 applied (75 %), 2 interviews (67 %), 1 offer (50 %), none
        // contracted. The declined listing counts up to its interview.
        auto *summary = child<QLabel>(page, u"funnelSummary"_s);
        QCOMPARE(summary->text(), u"Saved 4 → Applied 3 (75%) → Interview 2 (67%) → Offer 1 "
                                  "(50%) → Contracted 0 (0%)"_s);
        // The chart says the same, first stage on top.
        auto *funnel = child<FunnelChartView>(page, u"funnelChart"_s);
        QCOMPARE(FunnelChartView::stageLabel({ApplicationStatus::Interviewing, 2, 2.0 / 3.0}),
                 u"Interview<br>67%"_s);
        QCOMPARE(funnel->chart()->series().size(), 1);
        auto *bars = qobject_cast<QHorizontalBarSeries *>(funnel->chart()->series().first());
        QVERIFY(bars);
        QCOMPARE(bars->count(), 1);
        QBarSet *reached = bars->barSets().first();
        QCOMPARE(reached->count(), 5);
        for (int stage = 0; stage < 5; ++stage) // drawn bottom-up: Contracted first
            QCOMPARE(reached->at(stage), double(stage));
        auto *due = child<QLabel>(page, u"dueActionsList"_s);
        QVERIFY(due->isVisible());
        const QStringList lines = due->text().split(u'\n');
        QCOMPARE(lines.size(), 3); // the heading, the overdue reply, tomorrow's interview
        QVERIFY2(lines.at(1).startsWith(u"返事をする"_s) && lines.at(1).contains(u"overdue"_s),
                 qPrintable(lines.at(1)));
        QVERIFY2(lines.at(2).startsWith(u"一次面談"_s), qPrintable(lines.at(2)));

        // A change elsewhere shows at once: the interview becomes an offer.
        QVERIFY(window.session()->saveListing(ids[1], ApplicationStatus::Offered, {}, NextAction{},
                                              &error));
        QTRY_COMPARE(
            model->index(rowOfStatus(model, ApplicationStatus::Offered), 0).data().toString(),
            u"Offer (2)"_s);
        // Its action was cleared, so only the overdue one is left on the banner.
        QTRY_COMPARE(banner->text(), u"Next actions of saved listings — overdue: 1"_s);

        // Enter on a listing opens it on the Listings page.
        auto *tree = child<QTreeView>(page, u"pipelineTree"_s);
        const QModelIndex target = model->indexOfListing(ids[3]);
        QVERIFY(target.isValid());
        tree->setFocus();
        tree->setCurrentIndex(target);
        QTest::keyClick(tree, Qt::Key_Return);
        QTRY_COMPARE(pages->currentIndex(), int(MainWindow::ListingsPageIndex));
        auto *table = child<QTableView>(window.listingsPage(), u"listingTable"_s);
        QVERIFY(searchSettled(window.listingsPage()));
        QTRY_COMPARE(table->currentIndex().data(ListingTableModel::ListingIdRole).toLongLong(),
                     ids[3]);
    }

    void withNothingSavedThePageSaysHowToStart()
    {
        Database database;
        QVERIFY(database.open(m_dir.filePath(u"empty.sqlite"_s)));
        QString error;
        auto market = MarketDataLoader::load(database.connection(), &error);
        QVERIFY2(market, qPrintable(error));
        MainWindow window(database.connection(), *market);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!window.dueActionsBanner()->isVisible());
        window.showPage(MainWindow::PipelinePageIndex);
        PipelinePage *page = window.pipelinePage();
        auto *empty = child<QWidget>(page, u"pipelineEmptyState"_s);
        QTRY_VERIFY(empty->isVisible());
        QVERIFY(child<QLabel>(page, u"pipelineEmptyText"_s)->text().contains(u"Listings page"_s));
        QTest::mouseClick(child<QPushButton>(page, u"pipelineGoToListings"_s), Qt::LeftButton);
        auto *pages = child<QStackedWidget>(&window, u"pageStack"_s);
        QTRY_COMPARE(pages->currentIndex(), int(MainWindow::ListingsPageIndex));

        // The first saved listing turns the page into the pipeline.
        const qint64 id = window.session()->listings().first().id;
        QVERIFY(window.session()->saveListing(id, ApplicationStatus::Interested, {}, {}, &error));
        QTRY_VERIFY(!empty->isVisibleTo(page));
        QCOMPARE(page->model()->listingCount(), 1);
    }

    void theBannerCanBeDismissedUntilSomethingNewIsDue()
    {
        DueActionsBanner banner;
        banner.show();
        const DueAction overdue{1, {u"返事"_s, QDate(2026, 11, 28)}, -3};
        banner.setDue({overdue});
        QVERIFY(banner.isVisible());
        QTest::mouseClick(child<QPushButton>(&banner, u"dueActionsDismiss"_s), Qt::LeftButton);
        QVERIFY(!banner.isVisible());
        banner.setDue({overdue}); // the same: stays dismissed
        QVERIFY(!banner.isVisible());
        banner.setDue({overdue, {2, {u"面談"_s, QDate(2026, 12, 2)}, 1}});
        QVERIFY(banner.isVisible());
        banner.setDue({});
        QVERIFY(!banner.isVisible());
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestPipelinePage)
#include "tst_pipelinepage.moc"
