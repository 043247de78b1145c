#include "shell/SettingsDialog.h"

#include "shell/TeamDatabaseSettings.h"
#include "storage/Database.h"
#include "widgets/AccessibleNames.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDirIterator>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
// Bytes the backups beside a database take now, to show what keeping N of them costs.
qint64 backupBytes(const QString &databasePath)
{
    qint64 total = 0;
    QDirIterator it(QFileInfo(databasePath).absolutePath() + u"/backups"_s, QDir::Files);
    while (it.hasNext()) {
        it.next();
        total += it.fileInfo().size();
    }
    return total;
}
} // namespace

SettingsDialog::SettingsDialog(const Values &values, double minimumHours, double maximumHours,
                               QWidget *parent)
    : QDialog(parent), m_initial(values), m_language(new QComboBox(this)),
      m_hours(new QDoubleSpinBox(this)), m_margin(new QDoubleSpinBox(this)),
      m_database(new QLineEdit(this)), m_browse(new QPushButton(this)),
      m_defaultDatabase(new QPushButton(this)), m_databaseNote(new QLabel(this)),
      m_backups(new QSpinBox(this)), m_backupsNote(new QLabel(this)),
      m_team(new TeamDatabaseSettings(values.teamDatabaseUri, this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"settingsDialog"_s);
    setWindowTitle(tr("Settings"));
    m_language->setObjectName(u"settingsLanguage"_s);
    m_hours->setObjectName(u"settingsBillableHours"_s);
    m_margin->setObjectName(u"settingsAgencyMargin"_s);
    m_database->setObjectName(u"settingsDatabase"_s);
    m_backups->setObjectName(u"settingsBackups"_s);

    // Language names in their own language, so they can be found whatever is shown now.
    m_language->addItem(
        tr("System default (%1)")
            .arg(QLocale::system().language() == QLocale::Japanese ? u"日本語"_s : u"English"_s),
        QString());
    m_language->addItem(u"日本語"_s, u"ja"_s);
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->setCurrentIndex(std::max(0, m_language->findData(values.language)));

    m_hours->setRange(minimumHours, maximumHours);
    m_hours->setDecimals(0);
    m_hours->setSuffix(tr(" h/month"));
    m_hours->setValue(values.conversion.billableHoursPerMonth);
    m_margin->setRange(0, 50);
    m_margin->setDecimals(1);
    m_margin->setSuffix(tr(" %"));
    m_margin->setValue(values.conversion.agencyMarginPercent);

    m_database->setText(QDir::toNativeSeparators(
        values.databasePath.isEmpty() ? Database::defaultPath() : values.databasePath));
    m_database->setMinimumWidth(fontMetrics().horizontalAdvance(u"M"_s) * 28);
    m_browse->setText(tr("&Choose…"));
    m_defaultDatabase->setText(tr("De&fault"));
    m_databaseNote->setWordWrap(true);
    m_backups->setRange(1, 60);
    m_backups->setValue(values.backupsToKeep);
    m_backupsNote->setWordWrap(true);

    auto *databaseRow = new QHBoxLayout;
    databaseRow->addWidget(m_database, 1);
    databaseRow->addWidget(m_browse);
    databaseRow->addWidget(m_defaultDatabase);

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("&Billable hours per month:"), m_hours);
    form->addRow(tr("Agency &margin:"), m_margin);
    // A layout as the field: the label needs its buddy set by hand for the accelerator.
    auto *databaseLabel = new QLabel(tr("&Database file:"), this);
    databaseLabel->setBuddy(m_database);
    form->addRow(databaseLabel, databaseRow);
    form->addRow(QString(), m_databaseNote);
    form->addRow(tr("Backups to &keep:"), m_backups);
    form->addRow(QString(), m_backupsNote);
    auto *hint = new QLabel(
        tr("Billable hours turn hourly and monthly rates into each other; the agency margin is "
           "taken off listing rates before they are compared with your income."),
        this);
    hint->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_team);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    AccessibleNames::fromBuddies(this);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_browse, &QPushButton::clicked, this, &SettingsDialog::chooseDatabase);
    connect(m_defaultDatabase, &QPushButton::clicked, this,
            [this] { m_database->setText(QDir::toNativeSeparators(Database::defaultPath())); });
    connect(m_database, &QLineEdit::textChanged, this, &SettingsDialog::updateDatabaseNote);
    connect(m_backups, &QSpinBox::valueChanged, this, &SettingsDialog::updateDatabaseNote);
    updateDatabaseNote();
    // A team database is named whole (host and database) or not at all.
    connect(m_team, &TeamDatabaseSettings::changed, this, [this] {
        m_buttons->button(QDialogButtonBox::Ok)
            ->setEnabled(!m_team->isChecked() || m_team->isValid());
    });
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_team->isChecked() || m_team->isValid());
}

SettingsDialog::Values SettingsDialog::values() const
{
    Values values;
    values.language = m_language->currentData().toString();
    values.conversion = m_initial.conversion;
    values.conversion.billableHoursPerMonth = m_hours->value();
    values.conversion.agencyMarginPercent = m_margin->value();
    const QString path = QDir::fromNativeSeparators(m_database->text().trimmed());
    values.databasePath = path.isEmpty() || path == Database::defaultPath() ? QString() : path;
    values.backupsToKeep = m_backups->value();
    values.teamDatabaseUri = m_team->uri();
    return values;
}

void SettingsDialog::chooseDatabase()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Database file"), m_database->text(),
                                                      tr("SQLite databases (*.sqlite *.db)"),
                                                      nullptr, QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        m_database->setText(QDir::toNativeSeparators(path));
}

void SettingsDialog::updateDatabaseNote()
{
    const Values now = values();
    const QString initial = m_initial.databasePath;
    m_databaseNote->setText(
        now.databasePath != initial
            ? tr("Takes effect when CareerPlanner starts next. An existing database there is "
                 "opened; otherwise a new one is created. The current file stays where it is.")
            : tr("Your profile history, listings and roadmap are kept in this one file."));
    const QString current = initial.isEmpty() ? Database::defaultPath() : initial;
    const qint64 bytes = backupBytes(current);
    m_backupsNote->setText(
        tr("A copy is made before every schema upgrade and at most once a day; the oldest are "
           "deleted. The backups folder beside the database holds %1 now.")
            .arg(QLocale().formattedDataSize(bytes)));
}
