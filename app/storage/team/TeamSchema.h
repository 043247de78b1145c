#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// The team database's schema on PostgreSQL: the shared listings and their requirements, with a
// pg_trgm index for search, and the two roles (reader, editor). Only what a team shares lives
// there; profiles, saved listings, notes and settings stay in each user's local SQLite file.
//
// Versioned like the local schema, in a table of its own (careerplanner_schema), each version
// applied in one transaction under an advisory lock, so two administrators initialising at once
// do not both apply it. A schema newer than this program is refused.
class TeamSchema
{
    Q_DECLARE_TR_FUNCTIONS(TeamSchema)

public:
    static int latestVersion();
    static QStringList statementsForVersion(int version);
    // The group roles the administrator grants to people: reader searches and reads listings,
    // editor also imports, merges and deletes.
    static QString readerRole() { return QStringLiteral("careerplanner_reader"); }
    static QString editorRole() { return QStringLiteral("careerplanner_editor"); }

    explicit TeamSchema(QSqlDatabase database);
    // 0 when the database has no CareerPlanner schema; -1, with error, when it cannot be read.
    int currentVersion(QString *error) const;
    // Creates or upgrades the schema to the latest version, creates the roles when missing and
    // grants them their rights. Needs the database's owner (or a superuser).
    bool initialise(QString *error);

private:
    bool applyVersion(int version, QString *error);
    bool grantRoles(QString *error);

    QSqlDatabase m_database;
};
