#include "shell/RecoveryDialog.h"

#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

RecoveryDialog::RecoveryDialog(const QString &databasePath, const QString &problem,
                               std::optional<BackupCandidate> backup, QWidget *parent)
    : QDialog(parent), m_restore(new QPushButton(this)), m_newDatabase(new QPushButton(this)),
      m_quit(new QPushButton(this))
{
    setObjectName(u"recoveryDialog"_s);
    setWindowTitle(tr("The database is damaged"));
    m_restore->setObjectName(u"recoveryRestore"_s);
    m_newDatabase->setObjectName(u"recoveryNew"_s);
    m_quit->setObjectName(u"recoveryQuit"_s);

    auto *icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(48, 48));
    auto *text = new QLabel(this);
    text->setObjectName(u"recoveryText"_s);
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QString html = u"<p><b>%1</b></p><p>%2</p><p>%3</p>"_s.arg(
        tr("CareerPlanner cannot use its database.").toHtmlEscaped(),
        tr("File: %1").arg(QDir::toNativeSeparators(databasePath)).toHtmlEscaped(),
        problem.toHtmlEscaped());
    html += u"<p>%1</p>"_s.arg(
        tr("Nothing has been written to it. Whatever you choose, the damaged file is kept "
           "beside it under a new name (….damaged-<date>), so nothing is deleted.")
            .toHtmlEscaped());
    if (backup) {
        html += u"<p>%1</p>"_s.arg(
            tr("The newest backup that passes the check was written on %1 (schema version %2): "
               "changes made after it are not in it.")
                .arg(QLocale().toString(backup->writtenAt.toLocalTime(), QLocale::LongFormat))
                .arg(backup->schemaVersion)
                .toHtmlEscaped());
    } else {
        html += u"<p>%1</p>"_s.arg(
            tr("No backup that passes the check was found, so the only way on is a new, empty "
               "database.")
                .toHtmlEscaped());
    }
    text->setText(html);

    m_restore->setText(tr("&Restore the backup"));
    m_restore->setEnabled(backup.has_value());
    m_newDatabase->setText(tr("Start a &new database"));
    m_quit->setText(tr("&Quit"));
    connect(m_restore, &QPushButton::clicked, this, [this] {
        m_choice = Choice::RestoreBackup;
        accept();
    });
    connect(m_newDatabase, &QPushButton::clicked, this, [this] {
        m_choice = Choice::NewDatabase;
        accept();
    });
    connect(m_quit, &QPushButton::clicked, this, [this] {
        m_choice = Choice::Quit;
        reject();
    });
    (backup ? m_restore : m_quit)->setDefault(true);

    auto *top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addWidget(text, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_restore);
    buttons->addWidget(m_newDatabase);
    buttons->addWidget(m_quit);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(buttons);
    resize(620, sizeHint().height());
}
