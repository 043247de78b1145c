#include "ListingRepository.h"

#include "ListingColumns.h"
#include "ListingInsert.h"
#include "ListingSearchQuery.h"
#include "SqlDialect.h"
#include "SqlErrors.h"
#include "WriteTransaction.h"
#include "core/ValidText.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

std::optional<qint64> monthlyFromHourly(const std::optional<qint64> &hourly, double hours)
{
    if (!hourly)
        return std::nullopt;
    return qint64(std::llround(double(*hourly) * hours));
}
} // namespace

ListingRepository::ListingRepository(QSqlDatabase database, double billableHoursPerMonth)
    : m_database(std::move(database)), m_billableHoursPerMonth(billableHoursPerMonth)
{
}

qint64 ListingRepository::insert(const Listing &listing, const QString &seedKey, QString *error)
{
    // A savepoint makes the listing and its requirements one unit, inside or outside a
    // caller's transaction.
    // On PostgreSQL a savepoint needs a transaction around it, which SQLite begins itself; the
    // transaction also takes the listings' write lock there (WriteTransaction).
    const bool ownTransaction = SqlDialect::isPostgres(m_database);
    if (ownTransaction) {
        if (QString reason; !WriteTransaction::begin(m_database, &reason)) {
            if (error)
                *error = tr("cannot start a transaction") + u": "_s + reason;
            return -1;
        }
    }
    QSqlQuery savepoint(m_database);
    if (!SqlErrors::execConstant(savepoint, u"SAVEPOINT insert_listing"_s, error)) {
        if (ownTransaction)
            m_database.rollback();
        return -1;
    }
    auto rollback = [this, ownTransaction]() {
        if (ownTransaction) {
            m_database.rollback();
            return;
        }
        QSqlQuery undo(m_database);
        undo.exec(u"ROLLBACK TO SAVEPOINT insert_listing"_s);
        undo.exec(u"RELEASE SAVEPOINT insert_listing"_s);
    };
    qint64 id = 0;
    {
        ListingInsert statement(m_database);
        id = statement.insert(listing, seedKey, error);
    }
    if (id <= 0) {
        rollback();
        return id;
    }
    QSqlQuery release(m_database);
    if (!SqlErrors::execConstant(release, u"RELEASE SAVEPOINT insert_listing"_s, error)) {
        rollback();
        return -1;
    }
    if (ownTransaction && !m_database.commit()) {
        if (error)
            *error = tr("cannot commit: %1").arg(m_database.lastError().text());
        m_database.rollback();
        return -1;
    }
    return id;
}

QList<Listing> ListingRepository::select(const QString &whereClause, const QVariantList &values,
                                         bool summary, QString *error) const
{
    QList<Listing> listings;
    readRows(
        whereClause, values, summary, [&](qsizetype count) { listings.reserve(count); },
        [&](Listing &&listing) { listings.append(std::move(listing)); },
        [&](qsizetype position, ListingRequirement &&requirement) {
            listings[position].requirements.append(std::move(requirement));
        },
        error);
    // Appended one by one, each list kept room to grow; listings are read far more often than
    // they change, so each keeps exactly its requirements.
    for (Listing &listing : listings)
        listing.requirements.squeeze();
    return listings;
}

