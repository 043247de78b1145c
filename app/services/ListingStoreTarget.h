#pragma once

#include "storage/Database.h"
#include "storage/team/ServerAddress.h"
#include "storage/team/TeamDatabase.h"

#include <QSqlDatabase>
#include <QString>
#include <memory>
#include <optional>

// Where a worker thread writes listings (an import): the local file, or in a team's use the
// team database. Copied to the thread as a description; open() there makes the thread's own
// connection (a connection belongs to the thread that opened it).
class ListingStoreTarget
{
public:
    ListingStoreTarget(QString localPath, std::optional<ServerAddress> team)
        : m_localPath(std::move(localPath)), m_team(std::move(team))
    {
    }

    bool isTeam() const { return m_team.has_value(); }
    // On the thread that will use it; false with *error.
    bool open(QString *error);
    QSqlDatabase connection() const;

private:
    QString m_localPath;
    std::optional<ServerAddress> m_team;
    std::shared_ptr<Database> m_local;
    std::shared_ptr<TeamDatabase> m_teamDatabase;
};
