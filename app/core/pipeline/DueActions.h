#pragma once

#include "DueAction.h"
#include "SavedListing.h"

#include <QDate>
#include <QList>

namespace DueActions {
// The next actions dated on or before today + daysAhead, most urgent first (by date, then by
// listing). Actions without a date are never due.
QList<DueAction> upTo(const QList<SavedListing> &saved, const QDate &today, int daysAhead);
} // namespace DueActions
