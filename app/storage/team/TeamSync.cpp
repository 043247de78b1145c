#include "TeamSync.h"

#include "storage/ListingColumns.h"
#include "storage/SqlDialect.h"
#include "storage/SqlErrors.h"
#include "storage/WriteTransaction.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace {
const QString identityKey = u"team.identity"_s;
const QString revisionKey = u"team.revision"_s;
const QString syncedAtKey = u"team.synced_at"_s;

QSet<QString> idsIn(QSqlDatabase local, const QString &table)
{
    QSet<QString> ids;
    QSqlQuery query(local);
    if (SqlErrors::prepareAndExec(query, u"SELECT id FROM "_s + table, nullptr)) {
        while (query.next())
            ids.insert(query.value(0).toString());
    }
    return ids;
}
} // namespace

TeamSync::TeamSync(QSqlDatabase team, QSqlDatabase local, QString identity)
    : m_team(std::move(team)), m_local(std::move(local)), m_identity(std::move(identity))
{
}

TeamSync::CopyState TeamSync::copyState(QSqlDatabase local)
{
    CopyState state;
    QSqlQuery query(local);
    if (!SqlErrors::prepare(query, u"SELECT key, value FROM app_meta WHERE key IN (?, ?, ?)"_s,
                            nullptr))
        return state;
    query.addBindValue(identityKey);
    query.addBindValue(revisionKey);
    query.addBindValue(syncedAtKey);
    if (!SqlErrors::exec(query, nullptr))
        return state;
    while (query.next()) {
        const QString key = query.value(0).toString();
        if (key == identityKey)
            state.identity = query.value(1).toString();
        else if (key == revisionKey)
            state.revision = query.value(1).toLongLong();
        else
            state.syncedAt = QDateTime::fromString(query.value(1).toString(), Qt::ISODate);
    }
    return state;
}

