#pragma once

#include "Listing.h"
#include "ModelParameters.h"
#include "SalaryStatistic.h"
#include "SkillCatalogue.h"

#include <QList>

// Everything the model reads besides the profile: loaded once from the database and the
// bundled parameters, then shared by the window and the command line.
struct MarketData
{
    SkillCatalogue catalogue;
    ModelParameters parameters;
    QList<SalaryStatistic> statistics;
    QList<Listing> listings;
};
