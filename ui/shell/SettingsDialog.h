#pragma once

#include "core/RateConversion.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class TeamDatabaseSettings;

// Preferences: the interface language, the billable hours and agency margin the conversions
// use, where the database lives and how many backups are kept. The dialog edits values only;
// the window applies them (language and conversions at once, the database and the team
// database at next start).
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    struct Values
    {
        QString language; // "", "ja", "en"
        RateConversion conversion;
        QString databasePath; // "" for the default location
        int backupsToKeep = 7;
        QString teamDatabaseUri; // "" when the listings are the local file's own

        bool operator==(const Values &) const = default;
    };

    SettingsDialog(const Values &values, double minimumHours, double maximumHours,
                   QWidget *parent = nullptr);

    Values values() const;

private:
    void chooseDatabase();
    void updateDatabaseNote();

    Values m_initial;
    QComboBox *m_language;
    QDoubleSpinBox *m_hours;
    QDoubleSpinBox *m_margin;
    QLineEdit *m_database;
    QPushButton *m_browse;
    QPushButton *m_defaultDatabase;
    QLabel *m_databaseNote;
    QSpinBox *m_backups;
    QLabel *m_backupsNote;
    TeamDatabaseSettings *m_team;
    QDialogButtonBox *m_buttons;
};
