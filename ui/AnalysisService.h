#pragma once

#include "core/CareerAnalysis.h"
#include "core/MarketData.h"
#include "core/Profile.h"
#include "core/RateConversion.h"

#include <QObject>
#include <memory>
#include <optional>

// Holds the model's data for the window and re-runs the analysis when the profile being
// edited, the conversion settings or the listings change; pages listen to resultChanged().
class AnalysisService : public QObject
{
    Q_OBJECT

public:
    AnalysisService(MarketData data, RateConversion conversion, QObject *parent = nullptr);

    const MarketData &data() const { return m_data; }
    const CareerAnalysis &analysis() const { return *m_analysis; }
    const RateConversion &conversion() const { return m_conversion; }
    const std::optional<AnalysisResult> &result() const { return m_result; }
    const Profile &profile() const { return m_profile; }

    void setProfile(const Profile &profile);
    void setConversion(const RateConversion &conversion);
    void setListings(const QList<Listing> &listings);

signals:
    void resultChanged();

private:
    void rebuild();
    void rerun();

    MarketData m_data;
    RateConversion m_conversion;
    std::unique_ptr<CareerAnalysis> m_analysis;
    Profile m_profile;
    std::optional<AnalysisResult> m_result;
};
