#include "roadmap/RoadmapPage.h"

#include "charts/ProjectionChartView.h"
#include "core/IncomeProjection.h"
#include "core/MoneyFormat.h"
#include "core/RoadmapSummary.h"
#include "core/TargetSolver.h"
#include "roadmap/ProfileHistoryTable.h"
#include "roadmap/RoadmapReport.h"
#include "roadmap/RoadmapStepModel.h"
#include "roadmap/TargetQuestionPanel.h"
#include "services/AnalysisService.h"
#include "services/Session.h"
#include "widgets/MoneySpinBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
bool askWithMessageBox(QWidget *parent, const QString &title, const QString &text)
{
    return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::No,
                                 QMessageBox::Yes) == QMessageBox::Yes;
}
} // namespace

RoadmapPage::RoadmapPage(Session *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_analysis(session->analysis()),
      m_question(askWithMessageBox), m_targetLabel(new QLabel(this)),
      m_target(new MoneySpinBox(this)), m_employmentLabel(new QLabel(this)),
      m_employment(new QComboBox(this)), m_hoursLabel(new QLabel(this)),
      m_hours(new QDoubleSpinBox(this)), m_startButton(new QPushButton(this)),
      m_reportButton(new QPushButton(this)), m_printButton(new QPushButton(this)),
      m_heading(new QLabel(this)), m_start(new QLabel(this)), m_verdict(new QLabel(this)),
      m_whatIfBanner(new QLabel(this)), m_clearWhatIf(new QPushButton(this)),
      m_tabs(new QTabWidget(this)), m_model(new RoadmapStepModel(this)),
      m_table(new QTableView(this)), m_details(new QTextBrowser(this)),
      m_inProgressButton(new QPushButton(this)), m_doneButton(new QPushButton(this)),
      m_skipButton(new QPushButton(this)), m_clearMarkButton(new QPushButton(this)),
      m_projection(new ProjectionChartView(this)), m_planStartedLabel(new QLabel(this)),
      m_historyTable(new ProfileHistoryTable(this))
{
    m_target->setObjectName(u"roadmapTarget"_s);
    m_employment->setObjectName(u"roadmapEmployment"_s);
    m_hours->setObjectName(u"roadmapHours"_s);
    m_startButton->setObjectName(u"roadmapStart"_s);
    m_reportButton->setObjectName(u"roadmapReport"_s);
    m_heading->setObjectName(u"roadmapHeading"_s);
    m_verdict->setObjectName(u"roadmapVerdict"_s);
    m_whatIfBanner->setObjectName(u"roadmapWhatIf"_s);
    m_clearWhatIf->setObjectName(u"roadmapClearWhatIf"_s);
    m_tabs->setObjectName(u"roadmapTabs"_s);
    m_table->setObjectName(u"roadmapSteps"_s);
    m_details->setObjectName(u"roadmapStepDetails"_s);
    m_doneButton->setObjectName(u"roadmapMarkDone"_s);
    m_inProgressButton->setObjectName(u"roadmapMarkInProgress"_s);
    m_skipButton->setObjectName(u"roadmapMarkSkipped"_s);
    m_clearMarkButton->setObjectName(u"roadmapClearMark"_s);

    m_hours->setRange(1, 60);
    m_hours->setDecimals(1);
    m_hours->setSingleStep(1);
    m_target->setMaximum(1e9);
    m_targetLabel->setBuddy(m_target);
    m_employmentLabel->setBuddy(m_employment);
    m_hoursLabel->setBuddy(m_hours);
    for (QLabel *label : {m_start, m_verdict, m_whatIfBanner, m_planStartedLabel})
        label->setWordWrap(true);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);
    m_whatIfBanner->setStyleSheet(
        u"QLabel { background: #fff4d6; color: #3d2e00; border: 1px solid #e0b44c; "
        "padding: 6px; }"_s);

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_targetLabel);
    controls->addWidget(m_target);
    controls->addSpacing(12);
    controls->addWidget(m_employmentLabel);
    controls->addWidget(m_employment);
    controls->addSpacing(12);
    controls->addWidget(m_hoursLabel);
    controls->addWidget(m_hours);
    controls->addSpacing(12);
    m_allAreas = new QCheckBox(this);
    m_allAreas->setObjectName(u"roadmapAllAreas"_s);
    controls->addWidget(m_allAreas);
    controls->addStretch(1);
    // The actions on a row of their own, so the page fits a narrow window in any language.
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_startButton);
    actions->addStretch(1);
    actions->addWidget(m_reportButton);
    actions->addWidget(m_printButton);

    auto *whatIfRow = new QHBoxLayout;
    whatIfRow->addWidget(m_whatIfBanner, 1);
    whatIfRow->addWidget(m_clearWhatIf);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(RoadmapStepModel::StepColumn,
                                                      QHeaderView::Stretch);
    m_details->setOpenLinks(false);

    auto *markRow = new QHBoxLayout;
    markRow->addWidget(m_inProgressButton);
    markRow->addWidget(m_doneButton);
    markRow->addWidget(m_skipButton);
    markRow->addWidget(m_clearMarkButton);
    markRow->addStretch(1);

    auto *stepsTab = new QWidget(this);
    auto *stepsLayout = new QVBoxLayout(stepsTab);
    auto *splitter = new QSplitter(Qt::Vertical, stepsTab);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    stepsLayout->addWidget(splitter, 1);
    stepsLayout->addLayout(markRow);

    auto *progressTab = new QWidget(this);
    auto *progressLayout = new QVBoxLayout(progressTab);
    auto *progressSplitter = new QSplitter(Qt::Vertical, progressTab);
    progressSplitter->addWidget(m_projection);
    progressSplitter->addWidget(m_historyTable);
    progressSplitter->setStretchFactor(0, 3);
    progressSplitter->setStretchFactor(1, 1);
    progressSplitter->setSizes({520, 160}); // the chart first; the table scrolls
    progressLayout->addWidget(m_planStartedLabel);
    progressLayout->addWidget(progressSplitter, 1);

    m_targetQuestion = new TargetQuestionPanel(this);
    m_tabs->addTab(stepsTab, QString());
    m_tabs->addTab(progressTab, QString());
    m_tabs->addTab(m_targetQuestion, QString());

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_heading);
    layout->addWidget(m_start);
    layout->addWidget(m_verdict);
    layout->addLayout(whatIfRow);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(actions);

    fillEmploymentChoices();
    retranslate();
    loadSettings();

    connect(m_target, &MoneySpinBox::yenChanged, this, [this] {
        saveSettings();
        replan();
    });
    connect(m_employment, &QComboBox::currentIndexChanged, this, [this] {
        saveSettings();
        replan();
    });
    connect(m_hours, &QDoubleSpinBox::valueChanged, this, [this] {
        saveSettings();
        replan();
    });
    connect(m_allAreas, &QCheckBox::toggled, this, &RoadmapPage::replan);
    connect(m_startButton, &QPushButton::clicked, this, &RoadmapPage::startPlan);
    connect(m_reportButton, &QPushButton::clicked, this, &RoadmapPage::exportReport);
    connect(m_printButton, &QPushButton::clicked, this, &RoadmapPage::printReport);
    connect(m_clearWhatIf, &QPushButton::clicked, m_model, &RoadmapStepModel::clearWhatIf);
    connect(m_model, &RoadmapStepModel::whatIfChanged, this, &RoadmapPage::applyWhatIf);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RoadmapPage::showSelectedStep);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RoadmapPage::showSelectedStep);
    connect(m_inProgressButton, &QPushButton::clicked, this,
            [this] { markSelected(RoadmapStepStatus::InProgress); });
    connect(m_doneButton, &QPushButton::clicked, this,
            [this] { markSelected(RoadmapStepStatus::Done); });
    connect(m_skipButton, &QPushButton::clicked, this,
            [this] { markSelected(RoadmapStepStatus::Skipped); });
    connect(m_clearMarkButton, &QPushButton::clicked, this,
            [this] { markSelected(RoadmapStepStatus::NotStarted); });
    connect(m_session, &Session::historyChanged, this, &RoadmapPage::reloadHistory);
    connect(m_analysis, &AnalysisService::analysisRebuilt, this, [this] {
        m_planner.reset();
        replan();
    });
    connect(m_analysis, &AnalysisService::profileChanged, this, [this] {
        // The roadmap's target follows the profile's when the profile's changes.
        const qint64 profileTarget = m_analysis->profile().targetIncomeYen;
        if (profileTarget > 0 && profileTarget != m_lastProfileTarget)
            m_target->setYen(profileTarget); // replans through yenChanged
        m_lastProfileTarget = profileTarget;
        replan();
    });

    m_model->setStatuses(m_session->progress().statuses());
    reloadHistory();
    replan();
}

