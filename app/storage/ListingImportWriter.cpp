#include "ListingImportWriter.h"

#include "ListingBatchInsert.h"
#include "ListingColumns.h"
#include "SqlErrors.h"
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

std::optional<qint64> optionalValue(const QSqlQuery &query, int column)
{
    if (query.isNull(column))
        return std::nullopt;
    return query.value(column).toLongLong();
}
} // namespace

ListingImportWriter::ListingImportWriter(QSqlDatabase database) : m_database(std::move(database))
{
}

QHash<QString, qint64> ListingImportWriter::storedKeys(QString *error) const
{
    // The key is computed in C++ (normalised text), so the stored listings' keys are read
    // once per import rather than kept in a column that every normalisation change would
    // have to migrate.
    QHash<QString, qint64> keys;
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    if (!SqlErrors::prepareAndExec(query,
                                   u"SELECT id, title, monthly_rate_min_yen, "
                                   "monthly_rate_max_yen, hourly_rate_min_yen, "
                                   "hourly_rate_max_yen, source FROM listings"_s,
                                   error))
        return keys;
    while (query.next()) {
        Listing listing;
        listing.title = query.value(1).toString();
        listing.monthlyRateMinYen = optionalValue(query, 2);
        listing.monthlyRateMaxYen = optionalValue(query, 3);
        listing.hourlyRateMinYen = optionalValue(query, 4);
        listing.hourlyRateMaxYen = optionalValue(query, 5);
        listing.source = query.value(6).toString();
        keys.insert(ListingDuplicateKey::of(listing), query.value(0).toLongLong());
    }
    return keys;
}

QList<qsizetype> ListingImportWriter::duplicates(const QList<ImportedListing> &listings,
                                                 QString *error) const
{
    QHash<QString, qint64> keys = storedKeys(error);
    QList<qsizetype> positions;
    for (qsizetype i = 0; i < listings.size(); ++i) {
        const QString key = ListingDuplicateKey::of(listings.at(i).listing);
        if (keys.contains(key))
            positions.append(i);
        else
            keys.insert(key, 0);
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
    ListingImportOutcome outcome;
    if (!m_database.transaction()) {
        outcome.error = tr("cannot start a transaction: %1").arg(m_database.lastError().text());
        return outcome;
    }
    auto fail = [&](const QString &message) {
        m_database.rollback();
        const bool cancelled = outcome.cancelled;
        outcome = ListingImportOutcome{};
        outcome.cancelled = cancelled;
        outcome.error = message;
        return outcome;
    };

    QString error;
    QHash<QString, qint64> keys = storedKeys(&error);
    if (!error.isEmpty())
        return fail(error);
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
    const QString triggerSql = trigger.next() ? trigger.value(0).toString() : QString();
    trigger.finish();
    if (!triggerSql.isEmpty()) {
        QSqlQuery drop(m_database);
        if (!SqlErrors::prepareAndExec(drop, u"DROP TRIGGER listings_fts_insert"_s, &error))
            return fail(error);
    }
    // Read after the first write of the transaction (the trigger's drop), which holds the
    // write lock: no other connection can take these ids before the commit.
    qint64 lastIdBefore = 0;
    {
        QSqlQuery last(m_database);
        if (!SqlErrors::prepareAndExec(last, u"SELECT COALESCE(MAX(id), 0) FROM listings"_s,
                                       &error) ||
            !last.next())
            return fail(error);
        lastIdBefore = last.value(0).toLongLong();
    }
    {
        ListingBatchInsert batch(m_database, lastIdBefore + 1);
        QList<std::pair<qint64, ListingJsonExtra>> savedStatuses;
        const int total = int(listings.size());
        for (int i = 0; i < total; ++i) {
            if (progress && i % progressInterval == 0 && !progress(i, total)) {
                outcome.cancelled = true;
                return fail(tr("The import was cancelled; nothing was written."));
            }
            const ImportedListing &imported = listings.at(i);
            const QString key = ListingDuplicateKey::of(imported.listing);
            const auto existing = keys.constFind(key);
            if (existing != keys.constEnd()) {
                if (policy == DuplicatePolicy::Merge) {
                    // The listing merged into may still be queued: write the queue first.
                    if (!batch.flush(&error, true) || !merge(*existing, imported.listing, &error))
                        return fail(tr("line %1: %2").arg(imported.line).arg(error));
                    ++outcome.merged;
                } else {
                    ++outcome.skippedDuplicates;
                }
                continue;
            }
            qint64 id = 0;
            if (!batch.addAndFlushIfFull(imported.listing, imported.line, &id, &error))
                return fail(error);
            keys.insert(key, id);
            if (imported.extra.saved)
                savedStatuses.append({id, imported.extra});
            if (outcome.inserted++ == 0)
                outcome.firstInsertedId = id;
        }
        if (!batch.flush(&error, true))
            return fail(error);
        // A JSON export carries the user's saved status and note; they come back with the
        // listing (for new listings only: a stored listing's own status is never changed).
        QSqlQuery saveStatus(m_database);
        saveStatus.prepare(u"INSERT INTO saved_listings (listing_id, status, note, saved_at, "
                           "updated_at) VALUES (?, ?, ?, ?, ?)"_s);
        const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        for (const auto &[id, extra] : std::as_const(savedStatuses)) {
            const auto status = ApplicationStatuses::fromKey(extra.status);
            saveStatus.bindValue(0, id);
            saveStatus.bindValue(
                1, ApplicationStatuses::key(status.value_or(ApplicationStatus::Interested)));
            saveStatus.bindValue(2, ValidText::of(extra.note));
            saveStatus.bindValue(3, now);
            saveStatus.bindValue(4, now);
            if (!SqlErrors::exec(saveStatus, &error))
                return fail(error);
        }
        if (progress && !progress(total, total)) {
            outcome.cancelled = true;
            return fail(tr("The import was cancelled; nothing was written."));
        }
    }
    if (!triggerSql.isEmpty()) {
        // New rows have ids above every earlier one (INTEGER PRIMARY KEY takes max + 1).
        QSqlQuery index(m_database);
        index.prepare(u"INSERT INTO listings_fts (rowid, title, work_content, skills_text) "
                      "SELECT id, title, work_content, skills_text FROM listings WHERE id > ?"_s);
        index.bindValue(0, lastIdBefore);
        if (!SqlErrors::exec(index, &error))
            return fail(error);
        QSqlQuery recreate(m_database);
        if (!SqlErrors::prepareAndExec(recreate, triggerSql, &error))
            return fail(error);
    }
    if (!m_database.commit())
        return fail(tr("cannot commit the import: %1").arg(m_database.lastError().text()));
    return outcome;
}
