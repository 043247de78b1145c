#pragma once

#include "IncomeEstimator.h"
#include "JobType.h"
#include "RateConversion.h"
#include "SalaryStatistic.h"

#include <QList>
#include <QString>

struct EmploymentBar
{
    EmploymentType type = EmploymentType::FullTime;
    qint64 publishedLowYen = 0;  // annual; hourly figures converted with the billable hours
    qint64 publishedHighYen = 0; // equal to the low for a single figure
    qint64 hourlyYen = 0;        // the published hourly wage, 0 for annual figures
    QString source;
    bool hasEstimate = false;
    qint64 estimateLowYen = 0;
    qint64 estimateMidYen = 0;
    qint64 estimateHighYen = 0;
};

// Published income by employment type for one occupation, annualised, beside the user's own
// estimate for each type: the data of the "by employment type" chart.
struct EmploymentComparison
{
    QString occupation; // "backend" | "frontend"
    double billableHoursPerMonth = 0;
    QList<EmploymentBar> bars; // full-time, freelance, dispatch, part-time (those published)

    qint64 maximumYen() const;
    // The occupation whose published employment figures the chart compares a job type with
    // (frontend figures for frontend engineers; system-engineer figures for everyone else).
    static QString statisticsOccupation(JobType type);
    static EmploymentComparison build(const QList<SalaryStatistic> &statistics,
                                      const QString &occupation, const RateConversion &conversion,
                                      const QList<EmploymentEstimate> &estimates);
};
