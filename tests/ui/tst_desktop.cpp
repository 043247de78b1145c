#include "charts/ChartsPage.h"
#include "charts/IncomeByAgeChartView.h"
#include "listings/ListingsPage.h"
#include "profile/ProfilePage.h"
#include "services/AnalysisService.h"
#include "services/AppSettings.h"
#include "services/Language.h"
#include "services/Session.h"
#include "shell/AboutDialog.h"
#include "shell/GuiApplication.h"
#include "shell/MainMenus.h"
#include "shell/MainWindow.h"
#include "shell/RecoveryDialog.h"
#include "shell/SettingsDialog.h"
#include "storage/Database.h"
#include "storage/ListingRepository.h"
#include "storage/MarketDataLoader.h"
#include "storage/ProfileStore.h"
#include "storage/SavedListingRepository.h"
#include "support/DamagedDatabase.h"
#include "support/WidgetLookup.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QChart>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileInfo>
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
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <cerrno>
#include <cstring>
#include <functional>
#include <sched.h>
#include <sys/mount.h>
#include <unistd.h>

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
        // A restore is not a new step: once the pause timer is idle (had the restore started
        // it, it would have fired and pushed a third step), there are still two.
        auto *paused = page->findChild<QTimer *>(u"profileEditedTimer"_s);
        QVERIFY(paused);
        QTRY_VERIFY(!paused->isActive());
        QCoreApplication::processEvents();
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
        // The names follow the labels once every page has retranslated: wait for that.
        auto unnamedFields = [&window]() {
            QStringList unnamed;
            const QList<QWidget *> widgets = window.findChildren<QWidget *>();
            for (QWidget *widget : widgets) {
                const bool field =
                    (qobject_cast<QAbstractSpinBox *>(widget) ||
                     qobject_cast<QComboBox *>(widget) || qobject_cast<QPlainTextEdit *>(widget) ||
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
            return unnamed;
        };
        QStringList unnamed;
        QTRY_VERIFY2((unnamed = unnamedFields()).isEmpty(), qPrintable(unnamed.join(u", "_s)));
        if (language == u"ja"_s) {
            QTRY_COMPARE(child<QSpinBox>(&window, u"ageSpin"_s)->accessibleName(), u"年齢"_s);
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
                                      AppSettings::databasePath(), AppSettings::backupsToKeep(),
                                      AppSettings::teamDatabaseUri()};
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

    // Start-up: a damaged file goes to the recovery dialog, and the backup or a new database
    // is what opens, the damaged file kept aside; a file another program holds locked is
    // reported as such, never called damaged, and nothing is moved.
    void startUpRecoversADamagedFileAndLeavesALockedOneAlone_data()
    {
        QTest::addColumn<QString>("answer");
        QTest::newRow("restore the backup") << u"recoveryRestore"_s;
        QTest::newRow("start a new database") << u"recoveryNew"_s;
    }

    void startUpRecoversADamagedFileAndLeavesALockedOneAlone()
    {
        QFETCH(QString, answer);
        const QString folder = m_dir.filePath(u"startup-"_s + answer);
        QVERIFY(QDir().mkpath(folder));
        const QString path = folder + u"/careerplanner.sqlite"_s;
        qint64 noted = 0;
        {
            Database first;
            QVERIFY(first.open(path));
            noted = ListingRepository(first.connection()).summaries().id(0);
            QString error;
            QVERIFY(SavedListingRepository(first.connection())
                        .save(noted, ApplicationStatus::Offered, u"内定の連絡"_s, &error));
        }
        {
            Database second; // an existing file: this open writes the day's backup
            QVERIFY(second.open(path));
        }
        QVERIFY(!QDir(folder + u"/backups"_s).isEmpty());
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            file.seek(4096 * 2);
            file.write(QByteArray(4096 * 8, '\x5A'));
        }

        QString dialogName;
        std::function<void()> respond = [&] {
            QWidget *modal = QApplication::activeModalWidget();
            if (!modal) {
                QTimer::singleShot(20, this, respond);
                return;
            }
            dialogName = modal->objectName();
            if (auto *button = modal->findChild<QPushButton *>(answer))
                button->click();
            else
                modal->close();
        };
        QTimer::singleShot(20, this, respond);
        Database database;
        QString note;
        QVERIFY(GuiApplication::open(database, path, &note, true));
        QCOMPARE(dialogName, u"recoveryDialog"_s);
        QStringList aside = QDir(folder).entryList({u"careerplanner.sqlite.damaged-*"_s});
        aside.removeIf(
            [](const QString &n) { return n.endsWith(u"-wal"_s) || n.endsWith(u"-shm"_s); });
        QCOMPARE(aside.size(), 1); // the damaged file kept
        QVERIFY2(note.contains(aside.first()), qPrintable(note));
        const auto saved = SavedListingRepository(database.connection()).find(noted);
        if (answer == u"recoveryRestore"_s) {
            QVERIFY2(note.startsWith(u"Restored the backup"_s), qPrintable(note));
            QVERIFY(saved);
            QCOMPARE(saved->note, u"内定の連絡"_s); // the backup's data
        } else {
            QVERIFY2(note.startsWith(u"Started a new database"_s), qPrintable(note));
            QVERIFY(!saved);                                               // a fresh database
            QVERIFY(ListingRepository(database.connection()).count() > 0); // with its samples
        }
    }

    // A file this user may not write opens read-only with a note saying so; nothing is
    // written to it. Root may write any file, so there the file is put on a tmpfs mounted
    // read-only in a mount namespace of the test's own thread (unshare, then mount).
    void startUpOpensAnUnwritableFileReadOnlyWithANote()
    {
        const QString folder = m_dir.filePath(u"startup-readonly"_s);
        QVERIFY(QDir().mkpath(folder));
        const QString path = folder + u"/careerplanner.sqlite"_s;
        const bool root = ::geteuid() == 0;
        if (root) {
            QVERIFY2(::unshare(CLONE_NEWNS) == 0, strerror(errno));
            QVERIFY2(::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) == 0,
                     strerror(errno));
            QVERIFY2(
                ::mount("tmpfs", QFile::encodeName(folder).constData(), "tmpfs", 0, "size=8m") == 0,
                strerror(errno));
        }
        {
            Database created;
            QVERIFY(created.open(path));
        }
        const QByteArray before = [&] {
            QFile file(path);
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        }();
        if (root) {
            QVERIFY2(::mount(nullptr, QFile::encodeName(folder).constData(), nullptr,
                             MS_REMOUNT | MS_RDONLY, nullptr) == 0,
                     strerror(errno));
        } else {
            QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner));
            QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        }
        QVERIFY(!QFileInfo(path).isWritable() || !QFileInfo(folder).isWritable());
        // An error box would wait for a click: one is closed and reported instead.
        QString unexpected;
        QTimer guard;
        guard.setInterval(50);
        connect(&guard, &QTimer::timeout, this, [&unexpected] {
            if (auto *message = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                unexpected = message->text();
                message->close();
            }
        });
        guard.start();
        Database database;
        QString note;
        const bool opened = GuiApplication::open(database, path, &note, true);
        guard.stop();
        QVERIFY2(unexpected.isEmpty(), qPrintable(unexpected));
        QVERIFY(opened);
        QVERIFY(database.isReadOnly());
        QVERIFY2(note.contains(u"can only be read here"_s), qPrintable(note));
        QString error;
        QVERIFY(!ProfileStore(database.connection()).save(Profile{}, &error));
        database.close();
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);
        if (root)
            ::umount2(QFile::encodeName(folder).constData(), MNT_DETACH);
        else
            QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                              QFileDevice::ExeOwner);
    }

    void startUpReportsALockedFileWithoutCallingItDamaged()
    {
        const QString folder = m_dir.filePath(u"startup-locked"_s);
        QVERIFY(QDir().mkpath(folder));
        const QString path = folder + u"/careerplanner.sqlite"_s;
        {
            Database created;
            QVERIFY(created.open(path));
        }
        const QByteArray before = [&] {
            QFile file(path);
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        }();
        // Another program holds the file with an exclusive lock for as long as it is open.
        {
            QSqlDatabase holder = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"holder"_s);
            holder.setDatabaseName(path);
            QVERIFY(holder.open());
            QSqlQuery lock(holder);
            QVERIFY(lock.exec(u"PRAGMA locking_mode = EXCLUSIVE"_s));
            QVERIFY(lock.exec(u"BEGIN EXCLUSIVE"_s));
            QVERIFY(lock.exec(u"SELECT COUNT(*) FROM listings"_s));
            lock.finish();

            QString dialogName;
            QString text;
            std::function<void()> respond = [&] {
                QWidget *modal = QApplication::activeModalWidget();
                if (!modal) {
                    QTimer::singleShot(20, this, respond);
                    return;
                }
                dialogName = modal->objectName();
                if (auto *message = qobject_cast<QMessageBox *>(modal))
                    text = message->text();
                modal->close();
            };
            QTimer::singleShot(20, this, respond);
            Database database;
            QString note;
            QVERIFY(!GuiApplication::open(database, path, &note, true));
            QVERIFY2(dialogName != u"recoveryDialog"_s, "a locked file was offered for recovery");
            QVERIFY2(text.contains(u"could not be opened"_s), qPrintable(text));
            QVERIFY2(!text.contains(u"damaged"_s), qPrintable(text));
            QVERIFY(lock.exec(u"ROLLBACK"_s));
        }
        QSqlDatabase::removeDatabase(u"holder"_s);
        QVERIFY(QDir(folder).entryList({u"careerplanner.sqlite.damaged-*"_s}).isEmpty());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before); // not written to
    }

private:
    QTemporaryDir m_dir;
    Database m_database;
};

QTEST_MAIN(TestDesktop)
#include "tst_desktop.moc"
