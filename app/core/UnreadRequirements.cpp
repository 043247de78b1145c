#include "UnreadRequirements.h"

#include "SkillCatalogue.h"

#include <QHash>
#include <QSet>
#include <algorithm>

QList<UnreadRequirement> UnreadRequirements::collect(const QList<Listing> &listings)
{
    QHash<QString, qsizetype> positions; // normalized text → position in the result
    QList<UnreadRequirement> result;
    for (const Listing &listing : listings) {
        QSet<QString> counted; // a listing counts once per text
        for (const ListingRequirement &requirement : listing.requirements) {
            if (!requirement.skillId.isEmpty() || requirement.text.trimmed().isEmpty())
                continue;
            const QString key = SkillCatalogue::normalized(requirement.text);
            if (counted.contains(key))
                continue;
            counted.insert(key);
            const auto found = positions.constFind(key);
            if (found == positions.constEnd()) {
                positions.insert(key, result.size());
                result.append({requirement.text.trimmed(), 1});
            } else {
                ++result[*found].listings;
            }
        }
    }
    std::stable_sort(result.begin(), result.end(),
                     [](const UnreadRequirement &a, const UnreadRequirement &b) {
                         return a.listings > b.listings;
                     });
    return result;
}
