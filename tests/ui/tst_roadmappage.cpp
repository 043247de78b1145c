#include "charts/ProjectionChartView.h"
#include "core/RoadmapPlanner.h"
#include "profile/ProfilePage.h"
#include "profile/ResultsPanel.h"
#include "roadmap/RoadmapPage.h"
#include "roadmap/RoadmapStepModel.h"
#include "services/AnalysisService.h"
#include "shell/MainWindow.h"
#include "storage/Database.h"
#include "storage/MarketDataLoader.h"
#include "storage/ProfileStore.h"
#include "storage/RoadmapProgressStore.h"
#include "support/WidgetLookup.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QChart>
#include <QLabel>
#include <QLineSeries>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

MarketData marketOf(const Database &database)
{
    QString error;
    auto market = MarketDataLoader::load(database.connection(), &error);
    if (!market)
        qFatal("%s", qPrintable(error));
    return *market;
}

// A Java developer of 47 without cloud: the example.
Profile javaDeveloper()
{
    Profile profile;
    profile.age = 47;
    profile.annualIncomeYen = 6'000'000;
    profile.experienceYears = 22;
    profile.skills = {{u"Java"_s, 15}};
    profile.targetIncomeYen = 10'000'000;
    return profile;
}

int rowOf(const RoadmapStepModel *model, const QString &id)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->step(row).step.id == id)
            return row;
    }
    return -1;
}

// Ticks or unticks a step from the keyboard: select its row, press Space.
void toggleWithSpace(QTableView *table, int row)
{
    table->setFocus();
    table->setCurrentIndex(table->model()->index(row, RoadmapStepModel::StepColumn));
    QTest::keyClick(table, Qt::Key_Space);
}

qint64 freelanceEstimate(const AnalysisService *analysis)
{
    for (const EmploymentEstimate &estimate : analysis->result()->estimates) {
        if (estimate.type == EmploymentType::Freelance)
            return estimate.midYen;
    }
    return -1;
}

} // namespace

