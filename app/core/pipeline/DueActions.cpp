#include "DueActions.h"

#include <algorithm>

namespace DueActions {

QList<DueAction> upTo(const QList<SavedListing> &saved, const QDate &today, int daysAhead)
{
    QList<DueAction> due;
    for (const SavedListing &listing : saved) {
        const QDate date = listing.nextAction.due;
        if (!date.isValid())
            continue;
        const qint64 daysLeft = today.daysTo(date);
        if (daysLeft <= daysAhead)
            due.append({listing.listingId, listing.nextAction, daysLeft});
    }
    std::sort(due.begin(), due.end(), [](const DueAction &a, const DueAction &b) {
        return std::tie(a.daysLeft, a.listingId) < std::tie(b.daysLeft, b.listingId);
    });
    return due;
}

} // namespace DueActions
