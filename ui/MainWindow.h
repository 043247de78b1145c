#pragma once

#include "core/MarketData.h"
#include "core/RateConversion.h"

#include <QMainWindow>
#include <QSqlDatabase>

class AnalysisService;
class ChartsPage;
class IncomeByAgeChartView;
class ListingsPage;
class ProfilePage;
class QListWidget;
class QStackedWidget;
class QLabel;
class ResultsPanel;
class RoadmapPage;

// The main window: a list of pages on the left, the current page on the right. Each page is
// its own class; the window only wires them together and keeps its geometry between runs.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum Page
    {
        ProfilePageIndex,
        ListingsPageIndex,
        ChartsPageIndex,
        RoadmapPageIndex
    };

    MainWindow(QSqlDatabase database, MarketData market, QWidget *parent = nullptr);

    void showPage(Page page);
    ProfilePage *profilePage() const { return m_profilePage; }
    ListingsPage *listingsPage() const { return m_listingsPage; }
    IncomeByAgeChartView *incomeByAgeView() const;
    ChartsPage *chartsPage() const { return m_charts; }
    RoadmapPage *roadmapPage() const { return m_roadmap; }
    ResultsPanel *resultsPanel() const { return m_results; }
    AnalysisService *analysisService() const { return m_analysis; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    // A listings file dropped on the window opens the import preview.
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createMenus();
    void importProfile();
    void exportProfile();
    void retranslate();
    void restoreWindowState();
    void saveWindowState();

    QWidget *createProfileWorkspace();
    void showAnalysis();
    void applyConversion(const RateConversion &conversion);

    QSqlDatabase m_database;
    AnalysisService *m_analysis;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    ProfilePage *m_profilePage;
    ResultsPanel *m_results;
    ListingsPage *m_listingsPage;
    ChartsPage *m_charts;
    RoadmapPage *m_roadmap;
    QLabel *m_whatIfIndicator;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
};