class TestRoadmapPage : public QObject
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

    void init()
    {
        m_path = m_dir.filePath(u"roadmap-%1.sqlite"_s.arg(++m_counter));
        Database database;
        QVERIFY2(database.open(m_path), qPrintable(database.lastError()));
        QString error;
        QVERIFY2(ProfileStore(database.connection())
                     .save(javaDeveloper(), &error, QDateTime::currentDateTimeUtc().addDays(-90)),
                 qPrintable(error));
    }

    void theStepModelPassesTheModelTester()
    {
        Database database;
        QVERIFY(database.open(m_path));
        const MarketData market = marketOf(database);
        const CareerAnalysis analysis(market, market.parameters.defaultConversion());
        const RoadmapPlanner planner(analysis, market.roadmapEffort);
        RoadmapStepModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPlan(planner.plan(javaDeveloper(), {10'000'000, EmploymentType::Freelance, 6}));
        QVERIFY(model.rowCount() > 3);
        QVERIFY(model.setData(model.index(1, RoadmapStepModel::StepColumn), Qt::Checked,
                              Qt::CheckStateRole));
        QCOMPARE(model.whatIfSteps().size(), 1);
        QVERIFY(!model.setData(model.index(1, RoadmapStepModel::GainColumn), Qt::Checked,
                               Qt::CheckStateRole));
        model.setStatus(model.step(0).step.id, RoadmapStepStatus::Done);
        QCOMPARE(model.data(model.index(0, RoadmapStepModel::StatusColumn)).toString(), u"Done"_s);
        // A new plan keeps the ticks of the steps it still has.
        const QString ticked = model.step(1).step.id;
        model.setPlan(planner.plan(javaDeveloper(), {12'000'000, EmploymentType::Freelance, 10}));
        QCOMPARE(model.whatIfSteps().size(), 1);
        QCOMPARE(model.whatIfSteps().first().id, ticked);
        model.clearWhatIf();
        QVERIFY(model.whatIfSteps().isEmpty());
        model.setPlan({});
        QCOMPARE(model.rowCount(), 0);
    }

    void whatIfChangesTheEstimateButNeverTheProfile()
    {
        Database database;
        QVERIFY(database.open(m_path));
        MainWindow window(database.connection(), marketOf(database));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(MainWindow::RoadmapPageIndex);
        RoadmapPage *page = window.roadmapPage();
        AnalysisService *analysis = window.analysisService();
        auto *table = child<QTableView>(page, u"roadmapSteps"_s);
        RoadmapStepModel *model = page->model();
        QVERIFY(model->rowCount() > 0);

        const Profile saved = window.profilePage()->profile();
        const int historyBefore = int(ProfileStore(database.connection()).history().size());
        const qint64 before = freelanceEstimate(analysis);
        QTableWidget *estimates = window.resultsPanel()->estimatesTable();
        const auto tableText = [estimates] {
            QStringList cells;
            for (int row = 0; row < estimates->rowCount(); ++row)
                for (int column = 0; column < estimates->columnCount(); ++column)
                    cells.append(estimates->item(row, column) ? estimates->item(row, column)->text()
                                                              : QString());
            return cells;
        };
        const QStringList resultsBefore = tableText();
        const int aws = rowOf(model, u"learn:aws"_s);
        QVERIFY2(aws >= 0, "the Java developer without cloud is offered AWS");
        QVERIFY(model->step(aws).gainYen.value(EmploymentType::Freelance) > 0);

        toggleWithSpace(table, aws);
        QVERIFY(analysis->isWhatIf());
        QCOMPARE(model->whatIfSteps().size(), 1);
        QVERIFY(freelanceEstimate(analysis) > before);
        QCOMPARE(freelanceEstimate(analysis) - before,
                 model->step(aws).gainYen.value(EmploymentType::Freelance));
        auto *banner = child<QLabel>(page, u"roadmapWhatIf"_s);
        QVERIFY(banner->isVisible());
        QVERIFY(banner->text().contains(u"AWS"_s));
        QVERIFY(child<QLabel>(&window, u"whatIfIndicator"_s)->isVisible());
        // The results beside the profile show the what-if too.
        QVERIFY(tableText() != resultsBefore);

        // Nothing was written: the form, its modified flag and the history are as they were.
        QCOMPARE(window.profilePage()->profile(), saved);
        QVERIFY(!window.profilePage()->isModified());
        QCOMPARE(analysis->profile(), saved);
        QCOMPARE(int(ProfileStore(database.connection()).history().size()), historyBefore);

        QTest::mouseClick(child<QPushButton>(page, u"roadmapClearWhatIf"_s), Qt::LeftButton);
        QVERIFY(!analysis->isWhatIf());
        QCOMPARE(freelanceEstimate(analysis), before);
        QCOMPARE(tableText(), resultsBefore);
        QVERIFY(!banner->isVisible());
        QCOMPARE(int(ProfileStore(database.connection()).history().size()), historyBefore);
    }

    void markingASkillStepDoneOffersToUpdateTheProfile()
    {
        Database database;
        QVERIFY(database.open(m_path));
        MainWindow window(database.connection(), marketOf(database));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(MainWindow::RoadmapPageIndex);
        RoadmapPage *page = window.roadmapPage();
        auto *table = child<QTableView>(page, u"roadmapSteps"_s);
        QStringList asked;
        bool answer = false;
        page->setQuestion([&](QWidget *, const QString &, const QString &text) {
            asked.append(text);
            return answer;
        });

        // Declined: the mark is kept, the profile is not touched.
        const int lead = rowOf(page->model(), u"lead-team:1"_s);
        QVERIFY(lead >= 0);
        table->selectRow(lead);
        QTest::mouseClick(child<QPushButton>(page, u"roadmapMarkDone"_s), Qt::LeftButton);
        QCOMPARE(asked.size(), 1);
        QCOMPARE(window.profilePage()->profile().managementYearsLeading, 0);
        QCOMPARE(RoadmapProgressStore(database.connection()).statuses().value(u"lead-team:1"_s),
                 RoadmapStepStatus::Done);

        // Accepted: the profile gains the skill and is saved as a new dated entry.
        const int before = int(ProfileStore(database.connection()).history().size());
        answer = true;
        const int aws = rowOf(page->model(), u"learn:aws"_s);
        table->selectRow(aws);
        QTest::mouseClick(child<QPushButton>(page, u"roadmapMarkDone"_s), Qt::LeftButton);
        QCOMPARE(asked.size(), 2);
        QVERIFY(asked.last().contains(u"AWS"_s));
        const QList<DatedProfile> history = ProfileStore(database.connection()).history();
        QCOMPARE(int(history.size()), before + 1);
        const QList<ProfileSkill> skills = history.last().profile.skills;
        QVERIFY(std::any_of(skills.begin(), skills.end(),
                            [](const ProfileSkill &s) { return s.name == u"AWS"_s; }));
        QVERIFY(!window.profilePage()->isModified());
        // Now that the profile has AWS, the plan no longer offers to learn it.
        QTRY_COMPARE(rowOf(page->model(), u"learn:aws"_s), -1);

        // "In progress" asks nothing.
        table->selectRow(0);
        QTest::mouseClick(child<QPushButton>(page, u"roadmapMarkInProgress"_s), Qt::LeftButton);
        QCOMPARE(asked.size(), 2);
    }

    void progressIsKeptAcrossRestarts()
    {
        QString startedStep;
        {
            Database database;
            QVERIFY(database.open(m_path));
            MainWindow window(database.connection(), marketOf(database));
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.showPage(MainWindow::RoadmapPageIndex);
            RoadmapPage *page = window.roadmapPage();
            QTest::mouseClick(child<QPushButton>(page, u"roadmapStart"_s), Qt::LeftButton);
            startedStep = page->model()->step(0).step.id;
            page->table()->selectRow(0);
            QTest::mouseClick(child<QPushButton>(page, u"roadmapMarkInProgress"_s), Qt::LeftButton);
            // The profile is saved again today: a second point of the actual line.
            window.profilePage()->save();
        }
        Database database;
        QVERIFY(database.open(m_path));
        MainWindow window(database.connection(), marketOf(database));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        RoadmapPage *page = window.roadmapPage();
        QCOMPARE(page->model()->status(startedStep), RoadmapStepStatus::InProgress);
        const IncomeProjection &projection = page->projectionView()->projection();
        QCOMPARE(projection.planned.size(), page->plan().steps.size() + 1);
        QCOMPARE(projection.planned.first().yen, 6'000'000);
        QCOMPARE(projection.estimated.size(), 2); // 90 days ago and today
        QCOMPARE(projection.entered.size(), 2);
        QVERIFY(projection.estimated.first().when < projection.estimated.last().when);
        QCOMPARE(child<QTableWidget>(page, u"profileHistoryTable"_s)->rowCount(), 2);
        // The chart draws the plan as a staircase and the actual estimates as a line.
        QLineSeries *planned = nullptr;
        for (QAbstractSeries *series : page->projectionView()->chart()->series()) {
            if (series->name().startsWith(u"Planned"_s))
                planned = qobject_cast<QLineSeries *>(series);
        }
        QVERIFY(planned);
        QCOMPARE(planned->count(), 2 * int(projection.planned.size()) - 1);
    }

    void theReportIsWrittenWithoutTheWhatIf()
    {
        Database database;
        QVERIFY(database.open(m_path));
        MainWindow window(database.connection(), marketOf(database));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        RoadmapPage *page = window.roadmapPage();
        toggleWithSpace(page->table(), rowOf(page->model(), u"learn:aws"_s));
        QVERIFY(window.analysisService()->isWhatIf());
        const Profile whatIf = window.analysisService()->effectiveProfile();
        QString error;
        const QString pdf = m_dir.filePath(u"gui-report.pdf"_s);
        QVERIFY2(page->writeReport(pdf, &error), qPrintable(error));
        QVERIFY(QFileInfo(pdf).size() > 10'000);
        // The report shows the saved profile: Java only, not the ticked step's skill.
        QProcess pdftotext;
        pdftotext.start(u"pdftotext"_s, {pdf, u"-"_s});
        QVERIFY(pdftotext.waitForFinished(60'000));
        const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput())
                                 .normalized(QString::NormalizationForm_KC);
        QVERIFY(text.contains(u"Java (15 years)"_s));
        QCOMPARE(whatIf.skills.last().name, u"AWS"_s);
        QVERIFY(!text.contains(u"AWS (1 years)"_s));
        // The what-if is back afterwards.
        QVERIFY(window.analysisService()->isWhatIf());
        QCOMPARE(window.analysisService()->effectiveProfile(), whatIf);
        // A folder that does not exist: a clear error, no file.
        QVERIFY(!page->writeReport(m_dir.filePath(u"missing/report.pdf"_s), &error));
        QVERIFY(error.contains(u"missing/report.pdf"_s));
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_counter = 0;
};

QTEST_MAIN(TestRoadmapPage)
#include "tst_roadmappage.moc"
