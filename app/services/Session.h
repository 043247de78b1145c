#pragma once

#include "core/ApplicationStatus.h"
#include "core/MarketData.h"
#include "core/Profile.h"
#include "core/RateConversion.h"
#include "services/ListingStoreTarget.h"
#include "services/PreparedAnalysis.h"
#include "storage/ListingRepository.h"
#include "storage/MarketPackStore.h"
#include "storage/ProfileStore.h"
#include "storage/ReferenceDataRepository.h"
#include "storage/RoadmapProgressStore.h"
#include "storage/SavedListingRepository.h"

#include <QObject>
#include <QSqlDatabase>
#include <QThread>

class AnalysisService;
class Database;
class TeamLink;

// One open database and the analysis of it: what the pages share. Pages take the session,
// never a database handle or a path; they read through its repositories, write what other
// pages show through its methods, and follow its signals, so no page needs to know which
// other page shows the same data.
class Session : public QObject
{
    Q_OBJECT

public:
    // database: an open connection; the analysis starts from market with the conversion
    // chosen in Settings.
    // listings: where the listings are read when they are not in database (a team's
    // PostgreSQL database); invalid for the local file's own.
    Session(QSqlDatabase database, MarketData market, QObject *parent = nullptr,
            QSqlDatabase listings = {});
    // Waits for a background load still running.
    ~Session() override;

    AnalysisService *analysis() const { return m_analysis; }
    // The database file, for the status bar and for work in other threads, which opens its
    // own connection to it.
    QString databasePath() const;
    // Read-only for good (a read-only medium, or damage found); not while the integrity
    // check of a fast start is still running.
    bool isReadOnly() const;

    // The listings as the window lists them (summaries, in the analysis's order).
    const ListingSet &listings() const { return m_listings; }
    // Reads with the current billable hours, so hourly rates compare with monthly ones.
    ListingRepository listingRepository() const;
    const SavedListingRepository &saved() const { return m_saved; }
    const ProfileStore &profiles() const { return m_profiles; }
    RoadmapProgressStore &progress();
    const ReferenceDataRepository &reference() const { return m_reference; }
    MarketPackStore &marketPacks();
    // The connection itself, for writers that take one (import in one transaction); reads go
    // through the repositories above.
    QSqlDatabase connection();

    // Writes that more than one page shows; each returns false with *error and changes
    // nothing when it cannot be stored, else announces itself.
    bool saveListing(qint64 listingId, ApplicationStatus status, const QString &note,
                     const NextAction &nextAction, QString *error);
    bool addListingRate(qint64 listingId, RateKind kind, qint64 monthlyYen, QString *error);
    bool unsaveListing(qint64 listingId, QString *error);
    // Deletes listings with their saved status and notes. In a team's use, the team's
    // listings among them are deleted from the team database first (an editor's right).
    bool removeListings(const QList<qint64> &ids, QString *error);
    bool saveProfile(const Profile &profile, QString *error);
    // Teaches the catalogue a name for a skill and re-reads the listings' requirements with it.
    // Returns the requirements now read, or -1 with *error.
    int teachSkillName(const QString &skillId, const QString &name, QString *error);
    // After listings were written by someone else (an import in its own thread, a pasted
    // listing): reads them again and announces them.
    bool reloadListings(QString *error);
    // Stores the conversion in Settings; the session follows Settings wherever it changes.
    void setConversion(const RateConversion &conversion);

    // A team's use: the listings are the team database's, and the window lists the local
    // file's copy of them, which link keeps current (the session owns it). The first copy
    // starts when the file is known to be whole (the deferred integrity check).
    void setTeamLink(TeamLink *link);
    TeamLink *teamLink() const { return m_teamLink; }
    // Where new listings are written (an import, a paste): the team database in a team's use,
    // else the local file. Invalid, with *error, when listings cannot be written now.
    QSqlDatabase listingWriteConnection(QString *error);
    // The same for a worker thread, which opens its own connection there.
    ListingStoreTarget listingStoreTarget() const;
    // After listings were written there: in a team's use, the copy is brought up to date
    // first; then the listings are read again in the background.
    void listingsWritten();
    // In a team's use, after a small write (one pasted listing): brings the copy up to date now
    // and returns the local id of the team's listing teamId (0 when it is not in the copy).
    qint64 copyAndFindTeamListing(qint64 teamId, QString *error);

