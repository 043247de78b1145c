#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class QHeaderView;
class QMenu;
class QTimer;

// Keeps a table's columns as the user left them: widths, order (sections can be dragged) and
// hidden columns, saved in the settings under a key and restored at the next start. The
// header's context menu is a column chooser, with a way back to the default layout. One
// column (the one that says what a row is) can never be hidden.
class HeaderLayout : public QObject
{
    Q_OBJECT

public:
    HeaderLayout(QHeaderView *header, const QString &settingsKey, int alwaysShownColumn,
                 QObject *parent = nullptr);
    ~HeaderLayout() override;

    // Applies the saved layout; false when there is none (or it was saved for another number
    // of columns), and the page then sizes the columns itself. The always-shown column keeps
    // its own resize mode (it stretches).
    bool restore();
    // The chooser, as the header's context menu shows it (built again each time it opens, so
    // the column names are in the current language).
    QMenu *menu() const { return m_menu; }
    // Every column shown, in the model's order; the saved layout is forgotten.
    void reset();
    // True once the user has changed the columns (or a saved layout was restored): the page
    // then leaves their widths alone.
    bool hasUserLayout() const;
    // While suspended, resizes are the page's own fitting, not the user's: not saved.
    void setSavingSuspended(bool suspended) { m_suspended = suspended; }

signals:
    // After reset(): the page sizes the columns again.
    void layoutReset();

private:
    void fillMenu();
    void scheduleSave();
    void save();

    QPointer<QHeaderView> m_header;
    QString m_settingsKey;
    int m_alwaysShownColumn;
    QMenu *m_menu;
    QTimer *m_saveTimer;
    bool m_restoring = false;
    bool m_suspended = false;
    // Kept here: asked at every resize of the table, which should not read the settings file.
    bool m_userLayout = false;
};
