#pragma once

#include "core/ApplicationStatus.h"
#include "core/RateConversion.h"

#include <QString>
#include <QStringList>
#include <optional>

enum class ListingSort
{
    Fit,           // the database returns id order; the caller orders by the profile's fit
    RateHighFirst, // by the monthly figure, negotiable listings last
    RateLowFirst,
    Newest // date added, newest first
};

// What the listings page and `careerplanner listings` ask for. Every field is optional; an
// empty one does not filter. The numbers filter the listings table itself, never the text
// index, so they combine with any search text.
struct ListingFilter
{
    QString text; // searched as plain text in title, work content and skills
    std::optional<qint64> minMonthlyYen;
    std::optional<qint64> maxMonthlyYen;
    QString contract;  // exact, as stored
    QString positions; // contained in the positions text
    QString duration;  // exact, as stored
    QString workKind;  // key from data/work_kinds.csv
    QString skillId;   // a required skill from the catalogue
    bool savedOnly = false;
    // Only the listings with these stable ids: how a team database's listings are narrowed to
    // the ones the user saved in the local file (savedOnly and status are the local file's).
    std::optional<QStringList> uuids;
    std::optional<ApplicationStatus> status; // implies saved
    ListingSort sort = ListingSort::Fit;
    // Converts an hourly listing to a monthly figure for the rate filter and sort.
    double billableHoursPerMonth = RateConversion{}.billableHoursPerMonth;
};
