#include "shell/MainWindow.h"

#include "charts/ChartsPage.h"
#include "charts/IncomeByAgeChartView.h"
#include "core/pipeline/DueActions.h"
#include "listings/ListingsPage.h"
#include "listings/UnreadRequirementsDialog.h"
#include "pipeline/DueActionsBanner.h"
#include "pipeline/PipelinePage.h"
#include "profile/ProfilePage.h"
#include "profile/RateConverterWidget.h"
#include "profile/ResultsPanel.h"
#include "profile/WelcomePanel.h"
#include "roadmap/RoadmapPage.h"
#include "services/AnalysisService.h"
#include "services/AppSettings.h"
#include "services/Language.h"
#include "services/Session.h"
#include "shell/AboutDialog.h"
#include "shell/MainMenus.h"
#include "shell/MarketDataImporter.h"
#include "shell/TeamStatusIndicator.h"
#include "takehome/TakeHomePage.h"
#include "widgets/AccessibleNames.h"
#include "widgets/BusyIndicator.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProcess>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

MainWindow::MainWindow(QSqlDatabase database, MarketData market, QWidget *parent)
    : QMainWindow(parent), m_session(new Session(std::move(database), std::move(market), this)),
      m_analysis(m_session->analysis()), m_navigation(new QListWidget(this)),
      m_pages(new QStackedWidget(this)), m_profilePage(new ProfilePage(m_session, this)),
      m_results(new ResultsPanel(this)), m_whatIfIndicator(new QLabel(this)),
      m_readOnlyIndicator(new QLabel(this)), m_loadingIndicator(new BusyIndicator(this)),
      m_dueBanner(new DueActionsBanner(this))
{
    setObjectName(u"mainWindow"_s);
    m_navigation->setObjectName(u"pageNavigation"_s);
    m_pages->setObjectName(u"pageStack"_s);
    m_profilePage->setObjectName(u"profilePage"_s);
    m_whatIfIndicator->setObjectName(u"whatIfIndicator"_s);

    m_pages->addWidget(createProfileWorkspace());
    // Placeholders until built (ensurePage).
    for (int page = ListingsPageIndex; page <= PipelinePageIndex; ++page)
        m_pages->addWidget(new QWidget(m_pages));
    for (int i = 0; i < m_pages->count(); ++i)
        m_navigation->addItem(QString());
    m_navigation->setFixedWidth(m_navigation->fontMetrics().horizontalAdvance(u"M"_s) * 12);
    m_navigation->setSpacing(2);

    auto *central = new QWidget(this);
    auto *pagesLayout = new QHBoxLayout;
    pagesLayout->addWidget(m_navigation);
    pagesLayout->addWidget(m_pages, 1);
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(m_dueBanner);
    layout->addLayout(pagesLayout, 1);
    setCentralWidget(central);
    connect(m_dueBanner, &DueActionsBanner::showRequested, this,
            [this]() { showPage(PipelinePageIndex); });
    connect(m_session, &Session::savedChanged, this, &MainWindow::updateDueActions);
    setAcceptDrops(true);

    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        ensurePage(row);
        m_pages->setCurrentIndex(row);
    });
    connect(m_profilePage, &ProfilePage::modifiedChanged, this, &QWidget::setWindowModified);
    // After the profile page's own handler (connected when it was built), which records it.
    connect(m_session, &Session::profileSaved, this, &MainWindow::updateDefaultProfileNotice);
    connect(m_profilePage, &ProfilePage::profileEdited, this,
            &MainWindow::updateDefaultProfileNotice);
    updateDefaultProfileNotice();
    connect(m_analysis, &AnalysisService::resultChanged, this, &MainWindow::showAnalysis);
    m_results->converter()->setConversion(m_analysis->conversion());
    m_results->converter()->setBillableHoursRange(
        m_analysis->data().parameters.minimumBillableHours,
        m_analysis->data().parameters.maximumBillableHours);
    connect(m_results->converter(), &RateConverterWidget::conversionChanged, m_session,
            &Session::setConversion);
    connect(m_session, &Session::conversionChanged, m_results->converter(),
            &RateConverterWidget::setConversion);
    m_analysis->setProfile(m_profilePage->profile());
    statusBar()->addPermanentWidget(m_whatIfIndicator);
    m_whatIfIndicator->setVisible(false);
    m_loadingIndicator->setObjectName(u"listingsLoadingIndicator"_s);
    statusBar()->addPermanentWidget(m_loadingIndicator);
    m_loadingIndicator->setBusy(m_session->isLoadingListings());
    connect(m_session, &Session::listingsLoadingChanged, m_loadingIndicator,
            &BusyIndicator::setBusy);
    connect(m_session, &Session::listingsLoadFailed, this, [this](const QString &error) {
        QMessageBox::warning(this, tr("Listings"),
                             tr("The listings could not be read from the database: %1").arg(error));
    });
    connect(m_analysis, &AnalysisService::whatIfChanged, m_whatIfIndicator, &QWidget::setVisible);

    m_marketData = new MarketDataImporter(m_session, this);
    connect(m_marketData, &MarketDataImporter::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 12000); });
    m_menus = new MainMenus(this);
    m_databaseLabel = new QLabel(this);
    m_databaseLabel->setObjectName(u"databaseLabel"_s);
    m_databaseLabel->setToolTip(QDir::toNativeSeparators(m_session->databasePath()));
    // The path is copied from the label's menu, not selected in it: a selectable label lays
    // its text out again while the first frame is painted and so repaints the window at once,
    // which waits for the display server to take that frame (BENCHMARKS.md, issue 15).
    m_copyDatabasePath = new QAction(this);
    m_copyDatabasePath->setObjectName(u"copyDatabasePath"_s);
    connect(m_copyDatabasePath, &QAction::triggered, this, [this]() {
        QGuiApplication::clipboard()->setText(QDir::toNativeSeparators(m_session->databasePath()));
    });
    m_databaseLabel->addAction(m_copyDatabasePath);
    m_databaseLabel->setContextMenuPolicy(Qt::ActionsContextMenu);
    statusBar()->addWidget(m_databaseLabel, 1);
    retranslate();
    AccessibleNames::fromBuddies(this);
    m_readOnlyIndicator->setObjectName(u"readOnlyIndicator"_s);
    statusBar()->addPermanentWidget(m_readOnlyIndicator);
    updateReadOnlyIndicator();
    connect(m_session, &Session::integrityChecked, this, &MainWindow::reportIntegrity);
    showPage(ProfilePageIndex);
    restoreWindowState();
    updateDueActions();
}

