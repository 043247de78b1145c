#include "ListingImportWriter.h"

#include "ListingBatchInsert.h"
#include "ListingColumns.h"
#include "SavedListingRepository.h"
#include "SqlDialect.h"
#include "SqlErrors.h"
#include "WriteTransaction.h"
#include "core/ApplicationStatus.h"
#include "core/ListingDuplicateKey.h"
#include "core/ValidText.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace {
constexpr int progressInterval = 250;
// Listings queued before the batch is written out whole and they can be let go.
constexpr std::size_t queuedListings = 500;
// Written listings are added to the text index this many at a time, as the import goes, so
// that its progress includes the indexing and a million-row import does not sit at 100 %
// while the index is filled at the end. One INSERT … SELECT of many rows keeps FTS5 from
// writing a segment per listing, which is what made the trigger slow.
constexpr qint64 indexedTogether = 10'000;
} // namespace

ListingImportWriter::ListingImportWriter(QSqlDatabase database) : m_database(std::move(database))
{
}

ListingImportWriter::~ListingImportWriter()
{
    if (m_active)
        m_database.rollback();
}

QList<qsizetype> ListingImportWriter::duplicates(const QList<ImportedListing> &listings,
                                                 QString *error) const
{
    ListingDuplicateIndex keys;
    if (!keys.load(m_database, error))
        return {};
    QList<qsizetype> positions;
    for (qsizetype i = 0; i < listings.size(); ++i) {
        const Listing &listing = listings.at(i).listing;
        const std::optional<qint64> id = keys.candidate(listing);
        // Id 0 is an earlier listing of the same list, which the hash alone names.
        if (id && (*id == 0 || ListingDuplicateIndex::sameAs(m_database, *id, listing, error)))
            positions.append(i);
        else
            keys.add(listing, 0);
    }
    return positions;
}

bool ListingImportWriter::merge(qint64 storedId, const Listing &listing, QString *error)
{
    // Only empty stored fields take the imported text: what the user already has stays.
    QSqlQuery query(m_database);
    query.prepare(u"UPDATE listings SET "
                  "rate_text = CASE WHEN rate_text = '' THEN ? ELSE rate_text END, "
                  "contract = CASE WHEN contract = '' THEN ? ELSE contract END, "
                  "positions = CASE WHEN positions = '' THEN ? ELSE positions END, "
                  "duration = CASE WHEN duration = '' THEN ? ELSE duration END, "
                  "work_content = CASE WHEN work_content = '' THEN ? ELSE work_content END, "
                  "skills_text = CASE WHEN skills_text = '' THEN ? ELSE skills_text END, "
                  "location = CASE WHEN location = '' THEN ? ELSE location END, "
                  "remote = CASE WHEN remote = '' THEN ? ELSE remote END, "
                  "url = CASE WHEN url = '' THEN ? ELSE url END, "
                  "notes = CASE WHEN notes = '' THEN ? ELSE notes END "
                  "WHERE id = ?"_s);
    const QStringList texts{listing.rateText, listing.contract,    listing.positions,
                            listing.duration, listing.workContent, listing.skillsText,
                            listing.location, listing.remote,      listing.url,
                            listing.notes};
    for (qsizetype i = 0; i < texts.size(); ++i)
        query.bindValue(int(i), ValidText::of(texts.at(i)));
    query.bindValue(int(texts.size()), storedId);
    if (!SqlErrors::exec(query, error))
        return false;
    if (listing.requirements.isEmpty())
        return true;
    // Requirements are added only to a listing that has none.
    QSqlQuery existing(m_database);
    existing.prepare(u"SELECT EXISTS (SELECT 1 FROM listing_requirements WHERE listing_id = ?)"_s);
    existing.bindValue(0, storedId);
    if (!SqlErrors::exec(existing, error) || !existing.next())
        return false;
    if (existing.value(0).toBool())
        return true;
    QSqlQuery requirements(m_database);
    requirements.prepare(u"INSERT INTO listing_requirements (%1) VALUES %2"_s.arg(
        ListingColumns::requirementNames(),
        ListingColumns::placeholders(ListingColumns::requirementCount())));
    for (qsizetype i = 0; i < listing.requirements.size(); ++i) {
        ListingColumns::bindRequirement(requirements, 0, storedId, int(i),
                                        listing.requirements.at(i));
        if (!SqlErrors::exec(requirements, error))
            return false;
    }
    return true;
}

ListingImportOutcome ListingImportWriter::write(const QList<ImportedListing> &listings,
                                                DuplicatePolicy policy, const Progress &progress)
{
    if (!begin(policy))
        return m_outcome;
    const int total = int(listings.size());
    for (int i = 0; i < total; ++i) {
        if (progress && i % progressInterval == 0 && !progress(i, total))
            return cancel();
        if (!add(ImportedListing(listings.at(i))))
            return m_outcome;
    }
    if (progress && !progress(total, total))
        return cancel();
    return commit();
}

