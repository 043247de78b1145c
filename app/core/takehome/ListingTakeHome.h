#pragma once

#include "TakeHomeCalculator.h"
#include "core/Listing.h"

#include <optional>

// A listing's pay as the user would take it home: a freelance rate billed the user's months,
// or, for a listing whose contract is employment (正社員, 派遣, アルバイト・パート), twelve
// months of it as pay. A range is taken at its middle.
struct ListingTakeHome
{
    EmploymentType employment = EmploymentType::Freelance;
    qint64 monthlyYen = 0; // the listing's monthly figure used
    TakeHomeResult result;

    static EmploymentType employmentOf(const Listing &listing);
    // nullopt: the listing states no monthly figure.
    static std::optional<ListingTakeHome> of(const Listing &listing,
                                             const TakeHomeCalculator &calculator,
                                             const TakeHomeInput &household);
};
