#pragma once

#include "core/MarketData.h"
#include "shell/SettingsDialog.h"

#include <QMainWindow>
#include <QSqlDatabase>

class TeamLink;
class TeamStatusIndicator;
class AnalysisService;
class Database;
class ChartsPage;
class IncomeByAgeChartView;
class ListingsPage;
class BusyIndicator;
class DueActionsBanner;
class PipelinePage;
class TakeHomePage;
class MainMenus;
class ProfilePage;
class QAction;
class QListWidget;
class QStackedWidget;
class QLabel;
class ResultsPanel;
class WelcomePanel;
class MarketDataImporter;
class RoadmapPage;
class Session;

// The main window: a list of pages on the left, the current page on the right. Each page is
// its own class and takes the session; the pages follow the session's signals, so the window
// only lays them out, holds the menus and keeps its geometry between runs.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum Page
    {
        ProfilePageIndex,
        ListingsPageIndex,
        ChartsPageIndex,
        RoadmapPageIndex,
        TakeHomePageIndex,
        // Last, so the page numbers kept in settings and the Ctrl+1–5 keys stay as they were.
        PipelinePageIndex
    };

    MainWindow(QSqlDatabase database, MarketData market, QWidget *parent = nullptr);

    void showPage(Page page);
    ProfilePage *profilePage() const { return m_profilePage; }
    // The Listings page is built just after the first paint (or when asked for first): it is
    // not the page shown at start, and building it cost the first paint 6 ms. The Charts and
    // Roadmap pages are built when first shown or asked for: each costs its charts' layout or
    // a whole plan.
    ListingsPage *listingsPage();
    IncomeByAgeChartView *incomeByAgeView();
    ChartsPage *chartsPage();
    RoadmapPage *roadmapPage();
    TakeHomePage *takeHomePage();
    PipelinePage *pipelinePage();
    // Shown at start when next actions of saved listings are overdue or coming due.
    DueActionsBanner *dueActionsBanner() const { return m_dueBanner; }
    ResultsPanel *resultsPanel() const { return m_results; }
    AnalysisService *analysisService() const { return m_analysis; }
    Session *session() const { return m_session; }
    MainMenus *menus() const { return m_menus; }
    MarketDataImporter *marketDataImporter() const { return m_marketData; }

    // At the first start (no profile saved yet), the profile page opens on the welcome.
    // True when it was shown. Called by the application after the window is shown.
    bool showWelcomeIfNew();
    void showWelcome();
    WelcomePanel *welcomePanel() const { return m_welcome; }
    void importProfile();
    void exportProfile();
    void openSettings();
    // Applies what the settings dialog returned: language and conversions at once, the
    // database location at the next start.
    void applySettings(const SettingsDialog::Values &values);
    void showAbout();
    void showUnreadRequirements();
    // Runs the integrity check a fast start left (Database::openDeferringCheck) off the
    // window's thread; damage found is reported, and the window stays read-only.
    void checkDatabaseInBackground(Database *database);
    // A team's use: the session copies the team database's listings through link (taking it
    // over), and the status bar shows where they come from and whether it can be reached.
    void useTeamDatabase(TeamLink *link);

signals:
    void listingsPageCreated(ListingsPage *page);

protected:
    bool event(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    // A listings file dropped on the window opens the import preview.
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void retranslate();
    void restoreWindowState();
    void saveWindowState();

    QWidget *createProfileWorkspace();
    void showAnalysis();
    // Builds the page at index if it is still a placeholder.
    void ensurePage(int index);
    void updateReadOnlyIndicator();
    void reportIntegrity(const QString &problem);
    void updateDueActions();
    void leaveWelcome();
    void updateDefaultProfileNotice();
    void revealListing(qint64 listingId);

    Session *m_session;
    AnalysisService *m_analysis;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    ProfilePage *m_profilePage;
    ResultsPanel *m_results;
    ListingsPage *m_listingsPage = nullptr;
    ChartsPage *m_charts = nullptr;
    RoadmapPage *m_roadmap = nullptr;
    TakeHomePage *m_takeHome = nullptr;
    PipelinePage *m_pipeline = nullptr;
    QStackedWidget *m_profileStack = nullptr;
    WelcomePanel *m_welcome = nullptr;
    QLabel *m_whatIfIndicator;
    QLabel *m_readOnlyIndicator;
    TeamStatusIndicator *m_teamIndicator = nullptr;
    // Which database is open, always at the left of the status bar (a temporary message
    // covers it for its time, then it is back).
    QLabel *m_databaseLabel = nullptr;
    QAction *m_copyDatabasePath = nullptr; // in the label's context menu
    // Shown while the listings load after the window has appeared.
    BusyIndicator *m_loadingIndicator;
    DueActionsBanner *m_dueBanner;
    MainMenus *m_menus = nullptr;
    MarketDataImporter *m_marketData = nullptr;
};