bool ListingImportWriter::fail(const QString &message)
{
    if (m_active)
        m_database.rollback();
    m_active = false;
    m_batch.reset();
    m_uuidLookup.reset();
    m_queued.clear();
    m_savedStatuses.clear();
    const bool cancelled = m_outcome.cancelled;
    m_outcome = ListingImportOutcome{};
    m_outcome.cancelled = cancelled;
    m_outcome.error = message;
    return false;
}

ListingImportOutcome ListingImportWriter::cancel()
{
    m_outcome.cancelled = true;
    fail(tr("The import was cancelled; nothing was written."));
    return m_outcome;
}

bool ListingImportWriter::dropIndexTrigger()
{
    QString error;
    // The text index is filled once, after the rows: fed one row per statement by its
    // trigger, FTS5 writes a small index segment per listing and then merges them, which
    // made an import four times slower. The trigger is dropped inside this transaction and
    // recreated from its own stored SQL before the commit, so a rollback restores it too.
    QSqlQuery trigger(m_database);
    if (!SqlErrors::prepareAndExec(trigger,
                                   u"SELECT sql FROM sqlite_master WHERE type = 'trigger' "
                                   "AND name = 'listings_fts_insert'"_s,
                                   &error))
        return fail(error);
    m_triggerSql = trigger.next() ? trigger.value(0).toString() : QString();
    trigger.finish();
    if (!m_triggerSql.isEmpty()) {
        QSqlQuery drop(m_database);
        if (!SqlErrors::prepareAndExec(drop, u"DROP TRIGGER listings_fts_insert"_s, &error))
            return fail(error);
    }
    return true;
}

bool ListingImportWriter::begin(DuplicatePolicy policy)
{
    m_outcome = ListingImportOutcome{};
    m_policy = policy;
    m_uuidsQueued.clear();
    m_uuidLookup.reset();
    if (QString reason; !WriteTransaction::begin(m_database, &reason))
        return fail(tr("cannot start a transaction: %1").arg(reason));
    m_active = true;

    QString error;
    if (!m_keys.load(m_database, &error))
        return fail(error);
    m_postgres = SqlDialect::isPostgres(m_database);
    if (!m_postgres && !dropIndexTrigger())
        return false;
    // Read after the first write of the transaction (the trigger's drop), which holds the
    // write lock (on PostgreSQL, the lock WriteTransaction takes): no other connection can take
    // these ids before the commit.
    QSqlQuery last(m_database);
    if (!SqlErrors::prepareAndExec(last, u"SELECT COALESCE(MAX(id), 0) FROM listings"_s, &error) ||
        !last.next())
        return fail(error);
    m_lastIdBefore = last.value(0).toLongLong();
    m_indexedUpTo = m_lastIdBefore;
    m_lastQueuedId = m_lastIdBefore;
    m_batch = std::make_unique<ListingBatchInsert>(m_database, m_lastIdBefore + 1);
    return true;
}

bool ListingImportWriter::flushQueued()
{
    QString error;
    if (!m_batch->flush(&error, true))
        return fail(error);
    m_queued.clear();
    return true;
}

bool ListingImportWriter::indexWritten()
{
    if (m_triggerSql.isEmpty() || m_lastQueuedId <= m_indexedUpTo)
        return true;
    // New rows have ids above every earlier one (INTEGER PRIMARY KEY takes max + 1).
    QSqlQuery index(m_database);
    index.prepare(u"INSERT INTO listings_fts (rowid, title, work_content, skills_text) "
                  "SELECT id, title, work_content, skills_text FROM listings "
                  "WHERE id > ? AND id <= ?"_s);
    index.bindValue(0, m_indexedUpTo);
    index.bindValue(1, m_lastQueuedId);
    QString error;
    if (!SqlErrors::exec(index, &error))
        return fail(error);
    m_indexedUpTo = m_lastQueuedId;
    return true;
}

