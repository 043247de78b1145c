#include "TakeHomeSource.h"

using namespace Qt::StringLiterals;

QString TakeHomeSource::text() const
{
    return u"%1, %2 (%3)"_s.arg(publisher, document).arg(year);
}
