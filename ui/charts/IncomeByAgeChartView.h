#pragma once

#include "core/IncomeByAge.h"
#include "core/Profile.h"
#include "core/market/CensusAgeCurve.h"

#include <QWidget>
#include <optional>

class QChart;
class QChartView;
class QLabel;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

// Annual income by age as curves: the wage census by 5-year band for the profile's
// occupation (the model's full-time basis) and job tag's 10-year bands as a second series;
// the user's income and the model's estimate placed at their age, the target as a line. The
// sources are named under the chart.
class IncomeByAgeChartView : public QWidget
{
    Q_OBJECT

public:
    explicit IncomeByAgeChartView(QWidget *parent = nullptr);

    // census: 5-year bands; jobtag: 10-year bands; packLabel: the market data they come from.
    void setCurves(const CensusAgeCurve &census, const IncomeByAge &jobtag,
                   const QString &packLabel);
    // estimateYen: the model's full-time estimate for the profile, 0 when there is none.
    void setProfile(const std::optional<Profile> &profile, qint64 estimateYen = 0);
    QChartView *chartView() const { return m_view; }
    QChart *chart() const { return m_chart; }
    QLineSeries *censusSeries() const { return m_census; }
    QLineSeries *jobtagSeries() const { return m_jobtag; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    CensusAgeCurve m_censusData;
    IncomeByAge m_jobtagData;
    QString m_packLabel;
    std::optional<Profile> m_profile;
    QChart *m_chart;
    QChartView *m_view;
    QLineSeries *m_census;
    QLineSeries *m_jobtag;
    QScatterSeries *m_user;
    QScatterSeries *m_estimate;
    qint64 m_estimateYen = 0;
    QLineSeries *m_target;
    QValueAxis *m_axisX;
    QValueAxis *m_axisY;
    QLabel *m_sourceLabel;
};
