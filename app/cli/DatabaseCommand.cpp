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

std::optional<MarketData> DatabaseCommand::loadMarket(const CommandDatabases &databases,
                                                      QTextStream &err)
{
    if (!databases.isTeam())
        return loadMarket(databases.local(), err);
    QString error;
    auto market = MarketDataLoader::loadWithoutListings(databases.local().connection(), &error);
    if (market) {
        auto listings =
            MarketDataLoader::readListings(databases.listings(), market->catalogue,
                                           RateConversion{}.billableHoursPerMonth, &error);
        if (listings)
            market->listings = std::move(*listings);
        else
            market.reset();
    }
    if (!market)
        err << databases.described(error) << u'\n';
    return market;
}

RateConversion DatabaseCommand::settingsConversion(const MarketData &market)
{
    return AppSettings::conversion(market.parameters.defaultConversion());
}
