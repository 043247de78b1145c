#pragma once

#include <QHash>
#include <QWidget>

class AnalysisService;
class Session;
class EmploymentChartView;
class IncomeByAgeChartView;
class ListingRatesChartView;
class QChartView;
class QPushButton;
class QTabWidget;
class SkillRadarChartView;

// The charts, one question each, with the user placed on them; each exports to PNG or SVG
// and copies to the clipboard. They follow the profile being edited and the database.
class ChartsPage : public QWidget
{
    Q_OBJECT

public:
    enum Chart
    {
        IncomeByAgeChart,
        EmploymentChart,
        SkillAreasChart,
        ListingRatesChart
    };

    explicit ChartsPage(Session *session, QWidget *parent = nullptr);

    void showChart(Chart chart);
    QChartView *currentChartView() const;
    IncomeByAgeChartView *incomeByAge() const { return m_incomeByAge; }
    EmploymentChartView *employment() const { return m_employment; }
    SkillRadarChartView *skillAreas() const { return m_skills; }
    ListingRatesChartView *listingRates() const { return m_rates; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void update();
    void exportChart(const QString &suffix);

    Session *m_session;
    AnalysisService *m_analysis;
    QHash<QString, QString> m_workKindNames;
    QTabWidget *m_tabs;
    IncomeByAgeChartView *m_incomeByAge;
    EmploymentChartView *m_employment;
    SkillRadarChartView *m_skills;
    ListingRatesChartView *m_rates;
    QPushButton *m_exportPng;
    QPushButton *m_exportSvg;
    QPushButton *m_copy;
    bool m_occupationChosen = false;
};
