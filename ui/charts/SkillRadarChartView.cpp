#include "charts/SkillRadarChartView.h"

#include "charts/ChartPalette.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChartView>
#include <QEvent>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QPolarChart>
#include <QVBoxLayout>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace {
constexpr qreal fullCircle = 360.0;
}

SkillRadarChartView::SkillRadarChartView(QWidget *parent)
    : QWidget(parent), m_chart(new QPolarChart), m_view(new QChartView(m_chart, this)),
      // QAreaSeries does not own its boundary series: this widget does.
      m_today(new QLineSeries(this)), m_centre(new QLineSeries(this)), m_area(nullptr),
      m_angular(new QCategoryAxis), m_radial(new QValueAxis), m_note(new QLabel(this))
{
    m_view->setObjectName(u"skillRadarChart"_s);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_area = new QAreaSeries(m_today, m_centre);
    QColor fill(0x3d, 0x85, 0xc6);
    fill.setAlpha(90);
    m_area->setBrush(fill);
    QPen pen(QColor(0x1f, 0x4e, 0x79));
    pen.setWidth(2);
    m_area->setPen(pen);
    m_chart->addSeries(m_area);
    m_angular->setRange(0, fullCircle);
    m_angular->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_radial->setRange(0, 100);
    m_radial->setTickCount(6);
    m_radial->setLabelFormat(u"%.0f"_s);
    m_chart->addAxis(m_angular, QPolarChart::PolarOrientationAngular);
    m_chart->addAxis(m_radial, QPolarChart::PolarOrientationRadial);
    m_area->attachAxis(m_angular);
    m_area->attachAxis(m_radial);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setAnimationOptions(QChart::NoAnimation);
    ChartPalette::apply(m_chart, palette());
    m_note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_note);
    rebuild();
}

void SkillRadarChartView::setScoreCard(const ScoreCard &card)
{
    m_card = card;
    rebuild();
}

void SkillRadarChartView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        ChartPalette::apply(m_chart, palette());
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QWidget::changeEvent(event);
}

void SkillRadarChartView::rebuild()
{
    m_chart->setTitle(tr("Skill areas (0–100)"));
    m_area->setName(tr("Today"));
    const QList<SkillCategory> areas = ScoreCard::areaOrder();
    const qreal step = fullCircle / qreal(areas.size());
    // Category labels sit on the spokes; the axis needs them in increasing order.
    for (const QString &label : m_angular->categoriesLabels())
        m_angular->remove(label);
    QList<QPointF> points;
    QStringList summary;
    for (qsizetype i = 0; i < areas.size(); ++i) {
        const qreal angle = step * qreal(i);
        const double value = m_card.areas.value(areas.at(i)).value;
        points.append(QPointF(angle, value));
        const QString label = SkillCategories::displayName(areas.at(i));
        m_angular->append(label, angle);
        summary.append(u"%1 %2"_s.arg(label, QLocale().toString(value, 'f', 0)));
    }
    points.append(QPointF(fullCircle, points.isEmpty() ? 0 : points.first().y())); // close it
    m_today->replace(points);
    QList<QPointF> centre;
    for (const QPointF &point : std::as_const(points))
        centre.append(QPointF(point.x(), 0));
    m_centre->replace(centre);
    m_note->setText(tr("%1. A roadmap target will be drawn here once you have one.")
                        .arg(summary.join(u" · "_s)));
}
