#include "core/takehome/TakeHomeCalculator.h"
#include "services/AnalysisService.h"
#include "services/AppSettings.h"
#include "shell/MainWindow.h"
#include "storage/Database.h"
#include "storage/MarketDataLoader.h"
#include "storage/ProfileStore.h"
#include "support/WidgetLookup.h"
#include "takehome/TakeHomeChartView.h"
#include "takehome/TakeHomePage.h"
#include "takehome/TakeHomeTableModel.h"
#include "widgets/MoneySpinBox.h"

#include <QAbstractItemModelTester>
#include <QBarSet>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStackedBarSeries>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace Qt::StringLiterals;

namespace {

int columnOf(const TakeHomeTableModel *model, EmploymentType type)
{
    for (int column = 0; column < model->columnCount(); ++column) {
        if (model->comparison().results.at(column).employment == type)
            return column;
    }
    return -1;
}

// Types a new amount into a money field as a user does: select it all, type, Enter.
void typeMoney(MoneySpinBox *box, const QString &text)
{
    box->setFocus();
    box->selectAll();
    QTest::keyClicks(box, text);
    QTest::keyClick(box, Qt::Key_Return);
}

} // namespace

class TestTakeHomePage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_dir.isValid());
        Database database;
        QVERIFY2(database.open(m_dir.filePath(u"takehome.sqlite"_s)),
                 qPrintable(database.lastError()));
        Profile profile;
        profile.age = 47;
        profile.experienceYears = 22;
        profile.skills = {{u"Java"_s, 15}, {u"AWS"_s, 3}};
        QString error;
        QVERIFY2(ProfileStore(database.connection()).save(profile, &error), qPrintable(error));
    }

    // The page starts at the user's estimates; a salary typed in gives the calculator's
    // figures; each column explains itself; the chart's bars add up to what the work brings in.
    void comparesTheFourTypesAndExplainsEachStep()
    {
        Database database;
        QVERIFY(database.open(m_dir.filePath(u"takehome.sqlite"_s)));
        QString error;
        auto market = MarketDataLoader::load(database.connection(), &error);
        QVERIFY2(market, qPrintable(error));
        MainWindow window(database.connection(), std::move(*market));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(MainWindow::TakeHomePageIndex);
        TakeHomePage *page = window.takeHomePage();
        QVERIFY(page->isVisible());
        auto *table = child<QTableView>(page, u"takeHomeTable"_s);
        auto *model = qobject_cast<TakeHomeTableModel *>(table->model());
        QVERIFY(model);
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->columnCount(), 4);
        QCOMPARE(model->rowCount(), int(TakeHomeTableModel::RowCount));

        // Started from the estimates of the profile.
        const AnalysisService *analysis = window.analysisService();
        const int fullTime = columnOf(model, EmploymentType::FullTime);
        const int freelance = columnOf(model, EmploymentType::Freelance);
        QCOMPARE(model->amount(TakeHomeTableModel::GrossRow, fullTime),
                 estimateMidYen(analysis->result()->estimates, EmploymentType::FullTime));
        QCOMPARE(child<QComboBox>(page, u"takeHomeYear"_s)->currentText().toInt() > 2024, true);

        // A salary typed in: 6 million a year, 2 months of it bonus, at 47 in the year shown.
        typeMoney(child<MoneySpinBox>(page, u"takeHomeFullTime"_s), u"6"_s);
        QTRY_COMPARE(model->amount(TakeHomeTableModel::GrossRow, fullTime), 6'000'000);
        const int year = child<QComboBox>(page, u"takeHomeYear"_s)->currentText().toInt();
        auto rules = TakeHomeRules::forYear(year, &error);
        QVERIFY2(rules, qPrintable(error));
        const TakeHomeCalculator calculator(*rules);
        TakeHomeInput expected;
        expected.year = year;
        expected.age = 47;
        expected.annualGrossYen = 6'000'000;
        expected.bonusMonths = 2;
        const TakeHomeResult direct = calculator.calculate(expected);
        QCOMPARE(model->amount(TakeHomeTableModel::NetRow, fullTime), direct.netYen);
        QCOMPARE(model->amount(TakeHomeTableModel::SocialInsuranceRow, fullTime),
                 direct.socialInsuranceYen());
        QCOMPARE(model->index(TakeHomeTableModel::NetRow, fullTime).data().toString(),
                 QLocale().toString(direct.netYen).prepend(u'¥'));
        // The cell's tooltip gives the formula and the source.
        const QString tip = model->index(TakeHomeTableModel::IncomeTaxRow, fullTime)
                                .data(Qt::ToolTipRole)
                                .toString();
        QVERIFY2(tip.contains(u"国税庁"_s) && tip.contains(u"×"_s), qPrintable(tip));

        // The break-even rate is the freelance rate that nets as much as that salary.
        TakeHomeInput defaults;
        defaults.year = year;
        defaults.age = 47;
        const qint64 rate = calculator.breakEvenMonthlyRate(expected, defaults);
        const QString roundedUp = QLocale().toString((rate + 999) / 1000 * 1000);
        QVERIFY2(child<QLabel>(page, u"takeHomeBreakEven"_s)->text().contains(roundedUp),
                 qPrintable(child<QLabel>(page, u"takeHomeBreakEven"_s)->text()));

        // Registered for the invoice with the 2割特例: the freelancer bills and pays tax.
        auto *invoice = child<QComboBox>(page, u"takeHomeInvoice"_s);
        invoice->setCurrentIndex(invoice->findData(int(InvoiceMode::TwentyPercent)));
        QTRY_VERIFY(model->amount(TakeHomeTableModel::ConsumptionTaxPaidRow, freelance) > 0);
        const qint64 billed = model->amount(TakeHomeTableModel::ConsumptionTaxBilledRow, freelance);
        QCOMPARE(model->amount(TakeHomeTableModel::ConsumptionTaxPaidRow, freelance),
                 billed * 2 / 10 / 100 * 100); // 20 % of it, in hundreds
        QCOMPARE(model->amount(TakeHomeTableModel::ConsumptionTaxPaidRow, fullTime), 0);

        // The chart: one bar per type, its parts adding up to gross and the tax billed.
        auto *chart = child<TakeHomeChartView>(page, u"takeHomeChart"_s);
        const QList<QBarSet *> sets = chart->series()->barSets();
        QCOMPARE(sets.size(), 6);
        double bar = 0;
        for (QBarSet *set : sets)
            bar += set->at(fullTime);
        QCOMPARE(qRound(bar * 100), qRound(6.0 * 100)); // millions of yen in English

        // A column's header explains every step of it (scrolled to first, as on a small screen).
        table->scrollTo(model->index(0, freelance));
        QTest::mouseClick(table->horizontalHeader()->viewport(), Qt::LeftButton, {},
                          QPoint(table->horizontalHeader()->sectionViewportPosition(freelance) + 5,
                                 table->horizontalHeader()->height() / 2));
        auto *explanation = child<QTextBrowser>(page, u"takeHomeExplanation"_s);
        QTRY_VERIFY(explanation->toPlainText().contains(u"Business tax (個人事業税)"_s));
        QVERIFY(explanation->isVisible());
        QVERIFY(explanation->toPlainText().contains(u"not tax advice"_s));

        // A rate of zero is refused and said so; the last figures stay.
        const qint64 netBefore = model->amount(TakeHomeTableModel::NetRow, freelance);
        typeMoney(child<MoneySpinBox>(page, u"takeHomeFreelance"_s), u"0"_s);
        auto *errorLabel = child<QLabel>(page, u"takeHomeError"_s);
        QTRY_VERIFY(errorLabel->isVisible());
        QVERIFY2(errorLabel->text().contains(u"monthly rate"_s), qPrintable(errorLabel->text()));
        QCOMPARE(model->amount(TakeHomeTableModel::NetRow, freelance), netBefore);

        // "Use my estimates" puts the estimates back.
        QTest::mouseClick(child<QPushButton>(page, u"takeHomeUseEstimates"_s), Qt::LeftButton);
        QTRY_VERIFY(!errorLabel->isVisible());
        QCOMPARE(model->amount(TakeHomeTableModel::GrossRow, fullTime),
                 estimateMidYen(analysis->result()->estimates, EmploymentType::FullTime));
    }

    // The prefecture, iDeCo, a 共済 and paid leave typed in: each type counts them within its
    // own limits, the savings get a row and a bar of their own, and the next window starts
    // with them.
    void householdIsCountedAndKept()
    {
        Database database;
        QVERIFY(database.open(m_dir.filePath(u"takehome.sqlite"_s)));
        QString error;
        auto market = MarketDataLoader::load(database.connection(), &error);
        QVERIFY2(market, qPrintable(error));
        auto window = std::make_unique<MainWindow>(database.connection(), std::move(*market));
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        window->showPage(MainWindow::TakeHomePageIndex);
        TakeHomePage *page = window->takeHomePage();
        auto *table = child<QTableView>(page, u"takeHomeTable"_s);
        auto *model = qobject_cast<TakeHomeTableModel *>(table->model());
        QVERIFY(model);
        QTRY_COMPARE(model->columnCount(), 4);
        QVERIFY(table->isRowHidden(TakeHomeTableModel::ContributionsRow)); // nothing set aside
        auto *chart = child<TakeHomeChartView>(page, u"takeHomeChart"_s);
        QCOMPARE(chart->series()->barSets().size(), 6);

        auto *prefecture = child<QComboBox>(page, u"takeHomePrefecture"_s);
        QCOMPARE(prefecture->count(), 47);
        QCOMPARE(prefecture->currentData().toString(), u"tokyo"_s);
        prefecture->setFocus();
        QTest::keyClicks(prefecture, u"Osaka"_s);
        QTRY_COMPARE(prefecture->currentData().toString(), u"osaka"_s);
        QCOMPARE(prefecture->currentText(), u"Osaka"_s);
        auto typeNumber = [](QSpinBox *box, const QString &text) {
            box->setFocus();
            box->selectAll();
            QTest::keyClicks(box, text);
            QTest::keyClick(box, Qt::Key_Return);
        };
        typeNumber(child<QSpinBox>(page, u"takeHomeIdeco"_s), u"50000"_s);
        typeNumber(child<QSpinBox>(page, u"takeHomeSmallBusinessMutualAid"_s), u"30000"_s);
        typeNumber(child<QSpinBox>(page, u"takeHomePaidLeaveDays"_s), u"20"_s);
        typeMoney(child<MoneySpinBox>(page, u"takeHomeFullTime"_s), u"7"_s);

        const int fullTime = columnOf(model, EmploymentType::FullTime);
        const int freelance = columnOf(model, EmploymentType::Freelance);
        QTRY_COMPARE(model->amount(TakeHomeTableModel::GrossRow, fullTime), 7'000'000);
        QTRY_COMPARE(model->amount(TakeHomeTableModel::ContributionsRow, freelance),
                     (50'000 + 30'000) * 12);
        // An employee without a company pension pays at most 23,000 a month into iDeCo.
        QCOMPARE(model->amount(TakeHomeTableModel::ContributionsRow, fullTime), 23'000 * 12);
        QVERIFY(!table->isRowHidden(TakeHomeTableModel::ContributionsRow));
        QCOMPARE(chart->series()->barSets().size(), 7);

        // The full-time column is the calculator's figure for the same circumstances.
        const int year = child<QComboBox>(page, u"takeHomeYear"_s)->currentText().toInt();
        auto rules = TakeHomeRules::forYear(year, &error);
        QVERIFY2(rules, qPrintable(error));
        const TakeHomeCalculator calculator(*rules);
        TakeHomeInput expected;
        expected.year = year;
        expected.age = 47;
        expected.annualGrossYen = 7'000'000;
        expected.bonusMonths = 2;
        expected.prefecture = u"osaka"_s;
        expected.idecoMonthlyYen = 23'000;
        expected.paidLeaveDays = 20;
        const TakeHomeResult direct = calculator.calculate(expected);
        QCOMPARE(model->amount(TakeHomeTableModel::NetRow, fullTime), direct.netYen);
        QCOMPARE(model->amount(TakeHomeTableModel::EquivalentValueRow, fullTime),
                 direct.equivalentValueYen);
        expected.prefecture.clear(); // Tokyo's rate is lower than Osaka's
        QVERIFY(calculator.calculate(expected).netYen > direct.netYen);

        // Kept: the next window starts with them.
        const TakeHomeInput saved = AppSettings::takeHomeHousehold({});
        QCOMPARE(saved.prefecture, u"osaka"_s);
        QCOMPARE(saved.idecoMonthlyYen, 50'000);
        QCOMPARE(saved.smallBusinessMutualAidMonthlyYen, 30'000);
        QCOMPARE(saved.paidLeaveDays, 20);
        window.reset();
        auto reopened = MarketDataLoader::load(database.connection(), &error);
        QVERIFY2(reopened, qPrintable(error));
        MainWindow again(database.connection(), std::move(*reopened));
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        again.showPage(MainWindow::TakeHomePageIndex);
        TakeHomePage *reopenedPage = again.takeHomePage();
        QCOMPARE(child<QComboBox>(reopenedPage, u"takeHomePrefecture"_s)->currentData().toString(),
                 u"osaka"_s);
        QCOMPARE(child<QSpinBox>(reopenedPage, u"takeHomeIdeco"_s)->value(), 50'000);
        QCOMPARE(child<QSpinBox>(reopenedPage, u"takeHomePaidLeaveDays"_s)->value(), 20);

        // Back to nothing set aside: the row goes away again.
        typeNumber(child<QSpinBox>(reopenedPage, u"takeHomeIdeco"_s), u"0"_s);
        typeNumber(child<QSpinBox>(reopenedPage, u"takeHomeSmallBusinessMutualAid"_s), u"0"_s);
        auto *reopenedTable = child<QTableView>(reopenedPage, u"takeHomeTable"_s);
        QTRY_VERIFY(reopenedTable->isRowHidden(TakeHomeTableModel::ContributionsRow));
        QCOMPARE(AppSettings::takeHomeHousehold({}).idecoMonthlyYen, 0);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestTakeHomePage)
#include "tst_takehomepage.moc"
