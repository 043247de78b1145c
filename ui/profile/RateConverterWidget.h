#pragma once

#include "core/RateConversion.h"

#include <QGroupBox>

class MoneySpinBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;

// Monthly rate ↔ annual ↔ hourly, with the billable hours per month (精算幅) and the agency
// margin the user can change; the estimates follow these settings.
class RateConverterWidget : public QGroupBox
{
    Q_OBJECT

public:
    explicit RateConverterWidget(QWidget *parent = nullptr);

    RateConversion conversion() const;
    void setConversion(const RateConversion &conversion);
    void setBillableHoursRange(double minimum, double maximum);

signals:
    void conversionChanged(const RateConversion &conversion);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateResult();

    QSpinBox *m_hours;
    QDoubleSpinBox *m_margin;
    MoneySpinBox *m_monthly;
    QLabel *m_hoursLabel;
    QLabel *m_marginLabel;
    QLabel *m_monthlyLabel;
    QLabel *m_result;
    int m_monthsPerYear = 12;
};
