#include "shell/MainMenus.h"

#include "listings/ListingsPage.h"
#include "profile/ProfilePage.h"
#include "roadmap/RoadmapPage.h"
#include "shell/MainWindow.h"
#include "shell/MarketDataImporter.h"

#include <QAction>
#include <QApplication>
#include <QMenuBar>
#include <QUndoStack>

using namespace Qt::StringLiterals;

MainMenus::MainMenus(MainWindow *window)
    : QObject(window), m_window(window), m_fileMenu(window->menuBar()->addMenu(QString())),
      m_editMenu(window->menuBar()->addMenu(QString())),
      m_goMenu(window->menuBar()->addMenu(QString())),
      m_helpMenu(window->menuBar()->addMenu(QString()))
{
    ProfilePage *profile = window->profilePage();
    m_save = m_fileMenu->addAction(QString(), profile, &ProfilePage::save);
    m_save->setShortcut(QKeySequence::Save);
    m_fileMenu->addSeparator();
    m_importProfile = m_fileMenu->addAction(QString(), window, &MainWindow::importProfile);
    m_importProfile->setShortcut(QKeySequence::Open);
    m_exportProfile = m_fileMenu->addAction(QString(), window, &MainWindow::exportProfile);
    m_exportProfile->setShortcut(QKeySequence::SaveAs);
    m_fileMenu->addSeparator();
    m_importListings = m_fileMenu->addAction(QString(), window, [window] {
        window->showPage(MainWindow::ListingsPageIndex);
        window->listingsPage()->chooseImportFile();
    });
    m_importListings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    MarketDataImporter *marketData = window->marketDataImporter();
    m_importMarketData = m_fileMenu->addAction(
        QString(), window, [window, marketData] { marketData->chooseAndImport(window); });
    m_undoMarketData = m_fileMenu->addAction(
        QString(), window, [window, marketData] { marketData->undoWithMessage(window); });
    m_undoMarketData->setEnabled(marketData->canUndo());
    connect(marketData, &MarketDataImporter::canUndoChanged, m_undoMarketData,
            &QAction::setEnabled);
    m_report = m_fileMenu->addAction(QString(), window, [window] {
        window->showPage(MainWindow::RoadmapPageIndex);
        window->roadmapPage()->exportReport();
    });
    m_report->setShortcut(QKeySequence::Print);
    m_fileMenu->addSeparator();
    m_quit = m_fileMenu->addAction(QString(), window, &QWidget::close);
    m_quit->setShortcut(QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);

    // Our own actions, not QUndoStack's: theirs carry Qt's "Undo %1" text, fixed at creation
    // and in Qt's own translation, which would not follow a language switch.
    QUndoStack *stack = profile->undoStack();
    m_undo = new QAction(this);
    m_undo->setShortcut(QKeySequence::Undo);
    m_undo->setEnabled(stack->canUndo());
    connect(m_undo, &QAction::triggered, stack, &QUndoStack::undo);
    connect(stack, &QUndoStack::canUndoChanged, m_undo, &QAction::setEnabled);
    m_redo = new QAction(this);
    m_redo->setShortcuts(QKeySequence::Redo);
    m_redo->setEnabled(stack->canRedo());
    connect(m_redo, &QAction::triggered, stack, &QUndoStack::redo);
    connect(stack, &QUndoStack::canRedoChanged, m_redo, &QAction::setEnabled);
    m_editMenu->addAction(m_undo);
    m_editMenu->addAction(m_redo);
    m_editMenu->addSeparator();
    m_find = m_editMenu->addAction(QString(), window, [window] {
        window->showPage(MainWindow::ListingsPageIndex);
        window->listingsPage()->focusSearch();
    });
    m_find->setShortcut(QKeySequence::Find);
    m_unreadRequirements =
        m_editMenu->addAction(QString(), window, &MainWindow::showUnreadRequirements);
    m_editMenu->addSeparator();
    m_settings = m_editMenu->addAction(QString(), window, &MainWindow::openSettings);
    // Linux has no platform key for preferences; Ctrl+, is what most desktop apps use.
    QList<QKeySequence> settingsKeys = QKeySequence::keyBindings(QKeySequence::Preferences);
    settingsKeys.append(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_settings->setShortcuts(settingsKeys);
    m_settings->setMenuRole(QAction::PreferencesRole);

    const QList<Qt::Key> keys{Qt::Key_1, Qt::Key_2, Qt::Key_3, Qt::Key_4, Qt::Key_5, Qt::Key_6};
    for (int page = 0; page < keys.size(); ++page) {
        QAction *action = m_goMenu->addAction(
            QString(), window, [window, page] { window->showPage(MainWindow::Page(page)); });
        action->setShortcut(QKeySequence(Qt::CTRL | keys.at(page)));
        m_pages.append(action);
    }

    m_about = m_helpMenu->addAction(QString(), window, &MainWindow::showAbout);
    m_about->setMenuRole(QAction::AboutRole);
    m_aboutQt = m_helpMenu->addAction(QString(), qApp, &QApplication::aboutQt);
    m_aboutQt->setMenuRole(QAction::AboutQtRole);
    retranslate();
}

void MainMenus::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_save->setText(tr("&Save profile"));
    m_importProfile->setText(tr("&Import profile…"));
    m_exportProfile->setText(tr("&Export profile…"));
    m_importListings->setText(tr("Import &listings…"));
    m_importMarketData->setText(tr("Import &market data…"));
    m_undoMarketData->setText(tr("U&ndo market data import"));
    m_report->setText(tr("&Report (PDF)…"));
    m_quit->setText(tr("&Quit"));
    m_editMenu->setTitle(tr("&Edit"));
    m_undo->setText(tr("&Undo profile edit"));
    m_redo->setText(tr("&Redo profile edit"));
    m_find->setText(tr("&Find listings"));
    m_unreadRequirements->setText(tr("Requirements the catalogue cannot &read…"));
    m_settings->setText(tr("Se&ttings…"));
    m_goMenu->setTitle(tr("&Go"));
    const QStringList pages{tr("&Profile"), tr("&Listings"),  tr("&Charts"),
                            tr("Road&map"), tr("&Take-home"), tr("&Applications")};
    for (int i = 0; i < m_pages.size(); ++i)
        m_pages.at(i)->setText(pages.at(i));
    m_helpMenu->setTitle(tr("&Help"));
    m_about->setText(tr("&About CareerPlanner"));
    m_aboutQt->setText(tr("About &Qt"));
}