void MainWindow::updateDueActions()
{
    const QList<SavedListing> saved = m_session->saved().all().values();
    m_dueBanner->setDue(DueActions::upTo(saved, QDate::currentDate(), PipelinePage::daysAhead));
}

void MainWindow::revealListing(qint64 listingId)
{
    showPage(ListingsPageIndex);
    listingsPage()->revealListing(listingId);
}

QWidget *MainWindow::createProfileWorkspace()
{
    // The form scrolls on small screens; the results stay in view beside it.
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_profilePage);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"profileSplitter"_s);
    splitter->addWidget(scroll);
    splitter->addWidget(m_results);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({420, 600});
    // The welcome of a first start takes the workspace's place until it is answered.
    m_profileStack = new QStackedWidget(this);
    m_profileStack->setObjectName(u"profileStack"_s);
    m_profileStack->addWidget(splitter);
    return m_profileStack;
}

bool MainWindow::showWelcomeIfNew()
{
    if (m_profilePage->hasSavedProfile())
        return false;
    showWelcome();
    return true;
}

void MainWindow::showWelcome()
{
    if (!m_welcome) {
        m_welcome = new WelcomePanel(m_analysis->data().catalogue, m_profileStack);
        m_profileStack->addWidget(m_welcome);
        AccessibleNames::fromBuddies(m_welcome);
        connect(m_welcome, &WelcomePanel::profileChosen, this, [this](const Profile &profile) {
            m_profilePage->setProfile(profile);
            // Kept at once: the answers are the user's profile from now on.
            if (m_profilePage->save())
                leaveWelcome();
        });
        connect(m_welcome, &WelcomePanel::importRequested, this, [this]() {
            importProfile();
            if (m_profilePage->isModified())
                leaveWelcome(); // imported; the form says to save it
        });
        connect(m_welcome, &WelcomePanel::skipped, this, &MainWindow::leaveWelcome);
    }
    showPage(ProfilePageIndex);
    m_profileStack->setCurrentWidget(m_welcome);
}

