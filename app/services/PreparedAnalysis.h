#pragma once

#include "core/CareerAnalysis.h"
#include "core/MarketData.h"
#include "core/Profile.h"
#include "core/RateConversion.h"

#include <memory>

// An analysis built away from the window's thread: the model's data with new listings, the
// CareerAnalysis measured on them (which reads its data by reference, so both travel
// together) and the result for the profile of the moment. At a million listings building it
// takes about half a second, which the window's thread would otherwise spend frozen when the
// listings arrive.
struct PreparedAnalysis
{
    std::shared_ptr<const MarketData> data;
    std::unique_ptr<CareerAnalysis> analysis;
    AnalysisResult result;
    Profile profile;            // the profile result is of
    RateConversion conversion;  // the conversion analysis was built with
    quint64 dataGeneration = 0; // AnalysisService::dataGeneration() it was prepared from

    // Safe on any thread: reads only its arguments.
    static std::shared_ptr<PreparedAnalysis> prepare(MarketData data,
                                                     const RateConversion &conversion,
                                                     const Profile &profile,
                                                     quint64 dataGeneration);
};
