#pragma once

#include "core/ApplicationStatus.h"

#include <QDateTime>

// One entry of a saved listing's history: the status it was given and when (UTC). The history
// is what the funnel counts from: a listing declined after an interview still reached the
// interview.
struct StatusChange
{
    ApplicationStatus status = ApplicationStatus::Interested;
    QDateTime at;

    bool operator==(const StatusChange &) const = default;
};
