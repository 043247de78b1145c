#pragma once

#include <QList>
#include <QString>
#include <optional>

// One required skill of a listing: the catalogue skill it names (empty when the text names
// nothing in the catalogue), the original wording, and the minimum years it asks for.
struct ListingRequirement
{
    QString skillId;
    QString text;
    double minimumYears = 0;

    bool operator==(const ListingRequirement &) const = default;
};

// A job or freelance listing as stored in the database.
struct Listing
{
    qint64 id = 0;
    QString title;
    std::optional<qint64> monthlyRateMinYen; // both empty when the rate is negotiable
    std::optional<qint64> monthlyRateMaxYen;
    QString rateText; // the rate as the listing wrote it
    QString contract;
    QString positions;
    QString duration;
    QString workContent;
    QString skillsText;
    QString workKind; // key from data/work_kinds.csv
    QString location;
    QString remote;
    QString url;
    QString notes;
    QString source;
    bool isSample = false;
    QList<ListingRequirement> requirements;

    bool operator==(const Listing &) const = default;
};
