#include "charts/EmploymentChartView.h"

#include "charts/ChartPalette.h"
#include "core/MoneyFormat.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>
#include <cmath>

using namespace Qt::StringLiterals;

EmploymentChartView::EmploymentChartView(QWidget *parent)
    : QWidget(parent), m_occupation(new QComboBox(this)), m_hours(new QSpinBox(this)),
      m_occupationLabel(new QLabel(this)), m_hoursLabel(new QLabel(this)), m_chart(new QChart),
      m_view(new QChartView(m_chart, this)), m_series(new QBarSeries),
      m_publishedLow(new QBarSet(QString())), m_publishedHigh(new QBarSet(QString())),
      m_estimate(new QBarSet(QString())), m_axisX(new QBarCategoryAxis), m_axisY(new QValueAxis),
      m_sourceLabel(new QLabel(this))
{
    m_view->setObjectName(u"employmentChart"_s);
    m_occupation->setObjectName(u"employmentOccupation"_s);
    m_hours->setObjectName(u"employmentBillableHours"_s);
    m_sourceLabel->setObjectName(u"employmentSource"_s);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_hours->setRange(100, 250);
    m_hours->setValue(160);
    m_occupationLabel->setBuddy(m_occupation);
    m_hoursLabel->setBuddy(m_hours);
    m_sourceLabel->setWordWrap(true);
    m_sourceLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_publishedLow->setColor(QColor(0x9f, 0xc5, 0xe8));
    m_publishedHigh->setColor(QColor(0x3d, 0x85, 0xc6));
    m_estimate->setColor(QColor(0xe6, 0x91, 0x38));
    m_series->append({m_publishedLow, m_publishedHigh, m_estimate});
    m_series->setLabelsVisible(true);
    m_series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    m_chart->addSeries(m_series);
    m_chart->addAxis(m_axisX, Qt::AlignBottom);
    m_chart->addAxis(m_axisY, Qt::AlignLeft);
    m_series->attachAxis(m_axisX);
    m_series->attachAxis(m_axisY);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setAnimationOptions(QChart::NoAnimation);
    ChartPalette::apply(m_chart, palette());

    // Hovering a bar shows its figure and where it comes from.
    connect(m_series, &QBarSeries::hovered, this, [this](bool status, int index, QBarSet *set) {
        if (!status || index < 0 || index >= m_comparison.bars.size()) {
            QToolTip::hideText();
            return;
        }
        const EmploymentBar &bar = m_comparison.bars.at(index);
        const qint64 yen = set == m_publishedLow    ? bar.publishedLowYen
                           : set == m_publishedHigh ? bar.publishedHighYen
                                                    : bar.estimateMidYen;
        QString text = EmploymentTypes::displayName(bar.type) + u": "_s + MoneyFormat::annual(yen);
        if (set != m_estimate) {
            if (bar.hourlyYen > 0)
                text += u"\n"_s + tr("%1 × %2 h × 12 months")
                                      .arg(MoneyFormat::hourly(bar.hourlyYen))
                                      .arg(m_comparison.billableHoursPerMonth);
            text += u"\n"_s + tr("Source: %1").arg(bar.source);
        } else {
            text += u"\n"_s + tr("Your estimate (the model)");
        }
        QToolTip::showText(QCursor::pos(), text, m_view);
    });
    connect(m_occupation, &QComboBox::currentIndexChanged, this,
            [this]() { emit occupationChanged(occupation()); });
    connect(m_hours, &QSpinBox::valueChanged, this,
            [this](int hours) { emit billableHoursChanged(double(hours)); });

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_occupationLabel);
    controls->addWidget(m_occupation);
    controls->addSpacing(16);
    controls->addWidget(m_hoursLabel);
    controls->addWidget(m_hours);
    controls->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_sourceLabel);
    retranslate();
}

QString EmploymentChartView::occupation() const
{
    return m_occupation->currentData().toString();
}

void EmploymentChartView::setOccupation(const QString &occupation)
{
    m_occupation->setCurrentIndex(std::max(0, m_occupation->findData(occupation)));
}

void EmploymentChartView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        ChartPalette::apply(m_chart, palette());
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void EmploymentChartView::retranslate()
{
    const QString current = occupation();
    const QSignalBlocker blocker(m_occupation);
    m_occupation->clear();
    m_occupation->addItem(tr("Backend engineer"), u"backend"_s);
    m_occupation->addItem(tr("Frontend engineer"), u"frontend"_s);
    setOccupation(current.isEmpty() ? u"backend"_s : current);
    m_occupationLabel->setText(tr("&Figures for:"));
    m_hoursLabel->setText(tr("&Billable hours a month:"));
    m_hours->setSuffix(tr(" h"));
    rebuild();
}

void EmploymentChartView::setComparison(const EmploymentComparison &comparison)
{
    m_comparison = comparison;
    const QSignalBlocker blocker(m_hours);
    m_hours->setValue(int(std::lround(comparison.billableHoursPerMonth)));
    rebuild();
}

void EmploymentChartView::rebuild()
{
    const QLocale locale;
    // The billable hours the hourly wages are annualised with belong on the chart itself.
    m_chart->setTitle(tr("Annual income by employment type (hourly wages × %1 h a month × 12)")
                          .arg(m_comparison.billableHoursPerMonth));
    m_publishedLow->setLabel(tr("Published (low)"));
    m_publishedHigh->setLabel(tr("Published (high)"));
    m_estimate->setLabel(tr("Your estimate"));
    QStringList categories;
    QList<qreal> low;
    QList<qreal> high;
    QList<qreal> estimate;
    QStringList sources;
    for (const EmploymentBar &bar : std::as_const(m_comparison.bars)) {
        // Short category names: long ones are cut off under narrow bars.
        categories.append(EmploymentTypes::displayName(bar.type));
        low.append(MoneyFormat::axisValue(bar.publishedLowYen, locale));
        high.append(MoneyFormat::axisValue(bar.publishedHighYen, locale));
        estimate.append(bar.hasEstimate ? MoneyFormat::axisValue(bar.estimateMidYen, locale) : 0);
        if (!sources.contains(bar.source))
            sources.append(bar.source);
    }
    // Replace whole value lists: appending value by value signals once per value.
    m_publishedLow->remove(0, m_publishedLow->count());
    m_publishedLow->append(low);
    m_publishedHigh->remove(0, m_publishedHigh->count());
    m_publishedHigh->append(high);
    m_estimate->remove(0, m_estimate->count());
    m_estimate->append(estimate);
    m_axisX->clear();
    m_axisX->append(categories);
    const bool man = MoneyFormat::axisUnit(locale) == u"万円"_s;
    m_series->setLabelsFormat(u"@value"_s);
    m_series->setLabelsPrecision(man ? 4 : 3);
    const double step = man ? 200.0 : 2.0;
    const double top = MoneyFormat::axisValue(m_comparison.maximumYen(), locale) * 1.15;
    m_axisY->setRange(0, std::max(step, std::ceil(top / step) * step));
    m_axisY->setTickType(QValueAxis::TicksDynamic);
    m_axisY->setTickAnchor(0);
    m_axisY->setTickInterval(step);
    m_axisY->setLabelFormat(u"%.0f"_s);
    m_axisY->setTitleText(tr("Annual income (%1)").arg(MoneyFormat::axisUnit(locale)));
    m_sourceLabel->setText(
        m_comparison.bars.isEmpty()
            ? tr("No employment statistics in the database.")
            : tr("Hourly wages are annualised at %1 hours a month × 12 months. Sources: %2.")
                  .arg(m_comparison.billableHoursPerMonth)
                  .arg(sources.join(u"; "_s)));
}
