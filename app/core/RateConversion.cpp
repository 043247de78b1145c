#include "RateConversion.h"

#include <cmath>

qint64 RateConversion::monthlyToAnnual(qint64 monthlyYen) const
{
    return monthlyYen * monthsPerYear;
}

qint64 RateConversion::annualToMonthly(qint64 annualYen) const
{
    return std::llround(double(annualYen) / monthsPerYear);
}

qint64 RateConversion::monthlyToHourly(qint64 monthlyYen) const
{
    return billableHoursPerMonth > 0 ? std::llround(double(monthlyYen) / billableHoursPerMonth) : 0;
}

qint64 RateConversion::hourlyToMonthly(qint64 hourlyYen) const
{
    return std::llround(double(hourlyYen) * billableHoursPerMonth);
}

qint64 RateConversion::hourlyToAnnual(qint64 hourlyYen) const
{
    return monthlyToAnnual(hourlyToMonthly(hourlyYen));
}

qint64 RateConversion::afterMargin(qint64 yen) const
{
    return std::llround(double(yen) * (1.0 - agencyMarginPercent / 100.0));
}