bool ListingRepository::readRows(
    const QString &whereClause, const QVariantList &values, bool summary,
    const std::function<void(qsizetype count)> &reserve,
    const std::function<void(Listing &&listing)> &onListing,
    const std::function<void(qsizetype position, ListingRequirement &&requirement)> &onRequirement,
    QString *error) const
{
    {
        // Reserve exactly: grown one append at a time, a list of 100,000 listings ends with a
        // third more capacity than it holds (25 MB of the window's memory).
        QSqlQuery count(m_database);
        count.prepare(u"SELECT COUNT(*) FROM listings "_s + whereClause);
        for (qsizetype i = 0; i < values.size(); ++i)
            count.bindValue(int(i), values.at(i));
        if (!SqlErrors::exec(count, error) || !count.next())
            return false;
        reserve(count.value(0).toLongLong());
    }
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    const QString longText =
        summary ? u"'', '', '', '', '', '', ''"_s
        : SqlDialect::isPostgres(m_database)
            ? u"work_content, location, remote, url, notes, source, uuid::text"_s
            : u"work_content, location, remote, url, notes, source, uuid"_s;
    // A summary's skills are its requirement rows (their wordings are shared strings); the
    // skills text is kept only for a listing stored without them, to be parsed on load.
    const QString skillsText = summary ? u"CASE WHEN EXISTS (SELECT 1 FROM listing_requirements r "
                                         "WHERE r.listing_id = listings.id) THEN '' "
                                         "ELSE skills_text END"_s
                                       : u"skills_text"_s;
    query.prepare(
        u"SELECT id, title, monthly_rate_min_yen, monthly_rate_max_yen, "
        "hourly_rate_min_yen, hourly_rate_max_yen, rate_text, contract, positions, "
        "duration, %2, work_kind, is_sample, %1 FROM listings "_s.arg(longText, skillsText) +
        whereClause + u" ORDER BY id"_s);
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), values.at(i));
    if (!SqlErrors::exec(query, error))
        return false;
    // Contract types, durations, kinds of work, skill ids and requirement wordings repeat
    // across thousands of listings: one shared string each instead of one copy per listing.
    QHash<QString, QString> pool;
    auto intern = [&pool](const QString &text) {
        if (text.isEmpty())
            return QString();
        const auto it = pool.constFind(text);
        if (it != pool.constEnd())
            return *it;
        pool.insert(text, text);
        return text;
    };
    QHash<qint64, qsizetype> positionById;
    qsizetype read = 0;
    while (query.next()) {
        Listing listing;
        listing.id = query.value(0).toLongLong();
        listing.title = query.value(1).toString();
        listing.monthlyRateMinYen = ListingColumns::optionalValue(query, 2);
        listing.monthlyRateMaxYen = ListingColumns::optionalValue(query, 3);
        listing.hourlyRateMinYen = ListingColumns::optionalValue(query, 4);
        listing.hourlyRateMaxYen = ListingColumns::optionalValue(query, 5);
        if (listing.hourlyRateMinYen || listing.hourlyRateMaxYen) {
            listing.monthlyRateMinYen =
                monthlyFromHourly(listing.hourlyRateMinYen, m_billableHoursPerMonth);
            listing.monthlyRateMaxYen =
                monthlyFromHourly(listing.hourlyRateMaxYen, m_billableHoursPerMonth);
        }
        listing.rateText = intern(query.value(6).toString());
        listing.contract = intern(query.value(7).toString());
        listing.positions = intern(query.value(8).toString());
        listing.duration = intern(query.value(9).toString());
        listing.skillsText = query.value(10).toString();
        listing.workKind = intern(query.value(11).toString());
        listing.isSample = query.value(12).toInt() != 0;
        listing.workContent = query.value(13).toString();
        listing.location = intern(query.value(14).toString());
        listing.remote = intern(query.value(15).toString());
        listing.url = query.value(16).toString();
        listing.notes = query.value(17).toString();
        listing.source = intern(query.value(18).toString());
        listing.uuid = query.value(19).toString();
        positionById.insert(listing.id, read++);
        onListing(std::move(listing));
    }
    if (read == 0)
        return true;

    // One query for every requirement of the selection rather than one per listing.
    QSqlQuery requirements(m_database);
    requirements.setForwardOnly(true);
    requirements.prepare(u"SELECT listing_id, skill_id, requirement_text, minimum_years "
                         "FROM listing_requirements WHERE listing_id IN "
                         "(SELECT id FROM listings "_s +
                         whereClause + u") ORDER BY listing_id, position"_s);
    for (qsizetype i = 0; i < values.size(); ++i)
        requirements.bindValue(int(i), values.at(i));
    if (!SqlErrors::exec(requirements, error))
        return false;
    while (requirements.next()) {
        const auto it = positionById.constFind(requirements.value(0).toLongLong());
        if (it == positionById.constEnd())
            continue;
        onRequirement(*it,
                      {intern(requirements.value(1).toString()),
                       intern(requirements.value(2).toString()), requirements.value(3).toDouble()});
    }
    return true;
}

