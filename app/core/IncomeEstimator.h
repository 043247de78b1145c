#pragma once

#include "EmploymentType.h"
#include "ModelParameters.h"
#include "Profile.h"
#include "RateConversion.h"
#include "SalaryStatistic.h"
#include "ScoreCard.h"

#include <QCoreApplication>
#include <QList>

struct EmploymentEstimate
{
    EmploymentType type = EmploymentType::FullTime;
    qint64 lowYen = 0; // annual
    qint64 midYen = 0;
    qint64 highYen = 0;
    bool fromListings = false; // freelance: the listings raised the statistics' range
    int qualifyingListings = 0;
    QString basis;             // one sentence: what the figure is built from
    QList<Contribution> steps; // each step with its yen and source
};

// Estimates annual income per employment type from the salary statistics, the profile's
// composite score and, for freelance work, the rates of the listings the profile fits.
class IncomeEstimator
{
    Q_DECLARE_TR_FUNCTIONS(IncomeEstimator)

public:
    IncomeEstimator(const ModelParameters &parameters, const QList<SalaryStatistic> &statistics,
                    const RateConversion &conversion);

    // qualifyingRates: monthly rates of the listings the profile qualifies for.
    QList<EmploymentEstimate> estimate(const Profile &profile, const ScoreCard &card,
                                       const QList<qint64> &qualifyingRates) const;

    // The occupation whose employment figures apply to a job type (no published figures
    // exist for infrastructure engineers and PMs; backend figures stand in, and say so).
    static QString statisticsOccupation(JobType type);

private:
    EmploymentEstimate fullTime(const Profile &profile, const ScoreCard &card) const;
    EmploymentEstimate hourly(EmploymentType type, const Profile &profile,
                              const ScoreCard &card) const;
    EmploymentEstimate freelance(const Profile &profile, const ScoreCard &card,
                                 const QList<qint64> &qualifyingRates) const;
    const SalaryStatistic *find(const QString &occupation, const QString &dimension,
                                const QString &bucket) const;
    double premiumFraction(EmploymentType type, double composite) const;
    void spread(EmploymentEstimate &estimate) const;

    const ModelParameters &m_parameters;
    QList<SalaryStatistic> m_statistics;
    RateConversion m_conversion;
};
