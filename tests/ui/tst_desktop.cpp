#include "charts/ChartsPage.h"
#include "charts/IncomeByAgeChartView.h"
#include "listings/ListingsPage.h"
#include "profile/ProfilePage.h"
#include "services/AnalysisService.h"
#include "services/AppSettings.h"
#include "services/Language.h"
#include "services/Session.h"
#include "shell/AboutDialog.h"
#include "shell/MainMenus.h"
#include "shell/MainWindow.h"
#include "shell/RecoveryDialog.h"
#include "shell/SettingsDialog.h"
#include "storage/Database.h"
#include "storage/MarketDataLoader.h"
#include "support/DamagedDatabase.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QChart>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <functional>

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

template <typename T> T *child(QObject *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    if (!found)
        qFatal("no child %s", qPrintable(name));
    return found;
}

void typeInto(QSpinBox *spin, int value)
{
    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, QString::number(value));
    QTest::keyClick(spin, Qt::Key_Tab);
}
} // namespace

class TestDesktop : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        Language::install(u"en"_s);
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_database.open(m_dir.filePath(u"desktop.sqlite"_s)),
                 qPrintable(m_database.lastError()));
    }

    void cleanup()
    {
        QSettings().clear();
        Language::install(u"en"_s);
    }

    void profileEditsUndoAndRedoFromTheKeyboard()
    {
        MainWindow window(m_database.connection(), marketOf(m_database));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QApplication::setActiveWindow(&window);
        ProfilePage *page = window.profilePage();
        auto *age = child<QSpinBox>(page, u"ageSpin"_s);
        const int before = age->value();
        QUndoStack *stack = page->undoStack();
        QVERIFY(!stack->canUndo());

        typeInto(age, 55);
        QTRY_VERIFY(stack->canUndo()); // one step once the typing pauses
        typeInto(child<QSpinBox>(page, u"experienceSpin"_s), 30);
        QTRY_COMPARE(stack->count(), 2);

        QTest::keySequence(&window, QKeySequence::Undo);
        QCOMPARE(child<QSpinBox>(page, u"experienceSpin"_s)->value(), 0);
        QCOMPARE(age->value(), 55);
        QTest::keySequence(&window, QKeySequence::Undo);
        QCOMPARE(age->value(), before);
        QVERIFY(!page->isModified()); // back to the profile as loaded
        QCOMPARE(window.analysisService()->profile().age, before);

        QTest::keySequence(&window, QKeySequence::Redo);
        QCOMPARE(age->value(), 55);
        QVERIFY(page->isModified());
        QCOMPARE(window.analysisService()->profile().age, 55);
        // A restore is not a new step.
        QTest::qWait(400);
        QCOMPARE(stack->count(), 2);
        QCOMPARE(stack->index(), 1);
    }

    void pagesAndSearchHaveStandardShortcuts()
    {
        MainWindow window(m_database.connection(), marketOf(m_database));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto *pages = window.findChild<QStackedWidget *>();
        QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_4));
        QCOMPARE(pages->currentIndex(), int(MainWindow::RoadmapPageIndex));
        QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_1));
        QCOMPARE(pages->currentIndex(), int(MainWindow::ProfilePageIndex));
        QTest::keySequence(&window, QKeySequence::Find);
        QCOMPARE(pages->currentIndex(), int(MainWindow::ListingsPageIndex));
        QTRY_COMPARE(QApplication::focusWidget(),
                     static_cast<QWidget *>(child<QLineEdit>(&window, u"listingSearch"_s)));
        QVERIFY(window.menus()->settingsAction()->shortcuts().contains(
            QKeySequence(Qt::CTRL | Qt::Key_Comma)));
    }

    void everyFieldHasAnAccessibleNameInBothLanguages_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << u"en"_s;
        QTest::newRow("ja") << u"ja"_s;
    }

    void everyFieldHasAnAccessibleNameInBothLanguages()
    {
        QFETCH(QString, language);
        MainWindow window(m_database.connection(), marketOf(m_database));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        Language::install(language);
        QCoreApplication::processEvents();
        QTest::qWait(50); // the names follow the labels once every page has retranslated
        QStringList unnamed;
        const QList<QWidget *> widgets = window.findChildren<QWidget *>();
        for (QWidget *widget : widgets) {
            const bool field =
                (qobject_cast<QAbstractSpinBox *>(widget) || qobject_cast<QComboBox *>(widget) ||
                 qobject_cast<QPlainTextEdit *>(widget) ||
                 qobject_cast<QAbstractItemView *>(widget) ||
                 (qobject_cast<QLineEdit *>(widget) &&
                  !qobject_cast<QAbstractSpinBox *>(widget->parentWidget()) &&
                  !qobject_cast<QComboBox *>(widget->parentWidget()))) &&
                !qobject_cast<QHeaderView *>(widget); // named by its view
            // Item views inside combo boxes are the pop-up lists; the combo box is named.
            if (!field || qobject_cast<QComboBox *>(widget->parentWidget()) ||
                widget->inherits("QComboBoxListView") || widget->inherits("QCalendarView"))
                continue;
            if (widget->accessibleName().trimmed().isEmpty())
                unnamed.append(widget->objectName().isEmpty()
                                   ? QString::fromLatin1(widget->metaObject()->className())
                                   : widget->objectName());
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));
        if (language == u"ja"_s) {
            QCOMPARE(child<QSpinBox>(&window, u"ageSpin"_s)->accessibleName(), u"年齢"_s);
        }
    }

    void settingsApplyLanguageAndConversionsAndAreKept()
    {
        MainWindow window(m_database.connection(), marketOf(m_database));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const ModelParameters &parameters = window.analysisService()->data().parameters;
        SettingsDialog::Values values{AppSettings::language(),
                                      window.analysisService()->conversion(),
                                      AppSettings::databasePath(), AppSettings::backupsToKeep()};
        SettingsDialog dialog(values, parameters.minimumBillableHours,
                              parameters.maximumBillableHours, &window);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *hours = child<QDoubleSpinBox>(&dialog, u"settingsBillableHours"_s);
        hours->setFocus();
        hours->selectAll();
        QTest::keyClicks(hours, u"150"_s);
        auto *language = child<QComboBox>(&dialog, u"settingsLanguage"_s);
        language->setCurrentIndex(language->findData(u"ja"_s));
        auto *backups = child<QSpinBox>(&dialog, u"settingsBackups"_s);
        backups->setFocus();
        backups->selectAll();
        QTest::keyClicks(backups, u"3"_s);
        auto *database = child<QLineEdit>(&dialog, u"settingsDatabase"_s);
        database->setFocus();
        database->selectAll();
        QTest::keyClicks(database, m_dir.filePath(u"elsewhere.sqlite"_s));
        QTest::keyClick(&dialog, Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QSignalSpy conversionChanged(AppSettings::notifier(), &AppSettings::conversionChanged);
        QSignalSpy languageChanged(AppSettings::notifier(), &AppSettings::languageChanged);
        QSignalSpy databaseChanged(AppSettings::notifier(), &AppSettings::databasePathChanged);
        window.applySettings(dialog.values());
        // Each change is announced once, with its new value.
        QCOMPARE(conversionChanged.count(), 1);
        QCOMPARE(languageChanged.count(), 1);
        QCOMPARE(languageChanged.first().first().toString(), u"ja"_s);
        QCOMPARE(databaseChanged.count(), 1);
        QCOMPARE(databaseChanged.first().first().toString(), m_dir.filePath(u"elsewhere.sqlite"_s));

        QCOMPARE(window.analysisService()->conversion().billableHoursPerMonth, 150.0);
        // The language change reaches every widget as a posted event.
        QTRY_COMPARE(child<QListWidget>(&window, u"pageNavigation"_s)->item(0)->text(),
                     u"プロフィール"_s);
        QCOMPARE(QLocale().language(), QLocale::Japanese);
        // Kept for the next start.
        QCOMPARE(AppSettings::language(), u"ja"_s);
        QCOMPARE(AppSettings::conversion(parameters.defaultConversion()).billableHoursPerMonth,
                 150.0);
        QCOMPARE(AppSettings::backupsToKeep(), 3);
        QCOMPARE(AppSettings::databasePath(), m_dir.filePath(u"elsewhere.sqlite"_s));
        // Hours outside what the model allows cannot be entered.
        QCOMPARE(hours->maximum(), parameters.maximumBillableHours);
    }

    void aboutNamesVersionLicenceAndEverySourceWithItsYear()
    {
        const MarketData market = marketOf(m_database);
        AboutDialog about(market.statistics, market.pack);
        const QString text = about.text();
        // The market-data pack in use, with its version, retrieval date and every survey.
        QVERIFY(text.contains(market.pack.label()));
        QVERIFY(!market.pack.figures.isEmpty());
        for (const MarketFigure &figure : market.pack.figures) {
            QVERIFY2(text.contains(figure.citation()), qPrintable(figure.citation()));
            QVERIFY2(text.contains(figure.url), qPrintable(figure.url));
        }
        QVERIFY(text.contains(QCoreApplication::applicationVersion()));
        QVERIFY(text.contains(u"MIT"_s));
        QVERIFY(!market.statistics.isEmpty());
        for (const SalaryStatistic &statistic : market.statistics) {
            QVERIFY2(text.contains(statistic.source), qPrintable(statistic.source));
            QVERIFY(text.contains(QString::number(statistic.asOfYear)));
        }
    }

    void chartsFollowADarkPalette()
    {
        MainWindow window(m_database.connection(), marketOf(m_database));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QChart *chart = window.incomeByAgeView()->chart();
        QVERIFY(chart->backgroundBrush().color().lightness() > 128);
        const QPalette light = QApplication::palette();
        QPalette dark(QColor(0x20, 0x20, 0x20), QColor(0x30, 0x30, 0x30));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
        QApplication::setPalette(dark);
        QCoreApplication::processEvents();
        QTRY_VERIFY(chart->backgroundBrush().color().lightness() < 128);
        QVERIFY(chart->titleBrush().color().lightness() > 128);
        QApplication::setPalette(light);
        QTRY_VERIFY(chart->backgroundBrush().color().lightness() > 128);
    }

    // Damage the deferred check finds after the window is up: said at once, nothing written,
    // the window stays read-only, and the next start checks the file first.
    void damageFoundAfterTheStartIsReportedAndKeepsTheWindowReadOnly()
    {
        const QString path = m_dir.filePath(u"damaged-after-start.sqlite"_s);
        const QString made = writeDatabaseDamagedNearItsEnd(path);
        QVERIFY2(made.isEmpty(), qPrintable(made));
        AppSettings::setCheckAtNextStart(false);
        Database database;
        QVERIFY(database.openDeferringCheck(path));
        QVERIFY(database.isCheckPending());
        QString error;
        auto market = MarketDataLoader::loadWithoutListings(database.connection(), &error);
        QVERIFY2(market, qPrintable(error));
        MainWindow window(database.connection(), std::move(*market));
        // The message runs its own event loop: a timer inside it reads it and answers "Later".
        QString name;
        QString text;
        bool answered = false;
        std::function<void()> answerLater = [&] {
            auto *message = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!message) {
                QTimer::singleShot(20, this, answerLater);
                return;
            }
            name = message->objectName();
            text = message->text();
            for (QAbstractButton *button : message->buttons()) {
                if (message->buttonRole(button) == QMessageBox::RejectRole)
                    button->click();
            }
            answered = true;
        };
        QTimer::singleShot(20, this, answerLater);
        window.checkDatabaseInBackground(&database);
        QVERIFY(!window.session()->isReadOnly()); // not for good while the check runs
        window.show();
        auto *indicator = window.findChild<QLabel *>(u"readOnlyIndicator"_s);
        QVERIFY(indicator);

        QTRY_VERIFY_WITH_TIMEOUT(answered, 20000);
        QCOMPARE(name, u"damageFoundMessage"_s);
        QVERIFY2(text.contains(u"Nothing has been or will be written"_s), qPrintable(text));
        QTRY_VERIFY(!QApplication::activeModalWidget());
        QVERIFY(indicator->isVisible());
        QCOMPARE(indicator->text(), u"Damaged: changes cannot be saved"_s);
        QVERIFY(AppSettings::checkAtNextStart());
        QVERIFY(!window.session()->saveProfile(Profile{}, &error));
        AppSettings::setCheckAtNextStart(false);
    }

    void theRecoveryDialogOffersTheBackupNewOrQuit()
    {
        const BackupCandidate backup{m_dir.filePath(u"backups/b.sqlite"_s),
                                     QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC), 4};
        RecoveryDialog withBackup(m_dir.filePath(u"x.sqlite"_s), u"x.sqlite is damaged"_s, backup);
        withBackup.show();
        QVERIFY(QTest::qWaitForWindowExposed(&withBackup));
        QVERIFY(withBackup.restoreButton()->isEnabled());
        QVERIFY(child<QLabel>(&withBackup, u"recoveryText"_s)
                    ->text()
                    .contains(u"x.sqlite is damaged"_s));
        QTest::mouseClick(withBackup.restoreButton(), Qt::LeftButton);
        QCOMPARE(withBackup.choice(), RecoveryDialog::Choice::RestoreBackup);

        RecoveryDialog without(m_dir.filePath(u"x.sqlite"_s), u"damaged"_s, std::nullopt);
        without.show();
        QVERIFY(QTest::qWaitForWindowExposed(&without));
        QVERIFY(!without.restoreButton()->isEnabled());
        QTest::mouseClick(without.newDatabaseButton(), Qt::LeftButton);
        QCOMPARE(without.choice(), RecoveryDialog::Choice::NewDatabase);
        // Escape quits even where Restore is the default button.
        RecoveryDialog quit(m_dir.filePath(u"x.sqlite"_s), u"damaged"_s, backup);
        quit.show();
        QVERIFY(QTest::qWaitForWindowExposed(&quit));
        QVERIFY(quit.restoreButton()->isDefault());
        QTest::keyClick(&quit, Qt::Key_Escape);
        QCOMPARE(quit.choice(), RecoveryDialog::Choice::Quit);
        QCOMPARE(quit.result(), int(QDialog::Rejected));
    }

private:
    QTemporaryDir m_dir;
    Database m_database;
};

QTEST_MAIN(TestDesktop)
#include "tst_desktop.moc"
