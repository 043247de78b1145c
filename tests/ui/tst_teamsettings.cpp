// Settings › Team database and the status bar's team indicator, driven as a user does: the
// fields typed in, the connection tested against the real cluster that scripts/test.sh starts,
// the window told where its listings come from and when the server cannot be reached.
#include "services/AnalysisService.h"
#include "services/AppSettings.h"
#include "services/Session.h"
#include "services/TeamLink.h"
#include "shell/MainWindow.h"
#include "shell/SettingsDialog.h"
#include "shell/TeamDatabaseSettings.h"
#include "storage/Database.h"
#include "storage/ListingImportWriter.h"
#include "storage/MarketDataLoader.h"
#include "support/PostgresServer.h"
#include "support/WidgetLookup.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace Qt::StringLiterals;

class TestTeamSettings : public QObject
{
    Q_OBJECT

private:
    static void typeInto(QLineEdit *field, const QString &text)
    {
        field->setFocus();
        field->selectAll();
        QTest::keyClick(field, Qt::Key_Delete);
        typeAsIme(field, text); // Japanese too, as an input method sends it
    }

    static void typeInto(QSpinBox *field, int value)
    {
        field->setFocus();
        field->selectAll();
        QTest::keyClicks(field, QString::number(value));
    }

    SettingsDialog::Values currentValues() const
    {
        return {AppSettings::language(), RateConversion{}, QString(), 7,
                AppSettings::teamDatabaseUri()};
    }

    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void init() { QSettings().clear(); }

    // Typed in, the fields make a libpq address without a password; a half-filled one cannot
    // be accepted; unchecked, there is none.
    void theFieldsMakeAnAddress()
    {
        SettingsDialog dialog(currentValues(), 80, 250);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *group = child<QGroupBox>(&dialog, u"teamDatabaseSettings"_s);
        QVERIFY(!group->isChecked());
        QCOMPARE(dialog.values().teamDatabaseUri, QString());
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        group->setChecked(true);
        QVERIFY(!ok->isEnabled()); // no host, no database yet
        typeInto(child<QLineEdit>(&dialog, u"teamHost"_s), u"db.example.co.jp"_s);
        QVERIFY(!ok->isEnabled());
        QVERIFY(!child<QPushButton>(&dialog, u"teamTestConnection"_s)->isEnabled());
        typeInto(child<QLineEdit>(&dialog, u"teamDatabaseName"_s), u"案件"_s);
        typeInto(child<QLineEdit>(&dialog, u"teamUser"_s), u"yamada"_s);
        typeInto(child<QSpinBox>(&dialog, u"teamPort"_s), 6432);
        auto *tls = child<QComboBox>(&dialog, u"teamTlsMode"_s);
        QCOMPARE(tls->currentData().toString(), u"verify-full"_s); // the safe mode first
        tls->setCurrentIndex(tls->findData(u"require"_s));
        QVERIFY(ok->isEnabled());
        QVERIFY(child<QPushButton>(&dialog, u"teamTestConnection"_s)->isEnabled());
        const QString uri = dialog.values().teamDatabaseUri;
        QCOMPARE(uri,
                 u"postgresql://yamada@db.example.co.jp:6432/%E6%A1%88%E4%BB%B6?sslmode=require"_s);
        QString error;
        const auto address = ServerAddress::parse(uri, &error);
        QVERIFY2(address, qPrintable(error));
        QCOMPARE(address->database(), u"案件"_s);
        QVERIFY(address->password().isEmpty());
        group->setChecked(false);
        QCOMPARE(dialog.values().teamDatabaseUri, QString());

        // Opened again, the dialog shows the address kept.
        SettingsDialog::Values kept = currentValues();
        kept.teamDatabaseUri = uri;
        SettingsDialog again(kept, 80, 250);
        QVERIFY(child<QGroupBox>(&again, u"teamDatabaseSettings"_s)->isChecked());
        QCOMPARE(child<QLineEdit>(&again, u"teamHost"_s)->text(), u"db.example.co.jp"_s);
        QCOMPARE(child<QSpinBox>(&again, u"teamPort"_s)->value(), 6432);
        QCOMPARE(again.values().teamDatabaseUri, uri);
    }

