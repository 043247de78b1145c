#pragma once

#include "core/takehome/TakeHomeComparison.h"

#include <QChartView>

class QBarCategoryAxis;
class QStackedBarSeries;
class QValueAxis;

// One stacked bar per employment type, from gross down to take-home pay: the take-home part at
// the bottom, then each thing that comes off it. A bar's height is what the work brings in.
class TakeHomeChartView : public QChartView
{
    Q_OBJECT

public:
    explicit TakeHomeChartView(QWidget *parent = nullptr);

    void setComparison(const TakeHomeComparison &comparison);
    QStackedBarSeries *series() const { return m_series; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    TakeHomeComparison m_comparison;
    QStackedBarSeries *m_series;
    QBarCategoryAxis *m_categories;
    QValueAxis *m_values;
};