    // Reads the listings on a worker thread with a connection of its own, so the window is
    // shown and answers meanwhile: listingsLoadingChanged(true) now; when they arrive,
    // listingsChanged() and the analysis on them, then listingsLoadingChanged(false). A write
    // in the meantime (a delete) re-reads the listings itself, and the background answer,
    // older than it, is dropped. Called while a reading runs, it reads again when that one
    // ends. The analysis of the new listings is built on the worker thread too.
    void loadListingsInBackground();
    // True while the worker reads: the window does not have the listings yet.
    bool isReadingListings() const { return m_loader != nullptr; }
    // True from the start of a background read until the pages have the listings' fits.
    bool isLoadingListings() const { return m_loader != nullptr || m_adoptPending; }

    // A fast start (Database::openDeferringCheck) left the integrity check to do: it runs on a
    // worker thread, with the daily backup after it. When the file passes, the connection is
    // made writable; until then every write through the session waits for the answer, and
    // when the file is damaged none is ever made. integrityChecked() tells the window.
    void checkIntegrityInBackground(Database *database);
    bool isIntegrityCheckPending() const { return m_checker != nullptr; }
    // The damage the check found; empty when the file is whole or was not checked here.
    QString damage() const { return m_damage; }

signals:
    // The listings changed. Emitted before the analysis reruns on them, so a view of
    // listings() is current when the analysis's resultChanged() follows.
    void listingsChanged();
    // A listing was saved, changed its status or note, or was removed from the saved list.
    void savedChanged();
    // The profile was saved (a new dated entry in its history).
    void profileSaved(const Profile &profile);
    // The dated profile history changed (after profileSaved).
    void historyChanged();
    // The billable hours or agency margin changed; the analysis already uses them.
    void conversionChanged(const RateConversion &conversion);
    void listingsLoadingChanged(bool loading);
    // The background load could not read the listings; what was shown stays.
    void listingsLoadFailed(const QString &error);
    // The deferred integrity check ended: problem is empty when the file is whole.
    void integrityChecked(const QString &problem);

private:
    void applyConversion(const RateConversion &conversion);
    void replaceListings(ListingSet listings,
                         const std::shared_ptr<PreparedAnalysis> &prepared = nullptr);
    void finishLoading(ListingSet listings, const std::shared_ptr<PreparedAnalysis> &prepared,
                       const QString &error, quint64 generation);
    // Deletes the team's listings among ids (local ids of the copy) from the team database.
    bool removeFromTeam(const QList<qint64> &ids, QString *error);
    // Waits for the deferred check; false with *error when the file cannot be written.
    bool waitForIntegrityCheck(QString *error);
    void finishIntegrityCheck(const QString &problem);

    QSqlDatabase m_database;
    QSqlDatabase m_listingsDatabase; // the team database's connection, else invalid
    AnalysisService *m_analysis;
    ListingSet m_listings;
    // Counts the reads of the listings, so an answer older than the newest read is dropped.
    quint64 m_listingsGeneration = 0;
    QThread *m_loader = nullptr;
    bool m_adoptPending = false; // listings read and shown; their fits follow in the next turn
    bool m_loadAgain = false;
    QThread *m_checker = nullptr;
    Database *m_checkedDatabase = nullptr;
    QString m_damage;
    SavedListingRepository m_saved;
    ProfileStore m_profiles;
    RoadmapProgressStore m_progress;
    ReferenceDataRepository m_reference;
    MarketPackStore m_marketPacks;
    TeamLink *m_teamLink = nullptr;
};
