#pragma once

#include "core/Listing.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <optional>
#include <utility>
#include <vector>

// Finds the listing an imported one duplicates (ListingDuplicateKey: the same title, rate and
// source) among the stored listings and those added since. It keeps a 64-bit hash of each key
// and an id, 16 bytes a listing, rather than the keys' text: a million stored listings would
// otherwise hold some 200 MB of keys through an import. A hash only names a candidate;
// sameAs() compares the real keys before a listing is skipped or merged.
class ListingDuplicateIndex
{
public:
    // Reads the hashes of the stored listings' keys.
    bool load(const QSqlDatabase &database, QString *error);

    // The id of a stored or added listing whose key has the same hash; nullopt: none.
    std::optional<qint64> candidate(const Listing &listing) const;
    // Remembers a listing added by the import (or, in a preview, one earlier in the file,
    // with id 0).
    void add(const Listing &listing, qint64 id);
    // Whether the stored listing with this id has the listing's key.
    static bool sameAs(const QSqlDatabase &database, qint64 id, const Listing &listing,
                       QString *error);

    static quint64 hashOf(const Listing &listing);

private:
    std::vector<std::pair<quint64, qint64>> m_stored; // sorted by hash
    QHash<quint64, qint64> m_added;
};
