#pragma once

#include "core/CareerAnalysis.h"
#include "core/MarketData.h"
#include "core/Profile.h"
#include "core/RateConversion.h"
#include "services/PreparedAnalysis.h"

#include <QObject>
#include <QSqlDatabase>
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
    // The profile being edited; the analysis is of effectiveProfile(): the what-if profile
    // while one is set, else this one.
    const Profile &profile() const { return m_profile; }
    const Profile &effectiveProfile() const { return m_whatIf ? *m_whatIf : m_profile; }
    bool isWhatIf() const { return m_whatIf.has_value(); }

    void setProfile(const Profile &profile);
    // A profile to analyse instead of the edited one, never saved; nothing ends it.
    void setWhatIf(const std::optional<Profile> &profile);
    void setConversion(const RateConversion &conversion);
    void setListings(const ListingSet &listings);
    // Takes listings with the analysis prepared on them on another thread. An analysis
    // prepared from data that has changed since (a pack, a skill name, the conversion) is
    // built again here; one prepared for another profile is only rerun.
    void adopt(const std::shared_ptr<PreparedAnalysis> &prepared);
    // Counts changes of the data and conversion an analysis is built from.
    quint64 dataGeneration() const { return m_dataGeneration; }
    // A market-data pack imported or undone: every skill value and estimate is recomputed.
    void setPack(MarketPack pack);
    // Teaches the catalogue a name for a skill (stored in the database) and re-reads the
    // listings' requirements with it. Returns the requirements now read, or -1 with *error.
    int teachSkillName(QSqlDatabase database, const QString &skillId, const QString &name,
                       QString *error);

signals:
    void resultChanged();
    void profileChanged(); // the edited profile, not the what-if
    void whatIfChanged(bool active);
    void analysisRebuilt(); // analysis() is a new object: drop references to the old one

private:
    void rebuild();
    void rerun();

    MarketData m_data;
    RateConversion m_conversion;
    // The data m_analysis reads by reference: equal to m_data, and its own object, so that an
    // analysis prepared on another thread can be taken over with the data it was built on.
    std::shared_ptr<const MarketData> m_analysisData;
    std::unique_ptr<CareerAnalysis> m_analysis;
    quint64 m_dataGeneration = 0;
    Profile m_profile;
    std::optional<Profile> m_whatIf;
    std::optional<AnalysisResult> m_result;
};