RoadmapPage::~RoadmapPage()
{
    // The what-if belongs to this page: end it if the analysis outlives the page.
    if (m_analysis && m_analysis->isWhatIf())
        m_analysis->setWhatIf(std::nullopt);
}

const RoadmapPlan &RoadmapPage::plan() const
{
    return m_model->plan();
}

void RoadmapPage::fillEmploymentChoices()
{
    const QVariant current = m_employment->currentData();
    const QSignalBlocker blocker(m_employment);
    m_employment->clear();
    m_employment->addItem(tr("Any (highest estimate)"), QString());
    for (EmploymentType type : EmploymentTypes::all())
        m_employment->addItem(EmploymentTypes::displayName(type), EmploymentTypes::key(type));
    const int index = m_employment->findData(current);
    m_employment->setCurrentIndex(index >= 0 ? index : 0);
}

void RoadmapPage::retranslate()
{
    m_targetLabel->setText(tr("&Target income:"));
    m_employmentLabel->setText(tr("&Work as:"));
    m_hoursLabel->setText(tr("&Study hours/week:"));
    m_hours->setSuffix(tr(" h"));
    m_allAreas->setText(tr("All &areas"));
    m_allAreas->setToolTip(tr("Offer skills of every area, for a full-stack route; otherwise "
                              "only the areas of your job type and what your listings ask for."));
    m_target->applyLocale();
    m_startButton->setText(tr("&Start plan from today"));
    m_startButton->setToolTip(
        tr("Keeps today's plan so the Progress tab can draw your progress against it."));
    m_reportButton->setText(tr("&Report (PDF)…"));
    m_printButton->setText(tr("&Print…"));
    m_clearWhatIf->setText(tr("&Clear what-if"));
    m_inProgressButton->setText(tr("Mark &in progress"));
    m_doneButton->setText(tr("Mark &done"));
    m_skipButton->setText(tr("S&kip"));
    m_clearMarkButton->setText(tr("C&lear mark"));
    m_tabs->setTabText(0, tr("Steps"));
    m_tabs->setTabText(1, tr("Progress"));
    m_tabs->setTabText(2, tr("What it takes"));
    m_table->setAccessibleName(tr("Roadmap steps"));
    m_details->setAccessibleName(tr("Step explanation"));
    m_historyTable->setAccessibleName(tr("Saved profiles"));
}

void RoadmapPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        fillEmploymentChoices();
        // Titles, routes and sentences are made in the language of the moment.
        m_planner.reset();
        replan();
    }
    QWidget::changeEvent(event);
}

void RoadmapPage::loadSettings()
{
    QString error;
    const auto saved = m_session->progress().settings(&error);
    m_settings = saved.value_or(RoadmapSettings{});
    if (!saved) {
        m_settings.targetYen = m_analysis->profile().targetIncomeYen;
        m_settings.hoursPerWeek = m_analysis->data().roadmapEffort.defaultHoursPerWeek;
    }
    m_lastProfileTarget = m_analysis->profile().targetIncomeYen;
    const QSignalBlocker b1(m_target), b2(m_employment), b3(m_hours);
    m_target->setYen(m_settings.targetYen);
    m_hours->setValue(m_settings.hoursPerWeek);
    const int index = m_employment->findData(
        m_settings.employment ? EmploymentTypes::key(*m_settings.employment) : QString());
    m_employment->setCurrentIndex(std::max(0, index));
}

bool RoadmapPage::saveSettings()
{
    m_settings.targetYen = m_target->yen();
    m_settings.employment = EmploymentTypes::fromKey(m_employment->currentData().toString());
    m_settings.hoursPerWeek = m_hours->value();
    QString error;
    if (m_session->progress().saveSettings(m_settings, &error))
        return true;
    // Said in a box of its own: the plan's sentences are rewritten on every change.
    QMessageBox::warning(this, tr("Roadmap"),
                         tr("The roadmap settings could not be saved: %1").arg(error));
    return false;
}

RoadmapOptions RoadmapPage::options() const
{
    RoadmapOptions options{m_target->yen(),
                           EmploymentTypes::fromKey(m_employment->currentData().toString()),
                           m_hours->value()};
    options.allAreas = m_allAreas->isChecked();
    return options;
}

