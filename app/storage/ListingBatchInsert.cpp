#include "ListingBatchInsert.h"

#include "ListingColumns.h"
#include "ListingDuplicateIndex.h"
#include "SqlDialect.h"
#include "SqlErrors.h"

#include <QDateTime>
#include <QStringList>
#include <QVariant>

using namespace Qt::StringLiterals;

ListingBatchInsert::ListingBatchInsert(const QSqlDatabase &database, qint64 firstId)
    : m_database(database), m_postgres(SqlDialect::isPostgres(database)), m_nextId(firstId),
      m_createdAt(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))
{
}

qint64 ListingBatchInsert::add(const Listing &listing, int line)
{
    const qint64 id = m_nextId++;
    m_listings.append({&listing, id, line});
    for (qsizetype i = 0; i < listing.requirements.size(); ++i)
        m_requirements.append({id, int(i), &listing.requirements.at(i)});
    return id;
}

bool ListingBatchInsert::addAndFlushIfFull(const Listing &listing, int line, qint64 *id,
                                           QString *error)
{
    *id = add(listing, line);
    if (m_listings.size() < listingsPerStatement)
        return true;
    return flush(error);
}

QSqlQuery *ListingBatchInsert::statement(std::map<qsizetype, std::unique_ptr<QSqlQuery>> &cache,
                                         const QString &head, const QString &row, qsizetype rows,
                                         QString *error)
{
    auto &query = cache[rows];
    if (!query) {
        query = std::make_unique<QSqlQuery>(m_database);
        if (!query->prepare(head + QStringList(rows, row).join(u", "_s))) {
            if (error)
                *error = SqlErrors::describe(*query);
            cache.erase(rows);
            return nullptr;
        }
    }
    return query.get();
}

bool ListingBatchInsert::undoable(const std::function<bool()> &write)
{
    // PostgreSQL ends a transaction at its first failed statement; a savepoint keeps it going
    // so the rows can be tried one by one. SQLite undoes a failed statement by itself.
    if (!m_postgres)
        return write();
    QSqlQuery savepoint(m_database);
    if (!SqlErrors::execConstant(savepoint, u"SAVEPOINT batch_rows"_s, nullptr))
        return false;
    const bool written = write();
    SqlErrors::execConstant(savepoint,
                            written ? u"RELEASE SAVEPOINT batch_rows"_s
                                    : u"ROLLBACK TO SAVEPOINT batch_rows"_s,
                            nullptr);
    return written;
}

bool ListingBatchInsert::writeListings(QString *error)
{
    if (m_listings.isEmpty())
        return true;
    if (undoable([&] { return writeListingRows(0, m_listings.size(), error); })) {
        m_listings.clear();
        return true;
    }
    // The failed statement changed nothing: write its rows one by one to name the line at
    // fault. The caller rolls back either way.
    for (qsizetype row = 0; row < m_listings.size(); ++row) {
        QString rowError;
        if (!undoable([&] { return writeListingRows(row, 1, &rowError); })) {
            if (error)
                *error = tr("line %1: %2").arg(m_listings.at(row).line).arg(rowError);
            return false;
        }
    }
    return false;
}

bool ListingBatchInsert::writeListingRows(qsizetype first, qsizetype count, QString *error)
{
    // A team database also keeps the duplicate key's hash, which its imports look up.
    const int columns = ListingColumns::listingCount() + (m_postgres ? 2 : 1);
    QSqlQuery *query = statement(
        m_listingStatements,
        u"INSERT INTO listings (id, %1%2) VALUES "_s.arg(
            ListingColumns::listingNames(), m_postgres ? u", duplicate_key"_s : QString()),
        ListingColumns::placeholders(columns), count, error);
    if (!query)
        return false;
    for (qsizetype row = 0; row < count; ++row) {
        const QueuedListing &queued = m_listings.at(first + row);
        const int column = int(row) * columns;
        query->bindValue(column, queued.id);
        ListingColumns::bindListing(*query, column + 1, *queued.listing, m_createdAt);
        if (m_postgres)
            query->bindValue(column + columns - 1,
                             ListingDuplicateIndex::storedKeyOf(*queued.listing));
    }
    return SqlErrors::exec(*query, error);
}

bool ListingBatchInsert::writeRequirements(bool everything, QString *error)
{
    qsizetype start = 0;
    for (; start < m_requirements.size(); start += requirementsPerStatement) {
        const qsizetype rows = std::min(requirementsPerStatement, m_requirements.size() - start);
        if (rows < requirementsPerStatement && !everything)
            break; // kept for the next statement; their listings are already written
        QSqlQuery *query = statement(
            m_requirementStatements,
            u"INSERT INTO listing_requirements (%1) VALUES "_s.arg(
                ListingColumns::requirementNames()),
            ListingColumns::placeholders(ListingColumns::requirementCount()), rows, error);
        if (!query)
            return false;
        for (qsizetype row = 0; row < rows; ++row) {
            const QueuedRequirement &queued = m_requirements.at(start + row);
            ListingColumns::bindRequirement(*query, int(row) * ListingColumns::requirementCount(),
                                            queued.listingId, queued.position, *queued.requirement);
        }
        if (!SqlErrors::exec(*query, error))
            return false;
    }
    m_requirements.remove(0, std::min(start, m_requirements.size()));
    return true;
}

bool ListingBatchInsert::flush(QString *error, bool everything)
{
    // Listings first: the requirement rows refer to them.
    return writeListings(error) && writeRequirements(everything, error);
}
