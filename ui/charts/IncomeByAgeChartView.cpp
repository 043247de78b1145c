#include "charts/IncomeByAgeChartView.h"

#include "charts/ChartPalette.h"
#include "core/MoneyFormat.h"

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
constexpr double firstAge = 20;
constexpr double lastAge = 70;

// The middle of a 10-year band ("40s" → 45), where job tag's figure is drawn.
double decadeMiddle(const QString &bucket)
{
    return bucket.chopped(1).toDouble() + 5;
}
} // namespace

IncomeByAgeChartView::IncomeByAgeChartView(QWidget *parent)
    : QWidget(parent), m_chart(new QChart), m_view(new QChartView(m_chart, this)),
      m_census(new QLineSeries), m_jobtag(new QLineSeries), m_user(new QScatterSeries),
      m_estimate(new QScatterSeries), m_target(new QLineSeries), m_axisX(new QValueAxis),
      m_axisY(new QValueAxis), m_sourceLabel(new QLabel(this))
{
    m_view->setObjectName(QStringLiteral("incomeByAgeChart"));
    m_sourceLabel->setObjectName(QStringLiteral("incomeByAgeSource"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_sourceLabel->setWordWrap(true);
    m_sourceLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    QPen censusPen(QColor(0x1f, 0x5f, 0xa8));
    censusPen.setWidth(3);
    m_census->setPen(censusPen);
    m_census->setPointsVisible(true);
    m_census->setMarkerSize(8);
    QPen jobtagPen(QColor(0x8a, 0x8a, 0x8a));
    jobtagPen.setWidth(2);
    jobtagPen.setStyle(Qt::DashLine);
    m_jobtag->setPen(jobtagPen);
    m_jobtag->setPointsVisible(true);
    m_jobtag->setMarkerSize(7);
    m_user->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    m_user->setMarkerSize(16);
    m_user->setColor(QColor(0xd9, 0x48, 0x1f));
    m_estimate->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    m_estimate->setMarkerSize(14);
    m_estimate->setColor(QColor(0x6a, 0x1b, 0x9a));
    QPen targetPen(QColor(0x2e, 0x7d, 0x32));
    targetPen.setWidth(2);
    targetPen.setStyle(Qt::DotLine);
    m_target->setPen(targetPen);

    m_chart->addSeries(m_census);
    m_chart->addSeries(m_jobtag);
    m_chart->addSeries(m_target);
    m_chart->addSeries(m_user);
    m_chart->addSeries(m_estimate);
    // Hovering a point shows the figure and its source.
    connect(m_census, &QLineSeries::hovered, this, [this](const QPointF &point, bool state) {
        if (!state || m_censusData.isEmpty()) {
            QToolTip::hideText();
            return;
        }
        const auto [below, above] = m_censusData.around(point.x());
        const CensusAgePoint *nearest =
            std::abs(below->midAge - point.x()) <= std::abs(above->midAge - point.x()) ? below
                                                                                       : above;
        QToolTip::showText(QCursor::pos(),
                           tr("%1: %2 (derived: monthly pay × 12 + bonus)\nSource: %3")
                               .arg(nearest->band, MoneyFormat::annual(qint64(nearest->annualYen)),
                                    nearest->source->citation()),
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

void IncomeByAgeChartView::setCurves(const CensusAgeCurve &census, const IncomeByAge &jobtag,
                                     const QString &packLabel)
{
    m_censusData = census;
    m_jobtagData = jobtag;
    m_packLabel = packLabel;
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
    const QString occupation = CensusAgeCurve::occupationName(m_censusData.occupation());
    m_chart->setTitle(m_censusData.isEmpty()
                          ? tr("Annual income by age: no wage census figures in the market data")
                          : tr("Annual income by age — %1").arg(occupation));

    qint64 top = 0;
    QList<QPointF> census;
    for (const CensusAgePoint &point : m_censusData.points()) {
        census.append({point.midAge, MoneyFormat::axisValue(qint64(point.annualYen), locale)});
        top = std::max(top, qint64(point.annualYen));
    }
    m_census->replace(census);
    m_census->setName(tr("Wage census, 5-year bands"));
    QList<QPointF> jobtag;
    for (const AgeBandIncome &band : std::as_const(m_jobtagData.bands)) {
        jobtag.append({decadeMiddle(band.bucket), MoneyFormat::axisValue(band.annualYen, locale)});
        top = std::max(top, band.annualYen);
    }
    m_jobtag->replace(jobtag);
    m_jobtag->setName(tr("job tag, 10-year bands"));

    QList<QPointF> userPoint;
    QList<QPointF> targetLine;
    QList<QPointF> estimatePoint;
    if (m_profile) {
        const double age = std::clamp(double(m_profile->age), firstAge, lastAge);
        if (m_profile->annualIncomeYen > 0) {
            userPoint.append(
                QPointF(age, MoneyFormat::axisValue(m_profile->annualIncomeYen, locale)));
            top = std::max(top, m_profile->annualIncomeYen);
        }
        if (m_profile->targetIncomeYen > 0) {
            const qreal y = MoneyFormat::axisValue(m_profile->targetIncomeYen, locale);
            targetLine = {QPointF(firstAge, y), QPointF(lastAge, y)};
            top = std::max(top, m_profile->targetIncomeYen);
        }
        if (m_estimateYen > 0) {
            estimatePoint.append(QPointF(age, MoneyFormat::axisValue(m_estimateYen, locale)));
            top = std::max(top, m_estimateYen);
        }
    }
    m_user->replace(userPoint);
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
    const bool man = MoneyFormat::axisUnit(locale) == u"万円"_s;
    const double topValue = MoneyFormat::axisValue(std::max<qint64>(top, 1), locale) * 1.15;
    const double step = man ? 100.0 : 1.0;
    m_axisY->setRange(0, std::max(step, std::ceil(topValue / step) * step));
    m_axisY->setTickType(QValueAxis::TicksDynamic);
    m_axisY->setTickAnchor(0);
    m_axisY->setTickInterval(step * 2);
    m_axisY->setLabelFormat(u"%.0f"_s);
    m_axisY->setTitleText(tr("Annual income (%1)").arg(MoneyFormat::axisUnit(locale)));
    m_axisX->setRange(firstAge, lastAge);
    m_axisX->setTickType(QValueAxis::TicksDynamic);
    m_axisX->setTickAnchor(firstAge);
    m_axisX->setTickInterval(5);
    m_axisX->setLabelFormat(u"%.0f"_s);
    m_axisX->setTitleText(tr("Age"));

    QStringList sources;
    if (!m_censusData.isEmpty())
        sources.append(tr("Wage census: %1, %2; annual pay derived as monthly pay (きまって支給する"
                          "現金給与額) × 12 + bonus, all company sizes.")
                           .arg(m_censusData.points().first().source->citation(), occupation));
    if (!m_jobtagData.isEmpty())
        sources.append(tr("job tag: %1.").arg(m_jobtagData.source));
    if (!m_packLabel.isEmpty())
        sources.append(tr("From %1. Pay after 60 is for employees; freelance rates do not fall "
                          "with age in the same way.")
                           .arg(m_packLabel));
    m_sourceLabel->setText(sources.join(u' '));
}
