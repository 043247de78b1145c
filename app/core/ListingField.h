#pragma once

#include "Listing.h"

#include <QList>
#include <QString>
#include <optional>

// A listing field an imported column or pasted row can fill.
enum class ListingField
{
    Title,
    Rate,
    Contract,
    Positions,
    Duration,
    Work,
    Skills,
    Location,
    Remote,
    Url,
    Notes,
    Source,
    WorkKind
};

namespace ListingFields {
QList<ListingField> all();
// The field a column header or a pasted row's key names, in Japanese or English ("概要",
// "案件名", "単価", "Required skills", "ＵＲＬ"…), ignoring case, width and spaces.
std::optional<ListingField> fromHeader(const QString &header);
QString key(ListingField field);         // stable English key: "title", "rate", …, "workKind"
QString displayName(ListingField field); // translated
// The listing's text the field fills: the wording of the rate (rateText) and of the required
// skills (skillsText) for those two; parsing them is the caller's business.
QString &text(Listing &listing, ListingField field);
} // namespace ListingFields
