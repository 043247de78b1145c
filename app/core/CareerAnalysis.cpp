#include "CareerAnalysis.h"

CareerAnalysis::CareerAnalysis(const MarketData &data, const RateConversion &conversion)
    : m_data(data), m_conversion(conversion),
      m_values(
          SkillMarketValues::measure(data.pack, data.catalogue, data.listings, data.parameters)),
      m_fitter(data.catalogue, data.parameters),
      m_scorer(data.catalogue, data.parameters, m_values),
      m_estimator(data.parameters, data.pack, data.catalogue, m_values, m_conversion)
{
    m_fitter.setListings(data.listings);
}

AnalysisResult CareerAnalysis::analyze(const Profile &profile) const
{
    AnalysisResult result;
    result.skills = ResolvedSkills::resolve(profile, m_data.catalogue);
    result.card = m_scorer.score(profile, result.skills);
    result.estimates = m_estimator.estimate(profile, result.skills, result.card,
                                            m_fitter.qualifyingRates(result.skills));
    result.ranking = m_fitter.rank(result.skills);
    return result;
}

AnalysisResult CareerAnalysis::estimate(const Profile &profile, std::vector<int> *qualifying) const
{
    AnalysisResult result;
    result.skills = ResolvedSkills::resolve(profile, m_data.catalogue);
    result.card = m_scorer.score(profile, result.skills);
    const std::vector<int> indices = m_fitter.qualifying(result.skills);
    QList<qint64> rates;
    for (int index : indices) {
        if (m_fitter.monthlyRate(index) > 0)
            rates.append(m_fitter.monthlyRate(index));
    }
    result.estimates = m_estimator.estimate(profile, result.skills, result.card, rates);
    if (qualifying)
        *qualifying = indices;
    return result;
}

ListingFit CareerAnalysis::fitOf(const Listing &listing, const ResolvedSkills &skills) const
{
    return m_fitter.fit(listing, skills);
}
