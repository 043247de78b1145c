#include "profile/ProfilePage.h"

#include "core/AtomicFile.h"
#include "core/ProfileJson.h"
#include "profile/ProfileEditCommand.h"
#include "services/AnalysisService.h"
#include "services/Session.h"
#include "ui_ProfilePage.h"
#include "widgets/MoneySpinBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 maximumProfileFileBytes = 1024 * 1024; // a profile is a few hundred bytes
}

ProfilePage::ProfilePage(Session *session, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::ProfilePage>()), m_editedTimer(new QTimer(this)),
      m_undoStack(new QUndoStack(this)), m_session(session)
{
    m_ui->setupUi(this);
    // Results follow the typing, but only once it pauses: scoring on every key would make
    // the form stutter on a large listing database.
    m_editedTimer->setObjectName(u"profileEditedTimer"_s); // tests wait for it, not for a time
    m_editedTimer->setSingleShot(true);
    m_editedTimer->setInterval(250);
    connect(m_editedTimer, &QTimer::timeout, this, &ProfilePage::editingPaused);
    m_ui->skillEditor->setCatalogue(m_session->analysis()->data().catalogue);
    fillChoices();
    retranslate();
    connectEdits();
    connect(m_ui->saveButton, &QPushButton::clicked, this, &ProfilePage::save);
    connect(m_ui->revertButton, &QPushButton::clicked, this, &ProfilePage::revert);
    connect(this, &ProfilePage::profileEdited, m_session->analysis(), &AnalysisService::setProfile);
    connect(m_session, &Session::profileSaved, this, &ProfilePage::showSaved);

    QString error;
    const auto saved = m_session->profiles().latest(&error);
    if (!error.isEmpty())
        m_ui->statusLabel->setText(tr("The saved profile could not be read: %1").arg(error));
    m_hasSavedProfile = saved.has_value() || !error.isEmpty();
    setProfile(saved.value_or(Profile{}));
    m_savedProfile = profile();
    m_undoBase = m_savedProfile;
}

void ProfilePage::editingPaused()
{
    const Profile current = profile();
    if (!m_restoring && current != m_undoBase) {
        m_undoStack->push(new ProfileEditCommand(this, m_undoBase, current));
        m_undoBase = current;
    }
    emit profileEdited(current);
}

void ProfilePage::restoreFromHistory(const Profile &profile)
{
    m_restoring = true;
    setProfile(profile);
    m_undoBase = profile;
    setModified(profile != m_savedProfile);
    // The timer setProfile started reports the restored profile to the window; it must not
    // record the restore as a new step.
    m_editedTimer->stop();
    emit profileEdited(profile);
    m_restoring = false;
}

ProfilePage::~ProfilePage() = default;

void ProfilePage::fillChoices()
{
    m_ui->jobTypeCombo->clear();
    for (JobType type : JobTypes::all())
        m_ui->jobTypeCombo->addItem(JobTypes::displayName(type), JobTypes::key(type));
    m_ui->employmentCombo->clear();
    for (EmploymentType type : EmploymentTypes::all())
        m_ui->employmentCombo->addItem(EmploymentTypes::displayName(type),
                                       EmploymentTypes::key(type));
}

void ProfilePage::retranslate()
{
    // The money unit follows the language: 万円 for Japanese, millions of yen otherwise.
    m_ui->incomeSpin->applyLocale();
    m_ui->targetIncomeSpin->applyLocale();
    m_ui->experienceSpin->setSuffix(tr(" years"));
    m_ui->yearsLeadingSpin->setSuffix(tr(" years"));
    m_ui->largestTeamSpin->setSuffix(tr(" people"));
    m_ui->ageSpin->setSuffix(tr(" years old"));
}

void ProfilePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        const Profile current = profile();
        const bool wasModified = m_modified;
        m_loading = true;
        fillChoices();
        m_loading = false;
        retranslate();
        setProfile(current);
        setModified(wasModified);
    }
    QWidget::changeEvent(event);
}

void ProfilePage::connectEdits()
{
    auto edited = [this]() {
        if (m_loading)
            return;
        setModified(true);
        m_editedTimer->start();
    };
    for (QSpinBox *spin : findChildren<QSpinBox *>())
        connect(spin, &QSpinBox::valueChanged, this, edited);
    for (MoneySpinBox *spin : findChildren<MoneySpinBox *>())
        connect(spin, &MoneySpinBox::yenChanged, this, edited);
    for (QComboBox *combo : findChildren<QComboBox *>())
        connect(combo, &QComboBox::currentIndexChanged, this, edited);
    for (QCheckBox *check : findChildren<QCheckBox *>())
        connect(check, &QCheckBox::toggled, this, edited);
    connect(m_ui->certificationsEdit, &QPlainTextEdit::textChanged, this, edited);
    connect(m_ui->skillEditor, &SkillListEditor::skillsChanged, this, edited);
}

