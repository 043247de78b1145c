#pragma once

#include "ListingFit.h"
#include "ListingSet.h"
#include "ModelParameters.h"
#include "ResolvedSkills.h"
#include "SkillCatalogue.h"

#include <QList>
#include <vector>

// Matches listings' required skills against a profile. setListings() maps the skills the
// listings name to catalogue indexes once (per distinct skill string) and reads the
// requirements where the ListingSet keeps them, so ranking 100,000 listings for a profile is a
// tight loop and a sort, without a second copy of every requirement.
class ListingFitter
{
public:
    ListingFitter(const SkillCatalogue &catalogue, const ModelParameters &parameters);

    void setListings(const ListingSet &listings);

    // Full detail for one listing (for the details pane and the explanation).
    ListingFit fit(const Listing &listing, const ResolvedSkills &skills) const;
    // Every prepared listing ordered by fit, then rate (highest first), then the order they
    // were given in (the database gives them by id).
    std::vector<RankedListing> rank(const ResolvedSkills &skills) const;
    // Monthly rates (yen) of the prepared listings that qualify (fit ≥ qualifyingFit).
    QList<qint64> qualifyingRates(const ResolvedSkills &skills) const;
    // Positions of the prepared listings that qualify, ascending; the roadmap compares two
    // such lists to find the listings a step newly qualifies the user for.
    std::vector<int> qualifying(const ResolvedSkills &skills) const;
    // For the listings that almost fit (minimumFit ≤ fit < qualifyingFit) and state a rate:
    // each catalogue skill they ask for that the profile lacks (or holds only through the
    // skill it implies), with the sum of those listings' monthly rates. One pass over the
    // compact requirements, without building per-listing detail.
    QHash<QString, double> nearFitUnmetSkills(const ResolvedSkills &skills,
                                              double minimumFit) const;
    // Representative monthly rate of a prepared listing; -1 when negotiable.
    qint64 monthlyRate(int index) const { return m_rates[std::size_t(index)]; }

    RequirementStatus status(const ListingRequirement &requirement, double profileYears) const;

private:
    std::vector<float> profileYearsByIndex(const ResolvedSkills &skills) const;
    double creditOf(RequirementStatus status) const;
    double fitOf(std::size_t listing, const std::vector<float> &years) const;

    const SkillCatalogue &m_catalogue;
    const ModelParameters &m_parameters;
    QHash<QString, int> m_skillIndex;
    std::vector<int> m_impliedIndex; // catalogue index → index of the skill it implies, or -1
    std::vector<qint64> m_rates;
    ListingSet m_listings; // shares the caller's set
    ListingSet::RequirementColumns m_columns;
    std::vector<int> m_skillOfPooled; // pooled string → catalogue index, -1 when none
};
