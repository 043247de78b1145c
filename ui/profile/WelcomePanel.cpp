#include "profile/WelcomePanel.h"

#include "core/SkillCatalogue.h"
#include "widgets/MoneySpinBox.h"

#include <QComboBox>
#include <QCompleter>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStringListModel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

WelcomePanel::WelcomePanel(const SkillCatalogue &catalogue, QWidget *parent)
    : QWidget(parent), m_heading(new QLabel(this)), m_intro(new QLabel(this)),
      m_ageLabel(new QLabel(this)), m_age(new QSpinBox(this)), m_jobTypeLabel(new QLabel(this)),
      m_jobType(new QComboBox(this)), m_employmentLabel(new QLabel(this)),
      m_employment(new QComboBox(this)), m_incomeLabel(new QLabel(this)),
      m_income(new MoneySpinBox(this)), m_experienceLabel(new QLabel(this)),
      m_experience(new QSpinBox(this)), m_skillsLabel(new QLabel(this)),
      m_privacy(new QLabel(this)), m_start(new QPushButton(this)), m_import(new QPushButton(this)),
      m_skip(new QPushButton(this))
{
    setObjectName(u"welcomePanel"_s);
    m_age->setObjectName(u"welcomeAge"_s);
    m_jobType->setObjectName(u"welcomeJobType"_s);
    m_employment->setObjectName(u"welcomeEmployment"_s);
    m_income->setObjectName(u"welcomeIncome"_s);
    m_experience->setObjectName(u"welcomeExperience"_s);
    m_start->setObjectName(u"welcomeStart"_s);
    m_import->setObjectName(u"welcomeImport"_s);
    m_skip->setObjectName(u"welcomeSkip"_s);

    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_intro->setWordWrap(true);
    m_privacy->setWordWrap(true);
    m_age->setRange(Profile::minimumAge, Profile::maximumAge);
    m_age->setValue(Profile{}.age);
    m_experience->setRange(0, Profile::maximumAge - Profile::minimumAge);
    m_income->setMaximum(1e9);
    m_ageLabel->setBuddy(m_age);
    m_jobTypeLabel->setBuddy(m_jobType);
    m_employmentLabel->setBuddy(m_employment);
    m_incomeLabel->setBuddy(m_income);
    m_experienceLabel->setBuddy(m_experience);

    auto *form = new QFormLayout;
    form->addRow(m_ageLabel, m_age);
    form->addRow(m_jobTypeLabel, m_jobType);
    form->addRow(m_employmentLabel, m_employment);
    form->addRow(m_incomeLabel, m_income);
    form->addRow(m_experienceLabel, m_experience);
    auto *skills = new QVBoxLayout;
    // One list of names behind the three fields' type-ahead: three combo boxes filled with
    // every name and alias cost the first start's first paint about 50 ms.
    auto *names = new QStringListModel(catalogue.completionNames(), this);
    for (int row = 0; row < skillRows; ++row) {
        auto *name = new QLineEdit(this);
        name->setObjectName(u"welcomeSkill%1"_s.arg(row));
        auto *completer = new QCompleter(names, name);
        completer->setCompletionMode(QCompleter::PopupCompletion);
        completer->setFilterMode(Qt::MatchContains);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        name->setCompleter(completer);
        auto *years = new QDoubleSpinBox(this);
        years->setObjectName(u"welcomeSkillYears%1"_s.arg(row));
        years->setRange(0, 50);
        years->setDecimals(1);
        years->setSingleStep(0.5);
        auto *line = new QHBoxLayout;
        line->addWidget(name, 1);
        line->addWidget(years);
        skills->addLayout(line);
        m_skills.append(name);
        m_skillYears.append(years);
    }
    m_skillsLabel->setBuddy(m_skills.first());
    form->addRow(m_skillsLabel, skills);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_import);
    buttons->addWidget(m_skip);
    buttons->addStretch(1);
    buttons->addWidget(m_start);
    m_start->setDefault(true);

    // A column of readable width in the middle of the page, however wide the window.
    auto *column = new QWidget(this);
    column->setMaximumWidth(fontMetrics().horizontalAdvance(u"M"_s) * 48);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->addWidget(m_heading);
    columnLayout->addWidget(m_intro);
    columnLayout->addSpacing(8);
    columnLayout->addLayout(form);
    columnLayout->addSpacing(8);
    columnLayout->addWidget(m_privacy);
    columnLayout->addLayout(buttons);
    auto *centre = new QHBoxLayout;
    centre->addStretch(1);
    centre->addWidget(column, 4);
    centre->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addLayout(centre);
    layout->addStretch(2);

    connect(m_start, &QPushButton::clicked, this, [this]() { emit profileChosen(profile()); });
    connect(m_import, &QPushButton::clicked, this, &WelcomePanel::importRequested);
    connect(m_skip, &QPushButton::clicked, this, &WelcomePanel::skipped);
    fillChoices();
    retranslate();
}

