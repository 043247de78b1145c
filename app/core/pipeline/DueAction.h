#pragma once

#include "NextAction.h"

// A next action whose date has come or is close: shown when the program starts.
struct DueAction
{
    qint64 listingId = 0;
    NextAction action;
    qint64 daysLeft = 0; // negative when overdue, 0 on the day

    bool isOverdue() const { return daysLeft < 0; }
};
