#include "AnalysisService.h"

#include "storage/MarketDataLoader.h"
#include "storage/SkillAliasStore.h"

AnalysisService::AnalysisService(MarketData data, RateConversion conversion, QObject *parent)
    : QObject(parent), m_data(std::move(data)), m_conversion(conversion)
{
    rebuild();
}

void AnalysisService::rebuild()
{
    // CareerAnalysis keeps a reference to its data and measures premiums once: rebuild it
    // whenever the data or the conversion change, not for every keystroke. The copy shares
    // every list with m_data (implicit sharing).
    ++m_dataGeneration;
    m_analysis.reset();
    m_analysisData = std::make_shared<const MarketData>(m_data);
    m_analysis = std::make_unique<CareerAnalysis>(*m_analysisData, m_conversion);
    emit analysisRebuilt();
}

void AnalysisService::rerun()
{
    m_result = m_analysis->analyze(effectiveProfile());
    emit resultChanged();
}

void AnalysisService::setProfile(const Profile &profile)
{
    if (m_result && profile == m_profile)
        return;
    m_profile = profile;
    emit profileChanged();
    rerun();
}

void AnalysisService::setWhatIf(const std::optional<Profile> &profile)
{
    if (profile == m_whatIf)
        return;
    const bool wasActive = m_whatIf.has_value();
    m_whatIf = profile;
    if (wasActive != m_whatIf.has_value())
        emit whatIfChanged(m_whatIf.has_value());
    rerun();
}

void AnalysisService::setConversion(const RateConversion &conversion)
{
    m_conversion = conversion;
    rebuild();
    rerun();
}

void AnalysisService::setListings(const ListingSet &listings)
{
    m_data.listings = listings;
    rebuild();
    rerun();
}

void AnalysisService::adopt(const std::shared_ptr<PreparedAnalysis> &prepared)
{
    if (prepared->dataGeneration != m_dataGeneration || !(prepared->conversion == m_conversion)) {
        setListings(prepared->data->listings);
        return;
    }
    ++m_dataGeneration;
    m_data.listings = prepared->data->listings;
    m_analysis.reset();
    m_analysisData = prepared->data;
    // Handed over once, by the session that had it prepared.
    m_analysis = std::move(prepared->analysis);
    emit analysisRebuilt();
    if (prepared->profile == effectiveProfile()) {
        m_result = prepared->result;
        emit resultChanged();
    } else {
        rerun(); // the profile was edited while the listings were read
    }
}

void AnalysisService::setPack(MarketPack pack)
{
    m_data.pack = std::move(pack); // its index holds positions: still valid after the move
    rebuild();
    rerun();
}

int AnalysisService::teachSkillName(QSqlDatabase database, const QString &skillId,
                                    const QString &name, QString *error)
{
    const int read =
        SkillAliasStore(database).addUserAlias(&m_data.catalogue, skillId, name, error);
    if (read < 0)
        return read;
    // Read again with the new name known, at the hours the listings are shown with.
    const auto listings = MarketDataLoader::readListings(database, m_data.catalogue,
                                                         m_conversion.billableHoursPerMonth, error);
    if (!listings)
        return -1;
    setListings(*listings);
    return read;
}
