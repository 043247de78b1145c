#include "charts/ChartExporter.h"
#include "charts/ChartsPage.h"
#include "charts/EmploymentChartView.h"
#include "charts/IncomeByAgeChartView.h"
#include "charts/ListingRatesChartView.h"
#include "charts/SkillRadarChartView.h"
#include "core/CareerAnalysis.h"
#include "core/ProfileJson.h"
#include "core/market/CensusAgeCurve.h"
#include "listings/ListingTableModel.h"
#include "listings/ListingsPage.h"
#include "profile/ProfilePage.h"
#include "profile/RateConverterWidget.h"
#include "profile/ResultsPanel.h"
#include "profile/SkillListEditor.h"
#include "services/AnalysisService.h"
#include "services/Session.h"
#include "shell/MainWindow.h"
#include "storage/Database.h"
#include "storage/ListingFilter.h"
#include "storage/MarketDataLoader.h"
#include "storage/ProfileStore.h"
#include "support/WidgetLookup.h"
#include "widgets/MoneySpinBox.h"

#include <QAction>
#include <QApplication>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPolarChart>
#include <QProgressBar>
#include <QPushButton>
#include <QScatterSeries>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace {
// Replaces a spin box's text the way a user does: select all, type the new number.
void typeInto(QSpinBox *spin, int value)
{
    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, QString::number(value));
    QTest::keyClick(spin, Qt::Key_Tab);
}

// Money is typed in the UI language's unit: millions of yen in English.
void typeMoney(MoneySpinBox *spin, const QString &text)
{
    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, text);
    QTest::keyClick(spin, Qt::Key_Tab);
}

// Types text as a user would: ASCII key by key; Japanese, which has no key codes, as key
// events carrying each character (what a keyboard layout delivers after conversion).
void typeText(QWidget *widget, const QString &text)
{
    bool ascii = std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 128; });
    if (ascii) {
        QTest::keyClicks(widget, text);
        return;
    }
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