bool TeamSync::writeState(const QString &identity, qint64 revision, QString *error)
{
    QSqlQuery query(m_local);
    if (!SqlErrors::prepare(query,
                            u"INSERT INTO app_meta (key, value) VALUES (?, ?)"
                            " ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s,
                            error))
        return false;
    const QList<std::pair<QString, QString>> values{
        {identityKey, identity},
        {revisionKey, QString::number(revision)},
        {syncedAtKey, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
    for (const auto &[key, value] : values) {
        query.bindValue(0, key);
        query.bindValue(1, value);
        if (!SqlErrors::exec(query, error))
            return false;
    }
    return true;
}

bool TeamSync::startAfresh(const QString &identity, QString *error)
{
    // Another team database (or none before, or the same one re-created): the copy of the last
    // one goes, except what the user saved. Those wait (revision 0) for the new copy: a listing
    // with the same UUID takes their place, keeping the notes with it; the others stay as the
    // user's own when the copy is complete.
    if (QString reason; !WriteTransaction::begin(m_local, &reason)) {
        if (error)
            *error = reason;
        return false;
    }
    QSqlQuery query(m_local);
    const bool done = SqlErrors::prepareAndExec(query,
                                                u"UPDATE listings SET team_revision = 0"
                                                " WHERE team_revision IS NOT NULL AND id IN"
                                                " (SELECT listing_id FROM saved_listings)"_s,
                                                error) &&
                      SqlErrors::prepareAndExec(
                          query, u"DELETE FROM listings WHERE team_revision > 0"_s, error) &&
                      writeState(identity, 0, error);
    query.finish();
    if (!done || !m_local.commit()) {
        m_local.rollback();
        return false;
    }
    return true;
}

TeamSyncOutcome TeamSync::run(const std::function<bool(int copied)> &progress)
{
    TeamSyncOutcome outcome;
    // The address and the database's own identity: the same address may hold a database
    // restored or set up anew, whose revisions start again.
    QString identityHere;
    {
        QSqlQuery identity(m_team);
        if (!SqlErrors::prepareAndExec(identity, u"SELECT id::text FROM team_identity"_s,
                                       &outcome.error) ||
            !identity.next())
            return outcome;
        identityHere = m_identity + u'#' + identity.value(0).toString();
    }
    CopyState state = copyState(m_local);
    if (state.identity != identityHere) {
        if (!startAfresh(identityHere, &outcome.error))
            return outcome;
        state.revision = 0;
    }
    // What this program's catalogue knows, read once for every page.
    m_skills = idsIn(m_local, u"skill_catalogue"_s);
    m_workKinds = idsIn(m_local, u"work_kinds"_s);
    qint64 after = state.revision;
    bool reachedTheEnd = false;
    for (;;) {
        qint64 pageEnd = after;
        if (!copyPage(identityHere, after, &pageEnd, outcome, &outcome.error))
            break;
        if (pageEnd == after) {
            reachedTheEnd = true; // nothing newer
            break;
        }
        after = pageEnd;
        if (progress && !progress(outcome.copied))
            break;
    }
    outcome.revision = after;
    if (reachedTheEnd)
        keepUnmatchedAsOwn(&outcome);
    return outcome;
}

bool TeamSync::keepUnmatchedAsOwn(TeamSyncOutcome *outcome)
{
    // Saved listings of the last copy that the new one did not bring back (by their UUID)
    // stay, with their notes, as the user's own.
    if (QString reason; !WriteTransaction::begin(m_local, &reason)) {
        outcome->error = reason;
        return false;
    }
    QSqlQuery query(m_local);
    if (!SqlErrors::prepareAndExec(query,
                                   u"UPDATE listings SET team_revision = NULL"
                                   " WHERE team_revision = 0"_s,
                                   &outcome->error)) {
        query.finish();
        m_local.rollback();
        return false;
    }
    outcome->keptAsOwn += query.numRowsAffected();
    query.finish();
    if (!m_local.commit()) {
        m_local.rollback();
        return false;
    }
    return true;
}

bool TeamSync::copyPage(const QString &identity, qint64 after, qint64 *pageEnd,
                        TeamSyncOutcome &outcome, QString *error)
{
    // Read from the team first (no local lock is held meanwhile).
    const QString columns = ListingColumns::listingNames().replace(u"uuid"_s, u"uuid::text"_s);
    QSqlQuery listings(m_team);
    listings.setForwardOnly(true);
    if (!SqlErrors::prepare(listings,
                            u"SELECT id, revision, %1 FROM listings WHERE revision > ?"
                            " ORDER BY revision LIMIT %2"_s.arg(columns)
                                .arg(listingsPerPage),
                            error))
        return false;
    listings.addBindValue(after);
    if (!SqlErrors::exec(listings, error))
        return false;
    struct Row
    {
        qint64 teamId;
        qint64 revision;
        QVariantList values;
    };
    QList<Row> rows;
    const int count = ListingColumns::listingCount();
    qint64 end = after;
    while (listings.next()) {
        Row row{listings.value(0).toLongLong(), listings.value(1).toLongLong(), {}};
        for (int i = 0; i < count; ++i)
            row.values.append(listings.value(2 + i));
        end = row.revision;
        rows.append(std::move(row));
    }
    listings.finish();
    // A full page may stop in the middle of the revisions; deletions are taken up to where it
    // stopped. A short page is the end: every deletion after it too.
    const bool lastPage = rows.size() < listingsPerPage;
    QSqlQuery removed(m_team);
    removed.setForwardOnly(true);
    if (!SqlErrors::prepare(removed,
                            lastPage ? u"SELECT uuid::text, revision FROM removed_listings"
                                       " WHERE revision > ? ORDER BY revision"_s
                                     : u"SELECT uuid::text, revision FROM removed_listings"
                                       " WHERE revision > ? AND revision <= ? ORDER BY revision"_s,
                            error))
        return false;
    removed.addBindValue(after);
    if (!lastPage)
        removed.addBindValue(end);
    if (!SqlErrors::exec(removed, error))
        return false;
    QStringList removedUuids;
    while (removed.next()) {
        removedUuids.append(removed.value(0).toString());
        end = std::max(end, removed.value(1).toLongLong());
    }
    removed.finish();
    *pageEnd = end;
    if (rows.isEmpty() && removedUuids.isEmpty())
        return true;

    QHash<qint64, QList<QVariantList>> requirements;
    if (!rows.isEmpty()) {
        QStringList ids;
        for (const Row &row : std::as_const(rows))
            ids.append(QString::number(row.teamId));
        QSqlQuery read(m_team);
        read.setForwardOnly(true);
        if (!SqlErrors::prepare(
                read,
                u"SELECT listing_id, position, skill_id, requirement_text, minimum_years"
                " FROM listing_requirements WHERE "_s +
                    SqlDialect::idInJsonArray(SqlEngine::PostgreSQL, u"listing_id"_s) +
                    u" ORDER BY listing_id, position"_s,
                error))
            return false;
        read.addBindValue(u"["_s + ids.join(u',') + u"]"_s);
        if (!SqlErrors::exec(read, error))
            return false;
        while (read.next())
            requirements[read.value(0).toLongLong()].append(
                {read.value(1), read.value(2), read.value(3), read.value(4)});
    }

    // Then write the page to the local file in one transaction.
    if (QString reason; !WriteTransaction::begin(m_local, &reason)) {
        if (error)
            *error = reason;
        return false;
    }
    auto failed = [&]() {
        m_local.rollback();
        return false;
    };
    QStringList updates;
    for (const QString &column : ListingColumns::listingNames().split(u", "_s)) {
        if (column != u"uuid"_s)
            updates.append(u"%1 = excluded.%1"_s.arg(column));
    }
    {
        QSqlQuery upsert(m_local);
        if (!SqlErrors::prepare(
                upsert,
                u"INSERT INTO listings (%1, team_revision) VALUES %2"
                " ON CONFLICT (uuid) DO UPDATE SET %3, team_revision = excluded.team_revision"
                " RETURNING id"_s.arg(ListingColumns::listingNames(),
                                      ListingColumns::placeholders(count + 1),
                                      updates.join(u", "_s)),
                error))
            return failed();
        QSqlQuery clear(m_local);
        if (!SqlErrors::prepare(clear, u"DELETE FROM listing_requirements WHERE listing_id = ?"_s,
                                error))
            return failed();
        QSqlQuery insert(m_local);
        if (!SqlErrors::prepare(
                insert,
                u"INSERT INTO listing_requirements (%1) VALUES %2"_s.arg(
                    ListingColumns::requirementNames(),
                    ListingColumns::placeholders(ListingColumns::requirementCount())),
                error))
            return failed();
        const int workKindColumn =
            int(ListingColumns::listingNames().split(u", "_s).indexOf(u"work_kind"_s));
        for (const Row &row : std::as_const(rows)) {
            for (int i = 0; i < count; ++i) {
                QVariant value = row.values.at(i);
                // A kind of work or a skill this program's catalogue does not know (a newer
                // program wrote it) is kept as text only.
                if (i == workKindColumn && !value.isNull() &&
                    !m_workKinds.contains(value.toString()))
                    value = QVariant(QMetaType::fromType<QString>());
                upsert.bindValue(i, value);
            }
            upsert.bindValue(count, row.revision);
            if (!SqlErrors::exec(upsert, error) || !upsert.next())
                return failed();
            const qint64 localId = upsert.value(0).toLongLong();
            upsert.finish();
            clear.bindValue(0, localId);
            if (!SqlErrors::exec(clear, error))
                return failed();
            for (const QVariantList &requirement : requirements.value(row.teamId)) {
                const QString skill = requirement.at(1).toString();
                insert.bindValue(0, localId);
                insert.bindValue(1, requirement.at(0));
                insert.bindValue(2, m_skills.contains(skill)
                                        ? QVariant(skill)
                                        : QVariant(QMetaType::fromType<QString>()));
                insert.bindValue(3, requirement.at(2));
                insert.bindValue(4, requirement.at(3));
                if (!SqlErrors::exec(insert, error))
                    return failed();
            }
            ++outcome.copied;
        }
        QSqlQuery keep(m_local);
        if (!SqlErrors::prepare(keep,
                                u"UPDATE listings SET team_revision = NULL WHERE uuid = ?"
                                " AND team_revision IS NOT NULL"
                                " AND id IN (SELECT listing_id FROM saved_listings)"_s,
                                error))
            return failed();
        QSqlQuery drop(m_local);
        if (!SqlErrors::prepare(
                drop, u"DELETE FROM listings WHERE uuid = ? AND team_revision IS NOT NULL"_s,
                error))
            return failed();
        for (const QString &uuid : std::as_const(removedUuids)) {
            keep.bindValue(0, uuid);
            if (!SqlErrors::exec(keep, error))
                return failed();
            outcome.keptAsOwn += keep.numRowsAffected();
            drop.bindValue(0, uuid);
            if (!SqlErrors::exec(drop, error))
                return failed();
            outcome.removed += drop.numRowsAffected();
        }
    }
    if (!writeState(identity, end, error) || !m_local.commit())
        return failed();
    return true;
}
