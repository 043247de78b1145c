#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <functional>

struct TeamSyncOutcome
{
    int copied = 0;      // listings added or changed in the local copy
    int removed = 0;     // listings deleted from it (the team deleted them)
    int keptAsOwn = 0;   // deleted by the team but saved here: kept, now the user's own
    qint64 revision = 0; // the team revision the copy is at
    QString error;       // non-empty: the copy stays as it was before the page that failed
    bool changed() const { return copied > 0 || removed > 0 || keptAsOwn > 0; }
};

// Brings the local file's copy of a team database's listings up to date: what changed since
// the revision the copy is at, a page at a time, each page one transaction of the local file
// (so the window's own writes wait at most one page, and an interrupted sync leaves a whole,
// older copy). A listing the team deleted is deleted here too, unless the user saved it: then
// it stays, with the notes, as the user's own. Copying from another team database than the
// last one starts the copy afresh.
class TeamSync
{
    Q_DECLARE_TR_FUNCTIONS(TeamSync)

public:
    // team: a TeamDatabase's connection; local: a writable connection to the local file.
    // identity names the team database (host, port, database), to notice a change of team;
    // the database's own identity (team_identity) is added to it, to notice one re-created.
    TeamSync(QSqlDatabase team, QSqlDatabase local, QString identity);

    // progress(copied so far) returns false to stop after the current page.
    TeamSyncOutcome run(const std::function<bool(int copied)> &progress = {});

    // What the local file says of its copy: which team database (its address and identity),
    // at which revision, when.
    struct CopyState
    {
        QString identity;
        qint64 revision = 0;
        QDateTime syncedAt;
    };
    static CopyState copyState(QSqlDatabase local);

    static constexpr int listingsPerPage = 2000;

private:
    bool startAfresh(const QString &identity, QString *error);
    // One page: the team's changes with revisions in (after, …]; false with *error.
    bool copyPage(const QString &identity, qint64 after, qint64 *pageEnd, TeamSyncOutcome &outcome,
                  QString *error);
    bool keepUnmatchedAsOwn(TeamSyncOutcome *outcome);
    bool writeState(const QString &identity, qint64 revision, QString *error);

    QSqlDatabase m_team;
    QSqlDatabase m_local;
    QString m_identity;
    QSet<QString> m_skills;    // the local catalogue's skill ids
    QSet<QString> m_workKinds; // and kinds of work
};
