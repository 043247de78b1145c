#pragma once

#include "core/pipeline/FunnelStage.h"

#include <QChartView>
#include <QList>

class QBarCategoryAxis;
class QBarSet;
class QHorizontalBarSeries;
class QValueAxis;

// The application funnel as horizontal bars, the first stage on top: how many saved listings
// reached each stage, and beside each stage's name the share of the stage before.
class FunnelChartView : public QChartView
{
    Q_OBJECT

public:
    explicit FunnelChartView(QWidget *parent = nullptr);

    void setFunnel(const QList<FunnelStage> &funnel);
    // A stage's category label, as the axis shows it (for tests and the summary).
    static QString stageLabel(const FunnelStage &stage);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    QList<FunnelStage> m_funnel;
    QHorizontalBarSeries *m_series;
    QBarCategoryAxis *m_categories;
    QValueAxis *m_values;
};
