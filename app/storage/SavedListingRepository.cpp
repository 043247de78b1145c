#include "SavedListingRepository.h"

#include "SqlErrors.h"
#include "WriteTransaction.h"
#include "core/ValidText.h"
#include "core/pipeline/PipelineJson.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace {
const QString selectColumns = u"SELECT listing_id, status, note, saved_at, updated_at, "
                              "next_action, next_action_due FROM saved_listings"_s;

SavedListing readRow(const QSqlQuery &query)
{
    SavedListing saved;
    saved.listingId = query.value(0).toLongLong();
    // The CHECK constraint allows only known keys; the fallback is for a hand-edited file.
    saved.status = ApplicationStatuses::fromKey(query.value(1).toString())
                       .value_or(ApplicationStatus::Interested);
    saved.note = query.value(2).toString();
    saved.savedAt = PipelineJson::timeFromText(query.value(3).toString());
    saved.updatedAt = PipelineJson::timeFromText(query.value(4).toString());
    saved.nextAction.what = query.value(5).toString();
    saved.nextAction.due = QDate::fromString(query.value(6).toString(), Qt::ISODate);
    return saved;
}

QString dueText(const NextAction &action)
{
    return action.due.isValid() ? action.due.toString(Qt::ISODate) : QString();
}
} // namespace

SavedListingRepository::SavedListingRepository(QSqlDatabase database)
    : m_database(std::move(database))
{
}

bool SavedListingRepository::save(qint64 listingId, ApplicationStatus status, const QString &note,
                                  QString *error, const QDateTime &at)
{
    return saveInTransaction(listingId, status, note, std::nullopt, at, error);
}

bool SavedListingRepository::save(qint64 listingId, ApplicationStatus status, const QString &note,
                                  const NextAction &nextAction, QString *error, const QDateTime &at)
{
    return saveInTransaction(listingId, status, note, nextAction, at, error);
}

bool SavedListingRepository::saveInTransaction(qint64 listingId, ApplicationStatus status,
                                               const QString &note,
                                               const std::optional<NextAction> &nextAction,
                                               const QDateTime &at, QString *error)
{
    if (!WriteTransaction::begin(m_database, error))
        return false;
    if (!write(listingId, status, note, nextAction, at, error)) {
        m_database.rollback();
        return false;
    }
    return commit(error);
}

bool SavedListingRepository::commit(QString *error)
{
    if (m_database.commit())
        return true;
    if (error)
        *error = tr("cannot commit: %1").arg(m_database.lastError().text());
    m_database.rollback();
    return false;
}

bool SavedListingRepository::write(qint64 listingId, ApplicationStatus status, const QString &note,
                                   const std::optional<NextAction> &nextAction, const QDateTime &at,
                                   QString *error)
{
    // The status before, to know whether this is a change for the history.
    QSqlQuery before(m_database);
    before.prepare(u"SELECT status FROM saved_listings WHERE listing_id = ?"_s);
    before.bindValue(0, listingId);
    if (!SqlErrors::exec(before, error))
        return false;
    const std::optional<QString> previous =
        before.next() ? std::optional(before.value(0).toString()) : std::nullopt;
    before.finish();

    const QString when = PipelineJson::timeText(at);
    const QString key = ApplicationStatuses::key(status);
    QSqlQuery query(m_database);
    query.prepare(
        u"INSERT INTO saved_listings (listing_id, status, note, saved_at, updated_at, "
        "next_action, next_action_due) VALUES (?, ?, COALESCE(?, ''), ?, ?, COALESCE(?, ''), "
        "COALESCE(?, '')) ON CONFLICT (listing_id) DO UPDATE SET status = excluded.status, "
        "note = excluded.note, updated_at = excluded.updated_at"_s +
        (nextAction ? u", next_action = excluded.next_action, "
                      "next_action_due = excluded.next_action_due"_s
                    : QString()));
    const NextAction action = nextAction.value_or(NextAction{});
    query.bindValue(0, listingId);
    query.bindValue(1, key);
    query.bindValue(2, ValidText::of(note));
    query.bindValue(3, when);
    query.bindValue(4, when);
    query.bindValue(5, ValidText::of(action.what).trimmed());
    query.bindValue(6, dueText(action));
    if (!SqlErrors::exec(query, error))
        return false;
    if (previous == key)
        return true;
    QSqlQuery history(m_database);
    history.prepare(u"INSERT INTO saved_listing_history (listing_id, status, changed_at) "
                    "VALUES (?, ?, ?)"_s);
    history.bindValue(0, listingId);
    history.bindValue(1, key);
    history.bindValue(2, when);
    return SqlErrors::exec(history, error);
}

bool SavedListingRepository::addRate(qint64 listingId, RateKind kind, qint64 monthlyYen,
                                     QString *error, const QDateTime &at)
{
    if (monthlyYen < 1 || monthlyYen > largestMonthlyYen) {
        if (error)
            *error = tr("a monthly rate must be from 1 to 100,000,000 yen");
        return false;
    }
    // Only a saved listing has a ledger; said plainly rather than as a foreign-key failure.
    if (!find(listingId, error)) {
        if (error && error->isEmpty())
            *error = tr("the listing is not saved");
        return false;
    }
    QSqlQuery query(m_database);
    query.prepare(u"INSERT INTO saved_listing_rates (listing_id, kind, monthly_yen, recorded_at) "
                  "VALUES (?, ?, ?, ?)"_s);
    query.bindValue(0, listingId);
    query.bindValue(1, RateKinds::key(kind));
    query.bindValue(2, monthlyYen);
    query.bindValue(3, PipelineJson::timeText(at));
    return SqlErrors::exec(query, error);
}

