#pragma once

#include "Listing.h"
#include "ModelParameters.h"
#include "RoadmapEffort.h"
#include "SalaryStatistic.h"
#include "SkillCatalogue.h"

#include <QList>

// Everything the model reads besides the profile: loaded once from the database and the
// bundled parameters, then shared by the window and the command line.
struct MarketData
{
    SkillCatalogue catalogue;
    ModelParameters parameters;
    RoadmapEffort roadmapEffort;
    QList<SalaryStatistic> statistics;
    QList<Listing> listings;
};
