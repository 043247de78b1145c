#include "UnreadRequirements.h"

#include "SkillCatalogue.h"

#include <QHash>
#include <QSet>
#include <algorithm>

QList<UnreadRequirement> UnreadRequirements::collect(const ListingSet &listings)
{
    QHash<QString, qsizetype> positions; // normalized text → position in the result
    QList<UnreadRequirement> result;
    for (qsizetype i = 0; i < listings.size(); ++i) {
        QSet<QString> counted; // a listing counts once per text
        for (qsizetype k = 0; k < listings.requirementCount(i); ++k) {
            const QString &text = listings.requirementText(i, k);
            if (!listings.requirementSkillId(i, k).isEmpty() || text.trimmed().isEmpty())
                continue;
            const QString key = SkillCatalogue::normalized(text);
            if (counted.contains(key))
                continue;
            counted.insert(key);
            const auto found = positions.constFind(key);
            if (found == positions.constEnd()) {
                positions.insert(key, result.size());
                result.append({text.trimmed(), 1});
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
