#pragma once

#include "Listing.h"

#include <QList>

enum class RequirementStatus
{
    Met,
    Partly,
    Unmet,
    Unknown
};

struct RequirementCheck
{
    ListingRequirement requirement;
    RequirementStatus status = RequirementStatus::Unknown;
    double profileYears = -1; // -1: the profile does not have the skill
    // Partly met through the skill it presupposes (asked for Spring Boot, holds Java).
    QString viaSkillId;
};

// How well a profile meets one listing: each requirement checked, and the fit (0–1) as the
// mean credit of the requirements (a listing that asks nothing fits fully).
struct ListingFit
{
    qint64 listingId = 0;
    double fit = 1;
    bool qualifies = true;
    QList<RequirementCheck> checks;
};

struct RankedListing
{
    int index = 0; // position in the list given to ListingFitter::setListings
    double fit = 0;
    qint64 monthlyRateYen = -1; // representative monthly rate; -1 when negotiable
};
