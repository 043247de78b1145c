#pragma once

#include <QtGlobal>

// Monthly rate ↔ annual ↔ hourly, with the billable hours per month (精算幅) and the agency
// margin the user sets. The margin is the share of the client's price the agency keeps.
struct RateConversion
{
    double billableHoursPerMonth = 160;
    double agencyMarginPercent = 0;
    int monthsPerYear = 12;

    bool operator==(const RateConversion &) const = default;

    qint64 monthlyToAnnual(qint64 monthlyYen) const;
    qint64 annualToMonthly(qint64 annualYen) const;
    qint64 monthlyToHourly(qint64 monthlyYen) const;
    qint64 hourlyToMonthly(qint64 hourlyYen) const;
    qint64 hourlyToAnnual(qint64 hourlyYen) const;
    // What the engineer receives of a client-side price.
    qint64 afterMargin(qint64 yen) const;
};