void MainWindow::leaveWelcome()
{
    m_profileStack->setCurrentIndex(0);
    showPage(ProfilePageIndex);
}

void MainWindow::updateDefaultProfileNotice()
{
    // The estimates of an untouched default profile (40 years old, no income, no skills) are
    // not the user's: the results say so until a profile is saved or the form is filled in.
    m_results->setDefaultProfileNotice(!m_profilePage->hasSavedProfile() &&
                                       m_profilePage->profile() == Profile{});
}

void MainWindow::checkDatabaseInBackground(Database *database)
{
    m_session->checkIntegrityInBackground(database);
    updateReadOnlyIndicator();
}

void MainWindow::useTeamDatabase(TeamLink *link)
{
    m_session->setTeamLink(link);
    m_teamIndicator = new TeamStatusIndicator(link, this);
    statusBar()->addPermanentWidget(m_teamIndicator);
}

void MainWindow::updateReadOnlyIndicator()
{
    m_readOnlyIndicator->setText(m_session->damage().isEmpty()
                                     ? tr("Read-only: changes cannot be saved")
                                     : tr("Damaged: changes cannot be saved"));
    m_readOnlyIndicator->setVisible(m_session->isReadOnly());
}

void MainWindow::reportIntegrity(const QString &problem)
{
    updateReadOnlyIndicator();
    if (problem.isEmpty())
        return;
    // The next start checks the file before the window and offers the recovery.
    AppSettings::setCheckAtNextStart(true);
    QMessageBox box(QMessageBox::Critical, tr("The database is damaged"),
                    tr("CareerPlanner found damage while checking %1:\n\n%2\n\nNothing has been "
                       "or will be written to it. Restart CareerPlanner: it will offer to "
                       "restore the newest good backup or to start a new database.")
                        .arg(QDir::toNativeSeparators(m_session->databasePath()), problem),
                    QMessageBox::NoButton, this);
    box.setObjectName(u"damageFoundMessage"_s);
    QPushButton *restart = box.addButton(tr("&Restart now"), QMessageBox::AcceptRole);
    box.addButton(tr("&Later (read-only)"), QMessageBox::RejectRole);
    box.setDefaultButton(restart);
    box.exec();
    if (box.clickedButton() != restart)
        return;
    // The same program with the same arguments; this one ends without writing anything.
    if (QProcess::startDetached(QCoreApplication::applicationFilePath(),
                                QCoreApplication::arguments().mid(1)))
        QCoreApplication::quit();
}

void MainWindow::showAnalysis()
{
    const auto &result = m_analysis->result();
    if (!result)
        return;
    m_results->showResult(*result, m_analysis->effectiveProfile().employment);
}

IncomeByAgeChartView *MainWindow::incomeByAgeView()
{
    return chartsPage()->incomeByAge();
}

ChartsPage *MainWindow::chartsPage()
{
    ensurePage(ChartsPageIndex);
    return m_charts;
}

RoadmapPage *MainWindow::roadmapPage()
{
    ensurePage(RoadmapPageIndex);
    return m_roadmap;
}

