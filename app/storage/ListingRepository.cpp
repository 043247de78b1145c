#include "ListingRepository.h"

#include "SqlErrors.h"

#include <QDateTime>
#include <QHash>
#include <QSqlQuery>
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
} // namespace

ListingRepository::ListingRepository(QSqlDatabase database) : m_database(std::move(database))
{
}

qint64 ListingRepository::insert(const Listing &listing, const QString &seedKey, QString *error)
{
    // A savepoint makes the listing and its requirements one unit, inside or outside a
    // caller's transaction.
    QSqlQuery savepoint(m_database);
    if (!SqlErrors::prepareAndExec(savepoint, u"SAVEPOINT insert_listing"_s, error))
        return -1;
    auto rollback = [this]() {
        QSqlQuery undo(m_database);
        undo.exec(u"ROLLBACK TO SAVEPOINT insert_listing"_s);
        undo.exec(u"RELEASE SAVEPOINT insert_listing"_s);
    };

    QSqlQuery query(m_database);
    query.prepare(u"INSERT INTO listings (title, monthly_rate_min_yen, monthly_rate_max_yen, "
                  "rate_text, contract, positions, duration, work_content, skills_text, "
                  "work_kind, location, remote, url, notes, source, is_sample, seed_key, "
                  "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                  "ON CONFLICT (seed_key) DO NOTHING"_s);
    const QVariantList values{textValue(listing.title),
                              optionalYen(listing.monthlyRateMinYen),
                              optionalYen(listing.monthlyRateMaxYen),
                              textValue(listing.rateText),
                              textValue(listing.contract),
                              textValue(listing.positions),
                              textValue(listing.duration),
                              textValue(listing.workContent),
                              textValue(listing.skillsText),
                              nullIfEmpty(listing.workKind),
                              textValue(listing.location),
                              textValue(listing.remote),
                              textValue(listing.url),
                              textValue(listing.notes),
                              textValue(listing.source),
                              listing.isSample ? 1 : 0,
                              nullIfEmpty(seedKey),
                              QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)};
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), values.at(i));
    if (!SqlErrors::exec(query, error)) {
        rollback();
        return -1;
    }
    if (query.numRowsAffected() == 0) {
        rollback();
        return 0;
    }
    const qint64 id = query.lastInsertId().toLongLong();
    if (!insertRequirements(id, listing.requirements, error)) {
        rollback();
        return -1;
    }
    QSqlQuery release(m_database);
    if (!SqlErrors::prepareAndExec(release, u"RELEASE SAVEPOINT insert_listing"_s, error)) {
        rollback();
        return -1;
    }
    return id;
}

bool ListingRepository::insertRequirements(qint64 listingId,
                                           const QList<ListingRequirement> &requirements,
                                           QString *error)
{
    QSqlQuery query(m_database);
    query.prepare(u"INSERT INTO listing_requirements "
                  "(listing_id, position, skill_id, requirement_text, minimum_years) "
                  "VALUES (?, ?, ?, ?, ?)"_s);
    for (qsizetype i = 0; i < requirements.size(); ++i) {
        const ListingRequirement &requirement = requirements.at(i);
        query.bindValue(0, listingId);
        query.bindValue(1, int(i));
        query.bindValue(2, nullIfEmpty(requirement.skillId));
        query.bindValue(3, textValue(requirement.text));
        query.bindValue(4, requirement.minimumYears);
        if (!SqlErrors::exec(query, error))
            return false;
    }
    return true;
}

QList<Listing> ListingRepository::all(QString *error) const
{
    QList<Listing> listings;
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    if (!SqlErrors::prepareAndExec(query,
                                   u"SELECT id, title, monthly_rate_min_yen, monthly_rate_max_yen, "
                                   "rate_text, contract, positions, duration, work_content, "
                                   "skills_text, work_kind, location, remote, url, notes, "
                                   "source, is_sample FROM listings ORDER BY id"_s,
                                   error))
        return listings;
    QHash<qint64, qsizetype> positionById;
    while (query.next()) {
        Listing listing;
        listing.id = query.value(0).toLongLong();
        listing.title = query.value(1).toString();
        if (!query.isNull(2))
            listing.monthlyRateMinYen = query.value(2).toLongLong();
        if (!query.isNull(3))
            listing.monthlyRateMaxYen = query.value(3).toLongLong();
        listing.rateText = query.value(4).toString();
        listing.contract = query.value(5).toString();
        listing.positions = query.value(6).toString();
        listing.duration = query.value(7).toString();
        listing.workContent = query.value(8).toString();
        listing.skillsText = query.value(9).toString();
        listing.workKind = query.value(10).toString();
        listing.location = query.value(11).toString();
        listing.remote = query.value(12).toString();
        listing.url = query.value(13).toString();
        listing.notes = query.value(14).toString();
        listing.source = query.value(15).toString();
        listing.isSample = query.value(16).toInt() != 0;
        positionById.insert(listing.id, listings.size());
        listings.append(listing);
    }

    // One query for every requirement rather than one per listing.
    QSqlQuery requirements(m_database);
    requirements.setForwardOnly(true);
    if (!SqlErrors::prepareAndExec(requirements,
                                   u"SELECT listing_id, skill_id, requirement_text, minimum_years "
                                   "FROM listing_requirements ORDER BY listing_id, position"_s,
                                   error))
        return listings;
    while (requirements.next()) {
        const auto it = positionById.constFind(requirements.value(0).toLongLong());
        if (it == positionById.constEnd())
            continue;
        listings[*it].requirements.append({requirements.value(1).toString(),
                                           requirements.value(2).toString(),
                                           requirements.value(3).toDouble()});
    }
    return listings;
}

int ListingRepository::count(QString *error) const
{
    QSqlQuery query(m_database);
    if (!SqlErrors::prepareAndExec(query, u"SELECT COUNT(*) FROM listings"_s, error) ||
        !query.next())
        return -1;
    return query.value(0).toInt();
}
