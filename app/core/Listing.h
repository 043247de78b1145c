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
    // The monthly figure every comparison uses; both empty when the rate is negotiable. For a
    // listing that states an hourly rate these are derived (hourly × billable hours per month)
    // when the listing is read, and the stated hourly figures are kept below.
    std::optional<qint64> monthlyRateMinYen;
    std::optional<qint64> monthlyRateMaxYen;
    std::optional<qint64> hourlyRateMinYen; // set only when the listing states an hourly rate
    std::optional<qint64> hourlyRateMaxYen;
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
    // The listing's stable id (lower-case, no braces), the same in every copy and export;
    // empty until the listing is stored, or in a summary.
    QString uuid;
    bool isSample = false;
    QList<ListingRequirement> requirements;

    bool operator==(const Listing &) const = default;
};
