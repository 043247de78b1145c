#pragma once

#include "core/MarketData.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <optional>

// Loads what the model needs: the catalogue, statistics and listings from the database and
// the model parameters bundled from data/model_parameters.json.
class MarketDataLoader
{
    Q_DECLARE_TR_FUNCTIONS(MarketDataLoader)

public:
    static std::optional<ModelParameters> bundledParameters(QString *error);
    static std::optional<MarketData> load(QSqlDatabase database, QString *error);
};
