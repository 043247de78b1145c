// The market data in the window: importing a pack (refused with line and field, in use at
// once when valid, undone), the What it takes tab, and teaching the catalogue a name from
// the requirements it cannot read. Real windows and a real SQLite database.
#include "core/UnreadRequirements.h"
#include "listings/UnreadRequirementsDialog.h"
#include "roadmap/RoadmapPage.h"
#include "roadmap/TargetQuestionPanel.h"
#include "services/AnalysisService.h"
#include "services/Language.h"
#include "shell/MainMenus.h"
#include "shell/MainWindow.h"
#include "shell/MarketDataImporter.h"
#include "storage/Database.h"
#include "storage/ListingRepository.h"
#include "storage/MarketDataLoader.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

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

QByteArray bundledPack()
{
    QFile file(QStringLiteral(CAREERPLANNER_SOURCE_DIR) + u"/data/market/market-pack.csv"_s);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the bundled pack");
    return file.readAll();
}

qint64 midOf(const AnalysisService *analysis, EmploymentType type)
{
    for (const EmploymentEstimate &estimate : analysis->result()->estimates) {
        if (estimate.type == type)
            return estimate.midYen;
    }
    return 0;
}

Profile javaProfile()
{
    Profile profile;
    profile.age = 50;
    profile.experienceYears = 25;
    profile.annualIncomeYen = 7'000'000;
    profile.targetIncomeYen = 10'000'000;
    profile.skills = {{u"Java"_s, 12}};
    return profile;
}
} // namespace

