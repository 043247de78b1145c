#pragma once

#include "core/IncomeByAge.h"
#include "core/Profile.h"

#include <QWidget>
#include <optional>

class QBarCategoryAxis;
class QBarSeries;
class QBarSet;
class QChart;
class QChartView;
class QLabel;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

// Annual income by age band as bars, with the user's own income marked at their age and
// the target income drawn as a line; the data source is named under the chart.
class IncomeByAgeChartView : public QWidget
{
    Q_OBJECT

public:
    explicit IncomeByAgeChartView(QWidget *parent = nullptr);

    void setIncomeByAge(const IncomeByAge &data);
    // estimateYen: the model's full-time estimate for the profile, 0 when there is none.
    void setProfile(const std::optional<Profile> &profile, qint64 estimateYen = 0);
    QChartView *chartView() const { return m_view; }

    QChart *chart() const { return m_chart; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    IncomeByAge m_data;
    std::optional<Profile> m_profile;
    QChart *m_chart;
    QChartView *m_view;
    QBarSeries *m_bars;
    QBarSet *m_barSet;
    QScatterSeries *m_user;
    QScatterSeries *m_estimate;
    qint64 m_estimateYen = 0;
    QLineSeries *m_target;
    QBarCategoryAxis *m_axisX;
    QValueAxis *m_axisY;
    QLabel *m_sourceLabel;
};
