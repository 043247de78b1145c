#pragma once

#include "Listing.h"
#include "ListingImportPreview.h"
#include "ListingJsonExtra.h"
#include "SkillCatalogue.h"

#include <QByteArray>
#include <QHash>
#include <QList>

class ImportTextReader;
class RequirementParser;

// Listings as a JSON file to export and import:
// {"format": "careerplanner-listings", "version": 1, "listings": [{"title": …}, …]}.
// A bare array of listing objects is read as well.
class ListingJson
{
public:
    // extras: what the user keeps about each saved listing, by listing id (keys "saved",
    // "status", "savedNote", "statusHistory", "nextAction", "rates").
    static QByteArray toJson(const QList<Listing> &listings,
                             const QHash<qint64, ListingJsonExtra> &extras = {});
    static ListingImportPreview fromJson(const QByteArray &bytes, const SkillCatalogue &catalogue);
    // Reads the text a listing at a time and sends each to the sink (ListingFileReader).
    static ListingImportPreview read(ImportTextReader &text, const SkillCatalogue &catalogue,
                                     const ListingImportSink &sink);

    static constexpr int version = 1;

private:
    // One element of the list; false when the sink stops the reading.
    static bool readItem(const QJsonValue &item, int line, const SkillCatalogue &catalogue,
                         const RequirementParser &requirements, const ListingImportSink &sink,
                         ListingImportPreview &preview);
};