Profile ProfilePage::profile() const
{
    Profile profile;
    profile.age = m_ui->ageSpin->value();
    profile.jobType =
        JobTypes::fromKey(m_ui->jobTypeCombo->currentData().toString()).value_or(JobType::Backend);
    profile.employment = EmploymentTypes::fromKey(m_ui->employmentCombo->currentData().toString())
                             .value_or(EmploymentType::FullTime);
    profile.annualIncomeYen = m_ui->incomeSpin->yen();
    profile.experienceYears = m_ui->experienceSpin->value();
    profile.skills = m_ui->skillEditor->skills();
    for (const QString &line : m_ui->certificationsEdit->toPlainText().split(u'\n')) {
        if (!line.trimmed().isEmpty())
            profile.certifications.append(line.trimmed());
    }
    profile.managementYearsLeading = m_ui->yearsLeadingSpin->value();
    profile.managementLargestTeam = m_ui->largestTeamSpin->value();
    const QList<std::pair<QCheckBox *, QString>> upstream{
        {m_ui->requirementsCheck, Profile::upstreamKeys().at(0)},
        {m_ui->basicDesignCheck, Profile::upstreamKeys().at(1)},
        {m_ui->clientNegotiationCheck, Profile::upstreamKeys().at(2)}};
    for (const auto &[check, key] : upstream) {
        if (check->isChecked())
            profile.upstream.append(key);
    }
    profile.largeScaleProjects = m_ui->largeScaleSpin->value();
    profile.newTechnologyProjects = m_ui->newTechnologySpin->value();
    profile.targetIncomeYen = m_ui->targetIncomeSpin->yen();
    return profile;
}

void ProfilePage::setProfile(const Profile &profile)
{
    m_loading = true;
    m_ui->ageSpin->setValue(profile.age);
    m_ui->jobTypeCombo->setCurrentIndex(
        m_ui->jobTypeCombo->findData(JobTypes::key(profile.jobType)));
    m_ui->employmentCombo->setCurrentIndex(
        m_ui->employmentCombo->findData(EmploymentTypes::key(profile.employment)));
    m_ui->incomeSpin->setYen(profile.annualIncomeYen);
    m_ui->experienceSpin->setValue(profile.experienceYears);
    m_ui->skillEditor->setSkills(profile.skills);
    m_ui->certificationsEdit->setPlainText(profile.certifications.join(u'\n'));
    m_ui->yearsLeadingSpin->setValue(profile.managementYearsLeading);
    m_ui->largestTeamSpin->setValue(profile.managementLargestTeam);
    m_ui->requirementsCheck->setChecked(profile.upstream.contains(Profile::upstreamKeys().at(0)));
    m_ui->basicDesignCheck->setChecked(profile.upstream.contains(Profile::upstreamKeys().at(1)));
    m_ui->clientNegotiationCheck->setChecked(
        profile.upstream.contains(Profile::upstreamKeys().at(2)));
    m_ui->largeScaleSpin->setValue(profile.largeScaleProjects);
    m_ui->newTechnologySpin->setValue(profile.newTechnologyProjects);
    m_ui->targetIncomeSpin->setYen(profile.targetIncomeYen);
    m_loading = false;
    setModified(false);
    m_editedTimer->start();
}

bool ProfilePage::importProfile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error =
                tr("%1: cannot read: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    QString parseError;
    const auto imported =
        ProfileJson::fromBytes(file.read(maximumProfileFileBytes + 1), &parseError);
    if (file.size() > maximumProfileFileBytes)
        parseError = tr("the file is larger than a profile can be (%1 bytes)").arg(file.size());
    if (!imported || !parseError.isEmpty()) {
        if (error)
            *error = QDir::toNativeSeparators(path) + u": "_s + parseError;
        return false;
    }
    setProfile(*imported);
    setModified(true); // imported, not yet saved
    m_editedTimer->start();
    m_ui->statusLabel->setText(tr("Imported %1; save to keep it.").arg(QFileInfo(path).fileName()));
    return true;
}

bool ProfilePage::exportProfile(const QString &path, QString *error) const
{
    QString writeError;
    if (!AtomicFile::write(path, ProfileJson::toBytes(profile()), &writeError)) {
        if (error)
            *error = tr("%1: cannot write: %2").arg(QDir::toNativeSeparators(path), writeError);
        return false;
    }
    return true;
}

bool ProfilePage::save()
{
    const Profile current = profile();
    QString error;
    if (!m_session->saveProfile(current, &error)) {
        QMessageBox::critical(this, tr("Profile not saved"),
                              tr("The profile could not be saved to the database. Your entries "
                                 "are still in the form.\n\n%1")
                                  .arg(error));
        return false;
    }
    return true;
}

void ProfilePage::showSaved(const Profile &saved)
{
    // Saved here, or elsewhere from a profile the form had: the form shows what was saved.
    if (saved != profile())
        setProfile(saved);
    m_savedProfile = saved;
    m_hasSavedProfile = true;
    setModified(false);
    m_ui->statusLabel->setText(
        tr("Saved at %1.")
            .arg(QLocale().toString(QDateTime::currentDateTime().time(), QLocale::ShortFormat)));
}

void ProfilePage::revert()
{
    QString error;
    setProfile(m_session->profiles().latest(&error).value_or(Profile{}));
    m_savedProfile = profile();
    m_ui->statusLabel->setText(error.isEmpty() ? tr("Reverted to the saved profile.") : error);
}

void ProfilePage::setModified(bool modified)
{
    if (modified)
        m_ui->statusLabel->setText(tr("Unsaved changes."));
    m_ui->revertButton->setEnabled(modified);
    if (m_modified == modified)
        return;
    m_modified = modified;
    emit modifiedChanged(modified);
}
