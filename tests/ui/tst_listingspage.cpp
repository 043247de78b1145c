// The listings workflow in a real window: import a file through the preview dialog, search,
// filter, save with a status and notes, compare side by side, paste a listing.
#include "core/ProfileJson.h"
#include "listings/ListingComparisonDialog.h"
#include "listings/ListingFilterBar.h"
#include "listings/ListingImportDialog.h"
#include "listings/ListingSearchThread.h"
#include "listings/ListingTableModel.h"
#include "listings/ListingsPage.h"
#include "listings/PasteListingDialog.h"
#include "profile/ProfilePage.h"
#include "services/AnalysisService.h"
#include "services/Session.h"
#include "shell/MainWindow.h"
#include "storage/Database.h"
#include "storage/ListingRepository.h"
#include "storage/MarketDataLoader.h"
#include "storage/SavedListingRepository.h"
#include "support/WidgetLookup.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <memory>

using namespace Qt::StringLiterals;

namespace {
QString fixture(const QString &name)
{
    return QStringLiteral(CAREERPLANNER_TEST_DATA) + u"/listings/"_s + name;
}

// Searches run on their own thread: wait until the table shows the newest answer.
bool searchSettled(ListingsPage *page)
{
    return QTest::qWaitFor([page]() { return !page->isSearching(); }, 5000);
}

QStringList titlesShown(QTableView *table)
{
    QStringList titles;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        titles.append(table->model()->index(row, ListingTableModel::TitleColumn).data().toString());
    return titles;
}
// A window on the database at path, shown; null with error set when it cannot be opened.
// database must outlive the window.
std::unique_ptr<MainWindow> showWindowOn(Database &database, const QString &path, QString *error)
{
    if (!database.open(path)) {
        *error = database.lastError();
        return nullptr;
    }
    auto market = MarketDataLoader::load(database.connection(), error);
    if (!market)
        return nullptr;
    auto window = std::make_unique<MainWindow>(database.connection(), *market);
    window->show();
    return window;
}
} // namespace

class TestListingsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"listings.sqlite"_s);
    }

    void importsSearchesSavesAndCompares()
    {
        Database database;
        QVERIFY2(database.open(m_path), qPrintable(database.lastError()));
        QString error;
        auto market = MarketDataLoader::load(database.connection(), &error);
        QVERIFY2(market, qPrintable(error));
        MainWindow window(database.connection(), *market);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(MainWindow::ListingsPageIndex);
        ListingsPage *page = window.listingsPage();
        auto *table = child<QTableView>(page, u"listingTable"_s);
        QAbstractItemModelTester tester(table->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(searchSettled(page));
        QCOMPARE(table->model()->rowCount(), 5); // the seeded samples

        // Import: the preview lists every row before anything is written.
        QPointer<ListingImportDialog> dialog = page->importFile(fixture(u"gui-import.csv"_s));
        QTRY_VERIFY(!dialog->isBusy() && !dialog->preview().accepted.isEmpty());
        QCOMPARE(dialog->preview().accepted.size(), 4);
        auto *rejected = child<QTableView>(dialog, u"importRejected"_s);
        QCOMPARE(rejected->model()->rowCount(), 1);
        QCOMPARE(rejected->model()->index(0, 0).data().toInt(), 7); // physical line of the row
        QCOMPARE(rejected->model()->index(0, 1).data().toString(), u"単価"_s);
        QCOMPARE(ListingRepository(database.connection()).count(), 5); // nothing written yet
        auto *importButton = child<QPushButton>(dialog, u"importButton"_s);
        QVERIFY(importButton->isEnabled());
        QTest::mouseClick(importButton, Qt::LeftButton);
        QTRY_VERIFY(dialog.isNull()); // closes itself when the import is committed
        QVERIFY(searchSettled(page));
        QCOMPARE(ListingRepository(database.connection()).count(), 9);
        QCOMPARE(table->model()->rowCount(), 9);

        // Importing the same file again finds every listing already stored.
        dialog = page->importFile(fixture(u"gui-import.csv"_s));
        QTRY_VERIFY(!dialog->isBusy() && !dialog->preview().accepted.isEmpty());
        QVERIFY2(child<QLabel>(dialog, u"importSummary"_s)->text().contains(u"already stored: 4"_s),
                 qPrintable(child<QLabel>(dialog, u"importSummary"_s)->text()));
        QTest::mouseClick(child<QPushButton>(dialog, u"importButton"_s), Qt::LeftButton);
        QTRY_VERIFY(dialog.isNull());
        QCOMPARE(ListingRepository(database.connection()).count(), 9);

        // Search: a Japanese word inside longer text, then a two-letter word. The search
        // thread has rebuilt its index of short words for the imported listings, so "Go"
        // below is answered from it.
        auto *searchThread = page->findChild<ListingSearchThread *>();
        QVERIFY(searchThread);
        QTRY_VERIFY(searchThread->isIndexed());
        // The thread lets go of its kept answers soon after the last search (3 s in use).
        searchThread->setReleaseAfter(100);
        QSignalSpy released(searchThread, &ListingSearchThread::buffersReleased);
        auto *search = child<QLineEdit>(page, u"listingSearch"_s);
        typeAsIme(search, u"決済基盤"_s);
        QVERIFY(searchSettled(page));
        QCOMPARE(titlesShown(table), QStringList{u"決済基盤のAPI開発"_s});
        // The details follow the listing the answer put first, once the table is painted.
        auto *details = child<QTextBrowser>(page, u"listingDetails"_s);
        QTRY_VERIFY2(details->toPlainText().contains(u"決済基盤のAPI開発"_s),
                     qPrintable(details->toPlainText()));
        search->clear();
        QVERIFY(searchSettled(page));
        // A listing the user selects shows its details at once (the last row: not the one
        // the details showed).
        const int lastRow = table->model()->rowCount() - 1;
        const QString lastTitle = titlesShown(table).at(lastRow);
        QTRY_VERIFY(!details->toPlainText().contains(lastTitle));
        table->selectRow(lastRow);
        QVERIFY2(details->toPlainText().contains(lastTitle), qPrintable(details->toPlainText()));
        QTest::keyClicks(search, u"Go"_s);
        QVERIFY(searchSettled(page));
        QVERIFY2(titlesShown(table).contains(u"Goによる配送管理システム開発"_s),
                 qPrintable(titlesShown(table).join(u", "_s)));
        QVERIFY(!titlesShown(table).contains(u"データ分析基盤の構築"_s));
        // Typing stopped: the memory kept for answers goes, and the next search, in a fresh
        // block, shows the same rows.
        const QStringList goTitles = titlesShown(table);
        QTRY_VERIFY(released.count() > 0);
        search->clear();
        QVERIFY(searchSettled(page));
        QTest::keyClicks(search, u"Go"_s);
        QVERIFY(searchSettled(page));
        QCOMPARE(titlesShown(table), goTitles);
        // Characters that mean something to SQL or FTS are searched as text.
        for (const QString &hostile : {u"\"abc"_s, u"c++"_s, u"AND"_s, u"*"_s, u"'; DROP"_s}) {
            search->clear();
            QVERIFY(searchSettled(page));
            QTest::keyClicks(search, hostile);
            QVERIFY(searchSettled(page));
            QVERIFY2(!child<QLabel>(page, u"listingCount"_s)->text().contains(u"failed"_s),
                     qPrintable(child<QLabel>(page, u"listingCount"_s)->text()));
        }
        search->clear();
        QVERIFY(searchSettled(page));
        QCOMPARE(table->model()->rowCount(), 9);

        // Filter by contract on the database.
        auto *contract = child<QComboBox>(page, u"listingContract"_s);
        contract->setCurrentIndex(contract->findData(u"正社員"_s));
        QVERIFY(searchSettled(page));
        QCOMPARE(titlesShown(table), QStringList{u"社内SE(インフラ)"_s});
        contract->setCurrentIndex(0);
        QVERIFY(searchSettled(page));

        // Save a listing with a status and a note.
        search->clear();
        QVERIFY(searchSettled(page));
        typeAsIme(search, u"配送管理"_s);
        QVERIFY(searchSettled(page));
        QCOMPARE(table->model()->rowCount(), 1);
        table->selectRow(0);
        // The details and the saved panel follow the answer's first listing.
        QTRY_VERIFY(details->toPlainText().contains(u"Goによる配送管理システム開発"_s));
        const qint64 goId =
            table->model()->index(0, 0).data(ListingTableModel::ListingIdRole).toLongLong();
        auto *status = child<QComboBox>(page, u"savedStatus"_s);
        status->setCurrentIndex(status->findData(u"interviewing"_s));
        typeAsIme(child<QPlainTextEdit>(page, u"savedNote"_s), u"面談は12月3日"_s);
        QTest::mouseClick(child<QPushButton>(page, u"saveListing"_s), Qt::LeftButton);
        const auto saved = SavedListingRepository(database.connection()).find(goId);
        QVERIFY(saved);
        QCOMPARE(saved->status, ApplicationStatus::Interviewing);
        QCOMPARE(saved->note, u"面談は12月3日"_s);
        search->clear();
        QVERIFY(searchSettled(page));
        auto *savedFilter = child<QComboBox>(page, u"listingSaved"_s);
        savedFilter->setCurrentIndex(savedFilter->findData(u"interviewing"_s));
        QVERIFY(searchSettled(page));
        QCOMPARE(titlesShown(table), QStringList{u"Goによる配送管理システム開発"_s});
        // Saved elsewhere, through the session: the page follows its signal and the saved-only
        // view shows that listing too.
        qint64 otherId = 0;
        for (const Listing &listing : window.session()->listings()) {
            if (listing.id != goId) {
                otherId = listing.id;
                break;
            }
        }
        QString saveError;
        QVERIFY(window.session()->saveListing(otherId, ApplicationStatus::Interviewing, QString(),
                                              {}, &saveError));
        QTRY_COMPARE(table->model()->rowCount(), 2);
        QVERIFY(searchSettled(page));
        savedFilter->setCurrentIndex(0);
        QVERIFY(searchSettled(page));

        // Compare two listings side by side and export the comparison.
        typeAsIme(search, u"開発"_s);
        QVERIFY(searchSettled(page));
        QVERIFY(table->model()->rowCount() >= 5);
        auto *compare = child<QPushButton>(page, u"compareListings"_s);
        // Two to four listings compare; one or five do not.
        table->clearSelection();
        for (int row = 0; row < 5; ++row) {
            table->selectionModel()->select(table->model()->index(row, 0),
                                            QItemSelectionModel::Select |
                                                QItemSelectionModel::Rows);
            QTRY_COMPARE(compare->isEnabled(), row >= 1 && row <= 3);
        }
        table->clearSelection();
        table->selectionModel()->select(table->model()->index(0, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
        table->selectionModel()->select(table->model()->index(1, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QVERIFY(compare->isEnabled());
        QTest::mouseClick(compare, Qt::LeftButton);
        auto *comparison = page->findChild<ListingComparisonDialog *>();
        QVERIFY(comparison);
        auto *grid = child<QTableWidget>(comparison, u"comparisonTable"_s);
        QCOMPARE(grid->columnCount(), 2);
        QVERIFY(titlesShown(table).at(0).startsWith(grid->item(0, 0)->text()));
        QStringList labels;
        for (int row = 0; row < grid->rowCount(); ++row)
            labels.append(grid->verticalHeaderItem(row)->text());
        QVERIFY2(labels.contains(u"Monthly rate"_s), qPrintable(labels.join(u", "_s)));
        QVERIFY(labels.contains(u"Annual equivalent"_s));
        QVERIFY(labels.contains(u"Contract"_s));
        // What each would take home for the user, after the rate's equivalents.
        const int takeHomeRow = int(labels.indexOf(u"Take-home pay for you, a year"_s));
        QVERIFY2(takeHomeRow > 0 && labels.at(takeHomeRow - 1).startsWith(u"Hourly equivalent"_s),
                 qPrintable(labels.join(u", "_s)));
        QCOMPARE(labels.at(takeHomeRow + 1), u"Take-home pay for you, a month"_s);
        QVERIFY2(grid->item(takeHomeRow, 0)->text().startsWith(u'¥'),
                 qPrintable(grid->item(takeHomeRow, 0)->text()));

        // The details of the first listing say what it would take home.
        QVERIFY2(details->toPlainText().contains(u"Take-home for you"_s),
                 qPrintable(details->toPlainText()));
        const QString csvPath = m_dir.filePath(u"comparison.csv"_s);
        QString exportError;
        QVERIFY2(comparison->exportCsv(csvPath, &exportError), qPrintable(exportError));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray bytes = csv.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(bytes.contains("Monthly rate"));
        comparison->close();

        // Paste a listing copied from a web page.
        QPointer<PasteListingDialog> paste = page->pasteListing();
        paste->textEdit()->setPlainText(
            u"項目\t内容\n概要\t保険会社向け基幹システム刷新\n報酬\t80万円/月\n契約形態\t業務委託\n"
            "作業内容\t基幹システムの設計\n求めるスキル\tJava(5年以上)\n"_s);
        QVERIFY(child<QPushButton>(paste, u"addPastedListing"_s)->isEnabled());
        QTest::mouseClick(child<QPushButton>(paste, u"addPastedListing"_s), Qt::LeftButton);
        QTRY_VERIFY(paste.isNull());
        QVERIFY(searchSettled(page));
        QCOMPARE(ListingRepository(database.connection()).count(), 10);
        search->clear();
        QVERIFY(searchSettled(page));
        typeAsIme(search, u"保険会社"_s);
        QVERIFY(searchSettled(page));
        QCOMPARE(titlesShown(table), QStringList{u"保険会社向け基幹システム刷新"_s});
    }

    void detailsFollowANewFitAfterTheTable()
    {
        Database database;
        QString error;
        const std::unique_ptr<MainWindow> window = showWindowOn(database, m_path, &error);
        QVERIFY2(window, qPrintable(error));
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        window->showPage(MainWindow::ListingsPageIndex);
        ListingsPage *page = window->listingsPage();
        QVERIFY(searchSettled(page));
        auto *details = child<QTextBrowser>(page, u"listingDetails"_s);
        QTRY_VERIFY(details->toPlainText().contains(u"Requirements: fit"_s));
        const QString before = details->toPlainText();

        // A profile that meets far more of the listings' requirements, entered as the Profile
        // page enters it (its edits reach the analysis once typing pauses): new fits.
        auto *profilePage = window->findChild<ProfilePage *>();
        QVERIFY(profilePage);
        auto *paused = profilePage->findChild<QTimer *>(u"profileEditedTimer"_s);
        QVERIFY(paused);
        QTRY_VERIFY(!paused->isActive()); // the profile loaded at start has been analysed
        AnalysisService *analysis = window->session()->analysis();
        Profile profile = analysis->profile();
        profile.experienceYears = 20;
        profile.skills.clear();
        for (const QString &skill :
             {u"Go"_s, u"Java"_s, u"AWS"_s, u"PostgreSQL"_s, u"MySQL"_s, u"Kubernetes"_s,
              u"Docker"_s, u"Python"_s, u"TypeScript"_s, u"React"_s, u"Linux"_s})
            profile.skills.append({skill, 12});
        // What the page shows in the turn the new fits arrive (after the page took them).
        int fitsArrived = 0;
        QString detailsWhenFitsArrived;
        bool searchingWhenFitsArrived = false;
        const QMetaObject::Connection watch =
            connect(analysis, &AnalysisService::resultChanged, page, [&] {
                ++fitsArrived;
                detailsWhenFitsArrived = details->toPlainText();
                searchingWhenFitsArrived = page->isSearching();
            });
        profilePage->setProfile(profile);
        QTRY_VERIFY(fitsArrived > 0);
        QCOMPARE(analysis->profile(), profile);
        // The table took the new fits in that turn; the details are laid out in the next, so
        // that the window is repainted first.
        QCOMPARE(detailsWhenFitsArrived, before);
        QVERIFY(searchingWhenFitsArrived);
        QVERIFY(searchSettled(page));
        disconnect(watch);
        QVERIFY2(details->toPlainText() != before, qPrintable(details->toPlainText()));
        QVERIFY2(details->toPlainText().contains(u"✔"_s), qPrintable(details->toPlainText()));
    }

    void invalidFileShowsWhereAndImportsNothing()
    {
        Database database;
        QVERIFY(database.open(m_path));
        const int before = ListingRepository(database.connection()).count();
        QString error;
        auto market = MarketDataLoader::load(database.connection(), &error);
        QVERIFY(market);
        MainWindow window(database.connection(), *market);
        window.show();
        QPointer<ListingImportDialog> dialog =
            window.listingsPage()->importFile(fixture(u"unterminated.csv"_s));
        QTRY_VERIFY(!dialog->isBusy() && !dialog->preview().fileError.isEmpty());
        const QString summary = child<QLabel>(dialog, u"importSummary"_s)->text();
        QVERIFY2(summary.contains(u"line 3"_s), qPrintable(summary));
        QVERIFY(!child<QPushButton>(dialog, u"importButton"_s)->isEnabled());
        dialog->close();
        QCOMPARE(ListingRepository(database.connection()).count(), before);
    }

    void unknownHeadersAreMappedInTheDialog()
    {
        Database database;
        QVERIFY(database.open(m_path));
        const int before = ListingRepository(database.connection()).count();
        QString error;
        auto market = MarketDataLoader::load(database.connection(), &error);
        QVERIFY(market);
        MainWindow window(database.connection(), *market);
        window.show();
        QPointer<ListingImportDialog> dialog = window.listingsPage()->importFile(
            QStringLiteral(CAREERPLANNER_TEST_DATA) + u"/import/unknown-headers.csv"_s);
        QTRY_VERIFY(!dialog->isBusy() && !dialog->preview().fileError.isEmpty());
        // No column was recognised as the title: the user says which one it is.
        auto *titleColumn = child<QComboBox>(dialog, u"mapping0"_s);
        QVERIFY(titleColumn->isVisible());
        titleColumn->setCurrentIndex(titleColumn->findData(int(ListingField::Title)));
        auto *rateColumn = child<QComboBox>(dialog, u"mapping1"_s);
        rateColumn->setCurrentIndex(rateColumn->findData(int(ListingField::Rate)));
        QTRY_VERIFY(!dialog->isBusy() && dialog->preview().accepted.size() == 1);
        QCOMPARE(dialog->preview().accepted.first().listing.monthlyRateMinYen,
                 std::optional<qint64>(650'000));
        QTest::mouseClick(child<QPushButton>(dialog, u"importButton"_s), Qt::LeftButton);
        QTRY_VERIFY(dialog.isNull());
        QCOMPARE(ListingRepository(database.connection()).count(), before + 1);
    }

    // A file larger than the preview shows: the tables show its first rows, the counts are
    // the whole file's, Cancel during the import writes nothing, and Import writes every row.
    void largeFileIsPreviewedInPartAndImportedWhole()
    {
        Database database;
        QVERIFY(database.open(m_path));
        const int before = ListingRepository(database.connection()).count();
        QString error;
        auto market = MarketDataLoader::load(database.connection(), &error);
        QVERIFY(market);
        MainWindow window(database.connection(), *market);
        window.show();
        QTemporaryDir dir;
        const QString path = dir.filePath(u"large.csv"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("案件名,単価,スキル\n");
        for (int i = 1; i <= 3'000; ++i)
            file.write("大量インポート案件 " + QByteArray::number(i) + "," +
                       QByteArray::number(50 + i % 40) + "万円,Java\n");
        file.close();

        QPointer<ListingImportDialog> dialog = window.listingsPage()->importFile(path);
        QTRY_VERIFY(!dialog->isBusy() && dialog->preview().acceptedCount > 0);
        QCOMPARE(dialog->preview().acceptedCount, 3'000);
        QCOMPARE(child<QTableView>(dialog, u"importAccepted"_s)->model()->rowCount(), 1'000);
        auto *tabs = dialog->findChild<QTabWidget *>();
        QCOMPARE(tabs->tabText(0), u"To import (3,000)"_s);
        auto *note = child<QLabel>(dialog, u"importShownNote"_s);
        QVERIFY(note->isVisible());
        QVERIFY2(note->text().contains(u"first 1,000 rows"_s), qPrintable(note->text()));

        auto *importButton = child<QPushButton>(dialog, u"importButton"_s);
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        QTest::mouseClick(importButton, Qt::LeftButton);
        QTest::mouseClick(buttons->button(QDialogButtonBox::Cancel), Qt::LeftButton);
        QTRY_VERIFY(!dialog->isBusy());
        QCOMPARE(child<QLabel>(dialog, u"importSummary"_s)->text(),
                 u"The import was cancelled. Nothing was written."_s);
        QCOMPARE(ListingRepository(database.connection()).count(), before);

        QTest::mouseClick(importButton, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull(), 30'000);
        QCOMPARE(ListingRepository(database.connection()).count(), before + 3'000);
    }

    void droppingAFileOpensTheImportPreview()
    {
        Database database;
        QVERIFY(database.open(m_path));
        QString error;
        auto market = MarketDataLoader::load(database.connection(), &error);
        QVERIFY(market);
        MainWindow window(database.connection(), *market);
        window.show();
        window.showPage(MainWindow::ProfilePageIndex);
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(fixture(u"gui-import.csv"_s))});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton,
                              Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &drop);
        auto *dialog = window.findChild<ListingImportDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(!dialog->isBusy() && dialog->preview().accepted.size() == 4);
        QCOMPARE(window.findChild<QListWidget *>(u"pageNavigation"_s)->currentRow(),
                 int(MainWindow::ListingsPageIndex));
        dialog->close(); // closes without writing
    }

private:
    QTemporaryDir m_dir;
    QString m_path;

    void columnsAreChosenAndRememberedAcrossRuns()
    {
        const QString path = m_dir.filePath(u"columns.sqlite"_s);
        QSettings().remove(u"listings/columns"_s);
        Database database;
        QVERIFY2(database.open(path), qPrintable(database.lastError()));
        QString error;
        auto market = MarketDataLoader::load(database.connection(), &error);
        QVERIFY2(market, qPrintable(error));
        int positionsWidth = 0;
        {
            MainWindow window(database.connection(), *market);
            window.resize(1140, 760);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.showPage(MainWindow::ListingsPageIndex);
            ListingsPage *page = window.listingsPage();
            QVERIFY(searchSettled(page));
            auto *table = child<QTableView>(page, u"listingTable"_s);
            QHeaderView *header = table->horizontalHeader();
            // The title takes what is left, and more than any other column.
            QTRY_VERIFY(header->sectionSize(ListingTableModel::TitleColumn) >
                        header->sectionSize(ListingTableModel::PositionsColumn));
            QVERIFY(header->sectionSize(ListingTableModel::TitleColumn) >
                    header->sectionSize(ListingTableModel::RateColumn));
            // Narrower, the other columns give way: the title keeps a third of the width.
            window.resize(1024, 700);
            QTRY_VERIFY2(header->sectionSize(ListingTableModel::TitleColumn) >=
                             table->viewport()->width() / 3 - 1,
                         qPrintable(u"title %1 of %2"_s
                                        .arg(header->sectionSize(ListingTableModel::TitleColumn))
                                        .arg(table->viewport()->width())));
            QVERIFY(header->sectionSize(ListingTableModel::SkillsColumn) <
                    header->sectionSize(ListingTableModel::TitleColumn));
            // Widths the program chose are not a layout to remember.
            QVERIFY(!QSettings().contains(u"listings/columns"_s));
            QCOMPARE(table->model()
                         ->index(0, ListingTableModel::TitleColumn)
                         .data(Qt::ToolTipRole)
                         .toString(),
                     table->model()->index(0, ListingTableModel::TitleColumn).data().toString());

            // The header's context menu is the column chooser.
            QContextMenuEvent event(QContextMenuEvent::Mouse, QPoint(20, 5),
                                    header->viewport()->mapToGlobal(QPoint(20, 5)));
            QApplication::sendEvent(header->viewport(), &event);
            auto *menu = child<QMenu>(header, u"columnChooser"_s);
            QTRY_VERIFY(menu->isVisible());
            auto *hideSkills =
                child<QAction>(menu, u"showColumn%1"_s.arg(ListingTableModel::SkillsColumn));
            QCOMPARE(hideSkills->text(), u"Required skills"_s);
            QVERIFY(hideSkills->isChecked());
            // The title cannot be hidden: without it a row says nothing.
            QVERIFY(!child<QAction>(menu, u"showColumn%1"_s.arg(ListingTableModel::TitleColumn))
                         ->isEnabled());
            hideSkills->trigger();
            menu->hide();
            QVERIFY(header->isSectionHidden(ListingTableModel::SkillsColumn));
            // Duration dragged to the front, Positions made wider.
            header->moveSection(header->visualIndex(ListingTableModel::DurationColumn), 0);
            positionsWidth = header->sectionSize(ListingTableModel::PositionsColumn) + 40;
            header->resizeSection(ListingTableModel::PositionsColumn, positionsWidth);
        } // the window closes: what waited to be saved is saved

        {
            MainWindow window(database.connection(), *market);
            window.resize(1140, 760);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.showPage(MainWindow::ListingsPageIndex);
            ListingsPage *page = window.listingsPage();
            QVERIFY(searchSettled(page));
            QHeaderView *header = child<QTableView>(page, u"listingTable"_s)->horizontalHeader();
            QVERIFY(header->isSectionHidden(ListingTableModel::SkillsColumn));
            QCOMPARE(header->visualIndex(ListingTableModel::DurationColumn), 0);
            QCOMPARE(header->sectionSize(ListingTableModel::PositionsColumn), positionsWidth);
            // The title still takes what is left at this window's width, not the width it had.
            QCOMPARE(header->sectionResizeMode(ListingTableModel::TitleColumn),
                     QHeaderView::Stretch);

            // Reset: every column back, in the model's order, fitted again.
            QContextMenuEvent event(QContextMenuEvent::Mouse, QPoint(20, 5),
                                    header->viewport()->mapToGlobal(QPoint(20, 5)));
            QApplication::sendEvent(header->viewport(), &event);
            auto *menu = child<QMenu>(header, u"columnChooser"_s);
            QTRY_VERIFY(menu->isVisible());
            child<QAction>(menu, u"resetColumns"_s)->trigger();
            menu->hide();
            QVERIFY(!header->isSectionHidden(ListingTableModel::SkillsColumn));
            for (int column = 0; column < ListingTableModel::ColumnCount; ++column)
                QCOMPARE(header->visualIndex(column), column);
            QVERIFY(header->sectionSize(ListingTableModel::PositionsColumn) <= 150);
            QCOMPARE(header->sectionResizeMode(ListingTableModel::TitleColumn),
                     QHeaderView::Stretch);
        }
    }
};

QTEST_MAIN(TestListingsPage)
#include "tst_listingspage.moc"
