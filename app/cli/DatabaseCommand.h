#pragma once

#include "Command.h"
#include "CommandDatabases.h"
#include "core/MarketData.h"
#include "core/RateConversion.h"

#include <optional>

class Database;

// A command that works on the user's database. Every such command finds it the same way as
// the window (--database, else the one chosen in Settings, else the default), reports a
// database it cannot open the same way, and converts rates with the user's settings. Commands
// that read or write listings open CommandDatabases: the listings may be a team's.
class DatabaseCommand : public Command
{
protected:
    // Opens the database; on failure says why on err and returns false.
    static bool openDatabase(const QCommandLineParser &parser, Database &database,
                             QTextStream &err);
    // The model's data from the open database; nullopt, said why on err, when it cannot be
    // read.
    static std::optional<MarketData> loadMarket(const Database &database, QTextStream &err);
    // The same, with the listings from where the command's listings are (a team database when
    // one is named).
    static std::optional<MarketData> loadMarket(const CommandDatabases &databases,
                                                QTextStream &err);
    // The billable hours and agency margin chosen in Settings, over the data's defaults.
    static RateConversion settingsConversion(const MarketData &market);
};
