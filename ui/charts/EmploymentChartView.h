#pragma once

#include "core/EmploymentComparison.h"

#include <QWidget>

class QBarCategoryAxis;
class QBarSeries;
class QBarSet;
class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QSpinBox;
class QValueAxis;

// Published income by employment type (正社員, フリーランス as a range, 派遣社員 and アルバイト
// converted from hourly wages with the billable hours shown and changeable) beside the
// user's estimate for each type.
class EmploymentChartView : public QWidget
{
    Q_OBJECT

public:
    explicit EmploymentChartView(QWidget *parent = nullptr);

    void setComparison(const EmploymentComparison &comparison);
    QString occupation() const;
    void setOccupation(const QString &occupation);
    QChart *chart() const { return m_chart; }
    QChartView *chartView() const { return m_view; }

signals:
    void occupationChanged(const QString &occupation);
    void billableHoursChanged(double hours);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void retranslate();

    EmploymentComparison m_comparison;
    QComboBox *m_occupation;
    QSpinBox *m_hours;
    QLabel *m_occupationLabel;
    QLabel *m_hoursLabel;
    QChart *m_chart;
    QChartView *m_view;
    QBarSeries *m_series;
    QBarSet *m_publishedLow;
    QBarSet *m_publishedHigh;
    QBarSet *m_estimate;
    QBarCategoryAxis *m_axisX;
    QValueAxis *m_axisY;
    QLabel *m_sourceLabel;
};
