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
// there the first listings of an import are looked up one by one, so that adding a listing to
// a million does not read a million keys first; a large import then reads the stored hashes
// (two numbers a listing) once and goes on in memory.
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
    // A team database: the stored listing by its key, until lookupsBeforeLoading of them.
    bool loadStoredKeys() const;
    QSqlDatabase m_lookupDatabase;
    mutable std::unique_ptr<QSqlQuery> m_lookup;
    mutable int m_lookups = 0;
    mutable bool m_storedKeys = false; // m_stored holds storedKeyOf() hashes
    mutable std::vector<std::pair<quint64, qint64>> m_storedByKey;
    mutable QString m_lookupError;
    static constexpr int lookupsBeforeLoading = 2'000;
};