bool ListingImportWriter::addKnownByUuid(const ImportedListing &imported, bool *handled)
{
    // The same listing by its stable id (an export of this or a team's database): stored
    // already, or earlier in the same file. Its key may differ (edited since), its id may not.
    *handled = false;
    const QString &uuid = imported.listing.uuid;
    if (m_uuidsQueued.contains(uuid)) {
        *handled = true;
        ++m_outcome.skippedDuplicates;
        return true;
    }
    QString error;
    if (!m_uuidLookup) {
        m_uuidLookup = std::make_unique<QSqlQuery>(m_database);
        if (!SqlErrors::prepare(*m_uuidLookup, u"SELECT id FROM listings WHERE uuid = ?"_s, &error))
            return fail(error);
    }
    m_uuidLookup->bindValue(0, uuid);
    if (!SqlErrors::exec(*m_uuidLookup, &error))
        return fail(tr("line %1: %2").arg(imported.line).arg(error));
    const std::optional<qint64> stored =
        m_uuidLookup->next() ? std::optional<qint64>(m_uuidLookup->value(0).toLongLong())
                             : std::nullopt;
    m_uuidLookup->finish();
    if (!stored) {
        m_uuidsQueued.insert(uuid);
        return true;
    }
    *handled = true;
    if (m_policy != DuplicatePolicy::Merge) {
        ++m_outcome.skippedDuplicates;
        return true;
    }
    if (!flushQueued() || (*stored > m_indexedUpTo && !indexWritten()))
        return false;
    if (!merge(*stored, imported.listing, &error))
        return fail(tr("line %1: %2").arg(imported.line).arg(error));
    ++m_outcome.merged;
    return true;
}

bool ListingImportWriter::add(ImportedListing &&imported)
{
    if (!m_active)
        return false;
    QString error;
    if (!imported.listing.uuid.isEmpty()) {
        bool handled = false;
        if (!addKnownByUuid(imported, &handled))
            return false;
        if (handled)
            return true;
    }
    const std::optional<qint64> existing = m_keys.candidate(imported.listing);
    if (!m_keys.lookupError().isEmpty())
        return fail(tr("line %1: %2").arg(imported.line).arg(m_keys.lookupError()));
    if (existing) {
        // The listing named may still be queued: write the queue before reading it back. A
        // merge changes its text, and the update trigger expects it in the index already.
        if (!flushQueued() ||
            (m_policy == DuplicatePolicy::Merge && *existing > m_indexedUpTo && !indexWritten()))
            return false;
        const bool same =
            ListingDuplicateIndex::sameAs(m_database, *existing, imported.listing, &error);
        if (!error.isEmpty())
            return fail(tr("line %1: %2").arg(imported.line).arg(error));
        if (same) {
            if (m_policy == DuplicatePolicy::Merge) {
                if (!merge(*existing, imported.listing, &error))
                    return fail(tr("line %1: %2").arg(imported.line).arg(error));
                ++m_outcome.merged;
            } else {
                ++m_outcome.skippedDuplicates;
            }
            return true;
        }
        // Two keys with one hash (about one chance in 10^19 a pair): a new listing after all.
    }
    m_queued.push_back(std::move(imported));
    const ImportedListing &queued = m_queued.back();
    const qint64 id = m_batch->add(queued.listing, queued.line);
    m_lastQueuedId = id;
    m_keys.add(queued.listing, id);
    if (queued.extra.saved)
        m_savedStatuses.append({id, queued.extra});
    if (m_outcome.inserted++ == 0)
        m_outcome.firstInsertedId = id;
    if (m_queued.size() >= queuedListings) {
        if (!flushQueued())
            return false;
        if (m_lastQueuedId - m_indexedUpTo >= indexedTogether)
            return indexWritten();
    }
    return true;
}

ListingImportOutcome ListingImportWriter::commit()
{
    if (!m_active)
        return m_outcome;
    if (!flushQueued())
        return m_outcome;
    QString error;
    // A JSON export carries what the user kept about each saved listing (status, note,
    // history, next action, rates); it comes back with the listing (for new listings only: a
    // stored listing's own pipeline is never changed by an import).
    // A team database holds no one's pipeline: what a file says of its saved listings stays
    // out of it (it is the personal data of whoever exported the file).
    if (m_postgres)
        m_savedStatuses.clear();
    SavedListingRepository saved(m_database);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const auto &[id, extra] : std::as_const(m_savedStatuses)) {
        if (!saved.restore(id, extra, now, &error)) {
            fail(error);
            return m_outcome;
        }
    }
    if (!indexWritten())
        return m_outcome;
    if (!m_triggerSql.isEmpty()) {
        QSqlQuery recreate(m_database);
        if (!SqlErrors::prepareAndExec(recreate, m_triggerSql, &error)) {
            fail(error);
            return m_outcome;
        }
    }
    // The ids were given here, not by the id sequence: move it past them, or a listing added
    // one at a time (a paste) would be given one of them.
    if (m_postgres && m_outcome.inserted > 0) {
        QSqlQuery sequence(m_database);
        if (!SqlErrors::prepareAndExec(sequence,
                                       u"SELECT setval(pg_get_serial_sequence('listings', 'id'),"
                                       " (SELECT MAX(id) FROM listings))"_s,
                                       &error)) {
            fail(error);
            return m_outcome;
        }
    }
    m_batch.reset();
    if (!m_database.commit()) {
        fail(tr("cannot commit the import: %1").arg(m_database.lastError().text()));
        return m_outcome;
    }
    m_active = false;
    m_savedStatuses.clear();
    return m_outcome;
}
