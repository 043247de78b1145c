#pragma once

#include "core/DatedProfile.h"
#include "core/RoadmapPlanner.h"
#include "storage/RoadmapProgressStore.h"

#include <QPointer>
#include <QWidget>
#include <functional>
#include <memory>

class AnalysisService;
class Session;
class MoneySpinBox;
class ProfileHistoryTable;
class ProjectionChartView;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;
class QTextBrowser;
class RoadmapStepModel;
class TargetQuestionPanel;

// The roadmap: from the profile to a target income. The steps table is ordered by gain per
// month of effort; ticking steps shows their effect everywhere as a what-if without touching
// the saved profile; steps can be marked in progress, done or skipped; the Progress tab draws
// the plan as started against the saved profiles. The report goes to PDF or a printer.
class RoadmapPage : public QWidget
{
    Q_OBJECT

public:
    // Asks the user a yes/no question; tests replace it to answer without a dialog.
    using Question =
        std::function<bool(QWidget *parent, const QString &title, const QString &text)>;

    explicit RoadmapPage(Session *session, QWidget *parent = nullptr);
    ~RoadmapPage() override;

    void setQuestion(Question question) { m_question = std::move(question); }
    // Re-reads the profile history the Progress tab draws (after the profile is saved).
    void reloadHistory();

    RoadmapStepModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    const RoadmapPlan &plan() const;
    ProjectionChartView *projectionView() const { return m_projection; }
    QTabWidget *tabs() const { return m_tabs; }
    TargetQuestionPanel *targetQuestion() const { return m_targetQuestion; }

    void markSelected(RoadmapStepStatus status);
    void startPlan(); // records today's plan as the baseline the Progress tab draws
    bool writeReport(const QString &path, QString *error);
    void exportReport(); // asks for a file, then writeReport()
    void printReport();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillEmploymentChoices();
    void loadSettings();
    bool saveSettings();
    RoadmapOptions options() const;
    void replan();
    void applyWhatIf();
    void showSelectedStep();
    void updateProgress();

    QCheckBox *m_allAreas = nullptr;
    TargetQuestionPanel *m_targetQuestion = nullptr;
    Session *m_session;
    // Guarded: in the window the analysis is an earlier child and is deleted before this page.
    QPointer<AnalysisService> m_analysis;
    RoadmapSettings m_settings;
    std::unique_ptr<RoadmapPlanner> m_planner;
    QList<DatedProfile> m_history;
    qint64 m_lastProfileTarget = -1;
    Question m_question;

    QLabel *m_targetLabel;
    MoneySpinBox *m_target;
    QLabel *m_employmentLabel;
    QComboBox *m_employment;
    QLabel *m_hoursLabel;
    QDoubleSpinBox *m_hours;
    QPushButton *m_startButton;
    QPushButton *m_reportButton;
    QPushButton *m_printButton;
    QLabel *m_heading;
    QLabel *m_start;
    QLabel *m_verdict;
    QLabel *m_whatIfBanner;
    QPushButton *m_clearWhatIf;
    QTabWidget *m_tabs;
    RoadmapStepModel *m_model;
    QTableView *m_table;
    QTextBrowser *m_details;
    QPushButton *m_inProgressButton;
    QPushButton *m_doneButton;
    QPushButton *m_skipButton;
    QPushButton *m_clearMarkButton;
    ProjectionChartView *m_projection;
    QLabel *m_planStartedLabel;
    ProfileHistoryTable *m_historyTable;
};
