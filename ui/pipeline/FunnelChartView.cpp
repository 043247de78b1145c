#include "pipeline/FunnelChartView.h"

#include "charts/ChartPalette.h"
#include "core/pipeline/PipelineFunnel.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QEvent>
#include <QHorizontalBarSeries>
#include <QLocale>
#include <QValueAxis>
#include <cmath>

using namespace Qt::StringLiterals;

FunnelChartView::FunnelChartView(QWidget *parent)
    // Given its chart from the start (see TakeHomeChartView: a default chart would leak).
    : QChartView(new QChart, parent), m_series(new QHorizontalBarSeries),
      m_categories(new QBarCategoryAxis), m_values(new QValueAxis)
{
    QChart *chart = this->chart();
    chart->addSeries(m_series);
    chart->addAxis(m_categories, Qt::AlignLeft);
    chart->addAxis(m_values, Qt::AlignBottom);
    m_series->attachAxis(m_categories);
    m_series->attachAxis(m_values);
    m_series->setLabelsVisible(true);
    m_series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    m_values->setLabelFormat(u"%d"_s);
    chart->legend()->hide();
    chart->setMargins(QMargins(4, 4, 4, 4));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(200);
}

QString FunnelChartView::stageLabel(const FunnelStage &stage)
{
    const QString name = PipelineFunnel::stageName(stage.status);
    if (!stage.shareOfPrevious)
        return name;
    // On two lines (the axis draws rich text): a narrow chart elided "Interview · 67%".
    return tr("%1<br>%2%").arg(name, QLocale().toString(std::lround(*stage.shareOfPrevious * 100)));
}

void FunnelChartView::setFunnel(const QList<FunnelStage> &funnel)
{
    m_funnel = funnel;
    rebuild();
}

void FunnelChartView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QChartView::changeEvent(event);
}

void FunnelChartView::rebuild()
{
    m_series->clear();
    m_categories->clear();
    auto *reached = new QBarSet(tr("Reached"));
    reached->setColor(QColor(u"#1565c0"_s));
    reached->setLabelColor(Qt::white);
    QStringList labels;
    int highest = 0;
    // A horizontal bar chart draws its first category at the bottom: the stages go in last
    // first, so the funnel reads from the top.
    for (auto it = m_funnel.crbegin(); it != m_funnel.crend(); ++it) {
        reached->append(it->reached);
        labels.append(stageLabel(*it));
        highest = std::max(highest, it->reached);
    }
    m_series->append(reached);
    m_categories->append(labels);
    m_values->setRange(0, std::max(1, highest));
    m_values->setTickType(QValueAxis::TicksDynamic);
    m_values->setTickAnchor(0);
    m_values->setTickInterval(std::max(1.0, std::ceil(std::max(1, highest) / 5.0)));
    chart()->setTitle(tr("How far the saved listings got"));
    ChartPalette::apply(chart(), palette());
}