MarketData marketOf(const Database &database)
{
    QString error;
    auto market = MarketDataLoader::load(database.connection(), &error);
    if (!market)
        qFatal("%s", qPrintable(error));
    return *market;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // Test mode keeps QSettings and app data away from the user's real files.
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"gui.sqlite"_s);
    }

    // The first window fits the screen it opens on, whatever its size (the offscreen screen
    // here is 800×600, smaller than the window's usual first size).
    void aFirstWindowFitsTheScreen()
    {
        QSettings().remove(u"window"_s);
        Database database;
        QVERIFY2(database.open(m_dir.filePath(u"fits.sqlite"_s)), qPrintable(database.lastError()));
        MainWindow window(database.connection(), marketOf(database));
        const QSize available = window.screen()->availableGeometry().size();
        QVERIFY(available.width() < 1180 || available.height() < 760);
        QVERIFY2(window.width() <= available.width() && window.height() <= available.height(),
                 qPrintable(u"%1×%2 on %3×%4"_s.arg(window.width())
                                .arg(window.height())
                                .arg(available.width())
                                .arg(available.height())));
    }

    void typedProfileSurvivesARestart()
    {
        {
            Database database;
            QVERIFY2(database.open(m_path), qPrintable(database.lastError()));
            MainWindow window(database.connection(), marketOf(database));
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QApplication::setActiveWindow(&window);
            QVERIFY(QTest::qWaitForWindowActive(&window));
            ProfilePage *page = window.profilePage();
            QVERIFY(!page->isModified());

            typeInto(child<QSpinBox>(page, u"ageSpin"_s), 52);
            typeMoney(child<MoneySpinBox>(page, u"incomeSpin"_s), u"7.2"_s);
            typeInto(child<QSpinBox>(page, u"experienceSpin"_s), 28);
            typeMoney(child<MoneySpinBox>(page, u"targetIncomeSpin"_s), u"10"_s);
            typeInto(child<QSpinBox>(page, u"yearsLeadingSpin"_s), 4);
            auto *employment = child<QComboBox>(page, u"employmentCombo"_s);
            employment->setFocus();
            QTest::keyClick(employment, Qt::Key_Down); // full-time → freelance
            // The check box may be scrolled out of view: tick it from the keyboard.
            auto *requirements = child<QCheckBox>(page, u"requirementsCheck"_s);
            requirements->setFocus();
            QTest::keyClick(requirements, Qt::Key_Space);
            auto *certifications = child<QPlainTextEdit>(page, u"certificationsEdit"_s);
            certifications->setFocus();
            QTest::keyClicks(certifications, u"AWS SAA"_s);

            // Add two skills by typing into the table's editor.
            auto *skills = child<SkillListEditor>(page, u"skillEditor"_s);
            auto *table = child<QTableWidget>(skills, u"skillTable"_s);
            for (const QString &name : {u"Java"_s, u"自社フレームワーク"_s}) {
                QTest::mouseClick(child<QPushButton>(skills, u"addSkillButton"_s), Qt::LeftButton);
                // The open editor has the focus; earlier editors may await deletion.
                auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
                QVERIFY(editor);
                QCOMPARE(editor->parentWidget(), table->viewport());
                typeText(editor, name);
                QTest::keyClick(editor, Qt::Key_Return);
                // The delegate commits on Return through a queued call.
                QTRY_COMPARE(table->item(table->rowCount() - 1, 0)->text(), name);
            }
            QCOMPARE(table->rowCount(), 2);
            QCOMPARE(table->item(0, 2)->text(), u"Programming languages"_s);
            QCOMPARE(table->item(1, 2)->text(), u"Outside the catalogue"_s);

            QVERIFY(page->isModified());
            QVERIFY(window.isWindowModified());
            QTest::mouseClick(child<QPushButton>(page, u"saveButton"_s), Qt::LeftButton);
            QVERIFY(!page->isModified());

            // The chart places the saved profile.
            auto *view = window.incomeByAgeView();
            QScatterSeries *user = nullptr;
            for (QAbstractSeries *series : view->chart()->series()) {
                auto *scatter = qobject_cast<QScatterSeries *>(series);
                if (scatter && scatter->name().startsWith(u"You"_s))
                    user = scatter;
            }
            QVERIFY(user);
            QTRY_COMPARE(user->count(), 1);
            QCOMPARE(user->at(0).x(), 52.0); // at the profile's age
            QCOMPARE(user->at(0).y(), 7.2);  // ¥7.2M
            window.resize(1000, 700);
            window.move(40, 30);
            window.showPage(MainWindow::ListingsPageIndex);
            window.close();
        }
        Database database;
        QVERIFY(database.open(m_path));
        MainWindow window(database.connection(), marketOf(database));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.size(), QSize(1000, 700));
        QCOMPARE(child<QListWidget>(&window, u"pageNavigation"_s)->currentRow(),
                 int(MainWindow::ListingsPageIndex));
        ProfilePage *page = window.profilePage();
        QCOMPARE(child<QSpinBox>(page, u"ageSpin"_s)->value(), 52);
        QCOMPARE(child<MoneySpinBox>(page, u"incomeSpin"_s)->yen(), 7'200'000);
        QCOMPARE(child<QSpinBox>(page, u"experienceSpin"_s)->value(), 28);
        QCOMPARE(child<MoneySpinBox>(page, u"targetIncomeSpin"_s)->yen(), 10'000'000);
        QCOMPARE(child<QSpinBox>(page, u"yearsLeadingSpin"_s)->value(), 4);
        QCOMPARE(child<QComboBox>(page, u"employmentCombo"_s)->currentData().toString(),
                 u"freelance"_s);
        QVERIFY(child<QCheckBox>(page, u"requirementsCheck"_s)->isChecked());
        QVERIFY(!child<QCheckBox>(page, u"basicDesignCheck"_s)->isChecked());
        QCOMPARE(child<QPlainTextEdit>(page, u"certificationsEdit"_s)->toPlainText(), u"AWS SAA"_s);
        const Profile profile = page->profile();
        QCOMPARE(profile.annualIncomeYen, 7'200'000);
        QCOMPARE(profile.skills.size(), 2);
        QCOMPARE(profile.skills.at(0).name, u"Java"_s);
        QCOMPARE(profile.skills.at(1).name, u"自社フレームワーク"_s);
        QVERIFY(!page->isModified());
    }

    void listingsPageShowsTheSeededListingsSortedAndFiltered()
    {
        Database database;
        QVERIFY(database.open(m_path));
        MainWindow window(database.connection(), marketOf(database));
        window.show();
        window.showPage(MainWindow::ListingsPageIndex);
        auto *table = child<QTableView>(&window, u"listingTable"_s);
        QCOMPARE(table->model()->rowCount(), 5);
        ListingsPage *page = window.listingsPage();
        auto settled = [page]() {
            return QTest::qWaitFor([page]() { return !page->isSearching(); }, 5000);
        };
        auto *sort = child<QComboBox>(&window, u"listingSort"_s);
        sort->setCurrentIndex(sort->findData(int(ListingSort::RateHighFirst)));
        QVERIFY(settled());
        QCOMPARE(table->model()->index(0, ListingTableModel::RateColumn).data().toString(),
                 u"¥1,200k/month"_s);
        sort->setCurrentIndex(sort->findData(int(ListingSort::RateLowFirst)));
        QVERIFY(settled());
        QCOMPARE(table->model()->index(0, ListingTableModel::RateColumn).data().toString(),
                 u"¥600k/month"_s);

        QTest::keyClicks(child<QLineEdit>(&window, u"listingSearch"_s), u"AWS"_s);
        QVERIFY(settled());
        QCOMPARE(table->model()->rowCount(), 1);
        table->selectRow(0);
        // The answer's first listing: its details follow the table's repaint.
        auto *detailsView = child<QTextBrowser>(&window, u"listingDetails"_s);
        QTRY_VERIFY2(detailsView->toPlainText().contains(u"クラウド基盤運用保守"_s),
                     qPrintable(detailsView->toPlainText()));
        QVERIFY(detailsView->toPlainText().contains(u"AWSの保守開発"_s));
    }

    // As the program starts: the window is shown before its listings are read, says that
    // they are loading, and fills the table, the fits and the charts when they arrive.
    void theWindowShowsFirstAndTheListingsFillIn()
    {
        Database database;
        QVERIFY(database.open(m_path));
        QString error;
        auto market = MarketDataLoader::loadWithoutListings(database.connection(), &error);
        QVERIFY2(market, qPrintable(error));
        MainWindow window(database.connection(), std::move(*market));
        window.show();
        window.showPage(MainWindow::ListingsPageIndex);
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *table = child<QTableView>(&window, u"listingTable"_s);
        QCOMPARE(table->model()->rowCount(), 0);
        QSignalSpy loaded(window.session(), &Session::listingsLoadingChanged);
        window.session()->loadListingsInBackground();
        auto *indicator = child<QWidget>(&window, u"listingsLoadingIndicator"_s);
        QVERIFY(indicator->isVisible());
        QCOMPARE(child<QLabel>(window.listingsPage(), u"listingCount"_s)->text(),
                 u"Loading listings…"_s);

        QTRY_VERIFY(!window.session()->isLoadingListings());
        QVERIFY(!indicator->isVisible());
        QTRY_COMPARE(table->model()->rowCount(), 5);
        QTRY_COMPARE(child<QLabel>(window.listingsPage(), u"listingCount"_s)->text(),
                     u"Listings: 5"_s);
        // The fits arrived with them: the listings are ranked and the rates chart counts them.
        QCOMPARE(qsizetype(window.analysisService()->result()->ranking.size()), 5);
        QCOMPARE(window.chartsPage()->listingRates()->histogram().listingsWithRate, 5);
    }

    void chartShowsTheAgeCurveFromTheDatabase()
    {
        Database database;
        QVERIFY(database.open(m_path));
        const MarketData market = marketOf(database);
        MainWindow window(database.connection(), market);
        window.show();
        window.showPage(MainWindow::ChartsPageIndex);
        IncomeByAgeChartView *view = window.incomeByAgeView();
        // The wage census as a curve: ten 5-year bands at their midpoints, annual pay derived
        // from the pack's monthly pay and bonus, for the profile's occupation.
        const Profile &profile = window.analysisService()->profile();
        const CensusAgeCurve curve = CensusAgeCurve::fromPack(
            market.pack, market.parameters.fullTimeOccupation.value(profile.jobType));
        QLineSeries *census = view->censusSeries();
        QCOMPARE(census->count(), 10);
        for (int i = 0; i < census->count(); ++i) {
            QCOMPARE(census->at(i).x(), curve.points().at(i).midAge);
            // in millions of yen, as the axis shows them (to ¥10,000)
            QVERIFY(qAbs(census->at(i).y() - curve.points().at(i).annualYen / 1e6) < 0.006);
        }
        QCOMPARE(census->at(0).x(), 22.5);
        // job tag's 10-year bands as the second series, at the middle of each decade.
        QLineSeries *jobtag = view->jobtagSeries();
        QCOMPARE(jobtag->count(), 5);
        const QList<qreal> expected{4.08, 5.86, 6.93, 7.12, 5.82};
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(jobtag->at(i).x(), 25.0 + 10 * i);
            QCOMPARE(jobtag->at(i).y(), expected.at(i));
        }
        const QString source = child<QLabel>(&window, u"incomeByAgeSource"_s)->text();
        QVERIFY2(source.contains(u"賃金構造基本統計調査"_s), qPrintable(source));
        QVERIFY2(source.contains(u"(2025)"_s), qPrintable(source));
        QVERIFY2(source.contains(market.pack.label()), qPrintable(source));
    }

    void resultsFollowTheFormAndListingsShowTheirFit()
    {
        Database database;
        QVERIFY(database.open(m_dir.filePath(u"results.sqlite"_s)));
        MainWindow window(database.connection(), marketOf(database));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QApplication::setActiveWindow(&window);
        ResultsPanel *results = window.resultsPanel();
        QCOMPARE(results->areaBar(SkillCategory::Languages)->value(), 0);

        // Type a Java skill of 5 years: the languages bar follows once typing pauses.
        auto *skills = child<SkillListEditor>(window.profilePage(), u"skillEditor"_s);
        auto *table = child<QTableWidget>(skills, u"skillTable"_s);
        QTest::mouseClick(child<QPushButton>(skills, u"addSkillButton"_s), Qt::LeftButton);
        auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(editor);
        QTest::keyClicks(editor, u"Java"_s);
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(table->item(0, 0)->text(), u"Java"_s);
        table->item(0, 1)->setData(Qt::EditRole, 5.0);
        // 45 points for the first language × depth 1 × Java's market value in this database.
        const MarketData market = marketOf(database);
        const CareerAnalysis analysis(market, market.parameters.defaultConversion());
        const int expectedJava = qRound(45 * analysis.skillValues().value(u"java"_s).weight());
        QVERIFY(expectedJava > 30 && expectedJava < 60);
        QTRY_COMPARE(results->areaBar(SkillCategory::Languages)->value(), expectedJava);
        QVERIFY(results->factorBar(IncomeFactor::Skills)->value() > 0);
        QCOMPARE(results->estimatesTable()->rowCount(), 4);
        QVERIFY(results->estimatesTable()->item(0, 1)->text().startsWith(u"¥"_s));
        auto *why = child<QTreeWidget>(results, u"explanationTree"_s);
        QVERIFY(why->topLevelItemCount() >= 14);
        QVERIFY(why->findItems(u"Java"_s, Qt::MatchStartsWith | Qt::MatchRecursive).size() >= 1);

        // Billable hours move the dispatch estimate.
        const QString dispatchBefore = results->estimatesTable()->item(2, 1)->text();
        auto *hours = child<QSpinBox>(results, u"billableHoursSpin"_s);
        typeInto(hours, 180);
        QTRY_VERIFY(results->estimatesTable()->item(2, 1)->text() != dispatchBefore);
        QCOMPARE(window.analysisService()->conversion().billableHoursPerMonth, 180.0);

        // The listing that asks for Java 3 years fits fully and sorts first.
        window.showPage(MainWindow::ListingsPageIndex);
        auto *listings = child<QTableView>(&window, u"listingTable"_s);
        QCOMPARE(listings->model()->index(0, ListingTableModel::FitColumn).data().toString(),
                 u"100%"_s);
        QVERIFY(listings->model()
                    ->index(0, ListingTableModel::TitleColumn)
                    .data()
                    .toString()
                    .contains(u"会計システム"_s));
        listings->selectRow(0);
        auto *detailsView = child<QTextBrowser>(&window, u"listingDetails"_s);
        QTRY_VERIFY2(detailsView->toPlainText().contains(u"met (you: 5 years)"_s),
                     qPrintable(detailsView->toPlainText()));
        QVERIFY(window.profilePage()->save());
        window.close();
    }

    void importAndExportProfileFiles()
    {
        Database database;
        QVERIFY(database.open(m_dir.filePath(u"import.sqlite"_s)));
        MainWindow window(database.connection(), marketOf(database));
        ProfilePage *page = window.profilePage();
        const Profile before = page->profile();

        QString error;
        const QString data = QStringLiteral(CAREERPLANNER_TEST_DATA);
        QVERIFY(!page->importProfile(data + u"/profile-negative-years.json"_s, &error));
        QVERIFY2(error.contains(u"skills[2].years: expected a number ≥ 0"_s), qPrintable(error));
        QVERIFY(error.contains(u"profile-negative-years.json"_s));
        QVERIFY(!page->importProfile(data + u"/profile-syntax-error.json"_s, &error));
        QVERIFY2(error.contains(u"line 5"_s), qPrintable(error));
        QCOMPARE(page->profile(), before);
        QVERIFY(!page->isModified());

        QVERIFY2(page->importProfile(data + u"/profile-valid.json"_s, &error), qPrintable(error));
        QCOMPARE(page->profile().age, 47);
        QCOMPARE(page->profile().skills.size(), 3);
        QVERIFY(page->isModified()); // imported, not saved: the database is untouched
        QVERIFY(!ProfileStore(database.connection()).latest());

        const QString exported = m_dir.filePath(u"exported.json"_s);
        QVERIFY2(page->exportProfile(exported, &error), qPrintable(error));
        QFile file(exported);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(ProfileJson::fromBytes(file.readAll(), &error).value(), page->profile());
        QVERIFY(!page->exportProfile(m_dir.filePath(u"no/such/folder/x.json"_s), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(page->save());
    }

    // The open database stays named in the status bar: a message covers it for its time only.
    void theDatabaseStaysNamedInTheStatusBar()
    {
        const QString path = m_dir.filePath(u"named.sqlite"_s);
        Database database;
        QVERIFY(database.open(path));
        MainWindow window(database.connection(), marketOf(database));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *label = window.findChild<QLabel *>(u"databaseLabel"_s);
        QVERIFY(label);
        QVERIFY(label->isVisible());
        QVERIFY2(label->text().contains(QDir::toNativeSeparators(path)), qPrintable(label->text()));
        // Its menu copies the path.
        QCOMPARE(label->contextMenuPolicy(), Qt::ActionsContextMenu);
        const QList<QAction *> actions = label->actions();
        QCOMPARE(actions.size(), 1);
        QAction *copy = actions.first();
        QCOMPARE(copy->objectName(), u"copyDatabasePath"_s);
        QGuiApplication::clipboard()->clear();
        copy->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(), QDir::toNativeSeparators(path));
        QString error;
        QVERIFY(window.profilePage()->importProfile(
            QStringLiteral(CAREERPLANNER_TEST_DATA) + u"/profile-valid.json"_s, &error));
        window.statusBar()->showMessage(u"Profile imported"_s, 100);
        QVERIFY(!label->isVisible()); // the message has the room for now
        QTRY_VERIFY(label->isVisible());
        QVERIFY(label->text().contains(QDir::toNativeSeparators(path)));
    }

    // 20,000 listings arriving after a handful (a large import, or the start-up load): the
    // count axis lays out its few ticks, not one per listing on the way there.
    void theRatesChartStaysSmallWhenManyListingsArrive()
    {
        ListingRatesChartView view;
        view.resize(900, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QList<Listing> listings;
        for (int i = 0; i < 20'000; ++i) {
            Listing listing;
            listing.id = i + 1;
            listing.title = u"Listing %1"_s.arg(i + 1);
            listing.monthlyRateMinYen = 600'000 + (i % 3) * 100'000;
            listing.monthlyRateMaxYen = listing.monthlyRateMinYen;
            listings.append(listing);
        }
        view.setListings(listings.mid(0, 5), {}, {}, SkillCatalogue{}, 0.8);
        QCoreApplication::processEvents();
        // Whenever the range changes, the interval in force gives a handful of ticks.
        auto *axis =
            qobject_cast<QValueAxis *>(view.chartView()->chart()->axes(Qt::Vertical).constFirst());
        QVERIFY(axis);
        double mostTicks = 0;
        connect(axis, &QValueAxis::rangeChanged, this, [&](qreal min, qreal max) {
            mostTicks = std::max(mostTicks, (max - min) / axis->tickInterval());
        });
        view.setListings(listings, {}, {}, SkillCatalogue{}, 0.8);
        QCoreApplication::processEvents();
        QCOMPARE(view.histogram().listingsWithRate, 20'000);
        QVERIFY(axis->max() > 6'000);
        QVERIFY2(mostTicks > 0 && mostTicks <= 10, qPrintable(QString::number(mostTicks)));
    }

    void chartsShowTheDatabaseAndTheProfile()
    {
        Database database;
        QVERIFY(database.open(m_dir.filePath(u"charts.sqlite"_s)));
        QSettings().remove(u"conversion"_s); // an earlier test changed the billable hours
        MainWindow window(database.connection(), marketOf(database));
        QString error;
        QVERIFY(window.profilePage()->importProfile(
            QStringLiteral(CAREERPLANNER_TEST_DATA) + u"/profile-valid.json"_s, &error));
        window.show();
        window.showPage(MainWindow::ChartsPageIndex);
        ChartsPage *charts = window.chartsPage();
        // The analysis follows the imported profile once the edit settles.
        QTRY_COMPARE(window.analysisService()->profile().age, 47);

        // By employment type: published backend figures and the user's estimate.
        charts->showChart(ChartsPage::EmploymentChart);
        const auto sets = charts->employment()->chart()->series().constFirst();
        const auto barSets = qobject_cast<QBarSeries *>(sets)->barSets();
        QCOMPARE(barSets.size(), 3);
        // The figures written above the bars are in the text colour, not Qt Charts' white.
        for (QBarSet *set : barSets)
            QCOMPARE(set->labelColor(), charts->employment()->palette().color(QPalette::Text));
        QCOMPARE(barSets.at(0)->at(0), 5.0);  // 正社員 ¥5.00M
        QCOMPARE(barSets.at(1)->at(1), 10.0); // freelance up to ¥10M
        QCOMPARE(barSets.at(0)->at(2), 2'200.0 * 160 * 12 / 1e6);
        // The model's full-time estimate for the imported profile, in millions of yen.
        QCOMPARE(barSets.at(2)->at(0),
                 double(window.analysisService()->result()->estimates.first().midYen) / 1e6);
        QVERIFY(barSets.at(2)->at(0) > 6.0 && barSets.at(2)->at(0) < 9.0);
        // Changing the hours on the chart changes the conversion everywhere.
        typeInto(child<QSpinBox>(charts->employment(), u"employmentBillableHours"_s), 140);
        QTRY_COMPARE(window.analysisService()->conversion().billableHoursPerMonth, 140.0);
        QTRY_COMPARE(barSets.at(0)->at(2), 2'200.0 * 140 * 12 / 1e6);
        // The session announces it: the converter beside the results shows the same hours.
        QCOMPARE(window.resultsPanel()->converter()->conversion().billableHoursPerMonth, 140.0);

        // Skill areas: the five scores, the polygon closed.
        const QLineSeries *today = charts->skillAreas()->todaySeries();
        QCOMPARE(today->count(), 6);
        const ScoreCard &card = window.analysisService()->result()->card;
        QCOMPARE(today->at(0).y(), card.areas.value(SkillCategory::Languages).value);
        QCOMPARE(today->at(3).y(), card.areas.value(SkillCategory::Cloud).value);
        QVERIFY(today->at(0).y() > 30 && today->at(3).y() > 30); // Java 15 y; AWS 2 y + SAA

        // Listing rates: every seeded listing counted, the ones the profile fits highlighted.
        const RateHistogram &rates = charts->listingRates()->histogram();
        QCOMPARE(rates.listingsWithRate, 5);
        QCOMPARE(rates.qualifyingCount, 3);

        // Export: PNG and SVG files of the chart on screen.
        charts->showChart(ChartsPage::SkillAreasChart);
        const QString png = m_dir.filePath(u"radar.png"_s);
        const QString svg = m_dir.filePath(u"radar.svg"_s);
        QVERIFY2(ChartExporter::save(charts->currentChartView(), png, &error), qPrintable(error));
        QVERIFY2(ChartExporter::save(charts->currentChartView(), svg, &error), qPrintable(error));
        QImage image(png);
        QCOMPARE(image.size(), charts->currentChartView()->size());
        QFile svgFile(svg);
        QVERIFY(svgFile.open(QIODevice::ReadOnly));
        QVERIFY(svgFile.readAll().contains("<svg"));
        QVERIFY(
            !ChartExporter::save(charts->currentChartView(), m_dir.filePath(u"x.bmp"_s), &error));
        QVERIFY(window.profilePage()->save());
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
