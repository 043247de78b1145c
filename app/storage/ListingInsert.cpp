#include "ListingInsert.h"

#include "ListingColumns.h"
#include "ListingDuplicateIndex.h"
#include "SqlDialect.h"
#include "SqlErrors.h"

#include <QDateTime>
#include <QVariant>

using namespace Qt::StringLiterals;

ListingInsert::ListingInsert(const QSqlDatabase &database)
    : m_listing(database), m_requirement(database), m_postgres(SqlDialect::isPostgres(database))
{
    // A team database also keeps the duplicate key's hash, which its imports look up.
    if (!m_listing.prepare(
            u"INSERT INTO listings (%1, seed_key%3) VALUES %2 "
            "ON CONFLICT (seed_key) DO NOTHING RETURNING id"_s.arg(
                ListingColumns::listingNames(),
                ListingColumns::placeholders(ListingColumns::listingCount() + (m_postgres ? 2 : 1)),
                m_postgres ? u", duplicate_key"_s : QString())))
        m_prepareError = SqlErrors::describe(m_listing);
    else if (!m_requirement.prepare(u"INSERT INTO listing_requirements (%1) VALUES %2"_s.arg(
                 ListingColumns::requirementNames(),
                 ListingColumns::placeholders(ListingColumns::requirementCount()))))
        m_prepareError = SqlErrors::describe(m_requirement);
}

qint64 ListingInsert::insert(const Listing &listing, const QString &seedKey, QString *error)
{
    if (!m_prepareError.isEmpty()) {
        if (error)
            *error = m_prepareError;
        return -1;
    }
    ListingColumns::bindListing(m_listing, 0, listing,
                                QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    m_listing.bindValue(ListingColumns::listingCount(),
                        seedKey.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                          : QVariant(seedKey));
    if (m_postgres)
        m_listing.bindValue(ListingColumns::listingCount() + 1,
                            ListingDuplicateIndex::storedKeyOf(listing));
    if (!SqlErrors::exec(m_listing, error))
        return -1;
    // RETURNING gives the new id on both engines (PostgreSQL has no last-insert id), and no
    // row when the seed key was already stored.
    if (!m_listing.next())
        return 0;
    const qint64 id = m_listing.value(0).toLongLong();
    m_listing.finish();
    for (qsizetype i = 0; i < listing.requirements.size(); ++i) {
        ListingColumns::bindRequirement(m_requirement, 0, id, int(i), listing.requirements.at(i));
        if (!SqlErrors::exec(m_requirement, error))
            return -1;
    }
    return id;
}
