#include "charts/ChartPalette.h"

#include <QAbstractAxis>
#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLegend>
#include <QPalette>

namespace ChartPalette {

void apply(QChart *chart, const QPalette &palette)
{
    const QColor background = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    QColor grid = palette.color(QPalette::Mid);
    grid.setAlpha(110);
    chart->setBackgroundBrush(background);
    chart->setBackgroundPen(Qt::NoPen);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setLinePenColor(palette.color(QPalette::Mid));
        axis->setGridLineColor(grid);
        axis->setShadesVisible(false);
    }
    // A value written above a bar stands on the chart's background: Qt Charts writes it in
    // white whatever that is, so it vanished on a light desktop. Values inside a bar keep
    // the colour chosen for the bar.
    const QList<QAbstractSeries *> series = chart->series();
    for (QAbstractSeries *each : series) {
        auto *bars = qobject_cast<QAbstractBarSeries *>(each);
        if (!bars || bars->labelsPosition() != QAbstractBarSeries::LabelsOutsideEnd)
            continue;
        const QList<QBarSet *> sets = bars->barSets();
        for (QBarSet *set : sets)
            set->setLabelColor(text);
    }
}

} // namespace ChartPalette