bool SavedListingRepository::unsave(qint64 listingId, QString *error)
{
    // The history and the ledger go with it (ON DELETE CASCADE).
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
    QHash<qint64, SavedListing> one{{listingId, readRow(query)}};
    query.finish();
    if (!loadPipelines(one, listingId, error))
        return std::nullopt;
    return one.value(listingId);
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
    query.finish();
    if (!loadPipelines(saved, std::nullopt, error))
        return {};
    return saved;
}

bool SavedListingRepository::loadPipelines(QHash<qint64, SavedListing> &saved,
                                           std::optional<qint64> onlyListing, QString *error) const
{
    const QString where = onlyListing ? u" WHERE listing_id = ?"_s : QString();
    QSqlQuery history(m_database);
    history.setForwardOnly(true);
    history.prepare(u"SELECT listing_id, status, changed_at FROM saved_listing_history"_s + where +
                    u" ORDER BY listing_id, changed_at, id"_s);
    if (onlyListing)
        history.bindValue(0, *onlyListing);
    if (!SqlErrors::exec(history, error))
        return false;
    while (history.next()) {
        auto entry = saved.find(history.value(0).toLongLong());
        const auto status = ApplicationStatuses::fromKey(history.value(1).toString());
        if (entry != saved.end() && status)
            entry->history.append(
                {*status, PipelineJson::timeFromText(history.value(2).toString())});
    }
    QSqlQuery rates(m_database);
    rates.setForwardOnly(true);
    rates.prepare(u"SELECT listing_id, kind, monthly_yen, recorded_at FROM saved_listing_rates"_s +
                  where + u" ORDER BY listing_id, recorded_at, id"_s);
    if (onlyListing)
        rates.bindValue(0, *onlyListing);
    if (!SqlErrors::exec(rates, error))
        return false;
    while (rates.next()) {
        auto entry = saved.find(rates.value(0).toLongLong());
        const auto kind = RateKinds::fromKey(rates.value(1).toString());
        if (entry != saved.end() && kind)
            entry->rates.append({*kind, rates.value(2).toLongLong(),
                                 PipelineJson::timeFromText(rates.value(3).toString())});
    }
    return true;
}

QHash<qint64, ListingJsonExtra> SavedListingRepository::jsonExtras(QString *error) const
{
    QHash<qint64, ListingJsonExtra> extras;
    const QHash<qint64, SavedListing> saved = all(error);
    for (const SavedListing &entry : saved)
        extras.insert(entry.listingId, {true, ApplicationStatuses::key(entry.status), entry.note,
                                        entry.history, entry.nextAction, entry.rates});
    return extras;
}

bool SavedListingRepository::restore(qint64 listingId, const ListingJsonExtra &extra,
                                     const QDateTime &now, QString *error)
{
    // The status stated wins; a file with only a history stands at its last entry.
    ApplicationStatus status = ApplicationStatus::Interested;
    if (const auto stated = ApplicationStatuses::fromKey(extra.status))
        status = *stated;
    else if (!extra.statusHistory.isEmpty())
        status = extra.statusHistory.constLast().status;
    QList<StatusChange> history = extra.statusHistory;
    if (history.isEmpty() || history.constLast().status != status)
        history.append({status, history.isEmpty() ? now : history.constLast().at});
    const QDateTime savedAt = history.constFirst().at;
    const QDateTime updatedAt = history.constLast().at;

    QSqlQuery saved(m_database);
    saved.prepare(u"INSERT INTO saved_listings (listing_id, status, note, saved_at, updated_at, "
                  "next_action, next_action_due) "
                  "VALUES (?, ?, COALESCE(?, ''), ?, ?, COALESCE(?, ''), COALESCE(?, ''))"_s);
    saved.bindValue(0, listingId);
    saved.bindValue(1, ApplicationStatuses::key(status));
    saved.bindValue(2, ValidText::of(extra.note));
    saved.bindValue(3, PipelineJson::timeText(savedAt));
    saved.bindValue(4, PipelineJson::timeText(updatedAt));
    saved.bindValue(5, ValidText::of(extra.nextAction.what).trimmed());
    saved.bindValue(6, dueText(extra.nextAction));
    if (!SqlErrors::exec(saved, error))
        return false;
    QSqlQuery change(m_database);
    change.prepare(u"INSERT INTO saved_listing_history (listing_id, status, changed_at) "
                   "VALUES (?, ?, ?)"_s);
    for (const StatusChange &entry : std::as_const(history)) {
        change.bindValue(0, listingId);
        change.bindValue(1, ApplicationStatuses::key(entry.status));
        change.bindValue(2, PipelineJson::timeText(entry.at));
        if (!SqlErrors::exec(change, error))
            return false;
    }
    QSqlQuery rate(m_database);
    rate.prepare(u"INSERT INTO saved_listing_rates (listing_id, kind, monthly_yen, recorded_at) "
                 "VALUES (?, ?, ?, ?)"_s);
    for (const RateLedgerEntry &line : extra.rates) {
        rate.bindValue(0, listingId);
        rate.bindValue(1, RateKinds::key(line.kind));
        rate.bindValue(2, line.monthlyYen);
        rate.bindValue(3, PipelineJson::timeText(line.at));
        if (!SqlErrors::exec(rate, error))
            return false;
    }
    return true;
}
