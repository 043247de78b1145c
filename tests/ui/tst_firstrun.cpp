// A new user's first start: the welcome's few questions land on the results, an import or a
// skip works too; estimates of the untouched default profile say so; an empty listings
// database says how to fill it, and a roadmap without a target says to set one.
#include "listings/ListingsPage.h"
#include "profile/ProfilePage.h"
#include "profile/ResultsPanel.h"
#include "profile/WelcomePanel.h"
#include "roadmap/RoadmapPage.h"
#include "services/Session.h"
#include "shell/MainWindow.h"
#include "storage/Database.h"
#include "storage/ListingRepository.h"
#include "storage/MarketDataLoader.h"
#include "storage/ProfileStore.h"
#include "support/WidgetLookup.h"
#include "widgets/MoneySpinBox.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
void retype(QWidget *field, const QString &text)
{
    QLineEdit *edit = qobject_cast<QLineEdit *>(field);
    if (!edit)
        edit = field->findChild<QLineEdit *>();
    edit->selectAll();
    QTest::keyClicks(edit, text);
}
} // namespace

class TestFirstRun : public QObject
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

    void theWelcomeLandsOnTheResultsWithTheAnswersSaved()
    {
        const QString path = m_dir.filePath(u"welcome.sqlite"_s);
        Database database;
        QVERIFY2(database.open(path), qPrintable(database.lastError()));
        QString error;
        auto market = MarketDataLoader::load(database.connection(), &error);
        QVERIFY2(market, qPrintable(error));
        {
            MainWindow window(database.connection(), *market);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(window.showWelcomeIfNew());
            WelcomePanel *welcome = window.welcomePanel();
            QTRY_VERIFY(welcome->isVisible());

            retype(child<QSpinBox>(welcome, u"welcomeAge"_s), u"52"_s);
            auto *employment = child<QComboBox>(welcome, u"welcomeEmployment"_s);
            employment->setCurrentIndex(employment->findData(u"freelance"_s));
            retype(child<MoneySpinBox>(welcome, u"welcomeIncome"_s), u"9.6"_s); // millions
            retype(child<QSpinBox>(welcome, u"welcomeExperience"_s), u"25"_s);
            auto *skill = child<QLineEdit>(welcome, u"welcomeSkill0"_s);
            QTest::keyClicks(skill, u"Java"_s);
            // The type-ahead offers catalogue names containing what was typed.
            QTRY_VERIFY(skill->completer()->popup()->isVisible());
            QVERIFY(skill->completer()->completionCount() > 0);
            QVERIFY(
                skill->completer()->currentCompletion().contains(u"Java"_s, Qt::CaseInsensitive));
            skill->completer()->popup()->hide();
            retype(child<QDoubleSpinBox>(welcome, u"welcomeSkillYears0"_s), u"20"_s);
            auto *second = child<QLineEdit>(welcome, u"welcomeSkill1"_s);
            QTest::keyClicks(second, u"AWS"_s);
            second->completer()->popup()->hide();
            retype(child<QDoubleSpinBox>(welcome, u"welcomeSkillYears1"_s), u"4"_s);
            QTest::mouseClick(child<QPushButton>(welcome, u"welcomeStart"_s), Qt::LeftButton);

            // On the results, and saved: the answers are the profile now.
            QTRY_VERIFY(!welcome->isVisible());
            QVERIFY(window.profilePage()->isVisible());
            const auto saved = ProfileStore(database.connection()).latest();
            QVERIFY(saved);
            QCOMPARE(saved->age, 52);
            QCOMPARE(saved->employment, EmploymentType::Freelance);
            QCOMPARE(saved->annualIncomeYen, 9'600'000);
            QCOMPARE(saved->experienceYears, 25);
            QCOMPARE(saved->skills, (QList<ProfileSkill>{{u"Java"_s, 20}, {u"AWS"_s, 4}}));
            QCOMPARE(window.profilePage()->profile(), *saved);
            QVERIFY(!window.profilePage()->isModified());
            auto *notice = child<QLabel>(window.resultsPanel(), u"defaultProfileNotice"_s);
            QTRY_VERIFY(!notice->isVisible());
        }
        // The next start goes straight to the profile.
        MainWindow again(database.connection(), *market);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QVERIFY(!again.showWelcomeIfNew());
        QVERIFY(!again.welcomePanel());
    }

    void skippingShowsTheDefaultProfileAndSaysSo()
    {
        Database database;
        QVERIFY(database.open(m_dir.filePath(u"skip.sqlite"_s)));
        QString error;
        auto market = MarketDataLoader::load(database.connection(), &error);
        QVERIFY2(market, qPrintable(error));
        MainWindow window(database.connection(), *market);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.showWelcomeIfNew());
        QTest::mouseClick(child<QPushButton>(window.welcomePanel(), u"welcomeSkip"_s),
                          Qt::LeftButton);
        QTRY_VERIFY(window.profilePage()->isVisible());
        QVERIFY(!ProfileStore(database.connection()).latest()); // nothing saved by skipping
        auto *notice = child<QLabel>(window.resultsPanel(), u"defaultProfileNotice"_s);
        QVERIFY(notice->isVisible());
        QVERIFY2(notice->text().contains(u"default profile"_s), qPrintable(notice->text()));
        // Filling in the form makes the figures the user's: the notice goes.
        retype(child<QSpinBox>(window.profilePage(), u"ageSpin"_s), u"47"_s);
        QTRY_VERIFY(!notice->isVisible());
    }

    void anEmptyListingsDatabaseSaysHowToFillIt()
    {
        const QString path = m_dir.filePath(u"empty-listings.sqlite"_s);
        Database database;
        QVERIFY(database.open(path));
        QSqlQuery clear(database.connection());
        QVERIFY(clear.exec(u"DELETE FROM listings"_s));
        QString error;
        auto market = MarketDataLoader::load(database.connection(), &error);
        QVERIFY2(market, qPrintable(error));
        MainWindow window(database.connection(), *market);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(MainWindow::ListingsPageIndex);
        ListingsPage *page = window.listingsPage();
        auto *empty = child<QWidget>(page, u"listingsEmptyState"_s);
        QTRY_VERIFY(empty->isVisible());
        QVERIFY(child<QLabel>(page, u"listingsEmptyText"_s)->text().contains(u"Import"_s));
        QVERIFY(child<QPushButton>(page, u"listingsEmptyImport"_s)->isVisible());
        QVERIFY(child<QPushButton>(page, u"listingsEmptyPaste"_s)->isVisible());

        // A listing added elsewhere (here: the session's import of a file) brings the table.
        auto *table = child<QTableView>(page, u"listingTable"_s);
        page->importFile(QStringLiteral(CAREERPLANNER_TEST_DATA) + u"/listings/gui-import.csv"_s);
        auto *dialog = page->findChild<QDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(child<QPushButton>(dialog, u"importButton"_s)->isEnabled());
        QTest::mouseClick(child<QPushButton>(dialog, u"importButton"_s), Qt::LeftButton);
        QTRY_VERIFY(table->isVisible());
        QTRY_COMPARE(table->model()->rowCount(), 4);
        QVERIFY(!empty->isVisible());
    }

    void aRoadmapWithoutATargetSaysToSetOne()
    {
        Database database;
        QVERIFY(database.open(m_dir.filePath(u"no-target.sqlite"_s)));
        QString error;
        auto market = MarketDataLoader::load(database.connection(), &error);
        QVERIFY2(market, qPrintable(error));
        MainWindow window(database.connection(), *market);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(MainWindow::RoadmapPageIndex);
        auto *verdict = child<QLabel>(window.roadmapPage(), u"roadmapVerdict"_s);
        QTRY_VERIFY2(verdict->text().contains(u"No target income set: type one above"_s),
                     qPrintable(verdict->text()));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestFirstRun)
#include "tst_firstrun.moc"
