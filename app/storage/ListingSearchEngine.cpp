#include "ListingSearchEngine.h"

#include "ListingRepository.h"
#include "ListingSearchQuery.h"
#include "SqlErrors.h"

#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace {
// True when the filter selects by nothing but its text and keeps the database's id order.
bool onlyText(const ListingFilter &filter)
{
    return !filter.minMonthlyYen && !filter.maxMonthlyYen && filter.contract.isEmpty() &&
           filter.positions.isEmpty() && filter.duration.isEmpty() && filter.workKind.isEmpty() &&
           filter.skillId.isEmpty() && !filter.savedOnly && !filter.status &&
           filter.sort == ListingSort::Fit;
}

// Keeps in kept only the ids also in other, both ascending: in place, so that kept's block is
// written again rather than a fresh one.
void keepCommon(QList<qint64> &kept, const QList<qint64> &other)
{
    qint64 *ids = kept.data();
    qsizetype keptCount = 0;
    auto next = other.cbegin();
    for (qsizetype i = 0; i < kept.size() && next != other.cend(); ++i) {
        while (next != other.cend() && *next < ids[i])
            ++next;
        if (next != other.cend() && *next == ids[i])
            ids[keptCount++] = ids[i];
    }
    kept.resize(keptCount);
}
} // namespace

ListingSearchEngine::ListingSearchEngine(QSqlDatabase database, QString databasePath)
    : m_database(std::move(database)), m_databasePath(std::move(databasePath))
{
}

ListingSearchEngine::~ListingSearchEngine() = default;

bool ListingSearchEngine::buildIndex(QString *error)
{
    m_index.reset();
    ShortWordIndex index;
    {
        // Told how many listings follow, the index keeps a common character's list as a bitmap
        // from the moment that is smaller: the build then never holds much more than the index.
        QSqlQuery count(m_database);
        if (SqlErrors::prepareAndExec(count, u"SELECT COUNT(*) FROM listings"_s, nullptr) &&
            count.next())
            index.reserve(count.value(0).toLongLong());
    }
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    if (!query.prepare(
            u"SELECT id, title, work_content, skills_text FROM listings ORDER BY id"_s) ||
        !SqlErrors::exec(query, error)) {
        if (error && error->isEmpty())
            *error = SqlErrors::describe(query);
        return false;
    }
    while (query.next()) {
        const QString title = query.value(1).toString();
        const QString workContent = query.value(2).toString();
        const QString skills = query.value(3).toString();
        index.add(query.value(0).toLongLong(), {title, workContent, skills});
    }
    if (query.lastError().isValid()) {
        if (error)
            *error = SqlErrors::describe(query);
        return false;
    }
    index.finish();
    m_index = std::move(index);
    QSqlQuery shrink(m_database);
    // Reading every listing filled this connection's page cache with pages the searches that
    // follow (the trigram index, a few rows) rarely need again.
    SqlErrors::prepareAndExec(shrink, u"PRAGMA shrink_memory"_s, nullptr);
    return true;
}

QList<qint64> ListingSearchEngine::search(const ListingFilter &filter, QString *error) const
{
    const ListingRepository repository(m_database, filter.billableHoursPerMonth);
    if (!m_index)
        return repository.search(filter, error);

    const QStringList words = ListingSearchQuery::searchWords(filter.text);
    // Every list below is written into a block of an earlier answer (m_buffers), with room for
    // every listing: room never written is never backed by memory.
    const qsizetype room = m_index->listingCount() + 1;
    QStringList longWords;
    std::optional<QList<qint64>> shortMatches;
    for (const QString &word : words) {
        if (!ShortWordIndex::answers(word)) {
            longWords.append(word);
            continue;
        }
        QList<qint64> found = m_buffers.take(room);
        m_index->findInto(word, &found);
        if (!shortMatches) {
            shortMatches = std::move(found);
        } else {
            keepCommon(*shortMatches, found);
            m_buffers.keep(std::move(found)); // free again for the next take()
        }
    }
    ListingFilter rest = filter;
    rest.text = longWords.join(u' '); // the words again, without the short ones
    // The text index is read directly on SQLite only (the window's own file, or its copy of a
    // team's listings); another engine answers through the repository's own dialect.
    const bool readsTextIndex = m_database.driverName() == u"QSQLITE"_s;
    if (!onlyText(rest) || (!longWords.isEmpty() && !readsTextIndex)) {
        // The database selects and orders by the other conditions; the short words narrow that.
        QList<qint64> selected = repository.search(rest, error);
        if (shortMatches) {
            selected.removeIf([&](qint64 id) {
                return !std::binary_search(shortMatches->begin(), shortMatches->end(), id);
            });
            m_buffers.keep(std::move(*shortMatches));
        }
        return selected;
    }
    // Text alone, in id order.
    if (!longWords.isEmpty()) {
        std::optional<QList<qint64>> matches =
            textMatches(ListingSearchQuery::ftsQuery(longWords), error);
        if (!matches)
            return {};
        if (shortMatches) {
            keepCommon(*matches, *shortMatches);
            m_buffers.keep(std::move(*shortMatches));
        }
        return m_buffers.keep(std::move(*matches));
    }
    if (shortMatches)
        return m_buffers.keep(std::move(*shortMatches));
    // No condition at all (the search cleared): every listing, shared with the index.
    return m_index->ids();
}

void ListingSearchEngine::releaseBuffers()
{
    m_buffers.release();
    if (m_reader)
        m_reader->releaseBuffer();
}

std::optional<QList<qint64>> ListingSearchEngine::textMatches(const QString &ftsQuery,
                                                              QString *error) const
{
    constexpr qint64 lowest = std::numeric_limits<qint64>::min();
    constexpr qint64 highest = std::numeric_limits<qint64>::max();
    const QList<qint64> &ids = m_index->ids();
    // Room for every listing: only the part written is ever backed by memory, and the answer
    // never moves to a larger block as it grows (each move faulted in its pages again).
    QList<qint64> matches = m_buffers.take(ids.size() + 1);
    if (m_databasePath.isEmpty() || qsizetype(ids.size()) < std::max<qsizetype>(2, m_splitFrom)) {
        if (!TextIndexReader::read(m_database, ftsQuery, lowest, highest, &matches, error))
            return std::nullopt;
        return matches;
    }
    if (!m_reader)
        m_reader = std::make_unique<TextIndexReader>(m_databasePath);
    // Halves by the indexed listings; a listing added since falls in the upper one. Each
    // half is read from its own connection's snapshot: a write between the two can show in
    // one half only, as it would in a table read before the page re-searches on the change.
    const qint64 middle = ids[ids.size() / 2];
    m_reader->start(ftsQuery, middle, highest);
    QString lowerError;
    const bool lowerRead =
        TextIndexReader::read(m_database, ftsQuery, lowest, middle - 1, &matches, &lowerError);
    QString upperError;
    const bool upperRead = m_reader->wait(&matches, &upperError); // appended after the lower
    if (!lowerRead || !upperRead) {
        if (error)
            *error = lowerRead ? upperError : lowerError;
        return std::nullopt;
    }
    return matches;
}
