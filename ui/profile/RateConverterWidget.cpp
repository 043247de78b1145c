#include "profile/RateConverterWidget.h"

#include "core/MoneyFormat.h"
#include "widgets/MoneySpinBox.h"

#include <QDoubleSpinBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QSpinBox>

RateConverterWidget::RateConverterWidget(QWidget *parent)
    : QGroupBox(parent), m_hours(new QSpinBox(this)), m_margin(new QDoubleSpinBox(this)),
      m_monthly(new MoneySpinBox(this)), m_hoursLabel(new QLabel(this)),
      m_marginLabel(new QLabel(this)), m_monthlyLabel(new QLabel(this)), m_result(new QLabel(this))
{
    m_hours->setObjectName(QStringLiteral("billableHoursSpin"));
    m_margin->setObjectName(QStringLiteral("agencyMarginSpin"));
    m_monthly->setObjectName(QStringLiteral("monthlyRateSpin"));
    m_result->setObjectName(QStringLiteral("conversionResult"));
    m_hours->setRange(100, 250);
    m_hours->setValue(160);
    m_margin->setRange(0, 50);
    m_margin->setDecimals(1);
    m_margin->setSingleStep(1);
    m_monthly->setYen(700'000);
    m_result->setWordWrap(true);
    m_hoursLabel->setBuddy(m_hours);
    m_marginLabel->setBuddy(m_margin);
    m_monthlyLabel->setBuddy(m_monthly);

    auto *layout = new QGridLayout(this);
    layout->addWidget(m_hoursLabel, 0, 0);
    layout->addWidget(m_hours, 0, 1);
    layout->addWidget(m_marginLabel, 0, 2);
    layout->addWidget(m_margin, 0, 3);
    layout->addWidget(m_monthlyLabel, 1, 0);
    layout->addWidget(m_monthly, 1, 1);
    layout->addWidget(m_result, 1, 2, 1, 2);
    layout->setColumnStretch(2, 1);

    auto changed = [this]() {
        updateResult();
        emit conversionChanged(conversion());
    };
    connect(m_hours, &QSpinBox::valueChanged, this, changed);
    connect(m_margin, &QDoubleSpinBox::valueChanged, this, changed);
    connect(m_monthly, &MoneySpinBox::yenChanged, this, &RateConverterWidget::updateResult);
    retranslate();
}

void RateConverterWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

void RateConverterWidget::retranslate()
{
    setTitle(tr("Conversions"));
    m_hoursLabel->setText(tr("&Billable hours a month:"));
    m_hours->setSuffix(tr(" h"));
    m_hours->setToolTip(tr("The settlement range of a freelance contract (精算幅), typically "
                           "140–180 hours."));
    m_marginLabel->setText(tr("Agency &margin:"));
    m_margin->setSuffix(tr(" %"));
    m_margin->setToolTip(tr("The share of the client's price an agency keeps; 0 when the listed "
                            "rates are what you receive."));
    m_monthlyLabel->setText(tr("M&onthly rate:"));
    m_monthly->applyLocale();
    updateResult();
}

RateConversion RateConverterWidget::conversion() const
{
    return {double(m_hours->value()), m_margin->value(), m_monthsPerYear};
}

void RateConverterWidget::setConversion(const RateConversion &conversion)
{
    const QSignalBlocker hoursBlocker(m_hours);
    const QSignalBlocker marginBlocker(m_margin);
    m_hours->setValue(int(conversion.billableHoursPerMonth));
    m_margin->setValue(conversion.agencyMarginPercent);
    m_monthsPerYear = conversion.monthsPerYear;
    updateResult();
}

void RateConverterWidget::setBillableHoursRange(double minimum, double maximum)
{
    m_hours->setToolTip(tr("The settlement range of a freelance contract (精算幅), typically "
                           "%1–%2 hours.")
                            .arg(minimum)
                            .arg(maximum));
}

void RateConverterWidget::updateResult()
{
    const RateConversion c = conversion();
    const qint64 received = c.afterMargin(m_monthly->yen());
    m_result->setText(tr("= %1 a year, %2; you receive %3")
                          .arg(MoneyFormat::annual(c.monthlyToAnnual(received)),
                               MoneyFormat::hourly(c.monthlyToHourly(received)),
                               MoneyFormat::monthly(received)));
}