QList<Listing> ListingRepository::all(QString *error) const
{
    return select({}, {}, false, error);
}

ListingSet ListingRepository::summaries(QString *error,
                                        const std::function<void(Listing &listing)> &prepare) const
{
    ListingSet listings;
    readRows(
        {}, {}, true, [&](qsizetype count) { listings.reserve(count); },
        [&](Listing &&listing) {
            if (prepare)
                prepare(listing);
            listings.append(listing);
        },
        [&](qsizetype position, ListingRequirement &&requirement) {
            listings.appendRequirement(position, requirement);
        },
        error);
    listings.squeeze();
    return listings;
}

QList<Listing> ListingRepository::byIds(const QList<qint64> &ids, QString *error) const
{
    if (ids.isEmpty())
        return {};
    // Bound through a JSON array, so any number of ids is one statement with one value.
    QStringList numbers;
    numbers.reserve(ids.size());
    for (qint64 id : ids)
        numbers.append(QString::number(id));
    const QVariantList values{u"["_s + numbers.join(u',') + u"]"_s};
    const QList<Listing> found =
        select(u"WHERE "_s + SqlDialect::idInJsonArray(SqlDialect::engineOf(m_database), u"id"_s),
               values, false, error);
    QHash<qint64, qsizetype> positionById;
    for (qsizetype i = 0; i < found.size(); ++i)
        positionById.insert(found.at(i).id, i);
    QList<Listing> ordered;
    ordered.reserve(found.size());
    for (qint64 id : ids) {
        const auto it = positionById.constFind(id);
        if (it != positionById.constEnd())
            ordered.append(found.at(*it));
    }
    return ordered;
}

QList<qint64> ListingRepository::search(const ListingFilter &filter, QString *error) const
{
    QList<qint64> ids;
    const SqlEngine engine = SqlDialect::engineOf(m_database);
    if (engine == SqlEngine::PostgreSQL && (filter.status || filter.savedOnly)) {
        // Saved listings are the user's own and stay in the local file (docs/team-database.md).
        if (error)
            *error = tr("saved listings are the user's own and are kept in the local file, not "
                        "in the team database: a search of the team database cannot filter by "
                        "them");
        return ids;
    }
    const ListingSearchQuery built = ListingSearchQuery::build(filter, engine);
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    if (!query.prepare(built.sql)) {
        if (error)
            *error = SqlErrors::describe(query);
        return ids;
    }
    // Exact filters (contract, duration, …) compare with what was stored: the same cleaning.
    for (qsizetype i = 0; i < built.values.size(); ++i) {
        const QVariant &value = built.values.at(i);
        query.bindValue(int(i), value.typeId() == QMetaType::QString
                                    ? QVariant(ValidText::of(value.toString()))
                                    : value);
    }
    if (!SqlErrors::exec(query, error))
        return ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

int ListingRepository::count(QString *error) const
{
    QSqlQuery query(m_database);
    if (!SqlErrors::prepareAndExec(query, u"SELECT COUNT(*) FROM listings"_s, error) ||
        !query.next())
        return -1;
    return query.value(0).toInt();
}

bool ListingRepository::remove(const QList<qint64> &ids, QString *error)
{
    if (QString reason; !WriteTransaction::begin(m_database, &reason)) {
        if (error)
            *error = tr("cannot start a transaction") + u": "_s + reason;
        return false;
    }
    QSqlQuery query(m_database);
    query.prepare(u"DELETE FROM listings WHERE id = ?"_s);
    for (qint64 id : ids) {
        query.bindValue(0, id);
        if (!SqlErrors::exec(query, error)) {
            query.finish();
            m_database.rollback();
            return false;
        }
    }
    query.finish();
    if (!m_database.commit()) {
        if (error)
            *error = tr("cannot commit: %1").arg(m_database.lastError().text());
        m_database.rollback();
        return false;
    }
    return true;
}