class TestMarketData : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        Language::install(u"en"_s);
        QVERIFY(m_dir.isValid());
    }

    void importRefusesAFaultyPackAndUsesAValidOne()
    {
        Database database;
        QVERIFY(database.open(m_dir.filePath(u"import.sqlite"_s)));
        MainWindow window(database.connection(), marketOf(database));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        AnalysisService *analysis = window.analysisService();
        analysis->setProfile(javaProfile());
        const QString bundledVersion = analysis->data().pack.version;
        const qint64 freelanceBefore = midOf(analysis, EmploymentType::Freelance);
        MarketDataImporter *importer = window.marketDataImporter();
        QVERIFY(!importer->canUndo());

        // A pack with a negative figure on one line: refused, naming file, line and field.
        QByteArray faulty = bundledPack();
        faulty.replace("freelance-role,all,73,", "freelance-role,all,-73,");
        const QString faultyPath = m_dir.filePath(u"faulty-pack.csv"_s);
        QFile out(faultyPath);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(faulty);
        out.close();
        const int faultyLine =
            int(faulty.left(faulty.indexOf("freelance-role,all,-73,")).count('\n')) + 1;
        QString message;
        QVERIFY(!importer->importFile(faultyPath, &message));
        QVERIFY2(message.contains(u"faulty-pack.csv line %1, field value"_s.arg(faultyLine)),
                 qPrintable(message));
        QVERIFY2(message.contains(u"cannot be negative"_s), qPrintable(message));
        QCOMPARE(analysis->data().pack.version, bundledVersion);
        QCOMPARE(midOf(analysis, EmploymentType::Freelance), freelanceBefore);
        QVERIFY(!importer->canUndo());

        // A newer pack with a higher reference rate: in use at once, every estimate redone.
        QByteArray newer = bundledPack();
        newer.replace("pack,version," + bundledVersion.toUtf8(), "pack,version,2099.1");
        newer.replace("freelance-role,all,73,", "freelance-role,all,85,");
        const QString newerPath = m_dir.filePath(u"newer-pack.csv"_s);
        QFile newerFile(newerPath);
        QVERIFY(newerFile.open(QIODevice::WriteOnly));
        newerFile.write(newer);
        newerFile.close();
        QSignalSpy undoable(importer, &MarketDataImporter::canUndoChanged);
        QVERIFY2(importer->importFile(newerPath, &message), qPrintable(message));
        QCOMPARE(undoable.count(), 1);
        QCOMPARE(analysis->data().pack.version, u"2099.1"_s);
        QVERIFY(midOf(analysis, EmploymentType::Freelance) > freelanceBefore);
        QVERIFY(message.contains(u"2099.1"_s));
        QVERIFY(importer->canUndo());
        QVERIFY(window.menus()->undoMarketDataAction()->isEnabled());

        // Undo returns to the bundled pack and its estimate.
        QVERIFY(importer->undo(&message));
        QCOMPARE(analysis->data().pack.version, bundledVersion);
        QCOMPARE(midOf(analysis, EmploymentType::Freelance), freelanceBefore);
        QVERIFY(!window.menus()->undoMarketDataAction()->isEnabled());
    }

    void whatItTakesAnswersPerEmploymentType()
    {
        Database database;
        QVERIFY(database.open(m_dir.filePath(u"target.sqlite"_s)));
        MainWindow window(database.connection(), marketOf(database));
        window.analysisService()->setProfile(javaProfile());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(MainWindow::RoadmapPageIndex);
        RoadmapPage *roadmap = window.roadmapPage();
        TargetQuestionPanel *panel = roadmap->targetQuestion();
        roadmap->tabs()->setCurrentWidget(panel);
        QTRY_COMPARE(panel->answers()->topLevelItemCount(), 4);
        QCOMPARE(panel->ageSpin()->minimum(), 51);
        // By age 60: ten years; within 3 months, very little can be done.
        panel->ageSpin()->setValue(60);
        QTRY_COMPARE(panel->lastAnswers().size(), 4);
        double longest = 0;
        for (const TargetAnswer &answer : panel->lastAnswers()) {
            QVERIFY(answer.months <= 120 + 1e-9);
            longest = std::max(longest, answer.months);
        }
        QTest::mouseClick(panel->withinButton(), Qt::LeftButton);
        panel->monthsSpin()->setFocus();
        panel->monthsSpin()->selectAll();
        QTest::keyClicks(panel->monthsSpin(), u"3"_s);
        QTest::keyClick(panel->monthsSpin(), Qt::Key_Tab);
        QTRY_COMPARE(panel->monthsSpin()->value(), 3);
        for (const TargetAnswer &answer : panel->lastAnswers())
            QVERIFY2(answer.months <= 3 + 1e-9,
                     qPrintable(EmploymentTypes::key(answer.employment)));
        // Each row says the answer in a sentence (its tooltip).
        const QTreeWidgetItem *first = panel->answers()->topLevelItem(0);
        QVERIFY(first->toolTip(1).startsWith(u"As "_s));
    }

    void unreadRequirementsCanBeTaughtToTheCatalogue()
    {
        Database database;
        QVERIFY(database.open(m_dir.filePath(u"unread.sqlite"_s)));
        QString error;
        Listing listing;
        listing.title = u"基幹刷新"_s;
        listing.monthlyRateMinYen = 800'000;
        listing.monthlyRateMaxYen = 800'000;
        listing.requirements = {{QString(), u"Wicketでの開発経験"_s, 0},
                                {u"java"_s, u"Java 3年以上"_s, 3}};
        QVERIFY(ListingRepository(database.connection()).insert(listing, &error) > 0);
        listing.title = u"保守"_s;
        QVERIFY(ListingRepository(database.connection()).insert(listing, &error) > 0);

        MainWindow window(database.connection(), marketOf(database));
        window.show();
        AnalysisService *analysis = window.analysisService();
        const QList<UnreadRequirement> before =
            UnreadRequirements::collect(analysis->data().listings);
        QVERIFY(!before.isEmpty());
        QCOMPARE(before.first().text, u"Wicketでの開発経験"_s);
        QCOMPARE(before.first().listings, 2);

        UnreadRequirementsDialog dialog(window.session(), &window);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTableWidget *table = dialog.table();
        QCOMPARE(table->item(0, 0)->text(), u"Wicketでの開発経験"_s);
        QCOMPARE(table->item(0, 1)->text(), u"2"_s);
        table->setCurrentCell(0, 0);
        QCOMPARE(dialog.nameEdit()->text(), u"Wicketでの開発経験"_s);
        // Shorten the name to the framework (Apache Wicket, a Java web framework) and read it
        // as Java.
        dialog.nameEdit()->selectAll();
        QTest::keyClicks(dialog.nameEdit(), u"Wicket"_s);
        dialog.skillBox()->setCurrentIndex(dialog.skillBox()->findData(u"java"_s));
        QVERIFY(dialog.mapButton()->isEnabled());
        QTest::mouseClick(dialog.mapButton(), Qt::LeftButton);
        QTRY_VERIFY2(dialog.statusLabel()->text().contains(u"2 requirements"_s),
                     qPrintable(dialog.statusLabel()->text()));
        QVERIFY(analysis->data().catalogue.find(u"wicket"_s));
        QCOMPARE(analysis->data().catalogue.find(u"wicket"_s)->id, u"java"_s);
        // Stored: the alias as the user's, the requirement rows read.
        QSqlQuery query(database.connection());
        QVERIFY(query.exec(u"SELECT user_defined FROM skill_aliases WHERE alias = 'Wicket'"_s));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        QVERIFY(query.exec(u"SELECT COUNT(*) FROM listing_requirements WHERE "
                           "requirement_text = 'Wicketでの開発経験' AND skill_id = 'java'"_s));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 2);
        QVERIFY(UnreadRequirements::collect(analysis->data().listings).isEmpty() ||
                UnreadRequirements::collect(analysis->data().listings).first().text !=
                    u"Wicketでの開発経験"_s);
        // A name that already names a skill is refused, and nothing is stored.
        QVERIFY(!dialog.map(u"python"_s, u"Java"_s));
        QVERIFY(dialog.statusLabel()->text().contains(u"already names"_s));
        // The name survives a restart: the catalogue is read with it.
        QVERIFY(marketOf(database).catalogue.find(u"Wicket"_s));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestMarketData)
#include "tst_marketdata.moc"