void RoadmapPage::replan()
{
    if (!m_planner)
        m_planner = std::make_unique<RoadmapPlanner>(m_analysis->analysis(),
                                                     m_analysis->data().roadmapEffort);
    const RoadmapPlan plan = m_planner->plan(m_analysis->profile(), options());
    m_model->setPlan(plan);
    m_heading->setText(RoadmapSummary::heading(plan));
    m_start->setText(RoadmapSummary::start(plan));
    m_verdict->setText(RoadmapSummary::verdict(plan));
    m_targetQuestion->setContext(m_target->yen(), m_analysis->profile().age, m_hours->value(),
                                 [this](const TargetQuestion &question) {
                                     const TargetSolver solver(m_analysis->analysis(), *m_planner);
                                     return solver.answer(m_analysis->profile(), question);
                                 });
    applyWhatIf();
    updateProgress();
}

void RoadmapPage::applyWhatIf()
{
    const QList<RoadmapStep> steps = m_model->whatIfSteps();
    m_whatIfBanner->setVisible(!steps.isEmpty());
    m_clearWhatIf->setVisible(!steps.isEmpty());
    if (steps.isEmpty() || !m_planner) {
        m_analysis->setWhatIf(std::nullopt);
        return;
    }
    const Profile whatIf = m_planner->apply(m_analysis->profile(), steps);
    m_analysis->setWhatIf(whatIf);
    const auto &result = m_analysis->result();
    const AnalysisResult now = m_analysis->analysis().estimate(m_analysis->profile());
    const EmploymentType type = m_model->plan().employment;
    qint64 before = 0;
    qint64 after = 0;
    for (const EmploymentEstimate &e : now.estimates)
        if (e.type == type)
            before = e.midYen;
    if (result) {
        for (const EmploymentEstimate &e : result->estimates)
            if (e.type == type)
                after = e.midYen;
    }
    QStringList titles;
    for (const RoadmapStep &step : steps)
        titles.append(step.title(m_analysis->data().catalogue));
    m_whatIfBanner->setText(
        tr("What-if with %1: the estimate as %2 would be %3 (now %4), composite score %5 "
           "(now %6). The results and charts show the what-if; your saved profile is "
           "unchanged.")
            .arg(titles.join(tr(", ")), EmploymentTypes::displayName(type),
                 MoneyFormat::annual(after), MoneyFormat::annual(before),
                 QLocale().toString(result ? result->card.composite.value : 0, 'f', 1),
                 QLocale().toString(now.card.composite.value, 'f', 1)));
}

void RoadmapPage::showSelectedStep()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const bool selected = current.isValid() && current.row() < m_model->rowCount();
    for (QPushButton *button : {m_inProgressButton, m_doneButton, m_skipButton, m_clearMarkButton})
        button->setEnabled(selected);
    if (!selected) {
        m_details->setHtml(
            u"<p>%1</p>"_s.arg(tr("Select a step to see how its figures were worked out. Tick a "
                                  "step to try it as a what-if.")
                                   .toHtmlEscaped()));
        return;
    }
    const PlannedStep &s = m_model->step(current.row());
    const RoadmapPlan &plan = m_model->plan();
    QStringList gains;
    for (auto it = s.gainYen.begin(); it != s.gainYen.end(); ++it)
        gains.append(tr("%1: %2").arg(EmploymentTypes::displayName(it.key()),
                                      RoadmapSummary::signedAnnual(it.value())));
    QString how;
    switch (s.step.kind) {
    case RoadmapStepKind::ChangeEmployer:
        how = tr("Gain: the model's full-time estimate for your profile minus the income you "
                 "entered.");
        break;
    case RoadmapStepKind::SwitchEmployment:
        how = tr("Gain: the model's estimate as %1 minus your income now.")
                  .arg(EmploymentTypes::displayName(s.step.employment));
        break;
    default:
        how = tr("Gain: your profile with this step added, re-scored, minus your profile as it "
                 "is (the middle of each estimated range).");
    }
    QString html = u"<h3>%1</h3>"_s.arg(s.title.toHtmlEscaped());
    html += u"<p>%1</p>"_s.arg(tr("Route: %1").arg(s.route).toHtmlEscaped());
    html += u"<p>%1<br>%2</p>"_s.arg(how.toHtmlEscaped(), gains.join(u" · "_s).toHtmlEscaped());
    html += u"<p>%1</p>"_s.arg(tr("Newly qualifies you for %1 listings in the database.")
                                   .arg(RoadmapSummary::newListingsText(s))
                                   .toHtmlEscaped());
    html += u"<p>%1</p>"_s.arg(tr("Effort: %1 months (%2). Source: %3.")
                                   .arg(QLocale().toString(s.effortMonths, 'f', 1),
                                        s.step.effortText(plan.hoursPerWeek), s.step.effortSource)
                                   .toHtmlEscaped());
    html += u"<p>%1</p>"_s.arg(
        tr("Taking the steps in order, after this one: %1, about %2 from the start.")
            .arg(MoneyFormat::annual(s.projectedYen), RoadmapSummary::months(s.monthsFromStart))
            .toHtmlEscaped());
    m_details->setHtml(html);
}

