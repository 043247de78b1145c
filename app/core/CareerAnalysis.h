#pragma once

#include "IncomeEstimator.h"
#include "ListingFitter.h"
#include "MarketData.h"
#include "ProfileScorer.h"
#include "Ranking.h"
#include "RateConversion.h"
#include "ResolvedSkills.h"
#include "ScoreCard.h"
#include "market/SkillMarketValues.h"

#include <vector>

struct AnalysisResult
{
    ResolvedSkills skills;
    ScoreCard card;
    QList<EmploymentEstimate> estimates; // full-time, freelance, dispatch, part-time
    Ranking ranking;                     // indices into MarketData::listings
};

// The model in one place: values the skills from the market data and the listings and prepares the
// fitter once, then analyses any number of profiles. The window and the command line both use it.
class CareerAnalysis
{
public:
    CareerAnalysis(const MarketData &data, const RateConversion &conversion);

    AnalysisResult analyze(const Profile &profile) const;
    // The same without ranking the listings: scores, estimates and the positions of the
    // listings the profile qualifies for. Quick enough to re-score dozens of what-ifs.
    AnalysisResult estimate(const Profile &profile, std::vector<int> *qualifying = nullptr) const;
    const ListingFitter &fitter() const { return m_fitter; }
    ListingFit fitOf(const Listing &listing, const ResolvedSkills &skills) const;

    const MarketData &data() const { return m_data; }
    const SkillMarketValues &skillValues() const { return m_values; }
    const RateConversion &conversion() const { return m_conversion; }

private:
    const MarketData &m_data;
    RateConversion m_conversion;
    SkillMarketValues m_values;
    ListingFitter m_fitter;
    ProfileScorer m_scorer;
    IncomeEstimator m_estimator;
};
