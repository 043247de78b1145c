#pragma once

#include "ListingSet.h"
#include "ModelParameters.h"
#include "RoadmapEffort.h"
#include "SalaryStatistic.h"
#include "SkillCatalogue.h"
#include "market/MarketPack.h"

#include <QList>

// Everything the model reads besides the profile: loaded once from the database and the
// bundled parameters, then shared by the window and the command line.
struct MarketData
{
    SkillCatalogue catalogue;
    ModelParameters parameters;
    RoadmapEffort roadmapEffort;
    QList<SalaryStatistic> statistics;
    MarketPack pack;     // the market-data pack in use (bundled or imported)
    QString packNotice;  // why an imported pack is not in use, when it is not
    ListingSet listings; // summaries: see ListingRepository::summaries
};