void MainWindow::ensurePage(int index)
{
    QWidget *page = nullptr;
    if (index == ListingsPageIndex && !m_listingsPage) {
        m_listingsPage = new ListingsPage(m_session, this);
        m_listingsPage->setObjectName(u"listingsPage"_s);
        page = m_listingsPage;
    } else if (index == ChartsPageIndex && !m_charts) {
        m_charts = new ChartsPage(m_session, this);
        m_charts->setObjectName(u"chartsPage"_s);
        page = m_charts;
    } else if (index == TakeHomePageIndex && !m_takeHome) {
        m_takeHome = new TakeHomePage(m_session, this);
        m_takeHome->setObjectName(u"takeHomePage"_s);
        page = m_takeHome;
    } else if (index == PipelinePageIndex && !m_pipeline) {
        m_pipeline = new PipelinePage(m_session, this);
        m_pipeline->setObjectName(u"pipelinePage"_s);
        connect(m_pipeline, &PipelinePage::listingRequested, this, &MainWindow::revealListing);
        connect(m_pipeline, &PipelinePage::listingsPageRequested, this,
                [this]() { showPage(ListingsPageIndex); });
        page = m_pipeline;
    } else if (index == RoadmapPageIndex && !m_roadmap) {
        // Plans from the profile being edited, as it is now.
        m_roadmap = new RoadmapPage(m_session, this);
        m_roadmap->setObjectName(u"roadmapPage"_s);
        page = m_roadmap;
    }
    if (!page)
        return;
    QWidget *placeholder = m_pages->widget(index);
    const bool wasCurrent = m_pages->currentIndex() == index;
    m_pages->insertWidget(index, page);
    m_pages->removeWidget(placeholder);
    placeholder->deleteLater();
    if (wasCurrent)
        m_pages->setCurrentIndex(index);
    AccessibleNames::fromBuddies(page);
    if (page == m_listingsPage)
        emit listingsPageCreated(m_listingsPage);
}

TakeHomePage *MainWindow::takeHomePage()
{
    ensurePage(TakeHomePageIndex);
    return m_takeHome;
}

PipelinePage *MainWindow::pipelinePage()
{
    ensurePage(PipelinePageIndex);
    return m_pipeline;
}

ListingsPage *MainWindow::listingsPage()
{
    ensurePage(ListingsPageIndex);
    return m_listingsPage;
}

bool MainWindow::event(QEvent *event)
{
    const bool handled = QMainWindow::event(event);
    // An update request paints the window: the first one is the first paint. The Listings
    // page is built right after it, before the listings arrive.
    if (event->type() == QEvent::UpdateRequest && !m_listingsPage)
        QMetaObject::invokeMethod(
            this, [this]() { ensurePage(ListingsPageIndex); }, Qt::QueuedConnection);
    return handled;
}

void MainWindow::openSettings()
{
    SettingsDialog::Values current{AppSettings::language(), m_analysis->conversion(),
                                   AppSettings::databasePath(), AppSettings::backupsToKeep(),
                                   AppSettings::teamDatabaseUri()};
    SettingsDialog dialog(current, m_analysis->data().parameters.minimumBillableHours,
                          m_analysis->data().parameters.maximumBillableHours, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    applySettings(dialog.values());
}

void MainWindow::applySettings(const SettingsDialog::Values &values)
{
    if (values.language != AppSettings::language()) {
        AppSettings::setLanguage(values.language);
        // Every page retranslates itself on the LanguageChange this sends.
        Language::install(AppSettings::effectiveLanguage());
    }
    // The session and every page follow the settings' change signal.
    m_session->setConversion(values.conversion);
    if (values.databasePath != AppSettings::databasePath()) {
        AppSettings::setDatabasePath(values.databasePath);
        statusBar()->showMessage(tr("The database location takes effect at the next start."), 8000);
    }
    if (values.teamDatabaseUri != AppSettings::teamDatabaseUri()) {
        AppSettings::setTeamDatabaseUri(values.teamDatabaseUri);
        statusBar()->showMessage(tr("The team database takes effect at the next start."), 8000);
    }
    AppSettings::setBackupsToKeep(values.backupsToKeep);
}

void MainWindow::showUnreadRequirements()
{
    UnreadRequirementsDialog(m_session, this).exec();
}

void MainWindow::showAbout()
{
    AboutDialog(m_analysis->data().statistics, m_analysis->data().pack, this).exec();
}

void MainWindow::importProfile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import profile"), QString(),
                                                      tr("Profile files (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!m_profilePage->importProfile(path, &error)) {
        QMessageBox::warning(
            this, tr("Profile not imported"),
            tr("The file could not be used; your profile is unchanged.\n\n%1").arg(error));
        return;
    }
    showPage(ProfilePageIndex);
}

