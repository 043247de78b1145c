#pragma once

#include <QDialog>

class AnalysisService;
class Session;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

// Edit › Requirements the catalogue cannot read: what the user's listings ask for that no
// catalogue skill names, with how many listings ask for it. A requirement (or a shorter name
// in it) can be mapped to a catalogue skill; the name is kept as an alias and every listing
// is read again with it.
class UnreadRequirementsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit UnreadRequirementsDialog(Session *session, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *skillBox() const { return m_skill; }
    QPushButton *mapButton() const { return m_map; }
    QLabel *statusLabel() const { return m_status; }

    // What the Map button does, for the chosen skill id and name.
    bool map(const QString &skillId, const QString &name);

private:
    void reload();
    void updateButton();

    Session *m_session;
    AnalysisService *m_analysis;
    QLabel *m_intro;
    QTableWidget *m_table;
    QLineEdit *m_name;
    QComboBox *m_skill;
    QPushButton *m_map;
    QLabel *m_status;
};
