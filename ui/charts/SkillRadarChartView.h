#pragma once

#include "core/ScoreCard.h"

#include <QWidget>

class QAreaSeries;
class QCategoryAxis;
class QChartView;
class QLabel;
class QLineSeries;
class QPolarChart;
class QValueAxis;

// The five skill-area scores as a radar (QPolarChart), 0 at the centre, 100 at the rim.
class SkillRadarChartView : public QWidget
{
    Q_OBJECT

public:
    explicit SkillRadarChartView(QWidget *parent = nullptr);

    void setScoreCard(const ScoreCard &card);
    QPolarChart *chart() const { return m_chart; }
    QChartView *chartView() const { return m_view; }
    QLineSeries *todaySeries() const { return m_today; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    ScoreCard m_card;
    QPolarChart *m_chart;
    QChartView *m_view;
    QLineSeries *m_today;
    QLineSeries *m_centre;
    QAreaSeries *m_area;
    QCategoryAxis *m_angular;
    QValueAxis *m_radial;
    QLabel *m_note;
};
