#include "ProfileStore.h"

#include "SqlErrors.h"
#include "core/ProfileJson.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

ProfileStore::ProfileStore(QSqlDatabase database) : m_database(std::move(database))
{
}

bool ProfileStore::save(const Profile &profile, QString *error, const QDateTime &savedAt)
{
    QSqlQuery query(m_database);
    query.prepare(u"INSERT INTO profiles (saved_at, profile_json) VALUES (?, ?)"_s);
    query.addBindValue(savedAt.toUTC().toString(Qt::ISODateWithMs));
    query.addBindValue(QString::fromUtf8(ProfileJson::toBytes(profile)));
    return SqlErrors::exec(query, error);
}

std::optional<Profile> ProfileStore::latest(QString *error) const
{
    QSqlQuery query(m_database);
    if (!SqlErrors::prepareAndExec(
            query, u"SELECT profile_json FROM profiles ORDER BY saved_at DESC, id DESC LIMIT 1"_s,
            error) ||
        !query.next())
        return std::nullopt;
    QString parseError;
    auto profile = ProfileJson::fromBytes(query.value(0).toString().toUtf8(), &parseError);
    if (!profile && error)
        *error = tr("the saved profile cannot be read: %1").arg(parseError);
    return profile;
}

QList<DatedProfile> ProfileStore::history(QString *error) const
{
    QList<DatedProfile> entries;
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    if (!SqlErrors::prepareAndExec(
            query, u"SELECT saved_at, profile_json FROM profiles ORDER BY saved_at, id"_s, error))
        return entries;
    while (query.next()) {
        QString parseError;
        const auto profile =
            ProfileJson::fromBytes(query.value(1).toString().toUtf8(), &parseError);
        if (!profile)
            continue; // an unreadable entry must not hide the rest of the history
        entries.append(
            {QDateTime::fromString(query.value(0).toString(), Qt::ISODateWithMs), *profile});
    }
    return entries;
}
