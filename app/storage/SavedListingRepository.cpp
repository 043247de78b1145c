#include "SavedListingRepository.h"

#include "SqlErrors.h"
#include "core/ValidText.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace {
const QString selectColumns =
    u"SELECT listing_id, status, note, saved_at, updated_at FROM saved_listings"_s;

SavedListing readRow(const QSqlQuery &query)
{
    SavedListing saved;
    saved.listingId = query.value(0).toLongLong();
    // The CHECK constraint allows only known keys; the fallback is for a hand-edited file.
    saved.status = ApplicationStatuses::fromKey(query.value(1).toString())
                       .value_or(ApplicationStatus::Interested);
    saved.note = query.value(2).toString();
    saved.savedAt = QDateTime::fromString(query.value(3).toString(), Qt::ISODateWithMs);
    saved.updatedAt = QDateTime::fromString(query.value(4).toString(), Qt::ISODateWithMs);
    return saved;
}
} // namespace

SavedListingRepository::SavedListingRepository(QSqlDatabase database)
    : m_database(std::move(database))
{
}

bool SavedListingRepository::save(qint64 listingId, ApplicationStatus status, const QString &note,
                                  QString *error, const QDateTime &at)
{
    QSqlQuery query(m_database);
    query.prepare(u"INSERT INTO saved_listings (listing_id, status, note, saved_at, updated_at) "
                  "VALUES (?, ?, ?, ?, ?) ON CONFLICT (listing_id) DO UPDATE SET "
                  "status = excluded.status, note = excluded.note, "
                  "updated_at = excluded.updated_at"_s);
    const QString now = at.toUTC().toString(Qt::ISODateWithMs);
    query.bindValue(0, listingId);
    query.bindValue(1, ApplicationStatuses::key(status));
    query.bindValue(2, ValidText::of(note));
    query.bindValue(3, now);
    query.bindValue(4, now);
    return SqlErrors::exec(query, error);
}

bool SavedListingRepository::unsave(qint64 listingId, QString *error)
{
    QSqlQuery query(m_database);
    query.prepare(u"DELETE FROM saved_listings WHERE listing_id = ?"_s);
    query.bindValue(0, listingId);
    return SqlErrors::exec(query, error);
}

std::optional<SavedListing> SavedListingRepository::find(qint64 listingId, QString *error) const
{
    QSqlQuery query(m_database);
    query.prepare(selectColumns + u" WHERE listing_id = ?"_s);
    query.bindValue(0, listingId);
    if (!SqlErrors::exec(query, error) || !query.next())
        return std::nullopt;
    return readRow(query);
}

QHash<qint64, SavedListing> SavedListingRepository::all(QString *error) const
{
    QHash<qint64, SavedListing> saved;
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    if (!SqlErrors::prepareAndExec(query, selectColumns, error))
        return saved;
    while (query.next()) {
        SavedListing row = readRow(query);
        saved.insert(row.listingId, row);
    }
    return saved;
}

QHash<qint64, ListingJsonExtra> SavedListingRepository::jsonExtras(QString *error) const
{
    QHash<qint64, ListingJsonExtra> extras;
    const QHash<qint64, SavedListing> saved = all(error);
    for (const SavedListing &entry : saved)
        extras.insert(entry.listingId, {true, ApplicationStatuses::key(entry.status), entry.note});
    return extras;
}
