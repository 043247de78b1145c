#pragma once

#include "ListingFilter.h"
#include "TextIndexReader.h"
#include "core/search/AnswerBuffers.h"
#include "core/search/ShortWordIndex.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <memory>
#include <optional>

// Answers the Listings page's searches: words of one or two characters from a ShortWordIndex
// built from the database, everything else (longer words through the trigram index, rates,
// contract, saved state, the order) from the database as ListingRepository::search does.
// Without the index, or before it is built, every search goes to the database; the answer is
// the same either way. Used on one thread, with one connection.
//
// Given the database's path, a search by longer words alone over many listings reads the
// text index in two halves at once, the upper one through a TextIndexReader (a second
// connection on a thread of its own): see there why.
class ListingSearchEngine
{
public:
    explicit ListingSearchEngine(QSqlDatabase database, QString databasePath = QString());
    ~ListingSearchEngine();

    // From how many indexed listings a text search is read in two halves. Below it, a broad
    // word costs a few milliseconds whole (4 ms for "Java" in 100,000 listings), less than a
    // second connection's page cache is worth holding.
    static constexpr qsizetype defaultSplitFrom = 250'000;
    void setSplitFrom(qsizetype listings) { m_splitFrom = listings; }

    // Reads every listing's title, work content and skills text into a new index. Costs about
    // half a second for 100,000 listings; call it after the listings changed.
    bool buildIndex(QString *error);
    // The listings changed: searches go to the database until buildIndex() runs again.
    void dropIndex() { m_index.reset(); }
    bool isIndexed() const { return m_index.has_value(); }
    const ShortWordIndex *index() const { return m_index ? &*m_index : nullptr; }

    QList<qint64> search(const ListingFilter &filter, QString *error = nullptr) const;
    // Lets go of the blocks kept from earlier answers, here and in the second reader: for when
    // typing has stopped (ListingSearchThread), so that memory at rest holds no answers.
    void releaseBuffers();
    // The blocks kept for the next answers (for tests and the benchmarks).
    const AnswerBuffers &buffers() const { return m_buffers; }

private:
    // The listings whose text matches the FTS5 query, in id order; read in halves when the
    // index is built over enough listings.
    std::optional<QList<qint64>> textMatches(const QString &ftsQuery, QString *error) const;

    QSqlDatabase m_database;
    QString m_databasePath;
    qsizetype m_splitFrom = defaultSplitFrom;
    std::optional<ShortWordIndex> m_index;
    mutable std::unique_ptr<TextIndexReader> m_reader; // made on the first split search
    mutable AnswerBuffers m_buffers;
};
