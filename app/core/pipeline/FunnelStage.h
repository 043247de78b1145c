#pragma once

#include "core/ApplicationStatus.h"

#include <optional>

// One stage of the application funnel: how many saved listings got at least this far, and
// what share of those at the stage before went on to this one.
struct FunnelStage
{
    ApplicationStatus status = ApplicationStatus::Interested;
    int reached = 0;
    std::optional<double> shareOfPrevious; // 0..1; none for the first stage or after an empty one
};
