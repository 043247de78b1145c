#pragma once

#include "core/MarketData.h"

#include <QCoreApplication>
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
    static std::optional<MarketData> load(QSqlDatabase database, QString *error);
};