void RoadmapPage::markSelected(RoadmapStepStatus status)
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid())
        return;
    const PlannedStep planned = m_model->step(current.row());
    QString error;
    if (!m_session->progress().setStatus(planned.step.id, status, &error)) {
        QMessageBox::warning(this, tr("Roadmap"), tr("The mark was not saved: %1").arg(error));
        return;
    }
    m_model->setStatus(planned.step.id, status);
    if (status != RoadmapStepStatus::Done || !planned.step.changesProfile())
        return;
    if (m_question(this, tr("Update your profile?"),
                   tr("\"%1\" is done. Record it in your profile? The profile is saved with "
                      "today's date, so the Progress tab shows the change.")
                       .arg(planned.title))) {
        // Saved through the session: the profile form shows it, the history gains an entry.
        const Profile updated =
            planned.step.applyTo(m_analysis->profile(), m_analysis->data().catalogue);
        if (!m_session->saveProfile(updated, &error))
            QMessageBox::warning(this, tr("Roadmap"),
                                 tr("The profile could not be saved: %1").arg(error));
    }
}

void RoadmapPage::startPlan()
{
    const RoadmapSettings previous = m_settings;
    m_settings.startedAt = QDateTime::currentDateTimeUtc();
    m_settings.planned = IncomeProjection::plannedPoints(m_model->plan());
    if (!saveSettings())
        m_settings = previous; // not started: nothing was kept
    updateProgress();
}

void RoadmapPage::reloadHistory()
{
    m_history = m_session->profiles().history();
    updateProgress();
}

void RoadmapPage::updateProgress()
{
    if (!m_planner)
        return;
    const EmploymentType type = m_model->plan().employment;
    m_projection->setProjection(IncomeProjection::build(m_analysis->analysis(), type,
                                                        m_target->yen(), m_settings.startedAt,
                                                        m_settings.planned, m_history));
    m_historyTable->showHistory(m_history, m_analysis->analysis(), type);
    m_planStartedLabel->setText(
        m_settings.startedAt.isValid()
            ? tr("Plan started on %1. \"Start plan from today\" replaces it with today's plan.")
                  .arg(QLocale().toString(m_settings.startedAt.toLocalTime().date(),
                                          QLocale::LongFormat))
            : tr("The plan is not started yet: \"Start plan from today\" keeps today's plan to "
                 "measure your progress against."));
}

bool RoadmapPage::writeReport(const QString &path, QString *error)
{
    // The report is of the profile itself: suspend the what-if while it is drawn.
    const std::optional<Profile> whatIf =
        m_analysis->isWhatIf() ? std::optional<Profile>(m_analysis->effectiveProfile())
                               : std::nullopt;
    m_analysis->setWhatIf(std::nullopt);
    const RoadmapReport report(m_session, m_model->plan(), m_model->statuses(),
                               m_projection->projection(), m_history);
    const bool written = report.writePdf(path, error);
    m_analysis->setWhatIf(whatIf);
    return written;
}

void RoadmapPage::exportReport()
{
    QString path = QFileDialog::getSaveFileName(
        this, tr("Save report"), u"careerplanner-report.pdf"_s, tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(u".pdf"_s, Qt::CaseInsensitive))
        path += u".pdf"_s;
    QString error;
    if (!writeReport(path, &error))
        QMessageBox::warning(this, tr("Report not saved"), error);
}

void RoadmapPage::printReport()
{
    QPrinter printer;
    printer.setPageSize(QPageSize(QPageSize::A4));
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const std::optional<Profile> whatIf =
        m_analysis->isWhatIf() ? std::optional<Profile>(m_analysis->effectiveProfile())
                               : std::nullopt;
    m_analysis->setWhatIf(std::nullopt);
    RoadmapReport(m_session, m_model->plan(), m_model->statuses(), m_projection->projection(),
                  m_history)
        .print(&printer);
    m_analysis->setWhatIf(whatIf);
}
