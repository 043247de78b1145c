#pragma once

#include "core/takehome/PrefectureHealthRates.h"
#include "core/takehome/TakeHomeComparison.h"

#include <QWidget>
#include <memory>
#include <optional>

class AnalysisService;
class MoneySpinBox;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QScrollArea;
class QSpinBox;
class QTabWidget;
class QTableView;
class QTextBrowser;
class Session;
class TakeHomeChartView;
class TakeHomeTableModel;

// What reaches the bank in each employment type: the four side by side at the user's estimates
// or at any pay typed in, gross to net in a table and a stacked bar chart, every step explained
// with its source, and the freelance rate that takes home as much as the full-time pay.
class TakeHomePage : public QWidget
{
    Q_OBJECT

public:
    explicit TakeHomePage(Session *session, QWidget *parent = nullptr);
    ~TakeHomePage() override;

    const TakeHomeComparison &comparison() const;
    // Puts the user's estimates (from the analysis) in the pay fields.
    void useEstimates();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void recalculate();
    void showExplanation(int column);
    void fitTableHeight();
    void followAnalysis();
    // Shows the saved circumstances (prefecture, household, contributions, leave).
    void showHousehold(const TakeHomeInput &household);

    Session *m_session;
    AnalysisService *m_analysis;
    std::optional<TakeHomeCalculator> m_calculator;
    int m_calculatorYear = 0;
    bool m_payTyped = false; // the user typed a pay: estimates no longer replace it
    bool m_filling = false;
    int m_explainedColumn = 0;
    PrefectureHealthRates m_prefectures;

    QGroupBox *m_payBox;
    QGroupBox *m_employeeBox;
    QGroupBox *m_freelanceBox;
    QGroupBox *m_householdBox;
    QComboBox *m_year;
    MoneySpinBox *m_fullTime;
    MoneySpinBox *m_dispatch;
    MoneySpinBox *m_partTime;
    MoneySpinBox *m_freelance;
    QPushButton *m_useEstimates;
    QDoubleSpinBox *m_bonusMonths;
    QSpinBox *m_partTimeHours;
    QDoubleSpinBox *m_billedMonths;
    QDoubleSpinBox *m_margin;
    QDoubleSpinBox *m_expenses;
    QComboBox *m_invoice;
    QSpinBox *m_age;
    QCheckBox *m_spouse;
    QSpinBox *m_dependants;
    QComboBox *m_prefecture;
    QSpinBox *m_ideco;
    QSpinBox *m_smallBusinessMutualAid;
    QSpinBox *m_safetyMutualAid;
    QSpinBox *m_paidLeaveDays;
    MoneySpinBox *m_retirementAllowance;
    TakeHomeTableModel *m_model;
    QTableView *m_table;
    TakeHomeChartView *m_chart;
    QLabel *m_breakEven;
    QLabel *m_error;
    QTextBrowser *m_explanation;
    QTabWidget *m_details = nullptr;
    QLabel *m_disclaimer;
    QList<QLabel *> m_formLabels;
    QWidget *m_inputs = nullptr;
    QScrollArea *m_inputsScroll = nullptr;
};
