#pragma once

#include <QObject>

class MainWindow;
class QAction;
class QMenu;

// The window's menus and their standard shortcuts: File (save, import/export the profile,
// import listings, the report, quit), Edit (undo, redo, find, settings), Go (one page each,
// Ctrl+1…4) and Help. Kept apart from the window so it stays a thin wiring class.
class MainMenus : public QObject
{
    Q_OBJECT

public:
    explicit MainMenus(MainWindow *window);

    void retranslate();
    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    QAction *settingsAction() const { return m_settings; }
    QAction *findAction() const { return m_find; }
    QAction *importMarketDataAction() const { return m_importMarketData; }
    QAction *undoMarketDataAction() const { return m_undoMarketData; }

private:
    MainWindow *m_window;
    QMenu *m_fileMenu;
    QMenu *m_editMenu;
    QMenu *m_goMenu;
    QMenu *m_helpMenu;
    QAction *m_save;
    QAction *m_importProfile;
    QAction *m_exportProfile;
    QAction *m_importListings;
    QAction *m_importMarketData;
    QAction *m_undoMarketData;
    QAction *m_report;
    QAction *m_quit;
    QAction *m_undo;
    QAction *m_redo;
    QAction *m_find;
    QAction *m_unreadRequirements;
    QAction *m_settings;
    QList<QAction *> m_pages;
    QAction *m_about;
    QAction *m_aboutQt;
};
