#pragma once

#include "core/DatedProfile.h"
#include "core/Profile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

// Keeps the user's profile with its dated history: every save adds an entry, the newest is
// the current profile. Stored as the portable profile JSON so history survives new fields.
class ProfileStore
{
    Q_DECLARE_TR_FUNCTIONS(ProfileStore)

public:
    explicit ProfileStore(QSqlDatabase database);

    bool save(const Profile &profile, QString *error,
              const QDateTime &savedAt = QDateTime::currentDateTimeUtc());
    std::optional<Profile> latest(QString *error = nullptr) const;
    QList<DatedProfile> history(QString *error = nullptr) const;

private:
    QSqlDatabase m_database;
};
