#include "ListingDuplicateIndex.h"

#include "ListingColumns.h"
#include "SqlDialect.h"
#include "SqlErrors.h"
#include "core/ListingDuplicateKey.h"

#include <QCryptographicHash>
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

qint64 ListingDuplicateIndex::storedKeyOf(const Listing &listing)
{
    const QByteArray digest = QCryptographicHash::hash(ListingDuplicateKey::of(listing).toUtf8(),
                                                       QCryptographicHash::Sha256);
    qint64 key = 0;
    for (int i = 0; i < 8; ++i)
        key = (key << 8) | qint64(quint8(digest.at(i)));
    return key;
}

bool ListingDuplicateIndex::load(const QSqlDatabase &database, QString *error)
{
    m_stored.clear();
    m_added.clear();
    m_lookup.reset();
    m_lookupDatabase = QSqlDatabase();
    m_lookups = 0;
    m_storedKeys = false;
    m_storedByKey.clear();
    m_lookupError.clear();
    if (SqlDialect::isPostgres(database)) {
        m_lookupDatabase = database;
        m_lookup = std::make_unique<QSqlQuery>(database);
        return SqlErrors::prepare(*m_lookup,
                                  u"SELECT MIN(id) FROM listings WHERE duplicate_key = ?"_s, error);
    }
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
    if (m_lookup && ++m_lookups > lookupsBeforeLoading && !loadStoredKeys())
        return std::nullopt;
    const qint64 storedKey = m_lookupDatabase.isValid() ? storedKeyOf(listing) : 0;
    if (m_storedKeys) {
        const auto stored = std::lower_bound(m_storedByKey.begin(), m_storedByKey.end(),
                                             std::pair<quint64, qint64>(quint64(storedKey), 0));
        if (stored != m_storedByKey.end() && stored->first == quint64(storedKey))
            return stored->second;
    } else if (m_lookup) {
        m_lookup->bindValue(0, storedKey);
        if (!SqlErrors::exec(*m_lookup, &m_lookupError))
            return std::nullopt;
        const bool found = m_lookup->next() && !m_lookup->isNull(0);
        const qint64 id = found ? m_lookup->value(0).toLongLong() : 0;
        m_lookup->finish();
        if (found)
            return id;
    }
    const auto stored =
        std::lower_bound(m_stored.begin(), m_stored.end(), std::pair<quint64, qint64>(hash, 0));
    if (stored != m_stored.end() && stored->first == hash)
        return stored->second;
    const auto added = m_added.constFind(hash);
    if (added != m_added.constEnd())
        return *added;
    return std::nullopt;
}

bool ListingDuplicateIndex::loadStoredKeys() const
{
    // A large import: every stored hash once (what the import adds is in m_added).
    m_lookup.reset();
    QSqlQuery all(m_lookupDatabase);
    all.setForwardOnly(true);
    if (!SqlErrors::prepareAndExec(all, u"SELECT duplicate_key, id FROM listings"_s,
                                   &m_lookupError))
        return false;
    while (all.next())
        m_storedByKey.emplace_back(quint64(all.value(0).toLongLong()), all.value(1).toLongLong());
    std::sort(m_storedByKey.begin(), m_storedByKey.end());
    m_storedKeys = true;
    return true;
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
