// Developer tool: opens the real window on a database and saves PNGs of the listings views
// (search, import preview, comparison, paste) and the roadmap (steps with a what-if, progress)
// so they can be looked at in each language, and the PDF report (roadmap-report-LANG.pdf).
// With --history the profile gets two older saved versions and a plan started 200 days ago.
//   xvfb-run -a build/ui_tour --lang ja --database DB --profile P.json --import F.csv --out DIR
#include "charts/ChartsPage.h"
#include "core/CareerAnalysis.h"
#include "core/IncomeProjection.h"
#include "core/ProfileJson.h"
#include "core/RoadmapPlanner.h"
#include "listings/ListingComparisonDialog.h"
#include "listings/ListingImportDialog.h"
#include "listings/ListingsPage.h"
#include "listings/PasteListingDialog.h"
#include "listings/UnreadRequirementsDialog.h"
#include "pipeline/PipelinePage.h"
#include "profile/ProfilePage.h"
#include "profile/WelcomePanel.h"
#include "roadmap/RoadmapPage.h"
#include "roadmap/RoadmapStepModel.h"
#include "services/AnalysisService.h"
#include "services/AppSettings.h"
#include "services/Language.h"
#include "services/Session.h"
#include "shell/AboutDialog.h"
#include "shell/MainWindow.h"
#include "shell/SettingsDialog.h"
#include "storage/Database.h"
#include "storage/ListingRepository.h"
#include "storage/MarketDataLoader.h"
#include "storage/ProfileStore.h"
#include "storage/RoadmapProgressStore.h"
#include "storage/SavedListingRepository.h"
#include "takehome/TakeHomePage.h"

#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QPalette>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>

using namespace Qt::StringLiterals;

namespace {
void settle(int milliseconds = 400)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < milliseconds)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
}