void MainWindow::exportProfile()
{
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export profile"), u"careerplanner-profile.json"_s, tr("Profile files (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!m_profilePage->exportProfile(path, &error))
        QMessageBox::warning(this, tr("Profile not exported"), error);
    else
        statusBar()->showMessage(tr("Profile exported to %1").arg(QDir::toNativeSeparators(path)),
                                 5000);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("CareerPlanner[*]"));
    const QStringList pageNames{tr("Profile"), tr("Listings"),  tr("Charts"),
                                tr("Roadmap"), tr("Take-home"), tr("Applications")};
    for (int i = 0; i < pageNames.size(); ++i)
        m_navigation->item(i)->setText(pageNames.at(i));
    m_navigation->setAccessibleName(tr("Pages"));
    m_loadingIndicator->setText(tr("Loading listings…"));
    if (m_copyDatabasePath)
        m_copyDatabasePath->setText(tr("&Copy the database's path"));
    if (m_databaseLabel)
        m_databaseLabel->setText(
            tr("Database: %1").arg(QDir::toNativeSeparators(m_session->databasePath())));
    updateReadOnlyIndicator();
    if (m_teamIndicator)
        m_teamIndicator->retranslate();
    m_whatIfIndicator->setText(tr("What-if: results and charts show ticked roadmap steps; the "
                                  "saved profile is unchanged"));
    m_menus->retranslate();
    // After every page has put its own labels in the new language.
    QTimer::singleShot(0, this, [this] { AccessibleNames::fromBuddies(this); });
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_menus)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::showPage(Page page)
{
    m_navigation->setCurrentRow(page);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_profilePage->isModified()) {
        const auto answer = QMessageBox::question(
            this, tr("Unsaved profile"),
            tr("The profile has changes that are not saved. Save them before closing?"),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel ||
            (answer == QMessageBox::Save && !m_profilePage->save())) {
            event->ignore();
            return;
        }
    }
    saveWindowState();
    event->accept();
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    // The first start: a comfortable size, but never more than the screen (a 1024×700 laptop).
    if (!restoreGeometry(settings.value(u"window/geometry"_s).toByteArray()))
        resize(QSize(1180, 760).boundedTo(screen()->availableGeometry().size()));
    restoreState(settings.value(u"window/state"_s).toByteArray());
    const int page = settings.value(u"window/page"_s, int(ProfilePageIndex)).toInt();
    if (page >= 0 && page < m_pages->count())
        showPage(Page(page));
}

void MainWindow::saveWindowState()
{
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/state"_s, saveState());
    settings.setValue(u"window/page"_s, m_navigation->currentRow());
}

namespace {
// The one local file a drop carries, if it is one; several files or a web link are refused.
QString droppedFile(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1 ||
        !mime->urls().first().isLocalFile())
        return {};
    return mime->urls().first().toLocalFile();
}
} // namespace

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppedFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = droppedFile(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    showPage(ListingsPageIndex);
    listingsPage()->importFile(path);
}
