#pragma once

#include "core/Listing.h"

#include <QSqlQuery>
#include <QString>
#include <optional>

// The listing and requirement columns every INSERT writes, and how a listing's fields are
// bound to them, in one place for the single insert (seeding, one listing) and the batched
// import.
namespace ListingColumns {
// "title, monthly_rate_min_yen, …, is_sample, created_at": count() columns.
QString listingNames();
int listingCount();
void bindListing(QSqlQuery &query, int first, const Listing &listing, const QString &createdAt);

// "listing_id, position, skill_id, requirement_text, minimum_years".
QString requirementNames();
int requirementCount();
void bindRequirement(QSqlQuery &query, int first, qint64 listingId, int position,
                     const ListingRequirement &requirement);

// A nullable amount column of the current row: NULL is "not stated", not zero.
std::optional<qint64> optionalValue(const QSqlQuery &query, int column);

// "(?, ?, …)" with count placeholders.
QString placeholders(int count);
} // namespace ListingColumns
