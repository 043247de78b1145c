#pragma once

#include "core/ListingImportPreview.h"
#include "storage/Database.h"
#include "storage/ListingFilter.h"
#include "storage/team/TeamDatabase.h"

#include <QCommandLineParser>
#include <QHash>
#include <QSqlDatabase>
#include <QTextStream>
#include <memory>

// What a command works on: the local SQLite file always (the model's data, the user's profile,
// saved listings and settings), and the listings either in that file or, when --database or
// Settings name one, in a team's PostgreSQL database.
class CommandDatabases
{
public:
    // Opens both; on failure says why on err and returns false.
    bool open(const QCommandLineParser &parser, QTextStream &err);

    Database &local() { return m_local; }
    const Database &local() const { return m_local; }
    // Where the listings are read and written.
    QSqlDatabase listings() const;
    bool isTeam() const { return m_team != nullptr; }
    const TeamDatabase *team() const { return m_team.get(); }
    // A listing-store error as the user should read it: on a team database, a missing right or
    // a lost connection said plainly.
    QString described(const QString &error) const;

    // On a team database: a filter on the saved listings (the local file's) made one the team
    // database answers, by the UUIDs of the listings saved here. Else unchanged.
    bool resolveSavedFilter(ListingFilter &filter, QString *error) const;
    // What the user keeps about each saved listing, by the ids of listings where they are
    // (a team database's listings find theirs by UUID).
    QHash<qint64, ListingJsonExtra> extrasFor(const QList<Listing> &listings, QString *error) const;

private:
    Database m_local;
    std::unique_ptr<TeamDatabase> m_team;
};
