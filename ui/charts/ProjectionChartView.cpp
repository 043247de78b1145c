#include "charts/ProjectionChartView.h"

#include "charts/ChartPalette.h"
#include "core/MoneyFormat.h"

#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QEvent>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QVBoxLayout>
#include <QValueAxis>
#include <cmath>

using namespace Qt::StringLiterals;

ProjectionChartView::ProjectionChartView(QWidget *parent)
    : QWidget(parent), m_chart(new QChart), m_view(new QChartView(m_chart, this)),
      m_planned(new QLineSeries), m_estimated(new QLineSeries),
      m_estimatedPoints(new QScatterSeries), m_entered(new QScatterSeries),
      m_target(new QLineSeries), m_axisX(new QDateTimeAxis), m_axisY(new QValueAxis),
      m_note(new QLabel(this))
{
    m_view->setObjectName(u"projectionChart"_s);
    m_note->setObjectName(u"projectionNote"_s);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_note->setWordWrap(true);

    QPen plannedPen(QColor(0x15, 0x65, 0xc0));
    plannedPen.setWidth(2);
    plannedPen.setStyle(Qt::DashLine);
    m_planned->setPen(plannedPen);
    QPen estimatedPen(QColor(0x6a, 0x1b, 0x9a));
    estimatedPen.setWidth(3);
    m_estimated->setPen(estimatedPen);
    m_estimatedPoints->setColor(QColor(0x6a, 0x1b, 0x9a));
    m_estimatedPoints->setMarkerSize(10);
    m_entered->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    m_entered->setColor(QColor(0xd9, 0x48, 0x1f));
    m_entered->setMarkerSize(12);
    QPen targetPen(QColor(0x2e, 0x7d, 0x32));
    targetPen.setWidth(2);
    targetPen.setStyle(Qt::DotLine);
    m_target->setPen(targetPen);

    for (QAbstractSeries *series :
         QList<QAbstractSeries *>{m_planned, m_estimated, m_estimatedPoints, m_entered, m_target})
        m_chart->addSeries(series);
    m_chart->addAxis(m_axisX, Qt::AlignBottom);
    m_chart->addAxis(m_axisY, Qt::AlignLeft);
    for (QAbstractSeries *series : m_chart->series()) {
        series->attachAxis(m_axisX);
        series->attachAxis(m_axisY);
    }
    // The dots sit on the estimate line; one legend entry is enough for both.
    m_chart->legend()->markers(m_estimatedPoints).first()->setVisible(false);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setAnimationOptions(QChart::NoAnimation);
    ChartPalette::apply(m_chart, palette());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_note);
    rebuild();
}

void ProjectionChartView::setProjection(const IncomeProjection &projection)
{
    m_projection = projection;
    rebuild();
}

void ProjectionChartView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        ChartPalette::apply(m_chart, palette());
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QWidget::changeEvent(event);
}

void ProjectionChartView::rebuild()
{
    const QLocale locale;
    const IncomeProjection &p = m_projection;
    m_chart->setTitle(tr("Income over time as %1: planned and actual")
                          .arg(EmploymentTypes::displayName(p.employment)));

    QDateTime first = QDateTime::currentDateTimeUtc();
    QDateTime last = first;
    qint64 top = p.targetYen;
    const auto extend = [&](const ProjectionPoint &point) {
        first = std::min(first, point.when);
        last = std::max(last, point.when);
        top = std::max(top, point.yen);
    };
    const auto x = [](const QDateTime &when) { return qreal(when.toMSecsSinceEpoch()); };

    // The plan is a staircase: the income steps up when a step is done, not before.
    QList<QPointF> planned;
    for (qsizetype i = 0; i < p.planned.size(); ++i) {
        const ProjectionPoint &point = p.planned.at(i);
        extend(point);
        if (i > 0)
            planned.append(
                QPointF(x(point.when), MoneyFormat::axisValue(p.planned.at(i - 1).yen, locale)));
        planned.append(QPointF(x(point.when), MoneyFormat::axisValue(point.yen, locale)));
    }
    m_planned->replace(planned);
    QList<QPointF> estimated;
    for (const ProjectionPoint &point : p.estimated) {
        extend(point);
        estimated.append(QPointF(x(point.when), MoneyFormat::axisValue(point.yen, locale)));
    }
    m_estimated->replace(estimated);
    m_estimatedPoints->replace(estimated);
    QList<QPointF> entered;
    for (const ProjectionPoint &point : p.entered) {
        extend(point);
        entered.append(QPointF(x(point.when), MoneyFormat::axisValue(point.yen, locale)));
    }
    m_entered->replace(entered);
    // A month either side, so a single point is not drawn on the frame.
    first = first.addDays(-31);
    last = last.addDays(31);
    QList<QPointF> target;
    if (p.targetYen > 0)
        target = {QPointF(x(first), MoneyFormat::axisValue(p.targetYen, locale)),
                  QPointF(x(last), MoneyFormat::axisValue(p.targetYen, locale))};
    m_target->replace(target);

    m_planned->setName(p.planned.isEmpty() ? tr("Planned (start the plan to draw it)")
                                           : tr("Planned (as started)"));
    m_estimated->setName(tr("Actual: estimate of saved profiles"));
    m_entered->setName(tr("Actual: income entered"));
    m_target->setName(p.targetYen > 0 ? tr("Target: %1").arg(MoneyFormat::annual(p.targetYen))
                                      : tr("Target (not set)"));

    m_axisX->setRange(first, last);
    const qint64 days = first.daysTo(last);
    // Year and month: ticks fall between years on a long plan, and a bare year would repeat.
    m_axisX->setFormat(u"yyyy-MM"_s);
    m_axisX->setTickCount(std::clamp(int(days / 120) + 2, 3, 8));
    m_axisX->setTitleText(tr("Date"));
    const bool man = MoneyFormat::axisUnit(locale) == u"万円"_s;
    const double stepValue = man ? 100.0 : 1.0;
    const double topValue = MoneyFormat::axisValue(top, locale) * 1.15;
    m_axisY->setRange(0, std::max(stepValue, std::ceil(topValue / stepValue) * stepValue));
    m_axisY->setTickType(QValueAxis::TicksDynamic);
    m_axisY->setTickAnchor(0);
    m_axisY->setTickInterval(stepValue * 2);
    m_axisY->setLabelFormat(u"%.0f"_s);
    m_axisY->setTitleText(tr("Annual income (%1)").arg(MoneyFormat::axisUnit(locale)));
    m_note->setText(
        tr("Each saved profile is re-scored with today's model, so a change of the data or the "
           "model moves the past points too. Save the profile when something changes to add a "
           "point."));
}
