#pragma once

#include "Listing.h"
#include "ListingImportPreview.h"
#include "ListingJsonExtra.h"
#include "SkillCatalogue.h"

#include <QByteArray>
#include <QHash>
#include <QList>

// Listings as a JSON file to export and import:
// {"format": "careerplanner-listings", "version": 1, "listings": [{"title": …}, …]}.
// A bare array of listing objects is read as well.
class ListingJson
{
public:
    // extras: the saved flag, status and note of each listing, by listing id (keys "saved",
    // "status", "savedNote").
    static QByteArray toJson(const QList<Listing> &listings,
                             const QHash<qint64, ListingJsonExtra> &extras = {});
    static ListingImportPreview fromJson(const QByteArray &bytes, const SkillCatalogue &catalogue);

    static constexpr int version = 1;
};
