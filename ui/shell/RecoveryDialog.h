#pragma once

#include "storage/DatabaseRecovery.h"

#include <QDialog>
#include <optional>

class QPushButton;

// Shown at start when the database is damaged: what is wrong and where, that nothing was
// written to it, and the ways out: restore the newest good backup, start a new database, or
// quit and leave everything as it is. Either way the damaged file is kept, renamed.
class RecoveryDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Choice
    {
        Quit,
        RestoreBackup,
        NewDatabase
    };

    RecoveryDialog(const QString &databasePath, const QString &problem,
                   std::optional<BackupCandidate> backup, QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }
    QPushButton *restoreButton() const { return m_restore; }
    QPushButton *newDatabaseButton() const { return m_newDatabase; }
    QPushButton *quitButton() const { return m_quit; }

private:
    Choice m_choice = Choice::Quit;
    QPushButton *m_restore;
    QPushButton *m_newDatabase;
    QPushButton *m_quit;
};
