#include "ListingDuplicateIndex.h"

#include "ListingColumns.h"
#include "SqlErrors.h"
#include "core/ListingDuplicateKey.h"

#include <QSqlQuery>
#include <QVariant>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// The columns ListingDuplicateKey reads, from the current row starting at column `first`.
Listing keyFields(const QSqlQuery &query, int first)
{
    Listing listing;
    listing.title = query.value(first).toString();
    listing.monthlyRateMinYen = ListingColumns::optionalValue(query, first + 1);
    listing.monthlyRateMaxYen = ListingColumns::optionalValue(query, first + 2);
    listing.hourlyRateMinYen = ListingColumns::optionalValue(query, first + 3);
    listing.hourlyRateMaxYen = ListingColumns::optionalValue(query, first + 4);
    listing.source = query.value(first + 5).toString();
    return listing;
}

const QString keyColumns = u"title, monthly_rate_min_yen, monthly_rate_max_yen, "
                           "hourly_rate_min_yen, hourly_rate_max_yen, source"_s;

} // namespace

quint64 ListingDuplicateIndex::hashOf(const Listing &listing)
{
    // A fixed seed: the same key hashes alike in every process, so a preview and the import
    // after it agree.
    return quint64(qHash(ListingDuplicateKey::of(listing), size_t(0x43617265)));
}

bool ListingDuplicateIndex::load(const QSqlDatabase &database, QString *error)
{
    m_stored.clear();
    m_added.clear();
    QSqlQuery query(database);
    query.setForwardOnly(true);
    if (!SqlErrors::prepareAndExec(query, u"SELECT id, "_s + keyColumns + u" FROM listings"_s,
                                   error))
        return false;
    while (query.next())
        m_stored.emplace_back(hashOf(keyFields(query, 1)), query.value(0).toLongLong());
    // By hash, and by id within one hash, so that the oldest listing is the one found.
    std::sort(m_stored.begin(), m_stored.end());
    m_stored.shrink_to_fit();
    return true;
}

std::optional<qint64> ListingDuplicateIndex::candidate(const Listing &listing) const
{
    const quint64 hash = hashOf(listing);
    const auto stored =
        std::lower_bound(m_stored.begin(), m_stored.end(), std::pair<quint64, qint64>(hash, 0));
    if (stored != m_stored.end() && stored->first == hash)
        return stored->second;
    const auto added = m_added.constFind(hash);
    if (added != m_added.constEnd())
        return *added;
    return std::nullopt;
}

void ListingDuplicateIndex::add(const Listing &listing, qint64 id)
{
    const quint64 hash = hashOf(listing);
    if (!m_added.contains(hash)) // the first listing with a key is the one a later one duplicates
        m_added.insert(hash, id);
}

bool ListingDuplicateIndex::sameAs(const QSqlDatabase &database, qint64 id, const Listing &listing,
                                   QString *error)
{
    QSqlQuery query(database);
    query.prepare(u"SELECT "_s + keyColumns + u" FROM listings WHERE id = ?"_s);
    query.bindValue(0, id);
    if (!SqlErrors::exec(query, error) || !query.next())
        return false;
    return ListingDuplicateKey::of(keyFields(query, 0)) == ListingDuplicateKey::of(listing);
}
