#include "MarketDataLoader.h"

#include "ListingRepository.h"
#include "MarketPackStore.h"
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

QSet<QString> MarketDataLoader::skillIds(const SkillCatalogue &catalogue)
{
    QSet<QString> ids;
    for (const CatalogueSkill &skill : catalogue.skills())
        ids.insert(skill.id);
    return ids;
}

std::optional<MarketPack> MarketDataLoader::bundledPack(const SkillCatalogue &catalogue,
                                                        QString *error)
{
    const QString name = QStringLiteral("data/market/market-pack.csv");
    QFile file(QStringLiteral(":/data/market/market-pack.csv"));
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("%1 cannot be read: %2").arg(name, file.errorString());
        return std::nullopt;
    }
    QList<MarketPackError> errors;
    auto pack = MarketPackParser(skillIds(catalogue)).parse(file.readAll(), name, &errors);
    if (!pack && error)
        *error = MarketPackParser::describe(name, errors);
    return pack;
}

std::optional<MarketPack> MarketDataLoader::packInUse(QSqlDatabase database,
                                                      const SkillCatalogue &catalogue,
                                                      QString *notice, QString *error)
{
    auto bundled = bundledPack(catalogue, error);
    if (!bundled)
        return std::nullopt;
    QString readError;
    const auto stored = MarketPackStore(database).active(&readError);
    if (!stored)
        return bundled;
    QList<MarketPackError> errors;
    auto imported =
        MarketPackParser(skillIds(catalogue)).parse(stored->content, stored->fileName, &errors);
    if (!imported) {
        if (notice)
            *notice =
                tr("The imported market data %1 no longer reads (%2); the bundled data "
                   "%3 is used.")
                    .arg(stored->version, MarketPackParser::describe(stored->fileName, errors, 1),
                         bundled->version);
        return bundled;
    }
    if (MarketPack::compareVersions(imported->version, bundled->version) < 0) {
        if (notice)
            *notice = tr("The imported market data %1 is older than the bundled %2, which is "
                         "used.")
                          .arg(imported->version, bundled->version);
        return bundled;
    }
    return imported;
}

std::optional<MarketData> MarketDataLoader::load(QSqlDatabase database, QString *error)
{
    auto data = loadWithoutListings(database, error);
    if (!data)
        return std::nullopt;
    auto listings =
        readListings(database, data->catalogue, RateConversion{}.billableHoursPerMonth, error);
    if (!listings)
        return std::nullopt;
    data->listings = std::move(*listings);
    return data;
}

std::optional<ListingSet> MarketDataLoader::readListings(QSqlDatabase database,
                                                         const SkillCatalogue &catalogue,
                                                         double billableHoursPerMonth,
                                                         QString *error)
{
    // Listings stored with only their skills text (as pasted or imported) get their
    // requirements read from it, so the fit can check them. (A summary keeps the skills text
    // only for a listing without requirement rows.)
    const RequirementParser parser(catalogue);
    QString readError;
    ListingSet listings =
        ListingRepository(database, billableHoursPerMonth)
            .summaries(&readError, [&parser](Listing &listing) {
                if (listing.requirements.isEmpty() && !listing.skillsText.trimmed().isEmpty())
                    listing.requirements = parser.parse(listing.skillsText);
            });
    if (!readError.isEmpty()) {
        if (error)
            *error = tr("Cannot read the listings from the database: %1").arg(readError);
        return std::nullopt;
    }
    return listings;
}

std::optional<MarketData> MarketDataLoader::loadWithoutListings(QSqlDatabase database,
                                                                QString *error)
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
    if (!readError.isEmpty()) {
        if (error)
            *error = tr("Cannot read the model's data from the database: %1").arg(readError);
        return std::nullopt;
    }
    auto pack = packInUse(database, data.catalogue, &data.packNotice, error);
    if (!pack)
        return std::nullopt;
    data.pack = std::move(*pack);
    return data;
}
