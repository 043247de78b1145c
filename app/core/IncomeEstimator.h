#pragma once

#include "EmploymentType.h"
#include "ModelParameters.h"
#include "Profile.h"
#include "RateConversion.h"
#include "ResolvedSkills.h"
#include "ScoreCard.h"
#include "market/MarketPack.h"
#include "market/PublishedFreelanceRate.h"
#include "market/SkillMarketValues.h"

#include <QCoreApplication>
#include <QList>

struct EmploymentEstimate
{
    EmploymentType type = EmploymentType::FullTime;
    qint64 lowYen = 0; // annual
    qint64 midYen = 0;
    qint64 highYen = 0;
    bool fromListings = false;  // freelance: the listings raised the published rate
    int qualifyingListings = 0; // freelance: listings with a rate the profile qualifies for
    int listingsCounted = 0;    // freelance: the best-paid of them that entered the blend
    qint64 publishedYen = 0;    // freelance: the annual figure before the listings
    QString basis;              // one sentence: what the figure is built from
    QList<Contribution> steps;  // each step with its yen and source
};

// The middle of the estimate for one employment type; 0 when there is none.
qint64 estimateMidYen(const QList<EmploymentEstimate> &estimates, EmploymentType type);

// Estimates annual income per employment type from the market-data pack: full-time from the
// wage census age curve of the job type's occupation moved by the composite score; freelance
// from the published rates of the profile's skills blended with the listings it qualifies
// for; dispatch and part-time from published hourly pay.
class IncomeEstimator
{
    Q_DECLARE_TR_FUNCTIONS(IncomeEstimator)

public:
    IncomeEstimator(const ModelParameters &parameters, const MarketPack &pack,
                    const SkillCatalogue &catalogue, const SkillMarketValues &values,
                    const RateConversion &conversion);

    // qualifyingRates: monthly rates of the listings the profile qualifies for.
    QList<EmploymentEstimate> estimate(const Profile &profile, const ResolvedSkills &skills,
                                       const ScoreCard &card,
                                       const QList<qint64> &qualifyingRates) const;

    // The blend of the published monthly rate (counted as priorListings listings) with the
    // best-paid qualifying rates, taking as many as give the highest figure. *counted gets
    // how many listings entered it.
    static double blendedMonthly(double publishedMonthly, double priorListings, QList<qint64> rates,
                                 int *counted = nullptr);

private:
    EmploymentEstimate fullTime(const Profile &profile, const ScoreCard &card) const;
    EmploymentEstimate hourly(EmploymentType type, const Profile &profile,
                              const ScoreCard &card) const;
    EmploymentEstimate freelance(const ResolvedSkills &skills, const ScoreCard &card,
                                 const QList<qint64> &qualifyingRates) const;
    double premiumFraction(EmploymentType type, double composite) const;
    void spread(EmploymentEstimate &estimate) const;

    const ModelParameters &m_parameters;
    const MarketPack &m_pack;
    PublishedFreelanceRate m_publishedRate;
    RateConversion m_conversion;
};
