#pragma once

#include "core/pipeline/NextAction.h"
#include "core/pipeline/RateLedgerEntry.h"
#include "core/pipeline/StatusChange.h"

#include <QList>
#include <QString>

// What a listings JSON file carries beside the listing itself: whether the user saved it, the
// status and note they gave it, its status history, next action and rate ledger. Kept apart
// from Listing because the database stores it apart.
struct ListingJsonExtra
{
    bool saved = false;
    QString status; // a status key, as the saved-listings table stores it
    QString note;   // the user's own note on the saved listing (not the listing's notes)
    QList<StatusChange> statusHistory; // oldest first
    NextAction nextAction;
    QList<RateLedgerEntry> rates; // oldest first

    bool operator==(const ListingJsonExtra &) const = default;
};
