#include "ListingBatchInsert.h"

#include "SqlErrors.h"

#include <QDateTime>
#include <QStringList>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace {
QVariant optionalYen(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<qint64>());
}

// Qt binds a null QString as SQL NULL; the text columns are NOT NULL with '' for "none".
QString textValue(const QString &text)
{
    return text.isNull() ? QString(u""_s) : text;
}

QVariant nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

constexpr int listingColumns = 20;
constexpr int requirementColumns = 5;
} // namespace

ListingBatchInsert::ListingBatchInsert(const QSqlDatabase &database, qint64 firstId)
    : m_database(database), m_nextId(firstId),
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

bool ListingBatchInsert::writeListings(QString *error)
{
    if (m_listings.isEmpty())
        return true;
    if (writeListingRows(0, m_listings.size(), error)) {
        m_listings.clear();
        return true;
    }
    // The failed statement changed nothing (SQLite undoes a failed statement whole): write
    // its rows one by one to name the line at fault. The caller rolls back either way.
    for (qsizetype row = 0; row < m_listings.size(); ++row) {
        QString rowError;
        if (!writeListingRows(row, 1, &rowError)) {
            if (error)
                *error = tr("line %1: %2").arg(m_listings.at(row).line).arg(rowError);
            return false;
        }
    }
    return false;
}

bool ListingBatchInsert::writeListingRows(qsizetype first, qsizetype count, QString *error)
{
    QSqlQuery *query = statement(
        m_listingStatements,
        u"INSERT INTO listings (id, title, monthly_rate_min_yen, monthly_rate_max_yen, "
        "hourly_rate_min_yen, hourly_rate_max_yen, rate_text, contract, positions, duration, "
        "work_content, skills_text, work_kind, location, remote, url, notes, source, is_sample, "
        "created_at) VALUES "_s,
        u"(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s, count, error);
    if (!query)
        return false;
    for (qsizetype row = 0; row < count; ++row) {
        const Listing &listing = *m_listings.at(first + row).listing;
        // An hourly listing stores only its stated hourly figures: the monthly equivalent
        // depends on the user's billable hours, which may change after the import.
        const bool hourly = listing.hourlyRateMinYen || listing.hourlyRateMaxYen;
        int column = int(row) * listingColumns;
        query->bindValue(column++, m_listings.at(first + row).id);
        query->bindValue(column++, textValue(listing.title));
        query->bindValue(column++, optionalYen(hourly ? std::nullopt : listing.monthlyRateMinYen));
        query->bindValue(column++, optionalYen(hourly ? std::nullopt : listing.monthlyRateMaxYen));
        query->bindValue(column++, optionalYen(listing.hourlyRateMinYen));
        query->bindValue(column++, optionalYen(listing.hourlyRateMaxYen));
        query->bindValue(column++, textValue(listing.rateText));
        query->bindValue(column++, textValue(listing.contract));
        query->bindValue(column++, textValue(listing.positions));
        query->bindValue(column++, textValue(listing.duration));
        query->bindValue(column++, textValue(listing.workContent));
        query->bindValue(column++, textValue(listing.skillsText));
        query->bindValue(column++, nullIfEmpty(listing.workKind));
        query->bindValue(column++, textValue(listing.location));
        query->bindValue(column++, textValue(listing.remote));
        query->bindValue(column++, textValue(listing.url));
        query->bindValue(column++, textValue(listing.notes));
        query->bindValue(column++, textValue(listing.source));
        query->bindValue(column++, listing.isSample ? 1 : 0);
        query->bindValue(column++, m_createdAt);
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
        QSqlQuery *query = statement(m_requirementStatements,
                                     u"INSERT INTO listing_requirements (listing_id, position, "
                                     "skill_id, requirement_text, minimum_years) VALUES "_s,
                                     u"(?, ?, ?, ?, ?)"_s, rows, error);
        if (!query)
            return false;
        for (qsizetype row = 0; row < rows; ++row) {
            const QueuedRequirement &queued = m_requirements.at(start + row);
            const int column = int(row) * requirementColumns;
            query->bindValue(column, queued.listingId);
            query->bindValue(column + 1, queued.position);
            query->bindValue(column + 2, nullIfEmpty(queued.requirement->skillId));
            query->bindValue(column + 3, textValue(queued.requirement->text));
            query->bindValue(column + 4, queued.requirement->minimumYears);
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