bool save(QWidget *widget, const QString &path)
{
    settle();
    const bool ok = widget->grab().save(path);
    std::printf("%s %s\n", ok ? "wrote" : "FAILED", qPrintable(path));
    return ok;
}
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"CareerPlannerTour"_s);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption lang(u"lang"_s, u"ja or en"_s, u"lang"_s, u"en"_s);
    const QCommandLineOption databaseOption(u"database"_s, u"database file"_s, u"path"_s);
    const QCommandLineOption profileOption(u"profile"_s, u"profile JSON"_s, u"path"_s);
    const QCommandLineOption importOption(u"import"_s, u"listings file"_s, u"path"_s);
    const QCommandLineOption searchOption(u"search"_s, u"search text"_s, u"text"_s);
    const QCommandLineOption outOption(u"out"_s, u"output folder"_s, u"dir"_s, u"."_s);
    const QCommandLineOption historyOption(u"history"_s, u"add an older profile history"_s);
    const QCommandLineOption sizeOption(u"size"_s, u"window size, e.g. 1240x780"_s, u"WxH"_s,
                                        u"1240x780"_s);
    parser.addOption(sizeOption);
    // A dark desktop: the Fusion style with a dark palette, as a dark KDE or GNOME theme
    // hands the program (checks that no page paints light colours of its own on it).
    const QCommandLineOption darkOption(u"dark"_s, u"a dark palette"_s);
    parser.addOptions({lang, databaseOption, profileOption, importOption, searchOption, outOption,
                       historyOption, darkOption});
    parser.process(app);
    if (parser.isSet(darkOption)) {
        QApplication::setStyle(u"Fusion"_s);
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(45, 45, 48));
        dark.setColor(QPalette::WindowText, QColor(230, 230, 230));
        dark.setColor(QPalette::Base, QColor(30, 30, 32));
        dark.setColor(QPalette::AlternateBase, QColor(40, 40, 44));
        dark.setColor(QPalette::Text, QColor(230, 230, 230));
        dark.setColor(QPalette::Button, QColor(55, 55, 60));
        dark.setColor(QPalette::ButtonText, QColor(230, 230, 230));
        dark.setColor(QPalette::ToolTipBase, QColor(60, 60, 64));
        dark.setColor(QPalette::ToolTipText, QColor(230, 230, 230));
        dark.setColor(QPalette::PlaceholderText, QColor(150, 150, 150));
        dark.setColor(QPalette::Highlight, QColor(42, 130, 218));
        dark.setColor(QPalette::HighlightedText, Qt::white);
        dark.setColor(QPalette::Link, QColor(100, 170, 255));
        dark.setColor(QPalette::Disabled, QPalette::Text, QColor(120, 120, 120));
        dark.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(120, 120, 120));
        dark.setColor(QPalette::Disabled, QPalette::WindowText, QColor(120, 120, 120));
        QApplication::setPalette(dark);
    }
    Language::install(parser.value(lang));
    const QString suffix = u"-"_s + parser.value(lang) + u".png"_s;
    const QDir out(parser.value(outOption));

    Database database;
    if (!database.open(parser.value(databaseOption))) {
        std::fprintf(stderr, "%s\n", qPrintable(database.lastError()));
        return 1;
    }
    QString error;
    auto market = MarketDataLoader::load(database.connection(), &error);
    if (!market) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    if (parser.isSet(historyOption) && parser.isSet(profileOption)) {
        // Two earlier versions of the profile: without AWS and its certification 200 days
        // ago, with a year of AWS 100 days ago; the plan was started from the first.
        QFile file(parser.value(profileOption));
        if (!file.open(QIODevice::ReadOnly))
            return 1;
        const Profile now = ProfileJson::fromBytes(file.readAll(), &error).value();
        Profile earliest = now;
        earliest.skills.removeIf([](const ProfileSkill &s) { return s.name == u"AWS"_s; });
        earliest.certifications.clear();
        earliest.annualIncomeYen = now.annualIncomeYen - 400'000;
        Profile middle = now;
        for (ProfileSkill &skill : middle.skills) {
            if (skill.name == u"AWS"_s)
                skill.years = 1;
        }
        middle.certifications.clear();
        middle.annualIncomeYen = now.annualIncomeYen - 200'000;
        const QDateTime today = QDateTime::currentDateTimeUtc();
        ProfileStore store(database.connection());
        store.save(earliest, &error, today.addDays(-200));
        store.save(middle, &error, today.addDays(-100));
        store.save(now, &error, today);
        const CareerAnalysis analysis(*market, market->parameters.defaultConversion());
        const RoadmapPlanner planner(analysis, market->roadmapEffort);
        const RoadmapPlan plan = planner.plan(earliest, {now.targetIncomeYen, std::nullopt, 6});
        RoadmapSettings settings{now.targetIncomeYen, std::nullopt, 6, today.addDays(-200),
                                 IncomeProjection::plannedPoints(plan)};
        RoadmapProgressStore(database.connection()).saveSettings(settings, &error);
        RoadmapProgressStore(database.connection())
            .setStatus(u"certify:aws-saa"_s, RoadmapStepStatus::Done, &error);
        // Saved listings at several stages, so the report has a comparison to show and the
        // Applications page a funnel, a ledger and actions coming due.
        const ListingSet listings = ListingRepository(database.connection()).summaries();
        SavedListingRepository saved(database.connection());
        const QDate day = QDate::currentDate();
        const QDateTime start = today.addDays(-21);
        if (listings.size() >= 4) {
            saved.save(listings.id(0), ApplicationStatus::Applied, u"面談 12/3 14:00"_s, &error,
                       start);
            saved.save(listings.id(0), ApplicationStatus::Interviewing, u"面談 12/3 14:00"_s,
                       NextAction{u"二次面談"_s, day.addDays(1)}, &error, start.addDays(6));
            saved.addRate(listings.id(0), RateKind::Desired, 850'000, &error, start);
            saved.addRate(listings.id(0), RateKind::Offered, 800'000, &error, start.addDays(7));
            saved.save(listings.id(1), ApplicationStatus::Interested, QString(),
                       NextAction{u"エージェントに条件を確認"_s, QDate()}, &error, start);
            saved.save(listings.id(2), ApplicationStatus::Applied, QString(), &error, start);
            saved.save(listings.id(2), ApplicationStatus::Declined, QString(),
                       NextAction{u"辞退の連絡"_s, day.addDays(-1)}, &error, start.addDays(4));
            saved.save(listings.id(3), ApplicationStatus::Applied, QString(), &error, start);
            saved.save(listings.id(3), ApplicationStatus::Offered, QString(), &error,
                       start.addDays(10));
            saved.addRate(listings.id(3), RateKind::Offered, 720'000, &error, start.addDays(10));
        }
    }
    // Every tour starts from the same take-home circumstances (none saved) and the listings'
    // columns as the program sizes them.
    AppSettings::setTakeHomeHousehold({});
    QSettings().remove(u"listings/columns"_s);
    MainWindow window(database.connection(), *market);
    const QStringList size = parser.value(sizeOption).split(u'x');
    window.resize(size.value(0).toInt() > 0 ? size.value(0).toInt() : 1240,
                  size.value(1).toInt() > 0 ? size.value(1).toInt() : 780);
    window.show();
    // The first start's welcome, as a new user sees it; then skipped to the tour.
    window.showWelcome();
    settle(400);
    save(&window, out.filePath(u"welcome"_s + suffix));
    if (auto *skip = window.welcomePanel()->findChild<QPushButton *>(u"welcomeSkip"_s))
        skip->click();
    if (parser.isSet(profileOption)) {
        QFile file(parser.value(profileOption));
        if (!file.open(QIODevice::ReadOnly))
            return 1;
        const auto profile = ProfileJson::fromBytes(file.readAll(), &error);
        if (!profile) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        window.profilePage()->setProfile(*profile);
    }
    // Every page once, so each language can be checked for text left untranslated.
    window.showPage(MainWindow::ProfilePageIndex);
    settle(600);
    save(&window, out.filePath(u"page-profile"_s + suffix));
    window.showPage(MainWindow::ChartsPageIndex);
    const QStringList charts{u"age"_s, u"employment"_s, u"skills"_s, u"rates"_s};
    for (int chart = 0; chart < charts.size(); ++chart) {
        window.chartsPage()->showChart(ChartsPage::Chart(chart));
        settle(300);
        save(&window, out.filePath(u"page-chart-"_s + charts.at(chart) + suffix));
    }
    {
        // With a team database filled in, as a member of a team sees it.
        SettingsDialog settings({AppSettings::language(), window.analysisService()->conversion(),
                                 QString(), AppSettings::backupsToKeep(),
                                 u"postgresql://yamada@db.example.co.jp:5432/careerplanner"
                                 "?sslmode=verify-full"_s},
                                market->parameters.minimumBillableHours,
                                market->parameters.maximumBillableHours, &window);
        settings.show();
        settle(300);
        save(&settings, out.filePath(u"settings"_s + suffix));
        AboutDialog about(market->statistics, market->pack, &window);
        about.show();
        settle(300);
        save(&about, out.filePath(u"about"_s + suffix));
    }
    window.showPage(MainWindow::ListingsPageIndex);
    ListingsPage *page = window.listingsPage();
    settle(800);

    if (parser.isSet(importOption)) {
        // The dialog deletes itself when the import is committed.
        QPointer<ListingImportDialog> dialog = page->importFile(parser.value(importOption));
        while (dialog->isBusy() || dialog->preview().accepted.isEmpty())
            settle(100);
        save(dialog, out.filePath(u"import-preview"_s + suffix));
        dialog->setDuplicatePolicy(DuplicatePolicy::Skip);
        dialog->startImport();
        while (dialog && dialog->isVisible())
            settle(100);
    }
    auto *search = page->findChild<QLineEdit *>(u"listingSearch"_s);
    search->setText(parser.value(searchOption));
    auto *table = page->findChild<QTableView *>(u"listingTable"_s);
    if (table->model()->rowCount() > 0)
        table->selectRow(0);
    save(&window, out.filePath(u"listings-search"_s + suffix));

    if (table->model()->rowCount() >= 3) {
        table->clearSelection();
        for (int row = 0; row < 3; ++row)
            table->selectionModel()->select(table->model()->index(row, 0),
                                            QItemSelectionModel::Select |
                                                QItemSelectionModel::Rows);
        if (ListingComparisonDialog *comparison = page->compareSelected()) {
            save(comparison, out.filePath(u"listings-compare"_s + suffix));
            comparison->close();
        }
    }
    PasteListingDialog *paste = page->pasteListing();
    paste->textEdit()->setPlainText(
        u"項目\t内容\n概要\t保険会社向け基幹システム刷新\n報酬\t70万～90万円\n契約形態\t業務委託\n"
        "ポジション\tバックエンドエンジニア\n期間\t長期\n作業内容\t基幹システムの設計と開発\n"
        "求めるスキル\tJavaでの開発経験(5年以上)、AWSの利用経験\n"_s);
    save(paste, out.filePath(u"listings-paste"_s + suffix));
    paste->reject();
    // A saved listing with its history and rate ledger, in the panel below the details.
    for (const SavedListing &entry : window.session()->saved().all()) {
        if (entry.rates.size() < 2)
            continue;
        search->clear();
        settle(400);
        page->revealListing(entry.listingId);
        settle(400);
        if (auto *tabs = page->findChild<QTabWidget *>(u"savedListingTabs"_s)) {
            tabs->setCurrentIndex(1);
            settle(200);
            save(&window, out.filePath(u"listings-saved-history"_s + suffix));
            tabs->setCurrentIndex(2);
            settle(200);
            save(&window, out.filePath(u"listings-saved-rates"_s + suffix));
            tabs->setCurrentIndex(0);
        }
        break;
    }

    window.showPage(MainWindow::RoadmapPageIndex);
    RoadmapPage *roadmap = window.roadmapPage();
    settle(300);
    auto *steps = roadmap->findChild<QTableView *>(u"roadmapSteps"_s);
    if (steps->model()->rowCount() > 1) {
        steps->selectRow(1);
        for (int row = 1; row < 3 && row < steps->model()->rowCount(); ++row)
            steps->model()->setData(steps->model()->index(row, 0), Qt::Checked, Qt::CheckStateRole);
    }
    settle(300);
    save(&window, out.filePath(u"roadmap"_s + suffix));
    roadmap->model()->clearWhatIf();
    roadmap->tabs()->setCurrentIndex(1);
    settle(300);
    save(&window, out.filePath(u"roadmap-progress"_s + suffix));
    roadmap->tabs()->setCurrentIndex(2); // what it takes, by the profile's age + 5
    settle(600);
    save(&window, out.filePath(u"roadmap-what-it-takes"_s + suffix));

    // Take-home: the user's estimates side by side, the full-time column explained.
    window.showPage(MainWindow::TakeHomePageIndex);
    settle(500);
    save(&window, out.filePath(u"page-takehome"_s + suffix));
    {
        // In Osaka, with iDeCo and 小規模企業共済: the savings row and bar appear.
        TakeHomePage *takeHome = window.takeHomePage();
        if (auto *prefecture = takeHome->findChild<QComboBox *>(u"takeHomePrefecture"_s))
            prefecture->setCurrentIndex(prefecture->findData(u"osaka"_s));
        if (auto *ideco = takeHome->findChild<QSpinBox *>(u"takeHomeIdeco"_s))
            ideco->setValue(23'000);
        if (auto *aid = takeHome->findChild<QSpinBox *>(u"takeHomeSmallBusinessMutualAid"_s))
            aid->setValue(30'000);
        if (auto *leave = takeHome->findChild<QSpinBox *>(u"takeHomePaidLeaveDays"_s))
            leave->setValue(20);
        settle(300);
        save(&window, out.filePath(u"page-takehome-savings"_s + suffix));
    }
    // Applications: the saved listings by status, the funnel, what is coming due.
    window.showPage(MainWindow::PipelinePageIndex);
    settle(500);
    save(&window, out.filePath(u"page-applications"_s + suffix));
    {
        UnreadRequirementsDialog unread(window.session(), &window);
        unread.show();
        settle(300);
        if (unread.table()->rowCount() > 0)
            unread.table()->setCurrentCell(0, 0);
        settle(200);
        save(&unread, out.filePath(u"unread-requirements"_s + suffix));
    }
    if (!roadmap->writeReport(out.filePath(u"roadmap-report-"_s + parser.value(lang) + u".pdf"_s),
                              &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    return 0;
}
