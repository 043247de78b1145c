#pragma once

#include "core/IncomeProjection.h"

#include <QWidget>

class QChart;
class QChartView;
class QDateTimeAxis;
class QLabel;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

// Income over time: the plan as started (a stepped line from the start date), the model's
// estimate of each saved profile and the income entered in it (actual), and the target.
class ProjectionChartView : public QWidget
{
    Q_OBJECT

public:
    explicit ProjectionChartView(QWidget *parent = nullptr);

    void setProjection(const IncomeProjection &projection);
    const IncomeProjection &projection() const { return m_projection; }
    QChartView *chartView() const { return m_view; }
    QChart *chart() const { return m_chart; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    IncomeProjection m_projection;
    QChart *m_chart;
    QChartView *m_view;
    QLineSeries *m_planned;
    QLineSeries *m_estimated;
    QScatterSeries *m_estimatedPoints;
    QScatterSeries *m_entered;
    QLineSeries *m_target;
    QDateTimeAxis *m_axisX;
    QValueAxis *m_axisY;
    QLabel *m_note;
};
