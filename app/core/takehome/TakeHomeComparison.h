#pragma once

#include "TakeHomeCalculator.h"

#include <QList>

// The four employment types side by side on one set of circumstances (year, age, household,
// a freelancer's months, margin, expenses and invoice), each at its own pay: the user's
// estimates or amounts typed in. The Take-home page shows it.
struct TakeHomeComparison
{
    struct Amounts
    {
        qint64 fullTimeAnnualYen = 0;
        qint64 dispatchAnnualYen = 0;
        qint64 partTimeAnnualYen = 0;
        qint64 freelanceMonthlyYen = 0;
        double fullTimeBonusMonths = 2;
        double partTimeHoursPerWeek = 20;
    };

    QList<TakeHomeResult> results; // in EmploymentTypes::all() order; empty on bad input
    // The freelance monthly rate that nets as much as the full-time pay.
    qint64 breakEvenMonthlyRateYen = 0;
    QString error; // the first input refused, naming its field

    static TakeHomeComparison compare(const TakeHomeCalculator &calculator,
                                      const TakeHomeInput &common, const Amounts &amounts);
    const TakeHomeResult *result(EmploymentType type) const;
};
