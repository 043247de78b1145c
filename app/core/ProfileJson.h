#pragma once

#include "Profile.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <optional>

// The portable profile file ({"schema": 1, "age": …}); see docs/profile-format.md.
class ProfileJson
{
    Q_DECLARE_TR_FUNCTIONS(ProfileJson)

public:
    static constexpr int schemaVersion = 1;

    static QJsonObject toJson(const Profile &profile);
    static QByteArray toBytes(const Profile &profile);

    // On failure returns nothing and sets *error to "<key path>: <what was expected>",
    // e.g. "skills[2].years: expected a number ≥ 0".
    static std::optional<Profile> fromJson(const QJsonObject &object, QString *error);
    static std::optional<Profile> fromBytes(const QByteArray &bytes, QString *error);
};
