#pragma once

#include "ListingSet.h"

#include <QList>
#include <QString>

struct UnreadRequirement
{
    QString text;     // as the first listing wrote it
    int listings = 0; // how many listings ask for it
};

// The requirements of the user's listings that name no catalogue skill, grouped by their
// text (case, width and spacing ignored) and counted, most asked for first: what the
// catalogue should learn to read next.
namespace UnreadRequirements {
QList<UnreadRequirement> collect(const ListingSet &listings);
}
