#include "CommandDatabases.h"

#include "services/DatabaseLocation.h"
#include "storage/SavedListingRepository.h"
#include "storage/SqlErrors.h"
#include "storage/team/ServerErrors.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

bool CommandDatabases::open(const QCommandLineParser &parser, QTextStream &err)
{
    QString error;
    const std::optional<ServerAddress> address = DatabaseLocation::teamAddress(parser, &error);
    if (!error.isEmpty()) {
        err << error << u'\n';
        return false;
    }
    if (!m_local.open(DatabaseLocation::resolve(parser))) {
        err << m_local.lastError() << u'\n';
        return false;
    }
    if (!address)
        return true;
    m_team = std::make_unique<TeamDatabase>();
    if (!m_team->open(*address)) {
        err << m_team->lastError() << u'\n';
        return false;
    }
    return true;
}

namespace {
// The local file's saved listings by their UUID, with their status.
QHash<QString, std::pair<qint64, QString>> savedByUuid(QSqlDatabase local, QString *error)
{
    QHash<QString, std::pair<qint64, QString>> saved;
    QSqlQuery query(local);
    if (!SqlErrors::prepareAndExec(query,
                                   u"SELECT l.uuid, s.listing_id, s.status FROM saved_listings s"
                                   " JOIN listings l ON l.id = s.listing_id"_s,
                                   error))
        return saved;
    while (query.next())
        saved.insert(query.value(0).toString(),
                     {query.value(1).toLongLong(), query.value(2).toString()});
    return saved;
}
} // namespace

bool CommandDatabases::resolveSavedFilter(ListingFilter &filter, QString *error) const
{
    if (!m_team || (!filter.savedOnly && !filter.status))
        return true;
    QString readError;
    const auto saved = savedByUuid(m_local.connection(), &readError);
    if (!readError.isEmpty()) {
        if (error)
            *error = readError;
        return false;
    }
    QStringList uuids;
    for (auto it = saved.begin(); it != saved.end(); ++it) {
        if (!filter.status || it->second == ApplicationStatuses::key(*filter.status))
            uuids.append(it.key());
    }
    filter.uuids = uuids;
    filter.savedOnly = false;
    filter.status.reset();
    return true;
}

QHash<qint64, ListingJsonExtra> CommandDatabases::extrasFor(const QList<Listing> &listings,
                                                            QString *error) const
{
    const QHash<qint64, ListingJsonExtra> local =
        SavedListingRepository(m_local.connection()).jsonExtras(error);
    if (!m_team)
        return local;
    QHash<qint64, ListingJsonExtra> extras;
    QString readError;
    const auto saved = savedByUuid(m_local.connection(), &readError);
    for (const Listing &listing : listings) {
        const auto it = saved.constFind(listing.uuid);
        if (it != saved.constEnd() && local.contains(it->first))
            extras.insert(listing.id, local.value(it->first));
    }
    if (error && !readError.isEmpty())
        *error = readError;
    return extras;
}

QSqlDatabase CommandDatabases::listings() const
{
    return m_team ? m_team->connection() : m_local.connection();
}

QString CommandDatabases::described(const QString &error) const
{
    if (!m_team || error.isEmpty())
        return error;
    return ServerErrors::statementFailed(m_team->address(), error);
}
