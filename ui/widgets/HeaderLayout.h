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

    // Applies the saved layout; false when there is none (or it no longer fits the columns),
    // and the page then sizes the columns itself.
    bool restore();
    // The chooser, as the header's context menu shows it (built again each time it opens, so
    // the column names are in the current language).
    QMenu *menu() const { return m_menu; }
    // Every column shown, in the model's order; the saved layout is forgotten.
    void reset();

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
};
