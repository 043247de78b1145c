#pragma once

#include <QString>

// What a listings JSON file carries beside the listing itself: whether the user saved it, the
// status and the note they gave it. Kept apart from Listing because the database stores it
// apart.
struct ListingJsonExtra
{
    bool saved = false;
    QString status; // a status key, as the saved-listings table stores it
    QString note;   // the user's own note on the saved listing (not the listing's notes)

    bool operator==(const ListingJsonExtra &) const = default;
};
