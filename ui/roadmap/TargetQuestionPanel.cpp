#include "roadmap/TargetQuestionPanel.h"

#include "core/MoneyFormat.h"
#include "core/RoadmapSummary.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QRadioButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

TargetQuestionPanel::TargetQuestionPanel(QWidget *parent)
    : QWidget(parent), m_question(new QLabel(this)), m_byAge(new QRadioButton(this)),
      m_age(new QSpinBox(this)), m_within(new QRadioButton(this)), m_months(new QSpinBox(this)),
      m_answers(new QTreeWidget(this)), m_note(new QLabel(this))
{
    m_byAge->setObjectName(u"targetByAge"_s);
    m_age->setObjectName(u"targetAge"_s);
    m_within->setObjectName(u"targetWithin"_s);
    m_months->setObjectName(u"targetMonths"_s);
    m_answers->setObjectName(u"targetAnswers"_s);
    m_question->setWordWrap(true);
    m_note->setWordWrap(true);
    m_age->setRange(16, 100);
    m_months->setRange(1, 600);
    m_months->setValue(24);
    m_byAge->setChecked(true);
    m_answers->setColumnCount(4);
    m_answers->setRootIsDecorated(true);
    m_answers->setWordWrap(true);
    m_answers->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_answers->header()->setSectionResizeMode(3, QHeaderView::Stretch);

    auto *row = new QHBoxLayout;
    row->addWidget(m_byAge);
    row->addWidget(m_age);
    row->addSpacing(16);
    row->addWidget(m_within);
    row->addWidget(m_months);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_question);
    layout->addWidget(m_answers, 1);
    layout->addWidget(m_note);

    connect(m_byAge, &QRadioButton::toggled, this, &TargetQuestionPanel::recomputeIfVisible);
    connect(m_age, &QSpinBox::valueChanged, this, [this] {
        if (m_byAge->isChecked())
            recomputeIfVisible();
    });
    connect(m_months, &QSpinBox::valueChanged, this, [this] {
        if (m_within->isChecked())
            recomputeIfVisible();
    });
    retranslate();
}

void TargetQuestionPanel::retranslate()
{
    m_byAge->setText(tr("By &age"));
    m_within->setText(tr("&Within"));
    m_months->setSuffix(tr(" months"));
    m_age->setAccessibleName(tr("Target age"));
    m_months->setAccessibleName(tr("Months available"));
    m_answers->setHeaderLabels({tr("Work as"), tr("Answer"), tr("Effort"), tr("Steps")});
    m_answers->setAccessibleName(tr("What it takes, per employment type"));
    m_note->setText(tr("Steps are taken one after another, in the order of the plan for each "
                       "employment type, until the target is met; steps it does not need are "
                       "then dropped, longest first. Listings count when they pay the target "
                       "and you would qualify for them."));
    recomputeIfVisible();
}

void TargetQuestionPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        recompute();
}

void TargetQuestionPanel::recomputeIfVisible()
{
    m_stale = true;
    if (isVisible())
        recompute();
}

void TargetQuestionPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TargetQuestionPanel::setContext(qint64 targetYen, int age, double hoursPerWeek, Solver solver)
{
    const bool ageChanged = age != m_profileAge;
    m_targetYen = targetYen;
    m_profileAge = age;
    m_hoursPerWeek = hoursPerWeek;
    m_solver = std::move(solver);
    {
        const QSignalBlocker blocker(m_age);
        m_age->setMinimum(std::min(100, age + 1));
        if (ageChanged || m_age->value() <= age)
            m_age->setValue(std::min(100, age + 5));
    }
    recomputeIfVisible();
}

void TargetQuestionPanel::recompute()
{
    m_stale = false;
    m_answers->clear();
    m_lastAnswers.clear();
    if (!m_solver || m_targetYen <= 0) {
        m_question->setText(tr("Set a target income above to ask what it takes."));
        return;
    }
    TargetQuestion question;
    question.targetYen = m_targetYen;
    question.hoursPerWeek = m_hoursPerWeek;
    const bool byAge = m_byAge->isChecked();
    question.monthsAvailable =
        byAge ? (m_age->value() - m_profileAge) * 12.0 : double(m_months->value());
    m_question->setText(RoadmapSummary::question(question, byAge ? m_age->value() : -1));
    m_lastAnswers = m_solver(question);
    for (const TargetAnswer &answer : std::as_const(m_lastAnswers)) {
        auto *item = new QTreeWidgetItem(m_answers);
        item->setText(0, EmploymentTypes::displayName(answer.employment));
        item->setText(
            1,
            answer.reachable
                ? (answer.throughListings ? tr("Reachable (through listings)") : tr("Reachable"))
                : tr("Not with this data; closest %1").arg(MoneyFormat::annual(answer.reachedYen)));
        item->setText(2, RoadmapSummary::months(answer.months));
        QStringList titles;
        for (const PlannedStep &step : answer.steps) {
            titles.append(step.title);
            auto *child = new QTreeWidgetItem(item);
            child->setText(2, RoadmapSummary::months(step.effortMonths));
            child->setText(3, step.title);
        }
        item->setText(3, titles.isEmpty() ? tr("nothing to do")
                                          : titles.join(tr(", ", "list separator")));
        const QString sentence = RoadmapSummary::answer(answer, question);
        for (int column = 0; column < 4; ++column)
            item->setToolTip(column, sentence);
        item->setData(0, Qt::UserRole, sentence);
        if (answer.reachable) {
            QFont font = item->font(1);
            font.setBold(true);
            item->setFont(1, font);
        }
    }
}
