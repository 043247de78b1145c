#include "DatabaseCommand.h"

#include "services/AppSettings.h"
#include "services/DatabaseLocation.h"
#include "storage/Database.h"
#include "storage/MarketDataLoader.h"

bool DatabaseCommand::openDatabase(const QCommandLineParser &parser, Database &database,
                                   QTextStream &err)
{
    if (database.open(DatabaseLocation::resolve(parser)))
        return true;
    err << database.lastError() << u'\n';
    return false;
}

std::optional<MarketData> DatabaseCommand::loadMarket(const Database &database, QTextStream &err)
{
    QString error;
    auto market = MarketDataLoader::load(database.connection(), &error);
    if (!market)
        err << error << u'\n';
    return market;
}

RateConversion DatabaseCommand::settingsConversion(const MarketData &market)
{
    return AppSettings::conversion(market.parameters.defaultConversion());
}
