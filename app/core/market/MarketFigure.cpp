#include "MarketFigure.h"

using namespace Qt::StringLiterals;

QString MarketFigure::citation() const
{
    return u"%1「%2」(%3)"_s.arg(publisher, survey, year);
}