Profile WelcomePanel::profile() const
{
    Profile profile;
    profile.age = m_age->value();
    profile.jobType =
        JobTypes::fromKey(m_jobType->currentData().toString()).value_or(profile.jobType);
    profile.employment = EmploymentTypes::fromKey(m_employment->currentData().toString())
                             .value_or(profile.employment);
    profile.annualIncomeYen = m_income->yen();
    profile.experienceYears = m_experience->value();
    for (int row = 0; row < skillRows; ++row) {
        const QString name = m_skills.at(row)->text().trimmed();
        if (!name.isEmpty())
            profile.skills.append({name, m_skillYears.at(row)->value()});
    }
    return profile;
}

void WelcomePanel::fillChoices()
{
    const QString jobType = m_jobType->currentData().toString();
    const QString employment = m_employment->currentData().toString();
    m_jobType->clear();
    for (JobType type : JobTypes::all())
        m_jobType->addItem(JobTypes::displayName(type), JobTypes::key(type));
    m_employment->clear();
    for (EmploymentType type : EmploymentTypes::all())
        m_employment->addItem(EmploymentTypes::displayName(type), EmploymentTypes::key(type));
    m_jobType->setCurrentIndex(std::max(
        0, m_jobType->findData(jobType.isEmpty() ? JobTypes::key(Profile{}.jobType) : jobType)));
    m_employment->setCurrentIndex(std::max(
        0, m_employment->findData(employment.isEmpty() ? EmploymentTypes::key(Profile{}.employment)
                                                       : employment)));
}

void WelcomePanel::retranslate()
{
    m_heading->setText(tr("Welcome to CareerPlanner"));
    m_intro->setText(tr("A few answers are enough for a first estimate of what your skills earn "
                        "as an employee, a freelancer, a dispatched or a part-time worker, and "
                        "of which step raises it most. You can add the rest of your profile "
                        "later."));
    m_ageLabel->setText(tr("&Age:"));
    m_jobTypeLabel->setText(tr("&Kind of work:"));
    m_employmentLabel->setText(tr("&Employment now:"));
    m_incomeLabel->setText(tr("Annual &income:"));
    m_experienceLabel->setText(tr("&Years in IT:"));
    m_skillsLabel->setText(tr("Main &skills:"));
    for (QLineEdit *skill : std::as_const(m_skills)) {
        skill->setPlaceholderText(tr("e.g. Java, AWS, PostgreSQL"));
        skill->setAccessibleName(tr("Skill"));
    }
    for (QDoubleSpinBox *years : std::as_const(m_skillYears)) {
        years->setSuffix(tr(" years"));
        years->setAccessibleName(tr("Years of the skill"));
    }
    m_experience->setSuffix(tr(" years"));
    m_age->setSuffix(tr(" years old"));
    m_income->applyLocale();
    m_privacy->setText(tr("Everything stays on this computer: no account, nothing is sent."));
    m_start->setText(tr("Show my results"));
    m_import->setText(tr("Import a profile file…"));
    m_skip->setText(tr("Skip for now"));
    fillChoices();
}

void WelcomePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
