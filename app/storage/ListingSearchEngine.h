#pragma once

#include "ListingFilter.h"
#include "core/search/ShortWordIndex.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

// Answers the Listings page's searches: words of one or two characters from a ShortWordIndex
// built from the database, everything else (longer words through the trigram index, rates,
// contract, saved state, the order) from the database as ListingRepository::search does.
// Without the index, or before it is built, every search goes to the database; the answer is
// the same either way. Used on one thread, with one connection.
class ListingSearchEngine
{
public:
    explicit ListingSearchEngine(QSqlDatabase database);

    // Reads every listing's title, work content and skills text into a new index. Costs about
    // half a second for 100,000 listings; call it after the listings changed.
    bool buildIndex(QString *error);
    // The listings changed: searches go to the database until buildIndex() runs again.
    void dropIndex() { m_index.reset(); }
    bool isIndexed() const { return m_index.has_value(); }
    const ShortWordIndex *index() const { return m_index ? &*m_index : nullptr; }

    QList<qint64> search(const ListingFilter &filter, QString *error = nullptr) const;

private:
    QSqlDatabase m_database;
    std::optional<ShortWordIndex> m_index;
};
