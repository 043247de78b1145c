#pragma once

#include "core/MarketData.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <optional>

// Loads what the model needs: the catalogue, statistics and listings from the database and
// the model parameters and roadmap efforts bundled from data/model_parameters.json and
// data/roadmap_steps.json.
class MarketDataLoader
{
    Q_DECLARE_TR_FUNCTIONS(MarketDataLoader)

public:
    static std::optional<ModelParameters> bundledParameters(QString *error);
    static std::optional<RoadmapEffort> bundledRoadmapEffort(QString *error);
    // The pack that travels in the program (data/market/market-pack.csv).
    static std::optional<MarketPack> bundledPack(const SkillCatalogue &catalogue, QString *error);
    // The pack in use: the imported one when it is at least as new as the bundled one, else
    // the bundled one. *notice tells why an imported pack was passed over.
    static std::optional<MarketPack> packInUse(QSqlDatabase database,
                                               const SkillCatalogue &catalogue, QString *notice,
                                               QString *error);
    static QSet<QString> skillIds(const SkillCatalogue &catalogue);
    // Everything the model needs, the listings included.
    static std::optional<MarketData> load(QSqlDatabase database, QString *error);
    // The same without the listings, which are the slow part of a large database: the window
    // shows at once and reads them with readListings() on a worker thread.
    static std::optional<MarketData> loadWithoutListings(QSqlDatabase database, QString *error);
    // The listing summaries (the long free text stays in the database until a listing is
    // opened), with requirements read from the skills text of those stored without any.
    static std::optional<ListingSet> readListings(QSqlDatabase database,
                                                  const SkillCatalogue &catalogue,
                                                  double billableHoursPerMonth, QString *error);
};
