#pragma once

#include "core/TargetQuestion.h"

#include <QWidget>
#include <functional>

class QLabel;
class QRadioButton;
class QSpinBox;
class QTreeWidget;

// The reverse question on the Roadmap page: what it takes to reach the target by an age or
// within a number of months, answered for each employment type with the smallest set of
// steps found, or the closest the time allows.
class TargetQuestionPanel : public QWidget
{
    Q_OBJECT

public:
    using Solver = std::function<QList<TargetAnswer>(const TargetQuestion &)>;

    explicit TargetQuestionPanel(QWidget *parent = nullptr);

    // The page's target, the profile's age and the study hours; answers again at once.
    void setContext(qint64 targetYen, int age, double hoursPerWeek, Solver solver);

    QTreeWidget *answers() const { return m_answers; }
    QSpinBox *ageSpin() const { return m_age; }
    QSpinBox *monthsSpin() const { return m_months; }
    QRadioButton *byAgeButton() const { return m_byAge; }
    QRadioButton *withinButton() const { return m_within; }
    const QList<TargetAnswer> &lastAnswers() const { return m_lastAnswers; }

protected:
    void changeEvent(QEvent *event) override;
    // Answering plans once per employment type: done when the panel is seen, not on every
    // edit of the profile while another tab is shown.
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void recompute();
    void recomputeIfVisible();

    QLabel *m_question;
    QRadioButton *m_byAge;
    QSpinBox *m_age;
    QRadioButton *m_within;
    QSpinBox *m_months;
    QTreeWidget *m_answers;
    QLabel *m_note;
    qint64 m_targetYen = 0;
    int m_profileAge = 0;
    double m_hoursPerWeek = 6;
    Solver m_solver;
    QList<TargetAnswer> m_lastAnswers;
    bool m_stale = true;
};
