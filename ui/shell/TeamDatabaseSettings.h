#pragma once

#include <QGroupBox>
#include <QPointer>
#include <QThread>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

// Settings › Team database: where a team's shared listings are (host, port, database, user,
// TLS mode), and a test of the connection. No password field: passwords are never stored by
// CareerPlanner; libpq reads them from ~/.pgpass or the file PGPASSFILE names. Unchecked, the
// listings are the local file's own.
class TeamDatabaseSettings : public QGroupBox
{
    Q_OBJECT

public:
    explicit TeamDatabaseSettings(const QString &uri, QWidget *parent = nullptr);
    // Waits for a connection test still running.
    ~TeamDatabaseSettings() override;

    // The address without a password, "" when no team database is used; and whether the
    // fields make one (a host or a database is needed).
    QString uri() const;
    bool isValid() const;

signals:
    // The fields changed (the dialog allows OK only for a whole address, or none).
    void changed();
    // A connection test ended.
    void tested(bool ok);

private:
    void updateState();
    void testConnection();
    void showTestResult(bool ok, const QString &message);

    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QComboBox *m_tlsMode;
    QPushButton *m_test;
    QLabel *m_result;
    QLabel *m_note;
    QThread *m_tester = nullptr;
};
