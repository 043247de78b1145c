#include "PreparedAnalysis.h"

std::shared_ptr<PreparedAnalysis> PreparedAnalysis::prepare(MarketData data,
                                                            const RateConversion &conversion,
                                                            const Profile &profile,
                                                            quint64 dataGeneration)
{
    auto prepared = std::make_shared<PreparedAnalysis>();
    prepared->data = std::make_shared<const MarketData>(std::move(data));
    prepared->analysis = std::make_unique<CareerAnalysis>(*prepared->data, conversion);
    prepared->result = prepared->analysis->analyze(profile);
    prepared->profile = profile;
    prepared->conversion = conversion;
    prepared->dataGeneration = dataGeneration;
    return prepared;
}
