#pragma once

#include "core/Profile.h"

#include <QList>
#include <QWidget>

class MoneySpinBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class SkillCatalogue;

// The first start: a few questions (age, kind of work, employment, income, experience and up
// to three main skills with their years) that are enough for the estimates to mean something,
// then the results. A profile file can be imported instead, or the welcome skipped.
class WelcomePanel : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePanel(const SkillCatalogue &catalogue, QWidget *parent = nullptr);

    // The answers, on top of the default profile.
    Profile profile() const;

    static constexpr int skillRows = 3;

signals:
    void profileChosen(const Profile &profile);
    void importRequested();
    void skipped();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillChoices();

    QLabel *m_heading;
    QLabel *m_intro;
    QLabel *m_ageLabel;
    QSpinBox *m_age;
    QLabel *m_jobTypeLabel;
    QComboBox *m_jobType;
    QLabel *m_employmentLabel;
    QComboBox *m_employment;
    QLabel *m_incomeLabel;
    MoneySpinBox *m_income;
    QLabel *m_experienceLabel;
    QSpinBox *m_experience;
    QLabel *m_skillsLabel;
    QList<QLineEdit *> m_skills;
    QList<QDoubleSpinBox *> m_skillYears;
    QLabel *m_privacy;
    QPushButton *m_start;
    QPushButton *m_import;
    QPushButton *m_skip;
};
