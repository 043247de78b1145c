#include "MarketDataLoader.h"

#include "ListingRepository.h"
#include "SalaryStatisticsRepository.h"
#include "SkillCatalogueRepository.h"
#include "core/RequirementParser.h"

#include <QFile>

std::optional<ModelParameters> MarketDataLoader::bundledParameters(QString *error)
{
    QFile file(QStringLiteral(":/data/model_parameters.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("data/model_parameters.json cannot be read: %1").arg(file.errorString());
        return std::nullopt;
    }
    QString parseError;
    auto parameters = ModelParameters::fromJson(file.readAll(), &parseError);
    if (!parameters && error)
        *error = tr("data/model_parameters.json: %1").arg(parseError);
    return parameters;
}

std::optional<RoadmapEffort> MarketDataLoader::bundledRoadmapEffort(QString *error)
{
    QFile file(QStringLiteral(":/data/roadmap_steps.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("data/roadmap_steps.json cannot be read: %1").arg(file.errorString());
        return std::nullopt;
    }
    QString parseError;
    auto effort = RoadmapEffort::fromJson(file.readAll(), &parseError);
    if (!effort && error)
        *error = tr("data/roadmap_steps.json: %1").arg(parseError);
    return effort;
}

std::optional<MarketData> MarketDataLoader::load(QSqlDatabase database, QString *error)
{
    auto parameters = bundledParameters(error);
    if (!parameters)
        return std::nullopt;
    auto effort = bundledRoadmapEffort(error);
    if (!effort)
        return std::nullopt;
    MarketData data;
    data.parameters = *parameters;
    data.roadmapEffort = *effort;
    QString readError;
    data.catalogue = SkillCatalogueRepository(database).load(&readError);
    if (readError.isEmpty())
        data.statistics = SalaryStatisticsRepository(database).all(&readError);
    if (readError.isEmpty())
        // Summaries: the model ranks by requirements and rates; the long free text stays in
        // the database until a listing is opened.
        data.listings = ListingRepository(database).summaries(&readError);
    if (!readError.isEmpty()) {
        if (error)
            *error = tr("Cannot read the model's data from the database: %1").arg(readError);
        return std::nullopt;
    }
    // Listings stored with only their skills text (as pasted or imported) get their
    // requirements read from it, so the fit can check them.
    const RequirementParser parser(data.catalogue);
    for (Listing &listing : data.listings) {
        if (listing.requirements.isEmpty() && !listing.skillsText.trimmed().isEmpty())
            listing.requirements = parser.parse(listing.skillsText);
    }
    return data;
}
