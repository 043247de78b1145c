#pragma once

#include "core/Listing.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

// Finds the listing an imported one duplicates (ListingDuplicateKey: the same title, rate and
// source) among the stored listings and those added since. It keeps a 64-bit hash of each key
// and an id, 16 bytes a listing, rather than the keys' text: a million stored listings would
// otherwise hold some 200 MB of keys through an import. A hash only names a candidate;
// sameAs() compares the real keys before a listing is skipped or merged.
//
// A team database (PostgreSQL) keeps each listing's storedKeyOf() in an indexed column instead:
// there the stored listings are looked up one by one, as they are imported, so that adding a
// listing to a million does not read a million keys first.
class ListingDuplicateIndex
{
public:
    // Reads the hashes of the stored listings' keys (a team database: prepares the lookup).
    bool load(const QSqlDatabase &database, QString *error);

    // The id of a stored or added listing whose key has the same hash; nullopt: none, or a
    // lookup that failed (lookupError() says why).
    std::optional<qint64> candidate(const Listing &listing) const;
    QString lookupError() const { return m_lookupError; }
    // Remembers a listing added by the import (or, in a preview, one earlier in the file,
    // with id 0).
    void add(const Listing &listing, qint64 id);
    // Whether the stored listing with this id has the listing's key.
    static bool sameAs(const QSqlDatabase &database, qint64 id, const Listing &listing,
                       QString *error);

    static quint64 hashOf(const Listing &listing);
    // The key's hash as a team database stores it (duplicate_key): a fixed function of the
    // key's text (the first 8 bytes of its SHA-256), the same in every program version.
    static qint64 storedKeyOf(const Listing &listing);

private:
    std::vector<std::pair<quint64, qint64>> m_stored; // sorted by hash
    QHash<quint64, qint64> m_added;
    std::unique_ptr<QSqlQuery> m_lookup; // a team database: the stored listing by its key
    mutable QString m_lookupError;
};