    // "Test connection" reaches the real server: what it holds and what the account may do,
    // or why it cannot be reached, without freezing the dialog.
    void testConnectionReachesTheServer()
    {
        CAREERPLANNER_SCRATCH_POSTGRES(scratch);
        {
            TeamDatabase team;
            QVERIFY2(team.initialise(scratch.address()), qPrintable(team.lastError()));
        }
        SettingsDialog dialog(currentValues(), 80, 250);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        child<QGroupBox>(&dialog, u"teamDatabaseSettings"_s)->setChecked(true);
        typeInto(child<QLineEdit>(&dialog, u"teamHost"_s), scratch.address().host());
        typeInto(child<QSpinBox>(&dialog, u"teamPort"_s), scratch.address().port());
        typeInto(child<QLineEdit>(&dialog, u"teamDatabaseName"_s), scratch.name());
        typeInto(child<QLineEdit>(&dialog, u"teamUser"_s), scratch.address().user());
        auto *tls = child<QComboBox>(&dialog, u"teamTlsMode"_s);
        tls->setCurrentIndex(tls->findData(u"prefer"_s)); // the test cluster has no TLS
        auto *test = child<QPushButton>(&dialog, u"teamTestConnection"_s);
        auto *result = child<QLabel>(&dialog, u"teamTestResult"_s);
        QTest::mouseClick(test, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            result->text().contains(u"Connected: schema version 1, 0 listings"_s), 20'000);
        QVERIFY2(result->text().contains(u"may import, merge and delete"_s),
                 qPrintable(result->text()));

        typeInto(child<QSpinBox>(&dialog, u"teamPort"_s), scratch.address().port() - 1000);
        QTRY_VERIFY(test->isEnabled());
        QTest::mouseClick(test, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(u"Cannot reach the team database"_s),
                                 20'000);
    }

    // The window says where its listings come from, and when the server cannot be reached,
    // that they are the copy of that time, read only, with a button to try again.
    void theStatusBarSaysWhereTheListingsComeFrom()
    {
        CAREERPLANNER_SCRATCH_POSTGRES(scratch);
        {
            TeamDatabase team;
            QVERIFY2(team.initialise(scratch.address()), qPrintable(team.lastError()));
        }
        Database database;
        QVERIFY(database.open(m_dir.filePath(u"window.sqlite"_s)));
        QString error;
        auto market = MarketDataLoader::load(database.connection(), &error);
        QVERIFY2(market, qPrintable(error));
        MainWindow window(database.connection(), std::move(*market));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.useTeamDatabase(new TeamLink(scratch.address(), database.path()));
        auto *label = child<QLabel>(&window, u"teamStatusLabel"_s);
        auto *retry = child<QToolButton>(&window, u"teamRetry"_s);
        QTRY_VERIFY_WITH_TIMEOUT(label->text().contains(u", copied "_s), 20'000);
        QVERIFY2(label->text().contains(scratch.name()), qPrintable(label->text()));
        QVERIFY(!retry->isVisible());

        const auto gone = ServerAddress::parse(
            u"postgresql://%1@127.0.0.1:%2/%3?connect_timeout=3"_s.arg(scratch.address().user())
                .arg(scratch.address().port() - 1000)
                .arg(scratch.name()),
            &error);
        Database other;
        QVERIFY(other.open(m_dir.filePath(u"offline-window.sqlite"_s)));
        auto otherMarket = MarketDataLoader::load(other.connection(), &error);
        MainWindow offline(other.connection(), std::move(*otherMarket));
        offline.show();
        QVERIFY(QTest::qWaitForWindowExposed(&offline));
        offline.useTeamDatabase(new TeamLink(*gone, other.path()));
        auto *offlineLabel = child<QLabel>(&offline, u"teamStatusLabel"_s);
        auto *offlineRetry = child<QToolButton>(&offline, u"teamRetry"_s);
        QTRY_VERIFY_WITH_TIMEOUT(offlineLabel->text().contains(u"unreachable"_s), 20'000);
        QVERIFY2(offlineLabel->toolTip().contains(u"Cannot reach the team database"_s),
                 qPrintable(offlineLabel->toolTip()));
        QVERIFY2(offlineLabel->toolTip().startsWith(gone->databaseAndHost()),
                 qPrintable(offlineLabel->toolTip()));
        QTRY_VERIFY(offlineRetry->isVisible());
        QTest::mouseClick(offlineRetry, Qt::LeftButton);
        QVERIFY(!offlineRetry->isVisible()); // while it tries
        QTRY_VERIFY_WITH_TIMEOUT(offlineRetry->isVisible(), 20'000);
    }

    // The server wants a password that ~/.pgpass does not hold: the status bar asks for it
    // ("Sign in…"), and with it the listings are copied. It is never written anywhere.
    void aPasswordIsAskedForWhenNoneIsFound()
    {
        CAREERPLANNER_SCRATCH_POSTGRES(scratch);
        {
            TeamDatabase team;
            QVERIFY2(team.initialise(scratch.address()), qPrintable(team.lastError()));
        }
        const QString login = u"asked_%1"_s.arg(QRandomGenerator::global()->bounded(1'000'000));
        QCOMPARE(PostgresServer::runAsSuperuser({u"CREATE ROLE %1 LOGIN PASSWORD 'typed-in' IN "
                                                 "ROLE careerplanner_reader"_s.arg(login)}),
                 QString());
        auto dropRole =
            qScopeGuard([&] { PostgresServer::runAsSuperuser({u"DROP ROLE %1"_s.arg(login)}); });
        Database database;
        QVERIFY(database.open(m_dir.filePath(u"password.sqlite"_s)));
        QString error;
        auto market = MarketDataLoader::load(database.connection(), &error);
        QVERIFY2(market, qPrintable(error));
        MainWindow window(database.connection(), std::move(*market));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.useTeamDatabase(new TeamLink(scratch.addressAs(login), database.path()));
        auto *label = child<QLabel>(&window, u"teamStatusLabel"_s);
        auto *signIn = child<QToolButton>(&window, u"teamSignIn"_s);
        QTRY_VERIFY_WITH_TIMEOUT(signIn->isVisible(), 20'000);
        QVERIFY2(label->text().contains(u"a password is needed"_s), qPrintable(label->text()));

        // Typed into the dialog the button opens.
        bool typed = false;
        QTimer answer;
        answer.setInterval(20);
        connect(&answer, &QTimer::timeout, this, [&] {
            auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            auto *field = dialog->findChild<QLineEdit *>();
            QCOMPARE(field->echoMode(), QLineEdit::Password);
            QTest::keyClicks(field, u"typed-in"_s);
            dialog->accept();
            typed = true;
            answer.stop();
        });
        answer.start();
        QTest::mouseClick(signIn, Qt::LeftButton);
        QVERIFY(typed);
        QTRY_VERIFY_WITH_TIMEOUT(label->text().contains(u"(read only), copied"_s), 20'000);
        QVERIFY(!signIn->isVisible());
        // Nowhere in the settings.
        const QSettings settings;
        for (const QString &key : settings.allKeys())
            QVERIFY2(!settings.value(key).toString().contains(u"typed-in"_s), qPrintable(key));
    }
};

QTEST_MAIN(TestTeamSettings)
#include "tst_teamsettings.moc"
