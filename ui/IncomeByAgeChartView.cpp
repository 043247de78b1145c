#include "IncomeByAgeChartView.h"

#include "ChartPalette.h"
#include "core/MoneyFormat.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QEvent>
#include <QLabel>
#include <QLineSeries>
#include <QScatterSeries>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {
constexpr qreal markerOffset = 0.15; // of a band's width
}

IncomeByAgeChartView::IncomeByAgeChartView(QWidget *parent)
    : QWidget(parent), m_chart(new QChart), m_view(new QChartView(m_chart, this)),
      m_bars(new QBarSeries), m_barSet(new QBarSet(QString())), m_user(new QScatterSeries),
      m_estimate(new QScatterSeries), m_target(new QLineSeries), m_axisX(new QBarCategoryAxis),
      m_axisY(new QValueAxis), m_sourceLabel(new QLabel(this))
{
    m_view->setObjectName(QStringLiteral("incomeByAgeChart"));
    m_sourceLabel->setObjectName(QStringLiteral("incomeByAgeSource"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_sourceLabel->setWordWrap(true);
    m_sourceLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_bars->append(m_barSet);
    m_bars->setLabelsVisible(true);
    m_bars->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    m_user->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    m_user->setMarkerSize(16);
    m_user->setColor(QColor(0xd9, 0x48, 0x1f));
    m_estimate->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    m_estimate->setMarkerSize(14);
    m_estimate->setColor(QColor(0x6a, 0x1b, 0x9a));
    QPen targetPen(QColor(0x2e, 0x7d, 0x32));
    targetPen.setWidth(2);
    targetPen.setStyle(Qt::DashLine);
    m_target->setPen(targetPen);

    m_chart->addSeries(m_bars);
    m_chart->addSeries(m_target);
    m_chart->addSeries(m_user);
    m_chart->addSeries(m_estimate);
    // Hovering a bar shows the figure and its source.
    connect(m_bars, &QBarSeries::hovered, this, [this](bool status, int index, QBarSet *) {
        if (!status || index < 0 || index >= m_data.bands.size()) {
            QToolTip::hideText();
            return;
        }
        const AgeBandIncome &band = m_data.bands.at(index);
        QToolTip::showText(QCursor::pos(),
                           u"%1: %2\n"_s.arg(band.label, MoneyFormat::annual(band.annualYen)) +
                               tr("Source: %1 (%2)").arg(m_data.source).arg(m_data.asOfYear),
                           m_view);
    });
    m_chart->addAxis(m_axisX, Qt::AlignBottom);
    m_chart->addAxis(m_axisY, Qt::AlignLeft);
    for (QAbstractSeries *series : m_chart->series()) {
        series->attachAxis(m_axisX);
        series->attachAxis(m_axisY);
    }
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setAnimationOptions(QChart::NoAnimation);
    ChartPalette::apply(m_chart, palette());

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_sourceLabel);
    rebuild();
}

void IncomeByAgeChartView::setIncomeByAge(const IncomeByAge &data)
{
    m_data = data;
    rebuild();
}

void IncomeByAgeChartView::setProfile(const std::optional<Profile> &profile, qint64 estimateYen)
{
    m_profile = profile;
    m_estimateYen = estimateYen;
    rebuild();
}

void IncomeByAgeChartView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        ChartPalette::apply(m_chart, palette());
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QWidget::changeEvent(event);
}

void IncomeByAgeChartView::rebuild()
{
    const QLocale locale;
    m_chart->setTitle(m_data.isEmpty() ? tr("Annual income by age: no statistics in the database")
                                       : tr("Annual income by age — %1").arg(m_data.occupation));

    QStringList categories;
    QList<qreal> values;
    for (const AgeBandIncome &band : std::as_const(m_data.bands)) {
        categories.append(band.label);
        values.append(MoneyFormat::axisValue(band.annualYen, locale));
    }
    m_barSet->setLabel(tr("Average annual income"));
    m_barSet->remove(0, m_barSet->count());
    m_barSet->append(values);
    m_axisX->clear();
    m_axisX->append(categories);
    const bool man = MoneyFormat::axisUnit(locale) == u"万円"_s;
    m_bars->setLabelsFormat(u"@value"_s);
    m_bars->setLabelsPrecision(man ? 4 : 3);

    qint64 top = m_data.maximumYen();
    QList<QPointF> userPoint;
    QList<QPointF> targetLine;
    if (m_profile && !m_data.isEmpty()) {
        const int band = m_data.bandIndexForAge(m_profile->age);
        if (m_profile->annualIncomeYen > 0) {
            // Side by side within the band, so neither marker hides the bar's label.
            userPoint.append(QPointF(band - markerOffset,
                                     MoneyFormat::axisValue(m_profile->annualIncomeYen, locale)));
            top = std::max(top, m_profile->annualIncomeYen);
        }
        if (m_profile->targetIncomeYen > 0) {
            const qreal y = MoneyFormat::axisValue(m_profile->targetIncomeYen, locale);
            targetLine = {QPointF(0, y), QPointF(qreal(m_data.bands.size() - 1), y)};
            top = std::max(top, m_profile->targetIncomeYen);
        }
    }
    m_user->replace(userPoint);
    QList<QPointF> estimatePoint;
    if (m_profile && !m_data.isEmpty() && m_estimateYen > 0) {
        estimatePoint.append(QPointF(m_data.bandIndexForAge(m_profile->age) + markerOffset,
                                     MoneyFormat::axisValue(m_estimateYen, locale)));
        top = std::max(top, m_estimateYen);
    }
    m_estimate->replace(estimatePoint);
    m_estimate->setName(
        m_estimateYen > 0
            ? tr("Model estimate (full-time): %1").arg(MoneyFormat::annual(m_estimateYen))
            : tr("Model estimate (full-time)"));
    m_user->setName(m_profile && m_profile->annualIncomeYen > 0
                        ? tr("You: %1 at %2")
                              .arg(MoneyFormat::annual(m_profile->annualIncomeYen),
                                   tr("age %1").arg(m_profile->age))
                        : tr("You (enter your income on the profile page)"));
    m_target->replace(targetLine);
    m_target->setName(m_profile && m_profile->targetIncomeYen > 0
                          ? tr("Target: %1").arg(MoneyFormat::annual(m_profile->targetIncomeYen))
                          : tr("Target (set one on the profile page)"));

    // Round the axis up to a readable step: 100万円 in Japanese, 1 million yen otherwise.
    const double topValue = MoneyFormat::axisValue(top, locale) * 1.15;
    const double step = man ? 100.0 : 1.0;
    m_axisY->setRange(0, std::max(step, std::ceil(topValue / step) * step));
    m_axisY->setTickType(QValueAxis::TicksDynamic);
    m_axisY->setTickAnchor(0);
    m_axisY->setTickInterval(step * 2);
    m_axisY->setLabelFormat(u"%.0f"_s);
    m_axisY->setTitleText(tr("Annual income (%1)").arg(MoneyFormat::axisUnit(locale)));
    m_axisX->setTitleText(tr("Age"));

    m_sourceLabel->setText(m_data.isEmpty()
                               ? QString()
                               : tr("Source: %1 (cited %2). The 60s figure is for employees; "
                                    "freelance rates do not fall with age in the same way.")
                                     .arg(m_data.source)
                                     .arg(m_data.asOfYear));
}
